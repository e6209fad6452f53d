"""Quoted spans -> attributed quotations and quoted terms: the stages, in order.

1. The token layer (:mod:`wirecopy._tokens`), with each quotation one token, and the
   cues in it (:mod:`wirecopy._cues`).
2. Quoted terms (:mod:`wirecopy._terms`): names, titles and scare quotes are set aside.
3. Entities (:mod:`wirecopy._entities`): the article's names grouped by sieves.
4. Attribution, stage one (:mod:`wirecopy._sieves`): quotation -> mention and cue, by
   the sieves of the copy's case regime; a quotation no sieve attributes continues the
   previous speaker's (``continuation``) when it stands in the same paragraph or opens
   the next one.
5. Attribution, stage two: mention -> entity. A name becomes the entity's fullest name;
   a pronoun the person (``he``, ``she``) or body (``it``) it stands for; a
   description the person with that role (``the minister``), the body with that noun
   (``the ministry``) or the source first described so (``a spokesman`` ... ``the
   spokesman``), else the description as written. An unresolved pronoun gives no
   speaker.
6. The plausibility gate (:mod:`wirecopy._gate`): a phrase that cannot be a source
   gives no speaker.

Every quotation records the id of the sieve that attributed it (``Quote.rule``).
"""

from __future__ import annotations

from collections.abc import Sequence

from wirecopy._cues import CueWord, find_cues
from wirecopy._data.titles import RUSSIAN_UNNAMED_SOURCES, STATE_BODY_NOUNS
from wirecopy._entities import Entities, Entity
from wirecopy._gate import reject
from wirecopy._lexicon import (
    CUE,
    DETERMINER,
    DOCUMENT,
    GROUP,
    LEXICON,
    NOT_NAME,
    ORGANISATION_KIND,
    ORGANISATION_NOUN,
    ROLE,
)
from wirecopy._mentions import PERSON, UNKNOWN
from wirecopy._model import Cue, Quote, QuotedTerm, ResolvedBy, Span, Speaker
from wirecopy._phrases import DESCRIPTION, NAME, PRONOUN, Phrase, clause_subject
from wirecopy._quotes import QuotedSpan, split_interrupted
from wirecopy._sieves import MIXED_CASE, NO_CASE, Context, Found, attribute_one
from wirecopy._terms import find_terms
from wirecopy._text import has_no_case_cues
from wirecopy._tokens import CAPITALISED, Tokens

__all__ = ["attribute"]

#: How many paragraphs after a quotation a quotation with no attribution may stand
#: and still go on with its speaker (the next paragraph at most).
_CONTINUATION_REACH = 1
#: Heads of a person described by what they are, not a role they hold: a definite one
#: refers back to the person just named (``the 98-year-old``, ``the pontiff``).
_EPITHETS = frozenset(
    {
        "pontiff",
        "monarch",
        "veteran",
        "politician",
        "billionaire",
        "tycoon",
        "star",
        "incumbent",
        "nominee",
        "front-runner",
        "frontrunner",
        "newcomer",
        "scot",
        "briton",
        "frenchman",
        "frenchwoman",
        "englishman",
        "dutchman",
        "spaniard",
        "swede",
        "dane",
        "finn",
        "pole",
        "kiwi",
        "irishman",
        "welshman",
        "republican",
        "democrat",
        "head of state",
    }
)


def _is_cue_word(word: str) -> bool:
    return bool(LEXICON.get(word.casefold(), 0) & CUE)


