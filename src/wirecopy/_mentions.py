"""Mentions: every name an article's body gives, with its title, kind and position.

One pass over the token layer finds each capitalised run outside quotations
(``Russian presidential aide Yuri Ushakov``, ``the Foreign Ministry``, ``Ushakov``),
splits the title from the name (:func:`wirecopy._phrases.split_name`) and says what the
name is:

- a body's: an organisation word in it (``Ministry``, ``Inc``), an acronym in
  mixed-case copy (``NATO``), or a kind of body before it (``steelmaker Volkova Steel``);
- a place's: a place word (``Island``), a place-leading word (``North Korea``), or a
  locative preposition before it with no title (``in Sochi``);
- a person's: two to five name words with none of those, or one after a title
  (``President Xi``, ``Mr. Smith``);
- else unknown (``Ushakov`` alone): a short form the entity sieves may resolve.

In copy without case cues (ALL-CAPS or all-lower-case) only names introduced by a
role or an honorific are read (``FOREIGN MINISTER ROBERTO ROBAINA``): every word there
looks like a name.

Example:
    >>> from wirecopy._model import Span
    >>> from wirecopy._tokens import Tokens
    >>> text = "Russian presidential aide Yuri Ushakov met Kerry in Sochi."
    >>> t = Tokens.of(text, [Span(0, len(text))], [])
    >>> [(t.slice(m.name_first, m.name_last), m.kind) for m in find_mentions(t)]
    [('Yuri Ushakov', 'person'), ('Kerry', 'unknown'), ('Sochi', 'place')]
"""

from __future__ import annotations

from typing import NamedTuple

from wirecopy._lexicon import (
    ADVERB,
    AUXILIARY,
    CLAUSE,
    CONJUNCTION,
    CUE,
    DETERMINER,
    HONORIFIC,
    IT,
    MONTH,
    NOT_NAME,
    ORGANISATION_KIND,
    ORGANISATION_NOUN,
    ORGANISATION_WORD,
    PERSON_PRONOUN,
    PLACE_LEADING,
    PLACE_WORD,
    PREPOSITION,
    RELATIVE,
    ROLE,
    RUSSIAN_GIVEN_NAME,
    TIME,
    TITLE_WORD,
    WEEKDAY,
)
from wirecopy._phrases import _NAME_GLUE, _name_word, _person_like, split_name
from wirecopy._tokens import CAPITALISED, LOWER, QUOTE, UPPER, Tokens

__all__ = ["BODY", "PERSON", "PLACE", "UNKNOWN", "Mention", "find_mentions"]

PERSON = "person"
BODY = "body"
PLACE = "place"
UNKNOWN = "unknown"


class Mention(NamedTuple):
    """A name in the body."""

    first: int
    """The first token, its title included."""
    last: int
    """The last token of the name."""
    name_first: int
    """The first token of the name without its title."""
    name_last: int
    """The last token of the name (``== last``)."""
    kind: str
    """:data:`PERSON`, :data:`BODY`, :data:`PLACE` or :data:`UNKNOWN`."""
    subject: bool
    """Whether the name opens its clause or stands before its verb (what ``he`` refers to)."""
    initial: bool
    """Whether it is one word opening a sentence (its capital may be the sentence's)."""
    speaks: bool = False
    """Whether a speech cue follows it (``Andrew Harris said the company ...``)."""


#: Prepositions and verbs of movement before a place (``in Sochi``, ``visited Kyiv``).
_LOCATIVES = frozenset(
    {
        "in",
        "to",
        "from",
        "near",
        "across",
        "into",
        "toward",
        "towards",
        "throughout",
        "outside",
        "inside",
        "visit",
        "visited",
        "visiting",
        "via",
        "at",
        "around",
    }
)


def find_mentions(tokens: Tokens) -> list[Mention]:
    """Every name in the tokens, in order (see the module's docstring)."""
    if tokens.no_case:
        return _titled_mentions(tokens)
    words, keys, tags = tokens.words, tokens.keys, tokens.tags
    name_word = tokens.name_word
    n = len(words)
    out: list[Mention] = []
    i = 0
    while i < n:
        try:
            i = name_word.index(True, i)  # the next name word, found in one C-level scan
        except ValueError:
            break
        j = i
        while j + 1 < n and j not in tokens.possessive and "\n" not in tokens.gap(j + 1):
            k = j + 1
            if name_word[k] and tokens.paragraph[k] == tokens.paragraph[i]:
                j = k
                continue
            if (
                keys[k] in _NAME_GLUE
                and keys[k] not in ("and", "the")
                and k + 1 < n
                and _name_word(tokens, k + 1)
                and (keys[k] != "of" or tags[j] & (ORGANISATION_WORD | ROLE | TITLE_WORD))
            ):
                j = k + 1
                continue
            if keys[k] == "to" and k + 1 < n and _name_word(tokens, k + 1) and tags[j] & ROLE:
                j = k + 1  # "Ambassador to Havana Viktor Koronelli": the place is the title's
                continue
            if (
                keys[k] == "of"
                and k + 1 < n
                and _name_word(tokens, k + 1)
                and j > i
                and tags[j] & (ORGANISATION_WORD | ROLE | TITLE_WORD)
            ):
                j = k + 1  # "Bank of England", "Secretary of State": a name goes on
                continue
            break
        first = i
        if (
            i > 1
            and _national(tokens, i - 1)
            and keys[i - 2] in ("the", "a", "an")
            and any(tags[k] & ORGANISATION_WORD for k in range(i, j + 1))
        ):
            first = i - 1  # "the Russian Foreign Ministry": the adjective is the name's
        while first <= j and tags[first] & DETERMINER and keys[first] in ("the", "a", "an"):
            first += 1
        if first < j and _sentence_initial_modifier(tokens, first):
            first += 1  # "Renowned Hollywood madam ...": the capital is the sentence's
        if first > j:
            i = j + 1
            continue
        mention = _read(tokens, first, j)
        if mention is not None:
            out.append(mention)
        i = j + 1
    return out


