"""Offset-safe text primitives: folding, line and paragraph splitting, sentences.

Nothing here copies or rewrites the caller's text in a way that moves characters:
:func:`fold` returns a string of the *same length*, so a span found in the folded
text indexes the original too. Paragraphs are spans into the original; a
hard-wrapped paragraph keeps its line breaks inside its span.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

import regex

from wirecopy._data.abbreviations import SENTENCE_ABBREVIATIONS
from wirecopy._model import Span

__all__ = [
    "Found",
    "ends_abbreviation",
    "fold",
    "fold_keeping_lines",
    "has_no_case_cues",
    "is_all_caps",
    "is_all_lower",
    "is_blank",
    "sentence_spans",
    "split_paragraphs",
    "strip_span",
]


class Found(NamedTuple):
    """Something a scan found (a cue, a quotation mark), read like the match it stands
    for: ``start()``, ``end()``, ``group()``. A named tuple is cheaper to make than a
    record, and nothing is generated at import.

    Example:
        >>> found = Found(4, 8, "said")
        >>> found.start(), found.end(), found.group()
        (4, 8, 'said')
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


# Characters that are white space for our purposes: line ends, tabs, NBSP and
# friends, zero-width marks, bidi marks and the byte-order mark.
_SPACE_LIKE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u200b\u200c\u200d\u200e\u200f\u2060\u202a\u202b\u202c\u202d\u202e\ufeff"
)
_SPACE_CLASS = "[" + regex.escape(" " + _SPACE_LIKE) + "]"

_NOT_SPACE = regex.compile("[^" + regex.escape(" " + _SPACE_LIKE) + "]")
# Space-like characters that do not end a line: what str.strip takes off a line's ends.
_INLINE_SPACE_CHARS = " " + _SPACE_LIKE.replace("\r", "").replace("\n", "")
_FIRST_WORD = regex.compile(r"[^ \t\r\n]{1,60}")  # NBSP binds: a wrapper never breaks there

#: Lines longer than this are never hard-wrapped copy: one line is one paragraph.
_MAX_WRAP_WIDTH = 100


def _ascii_fold_table(spaces: str) -> bytes:
    """A bytes.translate table turning the ASCII characters in ``spaces`` into spaces."""
    ascii_spaces = bytes(ord(c) for c in spaces if c.isascii())
    return bytes.maketrans(ascii_spaces, b" " * len(ascii_spaces))


# ASCII text is folded as bytes: encoding, translating by a 256-byte table and decoding
# is four times faster than str.translate, which looks each character up in a dict.
_ASCII_FOLD = _ascii_fold_table(_SPACE_LIKE)
_ASCII_FOLD_KEEPING_LINES = _ascii_fold_table(_SPACE_LIKE.replace("\n", "").replace("\r", ""))
# Other text: str.translate would look every character up in a dict (15x slower than on
# ASCII); the standard library's re replaces a character class fastest.
_SPACE_LIKE_CHAR = re.compile("[" + re.escape(_SPACE_LIKE) + "]")
_SPACE_LIKE_CHAR_IN_LINE = re.compile(
    "[" + re.escape(_SPACE_LIKE.replace("\n", "").replace("\r", "")) + "]"
)


def fold_keeping_lines(text: str) -> str:
    """Like :func:`fold`, but keep ``\\n`` and ``\\r`` so that nothing read on one line
    (a name, a title) runs on into the next paragraph.

    Example:
        >>> fold_keeping_lines("By Jo\\xa0Roe\\n\\nJan. 12")
        'By Jo Roe\\n\\nJan. 12'
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD_KEEPING_LINES).decode("ascii")
    return _SPACE_LIKE_CHAR_IN_LINE.sub(" ", text)


def fold(text: str) -> str:
    """Return ``text`` with every space-like character turned into a plain space.

    The result has the same length as ``text``, so offsets carry over unchanged.

    Example:
        >>> fold("MOSCOW,\\xa0May 13.\\r\\n")
        'MOSCOW, May 13.  '
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    return _SPACE_LIKE_CHAR.sub(" ", text)


_UPPER_RUN = regex.compile(r"\p{Lu}+")
_LOWER_RUN = regex.compile(r"\p{Ll}+")
_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7f]+")
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
#: How much of a text the case tests look at.
_CASE_SAMPLE = 4000


