"""The plausibility gate: the last check every candidate speaker passes.

A sieve reads a phrase where a source's mention stands; the gate asks whether the
phrase could be a source at all, and says why not. A wrong speaker costs a user more
than a missing one, so a phrase that fails gives no speaker (``None``).

Reasons, each a wire-copy pitfall:

- ``time``: a weekday, month, date or time word (``said Tuesday``, ``November``);
- ``number``: a number (``2008``);
- ``closed-class``: a lone determiner, preposition, conjunction or adverb (``the``,
  ``Instead``, ``Back``);
- ``verb``: a speech verb or auxiliary inside the phrase, which makes it a clause
  (``The ministry has``, ``the statement said``);
- ``participle``: a capitalised ``-ing`` word that opens its sentence (``Speaking``,
  ``Holding``);
- ``setting``: a place after a locative preposition (``in Kyiv``);
- ``object``: a sign, banner, placard or T-shirt, which carries words but says nothing;
- ``lower-case``: one lower-case word in mixed-case copy (``police``, ``officials``).

Example:
    >>> from wirecopy._model import Span
    >>> from wirecopy._tokens import Tokens
    >>> from wirecopy._phrases import Phrase
    >>> t = Tokens.of("Speaking on Tuesday, Lavrov said", [Span(0, 32)], [])
    >>> reject(t, Phrase(0, 0, "name", 0, 0)), reject(t, Phrase(4, 4, "name", 4, 4))
    ('participle', None)
"""

from __future__ import annotations

from wirecopy._lexicon import (
    ADVERB,
    AUXILIARY,
    CLAUSE,
    CONJUNCTION,
    CUE,
    DETERMINER,
    IT,
    MONTH,
    PERSON_PRONOUN,
    PREPOSITION,
    ROLE,
    TIME,
    WEEKDAY,
)
from wirecopy._phrases import NAME, PRONOUN, Phrase
from wirecopy._tokens import CAPITALISED, LOWER, NUMBER, Tokens

__all__ = ["reject"]

#: Things that carry words without saying them.
#: Things that carry words but say nothing (their carrier may be the source).
SIGN_NOUNS = frozenset(
    {"sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "t-shirt"}
)
_OBJECTS = SIGN_NOUNS
#: Possessive pronouns that stand for a source (``in his words``, ``по её словам``).
_OWNERS = frozenset({"his", "her", "their", "его", "её", "ее", "их"})
_LOCATIVES = frozenset({"in", "at", "near", "outside", "inside", "from", "across"})
_CLOSED = DETERMINER | PREPOSITION | CONJUNCTION | ADVERB | CLAUSE


def reject(tokens: Tokens, phrase: Phrase) -> str | None:
    """Why ``phrase`` cannot be a source (a reason from the module's docstring), or
    ``None`` when it passes."""
    keys, tags, shapes = tokens.keys, tokens.tags, tokens.shapes
    first, last = phrase.first, phrase.last
    if phrase.kind == PRONOUN:
        if tags[first] & (PERSON_PRONOUN | IT) or keys[first] in _OWNERS:
            return None
        return "closed-class"
    head = phrase.name_last if phrase.kind == NAME else last
    if (tags[head] & (WEEKDAY | MONTH) or (tags[head] & TIME and not tags[head] & ROLE)) and not (
        phrase.kind == NAME and phrase.name_last > phrase.name_first and not tags[head] & WEEKDAY
    ):
        return "time"
    if all(shapes[k] == NUMBER for k in range(first, last + 1)):
        return "number"
    if (
        first == last
        and shapes[first] == CAPITALISED
        and keys[first].endswith("ly")
        and not keys[first].endswith("lly")
        and len(keys[first]) > 5
        and tokens.sentence_bounds(first)[0] == first
        and first + 1 < len(tokens)
        and shapes[first + 1] == LOWER
        and keys[first + 1].endswith("ing")
    ):
        return "closed-class"  # "Hastily politicizing the tragedy, ...": an adverb
    if first == last and tags[first] & _CLOSED and not tags[first] & ROLE:
        if not (
            phrase.kind == NAME
            and tokens.is_name(first)
            and not tags[first] & (DETERMINER | PREPOSITION | CONJUNCTION)
        ):
            return "closed-class"
        if tags[first] & (ADVERB | CLAUSE) and shapes[first] == CAPITALISED:
            return "closed-class"
    for k in range(first, last + 1):
        if tags[k] & (CUE | AUXILIARY) and shapes[k] == LOWER and not tags[k] & ROLE:
            return "verb"
    if (
        first == last
        and shapes[first] == CAPITALISED
        and keys[first].endswith("ing")
        and tokens.sentence_bounds(first)[0] == first
        and not (last + 1 < len(tokens) and tags[last + 1] & CUE)
    ):
        return "participle"  # "Speaking on Tuesday, ...", but "King says"
    if (
        phrase.kind == NAME
        and first > 0
        and keys[first - 1] in _LOCATIVES
        and first == phrase.name_first
    ):
        return "setting"
    if keys[head] in _OBJECTS:
        return "object"
    if (
        not tokens.no_case
        and first == last
        and shapes[first] == LOWER
        and phrase.kind != PRONOUN
        and not keys[first].startswith(("al-", "el-"))
    ):
        return "lower-case"
    return None
