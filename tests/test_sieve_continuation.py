"""``continuation``: a quotation with no attribution of its own goes on with the
previous speaker.

The convention (applied by :mod:`wirecopy._attribution`, since it needs what came
before): a quotation no sieve attributes continues the previous speaker's when it
stands in the same paragraph (and keeps the cue) or opens the next one (no cue). Not: a
quotation further on, or in the middle of a later paragraph.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sieve_rows import GIVEN, SURNAMES, quotes, reporting_pasts

RULE = "continuation"
TITLES = ("", "Foreign Minister ", "spokesman ", "opposition leader ", "Senator ", "Gen. ")
VERBS = reporting_pasts()
FOLLOW_UPS = ("It is very important for all of us.", "We have said so many times before.")


@settings(deadline=None)  # the first parse builds the lexicon's tables
@given(
    first=st.sampled_from(GIVEN),
    last=st.sampled_from(SURNAMES),
    verb=st.sampled_from(VERBS),
    title=st.sampled_from(TITLES),
    follow_up=st.sampled_from(FOLLOW_UPS),
    same_paragraph=st.booleans(),
)
def test_generated_follow_up_quotation(
    first: str, last: str, verb: str, title: str, follow_up: str, same_paragraph: bool
) -> None:
    gap = " " if same_paragraph else "\n\n"
    text = f'"We will not accept this plan," {title}{first} {last} {verb}.{gap}"{follow_up}"'
    opening, following = quotes(text)
    assert opening.rule == "quote-source-cue"
    assert following.rule == RULE
    assert following.speaker is not None
    assert following.speaker.name == f"{first} {last}"
    if same_paragraph:
        assert following.cue is not None and following.cue.text == verb
    else:
        assert following.cue is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Aide Teodor Melkosh met reporters.\n\n"The talks went well," Melkosh said. '
            '"We hope for more next time."',
            "Teodor Melkosh",
            id="same paragraph, surname",
        ),
        pytest.param(
            'Irena Kandrup said: "We are ready."\n\n"We will not accept this plan."',
            "Irena Kandrup",
            id="opens the next paragraph",
        ),
        pytest.param(
            "«Мы не примем этот план», - заявил Лорик Тавенд. «Это очень важно для нас всех».",
            "Лорик Тавенд",
            id="russian: same paragraph",
        ),
        pytest.param(
            "«Мы не примем этот план», - заявил Лорик Тавенд.\n\n«Это очень важно для нас всех».",
            "Лорик Тавенд",
            id="russian: next paragraph",
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
            '"We will not accept this plan," Lorik Tavend said.\n\nThe weather was bad.\n\n'
            '"It is very important for all of us."',
            id="two paragraphs on",
        ),
        pytest.param(
            '"We will not accept this plan," Lorik Tavend said.\n\nThe weather was bad. '
            '"It is very important for all of us."',
            id="mid-way through the next paragraph",
        ),
        pytest.param(
            'The weather was bad.\n\n"It is very important for all of us."', id="no speaker before"
        ),
    ],
)
def test_no_continuation(text: str) -> None:
    last = quotes(text)[-1]
    assert last.rule != RULE
    assert last.speaker is None