def _case_counts(text: str) -> tuple[int, int]:
    """Count upper- and lower-case letters in the first few thousand characters.

    ASCII letters are counted on the UTF-8 bytes (deleting them is ten times faster
    than matching ``\\p{Lu}`` over the text); other letters by their Unicode category.
    """
    sample = text[:_CASE_SAMPLE]
    raw = sample.encode("utf-8", "surrogatepass")  # ASCII bytes are the ASCII characters
    upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
    lower = len(raw) - len(raw.translate(None, _ASCII_LOWER))
    if not sample.isascii():
        rest = "".join(_NON_ASCII_RUN.findall(sample))
        upper += sum(map(len, _UPPER_RUN.findall(rest)))
        lower += sum(map(len, _LOWER_RUN.findall(rest)))
    return upper, lower


def is_all_caps(text: str) -> bool:
    """Return whether ``text`` is copy set in capitals (no case cues for names).

    Only the first 4,000 characters are looked at.

    Example:
        >>> is_all_caps("THE ARMED FORCES SAID TODAY"), is_all_caps("The army said")
        (True, False)
    """
    upper, lower = _case_counts(text)
    return upper > 20 and lower < upper * 0.05


def is_all_lower(text: str) -> bool:
    """Return whether ``text`` is copy set in lower case (as some publishers ship it).

    Example:
        >>> is_all_lower("москва, 1 дек — риа новости. в россии начался учебный год")
        True
    """
    upper, lower = _case_counts(text)
    return lower > 20 and upper < lower * 0.01


def has_no_case_cues(text: str) -> bool:
    """Return whether ``text`` is all capitals or all lower case (names are not marked).

    Example:
        >>> has_no_case_cues("THE ARMED FORCES SAID TODAY"), has_no_case_cues("The army said")
        (True, False)
    """
    upper, lower = _case_counts(text)
    return (upper > 20 and lower < upper * 0.05) or (lower > 20 and upper < lower * 0.01)


def is_blank(text: str, start: int = 0, end: int | None = None) -> bool:
    """Return whether ``text[start:end]`` holds only space-like characters."""
    return _NOT_SPACE.search(text, start, len(text) if end is None else end) is None


def strip_span(text: str, start: int, end: int) -> Span:
    """Return the span of ``text[start:end]`` without space-like characters at its ends."""
    while start < end and text[start] in _SPACE_SET:
        start += 1
    while end > start and text[end - 1] in _SPACE_SET:
        end -= 1
    return Span(start, end)


_SPACE_SET = frozenset(" " + _SPACE_LIKE)


def _wrap_width(lengths: list[int]) -> int:
    """Estimate the column a block was hard-wrapped at.

    The longest line, or the longest but one in runs of four or more lines, so that
    one overlong line (a URL, a table row) does not hide the wrap.
    """
    ordered = sorted(lengths, reverse=True)
    return ordered[1] if len(ordered) > 3 else ordered[0]


#: A line holding more than white space: ``(start, content start, content end, end)``,
#: where the content is the line without space-like characters at its ends and the
#: line runs from just after one ``\r`` or ``\n`` to the next.
_Line = tuple[int, int, int, int]


def _filled_lines(text: str) -> list[_Line]:
    """Return the lines of ``text`` that hold more than white space, in order.

    Splitting with str methods is about three times faster than finding the lines
    with a pattern (every character is looked at once, in C).
    """
    lines: list[_Line] = []
    start = 0
    # A lone \r ends a line too; turning it into \n keeps every offset.
    for line in (text.replace("\r", "\n") if "\r" in text else text).split("\n"):
        end = start + len(line)
        content = line.lstrip(_INLINE_SPACE_CHARS)
        if content:
            content_start = end - len(content)
            content_end = content_start + len(content.rstrip(_INLINE_SPACE_CHARS))
            lines.append((start, content_start, content_end, end))
        start = end + 1
    return lines


def _breaks_paragraph(text: str, line: _Line, following: _Line, width: int) -> bool:
    """Decide whether the break after ``line`` ends a paragraph in wrapped copy."""
    if width > _MAX_WRAP_WIDTH:
        return True
    following_start, _, _, following_end = following
    indent = following_start
    while indent < following_end and text[indent] in " \t":
        indent += 1
    if indent > following_start and text[line[0]] not in " \t":
        return True  # an indented line opens a paragraph
    word = _FIRST_WORD.match(text, indent, following_end)
    word_length = len(word.group()) if word else 0
    # The writer would have put the next word on this line had it fitted: a
    # break before that is a paragraph end, not a wrap.
    return line[2] - line[1] + 1 + word_length <= width


