"""The mention chain: every named person or body in an article, with its short forms.

A speaker mention next to a quotation is often a surname (``Ushakov``), a pronoun
(``he``) or a description (``the Russian leader``). The chain built here from the
whole article maps such mentions to the fullest name the text gives.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import attrs
import regex

from wirecopy._data.cues import RUSSIAN_SPEECH_VERBS, SPEECH_VERBS
from wirecopy._data.function_words import CLAUSE_WORDS, TITLE_WORDS
from wirecopy._data.names import (
    NOT_NAME_WORDS,
    ORGANISATION_WORDS,
    PLACE_LEADING_WORDS,
    PLACE_WORDS,
    RUSSIAN_CASE_ENDINGS,
    RUSSIAN_GIVEN_NAMES,
    SURNAMES_LIKE_ROLES,
)
from wirecopy._data.titles import (
    FEMALE_GIVEN_NAMES,
    HONORIFICS,
    ORGANISATION_KIND_NOUNS,
    ROLE_NOUNS,
)
from wirecopy._patterns import for_re, has_astral
from wirecopy._text import has_no_case_cues, word_before

__all__ = ["Mention", "MentionChain", "build_chain", "is_name_word", "split_title"]

_NAME_PARTICLES = (
    r"(?:al-|el-|bin|ibn|abu|de|del|della|di|da|dos|das|du|van|von|der|den|la|le|ter|y|of)"
)
_CAP_WORD = r"(?:(?:al|el|ad|as|ash|an|at|az)-)?\p{Lu}[\p{L}'’\-]{0,30}(?!\p{L})"
_NAME_RUN_WORDS = (
    rf"(?:\p{{Lu}}\.|{_CAP_WORD})"
    rf"(?:[ \t]{{1,2}}(?:{_NAME_PARTICLES}[ \t]{{1,2}}){{0,2}}(?:\p{{Lu}}\.|{_CAP_WORD})){{0,6}}"
    rf"(?![\p{{L}}\p{{N}}])"
)
#: "Theresa May" is a name; "on May 13" is a date: a month ends a name only when a
#: number follows it, so a run notes whether one does (a group, by number: a named
#: group is slow to read).
_DAY_AFTER = r"(?=([ \t]{1,2}\d)?)"
#: A capitalised run: group 1 is the run, group 2 the day after it, if any.
_NAME_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}])({_NAME_RUN_WORDS}){_DAY_AFTER}")


@functools.cache
def _name_run_scan() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:data:`_NAME_RUN` in the standard library's engine, which runs it about twice as
    fast: as is, for a range's first position, and led by the character before a run
    (the engine skips the insides of words in its own loop) for the rest.

    Compiled on first use (about 45 ms), not at import. Only for text without
    characters past the Basic Multilingual Plane (:func:`~wirecopy._patterns.for_re`).
    """
    return re.compile(for_re(_NAME_RUN.pattern)), re.compile(
        for_re(rf"[^\p{{L}}\p{{N}}](?=[\p{{Lu}}ae])({_NAME_RUN_WORDS}){_DAY_AFTER}")
    )


