"""Entities: the mentions of an article grouped into the people and bodies they name.

Mentions are grouped by ordered passes, strictest first, in the manner of multi-pass
sieve coreference: each pass links a mention to an entity met before it, or leaves it
for the next pass; a mention no pass links starts an entity of its own.

1. :func:`exact_name`: the same name (``Yuri Ushakov`` ... ``Yuri Ushakov``).
2. :func:`acronym`: an acronym of a body's name met before, or one the text defines
   (``Guatemalan National Revolutionary Unity (URNG)`` ... ``URNG``).
3. :func:`surname`: a shorter form whose words end a person's name (``Ushakov``,
   ``Mr. Obama``) or a body's (``Foreign Ministry`` after ``Russian Foreign Ministry``),
   or the first of a person's two surnames (``Callejas`` for ``Rafael Leonardo Callejas
   Romero``).
4. :func:`short_form`: a shorter form made of a name's first words (``SAIC`` for
   ``SAIC Motor Corp``, ``Chen`` for ``Chen Guiqiu``, family name first).
5. :func:`inflected`: a Russian name in another case (``Лаврова`` for ``Лавров``).
6. :func:`misspelt`: a surname one letter off a person's (``Kosachyov``, ``Kosachev``).

An entity's ``name`` is its fullest form; its gender comes from an honorific, a
female given name, a gendered role (``spokeswoman``) or the ``he``/``she`` that follows
its name within the paragraph. :class:`Entities` also answers the questions of the
second stage of attribution, mention -> entity: who a pronoun or a description
(``the minister``, ``the company``) stands for.

Example:
    >>> from wirecopy._model import Span
    >>> from wirecopy._tokens import Tokens
    >>> t = Tokens.of("Aide Yuri Ushakov spoke. Later Ushakov left.", [Span(0, 44)], [])
    >>> e = Entities.of(t)
    >>> [x.name for x in e.entities]
    ['Yuri Ushakov']
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from wirecopy._cues import CueWord
from wirecopy._data.names import RUSSIAN_CASE_ENDINGS
from wirecopy._lexicon import (
    CUE,
    DETERMINER,
    DOCUMENT,
    FEMALE_NAME,
    GROUP,
    ORGANISATION_KIND,
    ORGANISATION_NOUN,
    ROLE,
)
from wirecopy._mentions import BODY, PERSON, PLACE, UNKNOWN, Mention, find_mentions
from wirecopy._tokens import QUOTE, UPPER, Tokens

__all__ = ["Entities", "Entity", "Occurrence"]


class Entity:
    """A person or body the article names (mutable while the sieves run)."""

    __slots__ = (
        "female",
        "head",
        "index",
        "kind",
        "kinds",
        "male",
        "name",
        "plural",
        "roles",
        "title",
        "words",
    )

    def __init__(self, index: int, kind: str, name: str, words: tuple[str, ...]) -> None:
        self.index = index
        self.kind = kind
        self.name = name
        self.words = words
        self.title: str | None = None
        self.female = False
        self.male = False
        self.kinds: set[str] = set()
        """The kind nouns written before or after a body's name (``steelmaker``)."""
        self.head: str | None = None
        """For a source introduced by a description, its head noun (``official``)."""
        self.plural = False
        """Whether that head is plural (``officials``)."""
        self.roles: set[str] = set()
        """Role nouns an apposition gives a person (``Asefi, the spokesman of ...``)."""

    def __repr__(self) -> str:
        return f"Entity({self.name!r}, {self.kind})"

    @property
    def person(self) -> bool:
        return self.kind == PERSON

    @property
    def may_be_body(self) -> bool:
        """Whether ``it`` may stand for this entity: a body, or a name of unknown kind
        that nothing marks as a person (no title, role or gender): ``Rodong Sinmun``."""
        if self.kind == BODY:
            return True
        if self.kind != UNKNOWN or self.male or self.female or self.title or self.roles:
            return False
        # one capitalised word may be a person's surname ("Zelenskiy said"); an acronym
        # or a name of several words of unknown kind is a body's
        return len(self.words) > 1 or self.name.isupper()


#: How many of the nearest occurrences a reference looks back through.
_REACH = 400


class Occurrence(NamedTuple):
    """One mention of an entity: where it stands and how."""

    token: int
    """Its first token (title included)."""
    last: int
    """Its last token."""
    entity: Entity
    subject: bool
    """Whether it opens its clause or stands before its verb."""
    speaks: bool = False
    """Whether a speech cue follows it (a source of reported speech)."""


def _occurrence_end(o: Occurrence) -> int:
    return o.last


def _name_words(tokens: Tokens, first: int, last: int) -> tuple[str, ...]:
    """The words of a name as the sieves compare them: folded, ``&`` left out, and an
    Arabic article joined to a surname set aside (``al-Sisi`` is ``Sisi``)."""
    keys = tokens.keys[first : last + 1]
    if "&" not in keys and not any(len(k) > 5 and k[2] == "-" for k in keys):
        return tuple(keys)
    return tuple(_without_article(k) for k in keys if k != "&")


