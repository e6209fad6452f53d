"""The result types: frozen, slotted attrs classes that carry their spans.

Every extracted element has ``text`` and ``span`` with
``source[span.start:span.end] == text`` for the exact string the caller passed.
This module imports nothing else from wirecopy.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable
from typing import Any

import attrs

__all__ = [
    "Article",
    "Cue",
    "Dateline",
    "Deck",
    "Furniture",
    "Headline",
    "Lede",
    "Paragraph",
    "Quote",
    "QuotedTerm",
    "ResolvedBy",
    "Sentence",
    "Span",
    "Speaker",
]


@attrs.frozen(order=True, init=False)
class Span:
    """A half-open character range ``[start, end)`` in the parsed text.

    Example:
        >>> Span(0, 6).slice("MOSCOW, May 13")
        'MOSCOW'
    """

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""

    def __init__(self, start: int, end: int) -> None:
        """Make the span ``[start, end)``."""
        # Written out: spans are made by the thousand, and setting the two slots
        # directly is cheaper than the generated ``object.__setattr__`` calls.
        _set_start(self, start)
        _set_end(self, end)

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def shifted(self, offset: int) -> Span:
        """Return this span moved right by ``offset`` characters."""
        return Span(self.start + offset, self.end + offset)

    def __len__(self) -> int:
        return self.end - self.start

    def __reduce__(self) -> tuple[type[Span], tuple[int, int]]:
        # Pickled as a constructor call: about a quarter cheaper both ways than the
        # generated state methods, for results shipped between processes by the dozen.
        return Span, (self.start, self.end)


_set_start: Callable[[Span, int], None] = Span.__dict__["start"].__set__
_set_end: Callable[[Span, int], None] = Span.__dict__["end"].__set__


@attrs.frozen(kw_only=True)
class Headline:
    """The article's title, without wire furniture glued to it."""

    text: str
    """The headline as written."""
    span: Span
    """Where the headline stands in the input."""


@attrs.frozen(kw_only=True)
class Deck:
    """A standfirst or sub-headline between the headline and the body."""

    text: str
    """The deck as written."""
    span: Span
    """Where the deck stands in the input."""


@attrs.frozen(kw_only=True)
class Dateline:
    """The place/date/agency formula that opens the first body paragraph."""

    text: str
    """The whole formula as written, with its closing punctuation or dash."""
    span: Span
    """Where the formula stands in the input."""
    places: tuple[str, ...] = ()
    """Place names as written, one per place, without qualifiers."""
    qualifiers: tuple[str, ...] = ()
    """Country, state or region qualifiers as written (``Mass.``, ``Leningrad Region``)."""
    year: int | None = None
    """The year as written (two-digit years expanded), else ``None``."""
    month: int | None = None
    """The month number as written, else ``None``."""
    day: int | None = None
    """The day of the month as written, else ``None``."""
    agency: str | None = None
    """The credited agency's canonical name (the last one when several are credited)."""
    agency_text: str | None = None
    """The agency credit as written (``REUTER``, ``ИТАР-ТАСС``)."""
    date: datetime.date | None = None
    """The date resolved against a reference date, when one was given."""


@attrs.frozen(kw_only=True)
class Sentence:
    """One sentence of the lede."""

    text: str
    """The sentence as written."""
    span: Span
    """Where the sentence stands in the input."""


@attrs.frozen(kw_only=True)
class Lede:
    """The first body paragraph, without its dateline."""

    text: str
    """The lede as written."""
    span: Span
    """Where the lede stands in the input."""
    sentences: tuple[Sentence, ...] = ()
    """The lede split into sentences, in order."""


@attrs.frozen(kw_only=True)
class Paragraph:
    """One body paragraph (hard-wrapped lines joined by the span, not the text)."""

    text: str
    """The paragraph as written, line breaks included."""
    span: Span
    """Where the paragraph stands in the input."""


@attrs.frozen(kw_only=True)
class Furniture:
    """A piece of non-content text: site lines, advisories, slugs, bylines, credits."""

    kind: str
    """Which kind of furniture this is, one of ``site``, ``advisory``, ``slug``,
    ``byline``, ``credits``, ``tag``, ``summary``, ``take``, ``code``, ``repeat`` or
    ``other``."""
    text: str
    """The furniture as written."""
    span: Span
    """Where it stands in the input."""


@attrs.frozen(kw_only=True)
class Cue:
    """The speech verb or phrase that attributes a quotation."""

    text: str
    """The cue as written (``said``, ``told``, ``according to``)."""
    span: Span
    """Where the cue stands in the input."""


