"""The cue scan, led by the character before a word, finds what the word pattern finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirecopy._cues import _cue_first_word, _scan_cues

PIECES = [" ", "  ", "\t", "\n", "-", "_", "2", ",", ".", "\x1a", "x", "é", "ſ"]
PIECES += ["said", "SAID", "Said", "says", "told", "added", "pointed", "out", "according", "to"]
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


@given(texts, st.data())
def test_scan_finds_the_words_the_anchored_pattern_finds(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    anchored = [m.start() for m in _cue_first_word().finditer(text, start, end)]
    scanned = [m.start() for m in _scan_cues(text, start, end)]
    # Every cue the scan reads starts where the anchored pattern finds a first word...
    assert set(scanned) <= set(anchored)
    # ... and every first word that reads as a cue on its own is found by the scan.
    for at in anchored:
        word = _cue_first_word().match(text, at, end)
        assert word is not None
        mixed_case = word.group()[:1].isupper() and not word.group().isupper()
        if word.group().casefold() in ("said", "says", "told", "added") and not mixed_case:
            assert at in scanned, (text, start, end, at)
