"""Quoted spans -> attributed quotations (speaker and cue) or quoted terms.

For each quoted span the sentence around it (at most 600 characters each way) is
read with the insides of every quotation masked out, so a cue verb inside a
quotation never attributes it. The rules, tried in order:

1. **After the quote**, when the quotation closes its clause: ``"...," Kosachev
   told``, ``"...," said Kosachev``, ``"...", — заявил Песков``, ``"...," according
   to the ministry``, ``"...," Tian Yong, vice president of ..., told``.
2. **Before the quote, same sentence**: ``X said: "..."``, ``X said that "..."``,
   ``X told journalists, adding that "..."`` (a participle cue takes the subject of
   the finite cue before it), ``According to X, "..."``.
3. **Later in the sentence**: ``"sex Disneyland" here, the bordello announced``;
   ``..., said General Valery Manilov`` (inverted after a comma).
4. **A run of quotations** shares the cue after its last one: ``"No to
   occupation," "No to Israel," chanted the demonstrators``.
5. **The previous paragraph's colon lead-in**: ``Ushakov said:`` then a quotation.
6. **Continuation**: a paragraph that is only a quotation continues the previous
   speaker (no cue of its own).

Speakers are read through the article's mention chain (:mod:`wirecopy._mentions`):
surnames become full names; ``he``/``she`` the last speaker unless another person
became a clause's subject since, else the person named last; ``it`` the last named
source; descriptions (``the minister``, ``the Republican governor``) the person
introduced with that role, else the source first described with the same noun, else
the speaker just quoted; ``the URNG`` the name its acronym was defined for; ``the
company`` the organisation named last. Names, pronouns and descriptions are kept
as written in ``Speaker.text`` with ``Speaker.resolved_by`` saying how.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any, NamedTuple

import attrs
import regex

from wirecopy._data.cues import (
    ADDRESSEE_CUES,
    BASE_FORMS_KEPT,
    CUE_PARTICLES,
    NOUN_LIKE_CUES,
    PARTICLE_REQUIRED,
    PHRASAL_CUES,
    RUSSIAN_DOCUMENT_NOUNS,
    RUSSIAN_SOURCE_FIRST_CUES,
    RUSSIAN_SPEECH_VERBS,
    SOURCE_FIRST_CUES,
    SPEECH_VERBS,
)
from wirecopy._data.function_words import (
    ADVERBS,
    CLAUSE_WORDS,
    DETERMINERS,
    TIME_WORDS,
    TITLE_WORDS,
)
from wirecopy._data.titles import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    HONORIFICS,
    ORGANISATION_NOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    STATE_BODY_NOUNS,
)
from wirecopy._mentions import Mention, MentionChain, build_chain, is_name_word, split_title
from wirecopy._model import Cue, Quote, QuotedTerm, Span, Speaker
from wirecopy._quotes import QuotedSpan
from wirecopy._text import ends_abbreviation, has_no_case_cues, is_all_caps

__all__ = ["attribute"]

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


class _CueMatch(NamedTuple):
    """A cue found in the text; quacks like a regex match (``start``, ``end``, ``group``).

    Internal records are named tuples: cheaper to make, and nothing to generate at import.
    """

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


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


_CUE_FIRST_FORMS = {form for word in _CUE_TAILS for form in (word, word.upper())}
#: The first word of a cue, lower-case or ALL-CAPS, as a whole word. The stdlib engine
#: runs this trie about three times faster than ``regex`` does. The leading look-ahead
#: rejects in one step the positions no cue can start at (spaces, marks, a masked
#: quotation), which the trie's branches would otherwise try one by one.
_CUE_FIRST_WORD = re.compile(
    "(?=[" + re.escape("".join(sorted({form[0] for form in _CUE_FIRST_FORMS}))) + "])"
    r"(?<![^\W\d_])(?<!-)" + _alternation(_CUE_FIRST_FORMS) + r"(?![^\W\d_]|-)"
)


def _read_cue(masked: str, word: re.Match[str], end: int) -> _CueMatch | None:
    """Read the cue that starts with ``word``: its phrase words and a particle, if any."""
    key = word.group().casefold()
    tails = _CUE_TAILS.get(key)
    if tails is None:
        return None
    following: list[regex.Match[str]] = []
    pos = word.end()
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
            stop = following[used - 1].end() if used else word.end()
            if used < len(following) and following[used].group(1).casefold() in _PARTICLES:
                stop = following[used].end()  # "called for", "lashed back"
            return _CueMatch(word.start(), stop, masked[word.start() : stop])
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
#: A possessive that stands for its pronoun as a source (``In his words`` -> he).
_POSSESSIVE_PRONOUNS = {
    "his": "he",
    "their": "they",
    "его": "он",
    "её": "она",
    "ее": "она",
    "их": "они",
}
_IN_A_STATEMENT = regex.compile(
    r"(?<![\p{L}])(?:said|says|wrote|added)?[ \t]{0,3}in[ \t]{1,3}a[ \t]{1,3}"
    r"(?:written[ \t]{1,3})?statement",
    regex.IGNORECASE,
)

_WORD = regex.compile(r"\p{N}{1,3}(?:,\p{N}{3}){1,4}|[\p{L}\p{N}][\p{L}\p{N}'’.\-]{0,40}")
_SENTENCE_BREAK = regex.compile(
    r"[.!?](?:[\"'”’»)]{0,2})[ \t\n\r]{1,8}(?=[^\p{Ll}\p{N}\s,;:.\-–—])|[;]"
)
_SPEECH_FOLLOWERS = (":", ",", "that", "THAT", '"', "“", "«", "`", "'", "\x1a")
_TERM_MARKERS = regex.compile(
    r"(?:so-called|so[ \t]called|dubbed|titled|entitled|named|nicknamed|code-named|"
    r"codenamed|known[ \t]as|the[ \t]term|the[ \t]word|the[ \t]words|the[ \t]phrase|"
    r"the[ \t]name|under[ \t]the[ \t]name|labelled|brand|slogan|motto|hashtag|"
    r"headlined|headline|banner|theme|series|sitcom|novel|album|newspaper|magazine|"
    r"the[ \t]film|the[ \t]book|the[ \t]song|the[ \t]show|"
    r"the[ \t]movie|the[ \t]program|the[ \t]programme|operation|campaign)[ \t,]{0,3}$",
    regex.IGNORECASE | regex.REVERSE,  # anchored at the end: read from there, fail fast
)
#: Spellings of one role: a title written either way is the same title.
_ROLE_SPELLINGS: tuple[frozenset[str], ...] = (
    frozenset({"president", "pres."}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"governor", "gov."}),
    frozenset({"senator", "sen."}),
    frozenset({"representative", "rep."}),
    frozenset({"general", "gen."}),
    frozenset({"doctor", "dr."}),
    frozenset({"professor", "prof."}),
    frozenset({"ambassador", "amb."}),
    frozenset({"newspaper", "paper", "daily", "weekly"}),
)
#: Related roles: a description may name one for a person introduced with another.
_ROLE_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"president", "leader", "head", "state", "kremlin", "pres."}),
    frozenset({"minister", "secretary", "diplomat", "chancellor", "premier"}),
    frozenset({"ambassador", "envoy", "diplomat", "amb."}),
    frozenset({"representative", "rep.", "congressman", "congresswoman", "lawmaker"}),
    frozenset({"general", "gen.", "commander"}),
    *_ROLE_SPELLINGS,
)


class _Attribution(NamedTuple):
    speaker_text: str
    speaker_span: Span
    cue: Cue | None


def _mask(text: str, quoted: Sequence[QuotedSpan]) -> str:
    """Return ``text`` with each quotation's inside replaced by ``\\x1a`` (same length)."""
    parts: list[str] = []
    pos = 0
    for q in quoted:
        start, end = q.span.start, q.span.end
        if start < pos:
            continue
        parts.append(text[pos:start])
        # Keep a closing stop so the sentence still ends: '"... too early." Tepner said'.
        keep = 1 if end > start and text[end - 1] in ".!?" else 0
        parts.append("\x1a" * (end - start - keep) + text[end - keep : end])
        pos = end
    parts.append(text[pos:])
    masked = "".join(parts)
    # Editorial tags ([TEXT]) and bracketed glosses are nobody's words.
    return _BRACKETED.sub(lambda m: "\x1a" * len(m.group()), masked)


_BRACKETED = regex.compile(r"\[[^\[\]\n]{1,40}\]")


#: How far from a quotation its sentence is read, each way.
_SENTENCE_REACH = 600
#: Where the look for a sentence's start begins (most sentences are shorter).
_NEAR_REACH = 160


def _sentence_bounds(masked: str, para: Span, start: int, end: int) -> tuple[int, int]:
    """Return the sentence around ``[start, end)`` inside ``para`` in the masked text."""
    # A sentence longer than the reach is cut there: attribution stays local and the
    # cost per quotation bounded, whatever the paragraph's length.
    lo = max(para.start, start - _SENTENCE_REACH)
    # One character past ``start``: the look-ahead must see a quotation's opening mark.
    # The nearest sentences are read first; the whole reach only when they hold no break.
    # (A break is a stop, marks and blanks: no break overlaps another, so one found in
    # the near window is the one a read of the whole reach would have found.)
    for near in (max(lo, start - _NEAR_REACH), lo):
        breaks = list(_SENTENCE_BREAK.finditer(masked, near, min(para.end, start + 1)))
        for m in reversed(breaks):
            if m.end() <= start and not _abbreviation_stop(masked, m, para.start):
                lo = m.end()
                break
        else:
            if near > lo:
                continue
        break
    hi = min(para.end, end + _SENTENCE_REACH)
    # From one character before ``end``: a quotation's own full stop ends its sentence.
    for m in _SENTENCE_BREAK.finditer(masked, max(para.start, end - 1), hi):
        if not _abbreviation_stop(masked, m, para.start):
            hi = m.start() + 1
            break
    return lo, hi


