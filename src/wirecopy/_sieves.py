"""Attribution sieves, stage one: quotation -> the mention it rests on, and its cue.

Each sieve is a small function over one quotation's :class:`Frame` that implements
one wire convention and returns a :class:`Found` (the mention, the cue, the sieve's
id) or ``None`` to leave the quotation to the next sieve. The lists of sieves are data,
one per case regime (:data:`MIXED_CASE`, :data:`NO_CASE`); the first sieve that finds
an attribution wins. Who the mention stands for is stage two
(:mod:`wirecopy._entities`), and the plausibility gate (:mod:`wirecopy._gate`) has the
last word.

Sieves in order, with their ids:

- ``quote-cue-source``: ``"...," said Kosachev``, ``«...», — заявил Песков``.
- ``quote-source-cue``: ``"...," Kosachev told journalists``, ``"...," the official,
  who asked not to be named, said``.
- ``quote-according-to``: ``"...," according to the ministry``.
- ``source-cue-quote``: ``Kosachev said: "..."``, ``X told reporters that "..."``,
  ``X called it "a disaster"``, ``According to X, "..."``, ``Y met X and said "..."``,
  ``said X: "..."``.
- ``later-cue``: ``"sex Disneyland" here, the bordello announced``.
- ``quote-run``: ``"No to occupation," "No to Israel," chanted the demonstrators``.
- ``colon-lead-in``: the paragraph before ends ``Ushakov said:``.
- ``reported-speech-before``: a paragraph that is only a quotation, after one that
  reports a source's words (``Koplan said a strategy is needed.``); no cue.
- ``paragraph-subject``: a quotation that ends its paragraph after a sentence about a
  person named in full (``Daiana Castro ... was traumatized. "I had red hair ..."``).

Continuation (a quotation with no attribution of its own goes on with the previous
speaker) needs what came before, so :mod:`wirecopy._attribution` applies it.

Example:
    >>> from wirecopy._model import Span
    >>> from wirecopy._quotes import scan_quoted_spans
    >>> text = '"We are ready," said Sergei Lavrov.'
    >>> ctx = Context.of(text, [Span(0, len(text))], scan_quoted_spans(text, [Span(0, len(text))]))
    >>> found = attribute_one(ctx, 0, MIXED_CASE)
    >>> found.rule, ctx.tokens.slice(found.phrase.first, found.phrase.last)
    ('quote-cue-source', 'Sergei Lavrov')
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import NamedTuple

from wirecopy._cues import FINITE, IMPERSONAL, PARTICIPLE, QUOTING, SOURCE_FIRST, CueWord, find_cues
from wirecopy._data.cues import (
    RUSSIAN_BODIES_AFTER_V,
    RUSSIAN_DOCUMENT_NOUNS,
    RUSSIAN_SETTING_MEDIA,
    RUSSIAN_SETTING_POSSESSIVES,
    RUSSIAN_SETTING_PREPOSITIONS,
)
from wirecopy._gate import SIGN_NOUNS
from wirecopy._lexicon import (
    ADDRESSEE_CUE,
    ADVERB,
    CONJUNCTION,
    DETERMINER,
    PREPOSITION,
    RUSSIAN_ADDRESSEE,
    TIME,
)
from wirecopy._model import Span
from wirecopy._phrases import (
    DESCRIPTION,
    NAME,
    PRONOUN,
    SUBJECT_PRONOUNS,
    Phrase,
    clause_subject,
    phrase_after,
    subject_before,
)
from wirecopy._quotes import QuotedSpan
from wirecopy._tokens import LOWER, PUNCT, QUOTE, Tokens

__all__ = ["MIXED_CASE", "NO_CASE", "Context", "Found", "attribute_one"]


class Found(NamedTuple):
    """What a sieve found: the mention, the cue and the sieve's id."""

    phrase: Phrase | None
    """The mention the attribution rests on (``None`` when the cue has no subject)."""
    cue: CueWord | None
    """The cue, or ``None`` (a paragraph's quotation after a report of the same words)."""
    rule: str
    """The id of the sieve that found it."""


