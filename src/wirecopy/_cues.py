"""Speech cues over the token layer: the verbs and phrases that attribute a quotation.

A cue is a speech verb (``said``, ``told``, ``заявил``), a verb with its particle
(``pointed out``, ``called for``), a phrase (``went on``, ``made clear``) or a
source-first phrase (``according to``, ``in his words``, ``по словам``), all built from
:mod:`wirecopy._data.cues`. :func:`find_cues` reads an article's tokens once; a cue is
a :class:`CueWord` naming its first and last token and how it behaves.

Words that are cue forms but nouns in context are not cues:

- a capitalised form in mixed-case copy (``the United States``, ``Says Who``), unless
  it opens its sentence before a name (``Said Dorothy Poynter, ...``);
- a form that is also a noun (``reports``, ``claims``) after a determiner or not
  followed by speech (``the charges "are a threat"``);
- a base form after an article (``sounded a cautious note``);
- the ``-ing`` form of a verb with another sense after ``be`` (``was recalling its
  ambassador``);
- a past form after ``be`` (``cyanide was found``, ``he was told``): a passive.

Example:
    >>> from wirecopy._model import Span
    >>> from wirecopy._tokens import Tokens
    >>> t = Tokens.of("Ushakov said and pointed out the reports.", [Span(0, 41)], [])
    >>> [(t.slice(c.first, c.last), c.kind) for c in find_cues(t)]
    [('said', 'finite'), ('pointed out', 'finite')]
"""

from __future__ import annotations

from typing import NamedTuple

from wirecopy._data.cues import (
    CUE_PARTICLES,
    PARTICLE_REQUIRED,
    PHRASAL_CUES,
    RUSSIAN_QUOTING_CUES,
    RUSSIAN_SOURCE_FIRST_CUES,
    RUSSIAN_SPEECH_VERBS,
    SOURCE_FIRST_CUES,
    SPEECH_VERBS,
)
from wirecopy._lexicon import (
    AUXILIARY,
    BASE_CUE,
    CUE,
    DETERMINER,
    GROUP,
    NOUN_LIKE_CUE,
    OTHER_SENSE,
    ROLE,
)
from wirecopy._tokens import CAPITALISED, LOWER, QUOTE, UPPER, Tokens

__all__ = [
    "FINITE",
    "IMPERSONAL",
    "PARTICIPLE",
    "QUOTING",
    "SOURCE_FIRST",
    "CueWord",
    "find_cues",
]

FINITE = "finite"
"""``said``, ``told``, ``заявил``: its subject stands before it, or after it inverted."""
PARTICIPLE = "participle"
"""``saying``, ``adding``: its subject is its clause's."""
SOURCE_FIRST = "source-first"
"""``according to``, ``in his words``, ``по словам``: the source follows it."""
QUOTING = "quoting"
"""``quoted X as saying``, ``цитирует X``: the one quoted is the source."""
IMPERSONAL = "impersonal"
"""``говорится``, ``сообщается``: the source is a document or body named after it."""


class CueWord(NamedTuple):
    """A cue in the token layer."""

    first: int
    """Its first token."""
    last: int
    """Its last token (a particle or a phrase's last word)."""
    kind: str
    """How it behaves: :data:`FINITE`, :data:`PARTICIPLE`, :data:`SOURCE_FIRST`,
    :data:`QUOTING` or :data:`IMPERSONAL`."""
    key: str
    """Its first word, case-folded."""