def _name_runs(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``_NAME_RUN.finditer(text, start, end)`` finds, by the faster scan."""
    if has_astral(text):
        yield from _NAME_RUN.finditer(text, start, end)
        return
    at_start, scan = _name_run_scan()
    first = at_start.match(text, start, end)
    if first is not None:
        yield first
        start = first.end()
    yield from scan.finditer(text, start, end)


_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*")
_POSSESSIVE = regex.compile(r"['’]s?$")


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word) if word[-2:] in ("'s", "’s") else word


_NAME_PREFIXES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "az-", "bin-", "ibn-")
_ARTICLE_PREFIXES = _NAME_PREFIXES[:8]  # the article, not "bin-"/"ibn-" (son of)


def is_name_word(word: str) -> bool:
    """Whether ``word`` is written like part of a name: capitalised, or ``al-Fartussi``.

    Example:
        >>> is_name_word("Ushakov"), is_name_word("al-Fartussi"), is_name_word("aide")
        (True, True, False)
    """
    if word[:1].isupper():
        return True
    return word.casefold().startswith(_NAME_PREFIXES) and word.split("-", 1)[1][:1].isupper()


def split_title(words: list[str], all_caps: bool = False) -> tuple[list[str], list[str]]:
    """Split a capitalised mention into ``(title words, name words)``.

    The name is the trailing run of words that are neither role nouns nor honorifics.

    Example:
        >>> split_title("Kremlin Spokesman Dmitry Peskov".split())
        (['Kremlin', 'Spokesman'], ['Dmitry', 'Peskov'])
    """
    name: list[str] = []
    for word in reversed(words):
        key = word.casefold().rstrip(",")
        if key in ROLE_NOUNS or key in HONORIFICS or key in TITLE_WORDS:
            if not name and key in SURNAMES_LIKE_ROLES and _given_name_ends(words[:-1]):
                name.insert(0, word)  # "Julie Bishop", "Martin Luther King"
                continue
            break  # "Secretary of State Colin Powell": State is a title word
        if "-" in key and key.split("-", 1)[0] in ROLE_NOUNS:
            break  # "Secretary-General", "Vice-President", "Editor-in-Chief"
        if not all_caps and not (is_name_word(word) or word.casefold() in _PARTICLE_SET):
            break
        name.insert(0, word)
    while name and name[0].casefold() in _PARTICLE_SET and name[0].casefold() != "abu":
        name.pop(0)  # "de", "van" lead no name; "Abu Talb" is a name
    cut = len(words) - len(name)
    if (
        len(name) > 2
        and cut > 0
        and (
            words[cut - 1].casefold() in ("of", "for", "the")
            # "Minister of Trade and Integration Arman Seitkaliyev"
            or (words[cut - 1] == "and" and any(w in ("of", "for") for w in words[:cut]))
        )
        and not any(w.casefold() in _PARTICLE_SET for w in name)
    ):
        # "Governor of the Bank of England Andrew Bailey": the office's own name ends
        # the title; a given name and a surname follow it. (After a title word the
        # name is whole: "Minister of Trade and Industry Gan Kim Yong".)
        cut = len(words) - 2
        name = words[cut:]
    elif len(name) > 2 and _body_leads_name(name, words[:cut]):
        cut += 1  # "глава Минздрава Михаил Муравко", "ТАСС Валерий Карпенко"
        name = name[1:]
    return words[:cut], name


def _given_name_ends(words: list[str]) -> bool:
    """Whether ``words`` end with what may be a given name: capitalised, alphabetic,
    neither a role, a place, a body nor a nationality (``Saudi``, ``Spanish``)."""
    if not words:
        return False
    word = words[-1]
    key = word.casefold()
    return (
        word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and key not in ROLE_NOUNS
        and key not in HONORIFICS
        and key not in TITLE_WORDS
        and key not in ORGANISATION_WORDS
        and key not in PLACE_WORDS
        and not key.endswith(("an", "ese", "ish", "i"))
    )


_PARTICLE_SET = frozenset(
    p.casefold()
    for p in (
        "al-",
        "el-",
        "bin",
        "ibn",
        "abu",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "ter",
        "y",
    )
)


class Mention(NamedTuple):
    """A named person or body as the article introduces it (an internal record)."""

    name: str
    """The fullest form of the name."""
    title: str | None
    """The title or role written before the name, if any."""
    position: int
    """Offset of the first mention."""
    female: bool = False
    """Whether the given name is a common female one (a weak cue for pronouns)."""
    person: bool = True
    """Whether the name looks like a person's (not an organisation or a place)."""
    organisation: bool = False
    """Whether the name is an organisation's (an organisation word, or an acronym
    defined for it: ``Guatemalan National Revolutionary Unity (URNG)``)."""
    acronym: str | None = None
    """The acronym the text defines for this name, if any."""


@attrs.frozen(kw_only=True)
class MentionChain:
    """Names in the article and the short forms that point to them."""

    mentions: tuple[Mention, ...] = ()
    """Named people and bodies, in order of first mention."""
    by_token: dict[str, tuple[int, ...]] = attrs.field(factory=dict)
    """Casefolded name word -> indexes into ``mentions`` whose name contains it."""
    occurrences: tuple[tuple[int, int], ...] = ()
    """Every mention in the text, in order, as ``(offset, index into mentions)``,
    short forms (``Ushakov``) included."""
    _cache: dict[str, Any] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    """Lookup tables built on first use (a fresh, empty one after ``attrs.evolve``)."""

    def _occurrences_where(
        self, name: str, keep: Callable[[Mention], bool]
    ) -> list[tuple[int, int]]:
        """Return the occurrences whose mention passes ``keep``, sorted, cached under ``name``."""
        found = self._cache.get(name)
        if found is None:
            found = [o for o in self.occurrences if keep(self.mentions[o[1]])]
            self._cache[name] = found
        return found

    def _latest(self, entries: list[tuple[int, int]], before: int) -> tuple[int, int] | None:
        k = bisect.bisect_left(entries, (before, -1))
        return entries[k - 1] if k else None

    def recent_person(self, before: int, *, female: bool | None = None) -> Mention | None:
        """Return the person mentioned last before ``before``, of a compatible gender.

        ``female=False`` skips names known to be female; ``True`` prefers them.
        """
        found = self.recent_person_occurrence(before, female=female)
        return found[0] if found is not None else None

    def recent_person_occurrence(
        self, before: int, *, female: bool | None = None
    ) -> tuple[Mention, int] | None:
        """Like :meth:`recent_person`, with the offset of that last mention."""
        # Bisect per-kind occurrence lists: a backward scan here made every
        # pronoun quotation O(mentions), quadratic over a long article.
        found = None
        if female is True:
            found = self._latest(
                self._occurrences_where("women", lambda m: m.person and m.female), before
            )
        if found is None and female is not None:
            found = self._latest(
                self._occurrences_where("men", lambda m: m.person and not m.female), before
            )
        if female is None:
            found = self._latest(self._occurrences_where("people", lambda m: m.person), before)
        return (self.mentions[found[1]], found[0]) if found is not None else None

    def fullest(self, words: list[str], *, family_first: bool = False) -> Mention | None:
        """Return the mention whose name best extends ``words`` (a surname, a full name).

        With ``family_first``, a single word may also match a person's first name
        word (``Sun`` -> ``Sun Guihua``), as a speaker mention may.
        """
        tokens = self._cache.get("tokens")
        if tokens is None:
            tokens = self._cache["tokens"] = _name_tokens(self.mentions)
        index = _fullest_index(self.mentions, tokens, self.by_token, words, family_first)
        return self.mentions[index] if index is not None else None

    def misspelt(self, surname: str) -> Mention | None:
        """Return the one person whose surname is ``surname`` with a letter changed,
        added, dropped or two swapped (``Koronolli`` -> ``Viktor Koronelli``)."""
        if len(surname) < 5:
            return None
        key = surname.casefold()
        found = [
            m
            for m in self.mentions[:_MISSPELT_REACH]
            if " " in m.name
            and not m.organisation
            and _one_edit_apart(key, m.name.split()[-1].casefold())
        ]
        if len({m.name.split()[-1] for m in found}) != 1:
            return None  # no such person, or more than one
        return max(found, key=lambda m: len(m.name))

    def inflected(self, surname: str) -> Mention | None:
        """Return the one person whose Russian surname is ``surname`` in another case
        (``Лаврова``, ``Росу`` -> ``Сергей Лавров``, ``Кэрри Роса``)."""
        stem = _russian_stem(surname)
        if stem is None:
            return None
        found = [
            m
            for m in self.mentions[:_MISSPELT_REACH]
            if " " in m.name and not m.organisation and _russian_stem(m.name.split()[-1]) == stem
        ]
        if len({m.name.split()[-1].casefold() for m in found}) != 1:
            return None  # no such person, or more than one
        return max(found, key=lambda m: len(m.name))

    def inflected_name(self, name: str) -> Mention | None:
        """Return the person first written as ``name`` in another case: a given name and
        a surname (``Игоря Сечина`` -> ``Игорь Сечин``).

        Example:
            >>> build_chain("Игорь Сечин выступил. Цитируют Игоря Сечина.").inflected_name(
            ...     "Игоря Сечина"
            ... ).name
            'Игорь Сечин'
        """
        words = name.split()
        stem = _russian_stem(words[-1]) if len(words) == 2 else None
        if stem is None:
            return None
        for m in self.mentions[:_MISSPELT_REACH]:
            parts = m.name.split()
            if (
                m.person
                and len(parts) == 2
                and m.name != name
                and parts[0][:3].casefold() == words[0][:3].casefold()
                and _russian_stem(parts[1]) == stem
            ):
                return m  # the first written: the nominative, as a rule
        return None

    def by_role(self, role_words: set[str], before: int, *, head: bool = False) -> Mention | None:
        """Return the latest mention before ``before`` whose title holds a role word
        (with ``head``, ends with one: ``the newspaper`` is the one titled ``hardline
        newspaper``, not a ``newspaper editor``)."""
        key = "title heads" if head else "titles"
        titles = self._cache.get(key)
        if titles is None:  # title word -> sorted (position, index): one pass, then bisect
            titles = {}
            for i, mention in enumerate(self.mentions):
                words = [w.casefold() for w in _WORD.findall(mention.title or "")]
                words = words[-1:] if head else words
                # "врач-инфекционист" is a "врач" too
                for word in {*words, *(w.split("-", 1)[0] for w in words if "-" in w)}:
                    titles.setdefault(word, []).append((mention.position, i))
            for entries in titles.values():
                entries.sort()
            self._cache[key] = titles
        best: tuple[int, int] | None = None
        for word in role_words:
            found = self._latest(titles.get(word, []), before)
            if found is not None and (best is None or found > best):
                best = found
        return self.mentions[best[1]] if best is not None else None

    def by_acronym(self, word: str) -> Mention | None:
        """Return the mention the text defined ``word`` as an acronym for."""
        acronyms = self._cache.get("acronyms")
        if acronyms is None:  # acronym -> the first mention defining it: one pass, then look up
            acronyms = {}
            for mention in self.mentions:
                if mention.acronym is not None:
                    acronyms.setdefault(mention.acronym.casefold(), mention)
            self._cache["acronyms"] = acronyms
        found: Mention | None = acronyms.get(word.casefold().strip(".,'’"))
        return found

    def recent_organisation(self, before: int) -> Mention | None:
        """Return the organisation mentioned last before ``before`` (acronym-defined first)."""
        # Bisect per-kind occurrence lists: a backward scan made "it said" x n quadratic.
        defined = self._occurrences_where("defined", lambda m: m.acronym is not None)
        found = self._latest(defined, before) or self._latest(
            self._occurrences_where("bodies", lambda m: m.organisation), before
        )
        if found is not None:
            return self.mentions[found[1]]
        # "The rebels proposed ..." before "... Unity (URNG)" is defined.
        first: Mention | None = self._cache.get("first defined")
        if first is None and "first defined" not in self._cache:
            named = [m for m in self.mentions if m.acronym is not None]
            first = self._cache["first defined"] = (
                min(named, key=lambda m: m.position) if named else None
            )
        return first

    def by_name_word(self, word: str, before: int) -> Mention | None:
        """Return the latest mention before ``before`` whose name holds ``word``."""
        key = _name_key(word)
        names: dict[str, list[tuple[int, int]]] = self._cache.setdefault("names", {})
        entries = names.get(key)
        if entries is None:
            entries = sorted((self.mentions[i].position, i) for i in self.by_token.get(key, ()))
            names[key] = entries
        found = self._latest(entries, before)
        if found is None:
            return None
        first = bisect.bisect_left(entries, (found[0], -1))  # ties: the first one listed
        return self.mentions[entries[first][1]]

    def last_person(self, before: int, female: bool | None = None) -> Mention | None:
        """Return the latest person-like mention (two or more name words) before ``before``."""
        best: Mention | None = None
        for mention in self.mentions:
            if mention.position >= before or not mention.person:
                continue
            if female is not None and mention.female != female:
                continue
            best = mention
        return best


#: How many mentions a misspelt surname is compared with (bounds the cost).
_MISSPELT_REACH = 200


def _name_key(word: str) -> str:
    """A name word as the chain compares it: casefolded, without an Arabic article
    (``al-Sisi`` and ``Sisi`` are one surname).

    Example:
        >>> _name_key("al-Sisi"), _name_key("Sisi"), _name_key("Abu")
        ('sisi', 'sisi', 'abu')
    """
    key = word.casefold()
    if key.startswith(_ARTICLE_PREFIXES):
        return key.split("-", 1)[1] or key
    return key


def _name_tokens(mentions: tuple[Mention, ...]) -> list[list[str]]:
    """Each mention's name words as :func:`_name_key` gives them (what
    :func:`_fullest_index` compares)."""
    return [[_name_key(w) for w in mention.name.split()] for mention in mentions]


def _fullest_index(
    mentions: tuple[Mention, ...],
    tokens: list[list[str]],
    by_token: dict[str, tuple[int, ...]],
    words: list[str],
    family_first: bool,
) -> int | None:
    """Return the index of the mention :meth:`MentionChain.fullest` picks for ``words``.

    Example:
        >>> mentions = (Mention("Sun Guihua", None, 0), Mention("Guihua", None, 9))
        >>> tokens = _name_tokens(mentions)
        >>> by_token = {"sun": (0,), "guihua": (0, 1)}
        >>> _fullest_index(mentions, tokens, by_token, ["Guihua"], False)
        0
        >>> _fullest_index(mentions, tokens, by_token, ["Sun"], True)
        0
    """
    if not words:
        return None
    last = _name_key(words[-1])
    single = len(words) == 1
    others: set[str] | None = None  # the words besides the last, casefolded
    best: int | None = None
    best_length = -1
    for index in by_token.get(last, ())[:_CANDIDATES]:
        mention = mentions[index]
        if mention.acronym is not None and single and mention.acronym.casefold() == last:
            return index
        name_tokens = tokens[index]
        leads = (
            family_first
            and single
            and (mention.person or mention.organisation)
            and name_tokens[0] == last
        )  # "Sun" -> "Sun Guihua"; "WEDGE" -> "WEDGE Group Inc"
        if name_tokens[-1] != last and last not in name_tokens[1:] and not leads:
            continue  # a family name may come first ("Sun" -> "Sun Guihua")
        if not single:  # (a single word is among the name's words by now)
            if others is None:
                others = {_name_key(w) for w in words[:-1]}
            if not others.issubset(name_tokens):
                continue
        if len(mention.name) > best_length:
            best, best_length = index, len(mention.name)
    return best


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


def _is_lower_cyrillic(word: str) -> bool:
    return word[:1].islower() and _is_cyrillic(word)


def _russian_stem(word: str) -> str | None:
    """A Cyrillic name without its case ending (at least three letters stay), or
    ``None`` for a name in another script.

    Example:
        >>> _russian_stem("Лаврова"), _russian_stem("Захаровой"), _russian_stem("Lavrov")
        ('лавров', 'захаров', None)
    """
    key = word.casefold()
    if not _is_cyrillic(key):
        return None
    for ending in RUSSIAN_CASE_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)]
    return key


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one substitution, insertion, deletion or swap
    of neighbours, with the same first letter.

    Example:
        >>> _one_edit_apart("beesley", "beesely"), _one_edit_apart("smith", "smyth")
        (True, True)
    """
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (
            a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
        )
    if len(a) > len(b):
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def build_chain(
    text: str, start: int = 0, end: int | None = None, *, no_case: bool | None = None
) -> MentionChain:
    """Collect capitalised name runs in ``text[start:end]`` into a chain.

    Example:
        >>> chain = build_chain("Russian presidential aide Yuri Ushakov said. Ushakov left.")
        >>> chain.fullest(["Ushakov"]).name
        'Yuri Ushakov'
    """
    end = len(text) if end is None else end
    if no_case is None:
        no_case = has_no_case_cues(text[start : min(end, start + 4000)])
    if no_case:
        return _caps_chain(text, start, end)
    mentions: list[Mention] = []
    runs: list[tuple[int, list[str]]] = []
    seen: set[str] = set()
    for m in _name_runs(text, start, end):
        reading = _read_run(m.group(1), m.group(2) is not None)
        if reading is None:
            continue
        at = m.start(1)
        preceding = None
        if len(reading.name_words) >= 3:
            preceding = _title_before(text, at, start)
            if preceding and preceding[-1] in ("to", "in", "for"):
                # "Ambassador to Havana Viktor Koronelli": the place belongs to the title.
                preceding = [*preceding, reading.name_words[0]]
                reading = _Reading.of(
                    reading.title_words, reading.name_words[1:], reading.organisation
                )
            elif text[max(start, at - 4) : at] == "and " and _office_and_before().search(
                text, max(start, at - 48), at
            ):
                # "Minister of Trade and Integration Arman Seitkaliyev": the office's
                # name goes on after "and".
                preceding = [*preceding, reading.name_words[0]]
                reading = _Reading.of(
                    reading.title_words, reading.name_words[1:], reading.organisation
                )
            elif _body_leads_name(reading.name_words, [*preceding, *reading.title_words]):
                # "глава Минздрава Михаил Муравко": the body belongs to the title.
                reading = _Reading.of(
                    [*reading.title_words, reading.name_words[0]],
                    reading.name_words[1:],
                    reading.organisation,
                )
        runs.append((at, reading.name_words))
        if reading.key in seen:
            continue
        seen.add(reading.key)
        if preceding is None:
            preceding = _title_before(text, at, start)
        title = " ".join([*preceding, *reading.title_words]) or _title_after(text, m.end(1), end)
        # "Mr. Smith", "President Xi": a title before one name word makes it a person's.
        person = reading.person or (
            not reading.organisation
            and _titled_single_name([*preceding, *reading.title_words], reading.name_words)
        )
        organisation = reading.organisation
        if not reading.title_words and (
            word_before(text, at, start) in ORGANISATION_KIND_NOUNS
            or (text.startswith(",", m.end(1)) and _kind_after().match(text, m.end(1), end))
        ):
            # "Russian steelmaker Volkova Steel", "Dumas Automobiles, France's
            # second-largest carmaker,": a body's name.
            organisation, person = True, False
        elif person and not reading.title_words and _led_by_the(text, at, m.group(1)):
            person = False  # "the Yomiuri Giants": a team, a band, a family
        mentions.append(Mention(reading.name, title, at, reading.female, person, organisation))
    _add_acronyms(text, start, end, mentions, runs, all_caps=False)
    return _index(mentions, runs, text)


_MONTHS = frozenset(
    w.casefold()
    for w in (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )
)


class _Reading(NamedTuple):
    """What a capitalised run says: title words, name words and what the name is."""

    title_words: list[str]
    name_words: list[str]
    organisation: bool
    name: str
    """The name words joined."""
    key: str
    """The name casefolded (names repeat in other cases)."""
    person: bool
    female: bool

    @classmethod
    def of(cls, title_words: list[str], name_words: list[str], organisation: bool) -> _Reading:
        """Read ``name_words`` as a person's or body's name.

        Example:
            >>> _Reading.of(["Dr."], ["Anna", "Smith"], False)[3:]
            ('Anna Smith', 'anna smith', True, True)
        """
        name = " ".join(name_words)
        return cls(
            title_words,
            name_words,
            organisation,
            name,
            name.casefold(),
            person=not organisation
            and (_person_like(name_words) or _titled_single_name(title_words, name_words)),
            female=name_words[0].casefold() in FEMALE_GIVEN_NAMES,
        )


@functools.lru_cache(maxsize=8192)
def _read_run(run: str, dated: bool = True) -> _Reading | None:
    """Read a capitalised run (``dated``: a day number follows it).

    ``None`` when it names nobody (``The``, ``Monday``). Cached across articles (the
    same names and capitalised words recur); callers must not change the lists.
    """
    written = run.split()
    if len(written) == 1 and written[0].casefold() in NOT_NAME_WORDS:
        return None
    raw = [_strip_possessive(w) for w in written]
    if "of" in raw[2:]:
        # "Cami Stephens of Hyannis": a person from a place (not "Secretary of State").
        before = raw[: raw.index("of")]
        initials_dropped = [w for w in before if not (len(w) == 2 and w.endswith("."))]
        if _person_like(before) and not split_title(initials_dropped)[0]:
            return _Reading.of([], before, False)
    person_title, person_name = split_title(raw)
    # "Dr Fiona Marsh" is titled; in "Royal College of Emergency Medicine" the words
    # before the name hold no role: a body's name.
    titled_person = _has_role(" ".join(person_title)) and _person_like(person_name)
    if not titled_person and any(w.casefold() in ORGANISATION_WORDS for w in raw[1:]):
        # A body's name as written: "Russia's Defence Ministry" keeps its owner's
        # possessive; only the last word's ("the Ministry's statement") goes.
        words = [*written[:-1], raw[-1]]
        words = words[1:] if raw[0].casefold() in ("the", "a", "an") else words
        return _Reading.of([], words, True)
    words = raw
    while words and words[0].casefold() in NOT_NAME_WORDS:
        words = words[1:]
    while words and words[-1].casefold() in NOT_NAME_WORDS:
        if not dated and len(words) > 1 and words[-1].casefold() in _MONTHS:
            break  # "Prime Minister Theresa May"
        words = words[:-1]
    if not words:
        return None
    if words is raw:
        title_words, name_words = person_title, person_name
    else:
        title_words, name_words = split_title(words)
    return _Reading.of(title_words, name_words, False) if name_words else None


@functools.cache
def _office_and_before() -> regex.Pattern[str]:
    """An office's name that goes on after ``and`` before a name run (compiled on first
    use)."""
    return regex.compile(r"(?<![\p{L}])(?:of|for)[ \t](?:\p{Lu}[\p{L}\-]+[ \t]){1,3}and[ \t]$")


def _led_by_the(text: str, at: int, run: str) -> bool:
    """Whether ``the`` stands right before a name run or opens it."""
    return run.startswith(("The ", "THE ")) or text[max(0, at - 4) : at] in ("the ", "The ")


@functools.cache
def _kind_after() -> regex.Pattern[str]:
    """An appositive that says what kind of body the name before it is (``, France's
    second-largest carmaker,``); compiled on first use."""
    return regex.compile(
        r",[ \t]{1,2}(?:[\p{L}'’\-]{1,24}[ \t]{1,2}){0,4}"
        rf"(?:{'|'.join(sorted(ORGANISATION_KIND_NOUNS))})(?=[,.;])"
    )


#: Endings of Russian patronymics (``Юрьевич``, ``Владимировна``).
_PATRONYMIC_ENDINGS = ("вич", "вна", "ична", "ич")
#: Genitive endings of a Russian body's name (``Минздрава``, ``Росавиации``).
_GENITIVE_ENDINGS = ("а", "я", "ы", "и")


def _body_leads_name(name_words: list[str], title_words: list[str]) -> bool:
    """Whether the first of three or four name words is a body before a Russian
    person's name: an acronym (``сообщил ТАСС Валерий Карпенко``), a word in another
    script (``в Telegram Дмитрий Медведев``) or, after a role noun, a genitive (``глава
    Минздрава Михаил Муравко``); the rest must read as a Cyrillic given name and
    surname, with a patronymic between them or not.

    Example:
        >>> _body_leads_name(["Минздрава", "Михаил", "Муравко"], ["глава"])
        True
        >>> _body_leads_name(["Михаил", "Юрьевич", "Муравко"], ["глава"])
        False
    """
    first, rest = name_words[0], name_words[1:]
    if not (2 <= len(rest) <= 3):
        return False
    if rest[0].endswith(_PATRONYMIC_ENDINGS) or (
        len(rest) == 3 and not rest[1].endswith(_PATRONYMIC_ENDINGS)
    ):
        return False
    if any(w.isupper() or not _is_cyrillic(w) for w in rest):
        return False
    if not _is_cyrillic(first):
        return True  # "написал в Telegram Дмитрий Медведев": a name in another script
    if len(first) > 1 and first.isupper():
        return True
    return (
        first.endswith(_GENITIVE_ENDINGS)
        and bool(title_words)
        and title_words[-1].casefold() in ROLE_NOUNS
    )


def _titled_single_name(title_words: list[str], name_words: list[str]) -> bool:
    """``Prime Minister Sheikh Hasina``, ``President Xi``: one name word right after
    an honorific or a person's role is a person."""
    if len(name_words) != 1 or not title_words:
        return False
    key = name_words[0].casefold()
    last = title_words[-1].casefold().rstrip(".")
    return (
        name_words[0].isalpha()
        and not name_words[0].isupper()
        and key not in ORGANISATION_WORDS
        and key not in PLACE_WORDS
        and key not in NOT_NAME_WORDS
        and (last in HONORIFICS or title_words[-1].casefold() in HONORIFICS or last in ROLE_NOUNS)
        and last not in ORGANISATION_WORDS  # "Bank Negara", "Team Sky": a body's name
    )


