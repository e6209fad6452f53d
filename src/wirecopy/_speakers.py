"""Speaker mentions -> speakers, through the article's mention chain.

A mention next to a cue (``Lavrov``, ``he``, ``the minister``, ``the company's
spokesman``, ``Blair and Bush``) becomes a :class:`~wirecopy.Speaker` whose ``name``
is the fullest the article gives and whose ``resolved_by`` says how it was found:
surnames join their full name, pronouns the last compatible speaker, descriptions
the person or body introduced with that role, organisations their name.

Example:
    >>> from wirecopy._mentions import build_chain
    >>> from wirecopy._model import Span
    >>> text = "Foreign Minister Sergei Lavrov spoke. Lavrov said"
    >>> chain = build_chain(text)
    >>> mention = _Attribution("Lavrov", Span(38, 44), None)
    >>> _resolve(text, mention, chain, None, False).speaker.name
    'Sergei Lavrov'
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import NamedTuple

import attrs
import regex

from wirecopy._cues import (
    _cue_first_word,
)
from wirecopy._data.cues import RUSSIAN_SETTING_MEDIA
from wirecopy._data.function_words import (
    DETERMINERS,
    TITLE_WORDS,
)
from wirecopy._data.titles import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    HONORIFICS,
    ORGANISATION_NOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    STATE_BODY_NOUNS,
)
from wirecopy._mentions import Mention, MentionChain, _is_lower_cyrillic, split_title
from wirecopy._model import Cue, Span, Speaker
from wirecopy._phrases import (
    _COORDINATED_NAMES,
    _LINKS_TO_A_NAME,
    _ROLE_HEADS,
    _is_capitalised,
    _is_title_case,
    _leading_roles,
    _opens_clause,
)

#: A possessive that stands for its pronoun as a source (``In his words`` -> he).
_POSSESSIVE_PRONOUNS = {
    "his": "he",
    "their": "they",
    "его": "он",
    "её": "она",
    "ее": "она",
    "их": "они",
}
#: Spellings of one role: a title written either way is the same title.
_ROLE_SPELLINGS: tuple[frozenset[str], ...] = (
    frozenset({"president", "pres."}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"governor", "gov."}),
    frozenset({"senator", "sen."}),
    frozenset({"representative", "rep."}),
    frozenset({"general", "gen."}),
    frozenset({"doctor", "dr."}),
    frozenset({"professor", "prof."}),
    frozenset({"ambassador", "amb."}),
    frozenset({"newspaper", "paper", "daily", "weekly"}),
)
#: Related roles: a description may name one for a person introduced with another.
_ROLE_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"president", "leader", "head", "state", "kremlin", "pres."}),
    frozenset({"minister", "secretary", "diplomat", "chancellor", "premier"}),
    frozenset({"ambassador", "envoy", "diplomat", "amb."}),
    frozenset({"representative", "rep.", "congressman", "congresswoman", "lawmaker"}),
    frozenset({"general", "gen.", "commander"}),
    frozenset({"pope", "pontiff"}),
    *_ROLE_SPELLINGS,
)


#: How Russian surnames end, in the nominative and other cases (``егоров``,
#: ``петровой``, ``вяземского``, ``шевченко``).
_RUSSIAN_SURNAME_ENDINGS = (
    "ов",
    "ев",
    "ёв",
    "ин",
    "ын",
    "ова",
    "ева",
    "ина",
    "ына",
    "овой",
    "евой",
    "иной",
    "ий",
    "ая",
    "ого",
    "ко",
    "ук",
    "юк",
    "ич",
    "их",
    "ых",
)


class _Attribution(NamedTuple):
    speaker_text: str
    speaker_span: Span
    cue: Cue | None


class _Resolved(NamedTuple):
    speaker: Speaker
    person: bool


_ORGANISATION_NOUNS = ORGANISATION_NOUNS | GROUP_NOUNS
_PERSON_ROLES = ROLE_NOUNS - _ORGANISATION_NOUNS


def _speaker(name: str, mention: str, span: Span, title: str | None, how: str) -> Speaker:
    return Speaker(name=name, text=mention, span=span, title=title, resolved_by=how)


def _resolve(
    text: str,
    attribution: _Attribution,
    chain: MentionChain,
    last_person: Speaker | None,
    all_caps: bool,
    recent: bool = True,
    last_source: Speaker | None = None,
    earlier: Mapping[str, Speaker] | None = None,
    described_person: Speaker | None = None,
) -> _Resolved | None:
    """Turn a speaker mention into a :class:`Speaker` through the mention chain.

    ``recent`` says whether ``last_person`` spoke in this or the previous paragraph.
    """
    mention = attribution.speaker_text.strip(" \t\r\n,")
    span = attribution.speaker_span
    if not mention:
        if last_person is None:
            return None
        return _Resolved(attrs.evolve(last_person, resolved_by="continuation"), True)
    words = mention.split()
    opening = span.start  # where the subject's clause opens
    if len(words) > 3 and words[0] in ("Both", "both", "BOTH") and " and " in mention:
        # "Both Putin and Erdogan said": the people, not the quantifier.
        rest = mention.split(None, 1)[1]
        at = text.find(rest, span.start, span.end)
        if at >= 0:
            mention, span, words = rest, Span(at, at + len(rest)), words[1:]
    keys = [w.casefold().strip(",.'’") for w in words]
    if len(keys) == 1 and keys[0] in _POSSESSIVE_PRONOUNS:
        keys = [_POSSESSIVE_PRONOUNS[keys[0]]]  # "In his words": he
    if keys[0] in PERSON_PRONOUNS and len(words) == 1:
        if PERSON_PRONOUNS[keys[0]] == "plural":
            group = _coordinated_subject(text, span.start)
            if group is not None:
                return _Resolved(_speaker(group, mention, span, None, "pronoun"), False)
        if described_person is not None and _described_since(
            described_person, span, chain, last_person
        ):
            # "A Palestinian security source said ..." then '"...," he said'.
            prior = described_person
            return _Resolved(_speaker(prior.name, mention, span, None, "pronoun"), True)
        return _resolve_pronoun(text, mention, span, chain, last_person, recent)
    if keys[0] == "it" and len(words) == 1:
        # "It said": the body that spoke last, else the organisation mentioned last.
        if last_source is not None:
            return _Resolved(
                _speaker(last_source.name, mention, span, last_source.title, "pronoun"), False
            )
        found = chain.recent_organisation(span.start)
        if found is not None:
            return _Resolved(_speaker(found.name, mention, span, None, "pronoun"), False)
    if (
        " and " in mention
        and not all_caps
        and _is_group_of_names(mention)
        and _opens_clause(text, opening)
    ):
        # People who speak together: the names as written ("Blair and Bush").
        return _Resolved(_speaker(mention, mention, span, None, "name"), False)
    if keys[0] in DETERMINERS and not all_caps and _titled_name(words):
        pass  # "the elder Ms. Leveine", "the Rev. Jesse Jackson": a name after its title
    elif (
        keys[0] in DETERMINERS
        or (not all_caps and not _is_capitalised(words[-1]))
        or (not all_caps and _employed_group(keys))
        or (not all_caps and _lower_case_description(words, keys))
    ):
        return _resolve_description(mention, keys, span, chain, last_person, recent, earlier)
    clean = [w.rstrip(",") for w in words if not w.startswith("(")]
    clean = [w[:-2] if w[-2:] in ("'s", "’s") else w for w in clean]
    for i, word in enumerate(clean[1:], start=1):
        if (
            word.casefold() in ("at", "of", "from", "with")
            and (all_caps or all(_is_capitalised(w) for w in clean[:i]))
            and (all_caps or split_title(clean[:i])[1])  # not "Chief of Staff X"
            # ALL CAPS: not "SECRETARY OF STATE BAKER" (mixed-case "Analysts at Goldman
            # Sachs" is a description before it gets here)
            and not (all_caps and any(w.casefold() in _ROLE_HEADS for w in clean[:i]))
        ):
            # "Harvey Tepner at WL Ross & Co LLC": the person, not the firm.
            clean = clean[:i]
            break
    if all_caps:
        # No case cues: the name is what follows the last role noun or honorific.
        cut = 0
        for i, w in enumerate(clean):
            if w.casefold().rstrip(".") in ROLE_NOUNS or w.casefold() in HONORIFICS:
                cut = i + 1
        while cut and cut + 2 < len(clean) and clean[cut].casefold() in ("of", "for"):
            cut += 2  # "SECRETARY OF STATE BAKER": the office's words belong to the title
        if cut and _is_lower_cyrillic(clean[-1]):
            # "депутат госдумы андрей сомов", "заместитель мэра москвы по вопросам
            # транспорта игорь лисицын": lower-case Russian names are the last two words.
            cut = max(cut, len(clean) - 2)
        title_words, name_words = clean[:cut], clean[cut:]
        if not name_words or (
            len(name_words) == 1
            and _is_lower_cyrillic(name_words[0])
            and (
                name_words[0].casefold() in RUSSIAN_SETTING_MEDIA
                # "представитель курорта": a body in the genitive, not a surname the
                # article gives
                or (
                    not name_words[0].casefold().endswith(_RUSSIAN_SURNAME_ENDINGS)
                    and chain.fullest(name_words) is None
                    and chain.inflected(name_words[0]) is None
                )
            )
        ):
            # "собеседник агентства": a source described by whom it talked to
            return _resolve_description(mention, keys, span, chain, last_person, recent, earlier)
    else:
        title_words, name_words = split_title(clean)
    if not name_words and len(clean) == 1:
        # "Bishop said" after "Julie Bishop": a surname that is also a role noun.
        found = chain.fullest(clean)
        if found is not None and found.person and found.name.split()[-1] == clean[0]:
            return _Resolved(_speaker(found.name, mention, span, found.title, "surname"), True)
    if not name_words:
        return _resolve_description(mention, keys, span, chain, last_person, recent, earlier)
    title = " ".join(title_words) or None
    if len(name_words) <= 3:
        for word in name_words:
            defined = chain.by_acronym(word)
            if defined is not None:
                return _Resolved(_speaker(defined.name, mention, span, title, "name"), False)
    found = chain.fullest(name_words, family_first=True)
    written = " ".join(name_words)
    if len(name_words) == 1 and (found is None or found.name == written):
        # "Koronolli" for "Viktor Koronelli"; "Лаврова", "Росу" for "Сергей Лавров", "Кэрри Роса"
        found = chain.misspelt(written) or chain.inflected(written) or found
    elif len(name_words) == 2 and (found is None or written in found.name):
        # "Игоря Сечина" for "Игорь Сечин": a Russian name in another case.
        inflected = chain.inflected_name(written)
        if inflected is not None:
            return _Resolved(_speaker(inflected.name, mention, span, title, "name"), True)
    if found is not None and len(found.name) >= len(written):
        how = "name" if found.name == written else "surname"
        return _Resolved(
            _speaker(found.name, mention, span, title or found.title, how),
            len(found.name.split()) > 1,
        )
    return _Resolved(_speaker(written, mention, span, title, "name"), len(name_words) > 1)


def _is_definite(description: str) -> bool:
    """``the analysts``, ``this official``: a description that refers back."""
    return description.split(maxsplit=1)[0].casefold() in ("the", "this", "that", "these", "those")


def _head_noun(description: str) -> str | None:
    """The head noun of a description: the last word before a preposition.

    ``Analysts at Capital Economics`` -> ``analysts``; ``a senior diplomat`` -> ``diplomat``.
    """
    words = [w.casefold().strip(",.'’") for w in description.split()]
    if not words or words[0] in PERSON_PRONOUNS:
        return None
    for i, word in enumerate(words):
        if word in ("at", "of", "for", "from", "with", "in") and i:
            return words[i - 1]
    return words[-1]


#: How far back a plural pronoun looks for the group it stands for.
_GROUP_REACH = 1200


def _is_group_of_names(mention: str) -> bool:
    """``Blair and Bush``, ``Sato, Tai and Ng``: capitalised names joined by ``and``."""
    parts = [p for p in regex.split(r",[ \t]*|[ \t]+and[ \t]+", mention) if p]
    return len(parts) >= 2 and all(all(_is_capitalised(w) for w in p.split()) for p in parts)


def _coordinated_subject(text: str, before: int) -> str | None:
    """``they said`` after ``A, B and C said ...``: the names, as written, or ``None``."""
    found = None
    for m in _COORDINATED_NAMES.finditer(text, max(0, before - _GROUP_REACH), before):
        if _cue_first_word().match(text, m.end()):
            found = m
    return found.group(1)[_leading_roles(found.group(1)) :] if found is not None else None


def _described_since(
    source: Speaker, span: Span, chain: MentionChain, last_person: Speaker | None
) -> bool:
    """Whether ``source`` (``a senior official``) is the person written most recently
    before ``span``: after the last speaker and after every named person."""
    if source.span.end > span.start:
        return False
    if last_person is not None and last_person.span.start >= source.span.start:
        return False
    named = chain.recent_person_occurrence(span.start)
    return named is None or named[1] < source.span.start


def _titled_name(words: list[str]) -> bool:
    """Whether ``words`` end with a name right after an honorific or role noun.

    Not when a lower-case word links the description to the name (``a source close
    to President Vladimir Putin``, ``an aide to President Putin``): the name is whom
    the source is close to, not the source.
    """
    title, name = split_title(words)
    if any(
        linked.islower() and link.casefold() in _LINKS_TO_A_NAME for linked, link in pairwise(title)
    ):
        return False
    if not (name and title):
        return False
    if title[-1].casefold() in HONORIFICS or title[-1].casefold().rstrip(".") in ROLE_NOUNS:
        return True
    # "the Secretary of State John Kerry": a capitalised role and the words of its office.
    for k, word in enumerate(title):
        if word[:1].isupper() and word.casefold() in _PERSON_ROLES:
            return all(w[:1].isupper() or w.casefold() in DETERMINERS for w in title[:k]) and all(
                w[:1].isupper() or w in _OFFICE_LINKS for w in title[k + 1 :]
            )
    return False


#: Lower-case words inside the name of an office ("Minister for Foreign Affairs").
_OFFICE_LINKS = frozenset({"of", "for", "the", "and"})


def _resolve_pronoun(
    text: str,
    mention: str,
    span: Span,
    chain: MentionChain,
    last_person: Speaker | None,
    recent: bool,
) -> _Resolved:
    """``he``/``she``: the last speaker when it spoke just before, else the person
    mentioned last (skipping names of the other gender)."""
    key = _POSSESSIVE_PRONOUNS.get(mention.casefold(), mention.casefold())  # "ее" -> "она"
    female = {"male": False, "female": True}.get(PERSON_PRONOUNS.get(key, ""))
    newer = chain.recent_person_occurrence(span.start, female=female)
    if (
        last_person is not None
        and recent
        # Unknown gender is compatible; only a name known to be a woman's rules out "he".
        and not (female is False and _looks_female(last_person, chain))
        # "she" after a man's quotation: a woman named just before, not the last speaker
        and not (
            female is True
            and newer is not None
            and newer[0].female
            and span.start - newer[1] < _SHE_REACH
            and not _looks_female(last_person, chain)
        )
        and not (
            newer is not None
            and newer[1] > last_person.span.end
            and newer[0].name != last_person.name
            and _opens_clause(text, newer[1])
        )
    ):
        # The last speaker, unless another person was named since it spoke.
        return _Resolved(
            _speaker(last_person.name, mention, span, last_person.title, "pronoun"), True
        )
    candidate = chain.recent_person(span.start, female=female)
    if candidate is not None:
        return _Resolved(_speaker(candidate.name, mention, span, candidate.title, "pronoun"), True)
    if last_person is not None:
        return _Resolved(
            _speaker(last_person.name, mention, span, last_person.title, "pronoun"), True
        )
    return _Resolved(_speaker(mention, mention, span, None, "source"), False)


def _lower_case_description(words: list[str], keys: list[str]) -> bool:
    """``police in the city of Kharkiv``: a lower-case noun whose phrase ends in a name
    after a preposition is a description (not ``spokesman Dmitry Peskov``)."""
    if not (
        words[0].islower()
        and keys[0] not in PERSON_PRONOUNS
        and any(k in ("in", "of", "at", "from", "near", "to", "for", "with") for k in keys[1:-1])
    ):
        return False
    # "chief of staff Mohammad Bagheri": a title, then a person's name
    title, name = split_title(words)
    return not (
        len(name) >= 2
        and all(k in TITLE_WORDS or k in ROLE_NOUNS for k in (w.casefold() for w in title))
    )


def _employed_group(keys: list[str]) -> bool:
    """``Analysts at Goldman Sachs``: a plural role and its employer, a description."""
    return (
        len(keys) > 2
        and keys[0].endswith("s")
        and keys[0][:-1] in ROLE_NOUNS
        and keys[1] in ("at", "of", "from", "with", "for")
    )


def _title_holds(mention: Mention, words: list[str]) -> bool:
    """Whether every word of ``words`` stands in ``mention``'s title."""
    title = (mention.title or "").casefold().split()
    return all(word in title for word in words)


