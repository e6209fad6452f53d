"""Noun phrases over the token layer: the subject before a cue, the source after it,
the subject that opens a clause.

A phrase is one of three kinds, read from the tags and case shapes of its tokens:

- ``name``: a capitalised run, perhaps after a title (``Russian presidential aide
  Yuri Ushakov``, ``U.S. Secretary of State John Kerry``, ``the Kremlin``);
- ``pronoun``: ``he``, ``she``, ``they``, ``it``, ``он``;
- ``description``: a determiner or a possessive, modifiers and a head noun, with the
  prepositional phrases that belong to it (``a spokesman for the ministry``, ``people
  familiar with the matter``, ``Analysts at Capital Economics``), or a bare plural
  (``officials``, ``Western diplomats``, ``police``).

Who a phrase refers to is :mod:`wirecopy._entities`'s job; which cue a phrase belongs
to is :mod:`wirecopy._sieves`'s.

Example:
    >>> from wirecopy._model import Span
    >>> from wirecopy._tokens import Tokens
    >>> t = Tokens.of("Sergei Lavrov, the foreign minister, said", [Span(0, 41)], [])
    >>> p = subject_before(t, 7, 0)
    >>> t.slice(p.first, p.last), p.kind
    ('Sergei Lavrov', 'name')
"""

from __future__ import annotations

from typing import NamedTuple

from wirecopy._data.cues import RUSSIAN_MEDIA_NOUNS
from wirecopy._lexicon import (
    ADVERB,
    AUXILIARY,
    CLAUSE,
    CONJUNCTION,
    CUE,
    DETERMINER,
    DOCUMENT,
    GROUP,
    HONORIFIC,
    IT,
    MONTH,
    NOT_NAME,
    ORGANISATION_KIND,
    ORGANISATION_NOUN,
    ORGANISATION_WORD,
    PERSON_PRONOUN,
    PLACE_WORD,
    PREPOSITION,
    RELATIVE,
    ROLE,
    RUSSIAN_ADDRESSEE,
    RUSSIAN_FUNCTION,
    RUSSIAN_GIVEN_NAME,
    SURNAME_LIKE_ROLE,
    TIME,
    TITLE_WORD,
    WEEKDAY,
)
from wirecopy._tokens import CAPITALISED, GLOSS, LOWER, NUMBER, OTHER, QUOTE, UPPER, Tokens

__all__ = [
    "DESCRIPTION",
    "NAME",
    "PRONOUN",
    "Phrase",
    "clause_subject",
    "phrase_after",
    "phrase_before",
    "split_name",
    "subject_before",
]

NAME = "name"
PRONOUN = "pronoun"
DESCRIPTION = "description"


class Phrase(NamedTuple):
    """A noun phrase in the token layer."""

    first: int
    """Its first token."""
    last: int
    """Its last token."""
    kind: str
    """:data:`NAME`, :data:`PRONOUN` or :data:`DESCRIPTION`."""
    name_first: int = -1
    """The first token of the name inside it (``-1`` when it holds none)."""
    name_last: int = -1
    """The last token of that name."""
    apposition: tuple[int, int] | None = None
    """An appositive that says who the source is (``, chairman of the committee,``)."""
    relative: int = -1
    """The relative pronoun that stands for the phrase as the cue's subject (``X, who
    said``): the mention the attribution rests on; ``-1`` when there is none."""
    joint: bool = False
    """Whether the phrase names several sources together (``Putin and Erdogan``)."""


#: Subject pronouns: a cue's subject on their own.
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "он", "она", "они"})
#: Words that join name words inside one name (``Bank of England``, ``bin Laden``).
_NAME_GLUE = frozenset(
    {
        "of",
        "the",
        "for",
        "and",
        "&",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "ter",
        "y",
        "bin",
        "ibn",
        "abu",
        "al",
        "el",
        "on",
    }
)
#: Particles that may open a person's surname (``van Gaal``) but lead no name.
_PARTICLES = frozenset(
    {"de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "la", "le"}
)
#: Prepositions that attach a phrase to a description (``a spokesman for the ministry``).
_ATTACHING = frozenset({"of", "for", "at", "from", "with", "to", "in", "within", "в", "из", "при"})
#: Numbers of people that head a crowd as a source (``thousands of mourners``).
_QUANTITIES = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens"})
#: Adjectives that link an unnamed source to what it knows (``familiar with``).
_KNOWING = frozenset({"familiar", "close", "briefed", "involved", "knowledgeable", "privy"})
#: Lower-case words that never stand inside a subject's description.
_BREAKS = CLAUSE | CUE | AUXILIARY | RELATIVE | CONJUNCTION | ADVERB | RUSSIAN_FUNCTION
#: Heads of descriptions: people, bodies, groups, documents.
_HEADS = ROLE | ORGANISATION_NOUN | GROUP | DOCUMENT | ORGANISATION_KIND
#: Most phrases are short; a phrase never runs longer than this.
_MAX_PHRASE = 14
#: Nationality and adjective endings that may stand in a title (``Russian``, ``Chinese``).
_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "al", "i", "ian")


def _is_word(tokens: Tokens, i: int) -> bool:
    return tokens.shapes[i] in (LOWER, CAPITALISED, UPPER, OTHER, NUMBER)


def _separated(tokens: Tokens, i: int) -> bool:
    """Whether a line break stands between token ``i - 1`` and token ``i``."""
    gap = tokens.gap(i)
    return "\n" in gap or "\r" in gap


def _name_word(tokens: Tokens, i: int) -> bool:
    """A token that may be part of a name (see :attr:`Tokens.name_word`)."""
    return tokens.name_word[i]


def _title_word(tokens: Tokens, i: int) -> bool:
    """A word that may stand in a title before a name: a lower-case role or title word
    (``presidential aide``) or an honorific (``Ms.``, ``Sen.``)."""
    tag = tokens.tags[i]
    return (bool(tag & (ROLE | TITLE_WORD)) and tokens.shapes[i] == LOWER) or bool(tag & HONORIFIC)


def _demonym(tokens: Tokens, i: int) -> bool:
    """A capitalised word that is no name and no closed-class word: a national or
    party adjective (``French``, ``Israeli``, ``US``) that may lead a title."""
    tag = tokens.tags[i]
    if tokens.shapes[i] not in (CAPITALISED, UPPER) or not tag & NOT_NAME:
        return False
    if tag & CLAUSE:
        return tokens.shapes[i] == UPPER and tokens.keys[i] == "us"  # "US", not "Us"
    return not tag & (
        DETERMINER
        | WEEKDAY
        | MONTH
        | TIME
        | PERSON_PRONOUN
        | IT
        | PREPOSITION
        | CONJUNCTION
        | RELATIVE
        | AUXILIARY
        | ADVERB
    )


