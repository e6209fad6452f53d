"""Quoted spans -> attributed quotations (speaker and cue) or quoted terms.

For each quoted span the sentence around it (at most 600 characters each way) is
read with the insides of every quotation masked out, so a cue verb inside a
quotation never attributes it. The rules, tried in order:

1. **After the quote**, when the quotation closes its clause: ``"...," Kosachev
   told``, ``"...," said Kosachev``, ``"...", — заявил Песков``, ``"...," according
   to the ministry``, ``"...," Tian Yong, vice president of ..., told``.
2. **Before the quote, same sentence**: ``X said: "..."``, ``X said that "..."``,
   ``X told journalists, adding that "..."`` (a participle cue takes the subject of
   the finite cue before it), ``According to X, "..."``.
3. **Later in the sentence**: ``"sex Disneyland" here, the bordello announced``;
   ``..., said General Valery Manilov`` (inverted after a comma).
4. **A run of quotations** shares the cue after its last one: ``"No to
   occupation," "No to Israel," chanted the demonstrators``.
5. **The previous paragraph's colon lead-in**: ``Ushakov said:`` then a quotation.
6. **Continuation**: a paragraph that is only a quotation continues the previous
   speaker (no cue of its own).

Cues come from :mod:`wirecopy._cues`, the phrases around them from
:mod:`wirecopy._phrases`. Speakers are read through the article's mention chain
(:mod:`wirecopy._mentions`, by :mod:`wirecopy._speakers`):
surnames become full names; ``he``/``she`` the last speaker unless another person
became a clause's subject since, else the person named last; ``it`` the last named
source; descriptions (``the minister``, ``the Republican governor``) the person
introduced with that role, else the source first described with the same noun, else
the speaker just quoted; ``the URNG`` the name its acronym was defined for; ``the
company`` the organisation named last. Names, pronouns and descriptions are kept
as written in ``Speaker.text`` with ``Speaker.resolved_by`` saying how.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

import attrs
import regex

from wirecopy._cues import (
    _IN_OWN_WORDS,
    _SOURCE_FIRST,
    _addressee_follows,
    _cue_at,
    _cue_first_word,
    _cue_matches,
    _CueMatch,
    _is_participle,
    _scan_cues,
)
from wirecopy._data.cues import (
    RUSSIAN_ADDRESSEES,
    RUSSIAN_BODIES_AFTER_V,
    RUSSIAN_DOCUMENT_NOUNS,
    RUSSIAN_NAME_NOUN_STEMS,
    RUSSIAN_PREPOSITIONS_BEFORE_NAMES,
    RUSSIAN_SETTING_MEDIA,
    RUSSIAN_SETTING_POSSESSIVES,
    RUSSIAN_SETTING_PREPOSITIONS,
)
from wirecopy._data.function_words import (
    DETERMINERS,
    RUSSIAN_FUNCTION_WORDS,
)
from wirecopy._data.titles import (
    DOCUMENT_NOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
)
from wirecopy._mentions import (
    _RUSSIAN_CUE_VERBS,
    MentionChain,
    _is_cyrillic,
    _is_lower_cyrillic,
    build_chain,
)
from wirecopy._model import Cue, Quote, QuotedTerm, Span, Speaker
from wirecopy._phrases import (
    _AUXILIARIES,
    _ROLE_HEADS,
    _SENTENCE_BREAK,
    _SENTENCE_REACH,
    _abbreviation_stop,
    _clause_boundary_chunks,
    _description_to_mark,
    _is_acronym,
    _is_capitalised,
    _is_title_case,
    _noun_phrase_after,
    _noun_phrase_before,
    _plausible_speaker,
    _quoted_source,
    _sentence_bounds,
    _sentence_subject,
    _skip_space,
    _speaker_for_cue,
    _valid_suffix,
    _words,
)
from wirecopy._quotes import QuotedSpan
from wirecopy._speakers import (
    _ORGANISATION_NOUNS,
    _PERSON_ROLES,
    _Attribution,
    _head_noun,
    _is_definite,
    _looks_female,
    _resolve,
    _resolve_description,
    _Resolved,
    _speaker,
)
from wirecopy._text import has_no_case_cues, is_all_caps, is_blank

__all__ = ["attribute"]
_TERM_MARKERS = regex.compile(
    r"(?:so-called|so[ \t]called|self-styled|self-proclaimed|self-declared|dubbed|titled|"
    r"entitled|named|nicknamed|code-named|"
    r"(?:так[ \t])?называем(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ыми)|"  # "так называемая"
    r"codenamed|known[ \t]as|the[ \t]term|the[ \t]word|the[ \t]words|the[ \t]phrase|"
    r"the[ \t]name|under[ \t]the[ \t]name|labelled|brand|slogan|motto|hashtag|"
    r"headlined|headline|banner|theme|series|sitcom|novel|album|newspaper|magazine|"
    r"the[ \t]film|the[ \t]book|the[ \t]song|the[ \t]show|"
    r"the[ \t]movie|the[ \t]program|the[ \t]programme|operation|campaign)[ \t,]{0,3}$",
    regex.IGNORECASE | regex.REVERSE,  # anchored at the end: read from there, fail fast
)


#: Words of the author inside a quotation, between dashes, as Russian copy writes them:
#: «Мы готовы, - сказал Лавров. - Но ультиматумов не примем». Group 1 is the author's
#: words (a cue first, checked by the caller).
_INNER_ATTRIBUTION = regex.compile(
    r"(?<=[,!?…])[ \t]{1,3}[-–—][ \t]{1,3}"
    r"(\p{Ll}[^«»\"“”„\n]{1,120}?)"
    r"[.,:][ \t]{1,3}[-–—][ \t]{1,3}"
)


def _split_interrupted(
    text: str, quoted: Sequence[QuotedSpan]
) -> tuple[list[QuotedSpan], frozenset[int]]:
    """Split each quotation the author's words interrupt inside its marks into two.

    ``«Мы готовы, - сказал Лавров. - Но ультиматумов не примем»`` is two quotations,
    ``Мы готовы,`` and ``Но ультиматумов не примем``, as ``"X," he said, "Y."`` is; the
    words between them are the attribution of both. Returns the quotations and where
    each second part starts.
    """
    out: list[QuotedSpan] = []
    seconds: set[int] = set()
    for q in quoted:
        m = _INNER_ATTRIBUTION.search(text, q.span.start, q.span.end)
        if (
            m is None
            or q.paragraph != q.last_paragraph
            or not _cue_first_word().match(text, m.start(1))
            or is_blank(text, q.span.start, m.start() - 1)
            or is_blank(text, m.end(), q.span.end)
        ):
            out.append(q)
            continue
        out.append(attrs.evolve(q, span=Span(q.span.start, m.start()), close_mark=None))
        out.append(
            attrs.evolve(q, span=Span(m.end(), q.span.end), open_mark=Span(m.end(), m.end()))
        )
        seconds.add(m.end())
    return out, frozenset(seconds)


def _mask(text: str, quoted: Sequence[QuotedSpan]) -> str:
    """Return ``text`` with each quotation's inside replaced by ``\\x1a`` (same length)."""
    parts: list[str] = []
    pos = 0
    for q in quoted:
        start, end = q.span.start, q.span.end
        if start < pos:
            continue
        parts.append(text[pos:start])
        # Keep a closing stop so the sentence still ends: '"... too early." Tepner said'.
        keep = 1 if end > start and text[end - 1] in ".!?" else 0
        parts.append("\x1a" * (end - start - keep) + text[end - keep : end])
        pos = end
    parts.append(text[pos:])
    masked = "".join(parts)
    # Editorial tags ([TEXT]) and bracketed glosses are nobody's words.
    return _BRACKETED.sub(lambda m: "\x1a" * len(m.group()), masked)


