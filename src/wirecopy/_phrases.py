"""Noun phrases around a cue: whose cue it is, read from the sentence's structure.

Given a cue, find its subject (``Kosachev, chairman of the committee, said``:
Kosachev), the source after an inverted cue (``said Kosachev``), the subject of a
participle (``..., adding``) or of a coordinated verb (``met Kerry and said``), and
the sentence a quotation stands in. Everything works on the masked text (quotations
blanked out) and returns spans; who the words refer to is :mod:`wirecopy._speakers`'s
job.

Example:
    >>> text = "Sergei Lavrov, the foreign minister, said"
    >>> span = _noun_phrase_before(text, text, 0, text.index("said"), False)
    >>> text[span.start : span.end]
    'Sergei Lavrov'
"""

from __future__ import annotations

from itertools import pairwise

import regex

from wirecopy._cues import (
    _CUE_WORDS,
    _addressee_follows,
    _CueMatch,
    _is_participle,
)
from wirecopy._data.agencies import AGENCIES
from wirecopy._data.cues import (
    RUSSIAN_ADDRESSEES,
    RUSSIAN_DOCUMENT_NOUNS,
    RUSSIAN_MEDIA_NOUNS,
    RUSSIAN_QUOTING_CUES,
    RUSSIAN_SETTING_POSSESSIVES,
    RUSSIAN_SETTING_PREPOSITIONS,
)
from wirecopy._data.function_words import (
    ADVERBS,
    CLAUSE_WORDS,
    DETERMINERS,
    TIME_WORDS,
    TITLE_WORDS,
)
from wirecopy._data.titles import (
    DOCUMENT_NOUNS,
    HONORIFICS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
)
from wirecopy._mentions import _is_cyrillic, _is_lower_cyrillic, _person_like, is_name_word
from wirecopy._model import Span
from wirecopy._text import ends_abbreviation

_WORD = regex.compile(r"\p{N}{1,3}(?:,\p{N}{3}){1,4}|[\p{L}\p{N}][\p{L}\p{N}'’.\-]{0,40}")
_SENTENCE_BREAK = regex.compile(
    r"[.!?](?:[\"'”’»)]{0,2})[ \t\n\r]{1,8}(?=[^\p{Ll}\p{N}\s,;:.\-–—])|[;]"
)


#: How far from a quotation its sentence is read, each way.
_SENTENCE_REACH = 600
#: Where the look for a sentence's start begins (most sentences are shorter).
_NEAR_REACH = 160


def _sentence_bounds(masked: str, para: Span, start: int, end: int) -> tuple[int, int]:
    """Return the sentence around ``[start, end)`` inside ``para`` in the masked text."""
    # A sentence longer than the reach is cut there: attribution stays local and the
    # cost per quotation bounded, whatever the paragraph's length.
    lo = max(para.start, start - _SENTENCE_REACH)
    # One character past ``start``: the look-ahead must see a quotation's opening mark.
    # The nearest sentences are read first; the whole reach only when they hold no break.
    # (A break is a stop, marks and blanks: no break overlaps another, so one found in
    # the near window is the one a read of the whole reach would have found.)
    for near in (max(lo, start - _NEAR_REACH), lo):
        breaks = list(_SENTENCE_BREAK.finditer(masked, near, min(para.end, start + 1)))
        for m in reversed(breaks):
            if m.end() <= start and not _abbreviation_stop(masked, m, para.start):
                lo = m.end()
                break
        else:
            if near > lo:
                continue
        break
    hi = min(para.end, end + _SENTENCE_REACH)
    # From one character before ``end``: a quotation's own full stop ends its sentence.
    for m in _SENTENCE_BREAK.finditer(masked, max(para.start, end - 1), hi):
        if not _abbreviation_stop(masked, m, para.start):
            hi = m.start() + 1
            break
    return lo, hi


def _abbreviation_stop(masked: str, m: regex.Match[str], lo: int) -> bool:
    """Return whether a sentence-break match is the full stop of ``Lt.``, ``U.S.``, ``J.``."""
    return bool(masked[m.start()] == "." and ends_abbreviation(masked, lo, m.start() + 1))


def _words(text: str, start: int, end: int, limit: int = -1) -> list[tuple[str, Span]]:
    """Return the words in ``text[start:end]`` (the first ``limit``, if given); a
    sentence's full stop is not part of one."""
    out = []
    for m in _WORD.finditer(text, start, end):
        word, word_end = m.group(), m.end()
        if word.endswith(".") and not ends_abbreviation(text, m.start(), word_end):
            word, word_end = word[:-1], word_end - 1
        out.append((word, Span(m.start(), word_end)))
        if len(out) == limit:
            break
    return out


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \t\r\n,":
        pos += 1
    return pos


def _is_capitalised(word: str) -> bool:
    """A name word: capitalised (``al-Fartussi`` counts), or a number (an age)."""
    return is_name_word(word) or (word[:1].isdigit() and len(word) > 1)


_Words = list[tuple[str, Span]]


def _clause_boundary_chunks(masked: str, words: _Words) -> list[_Words]:
    """Group words into chunks separated by commas, dashes, brackets or marks."""
    chunks: list[list[tuple[str, Span]]] = [[]]
    for i, (word, span) in enumerate(words):
        if i:
            prev_word, prev_span = words[i - 1]
            if masked[prev_span.end : span.start].strip(" \t\r\n&/+") or (
                prev_word.endswith(".")
                and not ends_abbreviation(masked, prev_span.start, prev_span.end)
            ):
                chunks.append([])
        chunks[-1].append((word, span))
    return [c for c in chunks if c]