class Context:
    """One article's token layer, cues and quotations, as every sieve reads them."""

    __slots__ = ("cue_at", "cue_firsts", "cues", "quoted", "terms", "tokens")

    def __init__(
        self,
        tokens: Tokens,
        quoted: Sequence[QuotedSpan],
        cues: list[CueWord],
        terms: Sequence[bool] = (),
    ) -> None:
        self.tokens = tokens
        self.quoted = quoted
        self.cues = cues
        self.cue_at = {c.first: c for c in cues}
        self.cue_firsts = [c.first for c in cues]
        self.terms = terms
        """For each quotation, whether it is a quoted term (no one's words)."""

    def is_term_at(self, i: int) -> bool:
        """Whether token ``i`` is a quoted term's placeholder."""
        k = self.tokens.quote_of.get(i)
        return k is not None and k < len(self.terms) and self.terms[k]

    @classmethod
    def of(
        cls,
        text: str,
        paragraphs: Sequence[Span],
        quoted: Sequence[QuotedSpan],
        *,
        no_case: bool = False,
    ) -> Context:
        """Build the token layer and the cues of ``text`` (a convenience for tests)."""
        holes = [
            (q.open_mark.start, q.close_mark.end if q.close_mark else q.span.end) for q in quoted
        ]
        tokens = Tokens.of(text, paragraphs, holes, no_case=no_case)
        return cls(tokens, quoted, find_cues(tokens))

    def cues_between(self, first: int, stop: int) -> list[CueWord]:
        """The cues that start in tokens ``first..stop - 1``, in order."""
        firsts = self.cue_firsts
        return self.cues[bisect_left(firsts, first) : bisect_left(firsts, stop)]


Sieve = Callable[[Context, int], "Found | None"]

#: Marks between a quotation and its attribution: ``"...," said``, ``«...», — заявил``.
_JOINERS = frozenset({",", "—", "–", "-", "--"})
#: Verbs that report speech even inside a reported clause: a cue of their own.
_REPORTING = frozenset(
    {"said", "says", "told", "tells", "added", "adds", "stated", "declared", "wrote", "quoted"}
)
#: How many tokens a trailing attribution may run to its cue.
_TRAILING_REACH = 40


def _quote_token(ctx: Context, k: int) -> int:
    return ctx.tokens.quote_token[k]


def _inner_end(ctx: Context, k: int) -> str:
    """The last character inside quotation ``k``."""
    q = ctx.quoted[k]
    inner = ctx.tokens.text[q.span.start : q.span.end].rstrip()
    return inner[-1:]


def _after_joiners(tokens: Tokens, i: int) -> int:
    while i < len(tokens) and tokens.keys[i] in _JOINERS:
        i += 1
    return i


def _next_sentence_is_attribution(tokens: Tokens, t: int, i: int) -> bool:
    """``"... too early." Tepner said.``: the sentence after the quotation's own full stop
    is a short source and cue, and nothing else."""
    if i >= len(tokens) or tokens.paragraph[i] != tokens.paragraph[t]:
        return False
    first, last = tokens.sentence_bounds(i)
    return first == i and last - first <= 9 and tokens.keys[last - 1] in (".", "!", "?")