_BRACKETED = regex.compile(r"\[[^\[\]\n]{1,40}\]")


_SOURCE_AND_CUE = regex.compile(r"(?:[\p{L}.'’\-]+[ \t]{1,2}){1,4}?")


def _source_and_cue_sentence(masked: str, pos: int) -> int | None:
    """``"... AS PRESIDENT." HE SAID.``: when the sentence after a quotation's full
    stop is nothing but a short source and its cue, return where it ends."""
    end = min(len(masked), pos + 80)  # past the quotation's own sentence
    m = _SOURCE_AND_CUE.match(masked, pos, end)
    if m is None:
        return None
    cue = next(iter(_cue_matches(masked, m.end(), end)), None)
    if cue is None or cue.start() != m.end():
        return None
    stop = cue.end()
    while stop < end and masked[stop] in " \t":
        stop += 1
    return stop + 1 if stop == end or masked[stop] in ".\n\r" else None


def _cue_after_relative_clause(
    text: str, masked: str, cues: list[_CueMatch], inner: _CueMatch, hi: int
) -> Cue | None:
    """The cue right after the comma that closes a relative clause holding ``inner``."""
    comma = masked.find(",", inner.end(), hi)
    if comma < 0:
        return None
    for m in cues:
        if m.start() > comma:
            if masked[comma + 1 : m.start()].strip():
                return None
            return Cue(text=text[m.start() : m.end()], span=_span(m))
    return None


#: ``в``/``во`` before the body an impersonal Russian cue names (``сообщили в МИД``).
_RUSSIAN_IN = regex.compile(r"[ \t]*(?:в|во|В|ВО)[ \t]{1,3}(?=\p{L})")


def _impersonal_subject(masked: str, cue_m: _CueMatch, at: int, hi: int) -> tuple[int, bool] | None:
    """After a Russian cue in the plural followed by ``в``: where its source starts,
    and whether that is the body after ``в`` (``сообщили ТАСС в пресс-службе
    ведомства``) or the words after a place or a setting (``заявили в Москве
    представители компании``, ``сказали в интервью ТАСС ...``); else ``None``."""
    word = cue_m.group().split()[0].casefold()
    if not (word.endswith("ли") and _is_lower_cyrillic(word)):
        return None
    listener = _NEXT_WORD_AT.match(masked, at, hi)
    if listener is not None and listener.group(1).casefold() in RUSSIAN_ADDRESSEES:
        at = listener.end()
    inside = _RUSSIAN_IN.match(masked, at, hi)
    if inside is None:
        return None
    after = _NEXT_WORD_AT.match(masked, inside.end(), hi)
    if after is None:
        return None
    if after.group(1).casefold() in RUSSIAN_BODIES_AFTER_V:
        return _skip_space(masked, inside.end(), hi), True
    return _skip_space(masked, after.end(), hi), False


_NEXT_WORD_AT = regex.compile(r"[ \t]*([\p{L}\-]{1,30})")
_RUSSIAN_DOCUMENTS = frozenset(RUSSIAN_DOCUMENT_NOUNS)
#: A quotation the mask blanked, and the space before it (``телеканала «Россия 24»``).
_MASKED_TITLE_AT = regex.compile(r"[ \t]*[«\"“]?\x1a+[»\"”]?")


def _after_russian_setting(masked: str, at: int, hi: int) -> int | None:
    """Where the source of an inverted Russian cue starts after its setting: up to
    three prepositional phrases of one noun each (``сказал на брифинге X``,
    ``написал в своем Telegram-канале X``, ``сказал в интервью телеканалу RT X``,
    ``сообщил ТАСС в понедельник X``); ``None`` when no setting follows the cue.

    Example:
        >>> t = "сказал в беседе с ТАСС Валерий Карпенко."
        >>> t[_after_russian_setting(t, 6, len(t)):]
        'Валерий Карпенко.'
    """
    pos = at
    found = False
    for _ in range(4):
        word = _NEXT_WORD_AT.match(masked, pos, hi)
        if word is None:
            break
        key = word.group(1).casefold()
        if key in RUSSIAN_ADDRESSEES:
            pos = word.end()  # "сообщил ТАСС в понедельник": the listener
            continue
        if key not in RUSSIAN_SETTING_PREPOSITIONS:
            break
        noun = _NEXT_WORD_AT.match(masked, word.end(), hi)
        if noun is not None and noun.group(1).casefold() in RUSSIAN_SETTING_POSSESSIVES:
            noun = _NEXT_WORD_AT.match(masked, noun.end(), hi)
        if noun is None or noun.group(1).casefold() in _RUSSIAN_DOCUMENTS:
            return None  # "говорится в заявлении министерства": the document's, not a setting
        pos = noun.end()
        found = True
        medium = _NEXT_WORD_AT.match(masked, pos, hi)
        if medium is not None and medium.group(1).casefold() in RUSSIAN_SETTING_MEDIA:
            pos = medium.end()
            title = _MASKED_TITLE_AT.match(masked, pos, hi) or _NEXT_WORD_AT.match(masked, pos, hi)
            if title is not None and not title.group().strip()[:1].islower():
                pos = title.end()  # the medium's name
    return _skip_space(masked, pos, hi) if found else None


