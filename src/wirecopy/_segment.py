"""Text -> headline, deck, byline, dateline, lede, body paragraphs and furniture.

The layout of wire copy is read top-down:

1. The text is split into paragraphs (:func:`wirecopy._text.split_paragraphs`), with
   hard-wrapped lines joined and every line-end convention accepted.
2. Furniture lines (site lines, advisories, slugs, bylines, bullet summaries,
   ``(Adds ...)`` notes, take numbers) are set aside wherever they stand above the body.
3. The first paragraph among the first few content paragraphs that opens with a
   dateline starts the body. Above it, the first content paragraph is the headline
   (glued advisories, slugs, codes and bylines cut off) and the next one the deck;
   a repeat of the deck is furniture.
4. Without a dateline, a first paragraph shaped like a title is the headline: no
   closing full stop; or, closed like a sentence, one short line set in title case
   or followed by a lede at least twice its length; or a line closed by a semicolon
   (``hed; dek``, the rest being the deck). One more title-shaped paragraph before
   the body is the deck; an archive's abstract above ``FULL TEXT.`` is one too.
5. The lede is the first body paragraph minus its dateline and editorial tags
   (``[TEXT]``); when the dateline stands alone, the next paragraph.
6. Trailing credits (``(Reporting by ...; Editing by ...)``) and staff initials at
   the end are furniture.
"""

from __future__ import annotations

import datetime

import attrs
import regex

from wirecopy._data.agencies import AGENCIES
from wirecopy._data.furniture import (
    ADVISORY_LINES,
    BODY_LABELS,
    BYLINE_JOBS,
    BYLINE_LINES,
    CREDIT_LINES,
    HEADLINE_HEADS,
    HEADLINE_TAILS,
    SITE_LINES,
    SUMMARY_BULLETS,
    TAG_LINES,
    TITLE_CASE_MINOR_WORDS,
)
from wirecopy._dateline import match_dateline
from wirecopy._model import Dateline, Deck, Furniture, Headline, Lede, Paragraph, Sentence, Span
from wirecopy._text import fold, is_all_caps, sentence_spans, split_paragraphs, strip_span

__all__ = ["Layout", "segment"]


