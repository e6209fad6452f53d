"""Dateline grammar and matcher: the place/date/agency formula opening a paragraph.

A dateline is recognised by its *shape*, never by a list of cities: an opening
place in capitals or title case (or a lower-cased place in lower-cased copy),
then a date, an agency credit and a closing dash, in one of the orders wire
services use. The grammar is built below from small named fragments, each under
the rule it implements (the style of h11's ``_abnf.py``), and compiled once at
import. Month names and agency credits come from :mod:`wirecopy._data`.

The shapes, tried in this order at the start of a paragraph:

==========================  =================================================
agency first                ``(ANSA) - ROME, JUL 11 -``
place [date] agency         ``BEIJING, May 13 (Xinhua) --``, ``Berlin (dpa) -``,
                            ``MOSCOW, May 13. /TASS/.``, ``SAITAMA, Japan,
                            Dec. 9 Kyodo -``, ``магас, 1 дек — риа новости.``
date agency                 ``Jan 30 (Reuters) -``
agency alone                ``(Bloomberg) --``
place date                  ``NEW YORK, March 2 -``, ``BEIJING, July 23``
                            (the latter standing alone as a paragraph)
place date, other credit    ``SAN JOSE, 5 MAR 90 (RADIO REPLOJ) --`` (a credit
                            the registry lacks; ``agency`` is the credit as written)
other credit alone          ``(CNN) --``, ``(Bloomberg Law) --``
place, other credit         ``LOS ANGELES (Variety.com) -`` (the bracket before
                            the dash is the credit slot, unless a country)
place alone                 ``SEATTLE _``, ``AQUINNAH, Mass. _``,
                            ``ST. LOUIS, Mo.--The`` (a long dash glued to an
                            abbreviation), ``ODINTSOVO /Moscow region/ -``
==========================  =================================================

Deliberately not datelines: a place with nothing after it (``Moscow says ...``),
a place-only formula whose place is not in capitals (``Berlin -``), a place with
only a colon (``MARKET PLACE: ...``), an agency credited mid-sentence, a byline.

Every repetition is bounded and only the first :data:`WINDOW` characters after
the paragraph's leading white space are examined, so a call costs the same on a
paragraph of any length.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

import regex

from wirecopy._data.agencies import AGENCIES
from wirecopy._data.months import DAY_SUFFIXES, MONTHS, WEEKDAYS
from wirecopy._model import Dateline, Span

__all__ = ["WINDOW", "match_dateline", "resolve_date"]

#: How many characters of a paragraph (after its leading white space) a dateline may span.
WINDOW: Final = 300

#: ALL-CAPS words that open wire furniture, not a place (``ATTENTION - UPDATES ///``).
#: Only the place-alone shape can mistake them, so only it consults this list.
FURNITURE_WORDS: Final = frozenset(
    {
        "ADDS",
        "ADVISORY",
        "ALERT",
        "ANALYSIS",
        "ATTENTION",
        "BREAKING",
        "BULLETIN",
        "COMMENTARY",
        "CORRECTED",
        "CORRECTION",
        "CORRECTS",
        "EDITORIAL",
        "EDITORS",
        "EDS",
        "EXCLUSIVE",
        "FACTBOX",
        "FEATURE",
        "FLASH",
        "INSIGHT",
        "INTERVIEW",
        "KILL",
        "NEWSALERT",
        "NOTE",
        "OBITUARY",
        "OPINION",
        "PICTURES",
        "PREVIEW",
        "REFILE",
        "REPEAT",
        "REVIEW",
        "ROUNDUP",
        "SUMMARY",
        "TEXT",
        "UPDATE",
        "UPDATED",
        "UPDATES",
        "URGENT",
        "WRAPUP",
    }
)


def _key(spelling: str) -> str:
    """Fold a month or credit spelling for lookup: case, full stops, runs of spaces."""
    return " ".join(spelling.casefold().replace(".", " ").split())


def _alternation(spellings: Iterable[str]) -> str:
    """Build a regex alternation, longest first, with flexible inner white space."""
    parts = {
        r"[^\S\r\n]{1,2}".join(regex.escape(word) for word in spelling.split())
        for spelling in spellings
    }
    return "|".join(sorted(parts, key=lambda p: (-len(p), p)))


_MONTH_NUMBERS: Final[Mapping[str, int]] = MappingProxyType(
    {_key(spelling): number for number, spellings in MONTHS for spelling in spellings}
)
_AGENCY_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {_key(alias): agency.name for agency in AGENCIES for alias in (agency.name, *agency.aliases)}
)

# ---------------------------------------------------------------------------
# Grammar fragments
# ---------------------------------------------------------------------------

# white space inside a dateline: horizontal only (NBSP included), never a line break
HS = r"[^\S\r\n]"
SP = HS + "{1,3}"
OSP = HS + "{0,3}"
# a word goes on no further (letters, marks or digits)
WORD_END = r"(?![\p{L}\p{M}\d])"
# letters inside a name: apostrophes and hyphens included (N'DJAMENA, AL-HASAKA)
NAME_CHARS = r"[\p{L}\p{M}'’\-]"
# a long dash: two hyphens, an em or en dash, or the horizontal bar (U+2015) that
# some web copy sets in its datelines (WASHINGTON ― )
LONG_DASH = r"(?:--|—|–|―)"
# a dash that closes a formula
DASH = r"(?:--|—|–|―|-|_)"

# The three long lists (month names, weekdays, agency credits) are the regex module's
# named lists (\L<name>), passed at compile time: pasting them as alternations into
# every place word made the grammar take a second to compile.
_NAMED_LISTS: Final[dict[str, list[str]]] = {
    "months": sorted({s for _, spellings in MONTHS for s in spellings}),
    "weekdays_full": sorted({s for _, sp in WEEKDAYS for s in sp if len(s) > 4}),
    "weekdays_short": sorted({s for _, sp in WEEKDAYS for s in sp if len(s) <= 4}),
    "aliases": sorted({k for a in AGENCIES for k in (a.name, *a.aliases)}),
    "countries": sorted({a.country for a in AGENCIES}),
}

# month = a spelling from _data.months, any case, optionally with a full stop
MONTH_NAME = rf"(?i:\L<months>){WORD_END}"
MONTH = rf"(?P<month>{MONTH_NAME})\.?"
# weekday = a full name, or an abbreviation closed by "." or followed by ","
WEEKDAY = rf"(?:(?i:\L<weekdays_full>){WORD_END}|(?i:\L<weekdays_short>)(?:\.|(?=,)))"
# day = 1..31, optionally with an ordinal suffix (5th, 1-го)
DAY = rf"(?P<day>3[01]|[12]\d|0?[1-9])(?:(?i:{_alternation(DAY_SUFFIXES)}))?{WORD_END}"
YEAR4 = r"(?P<year>(?:1[7-9]|2[0-2])\d\d)(?!\d)"
YEAR2 = r"(?P<year>\d\d)(?!\d)"
# month-first (March 2, Aug 29, 2014) and day-first (16 MAR 90, 13th May, 2015, 1 дек)
DATE_MONTH_FIRST = rf"{MONTH}{SP}{DAY}(?:,?{SP}{YEAR4})?"
DATE_DAY_FIRST = rf"{DAY}{SP}(?:of{SP})?{MONTH}(?:,?{SP}(?:{YEAR4}|{YEAR2})(?:{HS}(?:года|г\.))?)?"
DATE = rf"(?:(?:{WEEKDAY},?{SP})?(?:{DATE_MONTH_FIRST}|{DATE_DAY_FIRST})|{WEEKDAY})"
# what joins the place (and its qualifiers) to the date: a comma, a full stop, or
# white space before a day-first date (SAN SALVADOR 12 JAN 90)
TO_DATE = rf"(?:,{OSP}|\.{SP}|{SP}(?=\d))"

# agency credit = [CAPITALISED PREFIX WORDS] [short-/chain-] ALIAS [service suffix]:
#   AFP, ACAN-EFE, tca/dpa, BRIDGETOWN CANA, MOSCOW TASS, XINHUA DOMESTIC SERVICE
ALIAS_NAME = r"(?i:\L<aliases>)"
ALIAS = rf"(?P<alias>{ALIAS_NAME}){WORD_END}"
_CREDIT_PREFIX = rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}'’]{{1,30}}{HS}){{0,2}}?"
_CREDIT_CHAIN = r"(?:\p{L}{2,12}[/\-]){0,2}"
_CREDIT_SUFFIX = (
    rf"(?:{HS}(?i:domestic|international|overseas|external|world){HS}(?i:service)"
    rf"|{HS}(?i:in){HS}\p{{Lu}}\p{{L}}{{2,12}})?"
)
CREDIT = rf"(?P<credit>{_CREDIT_PREFIX}{_CREDIT_CHAIN}{ALIAS}{_CREDIT_SUFFIX})"
# (AFP)  /TASS/  . /TASS/.
CREDIT_PAREN = rf"\({HS}?{CREDIT}{HS}?\)"
CREDIT_SLASH = rf"\.?{OSP}/{CREDIT}/\.?"
# — риа новости, адам буражев.   (a dash, the credit, reporters, a full stop)
_REPORTER = r"\p{L}[\p{L}\p{M}'’\-]{0,30}+"
_REPORTERS = rf"{_REPORTER}(?:{HS}{_REPORTER}){{0,3}}"
CREDIT_AFTER_DASH = (
    rf"{OSP}(?:{LONG_DASH}|-){SP}{CREDIT}"
    rf"(?:,{SP}{_REPORTERS}(?:(?:,{SP}|{SP}(?:и|and){SP}){_REPORTERS}){{0,2}})?[.:](?=\s|$)"
)
# Kyodo -   , SPA --   . ИНТЕРФАКС -   , ARMENPRESS.   (no brackets: a dash or stop must follow)
CREDIT_BARE = rf"[,.]?{SP}{CREDIT}(?:\.(?=\s|$)|(?={OSP}(?:{DASH}|:))|(?P<alone>)(?=\s*\Z))"
# ASTANA. KAZINFORM -   (a full stop, the credit, a dash)
CREDIT_AFTER_STOP = rf"\.{SP}{CREDIT}(?={OSP}{DASH})"
# a credit that says it is one by its brackets, slashes or dash
CREDIT_MARKED = rf"(?:{OSP}{CREDIT_PAREN}|{CREDIT_SLASH}|{CREDIT_AFTER_DASH}|{CREDIT_AFTER_STOP})"
# a credit the registry does not list, in the credit slot: (RADIO VENCEREMOS),
# (Prensa Latina), (Variety.com), (CNN Business), (Bloomberg Law); capitalised words,
# never an advisory's ("(Updates)")
_NOT_FURNITURE_ANY_CASE = rf"(?!(?i:{'|'.join(sorted(FURNITURE_WORDS))}){WORD_END})"
OTHER_CREDIT = (
    rf"\({_NOT_FURNITURE_ANY_CASE}(?P<other>\p{{Lu}}[\p{{L}}\p{{M}}\d&'’.\-]{{1,20}}"
    rf"(?:{HS}[\p{{Lu}}\d][\p{{L}}\p{{M}}\d&'’.\-]{{0,20}}){{0,4}})\)"
)
CREDIT_ANY = rf"(?:{CREDIT_MARKED}|{CREDIT_BARE})"
# a bracketed country is a qualifier, not an outlet: HAVANA (CUBA) -
_NOT_A_COUNTRY = r"(?!\((?i:\L<countries>)\))"

# separators
# after a credit anything goes: -, --, —, –, _, .-, :  (and "-The Dow" with no space)
SEP_AFTER_CREDIT = rf"(?:{OSP}(?:\.?{DASH}|:))?"
# without a credit, a dash set off by white space (or .- glued to the date) ...
# ... or a long dash glued to an abbreviation's full stop on one side and to the
# lede on the other (ST. LOUIS, Mo.--The   WASHINGTON, D.C.—A)
_GLUED_DASH = rf"(?<=\p{{L}}\.){LONG_DASH}(?=[\p{{Lu}}\d\"“‘'])"
SEP_DASH = rf"(?:(?:{OSP}{LONG_DASH}|{SP}[-_]|\.-)(?=\s|$)|{_GLUED_DASH})"
# or the formula stands alone as the whole paragraph
ALONE = r"(?P<alone>)(?=\s*\Z)"

# places: a word is not a month followed by a number, nor a weekday
_NOT_A_DATE = rf"(?!{MONTH_NAME}\.?{SP}\d|{WEEKDAY})"
_ABBREVIATION_DOT = rf"(?:\.(?={HS}\p{{Lu}}))?"  # ST. LOUIS, Ft. Worth
CONNECTOR = (
    r"(?:de|del|della|degli|di|da|do|dos|das|du|des|la|le|les|el|al|am|an|der|den"
    r"|upon|of|sur|en|y|im|bei|op|aan|ter|van|von)" + WORD_END
)
# The full month/weekday guard stands before a place's first word; later words get a
# cheap English-month guard (a place word is never "MAY 13"). Guarding every word with
# the full lists made the grammar slow to compile.
_NOT_A_MONTH_QUICK = (
    rf"(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\p{{L}}.]{{0,7}}{SP}\d)"
)
_CASED = rf"\p{{Lu}}{NAME_CHARS}{{0,30}}+{_ABBREVIATION_DOT}"
_CAPS = rf"\p{{Lu}}[\p{{Lu}}\p{{M}}'’\-]{{1,30}}+(?!\p{{Ll}}){_ABBREVIATION_DOT}"
CASED_WORD = rf"{_NOT_A_DATE}{_CASED}"
CAPS_WORD = rf"{_NOT_A_DATE}{_CAPS}"
LOWER_WORD = r"\p{Ll}[\p{Ll}\p{M}'’\-]{1,30}+"
PLACE_CASED = (
    rf"{CASED_WORD}(?:{HS}{{1,2}}(?:{CONNECTOR}{HS}{{1,2}})?{_NOT_A_MONTH_QUICK}{_CASED}){{0,4}}"
)
PLACE_CAPS = rf"{CAPS_WORD}(?:{HS}{{1,2}}{_NOT_A_MONTH_QUICK}{_CAPS}){{0,4}}"
PLACE_LOWER = rf"{LOWER_WORD}(?:{HS}{LOWER_WORD}){{0,2}}"
_PLACE_JOIN = rf"(?:/|{HS}/{HS})"  # KYIV/MOSCOW, RIYADH / DAMASCUS


def _places(place: str) -> str:
    """One to four places joined by slashes, each captured as ``place``."""
    return rf"(?P<place>{place})(?:{_PLACE_JOIN}(?P<place>{place})){{0,3}}"


PLACES_CASED = _places(PLACE_CASED)
PLACES_CAPS = _places(PLACE_CAPS)
PLACES_LOWER = _places(PLACE_LOWER)

# qualifiers: state, country or region after the place
#   , Mass.   , N.C.   , South Africa   (CUBA)   [India]   /Leningrad Region/
_NOT_A_QUALIFIER = rf"(?!{MONTH_NAME}\.?{SP}\d|{WEEKDAY})"
# in brackets, an agency is a credit, not a qualifier: (AP) vs (CUBA)
_NOT_A_CREDIT = rf"(?!{ALIAS_NAME}{HS}?[)\]/])"
_QUALIFIER = rf"(?:(?:\p{{Lu}}\.){{2,3}}|\p{{Lu}}{NAME_CHARS}{{0,30}}+\.?)"
QUALIFIER_WORD = rf"{_NOT_A_QUALIFIER}{_QUALIFIER}"
TITLE_QUALIFIER_WORD = rf"(?:(?:\p{{Lu}}\.){{2,3}}|\p{{Lu}}\p{{Ll}}{NAME_CHARS}{{0,30}}+\.?)"


def _qualifier_words(word: str) -> str:
    later = _QUALIFIER if word == QUALIFIER_WORD else word
    return rf"{word}(?:{HS}{{1,2}}(?:{CONNECTOR}{HS}{{1,2}})?{_NOT_A_MONTH_QUICK}{later}){{0,3}}"


_QUALIFIER_WORDS = _qualifier_words(QUALIFIER_WORD)
_TITLE_QUALIFIER_WORDS = _qualifier_words(TITLE_QUALIFIER_WORD)
# Between slashes or brackets a qualifier is marked as one, so its later words may be
# in any case: /Leningrad region/, (Moscow oblast), /MOSCOW REGION/
_ANY_CASE_WORD = rf"(?:(?:\p{{Lu}}\.){{2,3}}|\p{{L}}{NAME_CHARS}{{0,30}}+\.?)"
_BRACKETED_QUALIFIER_WORDS = (
    rf"{QUALIFIER_WORD}(?:{HS}{{1,2}}{_NOT_A_MONTH_QUICK}{_ANY_CASE_WORD}){{0,3}}"
)
QUALIFIER_BRACKETED = (
    rf"(?:{HS}{{1,2}}/{_NOT_A_CREDIT}(?P<qualifier>{_BRACKETED_QUALIFIER_WORDS})/"
    rf"|{HS}{{0,2}}\({_NOT_A_CREDIT}(?P<qualifier>{_BRACKETED_QUALIFIER_WORDS})\)"
    rf"|{HS}{{0,2}}\[{_NOT_A_CREDIT}(?P<qualifier>{_BRACKETED_QUALIFIER_WORDS})\])"
)
QUALIFIERS = rf"(?:{QUALIFIER_BRACKETED}|,{HS}{{1,2}}(?P<qualifier>{_QUALIFIER_WORDS})){{0,3}}"
QUALIFIERS_TITLE = (
    rf"(?:{QUALIFIER_BRACKETED}"
    rf"|,{HS}{{1,2}}(?P<qualifier>{_TITLE_QUALIFIER_WORDS})){{0,2}}"
)
NOT_FURNITURE = rf"(?!(?:{'|'.join(sorted(FURNITURE_WORDS))}){WORD_END})"

# ---------------------------------------------------------------------------
# Shapes, in the order they are tried
# ---------------------------------------------------------------------------

SHAPES: Final = (
    # (ANSA) - ROME, JUL 11 -
    (
        "agency first",
        rf"{CREDIT_PAREN}{OSP}{DASH}{SP}"
        rf"(?:{PLACES_CASED}{QUALIFIERS}{TO_DATE}{DATE}{SEP_DASH}"
        rf"|{NOT_FURNITURE}{PLACES_CAPS}{QUALIFIERS_TITLE}{SEP_DASH})",
    ),
    # BEIJING, May 13 (Xinhua) --   KYIV, Ukraine (Reuters) -   Berlin (dpa) -
    (
        "place, date, agency",
        rf"{PLACES_CASED}{QUALIFIERS}(?:{TO_DATE}{DATE}{CREDIT_ANY}|{CREDIT_MARKED})"
        rf"{SEP_AFTER_CREDIT}",
    ),
    # магас, 1 дек — риа новости, адам буражев.
    (
        "lower-case place, date, agency",
        rf"{PLACES_LOWER}(?:{TO_DATE}{DATE}{CREDIT_ANY}|{CREDIT_MARKED}){SEP_AFTER_CREDIT}",
    ),
    # Jan 30 (Reuters) -
    ("date, agency", rf"{DATE}{OSP}(?:{CREDIT_PAREN}|{CREDIT_SLASH}){SEP_AFTER_CREDIT}"),
    # (Bloomberg) --
    ("agency", rf"(?:{CREDIT_PAREN}|{CREDIT_SLASH}){OSP}(?:\.?{DASH}|:)"),
    # NEW YORK, March 2 -   BEIJING, July 23 (alone)
    ("place, date", rf"{PLACES_CASED}{QUALIFIERS}{TO_DATE}{DATE}(?:{SEP_DASH}|{ALONE})"),
    # SAN JOSE, 5 MAR 90 (RADIO REPLOJ) --
    (
        "place, date, unlisted agency",
        rf"{PLACES_CASED}{QUALIFIERS}{TO_DATE}{DATE}{OSP}{OTHER_CREDIT}"
        rf"(?:{OSP}(?:\.?{DASH}|:)|{ALONE})",
    ),
    # (CNN) --   (Bloomberg Law) --
    ("unlisted agency", rf"{OTHER_CREDIT}{OSP}(?:{LONG_DASH}|-)"),
    # london, march 2 -
    ("lower-case place, date", rf"{PLACES_LOWER}{TO_DATE}{DATE}{SEP_DASH}"),
    # LOS ANGELES (Variety.com) -   NEW YORK (CNN Business) —   LOUISVILLE, Ky. (WDRB) -
    # (the bracket before the closing dash is the credit slot, as in WASHINGTON (AP) —,
    # unless it names a country of the registry: HAVANA (CUBA) -)
    (
        "place, unlisted agency",
        rf"{NOT_FURNITURE}{PLACES_CAPS}(?:,{HS}{{1,2}}(?P<qualifier>{_TITLE_QUALIFIER_WORDS})){{0,2}}"
        rf"{HS}{{0,2}}{_NOT_A_COUNTRY}{OTHER_CREDIT}{OSP}(?:{LONG_DASH}|{SP}-|-(?=\s))",
    ),
    # SEATTLE _   AQUINNAH, Mass. _
    ("place", rf"{NOT_FURNITURE}{PLACES_CAPS}{QUALIFIERS_TITLE}{SEP_DASH}"),
)


def _compile(pattern: str) -> regex.Pattern[str]:
    """Compile a shape with the named lists it uses (the module rejects unused ones)."""
    lists = {name: items for name, items in _NAMED_LISTS.items() if f"\\L<{name}>" in pattern}
    return regex.compile(pattern, **lists)  # type: ignore[arg-type]  # named lists: kwargs the stubs do not model


_SHAPE_PATTERNS: Final[Mapping[str, str]] = MappingProxyType(dict(SHAPES))


@functools.cache
def _compiled(name: str) -> regex.Pattern[str]:
    """The shape ``name``, compiled once per process when a paragraph first needs it.

    The whole grammar takes about 0.4 s to compile: doing it at import would slow
    ``import wirecopy`` (in every worker of a Dask or Spark job), and shapes no
    paragraph could open with (``(ANSA) -`` in copy without one) are never compiled.
    """
    return _compile(_SHAPE_PATTERNS[name])


_LEADING_SPACE: Final = regex.compile(r"\s*+")

# ---------------------------------------------------------------------------
# Gates: cheap necessary conditions
# ---------------------------------------------------------------------------
# A headline ("Sweden court accepts receivership for Saab carmaker") opens no shape,
# yet each shape spends microseconds on month, weekday and credit look-ups to find
# that out. A gate is a looser pattern that every match of its shapes also matches,
# so a paragraph the gate rejects skips those shapes and the result cannot change.
#
# Place shapes. A place is one to five words of NAME_CHARS, each capitalised and
# joined by one or two spaces (and perhaps a connector), or, in lower-cased copy, one
# to three lower-case words joined by a space. Every shape then needs, after at most
# three spaces (OSP, SP, HS{0,2}, HS{1,2}, HS), one of , . ( [ / - — – _ or a digit:
# a qualifier (", Mass."  "(CUBA)"  "[India]"  "/Region/"), a join to the next place
# ("/"), the link to the date ("," "." or spaces before a day-first digit), a marked
# credit ("(" "/" "." or a dash) or the place-alone dash. An abbreviation dot
# ("ST. LOUIS") is one of them too. The gate drops the look-aheads and the 30-letter
# word limit, so it only accepts more.
_GATE_WORD = r"[\p{L}\p{M}'’\-]*"
_AFTER_PLACE = rf"{OSP}[\-,.(\[/—–―_\d]"
_UPPER_PLACE_GATE: Final = regex.compile(
    rf"\p{{Lu}}{_GATE_WORD}(?:{HS}{{1,2}}(?:{CONNECTOR}{HS}{{1,2}})?\p{{Lu}}{_GATE_WORD}){{0,4}}"
    + _AFTER_PLACE
)
_LOWER_PLACE_GATE: Final = regex.compile(
    rf"\p{{Ll}}{_GATE_WORD}(?:{HS}\p{{Ll}}{_GATE_WORD}){{0,2}}{_AFTER_PLACE}"
)
# "date, agency" takes its credit only in brackets or slashes: (Reuters), /TASS/.
_BRACKETED_CREDIT_GATE: Final = regex.compile(r"[^(/]*+[(/]")

# "place, unlisted agency": words of capitals (and the marks a place may hold), then
# perhaps a comma and its qualifiers, then the outlet's opening bracket: LOS ANGELES (
_CAPS_RUN = r"[\p{Lu}\p{M}'’\-./]"
_OUTLET_GATE: Final = regex.compile(
    rf"{_CAPS_RUN}*+(?:{HS}++{_CAPS_RUN}++)*+{HS}*+(?:,[^(\r\n]*+)?\("
)

#: The gate each shape must pass first (shapes opening with a bracket have none).
_GATES: Final[Mapping[str, regex.Pattern[str]]] = MappingProxyType(
    {
        "place, date, agency": _UPPER_PLACE_GATE,
        "lower-case place, date, agency": _LOWER_PLACE_GATE,
        "date, agency": _BRACKETED_CREDIT_GATE,
        "place, date": _UPPER_PLACE_GATE,
        "place, date, unlisted agency": _UPPER_PLACE_GATE,
        "place, unlisted agency": _OUTLET_GATE,
        "lower-case place, date": _LOWER_PLACE_GATE,
        "place": _UPPER_PLACE_GATE,
    }
)


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------


def resolve_date(
    year: int | None,
    month: int | None,
    day: int | None,
    reference_date: datetime.date | None,
) -> datetime.date | None:
    """Resolve a dateline's date fields to a calendar date.

    With a year, the date is that day of that year. Without one, it is the most
    recent such day not after ``reference_date`` (December copy read in January
    belongs to the previous year). Impossible dates give ``None``, never an error.

    Args:
        year: The year as written (already expanded to four digits), or ``None``.
        month: The month number, or ``None``.
        day: The day of the month, or ``None``.
        reference_date: The date the copy is read against, or ``None``.

    Returns:
        The date, or ``None`` when the fields do not determine one.

    Example:
        >>> resolve_date(None, 12, 26, datetime.date(2025, 1, 3))
        datetime.date(2024, 12, 26)
        >>> resolve_date(None, 2, 30, datetime.date(2025, 1, 3)) is None
        True
    """
    if month is None or day is None:
        return None
    if year is not None:
        try:
            return datetime.date(year, month, day)
        except (ValueError, OverflowError):
            return None
    if reference_date is None:
        return None
    # Feb 29 may lie up to eight years back (1896 -> 1904); anything else is within one
    for candidate_year in range(reference_date.year, reference_date.year - 9, -1):
        try:
            candidate = datetime.date(candidate_year, month, day)
        except (ValueError, OverflowError):
            continue
        if candidate <= reference_date:
            return candidate
    return None


def match_dateline(
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    reference_date: datetime.date | None = None,
) -> Dateline | None:
    """Match the dateline that opens the paragraph ``text[pos:endpos]``.

    Leading white space is skipped. The result's span indexes ``text`` itself,
    so ``text[d.span.start:d.span.end] == d.text``. Never raises for a ``str``.

    Args:
        text: The string holding the paragraph.
        pos: Where the paragraph starts in ``text``.
        endpos: Where it ends (default: the end of ``text``).
        reference_date: Resolve a date without a year against this day.

    Returns:
        The dateline, or ``None`` when the paragraph does not open with one.

    Raises:
        TypeError: ``text`` is not a ``str``, or ``pos``/``endpos`` not integers.

    Example:
        >>> d = match_dateline("MOSCOW, May 13. /TASS/. A senior lawmaker said ...")
        >>> d.text, d.places, d.month, d.day, d.agency
        ('MOSCOW, May 13. /TASS/.', ('MOSCOW',), 5, 13, 'TASS')
        >>> match_dateline("Moscow says it will respond") is None
        True
    """
    if not isinstance(text, str):
        raise TypeError(f"match_dateline() expects text as a str, got {type(text).__name__}")
    if not isinstance(pos, int) or (endpos is not None and not isinstance(endpos, int)):
        raise TypeError(
            "match_dateline() expects integer pos and endpos, got "
            f"{type(pos).__name__} and {type(endpos).__name__}"
        )
    if reference_date is not None and not isinstance(reference_date, datetime.date):
        raise TypeError(
            f"match_dateline() expects reference_date as a date, got "
            f"{type(reference_date).__name__}"
        )
    size = len(text)
    pos = min(max(pos, 0), size)
    endpos = size if endpos is None else min(max(endpos, pos), size)
    leading = _LEADING_SPACE.match(text, pos, endpos)
    start = leading.end() if leading is not None else pos
    window_end = min(endpos, start + WINDOW)
    truncated = window_end < endpos
    if start >= window_end:
        return None
    passed: dict[regex.Pattern[str], bool] = {}  # each gate is tried once per call
    for shape, gate in _gated_shapes_opening_with(text[start]):
        if gate is not None:
            opens = passed.get(gate)
            if opens is None:
                opens = passed[gate] = gate.match(text, start, window_end) is not None
            if not opens:
                continue
        m = _compiled(shape).match(text, start, window_end)
        if m is None or m.end() == start:
            continue
        if truncated and _last(m.capturesdict(), "alone") is not None:
            continue  # "alone" was judged on a cut-off window
        return _dateline(m, reference_date)
    return None


#: What the first character of each shape can be (each pattern begins that way), so a
#: paragraph is only tried against the shapes it could open.
_FIRST_CHARACTER: Final[Mapping[str, str]] = MappingProxyType(
    {
        "agency first": "(",
        "place, date, agency": "upper",
        "lower-case place, date, agency": "lower",
        "date, agency": "letter-or-digit",
        "agency": "(./ \t\xa0",
        "place, date": "upper",
        "place, date, unlisted agency": "upper",
        "unlisted agency": "(",
        "place, unlisted agency": "upper",
        "lower-case place, date": "lower",
        "place": "upper",
    }
)


def _can_start(shape: str, first: str) -> bool:
    allowed = _FIRST_CHARACTER.get(shape)
    if allowed is None:
        return True
    if allowed == "upper":
        return first.isupper()
    if allowed == "lower":
        return first.islower()
    if allowed == "letter-or-digit":
        return first.isalnum()
    return first in allowed


@functools.lru_cache(maxsize=512)
def _shapes_opening_with(first: str) -> tuple[str, ...]:
    """The shapes, in order, that a paragraph opening with ``first`` could match."""
    return tuple(name for name, _ in SHAPES if _can_start(name, first))


@functools.lru_cache(maxsize=512)
def _gated_shapes_opening_with(first: str) -> tuple[tuple[str, regex.Pattern[str] | None], ...]:
    """The shapes a paragraph opening with ``first`` could match, each with its gate."""
    return tuple((name, _GATES.get(name)) for name in _shapes_opening_with(first))


def _last(captured: Mapping[str, list[str]], name: str) -> str | None:
    found = captured.get(name)
    return found[-1] if found else None


def _expand_year(written: str | None) -> int | None:
    if written is None:
        return None
    year = int(written)
    if len(written) == 2:
        year += 1900 if year >= 50 else 2000
    return year


def _agency_name(alias: str | None, other: str | None) -> str | None:
    """The registry's name for the credit; an unlisted outlet keeps its name as written."""
    if alias is not None:
        return _AGENCY_NAMES.get(_key(alias))
    return None if other is None else _AGENCY_NAMES.get(_key(other), other)


def _dateline(m: regex.Match[str], reference_date: datetime.date | None) -> Dateline:
    captured = m.capturesdict()
    month_text = _last(captured, "month")
    day_text = _last(captured, "day")
    alias = _last(captured, "alias")
    credit = _last(captured, "credit")
    other = _last(captured, "other")
    month = _MONTH_NUMBERS.get(_key(month_text)) if month_text is not None else None
    day = int(day_text) if day_text is not None else None
    year = _expand_year(_last(captured, "year"))
    return Dateline(
        text=m.group(),
        span=Span(m.start(), m.end()),
        places=tuple(captured.get("place", ())),
        qualifiers=tuple(captured.get("qualifier", ())),
        year=year,
        month=month,
        day=day,
        agency=_agency_name(alias, other),
        agency_text=credit if credit is not None else other,
        date=resolve_date(year, month, day, reference_date) if reference_date else None,
    )
