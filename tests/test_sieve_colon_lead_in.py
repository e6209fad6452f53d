"""Sieve ``colon-lead-in``: the paragraph before ends ``Ushakov said:``.

The wire convention: a quotation that opens its paragraph, after a paragraph whose
last sentence ends with a cue and a colon; that cue's subject speaks.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sieve_rows import GIVEN, SURNAMES, quotes, reporting_pasts

RULE = "colon-lead-in"
TITLES = (
    "",
    "Foreign Minister ",
    "Deputy Prime Minister ",
    "spokesman ",
    "ministry spokeswoman ",
    "opposition leader ",
    "Senator ",
    "Gen. ",
    "Dr. ",
    "Mr. ",
)
VERBS = reporting_pasts()


@settings(deadline=None)  # the first parse builds the lexicon's tables
@given(
    first=st.sampled_from(GIVEN),
    last=st.sampled_from(SURNAMES),
    verb=st.sampled_from(VERBS),
    title=st.sampled_from(TITLES),
    introduced=st.booleans(),
)
def test_generated_colon_lead_in(
    first: str, last: str, verb: str, title: str, introduced: bool
) -> None:
    if introduced:
        lead = f"{title}{first} {last} met reporters on Monday.\n\n{last} {verb}:"
    else:
        lead = f"{title}{first} {last} {verb}:"
    (quote,) = quotes(f'{lead}\n\n"We will not accept this plan."')
    assert quote.rule == RULE
    assert quote.speaker is not None
    assert quote.speaker.name == f"{first} {last}"
    assert quote.cue is not None and quote.cue.text == verb


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Presidential aide Teodor Melkosh met reporters. Melkosh said:\n\n"It went well."',
            "Teodor Melkosh",
            id="after a sentence in the same paragraph",
        ),
        pytest.param(
            'Irena Kandrup arrived on Monday and told reporters:\n\n"It went well."',
            "Irena Kandrup",
            id="coordinated cue",
        ),
        pytest.param(
            "Лорик Тавенд заявил:\n\n«Мы не примем этот план».", "Лорик Тавенд", id="russian"
        ),
    ],
)
def test_written_rows(text: str, speaker: str) -> None:
    (quote,) = quotes(text)
    assert quote.rule == RULE
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'Lorik Tavend spoke to reporters.\n\n"We will not accept this plan."',
            id="no colon: no cue",
        ),
        pytest.param(
            'Lorik Tavend said this:\n\nThe talks ended. "We will not accept this plan."',
            id="the quotation does not open its paragraph",
        ),
        pytest.param(
            'The agenda was as follows:\n\n"We will not accept this plan."', id="a colon, no cue"
        ),
    ],
)
def test_not_this_sieve(text: str) -> None:
    assert all(q.rule != RULE for q in quotes(text))
