"""Speech cues: the verbs and phrases that attribute a quotation, read once per text.

A cue is a speech verb (``said``, ``told``, ``заявил``), a verb with its particle
(``pointed out``, ``called for``) or a source-first phrase (``according to``, ``In
his words``, ``по словам``), all built from :mod:`wirecopy._data.cues`. The masked
text of an article is scanned once (:func:`_indexed_cues`); every later question
("which cues lie between here and there?") is two bisections.

Example:
    >>> [m.group() for m in _cue_matches("Ushakov said and pointed out", 0, 28)]
    ['said', 'pointed out']
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

import regex

from wirecopy._data.cues import (
    ADDRESSEE_CUES,
    BASE_FORMS_KEPT,
    CUE_PARTICLES,
    NOUN_LIKE_CUES,
    OTHER_SENSE_VERBS,
    PARTICLE_REQUIRED,
    PHRASAL_CUES,
    RUSSIAN_SOURCE_FIRST_CUES,
    RUSSIAN_SPEECH_VERBS,
    SOURCE_FIRST_CUES,
    SPEECH_VERBS,
)
from wirecopy._text import Found, word_before

# --- the cue grammar, built from the data -------------------------------------------


def _cue_forms() -> list[str]:
    forms: set[str] = set()
    for base, past, third, ing in SPEECH_VERBS:
        if base in PARTICLE_REQUIRED:
            continue
        forms.update((past, third, ing))
        if base in BASE_FORMS_KEPT:
            forms.add(base)
    forms.update(PHRASAL_CUES)
    forms.update(RUSSIAN_SPEECH_VERBS)
    return sorted(forms, key=len, reverse=True)


_CUE_FORMS = _cue_forms()
#: Cue forms by their first word: the words that must follow it ("pointed" -> ("out",)).
_CUE_TAILS: dict[str, tuple[tuple[str, ...], ...]] = {}
for _form in _CUE_FORMS:
    _first, *_rest = _form.casefold().split()
    _CUE_TAILS[_first] = (*_CUE_TAILS.get(_first, ()), tuple(_rest))
_CUE_TAILS = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in _CUE_TAILS.items()}
#: How many words after a cue's first word can matter: its longest phrase, and a particle.
_CUE_REACH = {first: min(3, max(len(t) for t in tails) + 1) for first, tails in _CUE_TAILS.items()}
_CUE_WORDS = frozenset(form.casefold() for form in _CUE_FORMS if " " not in form)
_PARTICLES = frozenset(CUE_PARTICLES)
_NEXT_WORD = regex.compile(r"[ \t]{1,3}([\p{L}\-]{1,30})(?![\p{L}\-])")


#: A cue found in the text, read like a regex match (``start``, ``end``, ``group``).
_CueMatch = Found


def _alternation(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, as a trie: ``sa(?:id|ys)`` for said, says.

    An engine tries a trie's branches once per position instead of once per word.

    Example:
        >>> _alternation(["said", "says", "told"])
        '(?:sa(?:id|ys)|told)'
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        optional = "" in node
        if len(branches) == 1 and not optional:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")

    return pattern(trie)


@functools.cache
def _cue_first_word() -> re.Pattern[str]:
    """The first word of a cue, lower-case or ALL-CAPS, as a whole word, at a position.

    The standard library's engine runs this trie about three times faster than
    ``regex`` does. The leading look-ahead rejects in one step the positions no cue
    can start at (spaces, marks, a masked quotation), which the trie's branches would
    otherwise try one by one. Compiled on first use: it takes about 8 ms, which
    ``import wirecopy`` (in every worker of a Dask or Spark job) need not pay.
    """
    return re.compile(
        "(?=[" + re.escape("".join(sorted({form[0] for form in _first_word_forms()}))) + "])"
        r"(?<![^\W\d_])(?<!-)" + _alternation(_first_word_forms()) + r"(?![^\W\d_]|-)"
    )


@functools.cache
def _cue_first_word_scan() -> re.Pattern[str]:
    """:func:`_cue_first_word` for scanning a text: led by the character before the word.

    A pattern that opens with a character class lets the engine skip, in its own
    tight loop, every position that is not a non-letter (the inside of words); a
    look-behind at the start cannot. Group 1 is the word. Finds every cue but one at
    the very start of the scanned range, which :func:`_scan_cues` tries on its own.
    The look-ahead for a cue's first letter rejects in one step the runs of masked
    quotation (``\\x1a``), where every position is a non-letter.
    """
    firsts = re.escape("".join(sorted({form[0] for form in _first_word_forms()})))
    return re.compile(
        rf"[\W\d_](?=[{firsts}])(?<!-)(" + _alternation(_first_word_forms()) + r")(?![^\W\d_]|-)"
    )


@functools.cache
def _first_word_forms() -> frozenset[str]:
    return frozenset(form for word in _CUE_TAILS for form in (word, word.upper()))


def _read_cue(masked: str, begin: int, finish: int, end: int) -> _CueMatch | None:
    """Read the cue whose first word is ``masked[begin:finish]``: its phrase words and a
    particle, if any."""
    key = masked[begin:finish].casefold()
    tails = _CUE_TAILS.get(key)
    if tails is None:
        return None
    following: list[regex.Match[str]] = []
    pos = finish
    reach = _CUE_REACH[key]
    while len(following) < reach:
        m = _NEXT_WORD.match(masked, pos, end)
        if m is None:
            break
        following.append(m)
        pos = m.end()
    for tail in tails:
        if len(tail) <= len(following) and all(
            f.group(1).casefold() == t for f, t in zip(following, tail, strict=False)
        ):
            used = len(tail)
            stop = following[used - 1].end() if used else finish
            if used < len(following) and following[used].group(1).casefold() in _PARTICLES:
                stop = following[used].end()  # "called for", "lashed back"
            return _CueMatch(begin, stop, masked[begin:stop])
    return None


_SOURCE_FIRST_ALT = "|".join(
    regex.escape(f).replace(r"\ ", r"[ \t]{1,3}")
    for f in (*SOURCE_FIRST_CUES, *RUSSIAN_SOURCE_FIRST_CUES)
)
_SOURCE_FIRST = regex.compile(
    rf"(?<![\p{{L}}])(?:{_SOURCE_FIRST_ALT})(?![\p{{L}}])", regex.IGNORECASE
)
#: "In his words, ...": a source-first cue with its source inside (the possessive).
_IN_OWN_WORDS = regex.compile(
    r"(?<![\p{L}])(?:(?i:in)[ \t]{1,3}(?P<owner>his|her|their|HIS|HER|THEIR)[ \t]{1,3}"
    r"(?:(?i:own)[ \t]{1,3})?(?i:words)"
    r"|(?i:по)[ \t]{1,3}(?P<owner>его|её|ее|их|ЕГО|ЕЁ|ЕЕ|ИХ)[ \t]{1,3}(?i:словам))(?![\p{L}])"
)
_IN_A_STATEMENT = regex.compile(
    r"(?<![\p{L}])(?:said|says|wrote|added)?[ \t]{0,3}in[ \t]{1,3}a[ \t]{1,3}"
    r"(?:written[ \t]{1,3})?statement",
    regex.IGNORECASE,
)
_SPEECH_FOLLOWERS = (":", ",", "that", "THAT", '"', "“", "«", "`", "'", "\x1a")


def _cue_matches(masked: str, start: int, end: int) -> list[_CueMatch]:
    """Return the cue verbs and phrases in ``masked[start:end]``, in order.

    The whole text is read once (:func:`_indexed_cues`); a range is two bisections.
    """
    starts, matches = _indexed_cues(masked)
    first = bisect_left(starts, start)
    last = bisect_left(starts, end, lo=first)
    return [m for m in matches[first:last] if m.finish <= end]


@functools.lru_cache(maxsize=4)
def _indexed_cues(masked: str) -> tuple[list[int], list[_CueMatch]]:
    """Every cue in ``masked`` and their start offsets (cached: attribution asks often)."""
    matches = _scan_cues(masked, 0, len(masked))
    return [m.begin for m in matches], matches


def _first_words(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a cue's first word stands in ``masked[start:end]``: what
    ``_cue_first_word().finditer`` finds, by the faster scan."""
    bounds = [(w.start(), w.end()) for w in (_cue_first_word().match(masked, start, end),) if w]
    bounds += [w.span(1) for w in _cue_first_word_scan().finditer(masked, start, end)]
    return bounds