def _valid_suffix(words: list[tuple[str, Span]], all_caps: bool) -> list[tuple[str, Span]]:
    """Return the longest noun phrase that ends ``words``, or ``[]`` for a clause."""
    if not words:
        return []
    # In mixed-case copy an ALL-CAPS word is an acronym, never a function word: "the
    # WHO", "the US".
    keys = [w if not all_caps and _is_acronym(w) else w.casefold() for w, _ in words]
    last = len(words) - 1
    if keys[last] in PERSON_PRONOUNS or keys[last] == "it":
        return words[last:]  # "he said", "it noted"
    if all_caps:
        j = last
        while j > 0 and last - j < 7 and keys[j - 1] not in CLAUSE_WORDS:
            j -= 1
        if keys[last] in CLAUSE_WORDS:
            return []
        if j and keys[j - 1] in RUSSIAN_SETTING_PREPOSITIONS and _is_lower_cyrillic(keys[j]):
            # "в своем телеграм-канале гусев написал": the phrase's noun, then the subject
            skip = j + (2 if keys[j] in RUSSIAN_SETTING_POSSESSIVES else 1)
            if skip <= last:
                j = skip
        return words[j:]
    if _is_capitalised(words[last][0]):
        if (
            keys[last] in CLAUSE_WORDS
            and keys[last] not in TITLE_WORDS
            and not (
                last and _is_capitalised(words[last - 1][0]) and keys[last - 1] not in CLAUSE_WORDS
            )
            and keys[last] not in _MODALS_AS_NAMES
        ):
            # "Как отметил Песков": a capitalised function word, no subject (but "Theresa
            # May" is a name).
            return []
        j = last
        while j > 0 and last - j < 9:
            prev, key = words[j - 1][0], keys[j - 1]
            if key in CLAUSE_WORDS and key not in TITLE_WORDS:
                break
            if not (
                _is_capitalised(prev)
                or key in TITLE_WORDS
                or key in ROLE_NOUNS
                or key.endswith(("an", "ese", "ish", "ic", "al", "i"))
            ):
                break
            j -= 1
        if j and keys[j - 1] in ("a", "an") and words[j][0].islower():
            j -= 1  # "a senior official of the Alpine Club of Pakistan": its article too
        if keys[j] in _PREPOSITIONS:
            # "a source at the Organisation of ...": the description owns the name.
            head = _determiner_before(keys, j)
            if head is not None:
                return words[head:]
        link = next(
            (
                k
                for k in range(max(1, j - 1), last)
                if keys[k] in _LINKS_TO_A_NAME
                and words[k - 1][0].islower()
                # a role or a link to what a source knows: not "a visit to Moscow Lavrov"
                and (keys[k - 1] in _ROLE_HEADS or (keys[k - 1], keys[k]) in _KNOWLEDGE_LINKS)
            ),
            None,
        )
        if link is not None:
            # "an aide to President Vladimir Putin", "a spokesman for Chancellor Olaf
            # Scholz": the name is whom the description serves, not the source.
            head = _determiner_before(keys, link)
            if head is not None:
                return words[head:]
        while j < last and keys[j] in ("of", "for", "and", "at"):
            j += 1
        return words[j:]
    if keys[last] in CLAUSE_WORDS:
        return []
    head = _determiner_before(keys, last + 1)
    if head is not None:
        return words[head:]
    j = last
    while j > 0 and last - j < 7 and keys[j - 1] not in CLAUSE_WORDS:
        j -= 1
    if _is_capitalised(words[j][0]) or j == 0:
        return words[j:]
    return []


_PREPOSITIONS = frozenset({"of", "at", "for", "from", "with", "in"})
#: Capitalised right before a cue, a modal is a name: a modal never comes before
#: "said" ("May said": Theresa May).
_MODALS_AS_NAMES = frozenset({"may", "will"})
_LINKS_TO_A_NAME = frozenset({"to", "for", "with"})


def _determiner_before(keys: list[str], end: int) -> int | None:
    """Return the index of the determiner that opens a description ending before ``end``.

    Prepositions may stand inside it ("the official at presidential office"); any
    other closed-class word ends the search.
    """
    j = end - 1
    found: int | None = None
    while j >= 0 and end - j <= 12:
        if keys[j] in DETERMINERS:
            found = j
            if j == 0 or keys[j - 1] not in _PREPOSITIONS:
                return found
            # "a spokesman for the British prime minister": keep looking outwards.
        elif keys[j] in CLAUSE_WORDS and keys[j] not in _PREPOSITIONS:
            return found
        j -= 1
    return found


def _noun_phrase_before(
    text: str, masked: str, lo: int, cue_start: int, all_caps: bool
) -> Span | None:
    """Return the subject just before a cue (``Kosachev, chairman of X, said``: Kosachev)."""
    # Sixteen words are plenty for a subject; read no further back than that needs.
    words = _trim_time_words(_words(masked, max(lo, cue_start - 240), cue_start)[-16:])
    if not words:
        return None
    chunks = _without_glosses(masked, _clause_boundary_chunks(masked, words))
    while len(chunks) > 1 and _bracketed(masked, chunks[-1]):
        chunks.pop()  # "SAIC ( 600104.SS ) said": a ticker or gloss, not the subject
    chosen = chunks[-1]
    index = len(chunks) - 1
    while index > 0 and _is_appositive(chunks[index], all_caps):
        # "Miyako Fuji, 20, one of the organisers, told": walk back to the name. A
        # determiner-led chunk ("the spokesman") is an appositive only after a chunk
        # that is a name and nothing else ("Alan Feduccia, an evolutionary biologist,").
        earlier = _valid_suffix(chunks[index - 1], all_caps)
        leads = chunks[index][0][0].casefold()
        if (
            leads in DETERMINERS
            and leads != "one"
            and not _only_a_name(chunks[index - 1], len(earlier))
        ):
            break
        if (
            earlier
            and not earlier[-1][0].replace(",", "").isdigit()
            and (
                all_caps
                or _is_capitalised(earlier[-1][0])
                # "A senior official, speaking on condition of anonymity, said"
                or (_is_modifier(chunks[index]) and earlier[0][0].casefold() in DETERMINERS)
            )
        ):
            chosen = _without_place(chunks[index - 1], len(earlier), chunks[index], all_caps)
            break
        index -= 1
    phrase = _valid_suffix(chosen, all_caps)
    if not all_caps:
        phrase = _subject_before_participle(chosen, len(chosen) - len(phrase)) or phrase
    if phrase and phrase[-1] is chosen[-1]:
        phrase = chosen[_knowing_source_start(chosen, len(chosen) - len(phrase)) :]
    if not phrase:
        return None
    return Span(phrase[0][1].start, phrase[-1][1].end)


