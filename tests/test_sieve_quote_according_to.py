"""Sieve ``quote-according-to``: ``"...," according to the ministry``.

The wire convention: a source-first cue (``according to``, ``in the words of``, ``по
словам``) right after the quotation, in its sentence, then the source.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sieve_rows import GIVEN, SURNAMES, quotes
from wirecopy._data.cues import SOURCE_FIRST_CUES

RULE = "quote-according-to"
TITLES = (
    "",
    "Foreign Minister ",
    "Deputy Prime Minister ",
    "spokesman ",
    "government spokeswoman ",
    "opposition leader ",
    "Senator ",
    "Gen. ",
    "Dr. ",
    "Mr. ",
)
#: Source-first cues from the package's data that read after a quotation.
CUES = tuple(c for c in SOURCE_FIRST_CUES if c in ("according to", "in the words of"))


@settings(deadline=None)  # the first parse builds the lexicon's tables
@given(
    first=st.sampled_from(GIVEN),
    last=st.sampled_from(SURNAMES),
    cue=st.sampled_from(CUES),
    title=st.sampled_from(TITLES),
    introduced=st.booleans(),
)
def test_generated_according_to(
    first: str, last: str, cue: str, title: str, introduced: bool
) -> None:
    if introduced:
        text = (
            f"{title}{first} {last} met reporters on Monday.\n\n"
            f'"We will not accept this plan," {cue} {last}.'
        )
    else:
        text = f'"We will not accept this plan," {cue} {title}{first} {last}.'
    (quote,) = quotes(text)
    assert quote.rule == RULE
    assert quote.speaker is not None
    assert quote.speaker.name == f"{first} {last}"
    assert quote.cue is not None and quote.cue.text == cue


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            '"The decision stands," according to the ministry.', "the ministry", id="a body"
        ),
        pytest.param(
            '"The talks went well," according to Kasimir Varnholt, who spoke on Monday.',
            "Kasimir Varnholt",
            id="relative clause after",
        ),
        pytest.param(
            "Лорик Тавенд выступил в Москве.\n\n«Мы не примем этот план», - по словам Тавенда.",
            "Лорик Тавенд",
            id="russian: по словам, genitive surname",
        ),
    ],
)
def test_written_rows(text: str, speaker: str) -> None:
    quote = quotes(text)[-1]
    assert quote.rule == RULE
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            '"We will not accept this plan," he added, according to the ministry.',
            id="a cue of its own first",
        ),
        pytest.param(
            '"We will not accept this plan." According to Lorik Tavend, talks go on.',
            id="according to in the next sentence",
        ),
        pytest.param(
            'According to Lorik Tavend, "we will not accept this plan."',
            id="according to before the quotation",
        ),
    ],
)
def test_not_this_sieve(text: str) -> None:
    assert all(q.rule != RULE for q in quotes(text))