def _after_quote(
    text: str, masked: str, q: QuotedSpan, hi: int, all_caps: bool
) -> _Attribution | None:
    """Rule 1: a cue right after the closing mark.

    Only for a quotation that closes its clause (``"...," X said``, ``"...", X
    said``, ``"..." said X``); a partial quotation in mid-sentence (``a "fair and
    equal" footing``) is attributed by what precedes it.
    """
    start = _close_end(q)
    pos = start
    while pos < hi and masked[pos] in " \t\r\n,—–-:":
        pos += 1
    inner = text[q.span.start : q.span.end].rstrip()
    if inner.endswith(".") and not inner.endswith("..") and not _cue_at(masked, pos, hi):
        # '"... too early." Harvey Tepner told': a new sentence, a new speaker; unless
        # that sentence is only a source and its cue ('"..." HE SAID.').
        short = _source_and_cue_sentence(masked, _skip_space(masked, start, len(masked)))
        if short is None:
            return None
        hi = max(hi, short)
        pos = _skip_space(masked, start, hi)
    elif inner[-1:] in "?!" and hi <= pos:
        # '"Who else has a plan?" Fagundes asked a rally.': a question's attribution
        # goes on after its mark, even with a capitalised name.
        at = _skip_space(masked, start, len(masked))
        named = _SOURCE_AND_CUE.match(masked, at, min(len(masked), at + 80))
        asking = next(iter(_cue_matches(masked, at, min(len(masked), at + 80))), None)
        if (
            named is not None
            and asking is not None
            and asking.start() <= named.end()
            and "\n" not in masked[start:at]  # the same paragraph
        ):
            pos = at
            reach = min(len(masked), asking.end() + 300)
            blank = masked.find("\n\n", asking.end(), reach)
            reach = blank if blank >= 0 else reach
            stop = _SENTENCE_BREAK.search(masked, asking.end(), reach)
            hi = stop.start() + 1 if stop is not None else reach
    closes_clause = inner[-1:] in ",.!?…:;" or masked[start:pos].strip() != ""
    if not closes_clause and not _cue_at(masked, pos, hi):
        return None
    cues = [m for m in _cue_matches(masked, pos, min(hi, pos + 240)) if m.start() - pos <= 200]
    source = _SOURCE_FIRST.match(masked, pos, hi)
    if source:
        np = _noun_phrase_after(
            text, masked, _skip_space(masked, source.end(), hi), hi, all_caps, source_first=True
        )
        if np:
            cue = Cue(text=text[source.start() : source.end()], span=_span(source))
            return _Attribution(text[np.start : np.end], np, cue)
    if not cues:
        return None
    cue_m = cues[0]
    cue = Cue(text=text[cue_m.start() : cue_m.end()], span=_span(cue_m))
    quoted = _quoted_source(text, masked, cue_m, hi, all_caps)
    if quoted is not None:
        return _Attribution(text[quoted.start : quoted.end], quoted, cue)
    if cue_m.start() == pos:  # inverted: "said Kosachev"
        subject_at = _skip_space(masked, cue_m.end(), hi)
        impersonal = _impersonal_subject(masked, cue_m, subject_at, hi)
        if impersonal is not None:
            subject_at, body = impersonal
            if body:  # "сообщили (ТАСС) в пресс-службе ведомства": the body spoke
                words = _words(masked, subject_at, hi, limit=6)
                if words:
                    np = _description_to_mark(masked, words)
                    return _Attribution(text[np.start : np.end], np, cue)
        elif _is_lower_cyrillic(cue_m.group()):
            subject_at = _after_russian_setting(masked, subject_at, hi) or subject_at
        np = _noun_phrase_after(text, masked, subject_at, hi, all_caps)
        if np and _plausible_speaker(text, np, all_caps):
            return _Attribution(text[np.start : np.end], np, cue)
        return None
    between = masked[pos : cue_m.start()]
    joined = between.split()
    if joined[:1] in (["and"], ["but"], ["AND"], ["BUT"]) and len(joined) <= 3:
        return None  # 'claims that "...," and have claimed ...': the subject came before
    if joined[:1] in (["while"], ["whereas"], ["WHILE"], ["WHEREAS"]):
        return None  # 'X said "...", while Y said': Y's cue is another clause's
    stops = list(_SENTENCE_BREAK.finditer(masked, pos, cue_m.start()))
    if any(not _abbreviation_stop(masked, m, pos) for m in stops):
        return None
    if any(ch in between for ch in ';:!?"“”«»') or len(between.split()) > 30:
        return None
    words = _words(masked, pos, cue_m.start())
    chunks = _clause_boundary_chunks(masked, words)
    if len(chunks) == 1 and len(between.split()) > 16:
        return None
    if len(chunks) > 1:
        # '"...," Tian Yong, vice president of the school, told': the first chunk.
        subject = _valid_suffix(chunks[0], all_caps)
        if (
            subject
            and len(subject) == len(chunks[0])
            and (
                all_caps
                or _is_capitalised(subject[-1][0])
                or subject[0][0].casefold() in PERSON_PRONOUNS
                # '"...," the official, who asked not to be named, said': a relative clause.
                or (
                    subject[0][0].casefold() in DETERMINERS
                    and chunks[1][0][0].casefold() in ("who", "which")
                )
            )
        ):
            np = Span(subject[0][1].start, subject[-1][1].end)
            if chunks[1][0][0].casefold() in ("who", "which"):
                # The cue of "..., who asked not to be named, said" is the one after it.
                cue = _cue_after_relative_clause(text, masked, cues, cue_m, hi) or cue
            return _Attribution(text[np.start : np.end], np, cue)
    if between.rstrip(" \t\r\n").endswith(",") and not _addressee_follows(cue_m):
        # "...", to eliminate the militants, said General Valery Manilov: inverted.
        after = _noun_phrase_after(text, masked, _skip_space(masked, cue_m.end(), hi), hi, all_caps)
        if after and _plausible_speaker(text, after, all_caps):
            return _Attribution(text[after.start : after.end], after, cue)
    np = _noun_phrase_before(text, masked, pos, cue_m.start(), all_caps)
    if np and _plausible_speaker(text, np, all_caps):
        return _Attribution(text[np.start : np.end], np, cue)
    # "...", by assets, added Jacobo Gonzalez-Robatto, chief executive: inverted later on.
    if _addressee_follows(cue_m):
        return None
    after = _noun_phrase_after(text, masked, _skip_space(masked, cue_m.end(), hi), hi, all_caps)
    if after and _plausible_speaker(text, after, all_caps):
        first = masked[after.start : after.end].split()[0]
        if _is_capitalised(first) or first.casefold() in DETERMINERS:
            return _Attribution(text[after.start : after.end], after, cue)
    return None


#: How many of the cues before a quotation in its sentence are considered (the last ones).
_CUES_PER_SENTENCE = 4
_NEW_CLAUSE = regex.compile(r",[ \t]{1,3}(?:but|BUT|while|WHILE|whereas)[ \t]|;[ \t]")
_RELATIVE_BEFORE_CUE = regex.compile(
    r"[ \t]*,[ \t]{1,3}(?:who|which|WHO|WHICH)[ \t]{1,3}(?:(?:also|ALSO)[ \t]{1,3})?"
)