def _person_like(name_words: list[str]) -> bool:
    """A person's name: two to four words, none of them an organisation word or acronym."""
    if not 2 <= len(name_words) <= 5:
        return False
    if name_words[-1].endswith(("ans", "ese")) and len(name_words[-1]) > 5:
        return False  # "North Koreans", "the Iraqis": a people, not a person
    if name_words[0].casefold() in PLACE_LEADING_WORDS:
        return False  # "North Korea", "New Zealand"
    for word in name_words:
        key = word.casefold()
        surname = word is name_words[-1] and key in SURNAMES_LIKE_ROLES  # "Julie Bishop"
        if key in ORGANISATION_WORDS or (key in ROLE_NOUNS and not surname) or key in PLACE_WORDS:
            return False
        if len(word) > 1 and word.isupper() and "." not in word:
            return False
    return True


def _index(
    mentions: list[Mention], runs: list[tuple[int, list[str]]], text: str | None = None
) -> MentionChain:
    """Build the chain: index name words, resolve every run to its fullest mention.

    With ``text``, also mark places (:func:`_mark_places`) and learn genders
    (:func:`_mark_gender`) from it, in that order.
    """
    frozen = tuple(mentions)
    tokens = _name_tokens(frozen)
    by_token_lists: dict[str, list[int]] = {}
    for index, mention in enumerate(frozen):
        for token in tokens[index]:
            if token in by_token_lists:
                by_token_lists[token].append(index)
            else:
                by_token_lists[token] = [index]
        if mention.acronym is not None:
            by_token_lists.setdefault(mention.acronym.casefold(), []).append(index)
    by_token = {k: tuple(v) for k, v in by_token_lists.items()}
    occurrences: list[tuple[int, int]] = []
    resolved: dict[tuple[str, ...], int | None] = {}
    for position, words in runs:
        key = tuple(words)
        if key in resolved:  # the same short form recurs: look it up once
            found_index = resolved[key]
        else:  # "Chen" -> "Chen Guiqiu"
            found_index = resolved[key] = _fullest_index(frozen, tokens, by_token, words, True)
        if found_index is not None:
            occurrences.append((position, found_index))
    occurrences.sort()
    if text is not None:
        frozen = _mark_gender(_mark_places(frozen, occurrences, text), occurrences, text)
    chain = MentionChain(mentions=frozen, by_token=by_token, occurrences=tuple(occurrences))
    chain._cache["tokens"] = tokens  # names are unchanged by the marks: still valid
    return chain