#: What links an unnamed source to what it knows: "people familiar with the matter".
_KNOWLEDGE_LINKS = frozenset(
    {
        ("familiar", "with"),
        ("close", "to"),
        ("briefed", "on"),
        ("involved", "in"),
        ("knowledgeable", "about"),
    }
)
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "several", "some", "many", "other"})


def _knowing_source_start(chunk: _Words, phrase_start: int) -> int:
    """Where ``people familiar with the matter`` starts when the phrase found is only
    ``the matter``: the source and the link to what it knows belong to it."""
    keys = [w.casefold() for w, _ in chunk[:phrase_start]]
    if len(keys) < 3 or (keys[-2], keys[-1]) not in _KNOWLEDGE_LINKS or keys[-3] in CLAUSE_WORDS:
        return phrase_start
    start = len(keys) - 3
    if start and (keys[start - 1] in DETERMINERS or keys[start - 1] in _COUNT_WORDS):
        start -= 1
    return start


#: Words ending in -ing that are not participles, or that lead a phrase of their own.
_NOT_PARTICIPLES = frozenset(
    {
        "according",
        "including",
        "excluding",
        "during",
        "regarding",
        "concerning",
        "following",
        "considering",
        "pending",
        "notwithstanding",
        "building",
        "meeting",
        "morning",
        "evening",
        "hearing",
        "briefing",
        "spending",
        "funding",
        "ruling",
        "setting",
        "training",
        "bombing",
        "shooting",
        "killing",
        "fighting",
        "housing",
        "thing",
        "nothing",
        "something",
        "anything",
        "everything",
    }
)
_PARTICIPLE_FOLLOWERS = frozenset(
    {"under", "in", "on", "near", "for", "to", "into", "across", "around", "outside", "inside"}
)


def _subject_before_participle(chunk: _Words, phrase_start: int) -> _Words | None:
    """``Six political factions falling under the umbrella of the PLO also said``: the
    noun phrase that opens the chunk, when a participle and its phrase follow it."""
    for j in range(1, min(phrase_start, len(chunk) - 1)):
        word = chunk[j][0]
        if not (word.endswith("ing") and word.islower() and len(word) > 5):
            continue
        following = chunk[j + 1][0].casefold()
        if word in _NOT_PARTICIPLES or not (
            following in _PARTICIPLE_FOLLOWERS or following in DETERMINERS
        ):
            return None
        subject = _valid_suffix(chunk[:j], False)
        return subject if len(subject) == j else None
    return None


_CONJUNCTIONS = frozenset({"but", "and", "while", "yet"})


def _only_a_name(chunk: _Words, name_length: int) -> bool:
    """Whether a chunk is a name, perhaps after a conjunction and a lower-case role
    (``but co-litigant Alyn Smith``), and nothing else."""
    lead = [w.casefold() for w, _ in chunk[: len(chunk) - name_length]]
    if lead and lead[0] in _CONJUNCTIONS:
        lead = lead[1:]
    return (
        name_length > 0
        and len(lead) <= 1
        and all(w.islower() and w not in CLAUSE_WORDS for w in lead)
    )


def _without_glosses(masked: str, chunks: list[_Words]) -> list[_Words]:
    """Join the chunks on either side of a bracketed gloss inside a phrase: ``a Scottish
    National Party (SNP) member of the European Parliament`` is one chunk."""
    out: list[_Words] = []
    i = 0
    while i < len(chunks):
        if (
            out
            and i + 1 < len(chunks)
            and masked[out[-1][-1][1].end : chunks[i][0][1].start].strip() == "("
            and masked[chunks[i][-1][1].end : chunks[i + 1][0][1].start].strip() == ")"
        ):
            out[-1] = out[-1] + chunks[i] + chunks[i + 1]
            i += 2
            continue
        out.append(chunks[i])
        i += 1
    return out


def _bracketed(masked: str, chunk: _Words) -> bool:
    """Whether a chunk stands inside round brackets."""
    before = masked[max(0, chunk[0][1].start - 3) : chunk[0][1].start].strip()
    after = masked[chunk[-1][1].end : chunk[-1][1].end + 3].strip()
    return before.endswith("(") and after.startswith(")")