def _before_quote(
    text: str, masked: str, q: QuotedSpan, lo: int, all_caps: bool
) -> _Attribution | None:
    """Rule 2: a cue earlier in the same sentence."""
    end = q.open_mark.start
    source = None
    for found in _SOURCE_FIRST.finditer(masked, lo, end):
        source = found
    cues = _cue_matches(masked, lo, end)
    own = None
    for words in _IN_OWN_WORDS.finditer(masked, lo, end):
        own = words  # the last one before the quotation
    if own is not None and (not cues or own.start() > cues[-1].start()):
        pronoun = Span(own.start("owner"), own.end("owner"))
        cue = Cue(text=text[own.start() : own.end()], span=_span(own))
        return _Attribution(text[pronoun.start : pronoun.end], pronoun, cue)
    if source is not None and (not cues or source.start() > cues[-1].start()):
        np = _noun_phrase_after(
            text, masked, _skip_space(masked, source.end(), end), end, all_caps, source_first=True
        )
        if np:
            cue = Cue(text=text[source.start() : source.end()], span=_span(source))
            return _Attribution(text[np.start : np.end], np, cue)
    if not cues:
        return None
    reporting = _reporting_cue(masked, cues)
    if reporting is not None:
        # 'HE SAID THAT CHINA WELCOMES INVESTMENT AND WILL "..."': the verb that reports
        # the clause, not a verb inside it.
        cues = cues[: cues.index(reporting) + 1]
    last = cues[-1]
    cue = Cue(text=text[last.start() : last.end()], span=_span(last))
    # The speaker is the subject of the last finite cue at or before the last cue:
    # "Ushakov said, adding that ..." -> Ushakov (not an earlier clause's subject).
    candidates = cues[-_CUES_PER_SENTENCE:]  # a sentence has few cues; copy may not
    if _is_participle(last):
        finite = [m for m in cues[:-1] if not _is_participle(m)]
        candidates = finite[-1:] + candidates
    if len(candidates) > 1 and not _is_participle(last):
        # "..., accused of an attempt on his life, Russian presidential spokesman
        # stressed that "...": a subject right before the last cue is its own.
        np = _speaker_for_cue(text, masked, last, lo, end, all_caps)
        if np is not None and (
            (
                all(w in _AUXILIARIES for w in masked[np.end : last.start()].split())
                and any(w.casefold() in ROLE_NOUNS for w in masked[np.start : np.end].split())
            )
            # "Governments hailed the truce, including the United States, which said
            # it hoped ...": the cue of a relative clause is its antecedent's.
            or _RELATIVE_BEFORE_CUE.fullmatch(masked, np.end, last.start()) is not None
            # "Hunt dismissed the ruling, but co-litigant Alyn Smith hailed it as ...":
            # a new clause, with a subject of its own.
            or _NEW_CLAUSE.search(masked, cues[-2].end(), np.start) is not None
        ):
            return _Attribution(text[np.start : np.end], np, cue)
    for cue_m in candidates:
        np = _speaker_for_cue(text, masked, cue_m, lo, end, all_caps)
        if np is not None:
            return _Attribution(text[np.start : np.end], np, cue)
    return _Attribution("", Span(last.start(), last.start()), cue)


#: Verbs that report speech inside a reported clause too ("said that he told ..."):
#: a cue of their own, never one inside another's clause.
_REPORTING_VERBS = frozenset(
    {"said", "says", "told", "tells", "added", "adds", "stated", "declared", "wrote", "quoted"}
)


def _reporting_cue(masked: str, cues: list[_CueMatch]) -> _CueMatch | None:
    """The reporting verb (``said``, ``told``, ...) earlier in the sentence whose clause
    holds the last cue, when that cue is a verb with a sense of its own (``He said that
    China welcomes``, ``WEDGE said it believes that``); ``None`` when the last cue is a
    cue of its own: a reporting verb, a participle, a naming verb, or coordinated."""
    last = cues[-1]
    if (
        len(cues) < 2
        or last.group().split()[0].casefold() in _REPORTING_VERBS
        or _is_participle(last)  # "said, adding that": a cue of its own
        or last.group().casefold() in _NAMING_CUES  # 'said it was what he called "..."'
        or _AND_BEFORE.search(masked, max(0, last.start() - 12), last.start())
    ):
        return None  # 'SAID THAT ... WERE "UNFAIR" AND REAFFIRMED THAT': coordinated
    for m in reversed(cues[:-1]):
        if m.group().split()[0].casefold() in _REPORTING_VERBS:
            # "WEDGE said it believes that", "He said that China welcomes"
            between = masked[m.end() : last.start()]
            return None if _SENTENCE_BREAK.search(between) else m
    return None


_AND_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:and|but|or)[ \t]{1,3}(?:(?i:he|she|they|it|we)[ \t]{1,3})?$"
)


def _later_in_sentence(
    text: str, masked: str, q: QuotedSpan, hi: int, all_caps: bool
) -> _Attribution | None:
    """Rule 3: a cue later in the sentence, after other words."""
    start = _close_end(q)
    for cue_m in _cue_matches(masked, start, hi):
        cue = Cue(text=text[cue_m.start() : cue_m.end()], span=_span(cue_m))
        if masked[start : cue_m.start()].rstrip().endswith(",") and not _addressee_follows(cue_m):
            # '... "two to three months" to eliminate them, said General Valery Manilov'
            after = _noun_phrase_after(
                text, masked, _skip_space(masked, cue_m.end(), hi), hi, all_caps
            )
            if after and _plausible_speaker(text, after, all_caps):
                return _Attribution(text[after.start : after.end], after, cue)
        np = _noun_phrase_before(text, masked, start, cue_m.start(), all_caps)
        if np and _plausible_speaker(text, np, all_caps):
            return _Attribution(text[np.start : np.end], np, cue)
    return None


def _from_following_quotes(
    text: str,
    masked: str,
    quoted: Sequence[QuotedSpan],
    index: int,
    paragraphs: Sequence[Span],
    all_caps: bool,
    read: dict[int, _Attribution | None] | None = None,
) -> _Attribution | None:
    """Rule 3b: a run of quotations shares the cue after its last one.

    ``"No to occupation," "No to Israel," chanted the demonstrators``. ``read`` keeps
    what was found after each quotation of the run, so a long run reads each once.
    """
    read = {} if read is None else read
    for j in range(index, min(index + 6, len(quoted) - 1)):
        current, following = quoted[j], quoted[j + 1]
        current_end = _close_end(current)
        gap = masked[current_end : following.open_mark.start]
        if current.last_paragraph != following.paragraph or gap.strip(" \t,;—–-"):
            return None
        if j + 1 in read:
            found = read[j + 1]
        else:
            end_para = paragraphs[following.last_paragraph]
            _, hi = _sentence_bounds(masked, end_para, following.span.end, following.span.end)
            found = read[j + 1] = _after_quote(text, masked, following, hi, all_caps)
        if found is not None:
            return found
    return None


def _colon_lead_in(text: str, masked: str, para: Span, all_caps: bool) -> _Attribution | None:
    """Rule 4: the previous paragraph ends ``X said:``."""
    if not masked[para.start : para.end].rstrip().endswith(":"):
        return None
    lo = para.start
    for m in _SENTENCE_BREAK.finditer(masked, para.start, para.end - 1):
        lo = m.end()
    fake = QuotedSpan(
        span=Span(para.end, para.end),
        open_mark=Span(para.end, para.end),
        close_mark=None,
        paragraph=0,
        last_paragraph=0,
    )
    return _before_quote(text, masked, fake, lo, all_caps)