def _title_run_end(tokens: Tokens, k: int, limit: int) -> int:
    """Where a lower-case title that leads to a name ends: ``information minister``,
    ``liberal lawmaker``, ``presidential spokesman`` before ``Ignacio Bunye``; ``k`` when
    no title starts at ``k``. Up to three modifiers, then roles or title words."""
    m = k
    while (
        m < limit
        and m - k < 3
        and tokens.shapes[m] == LOWER
        and not tokens.tags[m] & (_BREAKS | PREPOSITION | DETERMINER | ROLE | TITLE_WORD)
    ):
        m += 1
    if m >= limit or not _title_word(tokens, m):
        return k if m > k else m
    while m < limit and _title_word(tokens, m):
        m += 1
    return m


def _is_head(tokens: Tokens, i: int) -> bool:
    return bool(tokens.tags[i] & _HEADS)


def _modifier(tokens: Tokens, i: int) -> bool:
    """A word that may stand inside a description before its head (``senior``,
    ``Russian``, ``54-year-old``, ``embattled``)."""
    shape = tokens.shapes[i]
    if shape == NUMBER:
        return True
    if shape not in (LOWER, CAPITALISED, UPPER, OTHER):
        return False
    tag = tokens.tags[i]
    if tag & DETERMINER:
        return False
    if tag & (_HEADS | TITLE_WORD):
        return True
    return not tag & (_BREAKS | PREPOSITION | TIME)


def split_name(tokens: Tokens, first: int, last: int) -> tuple[int, int]:
    """The name inside the capitalised run ``first..last``: ``(name_first, name_last)``,
    the title words before it left out (``Kremlin Spokesman Dmitry Peskov`` -> ``Dmitry
    Peskov``), or ``(-1, -1)`` when the run is only a title.

    A run holding ``of`` after a person's name is that person and where they are from
    (``Tom Wolzien of Sanford C. Bernstein``); before it, an office's name
    (``Governor of the Bank of England Andrew Bailey``).
    """
    tags, keys = tokens.tags, tokens.keys
    end = last
    # "Tom Wolzien of Sanford C. Bernstein": a person's name before "of"
    for k in range(first + 2, last):
        if keys[k] == "of" and not tags[k - 1] & (ROLE | ORGANISATION_WORD | TITLE_WORD):
            if _person_like(tokens, first, k - 1):
                return first, k - 1
            break
    if first == last and tags[last] & SURNAME_LIKE_ROLE and tokens.shapes[last] == CAPITALISED:
        return first, last  # "King says": a role noun alone, capitalised, is a surname
    start = end + 1
    while start - 1 >= first:
        k = start - 1
        tag = tags[k]
        if tag & (ROLE | HONORIFIC) or (tag & TITLE_WORD and tokens.shapes[k] == LOWER):
            if start == end + 1 and tag & SURNAME_LIKE_ROLE and k > first:
                start = k  # "Julie Bishop", "Martin Luther King"
                continue
            break
        if "-" in keys[k] and tags_head(keys[k]) & ROLE:
            break  # "Secretary-General", "Vice-President"
        if not (tokens.is_name(k) or keys[k] in _PARTICLES):
            break
        if keys[k] in ("of", "for", "the", "and", "&"):
            break
        start = k
    while start <= end and keys[start] in _PARTICLES:
        start += 1
    if start > end:
        return -1, -1
    # "Пресс-секретарь президента РФ Дмитрий Песков", "сообщил ТАСС Валерий Карпенко":
    # a Russian name opens with the given name; the words before it in the run are a
    # body in the genitive, an agency or a platform
    given = next((k for k in range(start + 1, end) if tags[k] & RUSSIAN_GIVEN_NAME), None)
    if given is not None:
        start = given
    if (
        start > first
        and not any(tags[k] & (ROLE | HONORIFIC) for k in range(first, start))
        and any(tags[k] & ORGANISATION_WORD for k in range(first, start))
    ):
        return first, end  # "University of Georgia", "Centers for Disease Control"
    if (
        end - start >= 2
        and start > first
        and keys[start - 1] in ("of", "for", "the", "and", "to")
        and not any(keys[k] in _PARTICLES for k in range(start, end + 1))
        and _person_like(tokens, end - 1, end)
    ):
        # "Governor of the Bank of England Andrew Bailey": the office's name ends the
        # title; a given name and a surname follow it.
        start = end - 1
    return start, end


def tags_head(key: str) -> int:
    """The tags of the first part of a hyphenated word (``secretary`` of ``secretary-general``)."""
    from wirecopy._lexicon import LEXICON

    return LEXICON.get(key.split("-", 1)[0], 0)


def _person_like(tokens: Tokens, first: int, last: int) -> bool:
    """Two to five name words, none of them an organisation, place or role word."""
    if not 1 <= last - first <= 4:
        return False
    for k in range(first, last + 1):
        tag = tokens.tags[k]
        if tag & (ORGANISATION_WORD | PLACE_WORD | TITLE_WORD) or (
            tag & ROLE and not tag & SURNAME_LIKE_ROLE
        ):
            return False  # "Federal Reserve", "Royal Navy": not a person's name
        if tokens.keys[k].endswith(("-based", "-born", "-led", "-owned", "-backed")):
            return False  # "California-based Napster"
        if tokens.shapes[k] == UPPER and "." not in tokens.words[k] and not tokens.no_case:
            return False
        if not tokens.is_name(k) and tokens.keys[k] not in _PARTICLES:
            return False
    return True


# --- reading leftwards: the phrase that ends at a token ---------------------------------


def phrase_before(tokens: Tokens, end: int, lo: int) -> Phrase | None:
    """The noun phrase ending at token ``end``, reading no further left than ``lo``.

    Example:
        >>> from wirecopy._model import Span
        >>> t = Tokens.of("Officials said a spokesman for the ministry said", [Span(0, 48)], [])
        >>> p = phrase_before(t, 6, 0)
        >>> t.slice(p.first, p.last), p.kind
        ('a spokesman for the ministry', 'description')
    """
    if end < lo or not _is_word(tokens, end):
        return None
    keys, tags = tokens.keys, tokens.tags
    if keys[end] in SUBJECT_PRONOUNS and tags[end] & (PERSON_PRONOUN | IT):
        return Phrase(end, end, PRONOUN)
    if tokens.no_case:
        return _caps_phrase_before(tokens, end, lo)
    if _name_word(tokens, end) and not _common_noun_at_start(tokens, end, lo):
        phrase = _name_phrase_before(tokens, end, lo)
    else:
        phrase = _description_before(tokens, end, lo)
    if phrase is None:
        return None
    return _attached(tokens, phrase, lo)