#: Searched right to left (REVERSE): anchored at the end, it fails at once on the
#: usual window; only whether it matches is used, which the direction does not change.
_LOCATIVE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?<!according[ \t])(?<!according[ \t]{2})"
    r"(?:in|to|from|near|across|into|toward|towards|throughout|outside|inside|"
    r"visit|visited|visiting|via)[ \t]{1,3}(?:the[ \t]{1,3})?$",
    regex.IGNORECASE | regex.REVERSE,
)


@functools.cache
def _constituency_before() -> regex.Pattern[str]:
    """A member of a parliament for a constituency: the name after is a place ("MP for
    Leeds North East"). Compiled on first use."""
    return regex.compile(
        r"(?<![\p{L}])(?:MPs?|MEPs?|MSPs?|TDs?|AMs?|(?i:member|senator|congressman|"
        r"congresswoman|representative|deputy|lawmaker|legislator))[ \t]{1,2}for[ \t]{1,2}$"
    )


#: A subject pronoun: what the text calls the person it just named.
_SUBJECT_PRONOUN = regex.compile(r"(?<![\p{L}])(?:[Hh]|[Ss]h)e(?![\p{L}])")  # he, she, He, She
_MODIFIER_USE = regex.compile(r"(?<![\p{L}])(?i:the|an?)[ \t]$")
#: How far after a name its pronoun is looked for (never past the next name).
_PRONOUN_REACH = 160


