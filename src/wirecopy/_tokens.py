"""The token layer: an article body's words and marks, read once, shared by every stage.

:func:`tokenize` splits the body paragraphs into tokens with their offsets, case shape,
paragraph and sentence index and their tags from the merged word table
(:mod:`wirecopy._lexicon`). Each quotation (marks included) is one placeholder token,
``QUOTE``, so that no stage ever reads a speaker or a cue inside someone's words; an
editorial gloss in square brackets (``[TEXT]``) is one ``GLOSS`` token. Every later
stage (cues, quoted terms, noun phrases, mentions, attribution) asks the
:class:`Tokens` object instead of splitting the text again.

The tokens are parallel lists indexed by token number, which is cheaper to build and
to read than one record per token.

Example:
    >>> from wirecopy._model import Span
    >>> t = Tokens.of('Lavrov said: "We are ready." He left.', [Span(0, 37)], [(13, 28)])
    >>> t.words
    ['Lavrov', 'said', ':', '\\x1a', 'He', 'left', '.']
    >>> t.sentence
    [0, 0, 0, 0, 1, 1, 1]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirecopy._data.abbreviations import SENTENCE_ABBREVIATIONS
from wirecopy._lexicon import (
    ADVERB,
    AUXILIARY,
    CLAUSE,
    CONJUNCTION,
    CUE,
    DETERMINER,
    HONORIFIC,
    IT,
    LEXICON,
    MONTH,
    NOT_NAME,
    ORGANISATION_WORD,
    PERSON_PRONOUN,
    PREPOSITION,
    RELATIVE,
    ROLE,
    RUSSIAN_FUNCTION,
    TIME,
    TITLE_WORD,
    WEEKDAY,
)
from wirecopy._model import Span

#: Tags of function words, which an acronym written in capitals never is.
#: Tags of words that never stand inside a name in copy without case cues.
_NOT_IN_NAMES = CLAUSE | CUE | AUXILIARY | RELATIVE | CONJUNCTION | ADVERB | RUSSIAN_FUNCTION
_FUNCTION_TAGS = (
    DETERMINER
    | PERSON_PRONOUN
    | IT
    | RELATIVE
    | CONJUNCTION
    | PREPOSITION
    | AUXILIARY
    | ADVERB
    | CLAUSE
)

__all__ = [
    "CAPITALISED",
    "GLOSS",
    "LOWER",
    "NUMBER",
    "OTHER",
    "PUNCT",
    "QUOTE",
    "UPPER",
    "Tokens",
]

#: The word a quotation's placeholder token carries.
QUOTE = "\x1a"
#: The word an editorial gloss's placeholder token carries (``[TEXT]``, ``[as received]``).
GLOSS = "\x1b"

# Case shapes.
PUNCT = 0
"""A mark or a placeholder."""
LOWER = 1
"""``said``, ``minister``."""
CAPITALISED = 2
"""``Lavrov``, ``McCain``, ``al-Assad`` is not (it is ``LOWER`` led: see ``is_name``)."""
UPPER = 3
"""``NATO``, ``SAID``, ``I``."""
NUMBER = 4
"""``45``, ``1,000``, ``2015``."""
OTHER = 5
"""``iPhone``, ``eBay``: a letter that is neither."""

#: A number with thousands separators (``2,500``), a word (letters and digits with
#: inner apostrophes, full stops, hyphens and ampersands) or one mark. Words may end
#: with a full stop, which :meth:`Tokens.of` splits off unless it closes an abbreviation.
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\w[\w'’.\-&]*|[^\w\s]")
#: Brackets that hold an editorial gloss, not anyone's words.
_GLOSS = re.compile(r"\[[^\[\]\n]{1,40}\]")
_TERMINAL = frozenset({".", "!", "?", "…", ";"})
_NAME_PREFIXES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "az-", "bin-", "ibn-")


#: What each word seen so far tokenizes to: key, tags, shape, possessive. Words repeat
#: across articles, so the table pays for itself; it is cleared when it grows large.
_WORDS: dict[str, tuple[str, int, int, bool]] = {}
#: Whether a word's closing full stop is its own (:func:`_keeps_stop`), by word.
_STOPS: dict[str, bool] = {}
_CACHE_LIMIT = 200_000


def _looks_inflected(key: str) -> bool:
    """An English adverb, past form or participle by its ending (``strongly``,
    ``criticised``, ``warning``), for copy that gives no case cues; names that end so
    (``Reilly``, ``Alfred``, ``Mohammed``) are spared by their endings."""
    if len(key) <= 6 or not key.isascii():
        return False
    if key.endswith("ly"):
        return not key.endswith("lly")
    if key.endswith("ed"):
        return not key.endswith(("fred", "med", "eed"))
    return key.endswith("ing")


def _keeps_stop(word: str) -> bool:
    """Whether the full stop ending ``word`` belongs to it: an abbreviation (``U.S.``,
    ``Gov.``, ``Corp.``), an initial (``J.``) or a number's decimals."""
    if len(word) == 2 and word[0].isupper():
        return True
    if "-" in word:
        word = word.rsplit("-", 1)[1]  # "anti-U.S.", "ex-Gov."
        if len(word) < 2:
            return False
    key = word.casefold()
    if key in SENTENCE_ABBREVIATIONS or LEXICON.get(key, 0) & HONORIFIC:
        return True
    inner = word[:-1]
    return "." in inner and len(word) <= 8 and inner.replace(".", "").isalpha()