def _common_noun_at_start(tokens: Tokens, i: int, lo: int) -> bool:
    """``Officials said``, ``Police said``: a common noun capitalised only because it
    opens the sentence."""
    if tokens.shapes[i] != CAPITALISED or not tokens.tags[i] & _HEADS:
        return False
    if tokens.tags[i] & SURNAME_LIKE_ROLE:
        return False  # "King says": a surname
    if tokens.tags[i] & ORGANISATION_WORD and i > lo and tokens.is_name(i - 1):
        return False  # "the Foreign Ministry"
    return i == lo or tokens.sentence_bounds(i)[0] == i or not _is_word(tokens, i - 1)


def _name_phrase_before(tokens: Tokens, end: int, lo: int) -> Phrase | None:
    keys, tags = tokens.keys, tokens.tags
    start = end
    while start - 1 >= lo and start - 1 > end - _MAX_PHRASE and not _separated(tokens, start):
        k = start - 1
        if _name_word(tokens, k) and not (k in tokens.possessive and k != start - 1):
            if k in tokens.possessive and k < end:
                # "Russia's Foreign Ministry" keeps its owner; "Kerry's aide Smith" too
                start = k
                continue
            start = k
            continue
        if (
            keys[k] in _NAME_GLUE
            and k - 1 >= lo
            and _name_word(tokens, k - 1)
            and not _separated(tokens, k)
        ):
            start = k - 1
            continue
        if keys[k] in _PARTICLES:
            # "Ursula von der Leyen", "Charles de la Vega": particles run together
            m = k
            while m - 1 >= lo and keys[m - 1] in _PARTICLES:
                m -= 1
            if m - 1 >= lo and _name_word(tokens, m - 1) and not _separated(tokens, m):
                start = m - 1
                continue
        break
    # the title before the run: lower-case title words and roles, a determiner
    while start - 1 >= lo and not _separated(tokens, start):
        k = start - 1
        if _title_word(tokens, k) or (
            tokens.shapes[k] == LOWER
            and keys[k].endswith(_ADJECTIVE_ENDINGS)
            and not tags[k] & _BREAKS
            and k - 1 >= lo
            and (tags[k - 1] & DETERMINER or _title_word(tokens, k - 1))
        ):
            start = k
            continue
        if _name_word(tokens, k) and (k in tokens.possessive or tags[start] & (ROLE | TITLE_WORD)):
            start = k  # "Russia's foreign minister", "Kremlin aide"
            continue
        if _demonym(tokens, k) and k - 1 >= lo and keys[k - 1] in ("the", "a", "an"):
            start = k  # "the Russian Foreign Ministry", "the Israeli army"
            continue
        break
    if start - 1 >= lo and tags[start - 1] & DETERMINER and keys[start - 1] in ("the", "a", "an"):
        start -= 1
    while start < end and keys[start] in _NAME_GLUE and keys[start] not in ("the", "al", "el"):
        start += 1
    while start < end and tags[start] & NOT_NAME and not tags[start] & (ROLE | TITLE_WORD):
        if keys[start] in ("the", "a", "an") and (
            not tags[start + 1] & NOT_NAME or _demonym(tokens, start + 1)
        ):
            break
        if _demonym(tokens, start) and start > lo and keys[start - 1] in ("the", "a", "an"):
            break
        start += 1
    name_first, name_last = split_name(tokens, start, end)
    if name_first < 0:
        # only a title: "the Kremlin spokesman" reads as a description
        return Phrase(start, end, DESCRIPTION)
    return Phrase(start, end, NAME, name_first, name_last)


def _description_before(tokens: Tokens, end: int, lo: int) -> Phrase | None:
    """``the Russian foreign minister``, ``a senior official``, ``Western diplomats``."""
    keys, tags, shapes = tokens.keys, tokens.tags, tokens.shapes
    if not _modifier(tokens, end) or (shapes[end] == NUMBER and not keys[end].endswith("-old")):
        return None  # "the 98-year-old" is a description; "2008" is none
    head_tag = tags[end]
    start = end
    capitalised = False
    while start - 1 >= lo and end - start < 8 and not _separated(tokens, start):
        k = start - 1
        if tags[k] & DETERMINER:
            return Phrase(k, end, DESCRIPTION)
        if k in tokens.possessive and _is_word(tokens, k):
            # "the ministry's spokesman", "Russia's foreign ministry": the owner leads
            owner = phrase_before(tokens, k, lo) if not tags[k] & PERSON_PRONOUN else None
            first = owner.first if owner is not None else k
            return Phrase(first, end, DESCRIPTION)
        if keys[k] in ("his", "her", "its", "their", "our"):
            return Phrase(k, end, DESCRIPTION)
        if not _modifier(tokens, k):
            break
        if shapes[k] in (CAPITALISED, UPPER):
            capitalised = True
        start = k
    # No determiner: a bare plural or a body (officials, Western diplomats, police)
    if head_tag & _HEADS and (
        keys[end].endswith("s") or head_tag & (ORGANISATION_NOUN | GROUP) or capitalised
    ):
        while start < end and shapes[start] == LOWER and not tags[start] & (_HEADS | TITLE_WORD):
            if keys[start].endswith(("ed", "ing")):
                start += 1
                continue
            break
        return Phrase(start, end, DESCRIPTION)
    return None


def _attached(tokens: Tokens, phrase: Phrase, lo: int) -> Phrase:
    """A phrase that completes a description before it through a preposition: ``a
    spokesman for`` + ``the ministry``, ``an aide to`` + ``President Putin``, ``people
    familiar with`` + ``the matter``, ``Analysts at`` + ``Capital Economics``."""
    keys, tags = tokens.keys, tokens.tags
    for _ in range(3):
        link = phrase.first - 1
        if link - 1 < lo or keys[link] not in _ATTACHING or _separated(tokens, phrase.first):
            return phrase
        owner_end = link - 1
        knowing = keys[owner_end] in _KNOWING
        if knowing:
            owner_end -= 1
            if owner_end < lo:
                return phrase
        if not tags[owner_end] & (ROLE | GROUP | ORGANISATION_NOUN) and not knowing:
            return phrase
        if phrase.kind == NAME and keys[link] == "of" and not tags[owner_end] & ROLE:
            return phrase  # "the capital of Russia"
        if phrase.kind == NAME and keys[link] in ("in", "from", "at") and tags[owner_end] & ROLE:
            # "a diplomat in Moscow", "analysts at Capital Economics": the description
            pass
        owner = (
            _description_before(tokens, owner_end, lo)
            if not _name_word(tokens, owner_end) or _common_noun_at_start(tokens, owner_end, lo)
            else None
        )
        if owner is None:
            if (tags[owner_end] & ROLE and (tokens.shapes[owner_end] == LOWER or knowing)) or (
                knowing and tokens.shapes[owner_end] in (LOWER, CAPITALISED)
            ):
                # "people familiar with the matter": whoever knows is the source
                owner = Phrase(owner_end, owner_end, DESCRIPTION)
            else:
                return phrase
        phrase = Phrase(owner.first, phrase.last, DESCRIPTION)
    return phrase


