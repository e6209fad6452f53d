"""Properties every parse must have, on any text (hypothesis).

- parse never raises on any ``str``, nor on a wire-flavoured alphabet;
- every element's span indexes the input (``text[s.start:s.end] == x.text``);
- quotations are in order and do not overlap; lede sentences lie inside the lede;
- a whitespace prefix shifts every span by its length and changes no text;
- results pickle, compare equal, and ``to_dict()`` is JSON;
- the dedicated parsers agree with ``parse``; parsing is deterministic and thread-safe.
"""

from __future__ import annotations

import datetime
import itertools
import json
import pickle
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

import wirecopy
from wirecopy import Article, Span
from wirecopy._data.agencies import AGENCIES
from wirecopy._data.cues import SPEECH_VERBS
from wirecopy._data.months import MONTHS

# --- strategies ----------------------------------------------------------------------

_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_CYRILLIC = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯабвгдежзиклмнопрстуфхцчшщэюя"
_PUNCTUATION = ",./:;-—–_()[]!?&"
_QUOTE_MARKS = ('"', "'", "“", "”", "‘", "’", "«", "»", "„", "``", "''", "‹", "›", "`", ",,")
_DASHES = ("-", "--", "—", "–", "_")
_LINE_ENDS = ("\n", "\r\n", "\r", "\n\n", "\r\n\r\n")
_SPACES = (" ", " ", " ", "\xa0", "\t")

#: Whole tokens from the package's own data: agency credits, months, speech verbs.
_AGENCY_TOKENS = tuple(
    sorted({form for agency in AGENCIES[:25] for form in (agency.name, *agency.aliases[:2])})
)
_MONTH_TOKENS = tuple(spelling for _, spellings in MONTHS for spelling in spellings[:3])
_VERB_TOKENS = tuple(row[1] for row in SPEECH_VERBS[:12])
_PHRASES = (
    "MOSCOW, May 13. /TASS/.",
    "LONDON (Reuters) -",
    "WASHINGTON (AP) _",
    "(AFP) --",
    "BEIJING, July 23 (Xinhua) --",
    "he said",
    "she told reporters",
    "the minister said",
    "according to",
    "Yuri Ushakov",
    "Mr.",
    "U.S.",
    "[TEXT]",
    "(Reporting by Jane Doe; Editing by John Roe)",
    "By John Smith",
)

wire_tokens = st.one_of(
    st.sampled_from(_CAPITALS),
    st.sampled_from("0123456789"),
    st.sampled_from(_PUNCTUATION),
    st.sampled_from(_QUOTE_MARKS),
    st.sampled_from(_DASHES),
    st.sampled_from(_LINE_ENDS),
    st.sampled_from(_SPACES),
    st.sampled_from(_CYRILLIC),
    st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
    st.sampled_from(_AGENCY_TOKENS),
    st.sampled_from(_MONTH_TOKENS),
    st.sampled_from(_VERB_TOKENS),
    st.sampled_from(_PHRASES),
)
#: Text over a wire-flavoured alphabet: capitals, digits, every dash and quotation
#: mark, three line-end conventions, NBSP, Cyrillic, agencies, months and verbs.
wire_text = st.lists(wire_tokens, max_size=120).map("".join)
#: Any text, or wire-flavoured text.
any_text = st.one_of(st.text(), wire_text)
reference_dates = st.one_of(
    st.none(), st.dates(datetime.date(1950, 1, 1), datetime.date(2030, 12, 31))
)

# --- helpers -------------------------------------------------------------------------


def walk(value: Any, path: str = "article") -> Iterator[tuple[str, Any]]:
    """Yield ``(path, element)`` for every attrs element reachable from ``value``."""
    if isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from walk(item, f"{path}[{i}]")
    elif attrs.has(type(value)) and not isinstance(value, Span):
        yield path, value
        for field in attrs.fields(type(value)):
            yield from walk(getattr(value, field.name), f"{path}.{field.name}")


def spanned(article: Article) -> Iterator[tuple[str, Any]]:
    """Yield every element that has both ``text`` and ``span``."""
    for path, element in walk(article):
        if hasattr(element, "span") and hasattr(element, "text"):
            yield path, element


def assert_spans_index(text: str, article: Article) -> None:
    for path, element in spanned(article):
        span = element.span
        assert isinstance(span, Span), path
        assert 0 <= span.start <= span.end <= len(text), (path, span, len(text))
        assert text[span.start : span.end] == element.text, (path, span)


def shift(value: Any, offset: int) -> Any:
    """Return ``value`` with every span moved right by ``offset``."""
    if isinstance(value, Span):
        return value.shifted(offset)
    if isinstance(value, tuple):
        return tuple(shift(item, offset) for item in value)
    if attrs.has(type(value)):
        changes = {f.name: shift(getattr(value, f.name), offset) for f in attrs.fields(type(value))}
        return attrs.evolve(value, **changes)
    return value


