"""Composes the stages into :func:`parse` and the dedicated parsers.

``segment`` (layout) -> ``scan_quoted_spans`` (marks) -> ``attribute`` (speakers).
Every public function checks its arguments here, at the boundary, and nowhere else.
"""

from __future__ import annotations

import datetime

from wirecopy._attribution import attribute
from wirecopy._model import Article, Dateline, Headline, Lede, Quote, QuotedTerm, Span
from wirecopy._quotes import scan_quoted_spans
from wirecopy._segment import Layout, segment
from wirecopy._text import fold_keeping_lines
from wirecopy.errors import check_reference_date, check_text

__all__ = ["find_quotes", "parse", "parse_dateline", "parse_headline", "parse_lede"]


def parse(text: str, *, reference_date: datetime.date | None = None) -> Article:
    """Parse one wire article into an :class:`~wirecopy.Article`.

    Args:
        text: The article as a ``str``, headline first if it has one.
        reference_date: The day the copy was filed or read; when given, the
            dateline's ``date`` is resolved against it.

    Returns:
        The article's parts, each with its span in ``text``.

    Raises:
        TypeError: ``text`` is not a ``str`` or ``reference_date`` is not a date.

    Example:
        >>> import datetime, wirecopy
        >>> article = wirecopy.parse(
        ...     "Kremlin comments\\n\\nMOSCOW, May 13. /TASS/. Yuri Ushakov spoke.\\n\\n"
        ...     '"The talks were useful," Ushakov said.',
        ...     reference_date=datetime.date(2015, 5, 13),
        ... )
        >>> article.headline.text, article.dateline.date.isoformat()
        ('Kremlin comments', '2015-05-13')
        >>> [(q.text, q.speaker.name, q.cue.text) for q in article.quotes]
        [('The talks were useful,', 'Yuri Ushakov', 'said')]
    """
    text = check_text(text, "parse")
    reference_date = check_reference_date(reference_date, "parse")
    layout = segment(text, reference_date=reference_date)
    quotes, terms = _quotations(text, layout)
    return Article(
        headline=layout.headline,
        deck=layout.deck,
        byline=layout.byline,
        dateline=layout.dateline,
        lede=layout.lede,
        paragraphs=layout.paragraphs,
        quotes=quotes,
        quoted_terms=terms,
        furniture=layout.furniture,
    )


def _quotations(text: str, layout: Layout) -> tuple[tuple[Quote, ...], tuple[QuotedTerm, ...]]:
    spans = [p.span for p in layout.paragraphs]
    lede = layout.lede
    if spans and lede is not None and spans[0].start < lede.span.start < spans[0].end:
        # The dateline (and an editorial tag) is nobody's subject: start after it.
        spans[0] = Span(lede.span.start, spans[0].end)
    if not spans:
        return (), ()
    quoted = scan_quoted_spans(text, spans)
    folded = fold_keeping_lines(text)
    # Names are read from the body: a title-case headline is not a list of names.
    return attribute(text, folded, spans, quoted, chain_span=Span(spans[0].start, len(text)))


def parse_headline(text: str) -> Headline | None:
    """Return the article's headline, without furniture, or ``None``.

    Example:
        >>> import wirecopy
        >>> text = "All news\\n\\nPutin meets Kerry\\n\\nMOSCOW, May 13. /TASS/. Text."
        >>> wirecopy.parse_headline(text).text
        'Putin meets Kerry'
    """
    return segment(check_text(text, "parse_headline")).headline


def parse_dateline(text: str, *, reference_date: datetime.date | None = None) -> Dateline | None:
    """Return the dateline that opens the article's body, or ``None``.

    Example:
        >>> import wirecopy
        >>> d = wirecopy.parse_dateline("MOSCOW, May 13. /TASS/. A senior lawmaker said ...")
        >>> d.text, d.places, d.month, d.day, d.agency
        ('MOSCOW, May 13. /TASS/.', ('MOSCOW',), 5, 13, 'TASS')
        >>> wirecopy.parse_dateline("no dateline here") is None
        True
    """
    text = check_text(text, "parse_dateline")
    reference_date = check_reference_date(reference_date, "parse_dateline")
    return segment(text, reference_date=reference_date).dateline


def parse_lede(text: str) -> Lede | None:
    """Return the lede: the first body paragraph without its dateline.

    Example:
        >>> import wirecopy
        >>> wirecopy.parse_lede("Title\\n\\nLONDON (Reuters) - Gold rose. It was sunny.").text
        'Gold rose. It was sunny.'
    """
    return segment(check_text(text, "parse_lede")).lede


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Return the body's direct quotations, in order, each with speaker and cue.

    Example:
        >>> import wirecopy
        >>> quotes = wirecopy.find_quotes('"We are ready," Lavrov said.')
        >>> quotes[0].text, quotes[0].speaker.name
        ('We are ready,', 'Lavrov')
    """
    text = check_text(text, "find_quotes")
    return _quotations(text, segment(text))[0]