def _reported_speech_before(
    text: str, masked: str, para: Span, all_caps: bool, *, person: bool = False
) -> _Attribution | None:
    """Rule 5b: a paragraph that is only a quotation, after one that reports speech.

    ``CDC Director Jeffrey P. Koplan said a national strategy is needed.`` then
    ``"In general, restoring physical activity ... is critical."``: Koplan's words. The
    speaker is the subject of the previous paragraph's last cue; the quotation itself
    has no cue. With ``person``, a cue whose subject is ``it`` or ``this`` is passed
    over for the one before it (``Holtz said the study is important because it adds``).
    """
    cues = _cue_matches(masked, para.start, para.end)
    for cue in reversed(cues[-4:]):
        lo, _ = _sentence_bounds(masked, para, cue.start(), cue.start())
        np = _speaker_for_cue(text, masked, cue, lo, para.end, all_caps)
        if np is None:
            return None
        if person and masked[np.start : np.end].casefold() in _NON_PERSON_PRONOUNS:
            continue
        return _Attribution(text[np.start : np.end], np, None)
    return None


_NON_PERSON_PRONOUNS = frozenset({"it", "this", "that", "which"})


_BLANK = regex.compile(r"[ \t\r\n]*")


def _subject_before(
    text: str, masked: str, para: Span, q: QuotedSpan, all_caps: bool
) -> _Attribution | None:
    """Rule 5c: a quotation that ends its paragraph, after a sentence about a person.

    ``Daiana Castro, a 23-year-old hairstylist, was traumatized at first. "I had red
    hair ..."``: the paragraph's subject, when it is a name, speaks.
    """
    if q.open_mark.start - para.start > _SENTENCE_REACH:
        return None  # not a sentence or two about someone
    before = masked[para.start : q.open_mark.start].rstrip()
    if not before.endswith((".", "!", "?")) or "\x1a" in before:
        return None  # the quotation does not open a sentence, or follows another one
    np = _sentence_subject(text, masked, para.start, q.open_mark.start, all_caps)
    if np is None or np.start != para.start:
        return None
    words = masked[np.start : np.end].split()
    if len(words) < 2 or not all(_is_capitalised(w) for w in words):
        return None
    return _Attribution(text[np.start : np.end], np, None)


def _names_a_person(head: str) -> bool:
    """A role noun, or a noun made like one for people: worker, resident, scientist."""
    if head in _PERSON_ROLES:
        return True
    return (
        head.endswith(("er", "or", "ist", "ian", "ant", "ent"))
        and head not in DOCUMENT_NOUNS
        and head not in _ORGANISATION_NOUNS
    )


def _described_subject(
    text: str, masked: str, lo: int, q: QuotedSpan, pronoun: Speaker
) -> _Resolved | None:
    """``A government office worker was another beneficiary: "...," she remarked``:
    a pronoun after the quotation stands for the description that opens its sentence."""
    np = _sentence_subject(text, masked, lo, q.open_mark.start, False)
    if np is None or np.start != _skip_space(masked, lo, np.start):
        return None
    words = masked[np.start : np.end].split()
    head = _head_noun(" ".join(words))
    if words[0].casefold() not in ("a", "an") or not head or not _names_a_person(head):
        return None
    written = text[np.start : np.end]
    return _Resolved(_speaker(written, pronoun.text, pronoun.span, None, "pronoun"), True)


def _reporter_of_previous_paragraph(
    text: str,
    masked: str,
    para: Span,
    chain: MentionChain,
    pronoun: Speaker,
    earlier: Mapping[str, Speaker],
) -> _Resolved | None:
    """``he``/``she`` right after a paragraph that reports a named person's words.

    ``Prosecutor Cal Rerucha said his case against McKinney will not deal with
    Shepard's lifestyle.`` then ``"It will simply be about ...," he said``: Rerucha,
    not the person named last.
    """
    key = pronoun.text.casefold()
    if key not in ("he", "she"):
        return None
    reported = _reported_speech_before(text, masked, para, False, person=True)
    if reported is None:
        return None
    words = reported.speaker_text.split()
    if not words or words[0].casefold() in PERSON_PRONOUNS:
        return None  # "he" again: the pronoun's own resolution stands
    resolved = _resolve(text, reported, chain, None, False, earlier=earlier)
    if resolved is None or not resolved.person:
        return None
    found = resolved.speaker
    if key == "he" and _looks_female(found, chain):
        return None
    return _Resolved(_speaker(found.name, pronoun.text, pronoun.span, found.title, "pronoun"), True)


def _close_end(q: QuotedSpan) -> int:
    """Where a quotation ends, its closing mark included."""
    return q.close_mark.end if q.close_mark else q.span.end


def _span(m: _CueMatch | regex.Match[str]) -> Span:
    return Span(m.start(), m.end())


_DESCRIPTION_START = regex.compile(r"(?<![\p{L}])(?:[Aa]n?|\p{Lu}[\p{L}\-]*)[ \t]")


def _may_describe(masked: str, start: int, end: int) -> bool:
    """A cheap test before reading a cue's subject: ``a``/``an`` with a role noun in
    the words after it, or a capitalised word with a plural role noun."""
    for m in _DESCRIPTION_START.finditer(masked, start, end):
        keys = [w.casefold().strip(",.;:") for w in masked[m.start() : end].split(maxsplit=8)]
        if keys[0] in ("a", "an"):
            if any(k in _ROLE_HEADS for k in keys[1:8]):
                return True  # "a spokeswoman for the airline"
        elif any(k in _ROLE_HEADS and k not in ROLE_NOUNS for k in keys[:8]):
            return True  # "Analysts at Capital Economics", "ANZ analysts"
    return False


def _described_sources(
    text: str, masked: str, paragraphs: Sequence[Span], all_caps: bool
) -> list[tuple[int, str, Speaker]]:
    """Sources the body introduces by description as the subject of a cue, in order.

    ``Analysts at Capital Economics sounded a cautious note, suggesting ...`` or ``A
    spokeswoman for the airline said ...``: a later ``the analysts said`` refers back
    to them. Only descriptions (lower-case head nouns, led by ``a``/``an`` or a
    capitalised plural) are collected; named people are the mention chain's job.
    """
    if all_caps:
        return []
    found: list[tuple[int, str, Speaker]] = []
    for para in paragraphs:
        lo = para.start
        for cue_m in _cue_matches(masked, para.start, para.end):
            window = max(lo, cue_m.start() - 200)
            lo = cue_m.end()
            # A finite cue's subject stands right before it; a participle's opens the clause.
            near = window if _is_participle(cue_m) else max(window, cue_m.start() - 80)
            if not _may_describe(masked, near, cue_m.start()):
                continue
            np = _speaker_for_cue(text, masked, cue_m, window, para.end, all_caps)
            if np is None:
                continue
            written = text[np.start : np.end]
            words = written.split()
            head = _head_noun(written)
            if not head or head not in _ROLE_HEADS:
                continue
            if words[0].casefold() not in ("a", "an") and not (
                words[0][:1].isupper() and head.endswith("s") and head not in ROLE_NOUNS
            ):
                continue  # neither "a spokeswoman ..." nor "Analysts at ...", "ANZ analysts"
            speaker = Speaker(name=written, text=written, span=np, resolved_by="source")
            found.append((np.start, head, speaker))
            if len(found) >= 64:
                return found
    return found


#: How many cues before an ``it`` are read for the body it stands for, and how far back.
_CUES_BACK = 4
_BODY_REACH = 1500