def _tails() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue forms by their first word: the words that must follow it, longest first.

    A verb that needs its particle (``point``) is a cue only with it (``pointed out``);
    an empty tail means the word is a cue alone.
    """
    tails: dict[str, set[tuple[str, ...]]] = {}
    for base, past, third, ing in SPEECH_VERBS:
        forms = (past, third, ing) + ((base,) if base not in PARTICLE_REQUIRED else ())
        for form in forms:
            if base not in PARTICLE_REQUIRED:
                tails.setdefault(form, set()).add(())
    for phrase in (*PHRASAL_CUES, *RUSSIAN_SPEECH_VERBS):
        first, *rest = phrase.casefold().split()
        tails.setdefault(first, set()).add(tuple(rest))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in tails.items()}


def _source_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    phrases: dict[str, set[tuple[str, ...]]] = {}
    for phrase in (*SOURCE_FIRST_CUES, *RUSSIAN_SOURCE_FIRST_CUES):
        first, *rest = phrase.casefold().split()
        phrases.setdefault(first, set()).add(tuple(rest))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()}


_TAILS = _tails()
_SOURCE_FIRST_TAILS = _source_first()
_PARTICLES = frozenset(CUE_PARTICLES)
_QUOTING = frozenset({"quoted", "quotes", "quoting"}) | {p.split()[0] for p in RUSSIAN_QUOTING_CUES}
_IMPERSONAL_RUSSIAN = frozenset({"говорится", "сообщается", "отмечается", "подчеркивается"}) | {
    "подчёркивается",
    "указывается",
}
#: What follows a noun-like cue form when it introduces speech (``reports that``).
_SPEECH_FOLLOWERS = frozenset({":", ",", "that", QUOTE})
#: Texts whose words "read" (``the statement reads``).
_TEXTS_THAT_READ = frozenset(
    {"statement", "letter", "report", "sign", "banner", "message", "note", "post", "placard"}
)
#: ``in his words``, ``по его словам``: the owner is the source.
_OWNERS = frozenset({"his", "her", "their", "его", "её", "ее", "их"})


def _match_tail(tokens: Tokens, at: int, tails: tuple[tuple[str, ...], ...]) -> int | None:
    """The last token of the longest tail in ``tails`` that follows token ``at``."""
    keys = tokens.keys
    paragraph = tokens.paragraph[at]
    for tail in tails:
        if not tail:
            return at
        end = at + len(tail)
        if (
            end < len(keys)
            and tokens.paragraph[end] == paragraph
            and all(keys[at + 1 + k] == word for k, word in enumerate(tail))
        ):
            return end
    return None


def _owned_words(tokens: Tokens, i: int) -> int | None:
    """``in his words`` / ``in his own words`` / ``по его словам`` at token ``i``: the
    last token, or ``None``."""
    keys = tokens.keys
    n = len(keys)
    if keys[i] == "in" and i + 2 < n and keys[i + 1] in _OWNERS:
        j = i + 2
        if keys[j] == "own" and j + 1 < n:
            j += 1
        return j if keys[j] == "words" else None
    if keys[i] == "по" and i + 2 < n and keys[i + 1] in _OWNERS and keys[i + 2] == "словам":
        return i + 2
    return None


def find_cues(tokens: Tokens) -> list[CueWord]:
    """Every cue in the tokens, in order (see the module's docstring).

    Example:
        >>> from wirecopy._model import Span
        >>> from wirecopy._tokens import Tokens
        >>> t = Tokens.of("According to him, it was sounded a note.", [Span(0, 40)], [])
        >>> [(c.key, c.kind) for c in find_cues(t)]
        [('according', 'source-first')]
    """
    keys, tags, shapes = tokens.keys, tokens.tags, tokens.shapes
    no_case = tokens.no_case
    out: list[CueWord] = []
    n = len(keys)
    sf_firsts = _SOURCE_FIRST_TAILS
    # the tokens a cue may start at, found in one pass: a cue word, or the first word
    # of a source-first cue or of "in his words"
    candidates = [
        k for k in range(n) if tags[k] & CUE or keys[k] in sf_firsts or keys[k] in ("in", "по")
    ]
    reached = 0
    for i in candidates:
        if i < reached:
            continue  # inside a cue already read
        key = keys[i]
        sf = sf_firsts.get(key)
        if sf is not None:
            last = _match_tail(tokens, i, sf)
            if last is not None:
                out.append(CueWord(i, last, SOURCE_FIRST, key))
                reached = last + 1
                continue
        if key in ("in", "по"):
            owned = _owned_words(tokens, i)
            if owned is not None:
                out.append(CueWord(i, owned, SOURCE_FIRST, key))
                reached = owned + 1
                continue
        if not tags[i] & CUE:
            continue
        tails = _TAILS.get(key)
        last = _match_tail(tokens, i, tails) if tails else None
        if last is None or (
            not no_case
            and shapes[i] == CAPITALISED
            and i > 0
            and not _opens_inverted(tokens, i, last)
        ):
            continue
        if (
            last + 1 < n
            and keys[last + 1] in _PARTICLES
            and tokens.paragraph[last + 1] == (tokens.paragraph[i])
        ):
            last += 1  # "called for", "lashed back"
        if not _is_cue_in_context(tokens, i, last):
            continue
        if key in _QUOTING:
            kind = QUOTING
        elif key in _IMPERSONAL_RUSSIAN:
            kind = IMPERSONAL
        elif key.endswith("ing") and key.isascii():
            kind = PARTICIPLE
        else:
            kind = FINITE
        out.append(CueWord(i, last, kind, key))
        reached = last + 1
    return out


def _opens_inverted(tokens: Tokens, i: int, last: int) -> bool:
    """``Said Dorothy Poynter, ...``, ``Continued Stone: "..."``: a capitalised cue that
    opens its sentence and has a name or a description right after it."""
    if tokens.sentence_bounds(i)[0] != i or last + 1 >= len(tokens):
        return False
    following = last + 1
    return tokens.shapes[following] == CAPITALISED or bool(tokens.tags[following] & DETERMINER)


def _is_cue_in_context(tokens: Tokens, i: int, last: int) -> bool:
    """Whether the cue form at token ``i`` is a verb here, not a noun (see the module)."""
    keys, tags = tokens.keys, tokens.tags
    tag = tags[i]
    before = keys[i - 1] if i > 0 else ""
    if tag & NOUN_LIKE_CUE:
        following = keys[last + 1] if last + 1 < len(keys) else ""
        if keys[i] == "reads" and before in _TEXTS_THAT_READ:
            return True  # '"...," the ministry's statement reads.'
        if following not in _SPEECH_FOLLOWERS:
            return False
        for j in range(max(0, i - 2), i):
            # "her opening remarks that ...", "the reports that": a noun; but "THE URNG
            # CLAIMS THAT": a name stands between, and the name is the verb's subject
            if ((tags[j] & DETERMINER and keys[j] != "a") or j in tokens.possessive) and not (
                j == i - 2 and tokens.name_word[i - 1]
            ):
                return False
        return True
    if tag & BASE_CUE:
        if tags[i - 1] & AUXILIARY or before in ("to", "they", "we", "i", "you"):
            return True  # "he will say", "to say", "they say"
        if (
            i > 0
            and tokens.shapes[i - 1] == LOWER
            and tags[i - 1] & (ROLE | GROUP)
            and before.endswith("s")
        ):
            return True  # "officials say", "researchers report": a plural subject
        for j in range(max(0, i - 2), i):
            if keys[j] in ("a", "an", "the", "his", "her", "its", "their"):
                return False  # "sounded a cautious note"
        return True
    if (
        keys[i].endswith("ing")
        and i > 0
        and (
            keys[i - 1] in _NOUN_DETERMINERS
            or (
                i > 1
                and keys[i - 2] in _NOUN_DETERMINERS
                and tokens.shapes[i - 1] in (CAPITALISED, UPPER)
            )
        )
    ):
        return False  # "a warning", "the US warning that": a noun
    if i > 0 and keys[i - 1] in _BE and not keys[i].endswith("ing"):
        return False  # "cyanide was found", "he was told": a passive, not the subject's words
    # "it was recalling its ambassador": another sense after an auxiliary
    return not (tag & OTHER_SENSE and i > 0 and tags[i - 1] & AUXILIARY)


#: Determiners before an ``-ing`` form make it a noun (``the US warning``).
_NOUN_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
#: Forms of "be": a past participle after one is a passive.
_BE = frozenset({"was", "were", "is", "are", "be", "been", "being", "am"})