def _caps_phrase_before(tokens: Tokens, end: int, lo: int) -> Phrase | None:
    """In copy without case cues: the run of words before a cue that no closed-class
    word breaks (``FOREIGN MINISTER ROBERTO ROBAINA``, ``THE MINISTER``)."""
    keys, tags = tokens.keys, tokens.tags
    if tags[end] & (_BREAKS | PREPOSITION | DETERMINER) and not tags[end] & (_HEADS | TITLE_WORD):
        return None
    start = end
    while start - 1 >= lo and end - start < 8 and not _separated(tokens, start):
        k = start - 1
        if not _is_word(tokens, k):
            break
        tag = tags[k]
        if tag & DETERMINER:
            start = k
            break
        if keys[k] in ("of", "for", "and") and k - 1 >= lo and _is_word(tokens, k - 1):
            if tags[k - 1] & (ROLE | TITLE_WORD | ORGANISATION_WORD | ORGANISATION_NOUN):
                start = k - 1  # "MINISTER OF FOREIGN AFFAIRS", "HEAD OF THE ..."
                continue
            break
        if tag & (_BREAKS | PREPOSITION | TIME) and not tag & (_HEADS | TITLE_WORD):
            break
        if tag & RUSSIAN_ADDRESSEE:
            break
        start = k
    if tags[start] & DETERMINER:
        if start == end:
            return None
        return _attached(tokens, Phrase(start, end, DESCRIPTION), lo)
    name_first, name_last = split_name(tokens, start, end)
    if name_first < 0 or (tags[name_last] & (_HEADS | TITLE_WORD) and name_first == name_last):
        if tags[end] & _HEADS:
            return _attached(tokens, Phrase(start, end, DESCRIPTION), lo)
        return None
    return Phrase(start, end, NAME, name_first, name_last)


#: Words between a subject and its cue: ``Bush on Tuesday said``, ``X also said``,
#: ``X had told``, ``X, however, said``.
def _skip_fillers(tokens: Tokens, j: int, lo: int) -> int:
    keys, tags, shapes = tokens.keys, tokens.tags, tokens.shapes
    while j >= lo:
        key = keys[j]
        tag = tags[j]
        if (
            tag & (ADVERB | AUXILIARY)
            and shapes[j] in (LOWER, UPPER)
            and key
            not in (
                "will",
                "may",
            )
        ):
            j -= 1
            continue
        if (
            shapes[j] == LOWER
            and key.endswith("ly")
            and len(key) > 4
            and not (j > lo and tags[j - 1] & DETERMINER)  # "the daily"
        ):
            j -= 1
            continue
        if tokens.no_case and key.endswith("ly") and len(key) > 5 and tag == 0:
            j -= 1
            continue
        if tag & (WEEKDAY | TIME) and not tag & MONTH:
            j -= 1
            if j >= lo and keys[j] in ("on", "last", "this", "late", "early", "next", "in"):
                j -= 1
            continue
        if tag & MONTH and j > lo and keys[j - 1] in ("in", "last", "early", "late"):
            j -= 2
            continue
        if key in _CONNECTIVES and shapes[j] == LOWER:
            j -= 1  # "Carter however said"
            continue
        if key in ("earlier", "later") and j > lo:
            j -= 1
            continue
        if key in _FILLER_NOUNS and shapes[j] == LOWER and j - 1 > lo:
            # "Beck, who has in the past described", "Trump at the time said", "the
            # ministry in a statement said": a setting between the subject and its verb
            k = j - 1
            if keys[k] in _FILLER_DETERMINERS:
                k -= 1
            if k > lo and keys[k] in ("in", "at", "on", "during"):
                j = k - 1
                continue
        break
    return j


#: Nouns of a short setting that may stand between a subject and its verb.
_FILLER_NOUNS = frozenset(
    {
        "past",
        "time",
        "end",
        "moment",
        "statement",
        "interview",
        "speech",
        "letter",
        "email",
        "tweet",
        "post",
        "briefing",
        "release",
    }
)
_FILLER_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "that"})


#: Connectives that may stand between a subject and its verb.
_CONNECTIVES = frozenset(
    {
        "however",
        "meanwhile",
        "though",
        "too",
        "instead",
        "therefore",
        "nonetheless",
        "nevertheless",
        "indeed",
        "now",
        "then",
        "finally",
    }
)