def _is_appositive(chunk: list[tuple[str, Span]], all_caps: bool) -> bool:
    first = chunk[0][0].casefold()
    if first in ("and", "but", "while", "whereas", "yet") and len(chunk) > 1:
        return False  # "..., but a Russian official said": a new clause and its subject
    if (
        first in ("which", "whom", "that")
        and len(chunk) > 1
        and (
            _is_capitalised(chunk[-1][0])
            or chunk[-1][0].casefold() in PERSON_PRONOUNS
            or chunk[-1][0] == "it"
        )
    ):
        return False  # "..., which union leader Lars Nyberg had called": its own subject
    if any(w.casefold() in ("who", "which", "that", "whose") for w, _ in chunk):
        return True  # "the URNG, made up of groups that operate in Guatemala, said"
    if all(w.isdigit() for w, _ in chunk):
        return True  # an age: "Miyako Fuji, 20, said"
    if len(chunk) == 1 and _PARTY_AND_STATE.fullmatch(chunk[0][0]):
        return True  # "Rep. Alexandria Ocasio-Cortez, D-N.Y., said": party and state
    if first in PERSON_PRONOUNS:
        return False
    if all_caps:
        return first in DETERMINERS or first in ROLE_NOUNS or first in TITLE_WORDS
    if first in ROLE_NOUNS and len(chunk) > 2 and chunk[1][0] in ("for", "of", "at"):
        return True  # "Sarah Kettering, MP for Leeds North East, said"
    return not _is_capitalised(chunk[0][0])


#: Prepositions of place: a name after one is where, not who.
_LOCATIVES = frozenset({"in", "at", "near", "outside"})


def _without_place(chunk: _Words, named: int, relative: _Words, all_caps: bool) -> _Words:
    """``the IAEA in Vienna, which said``: a relative clause after a place speaks for
    what stands before the place. ``named`` is how many words end ``chunk`` as its
    noun phrase; the chunk is returned cut before the place, or whole."""
    at = len(chunk) - named - 1
    if relative[0][0].casefold() not in ("which", "who") or at < 1:
        return chunk
    if chunk[at][0].casefold() not in _LOCATIVES:
        return chunk
    before = chunk[:at]
    owner = _valid_suffix(before, all_caps)
    return before if owner and (_is_capitalised(owner[-1][0]) or all_caps) else chunk


#: A U.S. legislator's party and state after the name, as AP writes it: D-N.Y., R-Ky.
_PARTY_AND_STATE = regex.compile(r"[DRI]-(?:\p{Lu}\.){1,3}|[DRI]-\p{Lu}\p{Ll}{1,9}\.?")


def _is_modifier(chunk: _Words) -> bool:
    """A chunk that modifies the noun phrase before it: a participle's phrase
    (``speaking on condition of anonymity``) or a relative clause (``who asked ...``)."""
    first = chunk[0][0]
    key = first.casefold()
    if key in ("who", "which"):
        return True
    return key.endswith("ing") and first.islower() and len(key) > 5 and key not in _NOT_PARTICIPLES


def _looks_like_verb(key: str) -> bool:
    """A past tense or a cue form: where a determiner-led subject ends ("The paper issued")."""
    return (key.endswith("ed") and len(key) > 4) or key in _CUE_WORDS


def _names_an_employer(chunk: _Words, keys: list[str], index: int) -> bool:
    """``at``/``for``/``of`` (``the``) before a name: ``Analysts at Capital Economics``."""
    if keys[index] not in ("at", "for", "of", "the") or index + 1 >= len(chunk):
        return False
    if keys[index] == "the":
        return keys[index - 1] in ("at", "for", "of") and _is_capitalised(chunk[index + 1][0])
    following = chunk[index + 1][0]
    if keys[index + 1] == "the" and index + 2 < len(chunk):
        following = chunk[index + 2][0]
    return _is_capitalised(following)


#: Words that open a sentence's setting rather than its subject ("In Hebron, ...").
_SETTING_WORDS = frozenset({"in", "at", "near", "outside", "inside"})
#: Counts of people that lead a subject ("thousands of mourners").
_CROWD_WORDS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "millions"})


def _sentence_subject(
    text: str, masked: str, lo: int, cue_start: int, all_caps: bool
) -> Span | None:
    """Return the noun phrase that opens the clause (the subject of a participle cue)."""
    words = _words(masked, lo, min(cue_start, lo + 240), limit=16)
    chunks = _clause_boundary_chunks(masked, words)
    for n, chunk in enumerate(chunks):
        keys = [w.casefold() for w, _ in chunk]
        if n == 0 and len(chunks) > 1 and keys[0] in _SETTING_WORDS and len(chunk) <= 4:
            continue  # "In Hebron, thousands of mourners ...": a setting, then the subject
        end = 0
        employer = False
        crowd = keys[0] in _CROWD_WORDS and len(keys) > 2 and keys[1] == "of"
        possessive = False  # a possessive acts as a determiner
        while end < len(chunk) and end < 8:
            possessive = possessive or (end > 0 and keys[end - 1].endswith(("'s", "’s")))
            if not all_caps and end and _names_an_employer(chunk, keys, end):
                employer = True
            elif crowd and 0 < end <= 3 and not _looks_like_verb(keys[end]):
                pass  # "thousands of mourners"
            elif keys[end] in CLAUSE_WORDS or (
                not all_caps
                and end
                and not (
                    _is_capitalised(chunk[end][0])
                    or keys[end] in TITLE_WORDS
                    or keys[end] in ROLE_NOUNS
                    or (
                        # "the spokesman", "Ms. McCarthy's friend Sandra Thompson"
                        (keys[0] in DETERMINERS or possessive) and not _looks_like_verb(keys[end])
                    )
                )
            ):
                break
            end += 1
        if keys and keys[0] in PERSON_PRONOUNS:
            end = 1
        elif crowd or (employer and (keys[0] in DETERMINERS or keys[0] in _ROLE_HEADS)):
            # "Analysts at Capital Economics": the description keeps its employer.
            return Span(chunk[0][1].start, chunk[end - 1][1].end)
        phrase = _valid_suffix(chunk[:end], all_caps)
        if phrase:
            return Span(phrase[0][1].start, phrase[-1][1].end)
        if end < len(chunk):
            break
    return None


