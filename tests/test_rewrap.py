"""Issue 4: copy hard-wrapped at 69 columns with CRLF line ends reads the same."""

from __future__ import annotations

import textwrap

import wirecopy
from corpus import corpus_articles


def rewrap(text: str, width: int = 69, newline: str = "\r\n") -> str:
    """Hard-wrap every paragraph at ``width`` columns, keeping blank lines between them."""
    paragraphs = list(text.replace("\r\n", "\n").split("\n\n"))
    wrapped = [
        newline.join(textwrap.wrap(p, width=width, break_long_words=False, break_on_hyphens=False))
        if p.strip()
        else p
        for p in paragraphs
    ]
    return (newline + newline).join(wrapped)


def fold(value: str | None) -> str | None:
    return None if value is None else " ".join(value.split())


def fields(article: wirecopy.Article) -> tuple[str | None, ...]:
    def text(x: object) -> str | None:
        return fold(getattr(x, "text", None)) if x is not None else None

    return (text(article.headline), text(article.deck), text(article.dateline), text(article.lede))


def spans_index(source: str, article: wirecopy.Article) -> bool:
    items: list[object] = [article.headline, article.deck, article.dateline, article.lede]
    items += [*article.paragraphs, *article.quotes, *article.furniture, *article.quoted_terms]
    return all(
        source[x.span.start : x.span.end] == x.text  # type: ignore[attr-defined]
        for x in items
        if x is not None
    )


def test_rewrapped_corpus_reads_the_same() -> None:
    total = same = 0
    mismatches: list[str] = []
    for path, text, _gold in corpus_articles():
        wrapped = rewrap(text)
        original, rewrapped = wirecopy.parse(text), wirecopy.parse(wrapped)
        assert spans_index(wrapped, rewrapped), path
        total += 1
        if fields(original) == fields(rewrapped):
            same += 1
        else:
            mismatches.append(path.name)
    assert total > 0
    assert same / total >= 0.98, f"{same}/{total} unchanged; differ: {mismatches[:10]}"


def test_rewrap_helper_wraps_and_uses_crlf() -> None:
    wrapped = rewrap("word " * 40 + "\n\nnext")
    assert "\r\n" in wrapped
    assert max(len(line) for line in wrapped.split("\r\n")) <= 69