def subject_before(tokens: Tokens, cue_first: int, lo: int) -> Phrase | None:
    """The subject of the cue at ``cue_first``: the phrase before it, past the words
    that may stand between (``also``, ``on Tuesday``, ``had``), an appositive (``X,
    chairman of Y, said``), a relative clause (``X, who asked not to be named, said``),
    an age (``X, 45, said``) or a gloss in brackets (``SAIC (600104.SS) said``).

    Example:
        >>> from wirecopy._model import Span
        >>> t = Tokens.of("Miyako Fuji, 20, one of the organisers, told", [Span(0, 44)], [])
        >>> p = subject_before(t, 10, 0)
        >>> t.slice(p.first, p.last)
        'Miyako Fuji'
    """
    keys = tokens.keys
    j = _skip_fillers(tokens, cue_first - 1, lo)
    if j < lo:
        return None
    relative = -1
    if keys[j] in ("who", "which") and j - 1 > lo and keys[j - 1] == ",":
        # "Imam X, who last week threatened ...": the antecedent of the relative clause
        relative = j
        j -= 2
    apposition: tuple[int, int] | None = None
    for _ in range(4):
        if j < lo:
            return None
        if keys[j] == ")" or tokens.words[j] == GLOSS:
            # "SAIC (600104.SS) said", "Rep. Elijah Cummings (D-Md.), chair of ..., said"
            k = j
            if keys[j] == ")":
                while k > lo and keys[k] != "(" and j - k < 8:
                    k -= 1
            if k <= lo:
                return None
            j = _skip_fillers(tokens, k - 1, lo)
            continue
        if keys[j] not in (",", "—", "–", "-") or j - 1 < lo:
            break
        # an appositive, a relative clause or an age between commas
        k = j - 1
        while k >= lo and keys[k] not in (",", "—", "–", "(") and j - k < 30:
            if tokens.words[k] == QUOTE:
                return None
            if keys[k] == ")":
                # "a Scottish National Party (SNP) member": a gloss inside the appositive
                while k > lo and keys[k] != "(" and j - k < 30:
                    k -= 1
            k -= 1
        if k < lo and j - 1 >= lo and keys[j] == ",":
            # "Harvey Tepner at WL Ross & Co LLC, told Reuters": a stray comma between
            # the subject that opens the sentence and its verb
            stray = phrase_before(tokens, j - 1, lo)
            if (
                stray is not None
                and stray.first - 2 >= lo
                and keys[stray.first - 1] in ("at", "of", "from")
            ):
                # "Harvey Tepner at WL Ross & Co LLC,": the person, then where from
                stray = phrase_before(tokens, stray.first - 2, lo)
            if stray is not None and stray.first == lo and stray.kind == NAME:
                return stray
            return None
        if k < lo or keys[k] not in (",", "—", "–") or k == j - 1:
            return None
        inner_first, inner_last = k + 1, j - 1
        if not _is_appositive(tokens, inner_first, inner_last):
            named = _name_in_apposition(tokens, k, inner_first, inner_last, lo)
            if named is not None:
                return named
            return None
        if apposition is None:
            apposition = (inner_first, inner_last)
        j = k - 1
        m = k - 1
        while m >= lo and keys[m] not in (",", "—", "–") and k - m < 12:
            m -= 1
        if (
            m > lo
            and keys[m] == ","
            and m + 1 <= k - 1
            and all(tokens.shapes[x] == NUMBER for x in range(m + 1, k))
        ):
            j = k  # an age before it: "Miyako Fuji, 20, one of the organisers, told"
    if j < lo:
        return None
    phrase = phrase_before(tokens, j, lo)
    if phrase is not None and apposition is None:
        modified = _participle_modified(tokens, phrase.first, lo)
        if modified is not None:
            return modified
    if phrase is not None and phrase.kind == NAME:
        phrase = _joined(tokens, phrase, lo)
    if phrase is None:
        return None
    if apposition is not None:
        phrase = phrase._replace(apposition=apposition)
    if relative >= 0:
        phrase = phrase._replace(relative=relative)
    return phrase


def _joined(tokens: Tokens, phrase: Phrase, lo: int) -> Phrase:
    """``Putin and Erdogan said``, ``James Stewart, Jim Sarantinos and Ryan Eagle of
    Ferrier Hodgson said``: names joined by ``and`` (and commas) that open the clause
    speak together; ``both`` before them is no part of the source. Names joined inside
    a clause (``Sato met officials in Washington and Tai said``) are not joined: every
    conjunct must be a name, back to the clause's start."""
    keys = tokens.keys
    first = phrase.first
    last_first, last_last = phrase.name_first, phrase.name_last
    inner = next((k for k in range(phrase.last - 1, first, -1) if keys[k] == "and"), None)
    if inner is not None and _name_word(tokens, inner - 1) and _name_word(tokens, inner + 1):
        # "Putin and Erdogan" read as one run of name words
        start = name_first = split_name(tokens, first, inner - 1)[0]
        last_first, last_last = split_name(tokens, inner + 1, phrase.last)
        if start < 0 or last_first < 0:
            return phrase
        start = first
    elif first - 1 > lo and keys[first - 1] == "and":
        j = first - 2
        if keys[j] == ",":
            j -= 1
        before = phrase_before(tokens, j, lo)
        if before is None or before.kind != NAME:
            return phrase
        start, name_first = before.first, before.name_first
    else:
        return phrase
    # more names before, each after a comma: "James Stewart, Jim Sarantinos and ..."
    j = start - 1
    while j - 1 >= lo and keys[j] == ",":
        before = phrase_before(tokens, j - 1, lo)
        if before is None or before.kind != NAME:
            break
        start, name_first = before.first, before.name_first
        j = start - 1
    opener = start - 1
    if opener >= lo and keys[opener] == "both":
        opener -= 1
    if opener >= lo and _is_word(tokens, opener) and tokens.words[opener] != QUOTE:
        return phrase  # the names stand inside a clause: not a joint subject
    if keys[start] == "both":
        start += 1  # "Both Putin and Erdogan said"
        name_first = max(name_first, start)
    return Phrase(start, phrase.last, NAME, name_first, last_last, None, -1, True)


def _participle_modified(tokens: Tokens, first: int, lo: int) -> Phrase | None:
    """``Six political factions falling under the umbrella of the PLO also said``: when
    the phrase before a cue ends a participle's phrase, the subject is the phrase the
    participle modifies, opening the clause."""
    keys, tags = tokens.keys, tokens.tags
    for k in range(first - 1, max(lo, first - 8) - 1, -1):
        key = keys[k]
        if tokens.shapes[k] != LOWER or tags[k] & (_BREAKS & ~ADVERB):
            if not tags[k] & (DETERMINER | PREPOSITION) and not _modifier(tokens, k):
                return None
            continue
        if (
            key.endswith("ing")
            and len(key) > 5
            and not tags[k] & (CUE | TITLE_WORD)
            and k - 1 >= lo
        ):
            owner = phrase_before(tokens, k - 1, lo)
            if (
                owner is not None
                and owner.kind != PRONOUN
                and (owner.first == lo or not _is_word(tokens, owner.first - 1))
            ):
                return owner
            return None
    return None


def _name_in_apposition(
    tokens: Tokens, comma: int, first: int, last: int, lo: int
) -> Phrase | None:
    """``His information minister, Nabil Amr, welcomed ...``: a person's name between
    commas after a description is the subject, the description its title; so is a
    body's name after a description of a body (``The North's ruling party newspaper,
    Rodong Sinmun, indicated``)."""
    if comma - 1 < lo:
        return None
    if all(_name_word(tokens, k) for k in range(first, last + 1)):
        owner = phrase_before(tokens, comma - 1, lo)
        if (
            owner is not None
            and owner.kind == DESCRIPTION
            and tokens.tags[owner.last] & (ORGANISATION_NOUN | ORGANISATION_KIND | GROUP | DOCUMENT)
        ):
            return Phrase(first, last, NAME, first, last, (owner.first, owner.last))
    if not _person_like(tokens, first, last):
        joined = [k for k in range(first, last + 1) if tokens.keys[k] == "and"]
        if len(joined) != 1 or not (
            _person_like(tokens, first, joined[0] - 1) and _person_like(tokens, joined[0] + 1, last)
        ):
            return None  # not "Two military analysts, Patrick Megahan and Chris Harman,"
    owner = phrase_before(tokens, comma - 1, lo)
    if owner is None or owner.kind != DESCRIPTION or not tokens.tags[owner.last] & ROLE:
        return None
    return Phrase(first, last, NAME, first, last, (owner.first, owner.last))


