"""One word table for every later stage: a case-folded word -> the set of its tags.

The word lists in :mod:`wirecopy._data` (speech verbs, roles, function words, months,
weekdays, organisation nouns, pronouns, ...) are merged here, once, into one dict of
bit sets, so that the token layer (:mod:`wirecopy._tokens`) tags each word with one
lookup and every stage asks ``tags & ROLE`` instead of keeping a private set.

Example:
    >>> bool(tags_of("minister") & ROLE), bool(tags_of("tuesday") & WEEKDAY)
    (True, True)
    >>> bool(tags_of("said") & CUE), bool(tags_of("said") & ROLE)
    (True, False)
"""

from __future__ import annotations

from wirecopy._data.cues import (
    ADDRESSEE_CUES,
    BASE_FORMS_KEPT,
    NOUN_LIKE_CUES,
    OTHER_SENSE_VERBS,
    PHRASAL_CUES,
    RUSSIAN_ADDRESSEES,
    RUSSIAN_SPEECH_VERBS,
    SPEECH_VERBS,
)
from wirecopy._data.function_words import (
    ADVERBS,
    CLAUSE_WORDS,
    DETERMINERS,
    RUSSIAN_FUNCTION_WORDS,
    TIME_WORDS,
    TITLE_WORDS,
)
from wirecopy._data.months import MONTHS, WEEKDAYS
from wirecopy._data.names import (
    NOT_NAME_WORDS,
    ORGANISATION_WORDS,
    PLACE_LEADING_WORDS,
    PLACE_WORDS,
    RUSSIAN_GIVEN_NAMES,
    SURNAMES_LIKE_ROLES,
)
from wirecopy._data.titles import (
    DOCUMENT_NOUNS,
    FEMALE_GIVEN_NAMES,
    GROUP_NOUNS,
    HONORIFICS,
    ORGANISATION_KIND_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
)

__all__ = ["LEXICON", "tags_of"]