def _mark_gender(
    mentions: tuple[Mention, ...], occurrences: list[tuple[int, int]], text: str
) -> tuple[Mention, ...]:
    """Learn a person's gender from the text: the ``he`` or ``she`` that follows the name.

    ``Chen Guiqiu waited ... Within minutes, Chen feared, she and her daughters ...``:
    a person the text calls ``she`` more often than ``he`` is a woman, whatever the
    list of given names says (a name known to be a woman's stays so without evidence).
    """
    votes: dict[int, int] = {}
    for k, (position, index) in enumerate(occurrences):
        if not mentions[index].person or _MODIFIER_USE.search(text, max(0, position - 4), position):
            continue  # "the Bush administration": not who the next "she" is
        stop = position + _PRONOUN_REACH
        if k + 1 < len(occurrences):
            stop = min(stop, occurrences[k + 1][0])
        # Within the name's paragraph: '... Lars Nyberg had called "...".' and then
        # '"...," she said' in the next one is another person's quotation.
        blank = text.find("\n\n", position, stop)
        stop = blank if blank >= 0 else stop
        m = _SUBJECT_PRONOUN.search(text, position, min(stop, len(text)))
        if m is not None:
            votes[index] = votes.get(index, 0) + (1 if m.group()[0] in "sS" else -1)
    if not votes:
        return mentions
    return tuple(
        m._replace(female=votes[i] > 0) if votes.get(i, 0) != 0 else m
        for i, m in enumerate(mentions)
    )