def inside(child: Span, parent: Span) -> bool:
    return parent.start <= child.start <= child.end <= parent.end


# --- properties ----------------------------------------------------------------------


@given(st.text(), reference_dates)
def test_parse_never_raises_on_any_text(text: str, reference_date: datetime.date | None) -> None:
    assert isinstance(wirecopy.parse(text, reference_date=reference_date), Article)


@given(wire_text, reference_dates)
def test_parse_never_raises_on_wire_text(text: str, reference_date: datetime.date | None) -> None:
    assert isinstance(wirecopy.parse(text, reference_date=reference_date), Article)


@given(any_text)
def test_every_span_indexes_the_input(text: str) -> None:
    assert_spans_index(text, wirecopy.parse(text))


@given(any_text)
def test_dedicated_parsers_spans_index_the_input(text: str) -> None:
    for found in (
        wirecopy.parse_headline(text),
        wirecopy.parse_dateline(text),
        wirecopy.parse_lede(text),
        *wirecopy.find_quotes(text),
    ):
        if found is not None:
            for path, element in walk(found, "result"):
                if hasattr(element, "span") and hasattr(element, "text"):
                    assert text[element.span.start : element.span.end] == element.text, path


@given(any_text)
def test_quotes_are_in_order_and_do_not_overlap(text: str) -> None:
    article = wirecopy.parse(text)
    spans = [q.span for q in article.quotes]
    for before, after in itertools.pairwise(spans):
        assert before.end <= after.start, (before, after)


@given(any_text)
def test_quotes_and_quoted_terms_do_not_overlap(text: str) -> None:
    article = wirecopy.parse(text)
    spans = sorted([q.span for q in article.quotes] + [t.span for t in article.quoted_terms])
    for before, after in itertools.pairwise(spans):
        assert before.end <= after.start, (before, after)


@given(any_text)
def test_paragraphs_are_in_order_and_do_not_overlap(text: str) -> None:
    spans = [p.span for p in wirecopy.parse(text).paragraphs]
    for before, after in itertools.pairwise(spans):
        assert before.end <= after.start, (before, after)


@given(any_text)
def test_child_spans_lie_inside_their_parent(text: str) -> None:
    article = wirecopy.parse(text)
    if article.lede is not None:
        for sentence in article.lede.sentences:
            assert inside(sentence.span, article.lede.span), (sentence, article.lede)
        assert any(inside(article.lede.span, p.span) for p in article.paragraphs)
    if article.dateline is not None and article.paragraphs:
        assert inside(article.dateline.span, article.paragraphs[0].span)


@given(any_text, st.sampled_from(["\n\n\n", "\n", "\n\n"]))
def test_whitespace_prefix_shifts_spans_and_changes_no_text(text: str, prefix: str) -> None:
    plain = wirecopy.parse(text)
    prefixed = wirecopy.parse(prefix + text)
    assert prefixed == shift(plain, len(prefix))


@given(any_text)
def test_results_pickle_and_serialise(text: str) -> None:
    article = wirecopy.parse(text, reference_date=datetime.date(2015, 5, 13))
    assert pickle.loads(pickle.dumps(article)) == article
    record = article.to_dict()
    assert json.loads(json.dumps(record)) == json.loads(json.dumps(record, ensure_ascii=False))
    hash(article)


@given(any_text, reference_dates)
def test_dedicated_parsers_agree_with_parse(
    text: str, reference_date: datetime.date | None
) -> None:
    article = wirecopy.parse(text, reference_date=reference_date)
    assert wirecopy.parse_dateline(text, reference_date=reference_date) == article.dateline
    assert wirecopy.parse_headline(text) == article.headline
    assert wirecopy.parse_lede(text) == article.lede
    assert wirecopy.find_quotes(text) == article.quotes


@given(any_text)
def test_parsing_is_deterministic(text: str) -> None:
    assert wirecopy.parse(text) == wirecopy.parse(text)


@given(st.lists(any_text, min_size=1, max_size=12))
def test_threads_give_the_sequential_results(texts: list[str]) -> None:
    sequential = [wirecopy.parse(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(wirecopy.parse, texts * 3))
    assert threaded == sequential * 3


def test_threads_on_the_bundled_example(tass_example: str) -> None:
    texts = [tass_example, tass_example.replace("\n", "\r\n"), tass_example.upper()] * 8
    sequential = [wirecopy.parse(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(wirecopy.parse, texts)) == sequential


def test_every_span_indexes_the_corpus(corpus_texts: list[tuple[Any, str]]) -> None:
    for path, text in corpus_texts:
        article = wirecopy.parse(text, reference_date=datetime.date(2015, 5, 13))
        try:
            assert_spans_index(text, article)
        except AssertionError as error:  # name the file that broke it
            raise AssertionError(f"{path}: {error}") from None
