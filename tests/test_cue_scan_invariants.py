"""The cue scan, led by the character before a word, finds what the word pattern finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirecopy._cues import _cue_first_word, _first_words

PIECES = [" ", "  ", "\t", "\n", "-", "_", "2", ",", ".", "\x1a", "x", "é", "ſ"]
PIECES += ["said", "SAID", "Said", "says", "told", "added", "pointed", "out", "according", "to"]
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


@given(texts, st.data())
def test_scan_finds_the_words_the_anchored_pattern_finds(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    anchored = [m.span() for m in _cue_first_word().finditer(text, start, end)]
    assert _first_words(text, start, end) == anchored