def _run_paragraphs(text: str, run: list[_Line]) -> list[Span]:
    """Split a run of filled lines (no blank line between them) into paragraphs."""
    width = _wrap_width([line[2] - line[1] for line in run])
    paragraphs: list[Span] = []
    first = run[0]
    for current, following in itertools.pairwise(run):
        if _breaks_paragraph(text, current, following, width):
            paragraphs.append(Span(first[1], current[2]))
            first = following
    paragraphs.append(Span(first[1], run[-1][2]))
    return paragraphs


def split_paragraphs(text: str) -> list[Span]:
    """Split ``text`` into paragraph spans (trimmed), in order.

    Blank lines always separate paragraphs. Inside a run of non-blank lines, long
    lines are one paragraph each, and hard-wrapped lines (a wrap width of 100
    columns or less) are joined unless the next line's first word would have fitted.

    Example:
        >>> text = "Headline\\n\\nLONDON (Reuters) - First.\\n\\nSecond."
        >>> [text[s.start:s.end] for s in split_paragraphs(text)]
        ['Headline', 'LONDON (Reuters) - First.', 'Second.']
    """
    paragraphs: list[Span] = []
    run: list[_Line] = []
    for line in _filled_lines(text):
        if run:
            previous_end = run[-1][3]
            gap = line[0] - previous_end
            # One line break (\n, \r or \r\n) continues the run; a blank line ends it.
            if gap != 1 and not (gap == 2 and text.startswith("\r\n", previous_end)):
                if len(run) == 1:  # most runs: one line, one paragraph
                    paragraphs.append(Span(run[0][1], run[0][2]))
                else:
                    paragraphs += _run_paragraphs(text, run)
                run = []
        run.append(line)
    if len(run) == 1:
        paragraphs.append(Span(run[0][1], run[0][2]))
    elif run:
        paragraphs += _run_paragraphs(text, run)
    return paragraphs


# Searched backwards ((?r)): the word ends the window, and the one start that can
# match (after a space, bracket, quote or hyphen: "anti-U.S.") is found from there in
# a few steps.
_WORD_BEFORE = regex.compile(r"(?r)(?:^|(?<=[\s(\"'“‘«\-]))(\w+(?:\.\w+)*\.)$")
_SENTENCE_END = regex.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[\p{Lu}\p{N}])|[.!?…]+[\"'”’»)\]]*\s*$"
)


def sentence_spans(text: str, start: int, end: int) -> list[Span]:
    """Split ``text[start:end]`` into sentence spans.

    A full stop after a known abbreviation (``U.S.``, ``Gov.``, ``Sept.``) or an
    initial (``John F. Kennedy``) does not end a sentence.

    Example:
        >>> t = "Gov. Eric Holcomb spoke on Sept. 5 in the U.S. Capitol. He left."
        >>> [t[s.start:s.end] for s in sentence_spans(t, 0, len(t))]
        ['Gov. Eric Holcomb spoke on Sept. 5 in the U.S. Capitol.', 'He left.']
    """
    spans: list[Span] = []
    sentence_start = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.end()
        if text[m.start()] == "." and ends_abbreviation(text, sentence_start, m.start() + 1):
            continue
        span = strip_span(text, sentence_start, stop)
        if span.end > span.start:
            spans.append(span)
        sentence_start = stop
    tail = strip_span(text, sentence_start, end)
    if tail.end > tail.start:
        spans.append(tail)
    return spans


def ends_abbreviation(text: str, sentence_start: int, dot_end: int) -> bool:
    """Return whether the full stop ending at ``dot_end`` closes an abbreviation."""
    window_start = max(sentence_start, dot_end - 20)
    m = _WORD_BEFORE.search(text, window_start, dot_end)
    if m is None:
        return False
    word = m.group(1)
    if len(word) == 2 and word[0].isupper():
        return True  # an initial: "John F. Kennedy"
    if word.casefold() in SENTENCE_ABBREVIATIONS:
        # "the U.S. Capitol" vs "in the U.S. He said": a country abbreviation at a
        # sentence end is followed by a pronoun or article; keep it simple and
        # treat the common forms as never ending a sentence.
        return True
    return "." in word[:-1] and word.replace(".", "").isalpha() and len(word) <= 6