def _abbreviation_stop(masked: str, m: regex.Match[str], lo: int) -> bool:
    """Return whether a sentence-break match is the full stop of ``Lt.``, ``U.S.``, ``J.``."""
    return bool(masked[m.start()] == "." and ends_abbreviation(masked, lo, m.start() + 1))


def _words(text: str, start: int, end: int, limit: int = -1) -> list[tuple[str, Span]]:
    """Return the words in ``text[start:end]`` (the first ``limit``, if given); a
    sentence's full stop is not part of one."""
    out = []
    for m in _WORD.finditer(text, start, end):
        word, word_end = m.group(), m.end()
        if word.endswith(".") and not ends_abbreviation(text, m.start(), word_end):
            word, word_end = word[:-1], word_end - 1
        out.append((word, Span(m.start(), word_end)))
        if len(out) == limit:
            break
    return out


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


def _scan_cues(masked: str, start: int, end: int) -> list[_CueMatch]:
    """Read the cue verbs and phrases in ``masked[start:end]``, word by word."""
    out = []
    for candidate in _CUE_FIRST_WORD.finditer(masked, start, end):
        m = _read_cue(masked, candidate, end)
        if m is None:
            continue
        if m.group()[:1].isupper() and not m.group().isupper():
            continue  # "the United States", "Says Who" in mixed-case copy: not a cue
        word = m.group().split()[0].casefold()
        if word in NOUN_LIKE_CUES:
            # "the United States said", "the reports": a noun, unless it introduces speech.
            follow = masked[m.end() : min(end, m.end() + 8)].lstrip(" \t\r\n")
            if not follow.startswith(_SPEECH_FOLLOWERS) or _AFTER_DETERMINER.search(
                masked, max(start, m.start() - 8), m.start()
            ):
                continue  # "the charges "are a threat"": a noun before the quotation
        elif word in _BASE_FORMS and _ARTICLE_BEFORE.search(
            masked, max(start, m.start() - 30), m.start()
        ):
            continue  # "sounded a cautious note": a noun
        out.append(m)
    return out


_BASE_FORMS = frozenset(BASE_FORMS_KEPT)
_ARTICLE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:(?i:a|an)[ \t]{1,3}(?:[\p{L}\-]+[ \t]{1,3})?"
    r"|(?i:the|his|her|its|their)[ \t]{1,3})$"
)
_AFTER_DETERMINER = regex.compile(r"(?<![\p{L}])(?i:the|these|those|its|their)[ \t]{1,3}$")


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \t\r\n,":
        pos += 1
    return pos


def _is_capitalised(word: str) -> bool:
    """A name word: capitalised (``al-Fartussi`` counts), or a number (an age)."""
    return is_name_word(word) or (word[:1].isdigit() and len(word) > 1)


_Words = list[tuple[str, Span]]


def _clause_boundary_chunks(masked: str, words: _Words) -> list[_Words]:
    """Group words into chunks separated by commas, dashes, brackets or marks."""
    chunks: list[list[tuple[str, Span]]] = [[]]
    for i, (word, span) in enumerate(words):
        if i:
            prev_word, prev_span = words[i - 1]
            if masked[prev_span.end : span.start].strip(" \t\r\n&/+") or (
                prev_word.endswith(".")
                and not ends_abbreviation(masked, prev_span.start, prev_span.end)
            ):
                chunks.append([])
        chunks[-1].append((word, span))
    return [c for c in chunks if c]


def _valid_suffix(words: list[tuple[str, Span]], all_caps: bool) -> list[tuple[str, Span]]:
    """Return the longest noun phrase that ends ``words``, or ``[]`` for a clause."""
    if not words:
        return []
    keys = [w.casefold() for w, _ in words]
    last = len(words) - 1
    if keys[last] in PERSON_PRONOUNS or keys[last] == "it":
        return words[last:]  # "he said", "it noted"
    if all_caps:
        j = last
        while j > 0 and last - j < 7 and keys[j - 1] not in CLAUSE_WORDS:
            j -= 1
        if keys[last] in CLAUSE_WORDS:
            return []
        return words[j:]
    if _is_capitalised(words[last][0]):
        if keys[last] in CLAUSE_WORDS and keys[last] not in TITLE_WORDS:
            return []  # "Как отметил Песков": a capitalised function word, no subject
        j = last
        while j > 0 and last - j < 9:
            prev, key = words[j - 1][0], keys[j - 1]
            if key in CLAUSE_WORDS and key not in TITLE_WORDS:
                break
            if not (
                _is_capitalised(prev)
                or key in TITLE_WORDS
                or key in ROLE_NOUNS
                or key.endswith(("an", "ese", "ish", "ic", "al", "i"))
            ):
                break
            j -= 1
        if keys[j] in _PREPOSITIONS:
            # "a source at the Organisation of ...": the description owns the name.
            head = _determiner_before(keys, j)
            if head is not None:
                return words[head:]
        while j < last and keys[j] in ("of", "for", "and", "at"):
            j += 1
        return words[j:]
    if keys[last] in CLAUSE_WORDS:
        return []
    head = _determiner_before(keys, last + 1)
    if head is not None:
        return words[head:]
    j = last
    while j > 0 and last - j < 7 and keys[j - 1] not in CLAUSE_WORDS:
        j -= 1
    if _is_capitalised(words[j][0]) or j == 0:
        return words[j:]
    return []


_PREPOSITIONS = frozenset({"of", "at", "for", "from", "with", "in"})


def _determiner_before(keys: list[str], end: int) -> int | None:
    """Return the index of the determiner that opens a description ending before ``end``.

    Prepositions may stand inside it ("the official at presidential office"); any
    other closed-class word ends the search.
    """
    j = end - 1
    found: int | None = None
    while j >= 0 and end - j <= 12:
        if keys[j] in DETERMINERS:
            found = j
            if j == 0 or keys[j - 1] not in _PREPOSITIONS:
                return found
            # "a spokesman for the British prime minister": keep looking outwards.
        elif keys[j] in CLAUSE_WORDS and keys[j] not in _PREPOSITIONS:
            return found
        j -= 1
    return found


def _noun_phrase_before(
    text: str, masked: str, lo: int, cue_start: int, all_caps: bool
) -> Span | None:
    """Return the subject just before a cue (``Kosachev, chairman of X, said``: Kosachev)."""
    # Sixteen words are plenty for a subject; read no further back than that needs.
    words = _trim_time_words(_words(masked, max(lo, cue_start - 240), cue_start)[-16:])
    if not words:
        return None
    chunks = _without_glosses(masked, _clause_boundary_chunks(masked, words))
    while len(chunks) > 1 and _bracketed(masked, chunks[-1]):
        chunks.pop()  # "SAIC ( 600104.SS ) said": a ticker or gloss, not the subject
    chosen = chunks[-1]
    index = len(chunks) - 1
    while index > 0 and _is_appositive(chunks[index], all_caps):
        # "Miyako Fuji, 20, one of the organisers, told": walk back to the name. A
        # determiner-led chunk ("the spokesman") is an appositive only after a chunk
        # that is a name and nothing else ("Alan Feduccia, an evolutionary biologist,").
        earlier = _valid_suffix(chunks[index - 1], all_caps)
        leads = chunks[index][0][0].casefold()
        if (
            leads in DETERMINERS
            and leads != "one"
            and not _only_a_name(chunks[index - 1], len(earlier))
        ):
            break
        if (
            earlier
            and not earlier[-1][0].replace(",", "").isdigit()
            and (all_caps or _is_capitalised(earlier[-1][0]))
        ):
            chosen = chunks[index - 1]
            break
        index -= 1
    phrase = _valid_suffix(chosen, all_caps)
    if not all_caps:
        phrase = _subject_before_participle(chosen, len(chosen) - len(phrase)) or phrase
    if phrase and phrase[-1] is chosen[-1]:
        phrase = chosen[_knowing_source_start(chosen, len(chosen) - len(phrase)) :]
    if not phrase:
        return None
    return Span(phrase[0][1].start, phrase[-1][1].end)


#: What links an unnamed source to what it knows: "people familiar with the matter".
_KNOWLEDGE_LINKS = frozenset(
    {
        ("familiar", "with"),
        ("close", "to"),
        ("briefed", "on"),
        ("involved", "in"),
        ("knowledgeable", "about"),
    }
)
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "several", "some", "many", "other"})


def _knowing_source_start(chunk: _Words, phrase_start: int) -> int:
    """Where ``people familiar with the matter`` starts when the phrase found is only
    ``the matter``: the source and the link to what it knows belong to it."""
    keys = [w.casefold() for w, _ in chunk[:phrase_start]]
    if len(keys) < 3 or (keys[-2], keys[-1]) not in _KNOWLEDGE_LINKS or keys[-3] in CLAUSE_WORDS:
        return phrase_start
    start = len(keys) - 3
    if start and (keys[start - 1] in DETERMINERS or keys[start - 1] in _COUNT_WORDS):
        start -= 1
    return start


#: Words ending in -ing that are not participles, or that lead a phrase of their own.
_NOT_PARTICIPLES = frozenset(
    {
        "according",
        "including",
        "excluding",
        "during",
        "regarding",
        "concerning",
        "following",
        "considering",
        "pending",
        "notwithstanding",
        "building",
        "meeting",
        "morning",
        "evening",
        "hearing",
        "briefing",
        "spending",
        "funding",
        "ruling",
        "setting",
        "training",
        "bombing",
        "shooting",
        "killing",
        "fighting",
        "housing",
        "thing",
        "nothing",
        "something",
        "anything",
        "everything",
    }
)
_PARTICIPLE_FOLLOWERS = frozenset(
    {"under", "in", "on", "near", "for", "to", "into", "across", "around", "outside", "inside"}
)


