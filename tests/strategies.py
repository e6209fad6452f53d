"""Hypothesis strategies built from wirecopy's own data.

``datelines()`` renders a dateline from the agency registry and the month table
with generated places, dates and separators, and returns it with the fields a
parser must read back (the generate-render-parse round trip of dateutil's
``tests/property/test_isoparse_prop.py``).
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from wirecopy._data.agencies import AGENCIES, Agency
from wirecopy._data.months import MONTHS, WEEKDAYS
from wirecopy._dateline import FURNITURE_WORDS

__all__ = ["agencies", "datelines", "month_spellings", "places"]

#: Words a generated place must avoid: they are dates, credits or furniture.
_RESERVED = frozenset(
    {s.casefold() for _, spellings in MONTHS for s in spellings}
    | {s.casefold() for _, spellings in WEEKDAYS for s in spellings}
    | {s.casefold() for a in AGENCIES for s in (a.name, *a.aliases)}
    | {w.casefold() for w in FURNITURE_WORDS}
)
_CITIES = tuple(sorted({a.city.upper() for a in AGENCIES}))
_COUNTRIES = tuple(sorted({a.country for a in AGENCIES}))
_UPPER = "ABCDEFGHIJKLMNOPRSTUVWYZ"


def _title(place: str) -> str:
    return " ".join(word.capitalize() for word in place.split())


def _allowed(place: str) -> bool:
    return all(word.casefold() not in _RESERVED for word in place.split())


def places(*, caps_only: bool = False) -> st.SearchStrategy[str]:
    """A place as a dateline writes it: a registry city or a made-up name, in caps or title case."""
    invented = st.lists(
        st.text(alphabet=_UPPER, min_size=3, max_size=10), min_size=1, max_size=3
    ).map(" ".join)
    upper = st.one_of(st.sampled_from(_CITIES), invented).filter(_allowed)
    if caps_only:
        return upper
    return st.one_of(upper, upper.map(_title))


def agencies() -> st.SearchStrategy[tuple[Agency, str]]:
    """An agency and one of its credit forms (its name or an alias)."""
    return st.sampled_from(AGENCIES).flatmap(
        lambda agency: st.tuples(st.just(agency), st.sampled_from((agency.name, *agency.aliases)))
    )


def month_spellings() -> st.SearchStrategy[tuple[int, str]]:
    """A month number and one way of writing it (``March``, ``MAR``, ``Sept.``, ``мая``)."""

    def spell(number: int, spelling: str) -> st.SearchStrategy[tuple[int, str]]:
        forms = {spelling, spelling.upper(), spelling.lower()}
        if len(spelling) <= 4:
            forms |= {f"{form}." for form in forms}
        return st.tuples(st.just(number), st.sampled_from(sorted(forms)))

    pairs = [(number, spelling) for number, spellings in MONTHS for spelling in spellings]
    return st.sampled_from(pairs).flatmap(lambda pair: spell(*pair))


@st.composite
def _date(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    month, month_text = draw(month_spellings())
    day = draw(st.integers(1, 28))
    fields: dict[str, Any] = {"month": month, "day": day, "year": None}
    if draw(st.booleans()):  # month first: March 2, 2014
        text = f"{month_text} {day}"
        if draw(st.booleans()):
            fields["year"] = draw(st.integers(1950, 2030))
            text += f", {fields['year']}"
    else:  # day first: 16 MAR 90, 13th May
        suffix = draw(st.sampled_from(["", "th"])) if day in (4, 5, 6, 7, 8, 9, 10) else ""
        text = f"{day}{suffix} {month_text}"
        if draw(st.booleans()):
            year = draw(st.integers(1950, 2030))
            if draw(st.booleans()):
                fields["year"] = year
                text += f" {year}"
            else:
                fields["year"] = 1900 + year % 100 if year % 100 >= 50 else 2000 + year % 100
                text += f" {year % 100:02d}"
    if draw(st.booleans()):
        weekday = draw(st.sampled_from([w[1][0] for w in WEEKDAYS]))
        text = f"{weekday}, {text}"
    return text, fields


@st.composite
def _place_part(draw: st.DrawFn, *, caps_only: bool = False) -> tuple[str, list[str]]:
    names = draw(st.lists(places(caps_only=caps_only), min_size=1, max_size=2))
    text = "/".join(names)
    country = draw(st.sampled_from(_COUNTRIES))
    qualifier = draw(st.sampled_from(["", "comma", "paren"]))
    if qualifier == "comma":
        text += f", {country}"
    elif qualifier == "paren":
        text += f" ({country.upper()})"
    return text, names


_SEPARATORS_AFTER_CREDIT = ("-", "--", "—", "–", "_", ".-", ":", "")
_DASHES = ("-", "--", "—", "_")


@st.composite
def datelines(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A rendered dateline and the fields it must parse to.

    The fields are ``text``, ``places``, ``year``, ``month``, ``day`` and ``agency``.
    """
    shape = draw(
        st.sampled_from(
            [
                "place date agency",
                "place agency",
                "date agency",
                "agency",
                "place date",
                "place",
                "tass",
                "agency first",
            ]
        )
    )
    agency, credit = draw(agencies())
    fields: dict[str, Any] = {"places": [], "year": None, "month": None, "day": None}
    fields["agency"] = agency.name if "agency" in shape or shape == "tass" else None
    paren = f"({credit})"
    after = draw(st.sampled_from(_SEPARATORS_AFTER_CREDIT))
    closing = f" {after}" if after and after not in (".-", ":") else after
    dash = f" {draw(st.sampled_from(_DASHES))}"
    if shape == "place date agency":
        place, fields["places"] = draw(_place_part())
        date, date_fields = draw(_date())
        text = f"{place}, {date} {paren}{closing}"
    elif shape == "place agency":
        place, fields["places"] = draw(_place_part())
        date_fields = {}
        text = f"{place} {paren}{closing}"
    elif shape == "date agency":
        date, date_fields = draw(_date())
        text = f"{date} {paren}{closing}"
    elif shape == "agency":
        date_fields = {}
        text = f"{paren}{dash}"
    elif shape == "place date":
        place, fields["places"] = draw(_place_part())
        date, date_fields = draw(_date())
        text = f"{place}, {date}{dash}"
    elif shape == "place":
        place, fields["places"] = draw(_place_part(caps_only=True).filter(_no_caps_comma))
        date_fields = {}
        text = f"{place}{dash}"
    elif shape == "tass":
        place, fields["places"] = draw(_place_part())
        date, date_fields = draw(_date())
        slashed = credit if "/" not in credit else agency.name
        text = f"{place}, {date}. /{slashed}/."
    else:  # agency first
        place, fields["places"] = draw(_place_part())
        date, date_fields = draw(_date())
        text = f"{paren}{dash} {place}, {date}{dash}"
    fields.update(date_fields)
    fields["text"] = text
    return text, fields