def _body_before(
    text: str,
    masked: str,
    paragraphs: Sequence[Span],
    paragraph: int,
    it: Speaker,
    chain: MentionChain,
) -> tuple[int, Speaker] | None:
    """``Ukraine's military said on Sunday it had repelled attacks. "...," it said``: the
    body that is the subject of one of the last cues before ``it`` (in its paragraph or
    the one before), and where that subject stands. People are passed over: ``it`` is
    never a person."""
    first = max(0, paragraph - 1)
    lo = max(paragraphs[first].start, it.span.start - _BODY_REACH)  # bounded on any input
    cues = _cue_matches(masked, lo, it.span.start)
    for cue_m in reversed(cues[-_CUES_BACK:]):
        para = next(p for p in paragraphs[first : paragraph + 1] if p.end >= cue_m.end())
        window = max(para.start, cue_m.start() - 200)
        np = _speaker_for_cue(text, masked, cue_m, window, para.end, False)
        if np is None or np.end > it.span.start or "\x1a" in masked[np.end : cue_m.start()]:
            continue  # a quotation's cue ('"...," said X') is read with the quotation
        written = text[np.start : np.end]
        issuer = _document_issuer().match(written)
        if issuer is not None and issuer.group(1).casefold() in DOCUMENT_NOUNS:
            # "A statement from the ministry said it ...": the body that issued it.
            np = Span(np.start + issuer.start(2), np.end)
            written = issuer.group(2)
        words = [w[:-2] if w[-2:] in ("'s", "’s") else w for w in written.split()]
        if words[0].casefold() in PERSON_PRONOUNS:
            continue
        definite = words[0] in ("The", "the") and len(words) > 1
        words = words[1:] if definite else words
        if not _is_body(written, _head_noun(written)):
            continue  # "Analysts", "state television", "the report"
        if all(_is_capitalised(w) for w in words):
            # A name: a body's only when written so (the Pentagon, the WHO, the Foreign
            # Ministry); "Zelenskiy said" may be a person's surname.
            named = chain.fullest(words[-1:])
            if (named is not None and named.person) or not (
                definite or _is_acronym(words[-1]) or (named is not None and named.organisation)
            ):
                continue
        else:
            # "the ministry" after *South African Foreign Ministry*: the body named.
            keys = [w.casefold().strip(",.'’") for w in written.split()]
            found = _resolve_description(written, keys, np, chain, None).speaker
            written = found.name if found.resolved_by != "source" else written
        return np.start, Speaker(name=written, text=it.text, span=it.span, resolved_by="pronoun")
    return None


@functools.cache
def _document_issuer() -> regex.Pattern[str]:
    """A document and its issuer, the subject of a cue (``A statement from the
    ministry``); compiled on first use (few articles need it)."""
    return regex.compile(
        r"(?:(?:a|an|the|A|An|The)[ \t]{1,3})?(?:[\p{L}\-]{1,20}[ \t]{1,3})?([\p{L}]{1,20})"
        r"[ \t]{1,3}(?:of|from|by|issued[ \t]by)[ \t]{1,3}(.+)",
        regex.DOTALL,
    )


def _body_opening_sentence_before(
    text: str, masked: str, paragraphs: Sequence[Span], q: QuotedSpan, chain: MentionChain
) -> str | None:
    """The organisation that is the subject of the sentence before quotation ``q`` (in
    its paragraph, or the paragraph before when ``q`` opens its own), by its fullest
    name; ``None`` when that subject is not a body the article names."""
    para = paragraphs[q.paragraph]
    if q.open_mark.start == para.start:
        if q.paragraph == 0:
            return None
        para = paragraphs[q.paragraph - 1]
        end = para.end
    else:
        end = q.open_mark.start
    start = max(para.start, end - _BODY_REACH)
    for m in _SENTENCE_BREAK.finditer(masked, start, end):
        if m.end() < end:
            start = m.end()
    np = _sentence_subject(text, masked, start, end, False)
    if np is None:
        return None
    written = text[np.start : np.end]
    words = [w for w in written.split() if w not in ("The", "the")]
    if not words:
        return None
    if not all(_is_capitalised(w) for w in words):
        # "Thailand's opposition on Monday filed ..., whom it described as": a body
        # described; as written
        head = _head_noun(written)
        return written if head in _ORGANISATION_NOUNS and _is_body(written, head) else None
    found = chain.fullest(words)
    return found.name if found is not None and found.organisation else None


def _names_again(body: Speaker, source: Speaker) -> bool:
    """``the ministry`` after *the Russian Foreign Ministry*, ``Rodong`` after *Rodong
    Sinmun*: a body whose last word is in the source's name refers back to it."""
    last = body.name.split()[-1].casefold()
    last = last[:-2] if last[-2:] in ("'s", "’s") else last
    return last in source.name.casefold().split()


#: Media that report what a body said: not what a later ``it said`` refers to.
_REPORTING_MEDIA = frozenset(
    {"television", "tv", "radio", "media", "newspaper", "daily", "channel", "broadcaster"}
)


def _is_body(description: str, head: str | None) -> bool:
    """Whether a source written as a description is a body ``it said`` can refer to:
    its head is an organisation noun (``the ministry``, ``the central bank``), or it
    ends with a capitalised name (``The WHO``, ``Switzerland's Federal Council``); not
    ``a man``, ``state television`` or ``the statement``."""
    if head is None or head in DOCUMENT_NOUNS or head.rstrip("s") in DOCUMENT_NOUNS:
        return False
    if head in _REPORTING_MEDIA:
        return False  # "State television said": a medium reports; "it said" is the body
    if head in _ORGANISATION_NOUNS:
        return True
    if head in _PERSON_ROLES or (head.endswith("s") and head[:-1] in _PERSON_ROLES):
        return False  # "Analysts said": people
    return description.split()[-1][:1].isupper()