def _russian_role_head(keys: list[str]) -> str | None:
    """The role noun a lower-case Russian description opens with, in the nominative
    (``президента`` -> ``президент``), or ``None``."""
    first = keys[0]
    if not first.islower() or not _is_lower_cyrillic(first):
        return None
    if first.endswith(("а", "я")) and first[:-1] in _PERSON_ROLES:
        return first[:-1]  # "министра", "президента"
    if first.endswith("я") and first[:-1] + "ь" in _PERSON_ROLES:
        return first[:-1] + "ь"  # "пресс-секретаря", "председателя"
    return first if first in _PERSON_ROLES else None


def _russian_role_by_office(
    role: str, rest: list[str], chain: MentionChain, before: int
) -> Mention | None:
    """A Russian role said another way: ``министр`` is the person introduced as ``глава``
    of a ministry (``глава Минздрава Михаил Мурашко``), ``глава государства`` the
    president; ``None`` when nobody was introduced so."""
    if role == "министр" and not rest:
        found = chain.by_role({"глава", "главы"}, before)
        if found is not None and found.title is not None:
            words = found.title.casefold().split()
            if any(w.startswith(("мин", "мид")) for w in words):
                return found
        return None
    if role == "глава" and rest[:1] == ["государства"]:
        return chain.by_role({"президент", "президента"}, before)
    return None