def _without_article(key: str) -> str:
    if len(key) > 5 and key[2] == "-" and key[:2] in ("al", "el"):
        return key[3:]
    return key


def _written(tokens: Tokens, first: int, last: int) -> str:
    """The name as written, without a possessive on its last word."""
    text = tokens.slice(first, last)
    if last in tokens.possessive:
        text = text[:-2] if text[-2:] in ("'s", "’s") else text[:-1]
    return " ".join(text.split())


# --- the sieves ---------------------------------------------------------------------------


def exact_name(words: tuple[str, ...], kind: str, entities: Entities) -> Entity | None:
    """The same name, word for word (case aside)."""
    return entities.by_name.get(words)


def acronym(words: tuple[str, ...], kind: str, entities: Entities) -> Entity | None:
    """An acronym (``URNG``) the text defines for a body's name, or the initials of a
    body's name met before."""
    if len(words) != 1 or not words[0].isalpha():
        return None
    return entities.by_acronym.get(words[0])


def surname(words: tuple[str, ...], kind: str, entities: Entities) -> Entity | None:
    """A shorter form whose words end a longer name met before: ``Ushakov`` for ``Yuri
    Ushakov``, ``Foreign Ministry`` for ``Russian Foreign Ministry``; the latest such
    entity when several share it (``Clinton``). A name read as a place only for the
    preposition before it (``according to Harris``) may be a person's surname too."""
    if kind == PLACE:
        kind = UNKNOWN
    candidates = entities.by_last_word.get(words[-1], ())
    for entity in reversed(candidates):
        if len(entity.words) > len(words) and entity.words[-len(words) :] == words:
            if kind in (UNKNOWN, PERSON) and entity.kind in (PERSON, UNKNOWN, BODY):
                return entity
            if kind == BODY and entity.kind == BODY:
                return entity
    if len(words) == 1 and kind in (UNKNOWN, PERSON):
        # "Callejas" for "Rafael Leonardo Callejas Romero": the first of two surnames
        for entity in reversed(entities.people):
            if len(entity.words) >= 3 and words[0] in entity.words[1:-1]:
                return entity
    return None


def short_form(words: tuple[str, ...], kind: str, entities: Entities) -> Entity | None:
    """A shorter form made of a longer name's first words: a body without its kind and
    legal suffix (``SAIC`` for ``SAIC Motor Corp``, ``Rodong`` for ``Rodong Sinmun``), a
    person named family name first (``Chen`` for ``Chen Guiqiu``). The latest such."""
    if kind == PLACE:
        return None
    for entity in reversed(entities.entities):
        if (
            entity.kind in (PERSON, BODY)
            and len(entity.words) > len(words)
            and entity.words[: len(words)] == words
        ):
            return entity
    return None


def _russian_stem(word: str) -> str | None:
    if not ("\u0400" <= word[:1] <= "\u04ff") or len(word) < 4:
        return None
    for ending in RUSSIAN_CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def inflected(words: tuple[str, ...], kind: str, entities: Entities) -> Entity | None:
    """A Russian surname in another case: ``Лаврова``, ``Лаврову`` for ``Лавров``;
    ``Захаровой`` for ``Захарова``."""
    stem = _russian_stem(words[-1])
    if stem is None:
        return None
    for entity in reversed(entities.people):
        other = _russian_stem(entity.words[-1])
        if other is None:
            continue
        if (other == stem or other.startswith(stem) or stem.startswith(other)) and min(
            len(stem), len(other)
        ) >= 4:
            return entity
        if other == stem and len(stem) == 3:
            return entity  # a short surname: "Росу", "Росы" for "Роса", stems alike
    return None


def _same_stem(a: str, b: str) -> bool:
    """Whether two Russian words are one word in different cases (``министра``,
    ``министр``): one is the other with an ending of up to two letters."""
    if len(a) < 4 or len(b) < 4:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    stem = short[:-1] if short[-1] in "аяоеиыуюь" else short
    return len(stem) >= 4 and long.startswith(stem) and len(long) - len(stem) <= 2


def _one_edit_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diffs = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            # two letters swapped, the commonest typo: "Beesely" for "Beesley"
            return a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        return len(diffs) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def misspelt(words: tuple[str, ...], kind: str, entities: Entities) -> Entity | None:
    """A surname one letter off a person's met before (``Kosachyov`` for ``Kosachev``),
    for names of six letters or more sharing their first letter."""
    if len(words) != 1 or len(words[0]) < 6:
        return None
    for entity in reversed(entities.people):
        last = entity.words[-1]
        if last[:1] == words[0][:1] and _one_edit_apart(last, words[0]):
            return entity
    return None


#: The passes, strictest first.
SIEVES: tuple[Callable[[tuple[str, ...], str, Entities], Entity | None], ...] = (
    exact_name,
    acronym,
    surname,
    short_form,
    inflected,
    misspelt,
)


