"""Properties of quotation finding and attribution (issue 5)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

import wirecopy
from strategies import quotations

MARKS = "\"“”‘’«»„`'"


@given(quotations())
def test_generated_quotations_round_trip(case: tuple[str, dict[str, str]]) -> None:
    text, expected = case
    quotes = wirecopy.find_quotes(text)
    assert len(quotes) == 1, quotes
    quote = quotes[0]
    assert quote.text == expected["text"]
    assert quote.speaker is not None
    assert quote.speaker.name == expected["speaker"]
    assert quote.cue is not None
    assert quote.cue.text == expected["cue"]
    assert text[quote.span.start : quote.span.end] == quote.text


@given(st.text(alphabet=st.sampled_from(list(MARKS) + list("Ab ,.\n")), max_size=200))
def test_quote_spans_are_ordered_and_disjoint(text: str) -> None:
    article = wirecopy.parse(text)
    spans = sorted([*(q.span for q in article.quotes), *(t.span for t in article.quoted_terms)])
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    for quote in article.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text


@given(quotations(), st.sampled_from(list(MARKS)), st.text(alphabet="ab .", max_size=30))
def test_an_unbalanced_mark_does_not_change_earlier_quotations(
    case: tuple[str, dict[str, str]], mark: str, tail: str
) -> None:
    text, _ = case
    before = wirecopy.find_quotes(text)
    after = wirecopy.find_quotes(text + "\n\nThen " + mark + tail)
    assert after[: len(before)] == before