_IN_A_DOCUMENT = regex.compile(
    rf"(?i:в|во)[ \t\xa0]{{1,3}}(?i:{'|'.join(RUSSIAN_DOCUMENT_NOUNS)})[ \t\xa0]{{1,3}}"
)


#: A document that ends its sentence: it is the source as written.
_IN_A_DOCUMENT_AT_END = regex.compile(
    rf"(?i:в|во)[ \t\xa0]{{1,3}}((?i:{'|'.join(RUSSIAN_DOCUMENT_NOUNS)}))[ \t\xa0]*[.!?;]"
)


def _noun_phrase_after(
    text: str, masked: str, start: int, hi: int, all_caps: bool, *, source_first: bool = False
) -> Span | None:
    """Return the source just after an inverted cue: ``said Kosachev, chairman of ...``.

    With ``source_first`` (after ``according to``), an object pronoun is the source too:
    ``According to him``; after a verb it is the listener (``calling them``).
    """
    document = _IN_A_DOCUMENT.match(masked, start, hi)
    if document is not None:
        start = document.end()  # "говорится в заявлении МИД": the body that issued it
    elif (at_end := _IN_A_DOCUMENT_AT_END.match(masked, start, hi)) is not None:
        return Span(at_end.start(1), at_end.end(1))  # "отмечается в документе.": as written
    words = _words(masked, start, hi, limit=12)
    if document is not None and words and _is_lower_cyrillic(words[0][0]):
        # "говорится в сообщении ведомства": the body described, in the genitive
        return _description_to_mark(masked, words)
    while (
        len(words) > 1
        and words[0][0].casefold() in RUSSIAN_ADDRESSEES
        and not masked[words[0][1].end : words[1][1].start].strip(" \t")
    ):
        words = words[1:]  # "Как сообщил ТАСС источник в правительстве": the listener first
    if words and _is_russian_role(words[0][0]):
        return _description_to_mark(masked, words)
    if source_first and words and words[0][0].islower() and words[0][0] in _ROLE_HEADS:
        # "According to sources close to the matter, ...", "according to officials"
        return _description_to_mark(masked, words)
    taken: list[tuple[str, Span]] = []
    seen_name = False
    plural_head = False
    for i, (word, span) in enumerate(words):
        if i and masked[words[i - 1][1].end : span.start].strip(" \t\r\n"):
            break  # a comma, dash or mark ends the phrase
        key = word if not all_caps and _is_acronym(word) else word.casefold()
        if taken and key in RUSSIAN_ADDRESSEES and _is_cyrillic(word):
            break  # "сказал воробьев журналистам": the listener after the source
        if not taken and key in PERSON_PRONOUNS and (source_first or key not in _OBJECT_PRONOUNS):
            taken.append((word, span))  # "According to him": the pronoun is the source
            break
        if (
            key in CLAUSE_WORDS
            and key not in TITLE_WORDS
            and not _modal_as_name(words, i, all_caps)
            # "said its chief executive": "its" opens a description of a person.
            and not (key == "its" and not taken and _role_follows(words, i))
            # "according to a statement from the company": the document's issuer
            and not (key in ("from", "by") and taken and taken[-1][0].casefold() in DOCUMENT_NOUNS)
        ):
            break
        if not all_caps:
            if _is_capitalised(word):
                seen_name = True
            elif (
                seen_name
                and not (_plural_role(word) and all(_is_capitalised(w) for w, _ in taken))
                and (key in TITLE_WORDS or key in ROLE_NOUNS)
                and key not in ("of", "at", "for", "and")
            ):
                pass  # "said Urawa head coach Oswaldo Oliveira"
            elif _is_description(taken) and key not in CLAUSE_WORDS:
                pass  # "said a UAW negotiator": a description goes on to its head noun
            elif seen_name and _role_then_name(masked, words, i):
                pass  # "said Tel Aviv University strategic affairs analyst Bruce Maddy-Weitzman"
            elif seen_name and _plural_role(word) and all(_is_capitalised(w) for w, _ in taken):
                plural_head = True  # "said U.S. officials", "said Western diplomats"
                taken.append((word, span))
                break
            elif seen_name and key not in ("of", "the", "at", "for", "and", "de", "al-", "bin"):
                break
            elif (
                seen_name
                and key in ("of", "at", "for")
                and not _is_description(taken)
                and taken[-1][0].casefold() not in _OFFICE_WORDS
            ):
                # "Tom Wolzien of Sanford C. Bernstein": the person, not the firm; but
                # "Minister of Trade and Industry Gan Kim Yong" is one title and a name.
                break
            elif (
                not seen_name
                and len(taken) >= 4
                and (not taken or taken[0][0].casefold() not in DETERMINERS)
            ):
                break
        taken.append((word, span))
        if taken[0][0].casefold() in PERSON_PRONOUNS:
            break
    while (
        taken
        and not plural_head
        and (
            taken[-1][0].casefold() in ("of", "the", "at", "for", "and")
            or (
                not all_caps
                and seen_name
                and not _is_capitalised(taken[-1][0])
                and not _is_description(taken)  # "a UAW negotiator" ends on its head noun
            )
        )
    ):
        taken.pop()
    if not taken:
        return None
    first = taken[0][0]
    if not (all_caps or seen_name or first.casefold() in DETERMINERS | PERSON_PRONOUNS.keys()):
        return None  # "said, referring to ...": no source follows
    if not (all_caps or seen_name) and taken[-1][0].casefold() in ROLE_NOUNS:
        named = _name_in_apposition(masked, words, len(taken), hi)
        if named is not None:
            return named  # "said the coach, Didier Laporte": the person named
    if not (all_caps or seen_name) and taken[0][0].casefold() == "one":
        # "said one of them, Michael Torres": read on to the comma, then the name
        k = len(taken)
        while k < len(words) and k - len(taken) < 4 and words[k][0].islower():
            if masked[words[k - 1][1].end : words[k][1].start].strip():
                break
            k += 1
        named = _name_in_apposition(masked, words, k, hi)
        if named is not None:
            return named
    return Span(taken[0][1].start, taken[-1][1].end)