class Entities:
    """The article's entities, their occurrences in order, and the indexes to find them."""

    def __init__(self, tokens: Tokens) -> None:
        self.tokens = tokens
        self.entities: list[Entity] = []
        self.people: list[Entity] = []
        self._people: set[int] = set()
        self.by_name: dict[tuple[str, ...], Entity] = {}
        self.by_last_word: dict[str, list[Entity]] = {}
        self.by_acronym: dict[str, Entity] = {}
        self.spoken: set[Entity] = set()
        """Entities a quotation has been attributed to so far (attribution adds them)."""
        self.defined: list[Entity] = []
        """Bodies the text defines with an acronym (``Long Name (LN)``), in order."""
        self.described: list[Entity] = []
        """Sources introduced by an indefinite description, in order."""
        self.occurrences: list[Occurrence] = []
        self.at_token: dict[int, Occurrence] = {}
        """Occurrences by their last token."""

    @classmethod
    def of(cls, tokens: Tokens, cues: Sequence[CueWord] = ()) -> Entities:
        """Group the mentions of ``tokens`` into entities (see the module's docstring);
        the sources ``cues`` introduce by an indefinite description (``a senior
        official said``) are entities too."""
        self = cls(tokens)
        mentions = sorted(
            [*find_mentions(tokens), *_described_sources(tokens, cues)], key=lambda m: m.last
        )
        capitalised_later = {tokens.keys[m.name_first] for m in mentions if not m.initial}
        # acronyms first, so that every mention of one, the bracketed one included,
        # joins the body it stands for
        self._define_acronyms()
        for m in mentions:
            if (
                m.initial
                and tokens.keys[m.name_first] not in capitalised_later
                and not m.speaks
                and m.name_last == m.name_first
                and tokens.shapes[m.name_first] != UPPER
            ):
                continue  # "Hours later, ...": a capital the sentence gave
            self.add(m)
        self._learn_genders()
        return self

    def _define_acronyms(self) -> None:
        """Every ``Long Name (LN)`` the text writes defines a body and its acronym, in
        any case regime (``GUATEMALAN NATIONAL REVOLUTIONARY UNITY (URNG)``): the name
        is the run of words before the bracket whose initials spell the acronym."""
        tokens = self.tokens
        keys = tokens.keys
        brackets = [k for k, key in enumerate(keys) if key == "("]
        for k in brackets:
            if k < 1 or k + 2 >= len(keys):
                continue
            if keys[k + 2] != ")" or tokens.shapes[k + 1] != UPPER:
                continue
            acronym = keys[k + 1]
            if acronym in self.by_acronym or not 2 <= len(acronym) <= 8 or not acronym.isalpha():
                continue
            first = _spelt_by(tokens, k - 1, acronym)
            if first < 0:
                continue
            words = _name_words(tokens, first, k - 1)
            entity = self.by_name.get(words)
            if entity is None:
                entity = self.add(Mention(first, k - 1, first, k - 1, BODY, False, False)).entity
            entity.kind = BODY
            self.by_acronym[acronym] = entity
            self.defined.append(entity)

    def defined_body(self) -> Entity | None:
        """The one body the text defines with an acronym, or ``None`` (none, or several)."""
        return self.defined[0] if len(self.defined) == 1 else None

    def add(self, m: Mention) -> Occurrence:
        """Link mention ``m`` to an entity (a new one when no sieve links it)."""
        tokens = self.tokens
        words = _name_words(tokens, m.name_first, m.name_last)
        entity = None
        if m.kind == JOINT:
            entity = self.by_name.get(words)
            if entity is None or not entity.plural:
                entity = self.add_group(
                    m.first, m.last, _written(tokens, m.name_first, m.name_last)
                )
                self.by_name.setdefault(words, entity)
            return self.at_token[m.last]
        if m.kind in (DESCRIBED_PERSON, DESCRIBED_BODY):
            entity = self.by_name.get(words)
            if entity is None and m.kind == DESCRIBED_BODY and tokens.keys[m.first] == "the":
                entity = self.by_body_noun(
                    tokens.keys[_description_head(tokens, m.first, m.last)], m.first
                )
        else:
            for sieve in SIEVES:
                entity = sieve(words, m.kind, self)
                if entity is not None:
                    break
        if entity is None:
            kind = {DESCRIBED_PERSON: PERSON, DESCRIBED_BODY: BODY}.get(m.kind, m.kind)
            entity = Entity(
                len(self.entities), kind, _written(tokens, m.name_first, m.name_last), words
            )
            self.entities.append(entity)
            if m.kind in (DESCRIBED_PERSON, DESCRIBED_BODY):
                entity.head = tokens.keys[_description_head(tokens, m.name_first, m.name_last)]
                entity.plural = entity.head.endswith("s") and not entity.head.endswith("ss")
                self.described.append(entity)
            else:
                self.by_last_word.setdefault(words[-1], []).append(entity)
            if m.kind == BODY:
                self._index_acronym(entity, m)
        elif entity.kind == UNKNOWN and m.kind in (PERSON, BODY):
            entity.kind = m.kind
        if len(words) > len(entity.words) and m.kind == entity.kind and entity.head is None:
            entity.words = words
            entity.name = _written(tokens, m.name_first, m.name_last)
            self.by_last_word.setdefault(words[-1], []).append(entity)
        self.by_name.setdefault(words, entity)
        if entity.kind == PERSON and entity.index not in self._people:
            self._people.add(entity.index)
            self.people.append(entity)
        if m.first < m.name_first and entity.title is None:
            entity.title = " ".join(tokens.slice(m.first, m.name_first - 1).split())
            self._gender_from_title(entity, m)
        before = m.first - 1
        if (
            before > 0
            and tokens.keys[before] == ","
            and tokens.tags[before - 1] & (ORGANISATION_KIND | ORGANISATION_NOUN)
            and m.last + 1 < len(tokens)
            and tokens.keys[m.last + 1] == ","
            and entity.title is None
            and m.first == m.name_first
        ):
            # "The North's ruling party newspaper, Rodong Sinmun, said": a body's name
            # in apposition to a description of a body
            entity.kind = BODY
            entity.kinds.add(tokens.keys[before - 1])
        if before >= 0 and tokens.tags[before] & (ORGANISATION_KIND | ORGANISATION_NOUN):
            entity.kinds.add(tokens.keys[before])
            if (
                tokens.keys[before] in OUTLET_NOUNS
                and entity.title is None
                and m.first == m.name_first
            ):
                entity.kind = BODY  # "the national newspaper Jomhuri Eslami"
        if entity.kind in (PERSON, UNKNOWN):
            entity.roles.update(_apposed_roles(tokens, m.last))
        occurrence = Occurrence(m.first, m.last, entity, m.subject, m.speaks)
        self._insert(occurrence)
        self.at_token[m.last] = occurrence
        return occurrence

    def _index_acronym(self, entity: Entity, m: Mention) -> None:
        tokens = self.tokens
        significant = [
            w for w in entity.words if w not in ("of", "and", "the", "for", "de", "la", "y")
        ]
        if len(significant) >= 2:
            self.by_acronym.setdefault("".join(w[0] for w in significant), entity)
        # "Long Name (LN)": the acronym the text defines
        k = m.name_last + 1
        if (
            k + 2 < len(tokens)
            and tokens.keys[k] == "("
            and tokens.keys[k + 2] == ")"
            and tokens.shapes[k + 1] == UPPER
        ):
            self.by_acronym[tokens.keys[k + 1]] = entity

    def _gender_from_title(self, entity: Entity, m: Mention) -> None:
        keys = self.tokens.keys
        for k in range(m.first, m.name_first):
            key = keys[k]
            if key in ("mrs.", "ms.", "miss", "mrs", "ms", "madam", "lady", "dame", "mme."):
                entity.female = True
            elif key in ("mr.", "mr", "sir", "lord"):
                entity.male = True
            elif key.endswith(("woman", "ess")) and self.tokens.tags[k] & ROLE:
                entity.female = True

    def _learn_genders(self) -> None:
        """A person's gender from their given name or the ``he``/``she`` after them."""
        tokens = self.tokens
        keys = tokens.keys
        for entity in self.people:
            if entity.words and tokens.tags and FEMALE_NAME & _tag(entity.words[0]):
                entity.female = True
            elif entity.words and len(entity.words) > 1 and not entity.words[-1].isascii():
                # a Russian surname shows its gender: Захарова, Муравко's Татьяна aside
                if entity.words[-1].endswith(_RUSSIAN_FEMALE_ENDINGS):
                    entity.female = True
                elif entity.words[-1].endswith(_RUSSIAN_MALE_ENDINGS):
                    entity.male = True
        votes: dict[int, int] = {}
        occ = self.occurrences
        for n, o in enumerate(occ):
            if o.entity.kind != PERSON:
                continue
            stop = occ[n + 1].token if n + 1 < len(occ) else len(keys)
            paragraph = tokens.paragraph[o.last]
            for k in range(o.last + 1, min(stop, o.last + 40)):
                if tokens.paragraph[k] != paragraph:
                    break
                if keys[k] in ("he", "his", "him"):
                    votes[o.entity.index] = votes.get(o.entity.index, 0) - 1
                    break
                if keys[k] in ("she", "her"):
                    votes[o.entity.index] = votes.get(o.entity.index, 0) + 1
                    break
        for entity in self.people:
            vote = votes.get(entity.index, 0)
            if vote > 0:
                entity.female, entity.male = True, False
            elif vote < 0 and not entity.female:
                entity.male = True

    # --- questions attribution asks -------------------------------------------------------

    def backwards(self, token: int, reach: int = _REACH) -> Iterator[Occurrence]:
        """The occurrences that end before ``token``, nearest first, at most ``reach``
        of them: a reference is resolved among the names near it, which keeps every
        look-up bounded however long the text."""
        occurrences = self.occurrences
        at = bisect_left(occurrences, token, key=_occurrence_end)
        for k in range(at - 1, max(-1, at - 1 - reach), -1):
            yield occurrences[k]

    def _insert(self, occurrence: Occurrence) -> None:
        """Keep :attr:`occurrences` in order of their last token."""
        insort(self.occurrences, occurrence, key=_occurrence_end)

    def add_speaker(self, first: int, last: int, name_first: int, name_last: int) -> Occurrence:
        """Record a speaker's name that the mention scan did not read (copy without case
        cues): it links to an entity like any mention."""
        tokens = self.tokens
        found = self.at_token.get(name_last)
        if found is not None:
            return found
        m = Mention(
            first,
            last,
            name_first,
            name_last,
            PERSON if name_last > name_first or first < name_first else UNKNOWN,
            True,
            False,
        )
        occurrence = self.add(m)
        del tokens
        return occurrence

    def add_group(self, first: int, last: int, name: str) -> Entity:
        """Record several sources named together (``Putin and Erdogan``) as one plural
        entity, which ``they`` may stand for."""
        entity = Entity(len(self.entities), PERSON, name, _name_words(self.tokens, first, last))
        entity.plural = True
        entity.head = "group"
        self.entities.append(entity)
        occurrence = Occurrence(first, last, entity, True, True)
        self._insert(occurrence)
        self.at_token[last] = occurrence
        return entity

    def lengthen(self, entity: Entity, first: int, last: int) -> None:
        """Give ``entity`` the name ``first..last`` when it is a fuller form of the name
        it has (``Ursula von der Leyen`` for ``Leyen``): an entity's name is its
        fullest."""
        words = _name_words(self.tokens, first, last)
        if len(words) > len(entity.words) and words[-1] == entity.words[-1] and entity.head is None:
            entity.words = words
            entity.name = _written(self.tokens, first, last)
            self.by_name.setdefault(words, entity)

    def caps_body(self, first: int, last: int) -> Entity | None:
        """In copy without case cues, the body ``THE first..last`` names: one defined
        with its acronym (``THE GUATEMALAN NATIONAL REVOLUTIONARY UNITY (URNG)``), or
        that acronym alone (``THE URNG``). The mention scan reads no bodies in such
        copy, so the speaker scan records them here."""
        tokens = self.tokens
        if first > last:
            return None
        words = _name_words(tokens, first, last)
        if len(words) == 1 and words[0] in self.by_acronym:
            return self.by_acronym[words[0]]
        k = last + 1
        if not (k + 2 < len(tokens) and tokens.keys[k] == "(" and tokens.keys[k + 2] == ")"):
            return self.by_name.get(words) if len(words) > 1 else None
        if tokens.shapes[k + 1] != UPPER or len(words) < 2:
            return None
        entity = self.by_name.get(words)
        if entity is None:
            entity = self.add(Mention(first, last, first, last, BODY, True, True)).entity
        self.by_acronym.setdefault(tokens.keys[k + 1], entity)
        return entity

    # --- stage two: who a pronoun or a description stands for ------------------------

    def _fits(self, entity: Entity, key: str) -> bool:
        """Whether ``he``/``she`` (``key``) may stand for ``entity``: one person, of a
        gender that does not contradict the pronoun."""
        if entity.kind != PERSON or entity.plural:
            return False
        if key in _FEMALE_PRONOUNS:
            return not entity.male
        if key in _MALE_PRONOUNS:
            return not entity.female
        return True

    def person_for_pronoun(
        self, token: int, key: str, speaker: Entity | None, speaker_token: int
    ) -> Entity | None:
        """Who ``he``/``she`` at ``token`` stands for: the last speaker, or a source of
        reported speech named since (``X said the plan ... . "...," he said``); with no
        speaker, the person who was last a subject, else the one
        named last, in the pronoun's paragraph or the two before it; else the person
        named last before those (``she`` only a person known to be a woman)."""
        tokens = self.tokens
        paragraph = tokens.paragraph[token]
        earlier = list(self.backwards(token))
        # a source of reported speech since the last quotation's speaker is the speaker
        for o in earlier:
            if o.last <= speaker_token or tokens.paragraph[o.last] < paragraph - 1:
                break
            if o.speaks and self._fits(o.entity, key):
                speaker, speaker_token = o.entity, o.last
                break
        if speaker is not None and self._fits(speaker, key):
            # a known person who became a clause's subject since the speaker spoke takes
            # over ("Boucher repeated ... . "...," he said")
            for o in earlier:
                if o.last <= speaker_token or tokens.paragraph[o.last] < paragraph - 1:
                    break
                entity = o.entity
                if (
                    o.subject
                    and entity is not speaker
                    and self._fits(entity, key)
                    and (
                        entity.title is not None
                        or entity.female
                        or entity.male
                        or entity in self.spoken
                    )
                ):
                    return entity
            return speaker
        fallback = None
        for o in earlier:
            if tokens.paragraph[o.last] < paragraph - 2:
                # further back, the person named last is the article's subject
                if (
                    fallback is None
                    and self._fits(o.entity, key)
                    and not (key in _FEMALE_PRONOUNS and not o.entity.female)
                ):
                    return o.entity
                continue
            if self._fits(o.entity, key):
                if key in _FEMALE_PRONOUNS and not o.entity.female:
                    fallback = fallback or o.entity
                    continue
                if o.subject:
                    return o.entity
                fallback = fallback or o.entity
        if fallback is None and speaker is not None and speaker.kind == UNKNOWN:
            return speaker  # "CALLEJAS SAID ... HE POINTED OUT": a speaker named once
        return fallback

    def body_for_pronoun(self, token: int) -> Entity | None:
        """Who ``it`` at ``token`` stands for: the body named last as a clause's subject
        in its paragraph or the one before (never a person)."""
        tokens = self.tokens
        paragraph = tokens.paragraph[token]
        fallback = None
        for o in self.backwards(token):
            if tokens.paragraph[o.last] < paragraph - 1:
                break
            if o.entity.kind == BODY:
                if o.subject:
                    return o.entity
                fallback = fallback or o.entity
            elif o.subject and (o.entity.may_be_body or self._after_article(o)):
                # a name of unknown kind that may be a body, as a clause's subject; one
                # word after "the" is a body's ("The Pentagon said")
                return o.entity
        return fallback

    def _after_article(self, o: Occurrence) -> bool:
        entity = o.entity
        if entity.kind != UNKNOWN or entity.male or entity.female or entity.title:
            return False
        keys = self.tokens.keys
        return keys[o.token] == "the" or (o.token > 0 and keys[o.token - 1] == "the")

    def speaking_body(self, token: int) -> Entity | None:
        """The body last reported speaking before ``token`` (a cue after one of its
        mentions, or a quotation attributed to it), in its paragraph or the two before:
        whose words ``the statement`` or ``the report`` carries."""
        tokens = self.tokens
        paragraph = tokens.paragraph[token]
        for o in self.backwards(token):
            if tokens.paragraph[o.last] < paragraph - 2:
                break
            entity = o.entity
            if (o.speaks or entity in self.spoken) and (entity.kind == BODY or entity.may_be_body):
                return entity
        return None

    def by_role(self, head: str, token: int) -> Entity | None:
        """``the minister`` -> the person named last with that role in their title
        (``Foreign Minister Sergei Lavrov``); ``the senator`` matches ``Sen.``."""
        for o in self.backwards(token):
            if self._has_role(o.entity, head):
                return o.entity
        return None

    def role_ahead(self, head: str, token: int) -> Entity | None:
        """The person introduced with role ``head`` just after ``token``, in its paragraph
        or the two after: a lede names the role, the next paragraphs the person (``its
        finance minister said`` ... ``Finance Minister Pierre Moscovici``)."""
        tokens = self.tokens
        paragraph = tokens.paragraph[token]
        at = bisect_left(self.occurrences, token, key=_occurrence_end)
        for o in self.occurrences[at : at + _REACH]:
            if tokens.paragraph[o.last] > paragraph + 2:
                break
            if o.token > token and o.token < o.last and self._has_role(o.entity, head):
                return o.entity
        return None

    def _has_role(self, entity: Entity, head: str) -> bool:
        """Whether ``entity`` is a person whose title or apposition holds role ``head``."""
        if entity.kind != PERSON or (entity.title is None and not entity.roles):
            return False
        words = {
            _ABBREVIATED.get(w, w)
            for w in (entity.title or "").casefold().replace("-", " ").split()
        }
        words |= entity.roles
        if head in words or head.rstrip("s") in words:
            return True
        # "по словам министра": a role in another case
        return not head.isascii() and any(_same_stem(head, w) for w in words)

    def by_body_noun(self, head: str, token: int) -> Entity | None:
        """``the ministry`` -> the body named last whose name holds the noun (``Foreign
        Ministry``); ``the carmaker`` -> the body introduced as one (``carmaker Dumas``)."""
        outlet = head in OUTLET_NOUNS
        for o in self.backwards(token):
            entity = o.entity
            if (entity.kind == BODY and entity.head is None and head in entity.words) or (
                entity.kind in (BODY, UNKNOWN)
                and (head in entity.kinds or (outlet and entity.kinds & OUTLET_NOUNS))
            ):
                return entity
        return None

    def by_description_head(self, head: str, token: int) -> tuple[int, Entity] | None:
        """``the source`` -> the source introduced last as ``a ... source``, and where."""
        for o in self.backwards(token):
            if o.entity.head == head or (o.entity.head is not None and o.entity.head == head + "s"):
                return o.last, o.entity
        return None

    def role_occurrence(self, head: str, token: int) -> tuple[int, Entity] | None:
        """:meth:`by_role`, and where that person was last mentioned."""
        entity = self.by_role(head, token)
        if entity is None:
            return None
        for o in self.backwards(token):
            if o.entity is entity:
                return o.last, entity
        return None

    def recent_body(self, token: int) -> Entity | None:
        """The body named last in ``token``'s paragraph or the two before it."""
        tokens = self.tokens
        paragraph = tokens.paragraph[token]
        for o in self.backwards(token):
            if tokens.paragraph[o.last] < paragraph - 2:
                break
            if o.entity.kind == BODY:
                return o.entity
        return None

    def plural_for_pronoun(self, token: int) -> Entity | None:
        """Who ``they`` stands for: the plural source introduced last (``officials``),
        in its paragraph or the one before."""
        tokens = self.tokens
        paragraph = tokens.paragraph[token]
        for o in self.backwards(token):
            if tokens.paragraph[o.last] < paragraph - 1:
                break
            if o.entity.plural:
                return o.entity
        return None

    def last_subject(self, token: int) -> Entity | None:
        """The person who was last a clause's subject before ``token``, in its paragraph
        or the one before (``the 98-year-old``, ``the pontiff``)."""
        tokens = self.tokens
        paragraph = tokens.paragraph[token]
        for o in self.backwards(token):
            if tokens.paragraph[o.last] < paragraph - 1:
                break
            if o.entity.kind == PERSON and o.subject:
                return o.entity
        return None