def _subject_before_participle(chunk: _Words, phrase_start: int) -> _Words | None:
    """``Six political factions falling under the umbrella of the PLO also said``: the
    noun phrase that opens the chunk, when a participle and its phrase follow it."""
    for j in range(1, min(phrase_start, len(chunk) - 1)):
        word = chunk[j][0]
        if not (word.endswith("ing") and word.islower() and len(word) > 5):
            continue
        following = chunk[j + 1][0].casefold()
        if word in _NOT_PARTICIPLES or not (
            following in _PARTICIPLE_FOLLOWERS or following in DETERMINERS
        ):
            return None
        subject = _valid_suffix(chunk[:j], False)
        return subject if len(subject) == j else None
    return None


_CONJUNCTIONS = frozenset({"but", "and", "while", "yet"})


def _only_a_name(chunk: _Words, name_length: int) -> bool:
    """Whether a chunk is a name, perhaps after a conjunction and a lower-case role
    (``but co-litigant Alyn Smith``), and nothing else."""
    lead = [w.casefold() for w, _ in chunk[: len(chunk) - name_length]]
    if lead and lead[0] in _CONJUNCTIONS:
        lead = lead[1:]
    return (
        name_length > 0
        and len(lead) <= 1
        and all(w.islower() and w not in CLAUSE_WORDS for w in lead)
    )


def _without_glosses(masked: str, chunks: list[_Words]) -> list[_Words]:
    """Join the chunks on either side of a bracketed gloss inside a phrase: ``a Scottish
    National Party (SNP) member of the European Parliament`` is one chunk."""
    out: list[_Words] = []
    i = 0
    while i < len(chunks):
        if (
            out
            and i + 1 < len(chunks)
            and masked[out[-1][-1][1].end : chunks[i][0][1].start].strip() == "("
            and masked[chunks[i][-1][1].end : chunks[i + 1][0][1].start].strip() == ")"
        ):
            out[-1] = out[-1] + chunks[i] + chunks[i + 1]
            i += 2
            continue
        out.append(chunks[i])
        i += 1
    return out


def _bracketed(masked: str, chunk: _Words) -> bool:
    """Whether a chunk stands inside round brackets."""
    before = masked[max(0, chunk[0][1].start - 3) : chunk[0][1].start].strip()
    after = masked[chunk[-1][1].end : chunk[-1][1].end + 3].strip()
    return before.endswith("(") and after.startswith(")")


def _is_appositive(chunk: list[tuple[str, Span]], all_caps: bool) -> bool:
    first = chunk[0][0].casefold()
    if any(w.casefold() in ("who", "which", "that", "whose") for w, _ in chunk):
        return True  # "the URNG, made up of groups that operate in Guatemala, said"
    if all(w.isdigit() for w, _ in chunk):
        return True  # an age: "Miyako Fuji, 20, said"
    if first in PERSON_PRONOUNS:
        return False
    if all_caps:
        return first in DETERMINERS or first in ROLE_NOUNS or first in TITLE_WORDS
    return not _is_capitalised(chunk[0][0])


def _looks_like_verb(key: str) -> bool:
    """A past tense or a cue form: where a determiner-led subject ends ("The paper issued")."""
    return (key.endswith("ed") and len(key) > 4) or key in _CUE_WORDS


def _names_an_employer(chunk: _Words, keys: list[str], index: int) -> bool:
    """``at``/``for``/``of`` (``the``) before a name: ``Analysts at Capital Economics``."""
    if keys[index] not in ("at", "for", "of", "the") or index + 1 >= len(chunk):
        return False
    if keys[index] == "the":
        return keys[index - 1] in ("at", "for", "of") and _is_capitalised(chunk[index + 1][0])
    following = chunk[index + 1][0]
    if keys[index + 1] == "the" and index + 2 < len(chunk):
        following = chunk[index + 2][0]
    return _is_capitalised(following)


#: Words that open a sentence's setting rather than its subject ("In Hebron, ...").
_SETTING_WORDS = frozenset({"in", "at", "near", "outside", "inside"})
#: Counts of people that lead a subject ("thousands of mourners").
_CROWD_WORDS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "millions"})


def _sentence_subject(
    text: str, masked: str, lo: int, cue_start: int, all_caps: bool
) -> Span | None:
    """Return the noun phrase that opens the clause (the subject of a participle cue)."""
    words = _words(masked, lo, min(cue_start, lo + 240), limit=16)
    chunks = _clause_boundary_chunks(masked, words)
    for n, chunk in enumerate(chunks):
        keys = [w.casefold() for w, _ in chunk]
        if n == 0 and len(chunks) > 1 and keys[0] in _SETTING_WORDS and len(chunk) <= 4:
            continue  # "In Hebron, thousands of mourners ...": a setting, then the subject
        end = 0
        employer = False
        crowd = keys[0] in _CROWD_WORDS and len(keys) > 2 and keys[1] == "of"
        possessive = False  # a possessive acts as a determiner
        while end < len(chunk) and end < 8:
            possessive = possessive or (end > 0 and keys[end - 1].endswith(("'s", "’s")))
            if not all_caps and end and _names_an_employer(chunk, keys, end):
                employer = True
            elif crowd and 0 < end <= 3 and not _looks_like_verb(keys[end]):
                pass  # "thousands of mourners"
            elif keys[end] in CLAUSE_WORDS or (
                not all_caps
                and end
                and not (
                    _is_capitalised(chunk[end][0])
                    or keys[end] in TITLE_WORDS
                    or keys[end] in ROLE_NOUNS
                    or (
                        # "the spokesman", "Ms. McCarthy's friend Sandra Thompson"
                        (keys[0] in DETERMINERS or possessive) and not _looks_like_verb(keys[end])
                    )
                )
            ):
                break
            end += 1
        if keys and keys[0] in PERSON_PRONOUNS:
            end = 1
        elif crowd or (employer and (keys[0] in DETERMINERS or keys[0] in _ROLE_HEADS)):
            # "Analysts at Capital Economics": the description keeps its employer.
            return Span(chunk[0][1].start, chunk[end - 1][1].end)
        phrase = _valid_suffix(chunk[:end], all_caps)
        if phrase:
            return Span(phrase[0][1].start, phrase[-1][1].end)
        if end < len(chunk):
            break
    return None


_IN_A_DOCUMENT = regex.compile(
    rf"(?i:в|во)[ \t\xa0]{{1,3}}(?i:{'|'.join(RUSSIAN_DOCUMENT_NOUNS)})[ \t\xa0]{{1,3}}"
)


def _noun_phrase_after(
    text: str, masked: str, start: int, hi: int, all_caps: bool, *, source_first: bool = False
) -> Span | None:
    """Return the source just after an inverted cue: ``said Kosachev, chairman of ...``.

    With ``source_first`` (after ``according to``), an object pronoun is the source too:
    ``According to him``; after a verb it is the listener (``calling them``).
    """
    document = _IN_A_DOCUMENT.match(masked, start, hi)
    if document is not None:
        start = document.end()  # "говорится в заявлении МИД": the body that issued it
    words = _words(masked, start, hi, limit=12)
    taken: list[tuple[str, Span]] = []
    seen_name = False
    for i, (word, span) in enumerate(words):
        if i and masked[words[i - 1][1].end : span.start].strip(" \t\r\n"):
            break  # a comma, dash or mark ends the phrase
        key = word.casefold()
        if not taken and key in PERSON_PRONOUNS and (source_first or key not in _OBJECT_PRONOUNS):
            taken.append((word, span))  # "According to him": the pronoun is the source
            break
        if key in CLAUSE_WORDS and key not in TITLE_WORDS:
            break
        if not all_caps:
            if _is_capitalised(word):
                seen_name = True
            elif (
                seen_name
                and (key in TITLE_WORDS or key in ROLE_NOUNS)
                and key not in ("of", "at", "for", "and")
            ):
                pass  # "said Urawa head coach Oswaldo Oliveira"
            elif _is_description(taken) and key not in CLAUSE_WORDS:
                pass  # "said a UAW negotiator": a description goes on to its head noun
            elif seen_name and _role_then_name(masked, words, i):
                pass  # "said Tel Aviv University strategic affairs analyst Bruce Maddy-Weitzman"
            elif seen_name and key not in ("of", "the", "at", "for", "and", "de", "al-", "bin"):
                break
            elif seen_name and key in ("of", "at", "for") and not _is_description(taken):
                break  # "Tom Wolzien of Sanford C. Bernstein": the person, not the firm
            elif (
                not seen_name
                and len(taken) >= 4
                and (not taken or taken[0][0].casefold() not in DETERMINERS)
            ):
                break
        taken.append((word, span))
        if taken[0][0].casefold() in PERSON_PRONOUNS:
            break
    while taken and (
        taken[-1][0].casefold() in ("of", "the", "at", "for", "and")
        or (
            not all_caps
            and seen_name
            and not _is_capitalised(taken[-1][0])
            and not _is_description(taken)  # "a UAW negotiator" ends on its head noun
        )
    ):
        taken.pop()
    if not taken:
        return None
    first = taken[0][0]
    if not (all_caps or seen_name or first.casefold() in DETERMINERS | PERSON_PRONOUNS.keys()):
        return None  # "said, referring to ...": no source follows
    return Span(taken[0][1].start, taken[-1][1].end)


def _role_then_name(masked: str, words: _Words, i: int) -> bool:
    """Whether ``words[i:]`` go on, unbroken, as up to three lower-case words ending in a
    role noun, then a name: the person's title after an employer (``analyst Bruce``)."""
    for j in range(i, min(i + 3, len(words) - 1)):
        word, span = words[j]
        key = word.casefold()
        if (
            _is_capitalised(word)
            or key in CLAUSE_WORDS
            or masked[span.end : words[j + 1][1].start].strip(" \t")
        ):
            return False
        if key in ROLE_NOUNS:
            return _is_capitalised(words[j + 1][0])
    return False


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _is_description(words: list[tuple[str, Span]]) -> bool:
    return bool(words) and words[0][0].casefold() in DETERMINERS