def _inverted_source(ctx: Context, cue: CueWord, hi: int) -> Phrase | None:
    """The source after an inverted cue, past a Russian listener and setting
    (``заявил журналистам Песков``, ``сказал на брифинге Захарова``)."""
    tokens = ctx.tokens
    j = cue.last + 1
    for _ in range(5):
        if j >= hi:
            return None
        key = tokens.keys[j]
        if tokens.tags[j] & RUSSIAN_ADDRESSEE:
            j += 1
            continue
        if key in RUSSIAN_SETTING_PREPOSITIONS and j + 1 < hi:
            noun = j + 1
            if tokens.keys[noun] in RUSSIAN_SETTING_POSSESSIVES and noun + 1 < hi:
                noun += 1
            if tokens.keys[noun] in RUSSIAN_DOCUMENT_NOUNS:
                return phrase_after(tokens, noun + 1, hi) or Phrase(noun, noun, DESCRIPTION)
            j = noun + 1
            if j < hi and tokens.keys[j] in RUSSIAN_SETTING_MEDIA:
                j += 1
                if j < hi and (tokens.words[j] == QUOTE or tokens.is_name(j)):
                    j += 1
            continue
        break
    if cue.kind == IMPERSONAL and tokens.keys[j] in ("в", "во") and j + 1 < hi:
        return phrase_after(tokens, j + 1, hi) or Phrase(j + 1, j + 1, DESCRIPTION)
    first = cue.kind in (SOURCE_FIRST, QUOTING)
    return phrase_after(tokens, j, hi, source_first=first, after_verb=not first)


def _impersonal_plural(ctx: Context, cue: CueWord, hi: int) -> Phrase | None:
    """``сообщили в пресс-службе ведомства``: a plural Russian cue and ``в`` with a
    body after it: that body spoke."""
    tokens = ctx.tokens
    key = cue.key
    if not (key.endswith("ли") and not key.isascii()):
        return None
    j = cue.last + 1
    if j < hi and tokens.tags[j] & RUSSIAN_ADDRESSEE:
        j += 1
    if (
        j + 1 < hi
        and tokens.keys[j] in ("в", "во")
        and tokens.keys[j + 1] in RUSSIAN_BODIES_AFTER_V
    ):
        last = j + 1
        while last + 1 < hi and tokens.shapes[last + 1] != 0 and last - j < 5:
            last += 1
        return Phrase(j + 1, last, DESCRIPTION)
    return None


# --- the sieves ---------------------------------------------------------------------------


def quote_cue_source(ctx: Context, k: int) -> Found | None:
    """``"...," said Kosachev`` / ``«...», — заявил Песков``: a cue right after the
    closing mark and its punctuation, then the source.

    Not: ``"...," told reporters`` (the name after ``told`` is the listener).
    """
    tokens = ctx.tokens
    t = _quote_token(ctx, k)
    i = _after_joiners(tokens, t + 1)
    if i >= len(tokens):
        return None
    if tokens.sentence[i] != tokens.sentence[t] and not _next_sentence_is_attribution(tokens, t, i):
        return None
    cue = ctx.cue_at.get(i)
    if cue is None or cue.kind == SOURCE_FIRST:
        return None
    hi = tokens.sentence_bounds(i)[1]
    plural = _impersonal_plural(ctx, cue, hi)
    if plural is not None:
        return Found(plural, cue, "quote-cue-source")
    if (
        tokens.tags[cue.first] & ADDRESSEE_CUE
        and tokens.keys[cue.first].isascii()
        and not (tokens.keys[cue.first] == "asked" and _inner_end(ctx, k) == "?")
    ):
        return None  # '"...," told reporters Smith', but '"Why now?" asked Smith.'
    source = _inverted_source(ctx, cue, hi)
    if source is None:
        return None
    return Found(source, cue, "quote-cue-source")


