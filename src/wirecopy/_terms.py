"""Quoted terms: words in quotation marks that are not anyone's words.

A stage of its own, before attribution: each quoted span is classified from its
words and the tokens around it, never from who might have said it.

A quoted span is a **term** (a name, a title, a scare quote) when:

1. a naming word stands right before it: ``so-called``, ``dubbed``, ``titled``,
   ``known as``, ``the word``, ``operation``, ``the book``, ``так называемая``;
2. it is empty, or short words the article quotes three times or more (a name);
3. it is short and in title case (``Face the Nation``, ``Operation Iron Shield``) and
   no cue introduces it (``said: "Yes, We Can"`` is speech) and it is not a short
   reply with its cue right after it (``"Nobody," he said``);
4. it is a short Russian name after a noun or a preposition (``операция «Северный
   ветер»``, ``в «Газпроме»``);
5. it is short, does not read like speech (no closing punctuation) and no cue stands
   in its sentence (``a "bold" proposal``).

Everything else is a quotation: six words or more, or a sentence that ends like speech,
or a short phrase in a sentence that has a cue (``called the plan "a disaster"``).

Example:
    >>> from wirecopy._model import Span
    >>> from wirecopy._quotes import scan_quoted_spans
    >>> from wirecopy._tokens import Tokens
    >>> from wirecopy._cues import find_cues
    >>> text = 'The so-called "Islamic State" left. "We won," Lavrov said.'
    >>> quoted = scan_quoted_spans(text, [Span(0, len(text))])
    >>> holes = [(q.open_mark.start, q.close_mark.end) for q in quoted]
    >>> tokens = Tokens.of(text, [Span(0, len(text))], holes)
    >>> find_terms(tokens, quoted, find_cues(tokens))
    [True, False]
"""

from __future__ import annotations

from collections.abc import Sequence

from wirecopy._cues import CueWord
from wirecopy._data.cues import RUSSIAN_NAME_NOUN_STEMS, RUSSIAN_PREPOSITIONS_BEFORE_NAMES
from wirecopy._lexicon import CUE, DETERMINER, PERSON_PRONOUN, RUSSIAN_ADDRESSEE, RUSSIAN_FUNCTION
from wirecopy._quotes import QuotedSpan
from wirecopy._tokens import QUOTE, Tokens

__all__ = ["find_terms"]

#: Words that name what follows them (a name, a title or a term, not speech).
NAMING_WORDS = frozenset(
    {
        "so-called",
        "self-styled",
        "self-proclaimed",
        "self-declared",
        "dubbed",
        "titled",
        "entitled",
        "named",
        "nicknamed",
        "code-named",
        "codenamed",
        "labelled",
        "labeled",
        "brand",
        "slogan",
        "motto",
        "hashtag",
        "headlined",
        "headline",
        "banner",
        "theme",
        "series",
        "sitcom",
        "novel",
        "album",
        "newspaper",
        "magazine",
        "film",
        "book",
        "song",
        "show",
        "movie",
        "program",
        "programme",
        "operation",
        "campaign",
        "term",
        "word",
        "words",
        "phrase",
        "name",
        "так",
        "называемая",
        "называемый",
        "называемое",
        "называемые",
        "называемого",
        "называемой",
        "называемую",
        "называемых",
        "называемым",
        "называемыми",
    }
)
#: Two-word naming phrases: ``known as``, ``so called``.
NAMING_PAIRS = frozenset({("known", "as"), ("so", "called"), ("the", "name")})
#: Cues that name rather than report: title-case words after them are a name.
NAMING_CUES = frozenset(
    {"called", "calls", "calling", "termed", "dubbed", "branded", "labeled", "labelled"}
)
_SPEECH_END = frozenset(",.!?…:;")
_TITLE_FUNCTION_WORDS = frozenset(
    {"the", "of", "and", "a", "an", "in", "on", "for", "to", "at", "de", "la", "with", "or"}
)


def _is_title_case(words: list[str]) -> bool:
    """``Face the Nation``, ``Jurassic Park``: every content word capitalised."""
    content = [w for w in words if w.casefold().strip(".,!?") not in _TITLE_FUNCTION_WORDS]
    return bool(content) and all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def _term_key(inner: str) -> tuple[str, ...] | None:
    """Up to three words with no closing punctuation, stemmed crudely."""
    words = inner.casefold().split()
    if not words or len(words) > 3 or inner[-1:] in _SPEECH_END:
        return None
    return tuple(w[: max(3, len(w) - 2)] for w in words)


def _is_cyrillic(word: str) -> bool:
    return bool(word) and "\u0400" <= word[0] <= "\u04ff"


