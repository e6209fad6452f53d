"""The layout stage's shortcuts change no result: each agrees with the plain path."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import datelines
from wirecopy._dateline import _GATES, WINDOW, _compiled, match_dateline
from wirecopy._model import Span
from wirecopy._text import (
    _SPACE_LIKE,
    _breaks_paragraph,
    _wrap_width,
    fold,
    fold_keeping_lines,
    split_paragraphs,
)

#: Pieces of datelines and of headlines, glued at random into paragraph openings.
PIECES = [" ", "  ", "\t", "\xa0", "\n", ",", ".", "(", ")", "[", "]", "/", "-", "—", "–"]
PIECES += ["_", ":", "'", "’", "1", "13", "90", "2014", "th", "of", "de", "la", "Mass."]
PIECES += ["MOSCOW", "New", "York", "ST", "LOUIS", "Al-Hasaka", "москва", "дек", "магас"]
PIECES += ["May", "MAR", "Sept", "Monday", "Reuters", "AFP", "TASS", "риа новости", "dpa"]
PIECES += ["says", "court", "CEO", "ATTENTION", "UPDATE", "é", "\u0301", "中", "ǅ"]
openings = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@pytest.fixture(scope="module", autouse=True)
def _compiled_shapes() -> None:
    """Compile the gated shapes up front, outside hypothesis's per-example deadline."""
    for shape in _GATES:
        _compiled(shape)


def _gated_shapes_agree(text: str) -> None:
    """Wherever a gated shape matches, its gate lets the paragraph through."""
    end = min(len(text), WINDOW)
    for shape, gate in _GATES.items():
        m = _compiled(shape).match(text, 0, end)
        if m is not None and m.end() > 0:
            assert gate.match(text, 0, end) is not None, (shape, text)


@given(openings)
def test_a_gate_never_rejects_an_opening_its_shapes_match(text: str) -> None:
    _gated_shapes_agree(text)


@given(datelines(), openings)
def test_a_gate_never_rejects_a_rendered_dateline(dateline: tuple[str, object], rest: str) -> None:
    text = dateline[0] + rest
    assert match_dateline(dateline[0]) is not None
    _gated_shapes_agree(text)
    _gated_shapes_agree(text.lower())


DATELINES = [
    "ST. LOUIS, May 13 (Reuters) - Rain.",
    "SAN SALVADOR 12 JAN 90 (RADIO VENCEREMOS) -- Rain.",
    "AQUINNAH, Mass. _ Rain.",
    "KYIV/MOSCOW, May 13 (Reuters) - Rain.",
    "RIYADH / DAMASCUS (AFP) - Rain.",
    "NEW DELHI [India], May 13 (PTI) - Rain.",
    "LENINGRAD /Leningrad Region/, May 13 (TASS) - Rain.",
    "SAN JOSE (COSTA RICA), 5 MAR 90 (RADIO REPLOJ) -- Rain.",
    "PARIS   (AFP) - Rain.",
    "Rio de Janeiro, March 2 (AP) - Rain.",
    "ASTANA. KAZINFORM - Rain.",
    "MOSCOW, May 13. /TASS/. Rain.",
    "BEIJING, July 23",
    "MOSCOW   -- Rain.",
    "LONDON – Rain.",
    "LONDON — Rain.",
    "SANTA CRUZ DE LA SIERRA, May 13 (AP) - Rain.",
    "NEW  YORK  (AP) - Rain.",
    "SEATTLE _ Rain.",
    "SEATTLE.- Rain.",
    "AL-HASAKA - Rain.",
    "магас, 1 дек — риа новости, адам буражев. Дождь.",
    "london, march 2 - rain.",
    "Jan 30 (Reuters) - Rain.",
    "May 13. /TASS/. Rain.",
]