def _mark_places(
    mentions: tuple[Mention, ...], occurrences: list[tuple[int, int]], text: str
) -> tuple[Mention, ...]:
    """Names written after ``in``/``to``/``from`` are places, not people (``in North
    Korea``), unless a person's title comes with them (``visiting Singaporean Prime
    Minister Lee Wen Kiat``); plural names after ``the`` are teams (``the Tigers``)."""
    places = {
        index
        for position, index in occurrences
        if mentions[index].person
        and not _has_role(mentions[index].title)
        and not mentions[index].female  # "outside Ruth Abernathy's apartment"
        and (
            _LOCATIVE_BEFORE.search(text, max(0, position - 16), position) is not None
            or (
                text[max(0, position - 4) : position] == "for "
                and _constituency_before().search(text, max(0, position - 24), position) is not None
            )
            # "the Tigers beat ...": a plural name led by "the" is a team's, not a person's
            or (
                text[max(0, position - 4) : position] in ("the ", "The ")
                and mentions[index].name.endswith("s")
                and mentions[index].name.rsplit(None, 1)[-1][:1].isupper()
            )
        )
    }
    if not places:
        return mentions
    return tuple(m._replace(person=False) if i in places else m for i, m in enumerate(mentions))


def _has_role(title: str | None) -> bool:
    return title is not None and any(
        w.casefold().rstrip(".") in _TITLE_MARKERS for w in title.split()
    )


#: "Long Name (LN)" or "Long Name, or LN," defines an acronym.
#: How many mentions sharing a word a short form is compared with (bounds the cost of
#: a lookup on texts with thousands of similar names).
_CANDIDATES = 16

#: Led by a literal ``(`` or ``,`` so the scan skips ahead; the up to two blanks before
#: ``(`` belong to the definition too (:func:`_acronym_definitions` takes them back).
_ACRONYM_DEFINITION = regex.compile(
    r"\(([\p{Lu}]{2,8})\)|,[ \t]{1,2}or[ \t]{1,2}([\p{Lu}]{2,8})(?=[,.;])"
)