_ACRONYM_SKIPS = frozenset({"of", "and", "the", "for", "de", "la", "y", "del", "&"})


def _spelt_by(tokens: Tokens, last: int, acronym: str) -> int:
    """The first token of the name that ends at ``last`` and whose initials (function
    words aside) spell ``acronym``, in order or, for a name translated from another
    language, in another order (``GUATEMALAN NATIONAL REVOLUTIONARY UNITY (URNG)``);
    ``-1`` when none does."""
    want = sorted(acronym.casefold())
    initials: list[str] = []
    k = last
    while k >= 0 and last - k < 12 and len(initials) < len(want):
        key = tokens.keys[k]
        if not tokens.is_name(k) and key not in _ACRONYM_SKIPS:
            return -1
        if key not in _ACRONYM_SKIPS:
            initials.append(key[0])
        k -= 1
    if sorted(initials) != want:
        return -1
    first = k + 1
    while first < last and tokens.keys[first] in _ACRONYM_SKIPS:
        first += 1
    if first > 0 and tokens.name_word[first - 1] and tokens.keys[first - 1] not in _ACRONYM_SKIPS:
        return -1  # the initials spell only the end of a longer name
    return first


#: Nouns for a news outlet that wire copy uses in turn for one paper (``the newspaper
#: Jomhuri Eslami`` ... ``the paper`` ... ``the daily``).
OUTLET_NOUNS = frozenset(
    {
        "newspaper",
        "paper",
        "daily",
        "weekly",
        "tabloid",
        "broadsheet",
        "publication",
        "magazine",
        "journal",
    }
)