def quote_source_cue(ctx: Context, k: int) -> Found | None:
    """``"...," Kosachev told journalists``, ``"...," Tian Yong, vice president of the
    school, said``, ``"...," the official, who asked not to be named, said``: the source
    right after the closing mark, then its cue.

    Not: a partial quotation in mid-sentence (``a "fair and equal" footing``), whose
    attribution comes before it.
    """
    tokens = ctx.tokens
    t = _quote_token(ctx, k)
    i = _after_joiners(tokens, t + 1)
    if i >= len(tokens):
        return None
    separate = tokens.sentence[i] != tokens.sentence[t]
    if separate and not _next_sentence_is_attribution(tokens, t, i):
        return None
    if i == t + 1 and _inner_end(ctx, k) not in ",.!?…:;" and not separate:
        return None  # mid-sentence: 'a "fair and equal" footing said'
    hi = tokens.sentence_bounds(i)[1]
    for cue in ctx.cues_between(i + 1, min(hi, i + _TRAILING_REACH)):
        if cue.kind == SOURCE_FIRST:
            return None
        if _in_relative_clause(tokens, i, cue):
            continue  # the official, who asked not to be named, said
        if any(tokens.words[j] == QUOTE for j in range(i, cue.first)):
            return None
        if cue.kind == QUOTING:
            # '"...," Reuters quoted Lavrov as saying': the one quoted is the source
            quoted = _inverted_source(ctx, cue, hi)
            return Found(quoted, cue, "quote-source-cue") if quoted is not None else None
        phrase = subject_before(tokens, cue.first, i)
        if phrase is None or phrase.first != i:
            if tokens.keys[cue.first - 1] == "," and phrase is None:
                # '"...", to eliminate the militants, said General Valery Manilov'
                source = _inverted_source(ctx, cue, hi)
                if source is not None and (
                    source.kind == NAME or tokens.tags[source.first] & DETERMINER
                ):
                    return Found(source, cue, "quote-source-cue")
            return None
        return Found(phrase, cue, "quote-source-cue")
    return None


def _in_relative_clause(tokens: Tokens, first: int, cue: CueWord) -> bool:
    """Whether ``cue`` stands in a relative clause between commas after the source
    (``the official, who asked not to be named, said``): its verb is not the cue."""
    keys = tokens.keys
    for j in range(cue.first - 1, first, -1):
        if keys[j] in ("who", "which") and keys[j - 1] == ",":
            return any(keys[k] == "," for k in range(cue.last + 1, min(len(keys), cue.last + 12)))
        if keys[j] == "," or tokens.words[j] == QUOTE:
            return False
    return False


def quote_according_to(ctx: Context, k: int) -> Found | None:
    """``"...," according to the ministry``: a source-first cue right after the quotation."""
    tokens = ctx.tokens
    t = _quote_token(ctx, k)
    i = _after_joiners(tokens, t + 1)
    cue = ctx.cue_at.get(i)
    if cue is None or cue.kind != SOURCE_FIRST or tokens.sentence[i] != tokens.sentence[t]:
        return None
    hi = tokens.sentence_bounds(i)[1]
    source = phrase_after(tokens, cue.last + 1, hi, source_first=True)
    if source is None:
        return None
    return Found(source, cue, "quote-according-to")


def _reporting_cue(ctx: Context, cues: list[CueWord]) -> CueWord:
    """The cue that reports the clause holding the quotation: the last one, unless it
    is a verb inside a clause an earlier finite cue reports (``He said that China
    welcomes ... "..."``, ``Brafman noted that I had long felt that way, and "..."``),
    with no clause break between them. A last cue that is a reporting verb of its own
    (``said``, ``told``), a participle (``adding``), a naming verb (``called it``) or
    coordinated (``... and reaffirmed that``) reports the quotation itself."""
    tokens = ctx.tokens
    last = cues[-1]
    if (
        len(cues) < 2
        or last.key in _REPORTING
        or last.kind in (PARTICIPLE, SOURCE_FIRST)
        or last.key in ("called", "termed", "dubbed", "branded", "described")
        or tokens.tags[last.first - 1] & CONJUNCTION
        or (last.first > 1 and tokens.tags[last.first - 2] & CONJUNCTION)
    ):
        return last
    for cue in reversed(cues[:-1]):
        if _clause_break(tokens, cue.last + 1, last.first):
            break
        if cue.kind == FINITE and _reports_clause(tokens, cue, last):
            return cue
    return last


def _reports_clause(tokens: Tokens, cue: CueWord, later: CueWord) -> bool:
    """Whether ``later`` stands in the clause ``cue`` reports: ``cue`` is a reporting
    verb (``Meeks said Clinton reassured them``), a ``that`` opens the clause (``noted
    that I had long felt``), or its subject is a pronoun (``said it believes``)."""
    if cue.key in _REPORTING:
        return True
    if any(
        tokens.keys[j] in ("that", "whether")
        for j in range(cue.last + 1, min(later.first, cue.last + 4))
    ):
        return True  # the complementizer right after the cue (or its listener)
    return later.first - 1 > cue.last and tokens.keys[later.first - 1] in SUBJECT_PRONOUNS