# --- the tags: one bit each --------------------------------------------------------------
DETERMINER = 1 << 0
"""Opens a description: ``the``, ``a``, ``his``, ``several``."""
PERSON_PRONOUN = 1 << 1
"""``he``, ``she``, ``they``, ``i``, ``we`` and their object forms; ``он``, ``она``."""
IT = 1 << 2
"""``it``: a body or a thing, never a person."""
RELATIVE = 1 << 3
"""``who``, ``which``, ``that``, ``whom``, ``whose``: a relative clause opens."""
CONJUNCTION = 1 << 4
"""``and``, ``but``, ``or``, ``while``, ``whereas``, ``yet``."""
PREPOSITION = 1 << 5
"""``of``, ``for``, ``at``, ``from``, ``with``, ``in``, ``on``, ``to``, ``by`` ..."""
AUXILIARY = 1 << 6
"""``has``, ``had``, ``was``, ``would``, ``will``, ``did`` ... (between a subject and its verb)."""
ADVERB = 1 << 7
"""Adverbs that stand between a subject and its verb (``also``, ``later``)."""
TIME = 1 << 8
"""Time words: ``today``, ``morning``, ``week``, and every weekday and month."""
MONTH = 1 << 9
"""A month's name or abbreviation, English or Russian."""
WEEKDAY = 1 << 10
"""A weekday's name or abbreviation, English or Russian."""
CLAUSE = 1 << 11
"""Closed-class and common verb words: never part of a speaker's name."""
TITLE_WORD = 1 << 12
"""Lower-case words inside a title before a name (``presidential``, ``foreign``)."""
ROLE = 1 << 13
"""A person's role (``minister``, ``spokesman``, ``источник``), singular or plural."""
HONORIFIC = 1 << 14
"""``Mr.``, ``Dr.``, ``Sen.``, ``Sheikh``: before a name, not part of it."""
ORGANISATION_WORD = 1 << 15
"""A word that makes a capitalised name a body's (``Ministry``, ``Inc``)."""
ORGANISATION_NOUN = 1 << 16
"""The head of a body's description (``the ministry``, ``the company``)."""
ORGANISATION_KIND = 1 << 17
"""A kind of body written before its name (``steelmaker Volkova Steel``)."""
DOCUMENT = 1 << 18
"""A document a source speaks through (``statement``, ``report``)."""
GROUP = 1 << 19
"""A group of people acting as one (``rebels``, ``coalition``)."""
PLACE_WORD = 1 << 20
"""A word that makes a capitalised name a place's (``Island``, ``Province``)."""
PLACE_LEADING = 1 << 21
"""A word that opens a place's name (``North``, ``New``)."""
NOT_NAME = 1 << 22
"""Capitalised words that never start or end a person's name (``The``, ``Monday``)."""
FEMALE_NAME = 1 << 23
"""A given name common for women (a weak cue for ``she``)."""
RUSSIAN_GIVEN_NAME = 1 << 24
"""A common Russian given name (where a name starts in copy without case cues)."""
CUE = 1 << 25
"""The first word of a speech cue form (``said``, ``pointed`` of ``pointed out``)."""
ADDRESSEE_CUE = 1 << 26
"""A cue whose following name is the listener (``told``, ``asked``)."""
NOUN_LIKE_CUE = 1 << 27
"""A cue form that is also a noun (``reports``, ``claims``): a cue only before speech."""
OTHER_SENSE = 1 << 28
"""A speech verb's -ing form with another common sense (``recalling``)."""
RUSSIAN_ADDRESSEE = 1 << 29
"""Whom a Russian cue's news was told to (``журналистам``, ``ТАСС``)."""
RUSSIAN_FUNCTION = 1 << 30
"""Russian prepositions, conjunctions, pronouns and adverbs."""
SURNAME_LIKE_ROLE = 1 << 31
"""A role noun that is also a common surname (``Bishop``, ``King``)."""
BASE_CUE = 1 << 32
"""A speech verb's base form kept as a cue (``say``, ``warn``)."""

#: Auxiliaries and modals (a verb follows them; a subject stands before them).
_AUXILIARY_WORDS = frozenset(
    {
        "had",
        "has",
        "have",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "would",
        "will",
        "could",
        "should",
        "might",
        "must",
        "can",
        "did",
        "does",
        "do",
        "not",
        "never",
    }
)
_PREPOSITIONS = frozenset(
    {
        "of",
        "for",
        "at",
        "from",
        "with",
        "in",
        "on",
        "to",
        "by",
        "into",
        "near",
        "outside",
        "inside",
        "about",
        "after",
        "before",
        "during",
        "under",
        "over",
        "against",
        "across",
        "among",
        "toward",
        "towards",
        "despite",
        "amid",
        "amidst",
        "without",
        "within",
        "behind",
        "beyond",
        "through",
        "throughout",
        "upon",
        "onto",
        "via",
        "between",
        "around",
        "along",
        "alongside",
        "unlike",
        "beneath",
        "above",
        "below",
    }
)
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
_CONJUNCTIONS = frozenset({"and", "but", "or", "while", "whereas", "yet", "nor"})


def _cue_first_words() -> dict[str, int]:
    """The first words of every cue form, with the tags that say how they behave."""
    words: dict[str, int] = {}
    for base, past, third, ing in SPEECH_VERBS:
        for form in (past, third, ing):
            words[form] = words.get(form, 0) | CUE
        if base in BASE_FORMS_KEPT:
            words[base] = words.get(base, 0) | CUE | BASE_CUE
    for phrase in PHRASAL_CUES:
        first = phrase.split()[0]
        words[first] = words.get(first, 0) | CUE
    for form in RUSSIAN_SPEECH_VERBS:
        first = form.split()[0]
        words[first] = words.get(first, 0) | CUE
    return words