def _is_appositive(tokens: Tokens, first: int, last: int) -> bool:
    """Whether ``first..last`` (between commas) describes the phrase before it: a
    relative clause (``who asked not to be named``), an age, a role (``chairman of the
    committee``, ``a spokeswoman for ...``), a party and state (``D-N.Y.``), a participle
    (``speaking on condition of anonymity``)."""
    keys, tags, shapes = tokens.keys, tokens.tags, tokens.shapes
    key = keys[first]
    if tags[first] & RELATIVE and key in ("who", "which", "whose", "whom"):
        return True
    if all(shapes[k] == NUMBER for k in range(first, last + 1)):
        return True
    if first == last and "-" in tokens.words[first] and tokens.words[first][:2] in ("D-", "R-"):
        return True
    if (
        last - first <= 2
        and all(tags[k] & (ADVERB | CLAUSE) for k in range(first, last + 1))
        and not tags[first] & (CONJUNCTION | RELATIVE)
    ):
        return True  # "Hunter, meanwhile, told", "X, however, said"
    if tags[first] & ADVERB and first < last and tags[first + 1] & (DETERMINER | ROLE):
        return True  # "Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called"
    if tags[first] & CONJUNCTION or key in SUBJECT_PRONOUNS:
        return False
    if tags[first] & DETERMINER or tags[first] & (ROLE | TITLE_WORD):
        return True
    if tags[first] & PREPOSITION and last - first <= 20:
        # "Trump, in Kentucky, said", "Huckabee, for his part, is labeling", "Mrs.
        # Clinton, in response to Mr. Trump's use of ..., accused him"
        return True
    if (
        shapes[first] == LOWER
        and key.endswith("ed")
        and len(key) > 4
        and first < last
        and (tags[first + 1] & PREPOSITION or tags[first + 1] & ADVERB)
    ):
        return True  # "Mr. Trump, asked about the deaths of journalists, had said"
    owner = next((k for k in range(first, min(last, first + 4)) if k in tokens.possessive), None)
    if owner is not None and any(
        tags[k] & (ROLE | ORGANISATION_NOUN | ORGANISATION_KIND) for k in range(owner + 1, last + 1)
    ):
        # "Jenna Golden, Twitter's director of political advertising, said", "Tina
        # Tchen, Mrs. Obama's chief of staff, said"
        return True
    if shapes[first] == LOWER and key.endswith("ing") and len(key) > 5:
        return True
    if tokens.no_case:
        # "THE URNG, MADE UP OF FOUR REBEL GROUPS ..., SAID": a participle, by its ending
        return (
            key.endswith(("ed", "ing", "de"))
            and len(key) > 3
            and not tags[first]
            & (DETERMINER | PREPOSITION | CONJUNCTION | RELATIVE | PERSON_PRONOUN)
        )
    # "Sarah Kettering, MP for Leeds North East, said"
    return shapes[first] == LOWER and not tags[first] & (_BREAKS | PREPOSITION)


# --- reading rightwards: the source after an inverted cue -------------------------------