def _acronym_definitions(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    """Return ``(where the definition starts, acronym, where the acronym starts)`` for
    each ``Long Name (LN)`` or ``Long Name, or LN,`` in ``text[start:end]``.

    Example:
        >>> _acronym_definitions("Unity  (URNG) and Front, or FMLN.", 0, 33)
        [(5, 'URNG', 8), (23, 'FMLN', 28)]
    """
    found = []
    for m in _ACRONYM_DEFINITION.finditer(text, start, end):
        begin = m.start()
        if m.group(1) is not None:
            acronym, at = m.group(1), m.start(1)
            floor = max(start, begin - 2)
            while begin > floor and text[begin - 1] in " \t":
                begin -= 1
        else:
            acronym, at = m.group(2), m.start(2)
        found.append((begin, acronym, at))
    return found


_SMALL_WORDS = frozenset({"of", "and", "the", "for", "de", "del", "la", "el", "y", "in", "on"})


def _add_acronyms(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    runs: list[tuple[int, list[str]]],
    *,
    all_caps: bool,
) -> None:
    """Record ``Long Name (LN)`` definitions: the name becomes an organisation with an alias.

    The acronym's letters must be the initials of the name's main words, in any order
    (``Guatemalan National Revolutionary Unity (URNG)`` keeps the Spanish order).
    """
    for defined_at, acronym, acronym_at in _acronym_definitions(text, start, end):
        before = text[max(start, defined_at - 120) : defined_at]
        words = before.split()[-(len(acronym) + 4) :]
        for size in range(len(words), 0, -1):
            candidate = words[-size:]
            main = [w for w in candidate if w.casefold() not in _SMALL_WORDS]
            if not main or not (all_caps or candidate[0][:1].isupper()):
                continue
            if sorted(w[0].upper() for w in main) == sorted(acronym):
                extra = len(words) - size
                while (
                    not all_caps
                    and extra > 0
                    and size < len(words)
                    and (words[-size - 1][:1].isupper() and words[-size - 1].casefold() != "the")
                ):
                    size += 1  # "Farabundo Marti National Liberation Front (FMLN)"
                    extra -= 1
                candidate = words[-size:]
                name = " ".join(w.strip(",;:") for w in candidate)
                if name.split()[0].casefold() == "the":
                    name = name.split(" ", 1)[1]
                position = defined_at - len(" ".join(candidate))
                mentions.append(
                    Mention(
                        name=name,
                        title=None,
                        position=position,
                        person=False,
                        organisation=True,
                        acronym=acronym,
                    )
                )
                runs.append((position, name.split()))
                runs.append((acronym_at, [acronym]))
                break


_RUSSIAN_CUE_VERBS = frozenset(RUSSIAN_SPEECH_VERBS)
_RUSSIAN_PREPOSITIONS = frozenset(
    {"по", "в", "во", "на", "с", "со", "о", "об", "для", "от", "к", "из"}
)
_CAPS_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]{0,30}\.?|[,;:()\[\]\"“”]")


def _caps_chain(text: str, start: int, end: int) -> MentionChain:
    """Chain for ALL-CAPS copy: a name is the run of words after a role noun.

    ``INTERIOR MINISTER TOMAS BORGE SAID`` gives ``TOMAS BORGE`` titled
    ``INTERIOR MINISTER``; words of the closed class (``SAID``, ``HAS``) end a name.
    """
    tokens = [(m.group(), m.start()) for m in _CAPS_WORD.finditer(text, start, end)]
    keys = [word.casefold() for word, _ in tokens]
    mentions: list[Mention] = []
    seen: set[str] = set()

    def name_word(index: int) -> bool:
        candidate = tokens[index][0]
        key = keys[index]
        return not (
            not candidate[:1].isalpha()
            or key in CLAUSE_WORDS
            or key in ROLE_NOUNS
            or key in TITLE_WORDS
            or key in HONORIFICS
            or key in NOT_NAME_WORDS
            or key in _RUSSIAN_CUE_VERBS  # "сергей лавров заявил"
            or (key.endswith(("ly", "ed", "ing")) and len(key) > 4)  # STRONGLY, SAYING
            or (key.endswith(".") and len(key) > 2)  # a sentence's last word
        )

    def name_from(j: int) -> list[str]:
        """Up to four name words from token ``j`` on."""
        name: list[str] = []
        # Lower-case Russian names are two words ("сергей лавров"); a third is the verb
        # ("сергей лавров прибыл"), which nothing else tells from a name here.
        most = 2 if j < len(tokens) and _is_lower_cyrillic(tokens[j][0]) else 4
        while j < len(tokens) and len(name) < most and name_word(j):
            name.append(tokens[j][0].rstrip("."))
            j += 1
        return name

    def name_closing_the_phrase(i: int) -> int | None:
        """Where two name words end the phrase led by the role noun at ``i`` (within
        seven words, before a full stop or a comma), in lower-case Russian copy: the
        body in the genitive comes first (``пресс-секретарь комитета по туризму
        республики марем оздоева.``). ALL CAPS copy ends such phrases with bodies."""
        end = i + 1
        while end < len(tokens) and end - i <= 7 and tokens[end][0][:1].isalpha():
            if tokens[end][0].endswith("."):
                end += 1
                break
            end += 1
        else:
            if end >= len(tokens) or tokens[end][0] != ",":
                return None
        first = end - 2
        if first <= i + 1 or keys[first - 1] in _RUSSIAN_PREPOSITIONS:
            return None  # "по чрезвычайным ситуациям": the object of a preposition
        for k in (first, end - 1):
            word = tokens[k][0].rstrip(".")
            key = word.casefold()
            if not (
                _is_lower_cyrillic(word)
                and word.replace("-", "").isalpha()
                and key not in CLAUSE_WORDS
                and key not in ROLE_NOUNS
                and key not in TITLE_WORDS
                and key not in NOT_NAME_WORDS
                and key not in _RUSSIAN_CUE_VERBS
            ):
                return None
        return first

    for i, word_key in enumerate(keys):
        if word_key.rstrip(".") not in ROLE_NOUNS and word_key not in HONORIFICS:
            continue
        j = i + 1
        # "глава мид россии сергей лавров", "DEFENSE MINISTER GENERAL HUMBERTO LARIOS":
        # title words (not "FOR THE") after the role noun belong to the title.
        while (
            j < len(tokens)
            and j - i <= 3
            and keys[j] in TITLE_WORDS
            and keys[j] not in CLAUSE_WORDS
            and keys[j] not in _SMALL_WORDS
            and keys[j].isalpha()
        ):
            j += 1
        title_end = j
        given = _given_name_after(keys, j, name_word) if _is_lower_cyrillic(keys[i]) else None
        if given is not None:
            # "губернатор нижегородской области глеб никонов", "синоптик якутского
            # гидрометцентра иван лебедев.": the body, then a given name and a surname
            name_at = title_end = given
            name = [tokens[given][0], tokens[given + 1][0].rstrip(".")]
        else:
            name = name_from(j)
            if title_end > i + 1 and len(name) < 2:
                title_end = i + 1  # no full name after them: read from the role noun
                name = name_from(title_end)
            name_at = title_end
        if given is None and (len(name) != 2 or _is_lower_cyrillic(name[0])):
            # In lower-case Russian copy a third word before the name is a body in the
            # genitive ("представителя регулятора кэрри росы"), not a name word.
            closing = name_closing_the_phrase(i)
            if closing is not None and (len(name) < 2 or name_at < closing <= name_at + 1):
                # "пресс-секретарь комитета по туризму республики марем оздоева.": the two
                # name words that end the role's phrase.
                name_at = title_end = closing
                name = [tokens[closing][0], tokens[closing + 1][0].rstrip(".")]
        if not name:
            title_end = i + 1
            # "CHEN YU-CHU, SPOKESMAN FOR THE MINISTRY": the name before an appositive role.
            comma = i - 2 if i >= 2 and keys[i - 1] in ("the", "a") else i - 1
            if comma < 1 or tokens[comma][0] != ",":
                continue
            j = comma - 1
            while j >= 0 and comma - j <= 4 and name_word(j):
                j -= 1
            opens = j < 0 or not tokens[j][0][:1].isalpha() or tokens[j][0].endswith(".")
            name = [t.rstrip(".") for t, _ in tokens[j + 1 : comma]] if opens else []
            name_at = j + 1
            if len(name) < 2:
                continue
        title_start = i
        while title_start > 0 and i - title_start < 3:
            prev = tokens[title_start - 1][0]
            if not prev[:1].isalpha() or keys[title_start - 1] in CLAUSE_WORDS:
                break
            title_start -= 1
        key = " ".join(name).casefold()
        if key in seen:
            continue
        seen.add(key)
        title = " ".join(t for t, _ in tokens[title_start:title_end])
        mentions.append(
            Mention(
                name=" ".join(name),
                title=title,
                position=tokens[name_at][1],
                person=len(name) > 1,
            )
        )
    # Lower-case Russian copy: a common given name and the word after it name a person
    # whatever title comes before ("организатор фестиваля анна белова").
    for k in range(len(tokens) - 1):
        if keys[k] not in RUSSIAN_GIVEN_NAMES or not _is_lower_cyrillic(keys[k]):
            continue
        surname = keys[k + 1].rstrip(".")
        if not (
            surname.replace("-", "").isalpha()
            and _is_lower_cyrillic(surname)
            and surname not in _RUSSIAN_CUE_VERBS
            and surname not in CLAUSE_WORDS
            and surname not in ROLE_NOUNS
            and surname not in TITLE_WORDS
        ):
            continue
        name = [tokens[k][0], tokens[k + 1][0].rstrip(".")]
        key = " ".join(name).casefold()
        if key in seen:
            continue
        seen.add(key)
        title_start = max(0, k - 3)
        while title_start < k and not tokens[title_start][0][:1].isalpha():
            title_start += 1
        before = " ".join(t for t, _ in tokens[title_start:k])
        mentions.append(Mention(" ".join(name), before or None, tokens[k][1]))
    surnames = {m.name.split()[-1].casefold() for m in mentions}
    runs = [
        (pos, [word.rstrip(".")])  # "оздоева." ends its sentence: the surname all the same
        for (word, pos), key in zip(tokens, keys, strict=True)
        if key.rstrip(".") in surnames
    ]
    _add_acronyms(text, start, end, mentions, runs, all_caps=True)
    return _index(mentions, runs)