def _names_a_person(word: str, chain: MentionChain) -> bool:
    found = chain.fullest([word])
    return found is not None and found.person


def _resolve_description(
    mention: str,
    keys: list[str],
    span: Span,
    chain: MentionChain,
    last_person: Speaker | None,
    recent: bool = False,
    earlier: Mapping[str, Speaker] | None = None,
) -> _Resolved:
    """``the minister`` -> the person introduced with that role; else as written."""
    head = _head_noun(mention) or keys[-1]
    # Russian has no articles: a role noun alone refers back ("- отметил министр",
    # "по словам президента"); its head comes first and may be in another case.
    russian_role = _russian_role_head(keys)
    if russian_role is not None:
        head = russian_role
    as_written = _Resolved(
        _speaker(mention, mention, span, None, "source"),
        head in _PERSON_ROLES and keys[0] not in ("several", "some", "many", "two", "three"),
    )
    # "his spokeswoman", "Lavrov's spokeswoman", "the company's spokesman": someone
    # the owner has, never the owner (but "Russia's top diplomat" may be the one named).
    owner_has = keys[0] in ("his", "her", "their") or any(
        w.endswith(("'s", "’s")) and (w.islower() or _names_a_person(w[:-2], chain))
        for w in mention.split()[:-1]
    )
    bare_title = (
        mention[:1].isupper()
        and mention.split()[-1][:1].islower()
        and head in _PERSON_ROLES
        and keys[0] not in DETERMINERS
        and not owner_has
    )  # "Russian presidential spokesman stressed": TASS drops the article
    if _titled_body(mention):
        return as_written  # "the Civil Aviation Authority of Nepal": a name, not a description
    owned = keys[0].endswith(("'s", "’s"))  # "Nepal's civil aviation authority"
    if head in _ORGANISATION_NOUNS and (owned or keys[0] in DETERMINERS):
        named = _body_named_by(mention, chain)
        if named is not None:
            return _Resolved(_speaker(named.name, mention, span, None, "description"), False)
    if (
        keys[0] not in ("the", "this", "that", "his", "her", "its", "their")
        and not bare_title
        and russian_role is None
    ):
        return as_written
    if earlier and head in earlier and keys[-1] not in DOCUMENT_NOUNS:
        # "the analysts said" after "Analysts at Capital Economics said": the same source.
        prior = earlier[head]
        return _Resolved(
            _speaker(prior.name, mention, span, prior.title, "description"),
            prior.resolved_by in ("name", "surname") or head in _PERSON_ROLES,
        )
    office = _OFFICES_BY_PARAPHRASE.get(" ".join(keys[1:])) if keys[0] == "the" else None
    if office is not None:
        # "the head of state said": the president the article named
        found = chain.by_role(office, span.start)
        if found is not None:
            return _Resolved(_speaker(found.name, mention, span, found.title, "description"), True)
    if any(k in ("of", "at", "for", "from") for k in keys[1:]):
        return as_written  # "the head of the IAEA": a description with its own name
    for key in keys:
        defined = chain.by_acronym(key)
        if defined is not None and len(keys) <= 4:
            return _Resolved(_speaker(defined.name, mention, span, None, "description"), False)
    if head in DOCUMENT_NOUNS:
        # "the statement said": the document, as written; "the guerrillas' statement",
        # "the rebel communique": the body that issued it.
        owners = [
            w.casefold()[:-2] for w in mention.split()[:-1] if w.casefold()[-2:] in ("'s", "’s")
        ]
        owners += [k for k in keys[:-1] if k in _ORGANISATION_NOUNS or k.rstrip("s") in GROUP_NOUNS]
        if not owners:
            return as_written
        owner = owners[-1]
        found = chain.by_name_word(owner, span.start) or chain.recent_organisation(span.start)
        if found is not None:
            return _Resolved(_speaker(found.name, mention, span, None, "description"), False)
        return as_written
    if _AGE_NOUN.fullmatch(head) and keys[0] == "the":
        # "the 98-year-old said": the person the text just named.
        found = chain.recent_person(span.start)
        if found is not None:
            return _Resolved(_speaker(found.name, mention, span, found.title, "description"), True)
        return as_written
    roles = {head}
    for group in _ROLE_SYNONYMS:
        if head in group:
            roles |= group
    if head in _PERSON_ROLES or head in ("leader", "state"):
        # The person introduced with this very role; else the speaker just quoted;
        # else someone introduced with a related role ("the leader" ~ "President").
        spellings = {head}.union(*(group for group in _ROLE_SPELLINGS if head in group))
        found = chain.by_role(spellings, span.start)
        if found is not None and russian_role is not None and not _title_holds(found, keys[1:]):
            found = None  # "министр обороны" is not the foreign minister named before
        if found is None and russian_role is not None:
            found = _russian_role_by_office(russian_role, keys[1:], chain, span.start)
        if found is None and (owner_has or russian_role is not None):
            # Not the person named last: the owner, or someone else's; in Russian, only
            # someone introduced with the role ("- сказал источник" is a new source).
            return as_written
        if found is None and last_person is not None and recent:
            return _Resolved(
                _speaker(last_person.name, mention, span, last_person.title, "description"),
                True,
            )
        found = found or chain.by_role(roles, span.start)
        if found is not None:
            return _Resolved(_speaker(found.name, mention, span, found.title, "description"), True)
        if last_person is not None:
            return _Resolved(
                _speaker(last_person.name, mention, span, last_person.title, "description"),
                True,
            )
        first = chain.last_person(span.start)
        if first is not None:
            return _Resolved(_speaker(first.name, mention, span, first.title, "description"), True)
        return as_written
    if head in _ORGANISATION_NOUNS:
        found = chain.by_name_word(head, span.start) or chain.by_role(roles, span.start, head=True)
        if found is not None and found.person:
            found = None  # "the Kremlin said" is not President Zelenskiy, named last
        if (
            found is None
            and head not in STATE_BODY_NOUNS
            and not _titled_body(mention)
            and not _holds_a_name(mention)
        ):
            found = chain.recent_organisation(span.start)
        if found is not None:
            # "the ministry" after "Foreign Ministry" after "South African Foreign
            # Ministry": the fullest form of the name.
            found = chain.fullest(found.name.split()) or found
            return _Resolved(_speaker(found.name, mention, span, None, "description"), False)
    return as_written