def _apposed_roles(tokens: Tokens, last: int) -> list[str]:
    """The role nouns of an apposition after a name: ``Hamid Reza Asefi, the spokesman
    of Iranian Foreign Ministry,`` -> ``spokesman``; ``Ivanov, a senior aide to ...``
    -> ``aide``. Wire copy introduces a source this way and later calls them by the
    role alone (``the spokesman said``)."""
    k = last + 1
    n = len(tokens)
    if k + 2 >= n or tokens.keys[k] != ",":
        return []
    if tokens.keys[k + 1] in ("the", "a", "an"):
        begin = k + 2
    elif tokens.tags[k + 1] & ROLE:
        begin = k + 1  # "Chen Yu-chu, spokesman for the Ministry of Foreign Affairs,"
    else:
        return []
    roles = []
    for j in range(begin, min(n, begin + 6)):
        key = tokens.keys[j]
        if tokens.words[j] == QUOTE or key in (
            ",",
            ".",
            ";",
            ":",
            "of",
            "for",
            "to",
            "at",
            "in",
            "and",
        ):
            break
        if tokens.tags[j] & ROLE:
            roles.append(key)
    # an apposition closes with a comma; "Rushdie, a high-ranking official ... said"
    # is a new clause whose subject is the description, not an apposition
    for j in range(begin, min(n, begin + 16)):
        if tokens.keys[j] == ",":
            return roles
        if tokens.tags[j] & CUE or tokens.keys[j] in (".", ";", ":") or tokens.words[j] == QUOTE:
            return []
    return []


