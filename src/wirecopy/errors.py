"""Errors raised at wirecopy's public boundary."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["WirecopyError", "check_reference_date", "check_text"]


class WirecopyError(Exception):
    """Base class for wirecopy's own errors."""


def check_text(text: Any, function: str) -> str:
    """Return ``text`` if it is a ``str``; raise a helpful :class:`TypeError` otherwise.

    Example:
        >>> check_text(b"MOSCOW", "parse")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        TypeError: parse() takes the article as str, not bytes; decode it first, ...
    """
    if isinstance(text, str):
        return text
    kind = type(text).__name__
    if isinstance(text, (bytes, bytearray, memoryview)):
        hint = "; decode it first, e.g. data.decode('utf-8')"
    elif text is None:
        hint = "; pass '' for an empty article"
    else:
        hint = "; convert it with str() if it really is article text"
    raise TypeError(f"{function}() takes the article as str, not {kind}{hint}")


def check_reference_date(value: Any, function: str) -> datetime.date | None:
    """Return ``value`` as a ``date`` (or ``None``); raise :class:`TypeError` otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    raise TypeError(
        f"{function}() takes reference_date as a datetime.date or None, "
        f"not {type(value).__name__}; for a string use datetime.date.fromisoformat(s)"
    )