#: A person described by age: ``the 98-year-old``.
_AGE_NOUN = regex.compile(r"\d{1,3}-year-old")


def _titled_body(mention: str) -> bool:
    """``the National Transportation Safety Board``, ``the Civil Aviation Authority of
    Nepal``: a body's own name after ``the`` (in copy with case; ``THE GUATEMALAN
    REBELS`` is a description)."""
    words = mention.split()
    return (
        len(words) > 2
        and not mention.isupper()
        and words[0].casefold() == "the"
        and words[1][:1].isupper()
        and _is_title_case(words[1:])
    )


def _holds_a_name(description: str) -> bool:
    """``the official Xinhua news agency``: a description that names its body (not a
    nationality, ``the Chinese company``, nor a place, ``the Melbourne-based firm``)."""
    return not description.isupper() and any(
        word[:1].isupper()
        and "-" not in word
        and not word.casefold().endswith(("an", "ese", "ish", "ic", "i"))
        for word in description.split()[1:]
    )


def _body_named_by(description: str, chain: MentionChain) -> Mention | None:
    """The organisation whose name holds every word of a description of two or more
    words, wherever the article names it: ``Nepal's civil aviation authority`` -> the
    Civil Aviation Authority of Nepal."""
    words = [w[:-2] if w[-2:] in ("'s", "’s") else w for w in description.split()]
    content = [w for w in words if w.casefold() not in DETERMINERS]
    if len(content) < 2:
        return None
    found = chain.fullest(content)
    return found if found is not None and found.organisation else None


#: Offices named by a paraphrase, and the title words of the person who holds them.
_OFFICES_BY_PARAPHRASE: dict[str, set[str]] = {
    "head of state": {"president", "king", "queen", "emir", "sultan"},
    "head of government": {"prime", "premier", "chancellor"},
}

#: How far back a woman's name makes ``she`` hers rather than the last speaker's.
_SHE_REACH = 600


def _looks_female(speaker: Speaker, chain: MentionChain) -> bool:
    found = chain.fullest(speaker.name.split())
    return bool(found and found.female)