def phrase_after(
    tokens: Tokens, start: int, hi: int, *, source_first: bool = False, after_verb: bool = False
) -> Phrase | None:
    """The noun phrase that starts at token ``start``, reading no further than ``hi``
    (exclusive): ``said Kosachev, chairman of ...`` -> ``Kosachev``; ``said a spokesman
    for the ministry on Tuesday`` -> ``a spokesman for the ministry``.

    With ``source_first`` (after ``according to``), an object pronoun is the source too
    (``according to him``); with ``after_verb`` (after an inverted cue), a pronoun is the
    source only at the clause's end (``said he.``), else the verb's object (``hailed it
    as``).

    Example:
        >>> from wirecopy._model import Span
        >>> t = Tokens.of("said Urawa head coach Oswaldo Oliveira on Sunday.", [Span(0, 50)], [])
        >>> p = phrase_after(t, 1, len(t))
        >>> t.slice(p.first, p.last), t.slice(p.name_first, p.name_last)
        ('Urawa head coach Oswaldo Oliveira', 'Oswaldo Oliveira')
    """
    if start >= hi or not _is_word(tokens, start):
        return None
    keys, tags = tokens.keys, tokens.tags
    key = keys[start]
    if tags[start] & PERSON_PRONOUN or tags[start] & IT:
        if source_first and key in ("him", "her", "them", "it", "he", "she", "they"):
            return Phrase(start, start, PRONOUN)  # "according to him"
        if key in SUBJECT_PRONOUNS and (
            not after_verb
            or (
                key != "it"
                and (not key.isascii() or start + 1 >= hi or not _is_word(tokens, start + 1))
            )
        ):
            return Phrase(start, start, PRONOUN)  # "He said", "— сказал он", '"...," said he.'
        return None  # after a verb, "hailed it as", "told them": an object
    if tokens.no_case:
        return _caps_phrase_after(tokens, start, hi)
    if _demonym(tokens, start) and start + 1 < hi:
        # "French President Emmanuel Macron", "Israeli government spokesman Avi Pazner",
        # "US Senator Jeff Sessions", "Russian officials": a national adjective leads
        rest = phrase_after(tokens, start + 1, hi)
        if rest is not None and rest.kind != PRONOUN:
            return Phrase(
                start, rest.last, rest.kind, rest.name_first, rest.name_last, rest.apposition
            )
    end = start
    limit = min(hi, start + _MAX_PHRASE)
    if tags[start] & DETERMINER or (start in tokens.possessive and not _name_word(tokens, start)):
        return _description_after(tokens, start, hi)
    # a name run, perhaps after lower-case title words ("presidential spokesman Ignacio Bunye")
    if keys[start] in _QUANTITIES and start + 2 < hi and keys[start + 1] == "of":
        # "thousands of mourners", "hundreds of protesters": the crowd is the source
        inner = _description_after(tokens, start + 2, hi)
        if inner is not None:
            return Phrase(start, inner.last, DESCRIPTION)
    k = _title_run_end(tokens, start, limit)
    if k == start and not _name_word(tokens, k):
        if tags[k] & _HEADS and tokens.shapes[k] == LOWER:
            return _description_after(tokens, start, hi)  # "said officials", "said police"
        return None
    if k >= limit or not _name_word(tokens, k):
        if k > start and tags[k - 1] & _HEADS:
            return _description_after(tokens, start, hi)
        return None
    end = k
    while end + 1 < limit and not _separated(tokens, end + 1):
        n = end + 1
        if _name_word(tokens, n) and not (tags[n] & (WEEKDAY | MONTH) and n > start):
            end = n
            if n in tokens.possessive:
                break
            continue
        if (
            keys[n] in _NAME_GLUE
            and keys[n] != "the"
            and n + 1 < limit
            and _name_word(tokens, n + 1)
            and keys[n] not in ("of", "and")
        ):
            end = n + 1
            continue
        if (
            keys[n] in ("of", "and", "&")
            and n + 1 < limit
            and _name_word(tokens, n + 1)
            and (tags[end] & (ORGANISATION_WORD | ROLE | TITLE_WORD) or keys[n] == "&")
        ):
            end = n + 1  # "Minister of Trade", "Ministry of Foreign Affairs"
            continue
        if tokens.shapes[n] == LOWER and not tags[n] & (_BREAKS | PREPOSITION | DETERMINER):
            # "Urawa head coach Oswaldo Oliveira", "EU foreign policy supremo Javier
            # Solana": a title after a body's name, then a person's name
            m = n
            while (
                m < limit
                and m - n < 3
                and tokens.shapes[m] == LOWER
                and not tags[m] & (_BREAKS | PREPOSITION | DETERMINER)
            ):
                m += 1
            if (
                m + 1 < limit
                and _name_word(tokens, m)
                and _name_word(tokens, m + 1)
                and (any(tags[x] & (ROLE | TITLE_WORD) for x in range(n, m)) or tags[m] & HONORIFIC)
            ):
                end = m  # a title holds a role; "Lavrov met John Kerry" has none
                continue
            if (
                m < limit
                and _name_word(tokens, m)
                and any(_title_word(tokens, x) for x in range(n, m))
            ):
                end = m
                continue
            if tags[m - 1] & ROLE and keys[m - 1].endswith("s"):
                end = m - 1  # "said U.S. officials"
                return Phrase(start, end, DESCRIPTION)
        break
    if end in tokens.possessive:
        # "said Russia's foreign minister Sergei Lavrov": the owner leads a title
        m = end + 1
        while m < limit and (
            _title_word(tokens, m) or (tokens.shapes[m] == LOWER and not tags[m] & _BREAKS)
        ):
            m += 1
            if _name_word(tokens, m) if m < limit else False:
                rest = phrase_after(tokens, m, hi)
                if rest is not None and rest.kind == NAME:
                    return Phrase(start, rest.last, NAME, rest.name_first, rest.name_last)
                break
        if m - 1 > end and tags[m - 1] & _HEADS:
            return Phrase(start, m - 1, DESCRIPTION)
    name_first, name_last = split_name(tokens, start, end)
    if name_first < 0:
        return Phrase(start, end, DESCRIPTION) if tags[end] & _HEADS else None
    if (
        name_first > start
        and tags[start] & ROLE
        and tokens.shapes[start] == LOWER
        and not keys[start].isascii()
        and not _person_like(tokens, name_first, name_last)
    ):
        # "представитель МИД России": a role and the body in the genitive, no person
        return Phrase(start, end, DESCRIPTION)
    apposed = _apposed_name(tokens, end, hi)
    if apposed is not None and tags[name_last] & ROLE:
        return Phrase(start, apposed[1], NAME, apposed[0], apposed[1])
    return Phrase(start, end, NAME, name_first, name_last)


def _description_after(tokens: Tokens, start: int, hi: int) -> Phrase | None:
    """``the ministry``, ``a spokesman for the ministry``, ``its chief executive``,
    ``the coach, Didier Laporte`` (a name in apposition)."""
    keys, tags = tokens.keys, tokens.tags
    limit = min(hi, start + _MAX_PHRASE)
    k = start + 1 if tags[start] & DETERMINER or start in tokens.possessive else start
    head = -1
    # a line break before the phrase's own first word is no break inside it
    while k < limit and (k == start or not _separated(tokens, k)):
        if _name_word(tokens, k) and not _common_noun_at_start(tokens, k, start):
            # "a Reuters reporter", "the Kremlin", "its chief executive, Tim Cook"
            head = k
            k += 1
            continue
        if not _modifier(tokens, k):
            break
        if (
            head >= 0
            and (tags[head] & _HEADS or (keys[head].endswith("s") and tokens.shapes[head] == LOWER))
            and tokens.shapes[k] == LOWER
            and keys[k].endswith("ed")
            and "-" not in keys[k]
            and not tags[k] & _HEADS
        ):
            break  # "The paper issued an editorial": the verb after the head noun
        head = k
        k += 1
    if head < 0:
        return None
    # prepositional phrases that belong to the description
    while head + 2 < limit:
        link = head + 1
        if keys[link] in _KNOWING and head + 3 < limit and keys[head + 2] in _ATTACHING:
            link = head + 2
        if (
            keys[link] not in _ATTACHING or not tags[head] & (ROLE | GROUP | ORGANISATION_NOUN)
        ) and keys[head + 1] not in _KNOWING:
            break
        if tags[link + 1] & TIME or (
            keys[link] in ("on", "in", "at")
            and tags[link + 1] & DETERMINER
            and keys[link + 1] == "a"
        ):
            break  # "a spokesman on Tuesday", "the ministry in a statement"
        inner = (
            _description_after(tokens, link + 1, hi)
            if tags[link + 1] & DETERMINER or tokens.shapes[link + 1] == LOWER
            else phrase_after(tokens, link + 1, hi)
        )
        if inner is None:
            break
        head = inner.last
    if tags[start] & DETERMINER and head == start:
        return None
    apposed = _apposed_name(tokens, head, hi)
    if apposed is not None and tags[head] & ROLE:
        return Phrase(start, apposed[1], NAME, apposed[0], apposed[1])
    return Phrase(start, head, DESCRIPTION)


def _apposed_name(tokens: Tokens, end: int, hi: int) -> tuple[int, int] | None:
    """``the coach, Didier Laporte`` / ``one of them, Michael Torres``: two to four name
    words after a comma that end the clause."""
    k = end + 1
    if k + 2 >= hi + 1 or tokens.keys[k] != ",":
        return None
    first = k + 1
    last = first
    while last + 1 < hi and last - first < 3 and _name_word(tokens, last + 1):
        last += 1
    if not _name_word(tokens, first) or last == first or not _person_like(tokens, first, last):
        return None
    after = tokens.keys[last + 1] if last + 1 < len(tokens) else "."
    if after not in (",", ".", ";", "—", "–", "-", "(") and last + 1 < hi:
        return None
    return first, last


