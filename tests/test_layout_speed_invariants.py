"""The layout stage's shortcuts change no result: each agrees with the plain path."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import datelines
from wirecopy._dateline import _GATES, WINDOW, _compiled, match_dateline

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
