"""Quotation marks -> quoted spans, by a one-pass scanner over the body paragraphs.

The scanner knows every mark in wire copy: straight ``"`` and ``'``, curly
``“ ”`` and ``‘ ’``, guillemets ``« »`` (and the reversed ``» «``), low-high
``„ “``, and the LDC/TeX forms ````` `` ... '' ````` and ```` `...' ````. It tells
apostrophes (``Kerry's``, ``U.S.' readiness``, ``'90s``) and inch marks
(``5'11"``) from quotation marks by their neighbours, keeps quotes nested in
quotes inside their parent, and follows the newswire convention that a quotation
running over several paragraphs repeats its opening mark at each paragraph and
closes only at its end. An unclosed mark never runs past its paragraph.

This module only finds quoted spans; :mod:`wirecopy._attribution` decides which
are quotations and who said them.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from typing import Protocol

import attrs
import regex

from wirecopy._model import Span
from wirecopy._text import Found

__all__ = ["QuotedSpan", "scan_quoted_spans"]


@attrs.frozen(kw_only=True)
class QuotedSpan:
    """Words between a pair of quotation marks (marks excluded)."""

    span: Span
    """The words inside the marks."""
    open_mark: Span
    """The opening mark."""
    close_mark: Span | None
    """The closing mark, or ``None`` when the quotation was never closed."""
    paragraph: int
    """Index of the paragraph the quotation opens in."""
    last_paragraph: int
    """Index of the paragraph the quotation ends in (later for run-on quotations)."""


# One alternation for every mark; two-character LDC forms first (``?, ''?). Each
# alternative opens with a literal, so the standard library's re skips to the next
# possible first character: twice as fast as the regex module on this pattern.
# Three marks after a word (the word 'old-school,''') close a quotation inside a
# quotation, then the quotation: a single mark, then the pair.
_MARK = re.compile(r"'(?<=\S')(?='')|``?|''?|,,|\"|“|”|„|«|»|‹|›|‘|’")
_NO_END_QUOTE = regex.compile(r"\[\s{0,3}NO\s{1,3}END\s{1,3}QUOTE[^\]\n]{0,40}\]", regex.IGNORECASE)

_DOUBLE = "double"
_SINGLE = "single"


class _MarkLike(Protocol):
    """A quotation mark: the match :data:`_MARK` found, or a :class:`_Mark`."""

    def start(self) -> int: ...
    def end(self) -> int: ...
    def group(self) -> str: ...


#: A quotation mark read as another (a single ``'`` typed for the LDC opening pair).
_Mark = Found


_OPENERS: dict[str, str] = {"“": _DOUBLE, "„": _DOUBLE, "«": _DOUBLE, "``": _DOUBLE, ",,": _DOUBLE}
_OPENERS_SINGLE: dict[str, str] = {"‘": _SINGLE, "`": _SINGLE, "‹": _SINGLE}
_CLOSERS: dict[str, str] = {"”": _DOUBLE, "»": _DOUBLE, "''": _DOUBLE}
_CLOSERS_SINGLE: dict[str, str] = {"’": _SINGLE, "›": _SINGLE}

_OPEN_CONTEXT = frozenset(" \t\r\n\xa0([{—–-/:;\u2009\u202f\ufeff") | frozenset("“‘«„\"'`")


_SINGLE_MARKS = frozenset(("'", "‘", "’", "`", "‹", "›"))
#: The marks a digit after can make an apostrophe ('90s).
_DECADE_MARKS = frozenset(("'", "’"))


def _family(mark: str) -> str:
    return _SINGLE if mark in _SINGLE_MARKS else _DOUBLE


def _roles(text: str, marks: list[_MarkLike], lo: int, hi: int) -> list[str]:
    """Classify each mark of the paragraph ``text[lo:hi]`` as ``open``, ``close``,
    ``either`` or ``none`` (an apostrophe)."""
    roles = []
    for m in marks:
        i, j = m.start(), m.end()
        mark = m.group()
        prev = text[i - 1] if i > lo else " "  # a paragraph's edge reads as a space
        nxt = text[j] if j < hi else " "
        decade = mark in _DECADE_MARKS and text[j : j + 2].isdigit()
        roles.append(_role_in_context(mark, prev, nxt, decade))
    return roles


@functools.lru_cache(maxsize=4096)
def _role_in_context(mark: str, prev: str, nxt: str, decade: bool) -> str:
    """The role of ``mark`` between the characters ``prev`` and ``nxt`` (a space at a
    paragraph's edge), ``decade`` when two digits follow it.

    Cached: a paragraph's marks stand in a few contexts that recur all through the copy.
    """
    # At the paragraph's start prev is " ": in _OPEN_CONTEXT, and white space.
    opens_by_context = prev in _OPEN_CONTEXT and not nxt.isspace()
    closes_by_context = not prev.isspace()
    if mark in ("'", "’", "‘", "`"):
        if prev.isalnum() and nxt.isalnum():
            return "none"  # Kerry's, don't
        if mark in ("'", "’") and decade and not prev.isalnum():
            return "none"  # '90s
        if prev.isdigit() and mark in ("'", "’"):
            # 5'11 is a foot mark; 'Vision 2030' may close a quotation.
            return "none" if nxt.isalnum() else "digit"
    if mark == '"' and prev.isdigit() and not nxt.isalnum():
        return "digit"  # 11" (inches), or "net zero by 2050" closing
    if mark in _OPENERS or mark in _OPENERS_SINGLE:
        if mark in ("“", "«") and closes_by_context and not opens_by_context:
            return "close"  # „...“ closes with “, and »...« with «
        return "open"
    if mark in _CLOSERS or mark in _CLOSERS_SINGLE:
        if mark == "»" and opens_by_context and not closes_by_context:
            return "open"  # reversed guillemets »...«
        if mark == "''" and opens_by_context and not closes_by_context:
            return "open"  # AP's ''...'' pairs
        if mark == "’" and opens_by_context and not closes_by_context:
            return "open"
        return "close"
    if mark == "‹":
        return "open"
    if opens_by_context and not closes_by_context:
        return "open"
    if closes_by_context and not opens_by_context:
        return "close"
    return "either"


def _matches(open_mark: str, close_mark: str) -> bool:
    # Same family (« and » are both double marks, so they pair either way round).
    return (open_mark in _SINGLE_MARKS) == (close_mark in _SINGLE_MARKS)


def scan_quoted_spans(text: str, paragraphs: Sequence[Span]) -> list[QuotedSpan]:
    """Return the outermost quoted spans in ``paragraphs``, in document order.

    Example:
        >>> t = 'He said "we will win," and left.'
        >>> [t[q.span.start:q.span.end] for q in scan_quoted_spans(t, [Span(0, len(t))])]
        ['we will win,']
    """
    found: list[QuotedSpan] = []
    pending: tuple[_MarkLike, int] | None = None  # an outermost quotation run on
    for index, para in enumerate(paragraphs):
        stack: list[_MarkLike] = []
        outer_start: _MarkLike | None = None
        outer_paragraph = index
        # The matches themselves: their methods are C calls, cheaper than copying them.
        marks: list[_MarkLike] = list(_MARK.finditer(text, para.start, para.end))
        if not marks:  # no quotation here, and a run-on one ends before
            if pending is not None:
                found.append(_unclosed(text, pending, index - 1, paragraphs))
                pending = None
            continue
        first_mark_opens = marks[0].start() == para.start
        roles = _roles(text, marks, para.start, para.end)
        if pending is not None:
            if first_mark_opens and roles[0] in ("open", "either"):
                # The run-on convention: the opening mark is repeated, the quotation goes on.
                outer_start, outer_paragraph = pending
                stack = [outer_start]
                marks = marks[1:]
                roles = roles[1:]
            else:
                found.append(_unclosed(text, pending, index - 1, paragraphs))
            pending = None
        inner: QuotedSpan | None = None  # "'...,' he said": a quotation right inside another
        inner_parent: _MarkLike | None = None
        # The note opens with "[": most paragraphs have none and skip the search.
        has_bracket = text.find("[", para.start, para.end) >= 0
        note = _NO_END_QUOTE.search(text, para.start, para.end) if has_bracket else None
        # Where a single mark could close a quotation: looked up, not rescanned, per opener
        # (listed when a single mark first opens one: most paragraphs have none).
        single_closers: list[int] | None = None
        for k, (m, role) in enumerate(zip(marks, roles, strict=True)):
            if note is not None and m.start() >= note.start():
                break
            if role == "none":
                continue
            mark = m.group()
            if role == "digit":
                # After a digit a mark closes an open quotation of its family; otherwise
                # it is a foot or inch mark (55" screens, 5' tall).
                if not stack or not _matches(stack[-1].group(), mark):
                    continue
                role = "close"
            if stack and role == "close" and not _matches(stack[-1].group(), mark):
                # 'told them: \'You won\'t be elected," the source said': an inner
                # quotation never closed; a mark that closes an outer one closes both
                # (looked for three levels down at most: bounded work per mark).
                depth = next(
                    (
                        k
                        for k in range(len(stack) - 2, max(-1, len(stack) - 5), -1)
                        if _matches(stack[k].group(), mark)
                    ),
                    None,
                )
                if depth is not None:
                    del stack[depth + 1 :]
            if stack and role in ("close", "either") and _matches(stack[-1].group(), mark):
                opener = stack.pop()
                if len(stack) == 1 and opener.start() == stack[0].end():
                    inner_parent = stack[0]
                    inner = QuotedSpan(
                        span=Span(opener.end(), m.start()),
                        open_mark=Span(opener.start(), opener.end()),
                        close_mark=Span(m.start(), m.end()),
                        paragraph=index,
                        last_paragraph=index,
                    )
                if not stack:
                    found.append(
                        QuotedSpan(
                            span=Span(opener.end(), m.start()),
                            open_mark=Span(opener.start(), opener.end()),
                            close_mark=Span(m.start(), m.end()),
                            paragraph=outer_paragraph,
                            last_paragraph=index,
                        )
                    )
                    outer_start = None
                continue
            if role in ("open", "either"):
                if stack and _family(mark) == _DOUBLE and _family(stack[-1].group()) == _SINGLE:
                    # A double mark inside a single-quoted span: the single was an apostrophe.
                    stack.pop()
                if (
                    role == "open"
                    and mark == '"'
                    and len(stack) == 1
                    and stack[0].group() == '"'
                    and outer_start is not None
                    and text[para.start : m.start()].rstrip()[-1:] in (".", "!", "?")
                ):
                    # 'X said. "The calendar is ... undoubtedly. "I note ...," he said':
                    # the first quotation was never closed; it ends where the next opens.
                    found.append(
                        QuotedSpan(
                            span=_trim(text, outer_start.end(), m.start()),
                            open_mark=Span(outer_start.start(), outer_start.end()),
                            close_mark=None,
                            paragraph=outer_paragraph,
                            last_paragraph=index,
                        )
                    )
                    stack.clear()
                if not stack:
                    if mark in _SINGLE_MARKS:
                        if single_closers is None:
                            single_closers = _single_closers(text, marks, roles, para.start)
                        if not _closes_soon(single_closers, m.end()):
                            if not _closed_by_double(marks, roles, k):
                                continue
                            # "said. 'A lot of people ... happened.''": a single mark typed
                            # for the opening pair of a quotation that closes with ''.
                            m = _Mark(m.start(), m.end(), "``")
                    outer_start = m
                    outer_paragraph = index
                stack.append(m)
            # a stray closing mark with nothing open is ignored
        if note is not None and stack and outer_start is not None:
            found.append(
                QuotedSpan(
                    span=_trim(text, outer_start.end(), note.start()),
                    open_mark=Span(outer_start.start(), outer_start.end()),
                    close_mark=None,
                    paragraph=outer_paragraph,
                    last_paragraph=index,
                )
            )
            continue
        if (
            inner is not None
            and outer_start is not None
            and inner_parent is outer_start
            and stack == [outer_start]
            and outer_paragraph == index
            and inner.open_mark.start == para.start + 1
        ):
            # '"\'Of course ... power,\' the source said.': the double mark never closes;
            # the single-quoted words inside it are the quotation.
            found.append(inner)
            continue
        if stack and outer_start is not None and _family(outer_start.group()) == _DOUBLE:
            pending = (outer_start, outer_paragraph)
    if pending is not None:
        found.append(_unclosed(text, pending, len(paragraphs) - 1, paragraphs))
    found.sort(key=lambda q: q.span.start)
    return found


#: How far a single quotation mark looks for its closing partner (a single-quoted
#: quotation is short: a title, a phrase).
_SINGLE_REACH = 400


def _single_closers(text: str, marks: list[_MarkLike], roles: list[str], lo: int) -> list[int]:
    """Where a single mark could close a quotation, in order."""
    return [
        m.start()
        for m, role in zip(marks, roles, strict=True)
        if role in ("close", "either", "digit")
        and _family(m.group()) == _SINGLE
        and m.start() > lo
        and not text[m.start() - 1].isspace()
    ]


def _closes_soon(closers: list[int], after: int) -> bool:
    """Whether a single mark that could close stands within reach after ``after``."""
    index = bisect.bisect_left(closers, after)
    return index < len(closers) and closers[index] <= after + _SINGLE_REACH


def _closed_by_double(marks: list[_MarkLike], roles: list[str], k: int) -> bool:
    """Whether the next mark after the straight single mark ``marks[k]`` (apostrophes
    aside) is a closing ``''``: the single mark is a mistyped opening pair."""
    if marks[k].group() != "'":
        return False
    # Indexed, not sliced: a slice copies the rest of the marks at every single mark
    # (quadratic on "'word 'word ..."); the walk stops at the next mark with a role,
    # so the walks of successive marks never overlap.
    for j in range(k + 1, len(marks)):
        if roles[j] != "none":
            return marks[j].group() == "''" and roles[j] == "close"
    return False


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _unclosed(
    text: str, pending: tuple[_MarkLike, int], last: int, paragraphs: Sequence[Span]
) -> QuotedSpan:
    opener, first = pending
    return QuotedSpan(
        span=_trim(text, opener.end(), paragraphs[last].end),
        open_mark=Span(opener.start(), opener.end()),
        close_mark=None,
        paragraph=first,
        last_paragraph=last,
    )


#: Words of the author inside a quotation, between dashes, as Russian copy writes them:
#: «Мы готовы, - сказал Лавров. - Но ультиматумов не примем». Group 1 is the author's
#: words (a cue first, checked by the caller).
_INNER_ATTRIBUTION = regex.compile(
    r"(?<=[,!?…])[ \t]{1,3}[-–—][ \t]{1,3}"
    r"(\p{Ll}[^«»\"“”„\n]{1,120}?)"
    r"[.,:][ \t]{1,3}[-–—][ \t]{1,3}"
)
_FIRST_WORD = regex.compile(r"[\p{L}\-]+")


def split_interrupted(
    text: str, quoted: Sequence[QuotedSpan], is_cue: Callable[[str], bool]
) -> list[QuotedSpan]:
    """Split each quotation the author's words interrupt inside its marks into two.

    ``«Мы готовы, - сказал Лавров. - Но ультиматумов не примем»`` is two quotations,
    ``Мы готовы,`` and ``Но ультиматумов не примем``, as ``"X," he said, "Y."`` is; the
    words between them (which must open with a cue, ``is_cue``) attribute both.

    Example:
        >>> t = "«Мы готовы, - сказал Лавров. - Но не сейчас»."
        >>> quoted = scan_quoted_spans(t, [Span(0, len(t))])
        >>> parts = split_interrupted(t, quoted, lambda w: w == "сказал")
        >>> [t[q.span.start : q.span.end] for q in parts]
        ['Мы готовы,', 'Но не сейчас']
    """
    out: list[QuotedSpan] = []
    for q in quoted:
        m = _INNER_ATTRIBUTION.search(text, q.span.start, q.span.end)
        word = _FIRST_WORD.match(text, m.start(1)) if m is not None else None
        if (
            m is None
            or word is None
            or q.paragraph != q.last_paragraph
            or not is_cue(word.group())
            or not text[q.span.start : m.start() - 1].strip()
            or not text[m.end() : q.span.end].strip()
        ):
            out.append(q)
            continue
        out.append(attrs.evolve(q, span=Span(q.span.start, m.start()), close_mark=None))
        out.append(
            attrs.evolve(q, span=Span(m.end(), q.span.end), open_mark=Span(m.end(), m.end()))
        )
    return out