#: Words of an office's title (``Minister``, ``Deputy``, ``Secretary``): ``of`` after
#: them goes on with the office's name.
_OFFICE_WORDS = ROLE_NOUNS | HONORIFICS | TITLE_WORDS


def _name_in_apposition(masked: str, words: list[tuple[str, Span]], k: int, hi: int) -> Span | None:
    """The person's name set off by commas right after a description that ends at
    ``words[k - 1]`` (``the coach, Didier Laporte,``): two to four capitalised words
    that end the clause; ``None`` otherwise.

    Example:
        >>> t = "the coach, Didier Laporte, after the match"
        >>> w = _words(t, 0, len(t))
        >>> span = _name_in_apposition(t, w, 2, len(t))
        >>> t[span.start : span.end]
        'Didier Laporte'
    """
    if k >= len(words) or masked[words[k - 1][1].end : words[k][1].start].strip() != ",":
        return None
    j = k
    while (
        j < len(words)
        and j - k < 4
        and is_name_word(words[j][0])
        and (j == k or not masked[words[j - 1][1].end : words[j][1].start].strip())
    ):
        j += 1
    if j - k < 2 or not _person_like([w for w, _ in words[k:j]]):
        return None  # not "said the official, New York"
    after = masked[words[j - 1][1].end : words[j][1].start if j < len(words) else hi]
    if after.strip()[:1] not in ("", ",", ".", ";", "—", "–", "-", "("):
        return None
    return Span(words[k][1].start, words[j - 1][1].end)


def _plural_role(word: str) -> bool:
    """A lower-case plural role noun (``officials``, ``diplomats``): a phrase's head."""
    return (
        word.islower() and word.endswith("s") and word in _ROLE_HEADS and word[:-1] in _ROLE_HEADS
    )


def _modal_as_name(words: _Words, i: int, all_caps: bool) -> bool:
    """``said May, adding ...``: a capitalised modal after an inverted cue is a name (a
    modal never follows ``said``), unless a day number makes it the month (``May 13``)."""
    word = words[i][0]
    return (
        not all_caps
        and word.casefold() in _MODALS_AS_NAMES
        and word[:1].isupper()
        and not word.isupper()
        and not (i + 1 < len(words) and words[i + 1][0][:1].isdigit())
    )


def _is_russian_role(word: str) -> bool:
    """A lower-case Russian role noun (``источник``, ``представитель``)."""
    return word.islower() and _is_lower_cyrillic(word) and word.casefold() in ROLE_NOUNS


def _description_to_mark(masked: str, words: _Words) -> Span:
    """``источник в правительстве``, ``представитель МИД России``, ``sources close to
    the matter``: a role with no article and the words after it, to the first mark (at
    most six words: no article says where such a description ends)."""
    end = 0
    while end + 1 < min(len(words), 8) and not masked[
        words[end][1].end : words[end + 1][1].start
    ].strip(" \t\r\n"):
        key = words[end + 1][0].casefold()
        if (
            key in _ENDS_A_DESCRIPTION
            or key in TIME_WORDS
            or (key.endswith(("ed", "ing")) and len(key) > 4 and words[end + 1][0].islower())
            # "глава МИД РФ Сергей Лавров на пресс-конференции", "воробьев журналистам"
            or key in RUSSIAN_ADDRESSEES
            or (key in RUSSIAN_SETTING_PREPOSITIONS and _is_capitalised(words[end][0]))
        ):
            break  # "witnesses who spoke ...", "analysts polled by Reuters"
        end += 1
    while end and words[end][0].casefold() in _TITLE_FUNCTION_WORDS:
        end -= 1  # not "... Department of"
    return Span(words[0][1].start, words[end][1].end)


#: Words that end an unnamed source's description: a clause or a time begins.
_ENDS_A_DESCRIPTION = frozenset({"who", "which", "that", "last", "on", "by", "said", "told"})


def _role_then_name(masked: str, words: _Words, i: int) -> bool:
    """Whether ``words[i:]`` go on, unbroken, as up to three lower-case words ending in a
    role noun, then a name: the person's title after an employer (``analyst Bruce``)."""
    for j in range(i, min(i + 3, len(words) - 1)):
        word, span = words[j]
        key = word.casefold()
        if (
            _is_capitalised(word)
            or key in CLAUSE_WORDS
            or masked[span.end : words[j + 1][1].start].strip(" \t")
        ):
            return False
        if key in ROLE_NOUNS:
            return _is_capitalised(words[j + 1][0])
    return False


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _role_follows(words: list[tuple[str, Span]], i: int) -> bool:
    """Whether a role noun stands among the three words after ``words[i]``."""
    return any(w.casefold() in ROLE_NOUNS for w, _ in words[i + 1 : i + 4])


def _is_description(words: list[tuple[str, Span]]) -> bool:
    return bool(words) and words[0][0].casefold() in DETERMINERS