class ResolvedBy(str, enum.Enum):
    """How a speaker's ``name`` was found from the mention next to the quotation.

    A ``str`` enum: each member equals its value (``ResolvedBy.PRONOUN == "pronoun"``)
    and the JSON output carries the value.
    """

    NAME = "name"
    """The mention is the name written in full."""
    SURNAME = "surname"
    """The mention is a shorter form of a name the article gives (``Ushakov``)."""
    PRONOUN = "pronoun"
    """The mention is a pronoun (``he``, ``it``, ``она``)."""
    DESCRIPTION = "description"
    """The mention describes a source named elsewhere (``the minister``)."""
    CONTINUATION = "continuation"
    """The quotation goes on with the previous quotation's speaker (it has no mention)."""
    SOURCE = "source"
    """An organisation or unnamed source, as written (``the Kremlin``, ``a diplomat``)."""

    def __str__(self) -> str:
        return self.value


@attrs.frozen(kw_only=True)
class Speaker:
    """Who said a quotation."""

    name: str
    """The fullest name the article gives this source (``Yuri Ushakov``), or its
    description as written for organisations and unnamed sources (``the Kremlin``)."""
    text: str
    """The mention as written next to the quotation (``Ushakov``, ``he``)."""
    span: Span
    """Where that mention stands in the input."""
    title: str | None = None
    """A title or role the article gives the source (``Russian presidential aide``)."""
    resolved_by: ResolvedBy = attrs.field(default=ResolvedBy.NAME, converter=ResolvedBy)
    """The way ``name`` was found from ``text`` (:class:`ResolvedBy`): ``name`` (written
    in full), ``surname`` (a shorter form of a name given elsewhere), ``pronoun``,
    ``description`` (``the minister``, ``the URNG``), ``continuation`` (the previous
    quotation's speaker) or ``source`` (an organisation or unnamed source, as written)."""


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation in the body and its attribution."""

    text: str
    """The words between the quotation marks."""
    span: Span
    """Where those words stand in the input (marks excluded)."""
    speaker: Speaker | None = None
    """Who said it, or ``None`` when the text does not say."""
    cue: Cue | None = None
    """The verb or phrase that attributes it, or ``None`` when it continues the
    previous speaker's quotation with no cue of its own."""
    rule: str | None = None
    """The id of the attribution sieve that gave the speaker and cue
    (``quote-source-cue``, ``continuation``, ...: the list is in the quotations
    guide), or ``None`` when no sieve attributed the quotation."""


@attrs.frozen(kw_only=True)
class QuotedTerm:
    """Words in quotation marks that are not a quotation (a name, title or scare quote)."""

    text: str
    """The words between the marks."""
    span: Span
    """Where those words stand in the input."""


def _span_dict(item: Any) -> dict[str, Any] | None:
    if item is None:
        return None
    out: dict[str, Any] = {"text": item.text, "start": item.span.start, "end": item.span.end}
    for field in attrs.fields(type(item)):
        if field.name in ("text", "span"):
            continue
        value = getattr(item, field.name)
        if isinstance(value, datetime.date):
            value = value.isoformat()
        elif isinstance(value, enum.Enum):
            value = value.value
        elif isinstance(value, tuple):
            value = [_span_dict(v) if attrs.has(type(v)) else v for v in value]
        elif attrs.has(type(value)):
            value = _span_dict(value)
        out[field.name] = value
    return out


@attrs.frozen(kw_only=True)
class Article:
    """A parsed wire article: every part with its span in the input."""

    headline: Headline | None = None
    """The title, or ``None`` when the copy has none."""
    deck: Deck | None = None
    """The standfirst, or ``None``."""
    byline: Furniture | None = None
    """The byline (``By John Smith``), or ``None``."""
    dateline: Dateline | None = None
    """The opening dateline, or ``None``."""
    lede: Lede | None = None
    """The first body paragraph without its dateline, or ``None``."""
    paragraphs: tuple[Paragraph, ...] = ()
    """The body paragraphs in order (the first one includes the dateline)."""
    quotes: tuple[Quote, ...] = ()
    """Direct quotations in the body, in order."""
    quoted_terms: tuple[QuotedTerm, ...] = ()
    """Quoted spans in the body judged not to be quotations, in order."""
    furniture: tuple[Furniture, ...] = ()
    """Everything set aside as non-content, in order."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict: each element as ``{text, start, end, ...}``.

        Example:
            >>> Article().to_dict()["headline"] is None
            True
        """
        return {
            "headline": _span_dict(self.headline),
            "deck": _span_dict(self.deck),
            "byline": _span_dict(self.byline),
            "dateline": _span_dict(self.dateline),
            "lede": _span_dict(self.lede),
            "paragraphs": [_span_dict(p) for p in self.paragraphs],
            "quotes": [_span_dict(q) for q in self.quotes],
            "quoted_terms": [_span_dict(t) for t in self.quoted_terms],
            "furniture": [_span_dict(f) for f in self.furniture],
        }