def _clause_break(tokens: Tokens, first: int, stop: int) -> bool:
    """Whether a new clause with a subject of its own opens in tokens ``first..stop-1``:
    a semicolon, a colon, a quotation, or a comma with ``but``/``while``/``whereas``."""
    keys = tokens.keys
    for j in range(first, stop):
        key = keys[j]
        if key in (";", ":") or tokens.words[j] == QUOTE:
            return True
        if key == "," and j + 1 < stop and keys[j + 1] in ("but", "while", "whereas", "yet"):
            return True
    return False


def _subject_of(ctx: Context, cue: CueWord, lo: int, hi: int) -> Phrase | None:
    """Whose cue ``cue`` is, in the sentence ``lo..hi``: the subject before it, the
    clause's subject for a participle or a coordinated verb (``met Kerry and said``),
    else the source after an inverted cue (``said Lavrov:``)."""
    tokens = ctx.tokens
    if (
        cue.kind == SOURCE_FIRST
        and tokens.keys[cue.first] in ("in", "по")
        and tokens.keys[cue.first + 1] in ("his", "her", "their", "его", "её", "ее", "их")
    ):
        # "In his words", "По его словам": the owner is the source
        return Phrase(cue.first + 1, cue.first + 1, PRONOUN)
    if cue.kind == SOURCE_FIRST:
        if not tokens.keys[cue.first].isascii():
            return _inverted_source(ctx, cue, hi)  # "Как сообщил ТАСС источник": the listener
        return phrase_after(tokens, cue.last + 1, hi, source_first=True)
    if cue.kind == QUOTING:
        return _inverted_source(ctx, cue, hi)
    before = cue.first - 1
    if (
        before - 1 >= lo
        and tokens.keys[before] in ("that", "which")
        and tokens.keys[before - 1] in SIGN_NOUNS
    ):
        # "Protesters carried placards that read "..."": whoever carries the sign
        return clause_subject(tokens, lo, before - 1)
    coordinated = (before >= lo and tokens.keys[before] in ("and", "but")) or (
        before - 1 >= lo
        and tokens.keys[before - 1] in ("and", "but")
        and tokens.tags[before] & ADVERB
    )
    named = before
    while named > lo and tokens.tags[named] & ADVERB and tokens.shapes[named] == LOWER:
        named -= 1  # "with Trump reportedly yelling"
    if (
        cue.kind == PARTICIPLE
        and named >= lo
        and tokens.is_name(named)
        and tokens.keys[named] != "and"
    ):
        # "with Republican Senator John McCain telling reporters ...": its own subject
        phrase = subject_before(tokens, cue.first, lo)
        if phrase is not None and phrase.kind == NAME:
            return phrase
    if cue.kind == PARTICIPLE:
        # "Ushakov said, adding that ...": a participle after a finite cue takes its subject
        finite = [
            c for c in ctx.cues_between(max(lo, cue.first - 12), cue.first) if c.kind == FINITE
        ]
        if finite and not _clause_break(tokens, finite[-1].last + 1, cue.first):
            return _subject_of(ctx, finite[-1], lo, hi)
    if cue.kind == PARTICIPLE or coordinated:
        phrase = clause_subject(tokens, lo, cue.first)
        if phrase is not None:
            return phrase
        if cue.kind == PARTICIPLE:
            return None
    phrase = subject_before(tokens, cue.first, lo)
    if phrase is not None:
        return phrase
    if tokens.tags[cue.first] & ADDRESSEE_CUE and tokens.keys[cue.first].isascii():
        return None
    plural = _impersonal_plural(ctx, cue, hi)
    if plural is not None:
        return plural
    if not _may_invert(tokens, cue, lo):
        return None
    return _inverted_source(ctx, cue, hi)