def _trim_time_words(words: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Drop adverbs and time phrases between a subject and its cue ("Bush on Tuesday")."""
    while words:
        key = words[-1][0].casefold().rstrip(".,")
        after_determiner = len(words) > 1 and words[-2][0].casefold() in DETERMINERS
        adverb = (
            key.endswith("ly")
            and len(key) > 4
            and not after_determiner  # not "the daily"
            # not "Reilly", "Madbouly" (but "REPEATEDLY" in ALL-CAPS copy)
            and not (words[-1][0][:1].isupper() and not words[-1][0].isupper())
        )
        if key in ADVERBS or key in TIME_WORDS or adverb:
            words = words[:-1]
            if words and words[-1][0].casefold() in ("on", "last", "this", "late", "early"):
                words = words[:-1]
            continue
        if key in _AUXILIARIES and words[-1][0].islower() and len(words) > 1:
            words = words[:-1]  # "which union leader Lars Nyberg had called"
            continue
        break
    return words


#: Auxiliaries between a subject and its cue ("had called", "has said", "would tell").
_AUXILIARIES = frozenset(
    {"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "did", "does"}
)


def _plausible_speaker(text: str, span: Span, all_caps: bool) -> bool:
    words = text[span.start : span.end].split()
    if not words or len(words) > 12:
        return False
    key = words[0].casefold()
    if key in PERSON_PRONOUNS or key in DETERMINERS or all_caps:
        return True
    if any((a.casefold(), b.casefold()) in _KNOWLEDGE_LINKS for a, b in pairwise(words)):
        return True  # "people familiar with the matter"
    return any(_is_capitalised(w) for w in words) or len(words) <= 4


def _quoted_source(
    text: str, masked: str, cue_m: _CueMatch, end: int, all_caps: bool
) -> Span | None:
    """``Reuters quoted Lavrov as saying``, ``цитирует Росу агентство Рейтер``: the one
    quoted is the source, not the one quoting."""
    verb = cue_m.group().casefold()
    russian = verb in RUSSIAN_QUOTING_CUES
    if not russian and verb not in ("quoted", "quotes", "quoting"):
        return None
    np = _noun_phrase_after(
        text, masked, _skip_space(masked, cue_m.end(), end), end, all_caps, source_first=True
    )
    if np is None:
        return None
    if not russian:
        return np if _AS_SAYING.match(masked, np.end, end) is not None else None
    quoted = _words(masked, np.start, np.end)
    if len(quoted) > 2 and quoted[0][0].casefold() in RUSSIAN_MEDIA_NOUNS:
        # "цитирует агентство Рейтер Игоря Сечина": the medium and its name, then the one
        # quoted (a medium's name is one word as a rule: Рейтер, Bloomberg, ТАСС).
        return Span(quoted[2][1].start, quoted[-1][1].end)
    for k, (word, _) in enumerate(quoted):
        if k and (word.casefold() in RUSSIAN_MEDIA_NOUNS or word.casefold() in _AGENCY_WORDS):
            # "росу агентство рейтер", "Лаврова РИА Новости": the one quoted, then the medium
            return Span(quoted[0][1].start, quoted[k - 1][1].end)
    return np


#: The first words of the agencies' names written in Cyrillic (``ТАСС``, ``РИА Новости``).
_AGENCY_WORDS = frozenset(
    name.split()[0].casefold()
    for agency in AGENCIES
    for name in (agency.name, *agency.aliases)
    if "\u0400" <= name[:1] <= "\u04ff"
)


def _speaker_for_cue(
    text: str, masked: str, cue_m: _CueMatch, lo: int, end: int, all_caps: bool
) -> Span | None:
    """Find who a cue belongs to: its subject, or the name after an inverted cue."""
    quoted = _quoted_source(text, masked, cue_m, end, all_caps)
    if quoted is not None:
        return quoted
    coordinated = _COORDINATED_CUE.search(masked, max(lo, cue_m.start() - 24), cue_m.start())
    if coordinated is not None and not _is_participle(cue_m):
        # "Lavrov met Kerry in Sochi and said ...": the clause's subject, as for
        # "saying"; the last clause's after a comma and a conjunction ("Kerry thanked
        # Lavrov, and Lavrov smiled and said").
        opening = _last_clause_opening(masked, lo, coordinated.start())
        np = None
        if opening is not None:
            np = _sentence_subject(text, masked, opening, cue_m.start(), all_caps)
            if np is not None and not _names_or_points_to_someone(masked[np.start : np.end]):
                np = None  # ", and issued a statement and said": no subject of its own
        np = np or _sentence_subject(text, masked, lo, cue_m.start(), all_caps)
    elif _is_participle(cue_m):
        np = _sentence_subject(text, masked, lo, cue_m.start(), all_caps)
    else:
        np = _names_together(masked, lo, cue_m.start(), all_caps) or _noun_phrase_before(
            text, masked, lo, cue_m.start(), all_caps
        )
    if np and _plausible_speaker(text, np, all_caps):
        return np
    subject = _subject_of_relative_clause(text, masked, lo, cue_m.start(), all_caps)
    if subject is not None:
        return subject
    if _addressee_follows(cue_m):
        return None
    after = _noun_phrase_after(text, masked, _skip_space(masked, cue_m.end(), end), end, all_caps)
    if after and _plausible_speaker(text, after, all_caps):
        between = masked[cue_m.end() : end]
        tail = masked[after.end : end].strip(" \t\r\n")
        if tail in ("", ":", ",", "that", "THAT") or ":" in between:
            return after
    return None


#: A comma and a conjunction: a new clause with its own subject.
_CLAUSE_CONJUNCTION = regex.compile(r",[ \t]{1,3}(?i:and|but|while)[ \t]{1,3}")


def _names_or_points_to_someone(phrase: str) -> bool:
    """A clause's subject for certain: a pronoun or a phrase ending in a name
    (``Lavrov``, ``the minister Sergei Lavrov``), not a verb read as a noun."""
    words = phrase.split()
    return bool(words) and (words[0].casefold() in PERSON_PRONOUNS or _is_capitalised(words[-1]))


def _last_clause_opening(masked: str, lo: int, hi: int) -> int | None:
    """Where the last clause opened by a comma and a conjunction in ``masked[lo:hi]``
    starts, or ``None``."""
    found = None
    for m in _CLAUSE_CONJUNCTION.finditer(masked, lo, hi):
        found = m.end()
    return found


_AS_SAYING = regex.compile(r"[ \t]{1,3}(?i:as)[ \t]{1,3}(?i:saying|telling|stating|writing)\b")
#: A cue that shares its subject with the verb before it: "met Kerry and said".
_COORDINATED_CUE = regex.compile(
    r"(?<![\p{L}])(?i:and|but)[ \t]{1,3}(?:(?i:also|later|then)[ \t]{1,3})?$",
    regex.REVERSE,
)
_RELATIVE_PRONOUN = regex.compile(r"[ \t,]{1,3}(?:who|WHO)[ \t]")


def _subject_of_relative_clause(
    text: str, masked: str, lo: int, cue_start: int, all_caps: bool
) -> Span | None:
    """``The official at presidential office who spoke on condition of anonymity
    said``: the phrase before ``who``, when it opens the sentence."""
    m = _RELATIVE_PRONOUN.search(masked, lo, cue_start)
    if m is None or _SENTENCE_BREAK.search(masked, m.end(), cue_start):
        return None
    np = _noun_phrase_before(text, masked, lo, m.start(), all_caps)
    if np is None or masked[lo : np.start].strip(' \t\r\n"“«\x1a,'):
        return None
    return np if _plausible_speaker(text, np, all_caps) else None


_CLAUSE_OPENING = regex.compile(
    r"(?:^|[.!?;:\"”»\n][ \t\"“«]{0,3}|,[ \t]{1,3}|[ \t][-–—][ \t]{1,3}"  # "(Reuters) - "
    r"|\b(?:and|but|while)[ \t]{1,3})"
    # The words before the name: an abbreviation may end with a full stop (U.S., Dr.),
    # another word may not ("he said. Health Minister Mary Jones").
    r"(?:(?:(?:\p{L}\.){1,4}|\p{Lu}\p{Ll}{1,3}\.|[\p{L}\-]{1,20})[ \t]{1,2}){0,5}"
    r"\Z"  # \Z: "$" would also match before a last "\n"
)


_PARTIAL_WORD = regex.compile(r"[\p{L}.]*\Z")


def _opens_clause(text: str, position: int) -> bool:
    """Whether the name at ``position`` is a clause's subject (not ``with President Menem``)."""
    window = text[max(0, position - 80) : position]
    partial = _PARTIAL_WORD.search(window)  # "U." of "U.S. Adviser Condoleezza Rice"
    window = window[: partial.start()] if partial is not None else window
    m = _CLAUSE_OPENING.search(window)
    if m is None:
        return False
    lead = window[m.end() - len(window) :] if m.end() < len(window) else ""
    words = window[m.start() :].split()
    return not any(w.casefold().strip(".,;:") in CLAUSE_WORDS for w in words) and lead == ""


_ROLE_HEADS = ROLE_NOUNS | {noun + "s" for noun in ROLE_NOUNS}


_NAME = r"\p{Lu}[\p{L}.'’\-]+(?:[ \t]\p{Lu}[\p{L}.'’\-]+){0,3}"
#: "James Stewart, Jim Sarantinos and Ryan Eagle of Ferrier Hodgson said": named people
#: who speak together, the subject of a cue.
_COORDINATED_NAMES = regex.compile(
    rf"(?<![\p{{L}}])({_NAME}(?:,[ \t]{_NAME}){{0,4}},?[ \t]and[ \t]{_NAME})"
    rf"(?:[ \t](?:of|from|at)[ \t](?:the[ \t])?{_NAME})?,?[ \t](?:also[ \t])?"
)


def _names_together(masked: str, lo: int, cue_start: int, all_caps: bool) -> Span | None:
    """``Sato and Tai said``: names joined by ``and`` that open their clause and stand
    right before the cue speak together."""
    if all_caps:
        return None
    found = None
    for m in _COORDINATED_NAMES.finditer(masked, max(lo, cue_start - 200), cue_start):
        found = m
    if found is None or found.end() != cue_start or not _opens_clause(masked, found.start()):
        return None
    if masked[max(lo, found.start() - 5) : found.start()].rstrip().endswith((" of", " for")):
        return None  # "Minister of Trade and Industry Gan Kim Yong": an office's name
    return Span(found.start(1) + _leading_roles(found.group(1)), found.end(1))


def _leading_roles(names: str) -> int:
    """How many characters of roles lead names joined by ``and`` (``Nurses Tui
    Harrington and Megan Fraser``: ``Nurses``).

    Example:
        >>> _leading_roles("Nurses Tui Harrington and Megan Fraser")
        7
    """
    cut = 0
    for word in names.split(" ")[:-1]:
        key = word.casefold()
        if key not in _ROLE_HEADS and key not in HONORIFICS:
            break
        cut += len(word) + 1
    return 0 if names[cut:].startswith(("and ", ",")) else cut  # not "Nurses and Doctors"


_TITLE_FUNCTION_WORDS = frozenset(
    {"the", "of", "and", "a", "an", "in", "on", "for", "to", "at", "de", "la", "with", "or"}
)


def _is_title_case(words: list[str]) -> bool:
    """``Face the Nation``, ``Jurassic Park``: every content word capitalised."""
    content = [w for w in words if w.casefold().strip(".,!?") not in _TITLE_FUNCTION_WORDS]
    return len(content) >= 1 and all(w[:1].isupper() or not w[:1].isalpha() for w in content)