def _caps_phrase_after(tokens: Tokens, start: int, hi: int) -> Phrase | None:
    """After a cue in copy without case cues: words to the first closed-class word."""
    keys, tags = tokens.keys, tokens.tags
    limit = min(hi, start + 10)
    end = start
    if tags[start] & DETERMINER:
        end = start + 1
    while end + 1 < limit and _is_word(tokens, end + 1) and not _separated(tokens, end + 1):
        n = end + 1
        tag = tags[n]
        if keys[n] in ("of", "for") and tags[end] & (
            ROLE | TITLE_WORD | ORGANISATION_WORD | ORGANISATION_NOUN
        ):
            end = n
            continue
        if tag & (_BREAKS | PREPOSITION | TIME | RUSSIAN_ADDRESSEE) and not tag & (
            _HEADS | TITLE_WORD
        ):
            break
        if keys[n] in RUSSIAN_MEDIA_NOUNS:
            break  # "цитирует росу агентство рейтер": the medium that quotes follows
        end = n
    while end > start and keys[end] in ("of", "for", "the"):
        end -= 1
    if end >= limit or not _is_word(tokens, end):
        return None
    if tags[start] & DETERMINER:
        return Phrase(start, end, DESCRIPTION) if end > start else None
    if tags[start] & (_BREAKS | PREPOSITION | TIME) and not tags[start] & (_HEADS | TITLE_WORD):
        return None
    name_first, name_last = split_name(tokens, start, end)
    if name_first < 0:
        return Phrase(start, end, DESCRIPTION) if tags[end] & _HEADS else None
    return Phrase(start, end, NAME, name_first, name_last)


# --- the subject that opens a clause ----------------------------------------------------

#: Words that open a setting before a clause's subject (``In Hebron, ...``).
_SETTING_OPENERS = PREPOSITION | TIME | ADVERB


def _opens_setting(tokens: Tokens, start: int, comma: int, lo: int) -> bool:
    """Whether ``start..comma-1`` is a setting before a clause's subject: it opens with a
    preposition, a time word or an adverb (``In Hebron``, ``On Tuesday``, ``Hours
    later``, ``Last week``, ``Hastily politicizing ...``), or a participle at the
    sentence's start (``Speaking to reporters``), and holds no reporting verb."""
    keys, tags = tokens.keys, tokens.tags
    if any(tags[k] & (CUE | AUXILIARY) and tokens.shapes[k] == LOWER for k in range(start, comma)):
        return False
    if any(tokens.words[k] == QUOTE for k in range(start, comma)):
        return False
    if tags[start] & _SETTING_OPENERS or (keys[start].endswith("ing") and start == lo):
        return True
    if keys[start].endswith("ly") and start + 1 < comma and keys[start + 1].endswith("ing"):
        return True  # "Hastily politicizing the tragedy, ..."
    # "Hours later, ...", "Two days earlier, ...": a time phrase of a few words
    return comma - start <= 3 and any(
        tags[k] & TIME or keys[k] in ("later", "earlier", "ago") for k in range(start + 1, comma)
    )


def _past_settings(tokens: Tokens, start: int, at: int, lo: int) -> int:
    """Where a clause's subject may start, past the settings before it (``At a campaign
    event in Ames, Iowa, on Sunday, Mrs. Clinton ...``): a setting, then any more
    comma-bounded pieces that are a place's name or open with a preposition."""
    keys, tags = tokens.keys, tokens.tags
    skipped = False
    for _ in range(4):
        if start >= at:
            break
        comma = next((k for k in range(start, min(at, start + 12)) if keys[k] == ","), None)
        if comma is None:
            break
        if _opens_setting(tokens, start, comma, lo):
            pass
        elif skipped and (
            tags[start] & PREPOSITION or all(_name_word(tokens, k) for k in range(start, comma))
        ):
            pass  # ", Iowa,", ", on Sunday,": more of the setting
        else:
            break
        start = comma + 1
        skipped = True
    return start


def clause_subject(tokens: Tokens, lo: int, at: int) -> Phrase | None:
    """The subject of the clause that holds token ``at``: the phrase that opens it,
    after a setting (``In Hebron, thousands of mourners ...``), in the sentence that
    starts at ``lo``; the last clause opened by ``, and`` or ``, but`` counts.

    Example:
        >>> from wirecopy._model import Span
        >>> t = Tokens.of("In Sochi, Lavrov met Kerry and said", [Span(0, 35)], [])
        >>> p = clause_subject(t, 0, 6)
        >>> t.slice(p.first, p.last)
        'Lavrov'
    """
    keys, tags = tokens.keys, tokens.tags
    start = lo
    for k in range(at - 1, lo - 1, -1):
        if keys[k] in (";", ":") or (
            # a quotation ends a clause when its attribution follows ('"...," X said, adding')
            tokens.words[k] == QUOTE
            and (k == lo or (k + 1 < at and keys[k + 1] in (",", "—", "–")))
        ):
            start = k + 1
            break
        if tags[k] & CONJUNCTION and keys[k - 1] == "," and keys[k] in ("and", "but", "while"):
            phrase = phrase_after(tokens, k + 1, at)
            if phrase is not None:
                return phrase
    start = _past_settings(tokens, start, at, lo)
    while start < at and not _is_word(tokens, start):
        start += 1  # the marks after a quotation: '"...," Kiedis said, mentioning'
    if start < at and tags[start] & PREPOSITION:
        # "At the same meeting Pyongyang confirmed ...": a setting with no comma
        j = start + 1
        while (
            j < at and (tags[j] & DETERMINER or _modifier(tokens, j)) and not _name_word(tokens, j)
        ):
            j += 1
        if start + 1 < j < at and _name_word(tokens, j):
            start = j
    # "Earlier this month the head of the agency said": a time phrase with no comma
    j = start
    while (
        j < at
        and j - start < 4
        and (tags[j] & (TIME | ADVERB) or keys[j] in ("this", "last", "next", "earlier", "later"))
    ):
        j += 1
    if (
        start < j < at
        and any(tags[x] & TIME for x in range(start, j))
        and (tags[j] & DETERMINER or _name_word(tokens, j))
    ):
        start = j
    if start >= at:
        return None
    if (
        tokens.shapes[start] == CAPITALISED
        and tags[start] & _HEADS
        and not tokens.is_name(start + 1)
    ):
        return _description_after(tokens, start, at)
    return phrase_after(tokens, start, at)
