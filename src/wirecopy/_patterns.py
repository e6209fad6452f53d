"""Patterns written for ``regex``, run by the standard library's ``re`` where both agree.

``re`` runs some scans up to twice as fast as ``regex``, but knows no Unicode
properties (``\\p{Lu}``) and reads ``\\s`` and ``\\w`` a little differently. This module
lends it ``regex``'s own tables as character classes of the Basic Multilingual Plane,
which ``re`` looks up in one step. On text with a character past that plane (an
emoji) the classes would be incomplete: callers keep the ``regex`` pattern for such
text (:func:`has_astral`).

``re`` is not faster everywhere: ``regex`` finds a pattern's first character faster,
so only scans that try a pattern at most positions (names, cue words) gain.

Example:
    >>> SAID = re.compile(for_re(r"(?<![\\p{L}])said(?![\\p{L}])"))
    >>> SAID.search("Ushakov said.").span()
    (8, 12)
"""

from __future__ import annotations

import array
import functools
import re

import regex

__all__ = ["for_re", "has_astral", "unicode_class"]

#: The Basic Multilingual Plane: every character below it is one step in ``re``'s table.
BMP_END = 0x10000

#: Escapes that mean a class: ``\p{...}`` and the ones the engines read differently.
_PATTERN_TOKEN = re.compile(r"\\([pP])\{(\w+)\}|\\[swSW]|\\[bB]|\\.|\[\^?\]?|\]")


@functools.cache
def unicode_class(prop: str) -> str:
    """The characters of the Basic Multilingual Plane that ``regex`` matches with
    ``prop`` (``\\p{Lu}``, ``\\s``), as the inside of a character class for ``re``.

    Example:
        >>> re.fullmatch("[" + unicode_class(r"\\p{Lu}") + "]+", "ÉLYSÉE") is not None
        True
    """
    every = array.array("I", range(BMP_END)).tobytes().decode("utf-32-le", "surrogatepass")
    parts = []
    for m in regex.finditer(prop + "+", every):
        first, last = m.group()[0], m.group()[-1]
        parts.append(re.escape(first) + ("-" + re.escape(last) if last != first else ""))
    return "".join(parts)


def for_re(pattern: str) -> str:
    """Translate a ``regex`` pattern for ``re``, on text inside the Basic Multilingual
    Plane: ``\\p{...}``, ``\\s`` and ``\\w`` (alone or in a class), ``\\P{...}``,
    ``\\S`` and ``\\W`` (alone) become ``regex``'s classes. Raises :class:`ValueError`
    for a word boundary, a negated escape inside a class, or a class that opens with
    ``]``, which it does not translate.

    Example:
        >>> for_re(r"(?<![\\p{L}])x")[:6], for_re(r"\\p{Lu}")[:3], for_re(r"\\S")[:2]
        ('(?<![A', '[A-', '[^')
    """
    out: list[str] = []
    pos = 0
    in_class = False
    for m in _PATTERN_TOKEN.finditer(pattern):
        token = m.group()
        if m.group(1) == "p" or token in (r"\s", r"\w"):
            inside = unicode_class(token)
            token = inside if in_class else "[" + inside + "]"
        elif (m.group(1) == "P" or token in (r"\S", r"\W")) and not in_class:
            positive = r"\p{" + m.group(2) + "}" if m.group(1) else token.lower()
            token = "[^" + unicode_class(positive) + "]"
        elif (
            m.group(1)
            or token in (r"\S", r"\W", r"\b", r"\B")
            or (token.startswith("[") and token.endswith("]"))
        ):
            raise ValueError(f"no translation for {token} in {pattern!r}")
        elif token.startswith("["):
            in_class = True
        elif token == "]":
            in_class = False
        out += (pattern[pos : m.start()], token)
        pos = m.end()
    return "".join(out) + pattern[pos:]


def has_astral(text: str) -> bool:
    """Whether ``text`` holds a character past the Basic Multilingual Plane (an emoji).

    Example:
        >>> has_astral("Moscow"), has_astral("ok \\U0001F600")
        (False, True)
    """
    return not text.isascii() and max(text) >= chr(BMP_END)