def _scan_cues(masked: str, start: int, end: int) -> list[_CueMatch]:
    """Read the cue verbs and phrases in ``masked[start:end]``, word by word."""
    out = []
    for begin, finish in _first_words(masked, start, end):
        m = _read_cue(masked, begin, finish, end)
        if m is None:
            continue
        if m.group()[:1].isupper() and not m.group().isupper():
            continue  # "the United States", "Says Who" in mixed-case copy: not a cue
        word = m.group().split()[0].casefold()
        if word in NOUN_LIKE_CUES:
            # "the United States said", "the reports": a noun, unless it introduces speech.
            follow = masked[m.end() : min(end, m.end() + 8)].lstrip(" \t\r\n")
            if (
                not follow.startswith(_SPEECH_FOLLOWERS)
                or _AFTER_DETERMINER.search(masked, max(start, m.start() - 8), m.start())
            ) and not (
                # '"...," the ministry's statement reads.': a text that reads is a cue
                word == "reads"
                and follow[:1] in (".", ",", "")
                and word_before(masked, m.start()).casefold() in _TEXTS_THAT_READ
            ):
                continue  # "the charges "are a threat"": a noun before the quotation
        elif word in _BASE_FORMS and _ARTICLE_BEFORE.search(
            masked, max(start, m.start() - 30), m.start()
        ):
            continue  # "sounded a cautious note": a noun
        elif word in OTHER_SENSE_VERBS and _BE_BEFORE.search(
            masked, max(start, m.start() - 8), m.start()
        ):
            continue  # "it was recalling its ambassador": not speech
        out.append(m)
    return out


_BASE_FORMS = frozenset(BASE_FORMS_KEPT)
#: Texts whose words "read" (``the statement reads``).
_TEXTS_THAT_READ = frozenset(
    {"statement", "letter", "report", "sign", "banner", "message", "note", "post", "placard"}
)


_ARTICLE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:(?i:a|an)[ \t]{1,3}(?:[\p{L}\-]+[ \t]{1,3})?"
    r"|(?i:the|his|her|its|their)[ \t]{1,3})$"
)
_BE_BEFORE = regex.compile(r"(?<![\p{L}])(?i:was|were|is|are|be|been|being)[ \t]{1,3}$")
_AFTER_DETERMINER = regex.compile(r"(?<![\p{L}])(?i:the|these|those|its|their)[ \t]{1,3}$")


def _cue_at(masked: str, pos: int, hi: int) -> bool:
    return any(m.start() == pos for m in _cue_matches(masked, pos, min(hi, pos + 40)))


def _addressee_follows(cue_m: _CueMatch) -> bool:
    """``told Xinhua``: the name after these verbs is the listener, not the source."""
    return cue_m.group().split()[0].casefold() in ADDRESSEE_CUES


def _is_participle(cue_m: _CueMatch) -> bool:
    return cue_m.group().split()[0].casefold().endswith("ing")