def _may_invert(tokens: Tokens, cue: CueWord, lo: int) -> bool:
    """Whether the source may follow the cue: the cue opens its clause (``said
    Lavrov: "..."``, ``— заявил Песков``), or the copy is Russian, whose word order is
    free (``заявил журналистам Песков``). Elsewhere the words after a verb are its
    object (``called Iraq "the land of imams"``)."""
    before = cue.first - 1
    if before < lo or not tokens.keys[cue.first].isascii():
        return True
    return tokens.keys[before] in (",", ":", "—", "–", "-", "--") or tokens.words[before] == QUOTE


def source_cue_quote(ctx: Context, k: int) -> Found | None:
    """``Kosachev said: "..."``, ``X told reporters that "..."``, ``X called the plan "a
    disaster"``, ``According to X, "..."``, ``said X: "..."``: the cue that reports the
    quotation's clause stands before it in its sentence.

    Not: a cue before an earlier quotation of the sentence (that one's words).
    """
    tokens = ctx.tokens
    t = _quote_token(ctx, k)
    lo = tokens.sentence_bounds(t)[0]
    for j in range(t - 1, lo - 1, -1):
        if tokens.words[j] == QUOTE and not ctx.is_term_at(j):
            lo = j + 1
            break
    cues = ctx.cues_between(lo, t)
    if not cues:
        return None
    if _closing_attribution(ctx, t) and not any(
        c.key in _REPORTING or c.key in ("read", "reads") for c in cues
    ):
        # "France ... believes the levy will raise "...", its finance minister said.": a
        # closing attribution reports the whole sentence, its verbs of belief included
        return None
    cue = _reporting_cue(ctx, cues)
    # the subject may stand before an earlier quotation of the sentence ('X said that
    # "..." and reaffirmed that "..."'): read from the sentence's start
    phrase = _subject_of(ctx, cue, tokens.sentence_bounds(t)[0], t)
    return Found(phrase, cue, "source-cue-quote")


def _closing_attribution(ctx: Context, t: int) -> bool:
    """Whether the sentence of quotation ``t`` closes with its own attribution after a
    comma (``..., its finance minister said.``, ``..., Lavrov told reporters.``): a
    reporting verb that attributes the whole sentence, verbs before the quotation
    included."""
    tokens = ctx.tokens
    _, hi = tokens.sentence_bounds(t)
    later = ctx.cues_between(t + 1, hi)
    if len(later) != 1 or later[0].key not in _REPORTING or later[0].kind != FINITE:
        return False
    cue = later[0]
    comma = next((j for j in range(cue.first - 1, t, -1) if tokens.keys[j] == ","), None)
    if (
        comma is None
        or cue.first - comma > 5
        or any(tokens.words[j] == QUOTE for j in range(comma, cue.first))
    ):
        return False
    rest = [j for j in range(cue.last + 1, hi) if tokens.keys[j] not in (".", "!", "?")]
    return len(rest) <= 4 and all(
        tokens.tags[j] & (TIME | PREPOSITION) or tokens.shapes[j] != LOWER for j in rest[:1]
    )


def later_cue(ctx: Context, k: int) -> Found | None:
    """``"sex Disneyland" here, the bordello announced``, ``... "two to three months" to
    eliminate them, said General Valery Manilov``: a cue later in the sentence, with
    its subject after the quotation.

    Not: a quotation that closes with its own full stop (its sentence is over).
    """
    tokens = ctx.tokens
    t = _quote_token(ctx, k)
    if _inner_end(ctx, k) in ".!?…":
        return None  # a quotation that ends its own sentence has no cue later in it
    _, hi = tokens.sentence_bounds(t)
    for cue in ctx.cues_between(t + 1, hi):
        if any(tokens.words[j] == QUOTE for j in range(t + 1, cue.first)):
            return None
        if cue.kind == SOURCE_FIRST:
            source = phrase_after(tokens, cue.last + 1, hi, source_first=True)
            return Found(source, cue, "later-cue") if source is not None else None
        if tokens.keys[cue.first - 1] == "," and not tokens.tags[cue.first] & ADDRESSEE_CUE:
            source = _inverted_source(ctx, cue, hi)
            if source is not None:
                return Found(source, cue, "later-cue")
        if cue.kind == PARTICIPLE or tokens.keys[cue.first - 1] in ("and", "but"):
            continue  # the clause's subject: not after the quotation
        phrase = subject_before(tokens, cue.first, t + 1)
        if phrase is not None:
            return Found(phrase, cue, "later-cue")
    return None