def find_terms(tokens: Tokens, quoted: Sequence[QuotedSpan], cues: Sequence[CueWord]) -> list[bool]:
    """For each quoted span, whether it is a term rather than a quotation (see the
    module's docstring)."""
    text = tokens.text
    cue_sentences = {tokens.sentence[c.first] for c in cues}
    # A cue that introduces the quotation right before it: ``said: "..."``, ``said that "..."``
    cue_ends = {c.last for c in cues}
    counts: dict[tuple[str, ...], int] = {}
    inners = [text[q.span.start : q.span.end].strip() for q in quoted]
    for inner in inners:
        key = _term_key(inner)
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    repeated = {k for k, c in counts.items() if c >= 3}
    out: list[bool] = []
    for k in range(len(quoted)):
        t = tokens.quote_token[k] if k < len(tokens.quote_token) else -1
        inner = inners[k]
        words = inner.split()
        if t < 0 or not words:
            out.append(not words)
            continue
        out.append(_is_term(tokens, t, inner, words, repeated, cue_sentences, cue_ends, out, k))
    return out


def _is_term(
    tokens: Tokens,
    t: int,
    inner: str,
    words: list[str],
    repeated: set[tuple[str, ...]],
    cue_sentences: set[int],
    cue_ends: set[int],
    earlier: list[bool],
    k: int,
) -> bool:
    keys = tokens.keys
    before = keys[t - 1] if t > 0 and tokens.paragraph[t - 1] == tokens.paragraph[t] else ""
    before2 = keys[t - 2] if t > 1 and before else ""
    # a naming word that ends a cue ("In his words, ...") names no term
    if (before in NAMING_WORDS and t - 1 not in cue_ends) or (before2, before) in NAMING_PAIRS:
        return True
    if (
        before in (",", ":")
        and (keys[t - 2] if t > 1 else "") in NAMING_WORDS
        and t - 2 not in cue_ends
    ):
        return True
    if _term_key(inner) in repeated:
        return True
    after = t + 1
    cue_follows = after < len(keys) and (
        tokens.tags[after] & CUE
        or (
            keys[after] in (",", "—", "–", "-")
            and after + 1 < len(keys)
            and tokens.tags[after + 1] & CUE
        )
        or (after + 1 < len(keys) and tokens.tags[after + 1] & CUE and keys[after] not in (".",))
    )
    last_char = inner[-1:]
    introduced = False
    j = t - 1
    while j >= 0 and keys[j] in (":", ",", "that"):
        j -= 1
    if j >= 0 and j in cue_ends and keys[j] not in NAMING_CUES:
        introduced = True
    if (
        len(words) <= 6
        and not (last_char in ",!?" and cue_follows)
        and _is_title_case(words)
        and not tokens.no_case
        and not inner.isupper()
        and not introduced
        and (len(words) > 1 or words[0][1:2].islower())
    ):
        return True
    if (
        len(words) <= 4
        and _is_cyrillic(inner)
        and last_char not in _SPEECH_END
        and _russian_name_context(tokens, t, before)
    ):
        return True
    ends_like_speech = last_char in ",.!?…" or inner[-2:-1] in (",", ".", "!", "?")
    if not ends_like_speech and after < len(keys) and keys[after] in (".", "!", "?"):
        # «Договоренности уже достигнуты».: a whole sentence quoted, the stop outside
        sentence_first = tokens.sentence_bounds(t)[0]
        ends_like_speech = sentence_first == t
    if len(words) >= 6 or (ends_like_speech and len(words) >= 3):
        return False
    if ends_like_speech and inner[:1].isupper() and (introduced or cue_follows):
        return False
    if tokens.sentence[t] in cue_sentences:
        return False
    # '"...?" Fagundes asked. "Nobody."': a one-word reply after a quotation goes on
    return not (
        k > 0 and not earlier[k - 1] and last_char in ".!?" and _previous_quote_near(tokens, t)
    )


def _previous_quote_near(tokens: Tokens, t: int) -> bool:
    """Whether another quotation stands earlier in the same paragraph."""
    para = tokens.paragraph[t]
    for j in range(t - 1, max(-1, t - 30), -1):
        if tokens.paragraph[j] != para:
            return False
        if tokens.words[j] == QUOTE:
            return True
    return False


def _russian_name_context(tokens: Tokens, t: int, before: str) -> bool:
    """A Russian name in quotation marks: after a preposition (``в «Газпроме»``), a noun
    names come after (``компания``), or a content word right after the marks."""
    if not _is_cyrillic(before):
        return False
    tag = tokens.tags[t - 1]
    if before in RUSSIAN_PREPOSITIONS_BEFORE_NAMES:
        return True
    if before.startswith(RUSSIAN_NAME_NOUN_STEMS):
        return True
    if tokens.no_case:
        return False
    return not tag & (RUSSIAN_FUNCTION | CUE | RUSSIAN_ADDRESSEE | PERSON_PRONOUN | DETERMINER)