def _given_name_after(keys: list[str], j: int, name_word: Callable[[int], bool]) -> int | None:
    """Where a Russian given name followed by a name word stands among the seven words
    from ``j`` on, before any mark; ``None`` if none does."""
    for k in range(j, min(len(keys) - 1, j + 7)):
        if keys[k] in ('"', "“", "”"):
            continue  # 'аналитик компании "финам" ольга дергунова': a name in marks
        if not keys[k][:1].isalpha() or keys[k].endswith("."):
            return None
        surname = keys[k + 1].rstrip(".")
        if (
            keys[k] in RUSSIAN_GIVEN_NAMES
            and surname.replace("-", "").isalpha()
            and (name_word(k + 1) or keys[k + 1].endswith("."))
            and surname not in _RUSSIAN_CUE_VERBS
        ):
            return k
    return None


_APPOSITIVE_TITLE = regex.compile(
    r",[ \t]{1,2}((?:(?:the|a|an)[ \t])?[\p{Ll}\-]{2,20}(?:[ \t][^,.;:\n\"“”«»]{1,80}?)?)(?=,)"
)


def _title_after(text: str, pos: int, end: int) -> str | None:
    """Return an appositive role after a name: ``Kosachev, chairman of the committee,``."""
    if not text.startswith(",", pos, end):
        return None  # (what the pattern's first character asks, without the call)
    # The role is the first word after the comma, or the second after an article: a
    # cheap test of both spares the pattern's search for the closing comma.
    leading = text[pos + 1 : min(end, pos + 64)].replace(",", " ").split(maxsplit=2)[:2]
    if not any(word.casefold() in ROLE_NOUNS for word in leading):
        return None
    m = _APPOSITIVE_TITLE.match(text, pos, min(end, pos + 120))
    if m is None:
        return None
    words = m.group(1).split()
    head = words[1] if words[0] in ("the", "a", "an") and len(words) > 1 else words[0]
    return m.group(1) if head.casefold() in ROLE_NOUNS else None


_TITLE_MARKERS = ROLE_NOUNS | HONORIFICS
#: Speech verbs in every form, English and Russian: never part of a title before a name.
_CUE_VERB_FORMS = frozenset(form for row in SPEECH_VERBS for form in row[1:]) | frozenset(
    RUSSIAN_SPEECH_VERBS
)


def _title_before(text: str, pos: int, lo: int) -> list[str]:
    """Return the role words just before a name (``Russian presidential aide``, ``Dr.``).

    Up to three lower-case words, optionally led by one capitalised word (a
    nationality), or a single honorific; kept only if a role noun or honorific is
    among them.
    """
    first = max(lo, pos - 60)
    if pos <= first or text[pos - 1] not in " \t" or (pos - 2 >= first and text[pos - 2].isspace()):
        return []  # a title stands right before the name, on the same line
    words = text[first:pos].rsplit(None, 4)[-4:]  # no more than four words are read
    if not words or words[-1].casefold() in ("of", "for", "from", "at", "the", "by", "with"):
        return []  # "the spokesman of the Ministry": the title is not the Ministry's
    if words[-1].casefold() in HONORIFICS:
        return words[-1:]
    taken: list[str] = []
    for word in reversed(words):
        letters = word.replace("-", "")
        key = word.casefold()
        if key in _CUE_VERB_FORMS:
            break  # "said quarterback Cory Phillips": the title is "quarterback"
        if len(taken) < 3 and letters.isalpha() and letters.islower() and len(word) > 1:
            taken.insert(0, word)
            continue
        if taken and word[:1].isupper() and letters.isalpha() and letters[1:].islower():
            taken.insert(0, word)  # "Russian presidential aide"
        break
    return taken if any(w.casefold() in _TITLE_MARKERS for w in taken) else []