#: A source introduced by a description (``a senior official``): a person, or a body.
DESCRIBED_PERSON = "described person"
DESCRIBED_BODY = "described body"
#: Sources named together (``Putin and Erdogan``).
JOINT = "joint"
#: Words that open an indefinite description: a new source, not one named before.
_INDEFINITE = frozenset(
    {"a", "an", "one", "some", "several", "two", "three", "many", "other", "another"}
)


def _description_head(tokens: Tokens, first: int, last: int) -> int:
    """The head noun of a description: the last word before its first preposition."""
    for k in range(first + 1, last + 1):
        if tokens.keys[k] in ("of", "for", "at", "from", "with", "to", "in", "close", "familiar"):
            return k - 1
    return last


def _described_sources(tokens: Tokens, cues: Sequence[CueWord]) -> list[Mention]:
    """The sources that cues introduce by an indefinite description: ``A Palestinian
    security source said ...``, ``Analysts at Capital Economics sounded a note,
    suggesting ...``, ``officials said``. A definite description (``the minister``)
    refers back to someone and is resolved when it speaks."""
    from wirecopy._phrases import DESCRIPTION, NAME, clause_subject, phrase_after, subject_before

    out: list[Mention] = []
    seen: set[int] = set()
    for cue in cues:
        if cue.kind not in ("finite", "participle") or cue.first in seen:
            continue
        lo, hi = tokens.sentence_bounds(cue.first)
        if cue.kind == "participle":
            # "Analysts at Capital Economics sounded a cautious note, suggesting ..."
            phrase = clause_subject(tokens, lo, cue.first)
        else:
            phrase = subject_before(tokens, cue.first, lo)
        if (
            phrase is None
            and cue.first > lo
            and (
                tokens.keys[cue.first - 1] in (",", "—", "–")
                or tokens.words[cue.first - 1] == QUOTE
            )
        ):
            phrase = phrase_after(tokens, cue.last + 1, hi)  # '"...," said a source at ...'
        if (
            phrase is not None
            and phrase.kind == NAME
            and tokens.no_case
            and not phrase.joint
            and phrase.last < cue.first
            and tokens.keys[phrase.name_first].isascii()
        ):
            # copy without case cues shows no names to the mention scan: the name a cue
            # reports is one ("CHEN YU-CHU, SPOKESMAN FOR THE MINISTRY, SAID")
            seen.add(cue.first)
            kind = PERSON if phrase.name_last > phrase.name_first else UNKNOWN
            out.append(
                Mention(
                    phrase.first,
                    phrase.last,
                    phrase.name_first,
                    phrase.name_last,
                    kind,
                    True,
                    False,
                    True,
                )
            )
            continue
        if phrase is not None and phrase.joint:
            # "James Stewart, Jim Sarantinos and Ryan Eagle said": one plural source
            seen.add(cue.first)
            out.append(
                Mention(
                    phrase.first,
                    phrase.last,
                    phrase.name_first,
                    phrase.name_last,
                    JOINT,
                    True,
                    True,
                    True,
                )
            )
            continue
        if phrase is None or phrase.kind != DESCRIPTION:
            continue
        first_key = tokens.keys[phrase.first]
        head = _description_head(tokens, phrase.first, phrase.last)
        head_tag = tokens.tags[head]
        definite = bool(tokens.tags[phrase.first] & DETERMINER) or phrase.first in tokens.possessive
        definite = definite and first_key not in _INDEFINITE
        if head_tag & ROLE and not definite:
            kind = DESCRIBED_PERSON
        elif head_tag & (ORGANISATION_NOUN | GROUP) and not head_tag & DOCUMENT:
            # "The ministry recalled ...": what a later "it" refers to
            kind = DESCRIBED_BODY
        else:
            continue  # "the minister": someone named before, resolved when quoted
        seen.add(cue.first)
        out.append(
            Mention(phrase.first, phrase.last, phrase.first, phrase.last, kind, True, False, True)
        )
    return out


#: Endings of Russian surnames by gender (``Захарова``, ``Лавров``).
_RUSSIAN_FEMALE_ENDINGS = ("ова", "ева", "ёва", "ина", "ская", "цкая")
_RUSSIAN_MALE_ENDINGS = ("ов", "ев", "ёв", "ин", "ский", "цкий")
_FEMALE_PRONOUNS = frozenset({"she", "her", "она", "её", "ее"})
_MALE_PRONOUNS = frozenset({"he", "him", "his", "он", "его"})
#: Abbreviated titles and the role each stands for.
_ABBREVIATED = {
    "sen.": "senator",
    "gov.": "governor",
    "rep.": "representative",
    "gen.": "general",
    "pres.": "president",
    "lt.": "lieutenant",
    "col.": "colonel",
    "capt.": "captain",
    "adm.": "admiral",
    "sgt.": "sergeant",
    "dr.": "doctor",
    "prof.": "professor",
    "amb.": "ambassador",
    "supt.": "superintendent",
    "pm": "minister",
}


def _tag(word: str) -> int:
    from wirecopy._lexicon import LEXICON

    return LEXICON.get(word, 0)
