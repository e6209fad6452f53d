"""The result types: frozen, slotted, hashable, picklable, with a JSON-ready form."""

from __future__ import annotations

import datetime
import json
import pickle

import attrs
import pytest

import wirecopy
from wirecopy import Span

TEXT = (
    "Kremlin hails talks\n\nThe talks were useful, the aide said\n\n"
    "MOSCOW, May 13. /TASS/. Russian presidential aide Yuri Ushakov spoke.\n\n"
    '"The talks were useful," Ushakov said.'
)


@pytest.fixture(scope="module")
def article() -> wirecopy.Article:
    return wirecopy.parse(TEXT, reference_date=datetime.date(2015, 5, 14))


def test_results_are_frozen_and_hashable(article: wirecopy.Article) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = None  # type: ignore[misc]
    assert hash(article) == hash(wirecopy.parse(TEXT, reference_date=datetime.date(2015, 5, 14)))
    assert isinstance(article.paragraphs, tuple)


def test_results_pickle_and_compare_equal(article: wirecopy.Article) -> None:
    assert pickle.loads(pickle.dumps(article)) == article


def test_span_pickles_as_a_constructor_call_and_stays_frozen() -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        span = pickle.loads(pickle.dumps(Span(3, 9), protocol=protocol))
        assert span == Span(3, 9) and type(span) is Span
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            span.start = 0  # type: ignore[misc]


def test_to_dict_is_the_json_shape(article: wirecopy.Article) -> None:
    record = json.loads(json.dumps(article.to_dict()))
    assert set(record) >= {"headline", "deck", "lede", "dateline", "paragraphs", "quotes"}
    assert record["dateline"]["date"] == "2015-05-13"
    assert record["dateline"]["places"] == ["MOSCOW"]
    quote = record["quotes"][0]
    assert quote["speaker"]["name"] == "Yuri Ushakov"
    assert TEXT[quote["start"] : quote["end"]] == quote["text"]
    assert TEXT[quote["cue"]["start"] : quote["cue"]["end"]] == "said"


def test_span_helpers() -> None:
    span = wirecopy.Span(0, 6)
    assert span.slice("MOSCOW, May 13") == "MOSCOW"
    assert span.shifted(2) == wirecopy.Span(2, 8)
    assert len(span) == 6


@pytest.mark.parametrize("bad", [b"MOSCOW", None, 42, ["text"]])
@pytest.mark.parametrize(
    "function",
    [
        wirecopy.parse,
        wirecopy.parse_headline,
        wirecopy.parse_dateline,
        wirecopy.parse_lede,
        wirecopy.find_quotes,
    ],
)
def test_non_str_raises_type_error_naming_the_type(function: object, bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        function(bad)  # type: ignore[operator]


def test_bytes_error_says_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        wirecopy.parse(b"MOSCOW")  # type: ignore[arg-type]


def test_reference_date_must_be_a_date() -> None:
    with pytest.raises(TypeError, match="reference_date"):
        wirecopy.parse("x", reference_date="2015-05-13")  # type: ignore[arg-type]


def test_dedicated_parsers_agree_with_parse(article: wirecopy.Article) -> None:
    assert wirecopy.parse_headline(TEXT) == article.headline
    assert wirecopy.parse_lede(TEXT) == article.lede
    assert wirecopy.find_quotes(TEXT) == article.quotes
    assert (
        wirecopy.parse_dateline(TEXT, reference_date=datetime.date(2015, 5, 14)) == article.dateline
    )


def test_html_rendering_marks_the_parts(article: wirecopy.Article) -> None:
    from wirecopy._render import render_html

    page = render_html(TEXT, article, title="example")
    for kind in ("headline", "deck", "dateline", "quote", "speaker", "cue"):
        assert f"wc-{kind}" in page