def _trim_time_words(words: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Drop adverbs and time phrases between a subject and its cue ("Bush on Tuesday")."""
    while words:
        key = words[-1][0].casefold().rstrip(".,")
        after_determiner = len(words) > 1 and words[-2][0].casefold() in DETERMINERS
        adverb = key.endswith("ly") and len(key) > 4 and not after_determiner  # not "the daily"
        if key in ADVERBS or key in TIME_WORDS or adverb:
            words = words[:-1]
            if words and words[-1][0].casefold() in ("on", "last", "this", "late", "early"):
                words = words[:-1]
            continue
        break
    return words


def _plausible_speaker(text: str, span: Span, all_caps: bool) -> bool:
    words = text[span.start : span.end].split()
    if not words or len(words) > 12:
        return False
    key = words[0].casefold()
    if key in PERSON_PRONOUNS or key in DETERMINERS or all_caps:
        return True
    if any((a.casefold(), b.casefold()) in _KNOWLEDGE_LINKS for a, b in pairwise(words)):
        return True  # "people familiar with the matter"
    return any(_is_capitalised(w) for w in words) or len(words) <= 4


def _cue_at(masked: str, pos: int, hi: int) -> bool:
    return any(m.start() == pos for m in _cue_matches(masked, pos, min(hi, pos + 40)))


_SOURCE_AND_CUE = regex.compile(r"(?:[\p{L}.'’\-]+[ \t]{1,2}){1,4}?")


def _source_and_cue_sentence(masked: str, pos: int) -> int | None:
    """``"... AS PRESIDENT." HE SAID.``: when the sentence after a quotation's full
    stop is nothing but a short source and its cue, return where it ends."""
    end = min(len(masked), pos + 80)  # past the quotation's own sentence
    m = _SOURCE_AND_CUE.match(masked, pos, end)
    if m is None:
        return None
    cue = next(iter(_cue_matches(masked, m.end(), end)), None)
    if cue is None or cue.start() != m.end():
        return None
    stop = cue.end()
    while stop < end and masked[stop] in " \t":
        stop += 1
    return stop + 1 if stop == end or masked[stop] in ".\n\r" else None


def _after_quote(
    text: str, masked: str, q: QuotedSpan, hi: int, all_caps: bool
) -> _Attribution | None:
    """Rule 1: a cue right after the closing mark.

    Only for a quotation that closes its clause (``"...," X said``, ``"...", X
    said``, ``"..." said X``); a partial quotation in mid-sentence (``a "fair and
    equal" footing``) is attributed by what precedes it.
    """
    start = _close_end(q)
    pos = start
    while pos < hi and masked[pos] in " \t\r\n,—–-:":
        pos += 1
    inner = text[q.span.start : q.span.end].rstrip()
    if inner.endswith(".") and not inner.endswith("..") and not _cue_at(masked, pos, hi):
        # '"... too early." Harvey Tepner told': a new sentence, a new speaker; unless
        # that sentence is only a source and its cue ('"..." HE SAID.').
        short = _source_and_cue_sentence(masked, _skip_space(masked, start, len(masked)))
        if short is None:
            return None
        hi = max(hi, short)
        pos = _skip_space(masked, start, hi)
    closes_clause = inner[-1:] in ",.!?…:;" or masked[start:pos].strip() != ""
    if not closes_clause and not _cue_at(masked, pos, hi):
        return None
    cues = [m for m in _cue_matches(masked, pos, min(hi, pos + 240)) if m.start() - pos <= 200]
    source = _SOURCE_FIRST.match(masked, pos, hi)
    if source:
        np = _noun_phrase_after(
            text, masked, _skip_space(masked, source.end(), hi), hi, all_caps, source_first=True
        )
        if np:
            cue = Cue(text=text[source.start() : source.end()], span=_span(source))
            return _Attribution(text[np.start : np.end], np, cue)
    if not cues:
        return None
    cue_m = cues[0]
    cue = Cue(text=text[cue_m.start() : cue_m.end()], span=_span(cue_m))
    quoted = _quoted_source(text, masked, cue_m, hi, all_caps)
    if quoted is not None:
        return _Attribution(text[quoted.start : quoted.end], quoted, cue)
    if cue_m.start() == pos:  # inverted: "said Kosachev"
        np = _noun_phrase_after(text, masked, _skip_space(masked, cue_m.end(), hi), hi, all_caps)
        if np and _plausible_speaker(text, np, all_caps):
            return _Attribution(text[np.start : np.end], np, cue)
        return None
    between = masked[pos : cue_m.start()]
    joined = between.split()
    if joined[:1] in (["and"], ["but"], ["AND"], ["BUT"]) and len(joined) <= 3:
        return None  # 'claims that "...," and have claimed ...': the subject came before
    stops = list(_SENTENCE_BREAK.finditer(masked, pos, cue_m.start()))
    if any(not _abbreviation_stop(masked, m, pos) for m in stops):
        return None
    if any(ch in between for ch in ';:!?"“”«»') or len(between.split()) > 30:
        return None
    words = _words(masked, pos, cue_m.start())
    chunks = _clause_boundary_chunks(masked, words)
    if len(chunks) == 1 and len(between.split()) > 16:
        return None
    if len(chunks) > 1:
        # '"...," Tian Yong, vice president of the school, told': the first chunk.
        subject = _valid_suffix(chunks[0], all_caps)
        if (
            subject
            and len(subject) == len(chunks[0])
            and (
                all_caps
                or _is_capitalised(subject[-1][0])
                or subject[0][0].casefold() in PERSON_PRONOUNS
            )
        ):
            np = Span(subject[0][1].start, subject[-1][1].end)
            return _Attribution(text[np.start : np.end], np, cue)
    if between.rstrip(" \t\r\n").endswith(",") and not _addressee_follows(cue_m):
        # "...", to eliminate the militants, said General Valery Manilov: inverted.
        after = _noun_phrase_after(text, masked, _skip_space(masked, cue_m.end(), hi), hi, all_caps)
        if after and _plausible_speaker(text, after, all_caps):
            return _Attribution(text[after.start : after.end], after, cue)
    np = _noun_phrase_before(text, masked, pos, cue_m.start(), all_caps)
    if np and _plausible_speaker(text, np, all_caps):
        return _Attribution(text[np.start : np.end], np, cue)
    # "...", by assets, added Jacobo Gonzalez-Robatto, chief executive: inverted later on.
    if _addressee_follows(cue_m):
        return None
    after = _noun_phrase_after(text, masked, _skip_space(masked, cue_m.end(), hi), hi, all_caps)
    if after and _plausible_speaker(text, after, all_caps):
        first = masked[after.start : after.end].split()[0]
        if _is_capitalised(first) or first.casefold() in DETERMINERS:
            return _Attribution(text[after.start : after.end], after, cue)
    return None


def _quoted_source(
    text: str, masked: str, cue_m: _CueMatch, end: int, all_caps: bool
) -> Span | None:
    """``Reuters quoted Lavrov as saying``: the one quoted is the source, not the one
    quoting."""
    if cue_m.group().casefold() not in ("quoted", "quotes", "quoting"):
        return None
    np = _noun_phrase_after(
        text, masked, _skip_space(masked, cue_m.end(), end), end, all_caps, source_first=True
    )
    if np is None or _AS_SAYING.match(masked, np.end, end) is None:
        return None
    return np


def _addressee_follows(cue_m: _CueMatch) -> bool:
    """``told Xinhua``: the name after these verbs is the listener, not the source."""
    return cue_m.group().split()[0].casefold() in ADDRESSEE_CUES


def _is_participle(cue_m: _CueMatch) -> bool:
    return cue_m.group().split()[0].casefold().endswith("ing")


def _speaker_for_cue(
    text: str, masked: str, cue_m: _CueMatch, lo: int, end: int, all_caps: bool
) -> Span | None:
    """Find who a cue belongs to: its subject, or the name after an inverted cue."""
    quoted = _quoted_source(text, masked, cue_m, end, all_caps)
    if quoted is not None:
        return quoted
    coordinated = _COORDINATED_CUE.search(masked, max(lo, cue_m.start() - 24), cue_m.start())
    if _is_participle(cue_m) or coordinated is not None:
        # "Lavrov met Kerry in Sochi and said ...": the clause's subject, as for "saying".
        np = _sentence_subject(text, masked, lo, cue_m.start(), all_caps)
    else:
        np = _names_together(masked, lo, cue_m.start(), all_caps) or _noun_phrase_before(
            text, masked, lo, cue_m.start(), all_caps
        )
    if np and _plausible_speaker(text, np, all_caps):
        return np
    subject = _subject_of_relative_clause(text, masked, lo, cue_m.start(), all_caps)
    if subject is not None:
        return subject
    if _addressee_follows(cue_m):
        return None
    after = _noun_phrase_after(text, masked, _skip_space(masked, cue_m.end(), end), end, all_caps)
    if after and _plausible_speaker(text, after, all_caps):
        between = masked[cue_m.end() : end]
        tail = masked[after.end : end].strip(" \t\r\n")
        if tail in ("", ":", ",", "that", "THAT") or ":" in between:
            return after
    return None


_AS_SAYING = regex.compile(r"[ \t]{1,3}(?i:as)[ \t]{1,3}(?i:saying|telling|stating|writing)\b")
#: A cue that shares its subject with the verb before it: "met Kerry and said".
_COORDINATED_CUE = regex.compile(
    r"(?<![\p{L}])(?i:and|but)[ \t]{1,3}(?:(?i:also|later|then)[ \t]{1,3})?$",
    regex.REVERSE,
)
_RELATIVE_PRONOUN = regex.compile(r"[ \t,]{1,3}(?:who|WHO)[ \t]")


def _subject_of_relative_clause(
    text: str, masked: str, lo: int, cue_start: int, all_caps: bool
) -> Span | None:
    """``The official at presidential office who spoke on condition of anonymity
    said``: the phrase before ``who``, when it opens the sentence."""
    m = _RELATIVE_PRONOUN.search(masked, lo, cue_start)
    if m is None or _SENTENCE_BREAK.search(masked, m.end(), cue_start):
        return None
    np = _noun_phrase_before(text, masked, lo, m.start(), all_caps)
    if np is None or masked[lo : np.start].strip(' \t\r\n"“«\x1a,'):
        return None
    return np if _plausible_speaker(text, np, all_caps) else None


#: How many of the cues before a quotation in its sentence are considered (the last ones).
_CUES_PER_SENTENCE = 4
_NEW_CLAUSE = regex.compile(r",[ \t]{1,3}(?:but|BUT|while|WHILE|whereas)[ \t]|;[ \t]")
_RELATIVE_BEFORE_CUE = regex.compile(
    r"[ \t]*,[ \t]{1,3}(?:who|which|WHO|WHICH)[ \t]{1,3}(?:(?:also|ALSO)[ \t]{1,3})?"
)


def _before_quote(
    text: str, masked: str, q: QuotedSpan, lo: int, all_caps: bool
) -> _Attribution | None:
    """Rule 2: a cue earlier in the same sentence."""
    end = q.open_mark.start
    source = None
    for found in _SOURCE_FIRST.finditer(masked, lo, end):
        source = found
    cues = _cue_matches(masked, lo, end)
    own = None
    for words in _IN_OWN_WORDS.finditer(masked, lo, end):
        own = words  # the last one before the quotation
    if own is not None and (not cues or own.start() > cues[-1].start()):
        pronoun = Span(own.start("owner"), own.end("owner"))
        cue = Cue(text=text[own.start() : own.end()], span=_span(own))
        return _Attribution(text[pronoun.start : pronoun.end], pronoun, cue)
    if source is not None and (not cues or source.start() > cues[-1].start()):
        np = _noun_phrase_after(
            text, masked, _skip_space(masked, source.end(), end), end, all_caps, source_first=True
        )
        if np:
            cue = Cue(text=text[source.start() : source.end()], span=_span(source))
            return _Attribution(text[np.start : np.end], np, cue)
    if not cues:
        return None
    last = cues[-1]
    cue = Cue(text=text[last.start() : last.end()], span=_span(last))
    # The speaker is the subject of the last finite cue at or before the last cue:
    # "Ushakov said, adding that ..." -> Ushakov (not an earlier clause's subject).
    candidates = cues[-_CUES_PER_SENTENCE:]  # a sentence has few cues; copy may not
    if _is_participle(last):
        finite = [m for m in cues[:-1] if not _is_participle(m)]
        candidates = finite[-1:] + candidates
    if len(candidates) > 1 and not _is_participle(last):
        # "..., accused of an attempt on his life, Russian presidential spokesman
        # stressed that "...": a subject right before the last cue is its own.
        np = _speaker_for_cue(text, masked, last, lo, end, all_caps)
        if np is not None and (
            (
                not masked[np.end : last.start()].strip()
                and any(w.casefold() in ROLE_NOUNS for w in masked[np.start : np.end].split())
            )
            # "Governments hailed the truce, including the United States, which said
            # it hoped ...": the cue of a relative clause is its antecedent's.
            or _RELATIVE_BEFORE_CUE.fullmatch(masked, np.end, last.start()) is not None
            # "Hunt dismissed the ruling, but co-litigant Alyn Smith hailed it as ...":
            # a new clause, with a subject of its own.
            or _NEW_CLAUSE.search(masked, cues[-2].end(), np.start) is not None
        ):
            return _Attribution(text[np.start : np.end], np, cue)
    for cue_m in candidates:
        np = _speaker_for_cue(text, masked, cue_m, lo, end, all_caps)
        if np is not None:
            return _Attribution(text[np.start : np.end], np, cue)
    return _Attribution("", Span(last.start(), last.start()), cue)


def _later_in_sentence(
    text: str, masked: str, q: QuotedSpan, hi: int, all_caps: bool
) -> _Attribution | None:
    """Rule 3: a cue later in the sentence, after other words."""
    start = _close_end(q)
    for cue_m in _cue_matches(masked, start, hi):
        cue = Cue(text=text[cue_m.start() : cue_m.end()], span=_span(cue_m))
        if masked[start : cue_m.start()].rstrip().endswith(",") and not _addressee_follows(cue_m):
            # '... "two to three months" to eliminate them, said General Valery Manilov'
            after = _noun_phrase_after(
                text, masked, _skip_space(masked, cue_m.end(), hi), hi, all_caps
            )
            if after and _plausible_speaker(text, after, all_caps):
                return _Attribution(text[after.start : after.end], after, cue)
        np = _noun_phrase_before(text, masked, start, cue_m.start(), all_caps)
        if np and _plausible_speaker(text, np, all_caps):
            return _Attribution(text[np.start : np.end], np, cue)
    return None


def _from_following_quotes(
    text: str,
    masked: str,
    quoted: Sequence[QuotedSpan],
    index: int,
    paragraphs: Sequence[Span],
    all_caps: bool,
) -> _Attribution | None:
    """Rule 3b: a run of quotations shares the cue after its last one.

    ``"No to occupation," "No to Israel," chanted the demonstrators``.
    """
    for j in range(index, min(index + 6, len(quoted) - 1)):
        current, following = quoted[j], quoted[j + 1]
        current_end = _close_end(current)
        gap = masked[current_end : following.open_mark.start]
        if current.last_paragraph != following.paragraph or gap.strip(" \t,;—–-"):
            return None
        end_para = paragraphs[following.last_paragraph]
        _, hi = _sentence_bounds(masked, end_para, following.span.end, following.span.end)
        found = _after_quote(text, masked, following, hi, all_caps)
        if found is not None:
            return found
    return None


def _colon_lead_in(text: str, masked: str, para: Span, all_caps: bool) -> _Attribution | None:
    """Rule 4: the previous paragraph ends ``X said:``."""
    if not masked[para.start : para.end].rstrip().endswith(":"):
        return None
    lo = para.start
    for m in _SENTENCE_BREAK.finditer(masked, para.start, para.end - 1):
        lo = m.end()
    fake = QuotedSpan(
        span=Span(para.end, para.end),
        open_mark=Span(para.end, para.end),
        close_mark=None,
        paragraph=0,
        last_paragraph=0,
    )
    return _before_quote(text, masked, fake, lo, all_caps)


def _reported_speech_before(
    text: str, masked: str, para: Span, all_caps: bool, *, person: bool = False
) -> _Attribution | None:
    """Rule 5b: a paragraph that is only a quotation, after one that reports speech.

    ``CDC Director Jeffrey P. Koplan said a national strategy is needed.`` then
    ``"In general, restoring physical activity ... is critical."``: Koplan's words. The
    speaker is the subject of the previous paragraph's last cue; the quotation itself
    has no cue. With ``person``, a cue whose subject is ``it`` or ``this`` is passed
    over for the one before it (``Holtz said the study is important because it adds``).
    """
    cues = _cue_matches(masked, para.start, para.end)
    for cue in reversed(cues[-4:]):
        lo, _ = _sentence_bounds(masked, para, cue.start(), cue.start())
        np = _speaker_for_cue(text, masked, cue, lo, para.end, all_caps)
        if np is None:
            return None
        if person and masked[np.start : np.end].casefold() in _NON_PERSON_PRONOUNS:
            continue
        return _Attribution(text[np.start : np.end], np, None)
    return None


_NON_PERSON_PRONOUNS = frozenset({"it", "this", "that", "which"})


_BLANK = regex.compile(r"[ \t\r\n]*")


def _subject_before(
    text: str, masked: str, para: Span, q: QuotedSpan, all_caps: bool
) -> _Attribution | None:
    """Rule 5c: a quotation that ends its paragraph, after a sentence about a person.

    ``Daiana Castro, a 23-year-old hairstylist, was traumatized at first. "I had red
    hair ..."``: the paragraph's subject, when it is a name, speaks.
    """
    if q.open_mark.start - para.start > _SENTENCE_REACH:
        return None  # not a sentence or two about someone
    before = masked[para.start : q.open_mark.start].rstrip()
    if not before.endswith((".", "!", "?")) or "\x1a" in before:
        return None  # the quotation does not open a sentence, or follows another one
    np = _sentence_subject(text, masked, para.start, q.open_mark.start, all_caps)
    if np is None or np.start != para.start:
        return None
    words = masked[np.start : np.end].split()
    if len(words) < 2 or not all(_is_capitalised(w) for w in words):
        return None
    return _Attribution(text[np.start : np.end], np, None)


def _names_a_person(head: str) -> bool:
    """A role noun, or a noun made like one for people: worker, resident, scientist."""
    if head in _PERSON_ROLES:
        return True
    return (
        head.endswith(("er", "or", "ist", "ian", "ant", "ent"))
        and head not in DOCUMENT_NOUNS
        and head not in _ORGANISATION_NOUNS
    )


def _described_subject(
    text: str, masked: str, lo: int, q: QuotedSpan, pronoun: Speaker
) -> _Resolved | None:
    """``A government office worker was another beneficiary: "...," she remarked``:
    a pronoun after the quotation stands for the description that opens its sentence."""
    np = _sentence_subject(text, masked, lo, q.open_mark.start, False)
    if np is None or np.start != _skip_space(masked, lo, np.start):
        return None
    words = masked[np.start : np.end].split()
    head = _head_noun(" ".join(words))
    if words[0].casefold() not in ("a", "an") or not head or not _names_a_person(head):
        return None
    written = text[np.start : np.end]
    return _Resolved(_speaker(written, pronoun.text, pronoun.span, None, "pronoun"), True)


def _reporter_of_previous_paragraph(
    text: str,
    masked: str,
    para: Span,
    chain: MentionChain,
    pronoun: Speaker,
    earlier: Mapping[str, Speaker],
) -> _Resolved | None:
    """``he``/``she`` right after a paragraph that reports a named person's words.

    ``Prosecutor Cal Rerucha said his case against McKinney will not deal with
    Shepard's lifestyle.`` then ``"It will simply be about ...," he said``: Rerucha,
    not the person named last.
    """
    key = pronoun.text.casefold()
    if key not in ("he", "she"):
        return None
    reported = _reported_speech_before(text, masked, para, False, person=True)
    if reported is None:
        return None
    words = reported.speaker_text.split()
    if not words or words[0].casefold() in PERSON_PRONOUNS:
        return None  # "he" again: the pronoun's own resolution stands
    resolved = _resolve(text, reported, chain, None, False, earlier=earlier)
    if resolved is None or not resolved.person:
        return None
    found = resolved.speaker
    if key == "he" and _looks_female(found, chain):
        return None
    return _Resolved(_speaker(found.name, pronoun.text, pronoun.span, found.title, "pronoun"), True)


def _close_end(q: QuotedSpan) -> int:
    """Where a quotation ends, its closing mark included."""
    return q.close_mark.end if q.close_mark else q.span.end


def _span(m: _CueMatch | regex.Match[str]) -> Span:
    return Span(m.start(), m.end())


class _Resolved(NamedTuple):
    speaker: Speaker
    person: bool


_ORGANISATION_NOUNS = ORGANISATION_NOUNS | GROUP_NOUNS
_PERSON_ROLES = ROLE_NOUNS - _ORGANISATION_NOUNS


def _speaker(name: str, mention: str, span: Span, title: str | None, how: str) -> Speaker:
    return Speaker(name=name, text=mention, span=span, title=title, resolved_by=how)


def _resolve(
    text: str,
    attribution: _Attribution,
    chain: MentionChain,
    last_person: Speaker | None,
    all_caps: bool,
    recent: bool = True,
    last_source: Speaker | None = None,
    earlier: Mapping[str, Speaker] | None = None,
    described_person: Speaker | None = None,
) -> _Resolved | None:
    """Turn a speaker mention into a :class:`Speaker` through the mention chain.

    ``recent`` says whether ``last_person`` spoke in this or the previous paragraph.
    """
    mention = attribution.speaker_text.strip(" \t\r\n,")
    span = attribution.speaker_span
    if not mention:
        if last_person is None:
            return None
        return _Resolved(attrs.evolve(last_person, resolved_by="continuation"), True)
    words = mention.split()
    keys = [w.casefold().strip(",.'’") for w in words]
    if len(keys) == 1 and keys[0] in _POSSESSIVE_PRONOUNS:
        keys = [_POSSESSIVE_PRONOUNS[keys[0]]]  # "In his words": he
    if keys[0] in PERSON_PRONOUNS and len(words) == 1:
        if PERSON_PRONOUNS[keys[0]] == "plural":
            group = _coordinated_subject(text, span.start)
            if group is not None:
                return _Resolved(_speaker(group, mention, span, None, "pronoun"), False)
        if described_person is not None and _described_since(
            described_person, span, chain, last_person
        ):
            # "A Palestinian security source said ..." then '"...," he said'.
            prior = described_person
            return _Resolved(_speaker(prior.name, mention, span, None, "pronoun"), True)
        return _resolve_pronoun(text, mention, span, chain, last_person, recent)
    if keys[0] == "it" and len(words) == 1:
        # "It said": the body that spoke last, else the organisation mentioned last.
        if last_source is not None:
            return _Resolved(
                _speaker(last_source.name, mention, span, last_source.title, "pronoun"), False
            )
        found = chain.recent_organisation(span.start)
        if found is not None:
            return _Resolved(_speaker(found.name, mention, span, None, "pronoun"), False)
    if (
        " and " in mention
        and not all_caps
        and _is_group_of_names(mention)
        and _opens_clause(text, span.start)
    ):
        # People who speak together: the names as written ("Blair and Bush").
        return _Resolved(_speaker(mention, mention, span, None, "name"), False)
    if keys[0] in DETERMINERS and not all_caps and _titled_name(words):
        pass  # "the elder Ms. Leveine", "the Rev. Jesse Jackson": a name after its title
    elif keys[0] in DETERMINERS or (not all_caps and not _is_capitalised(words[-1])):
        return _resolve_description(mention, keys, span, chain, last_person, recent, earlier)
    clean = [w.rstrip(",") for w in words if not w.startswith("(")]
    clean = [w[:-2] if w[-2:] in ("'s", "’s") else w for w in clean]
    for i, word in enumerate(clean[1:], start=1):
        if (
            word.casefold() in ("at", "of", "from", "with")
            and (all_caps or all(_is_capitalised(w) for w in clean[:i]))
            and (all_caps or split_title(clean[:i])[1])  # not "Chief of Staff X"
        ):
            # "Harvey Tepner at WL Ross & Co LLC": the person, not the firm.
            clean = clean[:i]
            break
    if all_caps:
        # No case cues: the name is what follows the last role noun or honorific.
        cut = 0
        for i, w in enumerate(clean):
            if w.casefold().rstrip(".") in ROLE_NOUNS or w.casefold() in HONORIFICS:
                cut = i + 1
        title_words, name_words = clean[:cut], clean[cut:]
        if not name_words:
            return _resolve_description(mention, keys, span, chain, last_person, recent, earlier)
    else:
        title_words, name_words = split_title(clean)
    if not name_words:
        return _resolve_description(mention, keys, span, chain, last_person, recent, earlier)
    title = " ".join(title_words) or None
    if len(name_words) <= 3:
        for word in name_words:
            defined = chain.by_acronym(word)
            if defined is not None:
                return _Resolved(_speaker(defined.name, mention, span, title, "name"), False)
    found = chain.fullest(name_words, family_first=True)
    written = " ".join(name_words)
    if len(name_words) == 1 and (found is None or found.name == written):
        found = chain.misspelt(written) or found  # "Koronolli" for "Viktor Koronelli"
    if found is not None and len(found.name) >= len(written):
        how = "name" if found.name == written else "surname"
        return _Resolved(
            _speaker(found.name, mention, span, title or found.title, how),
            len(found.name.split()) > 1,
        )
    return _Resolved(_speaker(written, mention, span, title, "name"), len(name_words) > 1)


_CLAUSE_OPENING = regex.compile(
    r"(?:^|[.!?;:\"”»\n][ \t\"“«]{0,3}|,[ \t]{1,3}|\b(?:and|but|while)[ \t]{1,3})"
    r"(?:[\p{L}.\-]{1,20}[ \t]{1,2}){0,5}\Z"  # \Z: "$" would also match before a last "\n"
)


_PARTIAL_WORD = regex.compile(r"[\p{L}.]*\Z")


def _opens_clause(text: str, position: int) -> bool:
    """Whether the name at ``position`` is a clause's subject (not ``with President Menem``)."""
    window = text[max(0, position - 80) : position]
    partial = _PARTIAL_WORD.search(window)  # "U." of "U.S. Adviser Condoleezza Rice"
    window = window[: partial.start()] if partial is not None else window
    m = _CLAUSE_OPENING.search(window)
    if m is None:
        return False
    lead = window[m.end() - len(window) :] if m.end() < len(window) else ""
    words = window[m.start() :].split()
    return not any(w.casefold().strip(".,;:") in CLAUSE_WORDS for w in words) and lead == ""


_ROLE_HEADS = ROLE_NOUNS | {noun + "s" for noun in ROLE_NOUNS}
_DESCRIPTION_START = regex.compile(r"(?<![\p{L}])(?:[Aa]n?|\p{Lu}[\p{L}\-]*)[ \t]")


def _may_describe(masked: str, start: int, end: int) -> bool:
    """A cheap test before reading a cue's subject: ``a``/``an`` with a role noun in
    the words after it, or a capitalised word with a plural role noun."""
    for m in _DESCRIPTION_START.finditer(masked, start, end):
        keys = [w.casefold().strip(",.;:") for w in masked[m.start() : end].split(maxsplit=8)]
        if keys[0] in ("a", "an"):
            if any(k in _ROLE_HEADS for k in keys[1:8]):
                return True  # "a spokeswoman for the airline"
        elif any(k in _ROLE_HEADS and k not in ROLE_NOUNS for k in keys[:8]):
            return True  # "Analysts at Capital Economics", "ANZ analysts"
    return False


def _described_sources(
    text: str, masked: str, paragraphs: Sequence[Span], all_caps: bool
) -> list[tuple[int, str, Speaker]]:
    """Sources the body introduces by description as the subject of a cue, in order.

    ``Analysts at Capital Economics sounded a cautious note, suggesting ...`` or ``A
    spokeswoman for the airline said ...``: a later ``the analysts said`` refers back
    to them. Only descriptions (lower-case head nouns, led by ``a``/``an`` or a
    capitalised plural) are collected; named people are the mention chain's job.
    """
    if all_caps:
        return []
    found: list[tuple[int, str, Speaker]] = []
    for para in paragraphs:
        lo = para.start
        for cue_m in _cue_matches(masked, para.start, para.end):
            window = max(lo, cue_m.start() - 200)
            lo = cue_m.end()
            # A finite cue's subject stands right before it; a participle's opens the clause.
            near = window if _is_participle(cue_m) else max(window, cue_m.start() - 80)
            if not _may_describe(masked, near, cue_m.start()):
                continue
            np = _speaker_for_cue(text, masked, cue_m, window, para.end, all_caps)
            if np is None:
                continue
            written = text[np.start : np.end]
            words = written.split()
            head = _head_noun(written)
            if not head or head not in _ROLE_HEADS:
                continue
            if words[0].casefold() not in ("a", "an") and not (
                words[0][:1].isupper() and head.endswith("s") and head not in ROLE_NOUNS
            ):
                continue  # neither "a spokeswoman ..." nor "Analysts at ...", "ANZ analysts"
            speaker = Speaker(name=written, text=written, span=np, resolved_by="source")
            found.append((np.start, head, speaker))
            if len(found) >= 64:
                return found
    return found


def _is_definite(description: str) -> bool:
    """``the analysts``, ``this official``: a description that refers back."""
    return description.split(maxsplit=1)[0].casefold() in ("the", "this", "that", "these", "those")


def _head_noun(description: str) -> str | None:
    """The head noun of a description: the last word before a preposition.

    ``Analysts at Capital Economics`` -> ``analysts``; ``a senior diplomat`` -> ``diplomat``.
    """
    words = [w.casefold().strip(",.'’") for w in description.split()]
    if not words or words[0] in PERSON_PRONOUNS:
        return None
    for i, word in enumerate(words):
        if word in ("at", "of", "for", "from", "with", "in") and i:
            return words[i - 1]
    return words[-1]


_NAME = r"\p{Lu}[\p{L}.'’\-]+(?:[ \t]\p{Lu}[\p{L}.'’\-]+){0,3}"
#: "James Stewart, Jim Sarantinos and Ryan Eagle of Ferrier Hodgson said": named people
#: who speak together, the subject of a cue.
_COORDINATED_NAMES = regex.compile(
    rf"(?<![\p{{L}}])({_NAME}(?:,[ \t]{_NAME}){{0,4}},?[ \t]and[ \t]{_NAME})"
    rf"(?:[ \t](?:of|from|at)[ \t](?:the[ \t])?{_NAME})?,?[ \t](?:also[ \t])?"
)
#: How far back a plural pronoun looks for the group it stands for.
_GROUP_REACH = 1200


def _names_together(masked: str, lo: int, cue_start: int, all_caps: bool) -> Span | None:
    """``Sato and Tai said``: names joined by ``and`` that open their clause and stand
    right before the cue speak together."""
    if all_caps:
        return None
    found = None
    for m in _COORDINATED_NAMES.finditer(masked, max(lo, cue_start - 200), cue_start):
        found = m
    if found is None or found.end() != cue_start or not _opens_clause(masked, found.start()):
        return None
    return Span(found.start(1), found.end(1))


def _is_group_of_names(mention: str) -> bool:
    """``Blair and Bush``, ``Sato, Tai and Ng``: capitalised names joined by ``and``."""
    parts = [p for p in regex.split(r",[ \t]*|[ \t]+and[ \t]+", mention) if p]
    return len(parts) >= 2 and all(all(_is_capitalised(w) for w in p.split()) for p in parts)


def _coordinated_subject(text: str, before: int) -> str | None:
    """``they said`` after ``A, B and C said ...``: the names, as written, or ``None``."""
    found = None
    for m in _COORDINATED_NAMES.finditer(text, max(0, before - _GROUP_REACH), before):
        if _CUE_FIRST_WORD.match(text, m.end()):
            found = m
    return found.group(1) if found is not None else None


def _described_since(
    source: Speaker, span: Span, chain: MentionChain, last_person: Speaker | None
) -> bool:
    """Whether ``source`` (``a senior official``) is the person written most recently
    before ``span``: after the last speaker and after every named person."""
    if source.span.end > span.start:
        return False
    if last_person is not None and last_person.span.start >= source.span.start:
        return False
    named = chain.recent_person_occurrence(span.start)
    return named is None or named[1] < source.span.start


def _titled_name(words: list[str]) -> bool:
    """Whether ``words`` end with a name right after an honorific or role noun."""
    title, name = split_title(words)
    return bool(name and title) and (
        title[-1].casefold() in HONORIFICS or title[-1].casefold().rstrip(".") in ROLE_NOUNS
    )


def _resolve_pronoun(
    text: str,
    mention: str,
    span: Span,
    chain: MentionChain,
    last_person: Speaker | None,
    recent: bool,
) -> _Resolved:
    """``he``/``she``: the last speaker when it spoke just before, else the person
    mentioned last (skipping names of the other gender)."""
    key = mention.casefold()
    female = {"he": False, "him": False, "his": False, "she": True, "her": True}.get(key)
    newer = chain.recent_person_occurrence(span.start, female=female)
    if (
        last_person is not None
        and recent
        # Unknown gender is compatible; only a name known to be a woman's rules out "he".
        and not (female is False and _looks_female(last_person, chain))
        and not (
            newer is not None
            and newer[1] > last_person.span.end
            and newer[0].name != last_person.name
            and _opens_clause(text, newer[1])
        )
    ):
        # The last speaker, unless another person was named since it spoke.
        return _Resolved(
            _speaker(last_person.name, mention, span, last_person.title, "pronoun"), True
        )
    candidate = chain.recent_person(span.start, female=female)
    if candidate is not None:
        return _Resolved(_speaker(candidate.name, mention, span, candidate.title, "pronoun"), True)
    if last_person is not None:
        return _Resolved(
            _speaker(last_person.name, mention, span, last_person.title, "pronoun"), True
        )
    return _Resolved(_speaker(mention, mention, span, None, "source"), False)


def _resolve_description(
    mention: str,
    keys: list[str],
    span: Span,
    chain: MentionChain,
    last_person: Speaker | None,
    recent: bool = False,
    earlier: Mapping[str, Speaker] | None = None,
) -> _Resolved:
    """``the minister`` -> the person introduced with that role; else as written."""
    head = _head_noun(mention) or keys[-1]
    as_written = _Resolved(
        _speaker(mention, mention, span, None, "source"),
        head in _PERSON_ROLES and keys[0] not in ("several", "some", "many", "two", "three"),
    )
    bare_title = (
        mention[:1].isupper()
        and mention.split()[-1][:1].islower()
        and head in _PERSON_ROLES
        and keys[0] not in DETERMINERS
    )  # "Russian presidential spokesman stressed": TASS drops the article
    if _titled_body(mention):
        return as_written  # "the Civil Aviation Authority of Nepal": a name, not a description
    owned = keys[0].endswith(("'s", "’s"))  # "Nepal's civil aviation authority"
    if head in _ORGANISATION_NOUNS and (owned or keys[0] in DETERMINERS):
        named = _body_named_by(mention, chain)
        if named is not None:
            return _Resolved(_speaker(named.name, mention, span, None, "description"), False)
    if keys[0] not in ("the", "this", "that", "his", "her", "its", "their") and not bare_title:
        return as_written
    if earlier and head in earlier and keys[-1] not in DOCUMENT_NOUNS:
        # "the analysts said" after "Analysts at Capital Economics said": the same source.
        prior = earlier[head]
        return _Resolved(
            _speaker(prior.name, mention, span, prior.title, "description"),
            prior.resolved_by in ("name", "surname") or head in _PERSON_ROLES,
        )
    if any(k in ("of", "at", "for", "from") for k in keys[1:]):
        return as_written  # "the head of the IAEA": a description with its own name
    for key in keys:
        defined = chain.by_acronym(key)
        if defined is not None and len(keys) <= 4:
            return _Resolved(_speaker(defined.name, mention, span, None, "description"), False)
    if head in DOCUMENT_NOUNS:
        # "the statement said": the document, as written; "the guerrillas' statement",
        # "the rebel communique": the body that issued it.
        owners = [
            w.casefold()[:-2] for w in mention.split()[:-1] if w.casefold()[-2:] in ("'s", "’s")
        ]
        owners += [k for k in keys[:-1] if k in _ORGANISATION_NOUNS or k.rstrip("s") in GROUP_NOUNS]
        if not owners:
            return as_written
        owner = owners[-1]
        found = chain.by_name_word(owner, span.start) or chain.recent_organisation(span.start)
        if found is not None:
            return _Resolved(_speaker(found.name, mention, span, None, "description"), False)
        return as_written
    roles = {head}
    for group in _ROLE_SYNONYMS:
        if head in group:
            roles |= group
    if head in _PERSON_ROLES or head in ("leader", "state"):
        # The person introduced with this very role; else the speaker just quoted;
        # else someone introduced with a related role ("the leader" ~ "President").
        spellings = {head}.union(*(group for group in _ROLE_SPELLINGS if head in group))
        found = chain.by_role(spellings, span.start)
        if found is None and any(w.endswith(("'s", "’s")) and w.islower() for w in mention.split()):
            return as_written  # "the company's spokesman": someone else's, not the last named
        if found is None and last_person is not None and recent:
            return _Resolved(
                _speaker(last_person.name, mention, span, last_person.title, "description"),
                True,
            )
        found = found or chain.by_role(roles, span.start)
        if found is not None:
            return _Resolved(_speaker(found.name, mention, span, found.title, "description"), True)
        if last_person is not None:
            return _Resolved(
                _speaker(last_person.name, mention, span, last_person.title, "description"),
                True,
            )
        first = chain.last_person(span.start)
        if first is not None:
            return _Resolved(_speaker(first.name, mention, span, first.title, "description"), True)
        return as_written
    if head in _ORGANISATION_NOUNS:
        found = chain.by_name_word(head, span.start) or chain.by_role(roles, span.start, head=True)
        if (
            found is None
            and head not in STATE_BODY_NOUNS
            and not _titled_body(mention)
            and not _holds_a_name(mention)
        ):
            found = chain.recent_organisation(span.start)
        if found is not None:
            return _Resolved(_speaker(found.name, mention, span, None, "description"), False)
    return as_written


def _titled_body(mention: str) -> bool:
    """``the National Transportation Safety Board``, ``the Civil Aviation Authority of
    Nepal``: a body's own name after ``the`` (in copy with case; ``THE GUATEMALAN
    REBELS`` is a description)."""
    words = mention.split()
    return (
        len(words) > 2
        and not mention.isupper()
        and words[0].casefold() == "the"
        and words[1][:1].isupper()
        and _is_title_case(words[1:])
    )


def _holds_a_name(description: str) -> bool:
    """``the official Xinhua news agency``: a description that names its body (not a
    nationality, ``the Chinese company``, nor a place, ``the Melbourne-based firm``)."""
    return not description.isupper() and any(
        word[:1].isupper()
        and "-" not in word
        and not word.casefold().endswith(("an", "ese", "ish", "ic", "i"))
        for word in description.split()[1:]
    )


def _body_named_by(description: str, chain: MentionChain) -> Mention | None:
    """The organisation whose name holds every word of a description of two or more
    words, wherever the article names it: ``Nepal's civil aviation authority`` -> the
    Civil Aviation Authority of Nepal."""
    words = [w[:-2] if w[-2:] in ("'s", "’s") else w for w in description.split()]
    content = [w for w in words if w.casefold() not in DETERMINERS]
    if len(content) < 2:
        return None
    found = chain.fullest(content)
    return found if found is not None and found.organisation else None


def _looks_female(speaker: Speaker, chain: MentionChain) -> bool:
    found = chain.fullest(speaker.name.split())
    return bool(found and found.female)


_TITLE_FUNCTION_WORDS = frozenset(
    {"the", "of", "and", "a", "an", "in", "on", "for", "to", "at", "de", "la", "with", "or"}
)


def _is_title_case(words: list[str]) -> bool:
    """``Face the Nation``, ``Jurassic Park``: every content word capitalised."""
    content = [w for w in words if w.casefold().strip(".,!?") not in _TITLE_FUNCTION_WORDS]
    return len(content) >= 1 and all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def _is_term(
    text: str,
    masked: str,
    q: QuotedSpan,
    lo: int,
    hi: int,
    has_cue: bool,
    all_caps: bool,
    cue_follows: bool = False,
    repeated: frozenset[tuple[str, ...]] = frozenset(),
) -> bool:
    """Decide whether a quoted span is a name, title or scare quote rather than a quotation.

    Terms: anything after a naming word (``so-called``, ``titled``, ``the name``); short
    title-case spans (names and titles) unless a cue verb introduces them directly;
    short spans in a sentence with no cue at all. Everything else is a quotation.
    """
    inner = text[q.span.start : q.span.end].strip()
    words = inner.split()
    before = masked[max(lo, q.open_mark.start - 40) : q.open_mark.start]
    if _TERM_MARKERS.search(before.rstrip(" \t")):
        return True
    if not words:
        return True
    if _term_key(inner) in repeated:
        return True  # the same short words quoted again and again: a name
    # '"Yes," he said': a quotation's own punctuation, with its cue right after it.
    speech_final = inner[-1:] in ",!?" and cue_follows
    if (
        len(words) <= 6
        and not speech_final
        and _is_title_case(words)
        and not all_caps
        and not is_all_caps(inner)
    ):
        tail = len(before) - 16
        introduced = any(
            before[m.end() :].strip(" \t\r\n,:") in ("", "that", "THAT")
            for m in _scan_cues(before, max(0, tail), len(before))
        ) or before.rstrip().endswith(":")  # not "said on CBS's "Face the Nation""
        if not introduced and (len(words) > 1 or words[0][1:2].islower()):
            return True
    ends_like_speech = inner[-1:] in ",.!?…" or inner[-2:-1] in ",.!?"
    if len(words) >= 6 or (ends_like_speech and len(words) >= 3):
        return False
    return not has_cue


def _term_key(inner: str) -> tuple[str, ...] | None:
    """Up to three words with no closing punctuation, stemmed crudely (``death squads``
    -> ``dea squa``); ``None`` for anything else."""
    words = inner.casefold().split()
    if not words or len(words) > 3 or inner[-1:] in _SPEECH_PUNCTUATION:
        return None
    return tuple(w[: max(3, len(w) - 2)] for w in words)


_SPEECH_PUNCTUATION = frozenset(",.!?…:;")


def _repeated_terms(text: str, quoted: Sequence[QuotedSpan]) -> frozenset[tuple[str, ...]]:
    """Short quoted words the article quotes three times or more: names, not speech.

    (Twice is not enough: a story may repeat the word a source used, ``"misleading"``.)
    """
    counts: dict[tuple[str, ...], int] = {}
    for q in quoted:
        key = _term_key(text[q.span.start : q.span.end].strip())
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, count in counts.items() if count >= 3)


def attribute(
    text: str,
    folded: str,
    paragraphs: Sequence[Span],
    quoted: Sequence[QuotedSpan],
    *,
    chain_span: Span | None = None,
) -> tuple[tuple[Quote, ...], tuple[QuotedTerm, ...]]:
    """Attribute each quoted span, or set it aside as a quoted term.

    Example:
        >>> from wirecopy._quotes import scan_quoted_spans
        >>> t = 'Yuri Ushakov spoke. "It was useful," Ushakov said.'
        >>> paras = [Span(0, len(t))]
        >>> quotes, terms = attribute(t, t, paras, scan_quoted_spans(t, paras))
        >>> quotes[0].speaker.name, quotes[0].cue.text
        ('Yuri Ushakov', 'said')
    """
    if not quoted:
        return (), ()
    area = chain_span or Span(0, len(text))
    # ALL-CAPS and all-lower-case copy alike give no case cues for names.
    all_caps = has_no_case_cues(folded[area.start : min(area.end, area.start + 4000)])
    masked = _mask(folded, quoted)
    # Names after the paragraph that follows the last quotation cannot be referred to.
    last = min(quoted[-1].last_paragraph + 1, len(paragraphs) - 1)
    chain_end = max(area.start, min(area.end, paragraphs[last].end))
    chain = build_chain(masked, area.start, chain_end, no_case=all_caps)
    quotes: list[Quote] = []
    terms: list[QuotedTerm] = []
    last_person: Speaker | None = None
    last_person_paragraph = -2
    last_source: Speaker | None = None
    described: dict[str, Speaker] = {}  # head noun -> the source first described with it
    sources = _described_sources(text, masked, paragraphs, all_caps)
    described_person: Speaker | None = None  # the latest "a senior official" said ...
    repeated = _repeated_terms(text, quoted)
    next_source = 0
    last_speaker: Speaker | None = None
    last_cue: Cue | None = None
    last_paragraph = -1
    for i, q in enumerate(quoted):
        while next_source < len(sources) and sources[next_source][0] < q.open_mark.start:
            _, source_head, source = sources[next_source]
            described[source_head] = source  # the latest: "ANZ analysts" after "Analysts at"
            if source_head in _PERSON_ROLES:
                described_person = source
            next_source += 1
        para = paragraphs[q.paragraph]
        end_para = paragraphs[q.last_paragraph]
        lo, _ = _sentence_bounds(masked, para, q.open_mark.start, q.open_mark.start)
        _, hi = _sentence_bounds(masked, end_para, q.span.end, q.span.end)
        if i and quoted[i - 1].last_paragraph == q.paragraph:
            previous = quoted[i - 1]
            prev_end = _close_end(previous)
            lo = (
                max(lo, min(prev_end, q.open_mark.start))
                if _SENTENCE_BREAK.search(masked, prev_end, q.open_mark.start)
                else lo
            )
        direct = _after_quote(text, masked, q, hi, all_caps)
        attribution = (
            direct
            or _before_quote(text, masked, q, lo, all_caps)
            or _later_in_sentence(text, masked, q, hi, all_caps)
        )
        in_run = False
        if attribution is None:
            attribution = _from_following_quotes(text, masked, quoted, i, paragraphs, all_caps)
            in_run = attribution is not None
        opens_paragraph = q.open_mark.start == para.start
        if attribution is None and opens_paragraph and q.paragraph > 0:
            attribution = _colon_lead_in(text, masked, paragraphs[q.paragraph - 1], all_caps)
        # Matched, not sliced: a slice to the paragraph's end per quotation is quadratic.
        blank = _BLANK.match(masked, _close_end(q), end_para.end)
        ends_paragraph = blank is not None and blank.end() == end_para.end
        if (
            attribution is None
            and opens_paragraph
            and q.paragraph > 0
            and last_paragraph < q.paragraph - 1
            and ends_paragraph
        ):
            attribution = _reported_speech_before(
                text, masked, paragraphs[q.paragraph - 1], all_caps
            )
        if attribution is None and not opens_paragraph and ends_paragraph and not all_caps:
            attribution = _subject_before(text, masked, para, q, all_caps)
        has_cue = attribution is not None and attribution.cue is not None
        cue_follows = in_run or (
            direct is not None
            and direct.cue is not None
            and direct.cue.span.start - _close_end(q) <= 40
        )
        if _is_term(text, masked, q, lo, hi, has_cue, all_caps, cue_follows, repeated):
            terms.append(QuotedTerm(text=text[q.span.start : q.span.end], span=q.span))
            continue
        speaker: Speaker | None = None
        cue = attribution.cue if attribution else None
        if attribution is not None:
            recent = last_person_paragraph >= q.paragraph - 1
            resolved = _resolve(
                text,
                attribution,
                chain,
                last_person,
                all_caps,
                recent,
                last_source,
                described,
                described_person,
            )
            if (
                resolved is not None
                and resolved.speaker.text.casefold() in ("he", "she")
                and q.paragraph > 0
                and last_paragraph < q.paragraph - 1
                and not all_caps
            ):
                resolved = (
                    _reporter_of_previous_paragraph(
                        text,
                        masked,
                        paragraphs[q.paragraph - 1],
                        chain,
                        resolved.speaker,
                        described,
                    )
                    or resolved
                )
            if (
                resolved is not None
                and resolved.speaker.text.casefold() in ("he", "she")
                and not all_caps
                and resolved.speaker.span.start > q.open_mark.start
            ):
                resolved = _described_subject(text, masked, lo, q, resolved.speaker) or resolved
            if resolved is not None:
                speaker = resolved.speaker
                head = _head_noun(speaker.text)
                if head and speaker.resolved_by == "source" and not _is_definite(speaker.text):
                    described[head] = speaker
                if resolved.person:
                    last_person = speaker
                    last_person_paragraph = q.last_paragraph
                if speaker.resolved_by in ("name", "surname", "description"):
                    last_source = speaker  # what "it said" can refer to: the last named source
        elif last_speaker is not None and (
            q.paragraph == last_paragraph or q.paragraph == last_paragraph + 1
        ):
            speaker = attrs.evolve(last_speaker, resolved_by="continuation")
            if q.paragraph == last_paragraph:
                # '"...," Abu Talb said, describing his past. "In the beginning ..."': a
                # second quotation in the paragraph goes on under the first one's cue.
                cue = last_cue
        if speaker is not None:
            last_speaker = speaker
            last_paragraph = q.last_paragraph
            last_cue = cue
        quotes.append(
            Quote(text=text[q.span.start : q.span.end], span=q.span, speaker=speaker, cue=cue)
        )
    return tuple(quotes), tuple(terms)
