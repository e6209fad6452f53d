"""The mention chain's faster scans find what the plain patterns they replaced find."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from wirecopy import Span
from wirecopy._mentions import (
    _LOCATIVE_BEFORE,
    _SUBJECT_PRONOUN,
    _acronym_definitions,
    build_chain,
)

#: The patterns as first written (left to right, led by what may be absent).
PLAIN_ACRONYM = regex.compile(
    r"[ \t]{0,2}\(([\p{Lu}]{2,8})\)|,[ \t]{1,2}or[ \t]{1,2}([\p{Lu}]{2,8})(?=[,.;])"
)
PLAIN_LOCATIVE = regex.compile(_LOCATIVE_BEFORE.pattern, regex.IGNORECASE)
PLAIN_PRONOUN = regex.compile(r"(?<![\p{L}])(?:he|she|He|She)(?![\p{L}])")

PIECES = [" ", "  ", "\t", "\n", "(", ")", ",", ";", ".", "or", "AB", "URNG", "x", "é"]
PIECES += ["in", "IN", "to", "the", "via", "according", "he", "She", "sHe", "Shell", "ſ"]
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


@given(texts, st.data())
def test_acronym_definitions_match_the_plain_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain = [
        (m.start(), m.group(1) or m.group(2), m.start(1) if m.group(1) else m.start(2))
        for m in PLAIN_ACRONYM.finditer(text, start, end)
    ]
    assert _acronym_definitions(text, start, end) == plain


@given(texts, st.data())
def test_reverse_locative_search_agrees_on_whether_it_matches(
    text: str, data: st.DataObject
) -> None:
    position = data.draw(st.integers(0, len(text)))
    window = (max(0, position - 16), position)
    found = _LOCATIVE_BEFORE.search(text, *window) is not None
    assert found == (PLAIN_LOCATIVE.search(text, *window) is not None)


@given(texts, st.data())
def test_pronoun_pattern_finds_the_same_word(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    ours, plain = _SUBJECT_PRONOUN.search(text, start, end), PLAIN_PRONOUN.search(text, start, end)
    assert (ours and ours.span()) == (plain and plain.span())


def test_a_day_number_after_a_month_still_ends_the_name() -> None:
    chain = build_chain("Prime Minister Theresa May spoke. Ivan Petrov Friday May 13 left.")
    assert [m.name for m in chain.mentions] == ["Theresa May", "Ivan Petrov"]


def test_span_keeps_the_attrs_behaviour() -> None:
    span = Span(2, 5)
    assert span == Span(start=2, end=5)
    assert span < Span(2, 6)
    assert hash(span) == hash(Span(2, 5))
    assert repr(span) == "Span(start=2, end=5)"