def _sentence_initial_modifier(tokens: Tokens, i: int) -> bool:
    """A participle or adverb capitalised only because it opens its sentence
    (``Renowned Hollywood madam ...``, ``Finally Smith said``): it ends like one and is
    not a given name the lexicon knows."""
    if tokens.sentence_bounds(i)[0] != i or tokens.shapes[i] != CAPITALISED:
        return False
    key = tokens.keys[i]
    if tokens.tags[i] & (RUSSIAN_GIVEN_NAME | ROLE | ORGANISATION_WORD):
        return False
    return (
        (key.endswith("ed") and len(key) > 5 and not key.endswith("med"))
        or (key.endswith("ly") and len(key) > 5)
        or (key.endswith("ing") and len(key) > 6)
    )


def _title_start(tokens: Tokens, first: int) -> int:
    """Where the lower-case title before the run at ``first`` starts (``presidential aide``)."""
    k = first
    while k - 1 >= 0 and (
        (tokens.shapes[k - 1] == LOWER and tokens.tags[k - 1] & (ROLE | TITLE_WORD))
        or tokens.tags[k - 1] & HONORIFIC
    ):
        k -= 1
    if (
        k < first
        and k - 1 >= 0
        and tokens.shapes[k - 1] == CAPITALISED
        and tokens.tags[k - 1] & ROLE
        and tokens.sentence_bounds(k - 1)[0] == k - 1
    ):
        k -= 1  # "Министр иностранных дел России Сергей Лавров": the role opens the sentence
    if k < first and k - 1 >= 0 and _national(tokens, k - 1):
        k -= 1  # "Russian presidential aide Yuri Ushakov"
    return k


def _national(tokens: Tokens, i: int) -> bool:
    """A national or party adjective that leads a title (``Russian``, ``US``)."""
    tag = tokens.tags[i]
    return (
        tokens.shapes[i] in (CAPITALISED, UPPER)
        and bool(tag & NOT_NAME)
        and not tag
        & (DETERMINER | WEEKDAY | MONTH | TIME | PERSON_PRONOUN | IT | CLAUSE | PREPOSITION)
    )


def _read(tokens: Tokens, first: int, last: int) -> Mention | None:
    keys, tags = tokens.keys, tokens.tags
    name_first, name_last = split_name(tokens, first, last)
    if name_first < 0:
        return None
    title_first = _title_start(tokens, first)
    titled = title_first < name_first
    sentence_first = tokens.sentence_bounds(first)[0]
    initial = first == name_first == name_last and (
        first == sentence_first or tokens.keys[first - 1] in ('"', "“", "(", "«")
    )
    before = keys[title_first - 1] if title_first > 0 else ""
    affiliation = (
        before in _AFFILIATIONS and title_first > 1 and _name_word(tokens, title_first - 2)
    )  # "Kathleen Weber of the University of Michigan": where a person is from
    name_tags = 0
    for k in range(name_first, name_last + 1):
        name_tags |= tags[k]
    run_tags = name_tags
    for k in range(first, name_first):
        run_tags |= tags[k]
    kind = UNKNOWN
    if name_tags & ORGANISATION_WORD or (
        name_first == name_last
        and tokens.shapes[name_first] == UPPER
        and len(tokens.words[name_first]) > 1
        and "." not in tokens.words[name_first]
    ):
        kind = BODY
    elif (
        title_first > 0
        and tags[title_first - 1] & (ORGANISATION_KIND | ORGANISATION_NOUN)
        and (not titled)
    ):
        kind = BODY  # "steelmaker Volkova Steel", "rights group Amnesty International"
    elif name_tags & PLACE_WORD or (tags[name_first] & PLACE_LEADING and name_last > name_first):
        kind = PLACE
    elif titled or (tags[first] & (ROLE | HONORIFIC) and first < name_first):
        kind = PERSON
    elif _person_like(tokens, name_first, name_last):
        kind = PERSON
        if before in _LOCATIVES and not titled and keys[max(0, title_first - 2)] != "according":
            kind = PLACE
    elif before in _LOCATIVES and not (title_first > 1 and keys[title_first - 2] == "according"):
        kind = PLACE
    if kind == PERSON and before == "the" and keys[name_last].endswith("s") and not titled:
        kind = BODY  # "the Yomiuri Giants": a team, a band, a family
    if kind == BODY and name_first == name_last and len(tokens.words[name_first]) > 6:
        kind = UNKNOWN  # "SYDNEY" in a dateline: capitals, but no acronym
    if affiliation and kind in (PERSON, UNKNOWN):
        kind = BODY
    if affiliation:
        return Mention(first, last, name_first, name_last, kind, False, initial, False)
    return Mention(
        title_first if titled else first,
        last,
        name_first,
        name_last,
        kind,
        _is_subject(tokens, title_first if titled else first, last),
        initial,
        _speaks(tokens, last) or _follows_inverted_cue(tokens, title_first if titled else first),
    )