def _no_caps_comma(part: tuple[str, list[str]]) -> bool:
    """A place-alone dateline takes only a title-case qualifier after a comma."""
    return ", " not in part[0] or not part[0].split(", ", 1)[1].isupper()


# --- quotations -----------------------------------------------------------------------

_SYLLABLES = ("ka", "lo", "mi", "ren", "tov", "sha", "dor", "vel", "nik", "bra", "zu", "pet")
#: Cue verbs that need no object, so "X <cue>." reads as a whole attribution.
_PLAIN_CUES = ("said", "added", "stressed", "noted", "warned", "insisted", "explained", "wrote")
_QUOTE_WORDS = ("we", "will", "talks", "were", "useful", "not", "accept", "this", "plan", "now")


@st.composite
def _name_word(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=3))
    return "".join(parts).capitalize()


@st.composite
def quotations(draw: st.DrawFn) -> tuple[str, dict[str, str]]:
    """Return ``(text, expected)``: an article introducing a speaker, then one
    quotation attributed in a generated placement, with the expected quotation text,
    speaker name (the full name) and cue."""
    first, last = draw(_name_word()), draw(_name_word())
    cue = draw(st.sampled_from(_PLAIN_CUES))
    words = draw(st.lists(st.sampled_from(_QUOTE_WORDS), min_size=3, max_size=12))
    sentence = " ".join(words).capitalize()
    marks = draw(st.sampled_from([('"', '"'), ("“", "”"), ("``", "''"), ("«", "»")]))
    opening, closing = marks
    placement = draw(st.sampled_from(["after", "inverted", "before", "colon paragraph"]))
    intro = f"Deputy minister {first} {last} met reporters on Tuesday.\n\n"
    if placement == "after":
        quote = f"{sentence},"
        body = f"{opening}{quote}{closing} {last} {cue}."
    elif placement == "inverted":
        quote = f"{sentence},"
        body = f"{opening}{quote}{closing} {cue} {last}."
    elif placement == "before":
        quote = f"{sentence}."
        body = f"{last} {cue}: {opening}{quote}{closing}"
    else:
        quote = f"{sentence}."
        body = f"{last} {cue}:\n\n{opening}{quote}{closing}"
    return intro + body, {"text": quote, "speaker": f"{first} {last}", "cue": cue}


