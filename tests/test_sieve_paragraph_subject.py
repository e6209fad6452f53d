"""Sieve ``paragraph-subject``: a paragraph's closing quotation after a sentence about a
person named in full is that person's.

The wire convention: ``Daiana Castro, a 23-year-old hairstylist, was traumatized at
first. "I had red hair ..."``. The quotation ends its paragraph, has no cue, and the
sentence before it opens with a name of two words or more. Copy without case cues
(:data:`wirecopy._sieves.NO_CASE`) has no such sieve, since it needs a capital to find
the name.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sieve_rows import GIVEN, SURNAMES, quotes

RULE = "paragraph-subject"
TITLES = ("", "Foreign Minister ", "Deputy Prime Minister ", "Senator ", "Gen. ", "Dr. ")
APPOSITIONS = ("", ", a 23-year-old hairstylist,", ", a farmer from the north,")
PREDICATES = ("was traumatized at first", "was angry on Monday", "stayed at home all week")


@settings(deadline=None)  # the first parse builds the lexicon's tables
@given(
    first=st.sampled_from(GIVEN),
    last=st.sampled_from(SURNAMES),
    title=st.sampled_from(TITLES),
    apposition=st.sampled_from(APPOSITIONS),
    predicate=st.sampled_from(PREDICATES),
)
def test_generated_sentence_about_a_person_then_quotation(
    first: str, last: str, title: str, apposition: str, predicate: str
) -> None:
    text = f'{title}{first} {last}{apposition} {predicate}. "We will not accept this plan."'
    (quote,) = quotes(text)
    assert quote.rule == RULE
    assert quote.speaker is not None
    assert quote.speaker.name == f"{first} {last}"
    assert quote.cue is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Dovra Quesnaro, a 23-year-old hairstylist, was traumatized at first. "I had red '
            'hair then."',
            "Dovra Quesnaro",
            id="apposition",
        ),
        pytest.param(
            'The storm hit on Monday.\n\nAnselm Ostrelli lost his roof. "It went in seconds."',
            "Anselm Ostrelli",
            id="in a later paragraph",
        ),
        pytest.param(
            "Лорик Тавенд был потрясён. «Мы не примем этот план».", "Лорик Тавенд", id="russian"
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
        pytest.param('Tavend was angry. "We will not accept this plan."', id="surname only"),
        pytest.param(
            'Lorik Tavend was angry. "We will not accept this plan." The talks ended.',
            id="the quotation does not end its paragraph",
        ),
        pytest.param(
            'Lorik Tavend was angry.\n\n"We will not accept this plan."',
            id="the quotation opens its paragraph",
        ),
        pytest.param(
            'LORIK TAVEND WAS ANGRY AT FIRST. "WE WILL NOT ACCEPT THIS PLAN."',
            id="copy without case cues",
        ),
    ],
)
def test_not_this_sieve(text: str) -> None:
    assert all(q.rule != RULE for q in quotes(text))