def _build() -> dict[str, int]:
    table: dict[str, int] = {}

    def tag(words: object, bit: int) -> None:
        for word in words:  # type: ignore[attr-defined]
            key = str(word).casefold()
            table[key] = table.get(key, 0) | bit

    tag(DETERMINERS, DETERMINER)
    tag((w for w, kind in PERSON_PRONOUNS.items()), PERSON_PRONOUN)
    tag(("it",), IT)
    tag(_RELATIVES, RELATIVE)
    tag(_CONJUNCTIONS, CONJUNCTION)
    tag(_PREPOSITIONS, PREPOSITION)
    tag(_AUXILIARY_WORDS, AUXILIARY)
    tag(ADVERBS, ADVERB)
    tag(TIME_WORDS, TIME)
    for _, spellings in MONTHS:
        tag(spellings, MONTH | TIME)
        tag((s + "." for s in spellings if len(s) <= 4), MONTH | TIME)
    for _, spellings in WEEKDAYS:
        # not the three-letter forms that are words too ("Sun", "Sat", "Wed")
        tag(
            (s for s in spellings if len(s) > 4 or s.casefold() in ("tues", "thur")), WEEKDAY | TIME
        )
    tag(CLAUSE_WORDS, CLAUSE)
    # the closed-class words a title may hold ("Secretary of State") are read as such
    tag(TITLE_WORDS - {"the", "of", "for", "and", "at"}, TITLE_WORD)
    person_roles = ROLE_NOUNS - ORGANISATION_NOUNS - DOCUMENT_NOUNS
    tag(person_roles, ROLE)
    # Plurals: "officials", "analysts", "diplomats" (English roles only).
    tag((r + "s" for r in person_roles if r.isascii() and not r.endswith("s")), ROLE)
    tag(
        (r[:-2] + "men" for r in person_roles if r.endswith("man") and r.isascii()),
        ROLE,
    )
    tag(HONORIFICS, HONORIFIC)
    tag(ORGANISATION_WORDS, ORGANISATION_WORD)
    tag(ORGANISATION_NOUNS - DOCUMENT_NOUNS, ORGANISATION_NOUN)
    tag(ORGANISATION_KIND_NOUNS, ORGANISATION_KIND)
    tag(DOCUMENT_NOUNS, DOCUMENT)
    tag((d + "s" for d in DOCUMENT_NOUNS if not d.endswith("s")), DOCUMENT)
    tag(GROUP_NOUNS, GROUP)
    # and their plurals: "factions", "militias", "coalitions"
    tag((g + "s" for g in GROUP_NOUNS if g.isascii() and not g.endswith("s")), GROUP)
    tag(PLACE_WORDS, PLACE_WORD)
    tag(PLACE_LEADING_WORDS, PLACE_LEADING)
    tag(NOT_NAME_WORDS, NOT_NAME)
    tag(FEMALE_GIVEN_NAMES, FEMALE_NAME)
    tag(RUSSIAN_GIVEN_NAMES, RUSSIAN_GIVEN_NAME)
    tag(RUSSIAN_ADDRESSEES, RUSSIAN_ADDRESSEE)
    tag(RUSSIAN_FUNCTION_WORDS, RUSSIAN_FUNCTION)
    tag(SURNAMES_LIKE_ROLES, SURNAME_LIKE_ROLE)
    for word, bits in _cue_first_words().items():
        table[word] = table.get(word, 0) | bits
    tag(ADDRESSEE_CUES, ADDRESSEE_CUE)
    tag(NOUN_LIKE_CUES, NOUN_LIKE_CUE)
    tag(OTHER_SENSE_VERBS, OTHER_SENSE)
    return table


#: The merged table: case-folded word -> its tags (``0`` for a word with none).
LEXICON: dict[str, int] = _build()


def tags_of(word: str) -> int:
    """The tags of ``word`` (case-folded), ``0`` when the table does not know it.

    Example:
        >>> tags_of("Ministry") & ORGANISATION_WORD != 0
        True
    """
    return LEXICON.get(word.casefold(), 0)