@pytest.mark.parametrize("text", DATELINES)
def test_gates_let_each_documented_shape_through(text: str) -> None:
    assert match_dateline(text) is not None
    _gated_shapes_agree(text)
    _gated_shapes_agree(text.upper())
    _gated_shapes_agree(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "Sweden court accepts receivership for Saab carmaker",
        "NKorea offers to scrap nuke, missile programs",
        "Russia says it will respond (report)",
    ],
)
def test_gates_turn_away_headlines(text: str) -> None:
    assert match_dateline(text) is None
    assert _GATES["place, date, agency"].match(text) is None  # the shapes are never tried


# -- paragraphs ---------------------------------------------------------------------------

#: The line pattern split_paragraphs used before it split with str methods.
_INLINE_SPACE = "[" + re.escape(" " + _SPACE_LIKE.replace("\r", "").replace("\n", "")) + "]"
_FILLED = "[^" + re.escape(" " + _SPACE_LIKE) + "]"
PLAIN_FILLED_LINE = re.compile(
    rf"(?<![^\r\n]){_INLINE_SPACE}*({_FILLED}(?:[^\r\n]*{_FILLED})?){_INLINE_SPACE}*"
)


def plain_split_paragraphs(text: str) -> list[Span]:
    """split_paragraphs as first written, over the pattern's matches."""
    runs: list[list[re.Match[str]]] = []
    for line in PLAIN_FILLED_LINE.finditer(text):
        if runs and text[runs[-1][-1].end() : line.start()] in ("\n", "\r", "\r\n"):
            runs[-1].append(line)
        else:
            runs.append([line])
    paragraphs: list[Span] = []
    for run in runs:
        lines = [(m.start(), m.start(1), m.end(1), m.end()) for m in run]
        width = _wrap_width([end - start for _, start, end, _ in lines])
        first = lines[0]
        for current, following in itertools.pairwise(lines):
            if _breaks_paragraph(text, current, following, width):
                paragraphs.append(Span(first[1], current[2]))
                first = following
        paragraphs.append(Span(first[1], lines[-1][2]))
    return paragraphs


LINE_PIECES = ["\n", "\r", "\r\n", "\n\n", " ", "  ", "\t", "\xa0", "\u2028", "\u200b", "\x0b"]
LINE_PIECES += ["\x1c", "\x85", "\ufeff", "\u3000", "word", "Word", "x", "é", ".", "a" * 70]
LINE_PIECES += ["MOSCOW, May 13 (Reuters) - ", "b" * 120, "\ud800"]
line_texts = st.lists(st.sampled_from(LINE_PIECES), max_size=40).map("".join)


@given(line_texts)
def test_paragraphs_split_with_str_methods_match_the_line_pattern(text: str) -> None:
    assert split_paragraphs(text) == plain_split_paragraphs(text)


@given(st.text(alphabet=st.sampled_from(" \t\r\n\xa0\u2029\x0bab."), max_size=200))
def test_paragraphs_of_spaces_and_line_ends_match_the_line_pattern(text: str) -> None:
    assert split_paragraphs(text) == plain_split_paragraphs(text)


# -- folding ------------------------------------------------------------------------------

#: The str.translate tables fold used on ASCII text before it translated bytes.
PLAIN_FOLD = str.maketrans(dict.fromkeys(_SPACE_LIKE, " "))
PLAIN_FOLD_KEEPING_LINES = str.maketrans(
    dict.fromkeys(_SPACE_LIKE.replace("\n", "").replace("\r", ""), " ")
)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_folds_as_bytes_like_str_translate(text: str) -> None:
    assert fold(text) == text.translate(PLAIN_FOLD)
    assert fold_keeping_lines(text) == text.translate(PLAIN_FOLD_KEEPING_LINES)


def test_every_ascii_character_folds_like_str_translate() -> None:
    text = "".join(map(chr, range(128)))
    assert fold(text) == text.translate(PLAIN_FOLD)
    assert fold_keeping_lines(text) == text.translate(PLAIN_FOLD_KEEPING_LINES)
