"""Invariants on every article of the shared development corpus (skipped when absent)."""

from __future__ import annotations

import datetime
import itertools

import wirecopy
from corpus import corpus_articles


def _elements(article: wirecopy.Article) -> list[object]:
    items: list[object] = [
        article.headline,
        article.deck,
        article.dateline,
        article.lede,
        article.byline,
    ]
    items += [*article.paragraphs, *article.furniture, *article.quoted_terms]
    for quote in article.quotes:
        items += [quote, quote.speaker, quote.cue]
    if article.lede is not None:
        items += list(article.lede.sentences)
    return [x for x in items if x is not None]


def test_every_span_indexes_the_article_and_quotes_are_ordered() -> None:
    count = 0
    for path, text, _gold in corpus_articles():
        article = wirecopy.parse(text, reference_date=datetime.date(2026, 11, 28))
        for item in _elements(article):
            span = item.span  # type: ignore[attr-defined]
            assert text[span.start : span.end] == item.text, (path, item)  # type: ignore[attr-defined]
        spans = [q.span for q in article.quotes]
        assert spans == sorted(spans), path
        assert all(a.end <= b.start for a, b in itertools.pairwise(spans)), path
        count += 1
    assert count > 100


def test_prefixing_blank_lines_shifts_spans_and_nothing_else() -> None:
    for _path, text, _gold in list(corpus_articles())[:40]:
        base = wirecopy.parse(text)
        shifted = wirecopy.parse("\n\n\n" + text)
        assert [q.text for q in shifted.quotes] == [q.text for q in base.quotes]
        assert [q.span.shifted(3) for q in base.quotes] == [q.span for q in shifted.quotes]
        if base.dateline is not None:
            assert shifted.dateline is not None
            assert shifted.dateline.span == base.dateline.span.shifted(3)
