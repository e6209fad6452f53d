"""Render a parsed article as HTML with its parts highlighted (for docs and review)."""

from __future__ import annotations

import html
import itertools

from wirecopy._model import Article, Span

__all__ = ["render_html"]

_STYLE = """<style>
.wirecopy{font:15px/1.5 system-ui,sans-serif;max-width:46em;white-space:pre-wrap}
.wirecopy mark{border-radius:3px;padding:0 1px}
.wc-headline{background:#ffd8a8;font-weight:bold}.wc-deck{background:#ffec99}
.wc-dateline{background:#b2f2bb}.wc-lede{background:#d0ebff}
.wc-quote{background:#eebefa}.wc-speaker{background:#ffc9c9;font-weight:bold}
.wc-cue{background:#c5f6fa;text-decoration:underline}.wc-furniture{background:#e9ecef;color:#868e96}
.wc-term{background:#f1f3f5;border-bottom:1px dotted #868e96}
.wc-legend mark{margin-right:.5em}
</style>"""


def _marks(article: Article) -> list[tuple[Span, str, str]]:
    marks: list[tuple[Span, str, str]] = []
    for kind, item in (
        ("headline", article.headline),
        ("deck", article.deck),
        ("dateline", article.dateline),
    ):
        if item is not None:
            marks.append((item.span, kind, kind))
    for f in article.furniture:
        marks.append((f.span, "furniture", f"furniture: {f.kind}"))
    for t in article.quoted_terms:
        marks.append((t.span, "term", "quoted term"))
    for q in article.quotes:
        who = q.speaker.name if q.speaker else "unknown"
        marks.append((q.span, "quote", f"quote by {who}"))
        if q.speaker is not None and q.speaker.span.end > q.speaker.span.start:
            marks.append(
                (q.speaker.span, "speaker", f"speaker: {q.speaker.name} ({q.speaker.resolved_by})")
            )
        if q.cue is not None:
            marks.append((q.cue.span, "cue", "cue"))
    return marks


def render_html(text: str, article: Article, *, title: str = "article") -> str:
    """Return a standalone HTML fragment showing ``text`` with ``article``'s parts marked.

    Where parts nest (a speaker inside a lede), the innermost one is drawn.

    Args:
        text: The article text that was parsed.
        article: The result of ``wirecopy.parse(text)``.
        title: A label for the figure (the CLI passes the file name).

    Example:
        >>> import wirecopy
        >>> t = "Title\\n\\nLONDON (Reuters) - It rained."
        >>> "wc-dateline" in wirecopy.render_html(t, wirecopy.parse(t))
        True
    """
    marks = _marks(article)
    if article.lede is not None:
        marks.append((article.lede.span, "lede", "lede"))
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for index, (span, _, _) in enumerate(marks):
        if span.end > span.start:
            starts.setdefault(span.start, []).append(index)
            ends.setdefault(span.end, []).append(index)
    boundaries = sorted({0, len(text), *starts, *ends})
    active: set[int] = set()
    out = [_STYLE, f'<figure class="wirecopy" aria-label="{html.escape(title)}">']
    for start, end in itertools.pairwise(boundaries):
        active.difference_update(ends.get(start, ()))
        active.update(starts.get(start, ()))
        chunk = html.escape(text[start:end])
        if active:
            span, kind, label = min((marks[i] for i in active), key=lambda m: len(m[0]))
            chunk = f'<mark class="wc-{kind}" title="{html.escape(label)}">{chunk}</mark>'
        out.append(chunk)
    out.append("</figure>\n")
    return "".join(out)