class _State:
    """What the attribution of earlier quotations tells the next one."""

    __slots__ = ("cue", "entity", "paragraph", "speaker", "token")

    def __init__(self) -> None:
        self.speaker: Speaker | None = None
        """The previous quotation's speaker."""
        self.entity: Entity | None = None
        """That speaker's entity, when a named person or body."""
        self.token = -1
        """The token of that speaker's mention."""
        self.paragraph = -10
        """The paragraph the previous attributed quotation ends in."""
        self.cue: Cue | None = None


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
        >>> quotes[0].speaker.name, quotes[0].cue.text, quotes[0].rule
        ('Yuri Ushakov', 'said', 'quote-source-cue')
    """
    if not quoted:
        return (), ()
    quoted = split_interrupted(folded, quoted, _is_cue_word)
    area = chain_span or Span(0, len(text))
    no_case = has_no_case_cues(folded[area.start : min(area.end, area.start + 4000)])
    # Names after the paragraph that follows the last quotation are never referred to.
    last = min(max(q.last_paragraph for q in quoted) + 1, len(paragraphs) - 1)
    holes = [(q.open_mark.start, q.close_mark.end if q.close_mark else q.span.end) for q in quoted]
    tokens = Tokens.of(folded, paragraphs[: last + 1], holes, no_case=no_case)
    cues = find_cues(tokens)
    terms = find_terms(tokens, quoted, cues)
    entities = Entities.of(tokens, cues)
    ctx = Context(tokens, quoted, cues, terms)
    sieves = NO_CASE if no_case else MIXED_CASE
    state = _State()
    quotes: list[Quote] = []
    out_terms: list[QuotedTerm] = []
    for k, q in enumerate(quoted):
        words = text[q.span.start : q.span.end]
        if terms[k] or tokens.quote_token[k] < 0:
            out_terms.append(QuotedTerm(text=words, span=q.span))
            continue
        t = tokens.quote_token[k]
        found = attribute_one(ctx, k, sieves)
        speaker: Speaker | None = None
        cue: Cue | None = None
        rule: str | None = None
        if found is not None:
            cue = _cue(text, tokens, found.cue)
            rule = found.rule
            if found.phrase is not None:
                speaker = _speaker(text, tokens, entities, state, found, t)
            if speaker is not None:
                _remember(state, tokens, entities, found, speaker, q, cue)
        elif state.speaker is not None and q.paragraph - state.paragraph <= _CONTINUATION_REACH:
            same_paragraph = q.paragraph == state.paragraph
            opens = t == 0 or tokens.paragraph[t - 1] != tokens.paragraph[t]
            if same_paragraph or opens:
                speaker = Speaker(
                    name=state.speaker.name,
                    text=state.speaker.text,
                    span=state.speaker.span,
                    title=state.speaker.title,
                    resolved_by=ResolvedBy.CONTINUATION,
                )
                cue = state.cue if same_paragraph else None
                rule = "continuation"
                state.paragraph = q.last_paragraph
        quotes.append(Quote(text=words, span=q.span, speaker=speaker, cue=cue, rule=rule))
    return tuple(quotes), tuple(out_terms)


def _cue(text: str, tokens: Tokens, cue: CueWord | None) -> Cue | None:
    if cue is None:
        return None
    span = tokens.span(cue.first, cue.last)
    return Cue(text=text[span.start : span.end], span=span)


def _head(tokens: Tokens, phrase: Phrase) -> int:
    """The head noun of a description: the last word before its first preposition."""
    for k in range(phrase.first + 1, phrase.last + 1):
        if tokens.keys[k] in ("of", "for", "at", "from", "with", "to", "in", "close", "familiar"):
            return k - 1
    return phrase.last


def _written(text: str, tokens: Tokens, first: int, last: int) -> tuple[str, Span]:
    span = tokens.span(first, last)
    written = text[span.start : span.end]
    if last in tokens.possessive:
        cut = 2 if written[-2:] in ("'s", "’s") else 1
        span = Span(span.start, span.end - cut)
        written = written[:-cut]
    return written, span


def _speaker(
    text: str, tokens: Tokens, entities: Entities, state: _State, found: Found, t: int
) -> Speaker | None:
    """Stage two: the entity the mention stands for, through the gate."""
    phrase = found.phrase
    assert phrase is not None
    reason = reject(tokens, phrase)
    if reason is not None and not (reason == "lower-case" and phrase.kind == DESCRIPTION):
        return None  # a lone lower-case description may still refer back ("отметил министр")
    # the phrase as written names a source given by a description; the mention the
    # attribution rests on is the phrase, or the relative pronoun standing for it
    # ("Democrats across the country, who highlighted ...")
    as_written, span = _written(text, tokens, phrase.first, phrase.last)
    written = as_written
    if phrase.relative >= 0:
        written, span = _written(text, tokens, phrase.relative, phrase.relative)
    apposition = (
        " ".join(tokens.slice(*phrase.apposition).split())
        if phrase.apposition is not None
        else None
    )
    if phrase.kind == PRONOUN:
        opener = _sentence_opener(tokens, phrase, t)
        if opener is not None:
            # "A government office worker was another beneficiary: "...," she
            # remarked": the pronoun after the quotation is its sentence's subject
            name, _ = _written(text, tokens, opener.first, opener.last)
            return Speaker(name=name, text=written, span=span, resolved_by=ResolvedBy.PRONOUN)
        return _pronoun_speaker(tokens, entities, state, phrase, written, span)
    if phrase.kind == NAME and phrase.joint:
        # several sources at once: the names as written, one plural entity for "they"
        name, _ = _written(text, tokens, phrase.name_first, phrase.name_last)
        if phrase.last not in entities.at_token:
            entities.add_group(phrase.first, phrase.last, name)
        return Speaker(name=name, text=written, span=span, title=None, resolved_by=ResolvedBy.NAME)
    if phrase.kind == NAME:
        occurrence = entities.at_token.get(phrase.name_last)
        if occurrence is None:
            occurrence = entities.add_speaker(
                phrase.first, phrase.last, phrase.name_first, phrase.name_last
            )
        entity = occurrence.entity
        name_words = tuple(tokens.keys[k] for k in range(phrase.name_first, phrase.name_last + 1))
        entities.lengthen(entity, phrase.name_first, phrase.name_last)
        how = ResolvedBy.NAME if name_words == entity.words else ResolvedBy.SURNAME
        title = None
        if phrase.first < phrase.name_first:
            title = " ".join(tokens.slice(phrase.first, phrase.name_first - 1).split())
            if tokens.tags[phrase.first] & DETERMINER and tokens.keys[phrase.first] in (
                "the",
                "a",
                "an",
            ):
                title = " ".join(title.split()[1:]) or None
        return Speaker(
            name=entity.name,
            text=written,
            span=span,
            title=title or entity.title or apposition,
            resolved_by=how,
        )
    # a description
    head = _head(tokens, phrase)
    key = tokens.keys[head]
    head_tag = tokens.tags[head]
    # Russian has no articles: a bare role refers back ("отметил министр")
    definite = tokens.keys[phrase.first] in ("the", "this", "that", "its", "their") or (
        not key.isascii() and bool(head_tag & ROLE) and phrase.first == head
    )
    if (
        not definite
        and head_tag & ROLE
        and tokens.shapes[phrase.first] == CAPITALISED
        and tokens.tags[phrase.first] & NOT_NAME
        and not tokens.tags[phrase.first] & DETERMINER
        and not key.endswith("s")
    ):
        # "Russian presidential spokesman stressed": an English article dropped, as
        # translated copy does; the role refers back like "the spokesman"
        definite = True
    referent: Entity | None = None
    if tokens.no_case and definite:
        referent = entities.caps_body(phrase.first + 1, phrase.last)
        if referent is not None:
            return Speaker(
                name=referent.name,
                text=written,
                span=span,
                title=referent.title,
                resolved_by=ResolvedBy.DESCRIPTION
                if referent.words != tuple(tokens.keys[phrase.first + 1 : phrase.last + 1])
                else ResolvedBy.NAME,
            )
    if not definite:
        if reason is not None:
            return None
        occurrence = entities.at_token.get(phrase.last)
        if occurrence is not None and (
            occurrence.token > phrase.first or occurrence.entity.head is None
        ):
            # "в пресс-службе МИД", "представитель МИД России": the description, not
            # the body named inside it
            occurrence = None
        title = apposition
        return Speaker(
            name=occurrence.entity.name if occurrence is not None else as_written,
            text=written,
            span=span,
            title=title,
            resolved_by=ResolvedBy.SOURCE,
        )
    if head_tag & ROLE and not key.isascii() and phrase.first == head:
        # "отметил министр": the person introduced with that role; an unnamed source
        # ("сказал источник") stands for no one named before
        found_role = entities.role_occurrence(key, phrase.first)
        referent = found_role[1] if found_role is not None else None
        if referent is None and key not in RUSSIAN_UNNAMED_SOURCES:
            referent = entities.last_subject(phrase.first)
    elif head_tag & ROLE:
        candidates = [
            x
            for x in (
                entities.role_occurrence(key, phrase.first),
                entities.by_description_head(key, phrase.first),
            )
            if x is not None
        ]
        if candidates:
            referent = max(candidates, key=lambda x: x[0])[1]
        elif tokens.keys[phrase.first] in ("its", "their") and not key.endswith("s"):
            # "France ... its finance minister said" ... "Finance Minister Pierre
            # Moscovici": the person the next paragraphs introduce with the role
            referent = entities.role_ahead(key, phrase.last)
        elif not key.endswith("s") or key.endswith(("ss", "us")):
            # "the Russian leader", "the diplomat": wire copy varies its words for the
            # source it is quoting; the speaker just quoted, else the person last a subject
            recent = state.entity if tokens.paragraph[phrase.first] - state.paragraph <= 2 else None
            if recent is not None and recent.kind in (PERSON, UNKNOWN) and recent.head is None:
                referent = recent
            else:
                referent = entities.last_subject(phrase.first)
    elif head_tag & (ORGANISATION_NOUN | GROUP | ORGANISATION_KIND):
        referent = entities.by_body_noun(key, phrase.first)
        if referent is None and head_tag & GROUP:
            # "the rebels", "THE GUATEMALAN GUERRILLAS": the one body the text defines
            # with an acronym, even when it is defined later ("... UNITY (URNG)")
            referent = entities.defined_body()
        if referent is None:
            described = entities.by_description_head(key, phrase.first)
            referent = described[1] if described is not None else None
        complemented = any(
            tokens.keys[k] in ("of", "for", "at", "from") for k in range(head + 1, phrase.last + 1)
        )
        if (
            referent is None
            and key not in STATE_BODY_NOUNS
            and not head_tag & DOCUMENT
            and not complemented
        ):
            # "the group", "the company": the body named last; "the national union of
            # civil aviation ground mechanics" names itself
            referent = entities.recent_body(phrase.first)
    elif head_tag & DOCUMENT:
        # "the rebels' statement", "THE REBEL COMMUNIQUE": the body that issued it; "the
        # statement said" alone: the body that was just reported speaking, if one was
        owner = _document_owner(tokens, phrase)
        if owner is not None:
            owner_tag = tokens.tags[owner]
            referent = entities.by_body_noun(tokens.keys[owner], phrase.first)
            if referent is None and owner_tag & GROUP:
                referent = entities.defined_body()
        elif definite:
            referent = entities.speaking_body(phrase.first)
    elif key.endswith("-old"):
        referent = entities.last_subject(phrase.first)
    elif any(
        tokens.keys[k].endswith(("-based", "-headquartered")) for k in range(phrase.first, head)
    ):
        # "the Melbourne-based bordello", "the Seattle-based firm": wire copy's epithet
        # for the body it has just named, the one a clause opened with first
        referent = entities.body_for_pronoun(phrase.first)
    if referent is not None:
        return Speaker(
            name=referent.name,
            text=written,
            span=span,
            title=referent.title,
            resolved_by=ResolvedBy.DESCRIPTION,
        )
    if reason is not None:
        return None  # "officials", "эксперт": one lower-case word is no name
    return Speaker(
        name=as_written, text=written, span=span, title=apposition, resolved_by=ResolvedBy.SOURCE
    )


def _sentence_opener(tokens: Tokens, phrase: Phrase, t: int) -> Phrase | None:
    """The indefinite description of a person that opens the sentence of quotation
    ``t``, when ``he``/``she`` (``phrase``) follows the quotation in that sentence."""
    if tokens.keys[phrase.first] not in ("he", "she") or phrase.first < t:
        return None
    lo = tokens.sentence_bounds(t)[0]
    if lo >= t or tokens.sentence[phrase.first] != tokens.sentence[t]:
        return None
    at = t - 1 if tokens.keys[t - 1] == ":" else t  # "... was another beneficiary: "...""
    subject = clause_subject(tokens, lo, at)
    if (
        subject is None
        or subject.kind != DESCRIPTION
        or tokens.keys[subject.first] not in ("a", "an")
        or not tokens.tags[_head(tokens, subject)] & ROLE
    ):
        return None
    return subject


def _document_owner(tokens: Tokens, phrase: Phrase) -> int | None:
    """The token that names who issued a document (``the rebels' statement``, ``the
    rebel communique``, ``the ministry's statement``): a group or body noun before the
    head, or ``None``."""
    for k in range(phrase.last - 1, phrase.first - 1, -1):
        if tokens.tags[k] & (GROUP | ORGANISATION_NOUN):
            return k
    return None


def _pronoun_speaker(
    tokens: Tokens, entities: Entities, state: _State, phrase: Phrase, written: str, span: Span
) -> Speaker | None:
    """``he``/``she``: a person; ``it``: a body; ``they``: a plural source; ``I`` and
    ``we`` stand for no one the text names (``None``)."""
    key = tokens.keys[phrase.first]
    at = phrase.first
    paragraph = tokens.paragraph[at]
    recent = state.entity if paragraph - state.paragraph <= 2 else None
    entity: Entity | None
    if key == "it":
        entity = entities.body_for_pronoun(at)
        if (
            recent is not None
            and recent.may_be_body
            and paragraph - state.paragraph <= 1
            and (entity is None or state.token > _last_token(entities, entity, at))
        ):
            entity = recent
        if entity is not None and entity.head is not None and LEXICON.get(entity.head, 0) & GROUP:
            # "THE GUATEMALAN REBELS ... IT": the body the text defines, as for the
            # description itself
            entity = entities.defined_body() or entity
    elif key in ("they", "они", "their", "их"):
        entity = recent if recent is not None and recent.plural else entities.plural_for_pronoun(at)
    elif key in ("i", "we"):
        return None
    else:
        entity = entities.person_for_pronoun(at, key, recent, state.token)
    if entity is None:
        return None
    return Speaker(
        name=entity.name,
        text=written,
        span=span,
        title=entity.title,
        resolved_by=ResolvedBy.PRONOUN,
    )


def _last_token(entities: Entities, entity: Entity, before: int) -> int:
    for o in entities.backwards(before):
        if o.entity is entity:
            return o.last
    return -1


def _remember(
    state: _State,
    tokens: Tokens,
    entities: Entities,
    found: Found,
    speaker: Speaker,
    q: QuotedSpan,
    cue: Cue | None,
) -> None:
    """Keep what the next quotations may refer back to."""
    phrase = found.phrase
    assert phrase is not None
    state.speaker = speaker
    state.paragraph = q.last_paragraph
    state.cue = cue
    state.token = phrase.last
    last = phrase.name_last if phrase.kind == NAME else phrase.last
    occurrence = entities.at_token.get(last)
    if occurrence is not None:
        state.entity = occurrence.entity
        entities.spoken.add(occurrence.entity)
    elif speaker.resolved_by in (ResolvedBy.PRONOUN, ResolvedBy.DESCRIPTION):
        state.entity = next((e for e in entities.entities if e.name == speaker.name), None)
    else:
        state.entity = None