def _shape(word: str) -> int:
    first = word[0]
    if first.isupper():
        if len(word) > 1 and word.isupper():
            return UPPER
        return CAPITALISED if len(word) > 1 or not first.isascii() else UPPER
    if first.islower():
        return LOWER if word.islower() or "-" in word else OTHER
    if first.isdigit():
        return NUMBER
    return PUNCT


def _key(word: str) -> str:
    """The word case-folded, without a possessive (``Russia's`` -> ``russia``)."""
    key = word.casefold()
    if key.endswith(("'s", "’s")) and len(key) > 2:
        return key[:-2]
    if key.endswith(("s'", "s’")) and len(key) > 2:
        return key[:-1]
    return key


class Tokens:
    """The body's tokens as parallel lists, with what each token is.

    ``words[i]`` is token ``i`` as written (``QUOTE`` for a quotation), ``starts[i]``
    and ``ends[i]`` its offsets in the text, ``keys[i]`` its case-folded form without a
    possessive, ``tags[i]`` its tags from :data:`wirecopy._lexicon.LEXICON`,
    ``shapes[i]`` its case shape, ``paragraph[i]`` and ``sentence[i]`` where it stands.
    ``quote_token[k]`` is the token of quotation ``k``.
    """

    __slots__ = (
        "ends",
        "keys",
        "name_word",
        "no_case",
        "paragraph",
        "possessive",
        "quote_of",
        "quote_token",
        "sentence",
        "sentence_starts",
        "shapes",
        "starts",
        "tags",
        "text",
        "words",
    )

    def __init__(self) -> None:
        self.text = ""
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words: list[str] = []
        self.keys: list[str] = []
        self.tags: list[int] = []
        self.shapes: list[int] = []
        self.paragraph: list[int] = []
        self.sentence: list[int] = []
        self.sentence_starts: list[int] = []
        self.possessive: set[int] = set()
        self.name_word: list[bool] = []
        """Whether each token may be part of a name: written as one and no
        closed-class word (``Lavrov``, ``Kremlin``, ``NATO``, not ``The``, ``Monday``,
        ``Russian``)."""
        self.quote_of: dict[int, int] = {}
        self.quote_token: list[int] = []
        self.no_case = False

    @classmethod
    def of(
        cls,
        text: str,
        paragraphs: Sequence[Span],
        holes: Sequence[tuple[int, int]],
        *,
        no_case: bool = False,
    ) -> Tokens:
        """Tokenize ``paragraphs`` of ``text``; each of ``holes`` (quotations, marks
        included, in order) becomes one ``QUOTE`` token. With ``no_case`` (ALL-CAPS or
        all-lower-case copy) every full stop before a word ends a sentence."""
        self = cls()
        self.text = text
        self.no_case = no_case
        starts, ends, words = self.starts, self.ends, self.words
        paragraph = self.paragraph
        quote_of = self.quote_of
        hole = 0
        pos = 0
        for index, para in enumerate(paragraphs):
            pos = max(pos, para.start)
            while pos < para.end:
                nxt = holes[hole][0] if hole < len(holes) else para.end
                stop = min(nxt, para.end)
                if pos < stop:
                    self._words_between(pos, stop, index)
                if nxt >= para.end:
                    break
                # A quotation: one token, in the paragraph its opening mark stands in.
                quote_of[len(words)] = hole
                self.quote_token.append(len(words))
                starts.append(nxt)
                ends.append(holes[hole][1])
                words.append(QUOTE)
                paragraph.append(index)
                pos = holes[hole][1]
                hole += 1
        while hole < len(holes):  # holes outside every paragraph: none in practice
            self.quote_token.append(-1)
            hole += 1
        self._finish()
        return self

    def _words_between(self, start: int, end: int, index: int) -> None:
        text = self.text
        if "[" in text[start:end]:
            pos = start
            for gloss in _GLOSS.finditer(text, start, end):
                self._scan(pos, gloss.start(), index)
                self.starts.append(gloss.start())
                self.ends.append(gloss.end())
                self.words.append(GLOSS)
                self.paragraph.append(index)
                pos = gloss.end()
            self._scan(pos, end, index)
        else:
            self._scan(start, end, index)

    def _scan(self, start: int, end: int, index: int) -> None:
        starts, ends, words = self.starts, self.ends, self.words
        text = self.text
        first = len(words)
        stops = _STOPS
        for m in _TOKEN.finditer(text, start, end):
            s, e = m.span()
            word = text[s:e]
            if e - s > 1 and word[-1] == ".":
                keeps = stops.get(word)
                if keeps is None:
                    keeps = stops[word] = _keeps_stop(word)
                if not keeps:
                    starts += (s, e - 1)
                    ends += (e - 1, e)
                    words += (word[:-1], ".")
                    continue
            starts.append(s)
            ends.append(e)
            words.append(word)
        self.paragraph += [index] * (len(words) - first)

    def _finish(self) -> None:
        words = self.words
        n = len(words)
        keys: list[str] = [""] * n
        tags: list[int] = [0] * n
        shapes: list[int] = [0] * n
        possessive: set[int] = set()
        cache = _WORDS
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
            _STOPS.clear()
        for i, word in enumerate(words):
            info = cache.get(word)
            if info is None:
                key = _key(word)
                owner = len(word) > 2 and word[-2:] in ("'s", "’s", "s'", "s’")
                info = cache[word] = (key, LEXICON.get(key, 0), _shape(word), owner)
            keys[i], tags[i], shapes[i], owner = info
            if owner:
                possessive.add(i)
        self.keys, self.tags, self.shapes, self.possessive = keys, tags, shapes, possessive
        if not self.no_case:
            self._retag_in_context()
        if self.no_case:
            self.name_word = [self._is_name_word(i) for i in range(n)]
        else:  # only a capitalised word, or "al-Assad", can be a name's
            self.name_word = [
                (shapes[i] in (CAPITALISED, UPPER) or "-" in words[i]) and self._is_name_word(i)
                for i in range(n)
            ]
        sentence: list[int] = []
        starts_of: list[int] = []
        current = -1
        previous_paragraph = -1
        pending_break = False
        shapes = self.shapes
        no_case = self.no_case
        text = self.text
        for i, word in enumerate(words):
            para = self.paragraph[i]
            if para != previous_paragraph or (
                pending_break
                and (no_case or shapes[i] in (CAPITALISED, UPPER, NUMBER) or word == QUOTE)
            ):
                current += 1
                starts_of.append(i)
                previous_paragraph = para
            pending_break = False
            sentence.append(current)
            if word in _TERMINAL and word != ";":
                pending_break = True
            elif word == QUOTE:
                # '"We are ready." He left.': a quotation that ends with its own stop
                # ends the sentence when the next word opens one.
                inner_end = self.ends[i] - 1
                while inner_end > self.starts[i] and text[inner_end] in "\"'”’»“‘« \t\r\n":
                    inner_end -= 1
                pending_break = text[inner_end] in ".!?…"
        self.sentence = sentence
        self.sentence_starts = starts_of

    def _retag_in_context(self) -> None:
        """Two tags the word table cannot know, fixed from case in mixed-case copy: an
        acronym that spells a function word is a name (``the WHO said``, ``US
        officials``, ``IT``); a month after a given name, with no day after it, is a
        surname (``Theresa May said``, but ``on May 5``)."""
        tags, shapes, keys = self.tags, self.shapes, self.keys
        n = len(tags)
        surnames: set[str] = set()
        # only a word in capitals or a capitalised month can change
        for i in [i for i, shape in enumerate(shapes) if shape in (UPPER, CAPITALISED)]:
            tag = tags[i]
            if not tag:
                continue
            if shapes[i] == UPPER and len(keys[i]) > 1 and tag & _FUNCTION_TAGS:
                tags[i] = tag & ~(_FUNCTION_TAGS | NOT_NAME)
            elif (
                tag & MONTH
                and shapes[i] == CAPITALISED
                and i > 0
                and shapes[i - 1] == CAPITALISED
                and not tags[i - 1] & (NOT_NAME | MONTH | WEEKDAY | TITLE_WORD | ROLE)
                and self.paragraph[i - 1] == self.paragraph[i]
                and not (i + 1 < n and shapes[i + 1] == NUMBER)
            ):
                tags[i] = tag & ~(MONTH | TIME | NOT_NAME | _FUNCTION_TAGS)
                surnames.add(keys[i])
        if surnames:
            # "Prime Minister Theresa May ... May said": the surname alone, later
            for i in range(n):
                if (
                    keys[i] in surnames
                    and shapes[i] == CAPITALISED
                    and tags[i] & MONTH
                    and not (i + 1 < n and shapes[i + 1] == NUMBER)
                    and not (
                        i > 0
                        and keys[i - 1]
                        in (
                            "in",
                            "of",
                            "since",
                            "until",
                            "by",
                            "early",
                            "late",
                            "mid",
                            "last",
                            "next",
                        )
                    )
                ):
                    tags[i] &= ~(MONTH | TIME | NOT_NAME | _FUNCTION_TAGS)

    def _is_name_word(self, i: int) -> bool:
        if not self.is_name(i):
            return False
        tag = self.tags[i]
        if self.no_case:
            if not tag and _looks_inflected(self.keys[i]):
                return False  # "THE PRESIDENT STRONGLY CRITICISED": an adverb, a verb
            return not tag & (_NOT_IN_NAMES | DETERMINER | PREPOSITION) or bool(
                tag & (ROLE | TITLE_WORD)
            )
        if tag & NOT_NAME and not tag & (ROLE | TITLE_WORD | ORGANISATION_WORD):
            # "The", "Monday", "Russian" are not name words (but "Kremlin" is; "May" may
            # be a surname, which the caller decides)
            return self.shapes[i] == UPPER and len(self.words[i]) > 1 and not tag & CLAUSE
        return not (
            tag & (CLAUSE | DETERMINER) and self.shapes[i] == CAPITALISED and i > 0
        ) or bool(tag & (ROLE | TITLE_WORD))

    # --- questions the stages ask -------------------------------------------------------

    def __len__(self) -> int:
        return len(self.words)

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """The first token of token ``i``'s sentence and the token just past its last."""
        s = self.sentence[i]
        first = self.sentence_starts[s]
        last = self.sentence_starts[s + 1] if s + 1 < len(self.sentence_starts) else len(self)
        return first, last

    def span(self, first: int, last: int) -> Span:
        """The span from token ``first`` to token ``last`` (inclusive)."""
        return Span(self.starts[first], self.ends[last])

    def slice(self, first: int, last: int) -> str:
        """The text from token ``first`` to token ``last`` (inclusive), as written."""
        return self.text[self.starts[first] : self.ends[last]]

    def is_name(self, i: int) -> bool:
        """Whether token ``i`` is written as a name word (``Lavrov``, ``NATO``,
        ``al-Assad``); in copy without case cues, whether it is a word at all."""
        shape = self.shapes[i]
        if self.no_case:
            return shape in (LOWER, UPPER, CAPITALISED, OTHER)
        if shape in (CAPITALISED, UPPER):
            return True
        word = self.words[i]
        return (
            shape == LOWER
            and word.startswith(_NAME_PREFIXES)
            and word.split("-", 1)[1][:1].isupper()
        )

    def glued(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with nothing between them."""
        return i > 0 and self.starts[i] == self.ends[i - 1]

    def gap(self, i: int) -> str:
        """The text between token ``i - 1`` and token ``i`` (blanks, a line break)."""
        return self.text[self.ends[i - 1] : self.starts[i]] if i > 0 else ""