def _is_term(
    text: str,
    masked: str,
    q: QuotedSpan,
    lo: int,
    hi: int,
    has_cue: bool,
    all_caps: bool,
    cue_follows: bool = False,
    repeated: frozenset[tuple[str, ...]] = frozenset(),
    follows_speech: bool = False,
) -> bool:
    """Decide whether a quoted span is a name, title or scare quote rather than a quotation.

    Terms: anything after a naming word (``so-called``, ``titled``, ``the name``); short
    title-case spans (names and titles) unless a cue verb introduces them directly;
    short spans in a sentence with no cue at all. Everything else is a quotation.
    """
    inner = text[q.span.start : q.span.end].strip()
    words = inner.split()
    before = masked[max(lo, q.open_mark.start - 40) : q.open_mark.start]
    if _TERM_MARKERS.search(before.rstrip(" \t")):
        return True
    if not words:
        return True
    if _term_key(inner) in repeated:
        return True  # the same short words quoted again and again: a name
    # '"Yes," he said': a quotation's own punctuation, with its cue right after it.
    speech_final = (inner[-1:] in ",!?" and cue_follows) or (
        # '"...?" Fagundes asked. "Nobody."': a one-word reply (not "Face the Nation.")
        follows_speech and inner[-1:] in ".!?" and len(words) == 1
    )
    if (
        len(words) <= 6
        and not speech_final
        and _is_title_case(words)
        and not all_caps
        and not is_all_caps(inner)
    ):
        tail = len(before) - 16
        introduced = any(
            before[m.end() :].strip(" \t\r\n,:") in ("", "that", "THAT")
            # "what it called "Operation Iron Shield"": a naming verb names a name
            and m.group().casefold() not in _NAMING_CUES
            for m in _scan_cues(before, max(0, tail), len(before))
        ) or before.rstrip().endswith(":")  # not "said on CBS's "Face the Nation""
        if not introduced and (len(words) > 1 or words[0][1:2].islower()):
            return True
    if (
        len(words) <= 4
        and _is_cyrillic(inner)
        and inner[-1:] not in _SPEECH_PUNCTUATION
        and (
            # "операция «Северный ветер»", "в «Газпроме»": a name
            (not all_caps and inner[:1].isupper() and _russian_noun_before(before))
            # no case cues: 'компания "южный путь"', 'на курорте "красная поляна"'
            or (all_caps and _russian_name_noun_before(before))
            # '"самый северный" каток', '"южный путь" завершила': a word of the
            # sentence goes on right after the marks
            or (len(words) <= 3 and _russian_content_word_after(masked, q))
        )
    ):
        return True
    ends_like_speech = inner[-1:] in ",.!?…" or inner[-2:-1] in ",.!?"
    if not ends_like_speech and q.close_mark is not None:
        # «Договоренности уже достигнуты».: a whole sentence quoted, its full stop
        # outside the marks (Russian style).
        ends_like_speech = text[q.close_mark.end : q.close_mark.end + 1] in (
            ".",
            "!",
            "?",
            "…",
        ) and (not before.strip() or before.rstrip()[-1:] in ".!?")
    if len(words) >= 6 or (ends_like_speech and len(words) >= 3):
        return False
    if follows_speech and ends_like_speech and inner[:1].isupper():
        return False  # '"...," Schumer said. "It's wrong."': the speaker goes on
    return not has_cue


_LAST_WORD = regex.compile(r"([\p{L}\-]{1,30})[ \t\xa0]{1,3}$")


def _russian_noun_before(before: str) -> bool:
    """Whether ``before`` ends with the Russian noun or preposition a name in quotation
    marks follows (``операция``, ``компании``, ``в``), not a cue verb, a listener or a
    conjunction (``заявил``, ``журналистам``, ``что``)."""
    m = _LAST_WORD.search(before)
    if m is None or not _is_cyrillic(m.group(1)):
        return False
    key = m.group(1).casefold()
    if key in RUSSIAN_PREPOSITIONS_BEFORE_NAMES:
        return True
    return not (
        key in RUSSIAN_FUNCTION_WORDS or key in _RUSSIAN_CUE_VERBS or key in RUSSIAN_ADDRESSEES
    )


#: Cues that name rather than report: title-case words after them are a name.
_NAMING_CUES = frozenset(
    {"called", "calls", "calling", "termed", "dubbed", "branded", "labeled", "labelled"}
)


def _russian_name_noun_before(before: str) -> bool:
    """Whether ``before`` ends with a Russian noun that names come after (any case)."""
    m = _LAST_WORD.search(before)
    return m is not None and m.group(1).casefold().startswith(RUSSIAN_NAME_NOUN_STEMS)


def _russian_content_word_after(masked: str, q: QuotedSpan) -> bool:
    """Whether a Russian content word follows the closing mark with only a space between
    (not a conjunction, a cue verb or a listener)."""
    if q.close_mark is None:
        return False
    m = _WORD_RIGHT_AFTER.match(masked, q.close_mark.end, q.close_mark.end + 40)
    if m is None or not _is_cyrillic(m.group(1)):
        return False
    key = m.group(1).casefold()
    return not (
        key in RUSSIAN_FUNCTION_WORDS
        or key in _RUSSIAN_CUE_VERBS
        or key in RUSSIAN_ADDRESSEES
        or key in PERSON_PRONOUNS
    )


_WORD_RIGHT_AFTER = regex.compile(r"[ \t\xa0]{1,2}([\p{L}\-]{1,30})")


def _term_key(inner: str) -> tuple[str, ...] | None:
    """Up to three words with no closing punctuation, stemmed crudely (``death squads``
    -> ``dea squa``); ``None`` for anything else."""
    words = inner.casefold().split()
    if not words or len(words) > 3 or inner[-1:] in _SPEECH_PUNCTUATION:
        return None
    return tuple(w[: max(3, len(w) - 2)] for w in words)


_SPEECH_PUNCTUATION = frozenset(",.!?…:;")


def _repeated_terms(text: str, quoted: Sequence[QuotedSpan]) -> frozenset[tuple[str, ...]]:
    """Short quoted words the article quotes three times or more: names, not speech.

    (Twice is not enough: a story may repeat the word a source used, ``"misleading"``.)
    """
    counts: dict[tuple[str, ...], int] = {}
    for q in quoted:
        key = _term_key(text[q.span.start : q.span.end].strip())
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, count in counts.items() if count >= 3)