def _follows_inverted_cue(tokens: Tokens, first: int) -> bool:
    """``..., said Christine Bruhn, director of ...``: a name right after a cue that
    follows a comma or a quotation is the cue's source."""
    k = first - 1
    if k >= 0 and tokens.tags[k] & DETERMINER:
        k -= 1
    if k < 1 or not tokens.tags[k] & CUE or tokens.shapes[k] != LOWER:
        return False
    return tokens.keys[k - 1] in (",", "—", "–") or tokens.words[k - 1] == QUOTE


def _speaks(tokens: Tokens, last: int) -> bool:
    """Whether a speech cue follows the name ending at ``last``, perhaps after an
    adverb, an auxiliary or a time word (``Harris also said``, ``Harris on Tuesday said``)."""
    tags, keys = tokens.tags, tokens.keys
    k = last + 1
    if k + 1 < len(keys) and keys[k] in _AFFILIATIONS and _name_word(tokens, k + 1):
        # "Stephanie M. Tombrello of SafetyBeltSafe U.S.A. said": past where she is from
        k += 1
        while (
            k < len(keys) and (_name_word(tokens, k) or keys[k] in ("of", "the")) and k - last < 12
        ):
            k += 1
    for j in range(k, min(len(tags), k + 3)):
        if tags[j] & CUE and tokens.shapes[j] == LOWER:
            return True
        if not tags[j] & (ADVERB | AUXILIARY | TIME) and keys[j] != "on":
            return False
    return False


#: Prepositions that say where a person is from (``Kathleen Weber of the University``).
_AFFILIATIONS = frozenset({"of", "at", "from"})


def _is_subject(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the phrase ``first..last`` opens its clause or stands right before a verb."""
    keys, tags = tokens.keys, tokens.tags
    sentence_first = tokens.sentence_bounds(first)[0]
    k = first - 1
    if k >= 0 and tags[k] & DETERMINER:
        k -= 1
    opens = bool(
        k < sentence_first
        or keys[k] in (",", ";", ":", "—", "–")
        or tags[k] & (CONJUNCTION | RELATIVE)
        or tokens.words[k] == QUOTE
    )
    if k >= sentence_first and tags[k] & PREPOSITION and not opens:
        return False  # "his case against McKinney will ...": a preposition's object
    after = last + 1
    if after < len(keys):
        if keys[after] == ",":
            return opens
        verb = tags[after] & (CUE | AUXILIARY) or (
            tokens.shapes[after] == LOWER
            and keys[after].endswith(("ed", "es"))
            and len(keys[after]) > 4
        )
        return bool(verb) or (opens and tokens.shapes[after] == LOWER)
    return opens


def _titled_mentions(tokens: Tokens) -> list[Mention]:
    """In copy without case cues: the names a role or an honorific introduces, and
    Russian given names with the word after them."""
    keys, tags = tokens.keys, tokens.tags
    out: list[Mention] = []
    n = len(keys)
    for i in range(n):
        tag = tags[i]
        if not (tag & (ROLE | HONORIFIC) or tag & RUSSIAN_GIVEN_NAME):
            continue
        if out and out[-1].last >= i:
            continue
        j = i
        while (
            j + 1 < n
            and tokens.paragraph[j + 1] == tokens.paragraph[i]
            and _name_word(tokens, j + 1)
        ):
            j += 1
            if j - i >= 7:
                break
        if j == i and not tag & RUSSIAN_GIVEN_NAME:
            continue
        if tag & RUSSIAN_GIVEN_NAME and not tag & (ROLE | HONORIFIC):
            if j == i:
                continue
            j = i + 1  # "игорь егоров": the given name and the surname
            out.append(Mention(i, j, i, j, PERSON, _is_subject(tokens, i, j), False))
            continue
        name_first, name_last = split_name(tokens, i, j)
        if name_first <= i:
            continue
        out.append(
            Mention(
                i,
                name_last,
                name_first,
                name_last,
                PERSON,
                _is_subject(tokens, i, name_last),
                False,
            )
        )
    return out


def is_capitalised_word(tokens: Tokens, i: int) -> bool:
    """Whether token ``i`` is written with a capital (``Lavrov``, ``NATO``)."""
    return tokens.shapes[i] in (CAPITALISED, UPPER)