def quote_run(ctx: Context, k: int) -> Found | None:
    """``"No to occupation," "No to Israel," chanted the demonstrators``: a run of
    quotations shares the attribution after its last one."""
    tokens = ctx.tokens
    for j in range(k, min(k + 6, len(ctx.quoted) - 1)):
        t = _quote_token(ctx, j)
        n = t + 1
        while n < len(tokens) and tokens.keys[n] in (",", ";", "—", "–", "-"):
            n += 1
        if (
            n >= len(tokens)
            or tokens.words[n] != QUOTE
            or tokens.paragraph[n] != tokens.paragraph[t]
        ):
            return None
        following = tokens.quote_of[n]
        for sieve in (quote_cue_source, quote_source_cue):
            found = sieve(ctx, following)
            if found is not None:
                return found._replace(rule="quote-run")
    return None


def colon_lead_in(ctx: Context, k: int) -> Found | None:
    """The paragraph before a quotation that opens its own ends ``Ushakov said:``."""
    tokens = ctx.tokens
    t = _quote_token(ctx, k)
    if t == 0 or tokens.paragraph[t - 1] == tokens.paragraph[t] or tokens.keys[t - 1] != ":":
        return None
    lo, _ = tokens.sentence_bounds(t - 1)
    cues = ctx.cues_between(lo, t - 1)
    if not cues:
        return None
    cue = _reporting_cue(ctx, cues)
    return Found(_subject_of(ctx, cue, lo, t - 1), cue, "colon-lead-in")


def _paragraph_bounds(tokens: Tokens, t: int) -> tuple[int, int]:
    para = tokens.paragraph[t]
    first = t
    while first > 0 and tokens.paragraph[first - 1] == para:
        first -= 1
    last = t
    while last + 1 < len(tokens) and tokens.paragraph[last + 1] == para:
        last += 1
    return first, last


def _only_the_quotation(tokens: Tokens, t: int) -> bool:
    first, last = _paragraph_bounds(tokens, t)
    return first == t and all(tokens.keys[j] in (".", ",") for j in range(t + 1, last + 1))


def reported_speech_before(ctx: Context, k: int) -> Found | None:
    """``CDC Director Jeffrey P. Koplan said a national strategy is needed.`` then a
    paragraph that is only a quotation: the source of the previous paragraph's last
    cue speaks; the quotation has no cue of its own. A cue whose subject is ``it`` or
    ``this`` is passed over for the one before it."""
    tokens = ctx.tokens
    t = _quote_token(ctx, k)
    if t == 0 or not _only_the_quotation(tokens, t):
        return None
    first, last = _paragraph_bounds(tokens, t - 1)
    if any(tokens.words[j] == QUOTE for j in range(first, last + 1)):
        return None
    cues = ctx.cues_between(first, last + 1)
    for cue in reversed(cues[-3:]):
        lo, hi = tokens.sentence_bounds(cue.first)
        phrase = _subject_of(ctx, cue, lo, hi)
        if phrase is None:
            return None
        if tokens.keys[phrase.first] in ("it", "this", "that", "which"):
            continue
        return Found(phrase, None, "reported-speech-before")
    return None