def attribute(
    text: str,
    folded: str,
    paragraphs: Sequence[Span],
    quoted: Sequence[QuotedSpan],
    *,
    chain_span: Span | None = None,
) -> tuple[tuple[Quote, ...], tuple[QuotedTerm, ...]]:
    """Attribute each quoted span, or set it aside as a quoted term.

    Example:
        >>> from wirecopy._quotes import scan_quoted_spans
        >>> t = 'Yuri Ushakov spoke. "It was useful," Ushakov said.'
        >>> paras = [Span(0, len(t))]
        >>> quotes, terms = attribute(t, t, paras, scan_quoted_spans(t, paras))
        >>> quotes[0].speaker.name, quotes[0].cue.text
        ('Yuri Ushakov', 'said')
    """
    if not quoted:
        return (), ()
    quoted, second_parts = _split_interrupted(text, quoted)
    area = chain_span or Span(0, len(text))
    # ALL-CAPS and all-lower-case copy alike give no case cues for names.
    all_caps = has_no_case_cues(folded[area.start : min(area.end, area.start + 4000)])
    masked = _mask(folded, quoted)
    # Names after the paragraph that follows the last quotation cannot be referred to.
    last = min(quoted[-1].last_paragraph + 1, len(paragraphs) - 1)
    chain_end = max(area.start, min(area.end, paragraphs[last].end))
    chain = build_chain(masked, area.start, chain_end, no_case=all_caps)
    quotes: list[Quote] = []
    terms: list[QuotedTerm] = []
    last_person: Speaker | None = None
    last_person_paragraph = -2
    last_source: Speaker | None = None
    last_source_person = False  # a named person: "it" should not refer to them
    described: dict[str, Speaker] = {}  # head noun -> the source first described with it
    # Only sources before the last quotation's opening mark are ever referred back to.
    sources = _described_sources(text, masked, paragraphs[: quoted[-1].paragraph + 1], all_caps)
    described_person: Speaker | None = None  # the latest "a senior official" said ...
    repeated = _repeated_terms(text, quoted)
    after_run: dict[int, _Attribution | None] = {}  # what follows each quotation of a run
    next_source = 0
    last_speaker: Speaker | None = None
    last_cue: Cue | None = None
    last_paragraph = -1
    for i, q in enumerate(quoted):
        while next_source < len(sources) and sources[next_source][0] < q.open_mark.start:
            _, source_head, source = sources[next_source]
            described[source_head] = source  # the latest: "ANZ analysts" after "Analysts at"
            if source_head in _PERSON_ROLES:
                described_person = source
            next_source += 1
        first_part = quotes[-1] if quotes and q.span.start in second_parts else None
        if (
            first_part is not None
            and first_part.span == quoted[i - 1].span
            and first_part.speaker is not None
        ):
            # The rest of a quotation the author's words interrupted: theirs, same cue.
            quotes.append(
                Quote(
                    text=text[q.span.start : q.span.end],
                    span=q.span,
                    speaker=first_part.speaker,
                    cue=first_part.cue,
                )
            )
            continue
        para = paragraphs[q.paragraph]
        end_para = paragraphs[q.last_paragraph]
        lo, _ = _sentence_bounds(masked, para, q.open_mark.start, q.open_mark.start)
        _, hi = _sentence_bounds(masked, end_para, q.span.end, q.span.end)
        if i and quoted[i - 1].last_paragraph == q.paragraph:
            previous = quoted[i - 1]
            prev_end = _close_end(previous)
            lo = (
                max(lo, min(prev_end, q.open_mark.start))
                if _SENTENCE_BREAK.search(masked, prev_end, q.open_mark.start)
                else lo
            )
        direct = _after_quote(text, masked, q, hi, all_caps)
        attribution = (
            direct
            or _before_quote(text, masked, q, lo, all_caps)
            or _later_in_sentence(text, masked, q, hi, all_caps)
        )
        in_run = False
        if attribution is None:
            attribution = _from_following_quotes(
                text, masked, quoted, i, paragraphs, all_caps, after_run
            )
            in_run = attribution is not None
        opens_paragraph = q.open_mark.start == para.start
        if attribution is None and opens_paragraph and q.paragraph > 0:
            attribution = _colon_lead_in(text, masked, paragraphs[q.paragraph - 1], all_caps)
        # Matched, not sliced: a slice to the paragraph's end per quotation is quadratic.
        blank = _BLANK.match(masked, _close_end(q), end_para.end)
        ends_paragraph = blank is not None and blank.end() == end_para.end
        if (
            attribution is None
            and opens_paragraph
            and q.paragraph > 0
            and last_paragraph < q.paragraph - 1
            and ends_paragraph
        ):
            attribution = _reported_speech_before(
                text, masked, paragraphs[q.paragraph - 1], all_caps
            )
        if attribution is None and not opens_paragraph and ends_paragraph and not all_caps:
            attribution = _subject_before(text, masked, para, q, all_caps)
        has_cue = attribution is not None and attribution.cue is not None
        cue_follows = in_run or (
            direct is not None
            and direct.cue is not None
            and direct.cue.span.start - _close_end(q) <= 40
        )
        follows_speech = (
            last_speaker is not None
            and last_paragraph == q.paragraph
            and quoted[i - 1].last_paragraph == q.paragraph
        )
        if _is_term(
            text, masked, q, lo, hi, has_cue, all_caps, cue_follows, repeated, follows_speech
        ):
            terms.append(QuotedTerm(text=text[q.span.start : q.span.end], span=q.span))
            continue
        speaker: Speaker | None = None
        cue = attribution.cue if attribution else None
        if attribution is not None:
            recent = last_person_paragraph >= q.paragraph - 1
            resolved = _resolve(
                text,
                attribution,
                chain,
                last_person,
                all_caps,
                recent,
                last_source,
                described,
                described_person,
            )
            if (
                resolved is not None
                and resolved.speaker.text.casefold() in ("he", "she")
                and q.paragraph > 0
                and last_paragraph < q.paragraph - 1
                and not all_caps
            ):
                reporter = _reporter_of_previous_paragraph(
                    text, masked, paragraphs[q.paragraph - 1], chain, resolved.speaker, described
                )
                if reporter is not None and not (
                    # "Linda Hollis said ..., while Mark Dorsey said ..." then "she said":
                    # a woman the pronoun found wins over a reporter not known to be one.
                    resolved.speaker.text.casefold() == "she"
                    and _looks_female(resolved.speaker, chain)
                    and not _looks_female(reporter.speaker, chain)
                ):
                    resolved = reporter
            if (
                resolved is not None
                and resolved.speaker.text.casefold() in ("he", "she")
                and not all_caps
                and resolved.speaker.span.start > q.open_mark.start
            ):
                resolved = _described_subject(text, masked, lo, q, resolved.speaker) or resolved
            if resolved is not None and resolved.speaker.text.casefold() == "it" and not all_caps:
                body = _body_before(text, masked, paragraphs, q.paragraph, resolved.speaker, chain)
                if body is not None and (
                    resolved.speaker.resolved_by != "pronoun"
                    or last_source is None
                    or (
                        (last_source_person or body[0] > last_source.span.start)
                        and not _names_again(body[1], last_source)
                    )
                ):
                    resolved = _Resolved(body[1], False)
                elif body is None and last_source is None:
                    # "The European Commission fined chipmaker Vantor ... . "...," it
                    # said": the body that opens the sentence before, not the last named.
                    subject = _body_opening_sentence_before(text, masked, paragraphs, q, chain)
                    if subject is not None:
                        resolved = _Resolved(
                            _speaker(subject, "it", resolved.speaker.span, None, "pronoun"), False
                        )
            if resolved is not None:
                speaker = resolved.speaker
                head = _head_noun(speaker.text)
                if head and speaker.resolved_by == "source" and not _is_definite(speaker.text):
                    described[head] = speaker
                if resolved.person:
                    last_person = speaker
                    last_person_paragraph = q.last_paragraph
                if speaker.resolved_by in ("name", "surname", "description") or (
                    speaker.resolved_by == "source"
                    and not resolved.person
                    and _is_body(speaker.text, head)
                ):
                    # What "it said" can refer to: the last named source, or a body
                    # written as a description ("The WHO said ...").
                    last_source = speaker
                    last_source_person = resolved.person
        elif last_speaker is not None and (
            q.paragraph == last_paragraph or q.paragraph == last_paragraph + 1
        ):
            speaker = attrs.evolve(last_speaker, resolved_by="continuation")
            if q.paragraph == last_paragraph:
                # '"...," Abu Talb said, describing his past. "In the beginning ..."': a
                # second quotation in the paragraph goes on under the first one's cue.
                cue = last_cue
        if speaker is not None:
            last_speaker = speaker
            last_paragraph = q.last_paragraph
            last_cue = cue
        quotes.append(
            Quote(text=text[q.span.start : q.span.end], span=q.span, speaker=speaker, cue=cue)
        )
    return tuple(quotes), tuple(terms)
