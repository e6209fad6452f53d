"""Patterns translated for the standard library's engine find what the regex originals find."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from wirecopy._mentions import _NAME_RUN, _name_runs
from wirecopy._patterns import for_re, has_astral, unicode_class

PIECES = [" ", "  ", "\t", "\n", "-", "'", "’", ".", ",", "2", " 13", "_", "\x1a", "ǅ", "Ⅻ"]
PIECES += ["Yuri", "Ushakov", "J.", "al-", "Sisi", "von", "der", "Leyen", "of", "May", "ÉLYSÉE"]
PIECES += ["aide", "said", "Иван", "Петров", "é", "²", "\U0001d400", "\U0001f600"]
texts = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)


def _runs(
    matches: Iterable[re.Match[str]] | Iterable[regex.Match[str]],
) -> list[tuple[tuple[int, int], bool]]:
    """Each run's span and whether a day number follows it."""
    return [(m.span(1), m.group(2) is not None) for m in matches]


@given(texts, st.data())
def test_scan_finds_the_runs_the_regex_pattern_finds(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = _runs(_NAME_RUN.finditer(text, start, end))
    assert _runs(_name_runs(text, start, end)) == expected


@given(st.text(max_size=30))
def test_translated_classes_agree_with_regex_on_any_plane_zero_text(text: str) -> None:
    if has_astral(text):
        return
    for prop in (r"\p{Lu}", r"\p{L}", r"[\p{L}\p{N}]", r"\s", r"\w", r"\S+", r"[\w\s-]", r"\P{L}+"):
        ours = re.findall(for_re(prop), text)
        assert ours == regex.findall(prop, text)


def test_unicode_class_holds_the_plane_s_letters() -> None:
    assert re.fullmatch("[" + unicode_class(r"\p{Lu}") + "]", "Ж")


def test_escapes_without_a_translation_are_refused() -> None:
    for pattern in (r"\bsaid", r"[\S]", r"[^\W]", r"[\P{L}]", r"[]\s]", r"[^]\s]"):
        with pytest.raises(ValueError, match="no translation"):
            for_re(pattern)