# --- issue 16: layout conventions ------------------------------------------------------

_COUNTRY_WORDS = frozenset(w.casefold() for c in _COUNTRIES for w in c.split())
_LOWER = "abcdefghiklmnoprstuvwyz"


def _word(min_size: int = 3, max_size: int = 9) -> st.SearchStrategy[str]:
    """An invented lower-case word, never a month, weekday, credit or furniture word."""
    return st.text(alphabet=_LOWER, min_size=min_size, max_size=max_size).filter(
        lambda w: w not in _RESERVED and w not in _COUNTRY_WORDS
    )


def outlets() -> st.SearchStrategy[str]:
    """An outlet the agency registry does not list, as a credit writes it: an acronym
    (``WDRB``), a web address (``Variety.com``) or capitalised words (``Bloomberg Law``)."""
    acronym = st.text(alphabet=_UPPER, min_size=3, max_size=5)
    site = _word().map(lambda w: w.capitalize() + ".com")
    words = st.lists(_word(), min_size=2, max_size=3).map(
        lambda ws: " ".join(w.capitalize() for w in ws)
    )
    return st.one_of(acronym, site, words).filter(_allowed)


@st.composite
def unlisted_outlet_datelines(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """``LOS ANGELES (Variety.com) -``, ``LOUISVILLE, Ky. (WDRB) --``, ``(CNN) —``:
    an outlet outside the registry in the credit slot; ``agency`` is the outlet."""
    outlet = draw(outlets())
    dash = draw(st.sampled_from(["-", "--", "—", "–"]))
    if draw(st.booleans()):
        place = draw(places(caps_only=True))
        state = draw(st.sampled_from(["", ", Ky.", ", Mass.", ", N.C."]))
        fields = {"places": [place], "agency": outlet}
        text = f"{place}{state} ({outlet}) {dash}"
    else:
        fields = {"places": [], "agency": outlet}
        text = f"({outlet}) {dash}"
    return text, {**fields, "text": text, "year": None, "month": None, "day": None}


@st.composite
def bracketed_qualifier_datelines(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """``IGORA /Leningrad region/, May 13. /TASS/.``: a qualifier between slashes or in
    brackets whose later words are in any case; ``places`` leaves it out."""
    place = draw(places(caps_only=True))
    head = draw(_word()).capitalize()
    tail = draw(st.sampled_from(["region", "Region", "oblast", "REGION", "district", "krai"]))
    qualifier = f"{head} {tail}"
    opening, closing = draw(st.sampled_from([(" /", "/"), (" (", ")")]))
    month, month_text = draw(month_spellings().filter(lambda pair: pair[1].isascii()))
    day = draw(st.integers(1, 28))
    text = f"{place}{opening}{qualifier}{closing}, {month_text} {day}. /TASS/."
    fields = {"places": [place], "month": month, "day": day, "year": None, "agency": "TASS"}
    return text, {**fields, "text": text, "qualifiers": [qualifier]}


@st.composite
def glued_abbreviation_datelines(draw: st.DrawFn) -> tuple[str, str, dict[str, Any]]:
    """``ST. LOUIS, Mo.--The``, ``WASHINGTON, D.C.—A``: a long dash glued to a place
    abbreviation's full stop and to the lede. Returns (paragraph, dateline, fields)."""
    place = draw(places(caps_only=True))
    letters = draw(st.text(alphabet=_UPPER, min_size=2, max_size=2))
    abbreviation = draw(
        st.sampled_from([f"{letters[0]}.{letters[1]}.", f"{letters[0]}{letters[1].lower()}."])
    )
    dash = draw(st.sampled_from(["--", "—", "–"]))
    dateline = f"{place}, {abbreviation}{dash}"
    lede = draw(st.sampled_from(["The mayor said it rained.", "A storm hit the city."]))
    return dateline + lede, dateline, {"places": (place,), "qualifiers": (abbreviation,)}


@st.composite
def claim_source_titles(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """An ALL-CAPS title or summary line shaped ``CLAIM - SOURCE`` over a body that opens
    with a dateline, or with none; the expected headline, deck, dateline and lede."""
    claim = " ".join(draw(st.lists(_word(), min_size=1, max_size=5))).upper()
    source = " ".join(draw(st.lists(_word(), min_size=1, max_size=2))).upper()
    line = f"{draw(places(caps_only=True))} {claim} - {source}"
    lede = "Prices rose on Monday, the group said."
    if draw(st.booleans()):
        dateline = f"{draw(places(caps_only=True))}, May 5 (Reuters) -"
        body = f"{dateline} {lede}"
    else:
        dateline = None
        body = lede
    expected: dict[str, Any] = {"dateline": dateline, "lede": lede}
    if draw(st.booleans()):  # a summary line under a title
        expected |= {"headline": "Prices climb", "deck": line}
        return f"Prices climb\n\n{line}\n\n{body}\n\nMore.", expected
    expected |= {"headline": line, "deck": None}
    return f"{line}\n\n{body}\n\nMore.", expected


@st.composite
def bracket_tags(draw: st.DrawFn) -> str:
    """FBIS editors' tags of any content: ``[TEXT]``, ``[IVAN PETROV] [TEXT]``,
    ``[Report by correspondent Ivan Petrov]``, ``[Article by ...]``."""
    name = f"{draw(_name_word())} {draw(_name_word())}"
    tag = draw(
        st.sampled_from(
            [
                "[TEXT]",
                f"[{name.upper()}] [TEXT]",
                f"[Report by correspondent {name}]",
                f"[Article by {name}]",
                f"[Commentary by {name}] [TEXT]",
            ]
        )
    )
    return tag


@st.composite
def glued_title_furniture(draw: st.DrawFn) -> tuple[str, str, str]:
    """A title with a byline and an advisory glued after it
    (``... appeals for calm by Charles Whelan = (PICTURE, GRAPHIC) =``).
    Returns (line, title, byline)."""
    title = " ".join([draw(_name_word()), *draw(st.lists(_word(), min_size=2, max_size=5))])
    byline = f"by {draw(_name_word())} {draw(_name_word())}"
    media = draw(
        st.lists(
            st.sampled_from(["PICTURE", "PICTURES", "GRAPHIC", "VIDEO"]), min_size=1, max_size=3
        )
    )
    advisory = f"= ({', '.join(media)}) ="
    return f"{title} {byline} {advisory}", title, byline


def job_lines() -> st.SearchStrategy[str]:
    """A byline's job line: an agency's name, perhaps a desk, a job (``AP Sports Writer``,
    ``Reuters Staff``, ``Associated Press Writer``)."""
    names = sorted(
        {n for a in AGENCIES for n in (a.name, *a.aliases) if n.replace(" ", "").isalpha()}
    )
    desk = st.sampled_from(["", "Sports ", "Business ", "Medical ", "Chief Political "])
    job = st.sampled_from(["Writer", "Correspondent", "Staff", "Staff Writer", "Reporter"])
    return st.tuples(st.sampled_from(names), desk, job).map(lambda t: f"{t[0]} {t[1]}{t[2]}")


@st.composite
def closed_titles(draw: st.DrawFn) -> tuple[str, str]:
    """A title closed like a sentence, as some publishers set every headline: in title
    case with a full stop or question mark, or in sentence case over a long lede, or
    closed by a semicolon. Returns (article, title)."""
    words = draw(st.lists(_word(), min_size=3, max_size=8))
    style = draw(st.sampled_from(["title case", "sentence case", "semicolon"]))
    lede = (
        "The senator told supporters at a rally on Tuesday evening that the party would take"
        " its campaign to every county in the state before the primary in March, and that"
        " it would not stop there."
    )
    if style == "title case":
        title = " ".join(w.capitalize() for w in words) + draw(st.sampled_from([".", "?"]))
    elif style == "sentence case":
        title = " ".join(words).capitalize() + "."
    else:
        title = " ".join(words).capitalize() + ";"
        lede = "A deck line under the title.\n\n" + lede
    return f"{title}\n\n{lede}\n\nHe left.", title