def paragraph_subject(ctx: Context, k: int) -> Found | None:
    """``Daiana Castro, a 23-year-old hairstylist, was traumatized at first. "I had red
    hair ..."``: a quotation that ends its paragraph, after a sentence whose subject is
    a person named in full (or by a surname given in full before), is that person's."""
    tokens = ctx.tokens
    t = _quote_token(ctx, k)
    first, last = _paragraph_bounds(tokens, t)
    if first == t or not all(tokens.keys[j] in (".", ",") for j in range(t + 1, last + 1)):
        return None
    if tokens.sentence[t - 1] == tokens.sentence[t] or t - first > 60:
        return None
    if any(tokens.words[j] == QUOTE for j in range(first, t)):
        return None
    phrase = phrase_after(tokens, first, t)
    if phrase is None or phrase.kind != NAME:
        return None
    if phrase.name_last == phrase.name_first and not _named_in_full_before(
        tokens, phrase.name_last
    ):
        return None  # one capitalised word may be anything; a surname given in full is a person
    if tokens.sentence[phrase.first] != tokens.sentence[t - 1]:
        return None
    return Found(phrase, None, "paragraph-subject")


def subject_quote(ctx: Context, k: int) -> Found | None:
    """``Putin "reasonably responded that yes, Ukraine is not ready."``, ``THE URNG
    GENERAL COMMAND "FEELS THAT IT IS NECESSARY ..."``: a quotation that is its
    sentence's predicate, right after the subject, opening with a verb.

    Not: a quotation after a verb or a preposition (``called it "a disaster"``), nor one
    that opens with anything but a verb form.
    """
    tokens = ctx.tokens
    t = _quote_token(ctx, k)
    lo = tokens.sentence_bounds(t)[0]
    if t - 1 < lo or tokens.shapes[t - 1] == PUNCT:
        return None  # right after a mark: no subject stands there
    inner = tokens.text[ctx.quoted[k].span.start : ctx.quoted[k].span.end].split()
    if not inner:
        return None
    first = inner[0].casefold().strip(",.;:")
    second = inner[1].casefold().strip(",.;:") if len(inner) > 1 else ""
    verb = first.endswith(("s", "ed")) and not first.endswith("ss") and len(first) > 3
    adverb_verb = first.endswith("ly") and second.endswith("ed")
    if not (verb or adverb_verb):
        return None
    phrase = clause_subject(tokens, lo, t)
    if phrase is None or phrase.last != t - 1 or phrase.kind == PRONOUN:
        return None
    return Found(phrase, None, "subject-quote")


def _named_in_full_before(tokens: Tokens, i: int) -> bool:
    """Whether the surname at token ``i`` stands earlier after a given name (``John
    Bolton ... Bolton``)."""
    key, keys, name_word = tokens.keys[i], tokens.keys, tokens.name_word
    return any(keys[k] == key and name_word[k - 1] for k in range(max(1, i - 2000), i))


#: The sieves for mixed-case copy, in order.
MIXED_CASE: tuple[Sieve, ...] = (
    quote_cue_source,
    quote_source_cue,
    quote_according_to,
    source_cue_quote,
    later_cue,
    quote_run,
    colon_lead_in,
    reported_speech_before,
    paragraph_subject,
    subject_quote,
)
#: The sieves for copy without case cues (ALL-CAPS, all-lower-case): no sieve that
#: needs a capital to find a name in full.
NO_CASE: tuple[Sieve, ...] = (
    quote_cue_source,
    quote_source_cue,
    quote_according_to,
    source_cue_quote,
    later_cue,
    quote_run,
    colon_lead_in,
    reported_speech_before,
    subject_quote,
)


def attribute_one(ctx: Context, k: int, sieves: Sequence[Sieve]) -> Found | None:
    """The first attribution the sieves find for quotation ``k``, or ``None``."""
    for sieve in sieves:
        found = sieve(ctx, k)
        if found is not None:
            return found
    return None


def time_word(tokens: Tokens, i: int) -> bool:
    """Whether token ``i`` is a time word (``Tuesday``, ``morning``)."""
    return bool(tokens.tags[i] & TIME)