def _whole_line(patterns: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(r"(?:" + "|".join(patterns) + r")\s*", regex.IGNORECASE | regex.DOTALL)


_SITE = _whole_line(SITE_LINES)
_ADVISORY = _whole_line(ADVISORY_LINES)
_TAG = _whole_line(TAG_LINES)
_BYLINE = _whole_line(BYLINE_LINES)
#: How a job line can end (``Writer``, ``Staff``, ``Correspondents``): only a paragraph
#: ending in one of these letters tries the pattern.
_JOB_LAST_LETTERS = frozenset(c for job in (*BYLINE_JOBS, "s") for c in (job[-1], job[-1].upper()))
#: ... and ends in one of these words (case-folded, without a plural ``s``).
_JOB_WORDS = frozenset(job.rpartition(" ")[2] for job in BYLINE_JOBS)
_BYLINE_JOB = regex.compile(
    r"(?:the\s+)?(?:"
    + "|".join(
        sorted(
            {regex.escape(n) for a in AGENCIES for n in (a.name, *a.aliases)},
            key=lambda n: (-len(n), n),
        )
    )
    + r")(?:\s+[\p{L}\-]{2,20}){0,2}?\s+(?:"
    + "|".join(sorted(BYLINE_JOBS, key=lambda j: (-len(j), j)))
    + r")s?\s*",
    regex.IGNORECASE,
)
_CREDIT = _whole_line(CREDIT_LINES)
_BODY_LABEL = _whole_line(BODY_LABELS)
_TAILS = tuple(regex.compile(p) for p in HEADLINE_TAILS)
_HEADS = tuple(regex.compile(p) for p in HEADLINE_HEADS)
_BULLETS = frozenset(SUMMARY_BULLETS)
#: FBIS editors' tags opening the lede, any content, one or several:
#: ``[TEXT]``, ``[GENNADIY PETROV] [TEXT]``, ``[Report by correspondent ...]``.
_EDITORIAL_TAG = regex.compile(r"(?:[ \t]{0,3}\[[^\[\]\r\n]{2,200}\]){1,4}[ \t]{0,3}")
_TRAILING_CREDIT = regex.compile(
    r"[ \t]{0,3}\((?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|"
    r"REPORTING|EDITING)[ \t]by[^()\n]{1,400}\)[ \t]{0,3}$"
)
#: What a paragraph ending in a trailing credit ends with: its ")", a space or tab after
#: it, or a final line break (where "$" matches too). Other paragraphs skip the search.
_TRAILING_CREDIT_ENDINGS = frozenset(") \t\n")
#: How a sentence ends. A semicolon does not: a line ending in one is a title that a
#: deck continues (the NYT's ``hed; dek``).
_TERMINAL = regex.compile(r"[.!?:][\"'”’»)\]]{0,3}$|[.!?][ \t]{0,2}$")
#: How a sentence of body copy ends: a stop, perhaps inside closing marks.
_SENTENCE_CLOSE = regex.compile(r"[.!?…][\"'”’»)\]]{0,3}$")
#: A quotation closed by a comma (or ! ?) inside its marks: ``"We are ready," he said``.
_ATTRIBUTED_QUOTATION = regex.compile(r"[,!?](?:[\"”»]|'')")

#: How many paragraphs from the top the dateline is looked for.
_SEARCH_PARAGRAPHS = 14
#: How many content paragraphs may stand above the dateline (headline, deck, one more).
_CONTENT_BEFORE_DATELINE = 3
#: A paragraph longer than this is never a headline or deck.
_MAX_TITLE_LENGTH = 320
_MAX_BYLINE_LENGTH = 120
#: A title closed by a full stop is at most this long (a lede is longer) ...
_MAX_CLOSED_TITLE_LENGTH = 150
#: ... and the paragraph after it, the lede, at least this long ...
_MIN_LEDE_AFTER_TITLE = 100
#: ... and this many times as long as the title.
_LEDE_TO_TITLE = 2


@attrs.frozen(kw_only=True)
class Layout:
    """What segmentation found; :func:`wirecopy.parse` adds quotations to it."""

    headline: Headline | None = None
    deck: Deck | None = None
    byline: Furniture | None = None
    dateline: Dateline | None = None
    lede: Lede | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    furniture: tuple[Furniture, ...] = ()


def _last_word(folded: str, span: Span) -> str:
    """The paragraph's last word, case-folded, without a plural ``s``."""
    tail = folded[max(span.start, span.end - 16) : span.end]
    return tail.rpartition(" ")[2].casefold().removesuffix("s")


def _furniture_kind(folded: str, span: Span) -> str | None:
    """Return the furniture kind of a whole paragraph, or ``None`` for content."""
    length = span.end - span.start
    if length > 600:
        return None
    first = folded[span.start]
    if first in _BULLETS and folded[span.start + 1 : span.start + 2] == " ":
        return "summary"
    if _SITE.fullmatch(folded, span.start, span.end):
        return "site"
    if _ADVISORY.fullmatch(folded, span.start, span.end):
        return "advisory"
    if first == "[" and _TAG.fullmatch(folded, span.start, span.end):
        return "tag"
    if length <= _MAX_BYLINE_LENGTH and (
        _BYLINE.fullmatch(folded, span.start, span.end)
        or (
            folded[span.end - 1] in _JOB_LAST_LETTERS
            and _last_word(folded, span) in _JOB_WORDS
            and _BYLINE_JOB.fullmatch(folded, span.start, span.end)
        )
    ):
        return "byline"
    return None


def _title_span(folded: str, span: Span) -> tuple[Span, list[Furniture], str]:
    """Cut furniture glued to a title line's ends; return the title and the cuts."""
    cuts: list[Furniture] = []
    start, end = span.start, span.end
    changed = True
    while changed:
        changed = False
        for pattern in _HEADS:
            m = pattern.match(folded, start, end)
            if m and m.end() > start and m.end() < end:
                cuts.append(Furniture(kind="slug", text="", span=Span(start, m.end())))
                start = m.end()
                changed = True
        for pattern in _TAILS:
            m = pattern.search(folded, start, end)
            if m and m.start() > start:
                cut = strip_span(folded, m.start(), end)
                cuts.append(Furniture(kind=_tail_kind(folded, cut), text="", span=cut))
                end = m.start()
                changed = True
    title = strip_span(folded, start, end)
    return title, cuts, folded[title.start : title.end]


def _tail_kind(folded: str, cut: Span) -> str:
    word = folded[cut.start : cut.end].lstrip(" =(").casefold()
    if word.startswith("by "):
        return "byline"
    if word.startswith(("with", "bc-")):
        return "slug"
    if word[:1].isdigit():
        return "take"
    if word.startswith(("attention", "picture", "photo", "video", "graphic", "ed")):
        return "advisory"
    return "code"


def _has_line_break(text: str, span: Span) -> bool:
    return "\n" in text[span.start : span.end] or "\r" in text[span.start : span.end]


def _looks_like_title(folded: str, span: Span, caps_copy: bool) -> bool:
    """A title: short, one line, and not closed like a sentence.

    An ALL-CAPS line over mixed-case copy is a title even with a closing stop.
    """
    if span.end - span.start > _MAX_TITLE_LENGTH:
        return False
    chunk = folded[span.start : span.end]
    if _TERMINAL.search(chunk):
        letters = [c for c in chunk if c.isalpha()]
        upper = bool(letters) and all(c.isupper() for c in letters)
        return upper and not caps_copy and chunk.rstrip()[-1] != ":"
    return True


def _closed_title(text: str, folded: str, span: Span, following: Span, caps_copy: bool) -> bool:
    """A title closed like a sentence, told from a lede by where it stands.

    Some publishers close every headline with a full stop (``Clinton wins New York
    primary.``). Such a line is still the title when it is one short line of at most
    two sentences, ends in no colon (a lede that introduces a list or a quotation
    does), holds no quotation closed by a comma inside its marks (``"We are ready,"
    he said.``, the attributed quotation of body copy), and the paragraph after it is
    the lede: at least :data:`_MIN_LEDE_AFTER_TITLE` characters and
    :data:`_LEDE_TO_TITLE` times as long. Body copy that opens without a headline
    has no such step from a short first paragraph to a long second one.
    """
    length = span.end - span.start
    if length > _MAX_CLOSED_TITLE_LENGTH:
        return False
    chunk = folded[span.start : span.end]
    if _has_line_break(text, span) or chunk.endswith(":"):
        return False
    if _ATTRIBUTED_QUOTATION.search(chunk):
        return False
    if len(sentence_spans(folded, span.start, span.end)) > 2:
        return False
    if _in_title_case(folded, span):
        return True
    if caps_copy:
        return False  # in copy set in capitals, nothing tells a title from a sentence
    following_length = following.end - following.start
    return following_length >= max(_MIN_LEDE_AFTER_TITLE, _LEDE_TO_TITLE * length)


_TITLE_WORD = regex.compile(r"\p{L}[\p{L}\p{M}\d'’.\-]*")
#: A line set in title case has at least this many capitalised words.
_MIN_TITLE_CASE_WORDS = 3


def _in_title_case(folded: str, span: Span) -> bool:
    """Headline-style capitalisation (``Why Republicans Won’t Renounce Trump.``):
    every word but the minor ones (:data:`TITLE_CASE_MINOR_WORDS`) is capitalised, at
    least :data:`_MIN_TITLE_CASE_WORDS` of them. A sentence lowers its verbs and
    common nouns (``Foreign Minister Sergei Lavrov met Kerry.``). A line in capitals
    shows no case at all."""
    if is_all_caps(folded[span.start : span.end]) or not any(
        c.islower() for c in folded[span.start : span.end]
    ):
        return False
    capitalised = 0
    for m in _TITLE_WORD.finditer(folded, span.start, span.end):
        word = m.group()
        if word[0].isupper():
            capitalised += 1
        elif word.casefold() not in TITLE_CASE_MINOR_WORDS:
            return False
    return capitalised >= _MIN_TITLE_CASE_WORDS


def _opens_with_title(text: str, folded: str, span: Span, following: Span, caps_copy: bool) -> bool:
    """Whether the first content paragraph of copy without a dateline is its headline."""
    if _deck_after_semicolon(text, folded, span) is not None:
        return True
    return _looks_like_title(folded, span, caps_copy) or _closed_title(
        text, folded, span, following, caps_copy
    )


def _deck_after_semicolon(text: str, folded: str, span: Span) -> Span | None:
    """The deck a title line continues in after a semicolon, as in the NYT's
    ``hed; dek`` (``Jobs report gives Democrats a lift;`` over ``Solid upturn ...``):
    the rest of the paragraph when its first line ends in ``;``, else ``None``."""
    if span.end - span.start > _MAX_TITLE_LENGTH * 2 or folded.find(";", span.start, span.end) < 0:
        return None
    line_end = text.find("\n", span.start, span.end)
    if line_end < 0:
        line_end = text.find("\r", span.start, span.end)
    if line_end < 0 or not folded[span.start : line_end].rstrip().endswith(";"):
        return None
    rest = strip_span(folded, line_end, span.end)
    return rest if rest.end > rest.start else None


def _is_deck(text: str, folded: str, title: Span, span: Span, caps_copy: bool) -> bool:
    """Whether the paragraph after a headline (no dateline in sight) is its deck: one
    shaped like a title, or any one short line after a title closed by a semicolon."""
    if _looks_like_title(folded, span, caps_copy):
        return True
    closed_by_semicolon = folded[title.start : title.end].rstrip().endswith(";")
    return (
        closed_by_semicolon
        and span.end - span.start <= _MAX_CLOSED_TITLE_LENGTH
        and not _has_line_break(text, span)
    )


def _is_title_not_dateline(
    text: str,
    folded: str,
    blocks: list[Span],
    i: int,
    limit: int,
    found: Dateline,
    reference_date: datetime.date | None,
) -> bool:
    """Whether a place-only "dateline" is a title or summary line shaped ``CLAIM - SOURCE``.

    ``ARGENTINA COULD SUSPEND DEBT PAYMENTS - DEPUTY`` and ``OPEC - PRICES RISE`` open
    like ``SEATTLE _``, a place and a dash. Where the line stands tells them apart: a
    one-line paragraph of title length, with more paragraphs after it, is a title when
    it is set in capitals and what follows its dash is no sentence (no closing stop),
    or when the next paragraph opens with a dateline of its own. A date or an agency
    credit makes a dateline sure.
    """
    if found.month is not None or found.day is not None or found.agency is not None:
        return False
    span = blocks[i]
    if i + 1 >= len(blocks) or span.end - span.start > _MAX_CLOSED_TITLE_LENGTH:
        return False
    if _has_line_break(text, span):
        return False
    rest = strip_span(folded, found.span.end, span.end)
    if rest.end == rest.start:
        return False  # the dateline stands alone above its lede
    line = folded[span.start : span.end]
    if not _SENTENCE_CLOSE.search(folded, rest.start, rest.end) and not any(
        c.islower() for c in line
    ):
        return True
    following = next(
        (
            j
            for j in range(i + 1, min(limit, len(blocks)))
            if _furniture_kind(folded, blocks[j]) is None
        ),
        None,
    )
    if following is None:
        return False
    nxt = blocks[following]
    return match_dateline(folded, nxt.start, nxt.end, reference_date=reference_date) is not None


def segment(text: str, *, reference_date: datetime.date | None = None) -> Layout:
    """Split an article into its parts.

    Example:
        >>> layout = segment("Title\\n\\nLONDON, May 13 (Reuters) - It rained.")
        >>> layout.headline.text, layout.dateline.text, layout.lede.text
        ('Title', 'LONDON, May 13 (Reuters) -', 'It rained.')
    """
    folded = fold(text)
    blocks = split_paragraphs(text)
    furniture: list[Furniture] = []

    def furnish(kind: str, span: Span) -> None:
        furniture.append(Furniture(kind=kind, text=text[span.start : span.end], span=span))

    # -- trailing credits and sign-offs ---------------------------------------------------
    body_end = len(blocks)
    while body_end > 1 and body_end > len(blocks) - 4:
        span = blocks[body_end - 1]
        if span.end - span.start <= 500 and _CREDIT.fullmatch(folded, span.start, span.end):
            body_end -= 1
            furnish("credits", span)
        elif span.end - span.start <= 300 and _SITE.fullmatch(folded, span.start, span.end):
            body_end -= 1  # "Photo: TASS", "Share", "Read also" after the body
            furnish("site", span)
        else:
            break
    trailing = list(reversed(furniture))
    furniture.clear()

    # -- the top: furniture, headline, deck, dateline ----------------------------------
    content_before: list[int] = []
    dateline: Dateline | None = None
    dateline_index: int | None = None
    limit = min(body_end, _SEARCH_PARAGRAPHS)
    kinds: dict[int, str] = {}
    for i in range(limit):
        span = blocks[i]
        kind = _furniture_kind(folded, span)
        if kind is None and content_before:
            first = blocks[content_before[-1]]
            if folded[first.start : first.end] == folded[span.start : span.end]:
                kind = "repeat"
        if kind is not None:
            kinds[i] = kind
            continue
        found = match_dateline(folded, span.start, span.end, reference_date=reference_date)
        if (
            found is not None
            and found.agency is None
            and found.month is None
            and _is_title_not_dateline(text, folded, blocks, i, limit, found, reference_date)
        ):
            found = None
        if found is not None:
            # Read in the folded text: give it the text as written (most often the same).
            written = text[found.span.start : found.span.end]
            dateline = found if written == found.text else attrs.evolve(found, text=written)
            dateline_index = i
            break
        content_before.append(i)
        if len(content_before) >= _CONTENT_BEFORE_DATELINE:
            break

    headline: Headline | None = None
    deck: Deck | None = None
    byline: Furniture | None = None
    abstracts: set[int] = set()
    if dateline_index is not None:
        above = content_before
        body_start = dateline_index
    else:
        # No dateline: a title-shaped first paragraph is the headline, and a second
        # title-shaped one (a standfirst with no closing stop) is the deck.
        above = []
        caps_copy = is_all_caps(folded[blocks[0].end : blocks[-1].end]) if blocks else False
        candidates = [i for i in range(min(body_end, _SEARCH_PARAGRAPHS)) if i not in kinds]
        if len(candidates) > 1 and _opens_with_title(
            text, folded, blocks[candidates[0]], blocks[candidates[1]], caps_copy
        ):
            above.append(candidates[0])
            if len(candidates) > 2 and _is_deck(
                text, folded, blocks[candidates[0]], blocks[candidates[1]], caps_copy
            ):
                above.append(candidates[1])
        body_start = (above[-1] + 1) if above else 0
        # An archive's "FULL TEXT." label opens the body: an abstract above it is not.
        label = (
            next(
                (
                    i
                    for i in sorted(kinds)
                    if i >= body_start
                    and kinds[i] == "site"
                    and _BODY_LABEL.fullmatch(folded, blocks[i].start, blocks[i].end)
                ),
                None,
            )
            if above and kinds
            else None
        )
        if label is not None:
            abstracts = {i for i in range(body_start, label) if i not in kinds}
            body_start = label + 1
        kinds = {i: k for i, k in kinds.items() if i < body_start}

    for i in range(body_start):
        span = blocks[i]
        if i in kinds:
            kind = kinds[i]
            if kind == "byline":
                title, _, _ = _title_span(folded, span)
                item = Furniture(kind="byline", text=text[span.start : span.end], span=span)
                furniture.append(item)
                byline = byline or item
            else:
                furnish(kind, span)
            continue
        if i in abstracts:
            if deck is None:
                deck = Deck(text=text[span.start : span.end], span=span)
            else:
                furnish("summary", span)
            continue
        if i not in above:
            furnish("other", span)
            continue
        if headline is None:
            rest = _deck_after_semicolon(text, folded, span)
            if rest is not None:
                span = strip_span(folded, span.start, rest.start)
            title, cuts, _ = _title_span(folded, span)
            for cut in cuts:
                item = Furniture(
                    kind=cut.kind, text=text[cut.span.start : cut.span.end], span=cut.span
                )
                furniture.append(item)
                if cut.kind == "byline" and byline is None:
                    byline = item
            headline = Headline(text=text[title.start : title.end], span=title)
            if rest is not None:
                deck = Deck(text=text[rest.start : rest.end], span=rest)
        elif deck is None:
            deck = Deck(text=text[span.start : span.end], span=span)
        else:
            furnish("other", span)

    # -- the body ----------------------------------------------------------------------
    paragraphs: list[Paragraph] = []
    lede: Lede | None = None
    for i in range(body_start, body_end):
        span = blocks[i]
        if (i > body_start and lede is None) or i == body_start:
            kind = _furniture_kind(folded, span) if not (i == body_start and dateline) else None
            if kind is not None and lede is None:
                item = Furniture(kind=kind, text=text[span.start : span.end], span=span)
                furniture.append(item)
                if kind == "byline" and byline is None:
                    byline = item
                continue
        credit = (
            _TRAILING_CREDIT.search(folded, span.start, span.end)
            if span.end > span.start and folded[span.end - 1] in _TRAILING_CREDIT_ENDINGS
            else None
        )
        if credit is not None and credit.start() > span.start:
            furnish("credits", strip_span(folded, credit.start(), span.end))
            span = strip_span(folded, span.start, credit.start())
        paragraphs.append(Paragraph(text=text[span.start : span.end], span=span))
        if lede is not None:
            continue
        start = span.start
        if dateline is not None and i == dateline_index:
            start = dateline.span.end
        tag = _EDITORIAL_TAG.match(folded, start, span.end)
        if tag is not None and folded[tag.start() : tag.end()].strip():
            furnish("tag", strip_span(folded, tag.start(), tag.end()))
            start = tag.end()
        lede_span = strip_span(folded, start, span.end)
        if lede_span.end > lede_span.start:
            lede = Lede(
                text=text[lede_span.start : lede_span.end],
                span=lede_span,
                sentences=tuple(
                    Sentence(text=text[s.start : s.end], span=s)
                    for s in sentence_spans(folded, lede_span.start, lede_span.end)
                ),
            )
    furniture.extend(trailing)
    furniture.sort(key=lambda f: f.span.start)
    return Layout(
        headline=headline,
        deck=deck,
        byline=byline,
        dateline=dateline,
        lede=lede,
        paragraphs=tuple(paragraphs),
        furniture=tuple(furniture),
    )
