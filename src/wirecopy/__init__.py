"""wirecopy: raw wire-service copy -> typed records with character spans.

Example:
    >>> import wirecopy
    >>> wirecopy.parse_dateline("WASHINGTON (AP) — The Senate voted.").agency
    'AP'
"""

from __future__ import annotations

from wirecopy._article import find_quotes, parse, parse_dateline, parse_headline, parse_lede
from wirecopy._batch import parse_many
from wirecopy._model import (
    Article,
    Cue,
    Dateline,
    Deck,
    Furniture,
    Headline,
    Lede,
    Paragraph,
    Quote,
    QuotedTerm,
    ResolvedBy,
    Sentence,
    Span,
    Speaker,
)
from wirecopy._render import render_html
from wirecopy.errors import WirecopyError


def __getattr__(name: str) -> str:
    """Read ``__version__`` from the package metadata on first use.

    A lazy attribute, as attrs does: ``importlib.metadata`` is slow to import.
    """
    if name != "__version__":
        raise AttributeError(f"module 'wirecopy' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wirecopy")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


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
    "WirecopyError",
    "__version__",
    "find_quotes",
    "parse",
    "parse_dateline",
    "parse_headline",
    "parse_lede",
    "parse_many",
    "render_html",
]
