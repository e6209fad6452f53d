"""Sieve ``later-cue``: ``"sex Disneyland" here, the bordello announced``.

The wire convention: a partial quotation in mid-sentence, with no cue before it, and
a cue later in the sentence whose subject (or inverted source) stands after the
quotation (``... "two to three months" to eliminate them, said General Valery
Manilov``). Not: a cue past another quotation of the sentence.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sieve_rows import GIVEN, SURNAMES, quotes, reporting_pasts
from wirecopy._lexicon import ADDRESSEE_CUE, LEXICON

RULE = "later-cue"
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
#: An inverted cue takes no addressee cue (``told X`` is the listener).
INVERTED = tuple(v for v in VERBS if not LEXICON.get(v, 0) & ADDRESSEE_CUE)
LEADS = (
    'The plan would bring "a fair and equal deal" to the region',
    'Troops need "two to three months" to finish the job',
)


@settings(deadline=None)  # the first parse builds the lexicon's tables
@given(
    first=st.sampled_from(GIVEN),
    last=st.sampled_from(SURNAMES),
    cue=st.one_of(
        st.tuples(st.just(True), st.sampled_from(INVERTED)),
        st.tuples(st.just(False), st.sampled_from(VERBS)),
    ),
    title=st.sampled_from(TITLES),
    lead=st.sampled_from(LEADS),
)
def test_generated_cue_later_in_the_sentence(
    first: str, last: str, cue: tuple[bool, str], title: str, lead: str
) -> None:
    inverted, verb = cue
    if inverted:
        text = f"{lead}, {verb} {title}{first} {last}."
    else:
        text = f"{lead}, {title}{first} {last} {verb}."
    (quote,) = quotes(text)
    assert quote.rule == RULE
    assert quote.speaker is not None
    assert quote.speaker.name == f"{first} {last}"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'The brothel sells itself as a "leisure park" here, the owners announced.',
            "the owners",
            id="a description after",
        ),
        pytest.param(
            'Teodor Melkosh spoke on Monday.\n\nThe army needs "two to three months" to finish, '
            "Melkosh said.",
            "Teodor Melkosh",
            id="surname after an introduction",
        ),
        pytest.param(
            'The deal is "fair and equal" for both sides, according to Irena Kandrup.',
            "Irena Kandrup",
            id="source-first cue later",
        ),
        pytest.param(
            "План принесёт «честную и равную сделку для всех» региону, заявил Лорик Тавенд.",
            "Лорик Тавенд",
            id="russian: заявил X later",
        ),
    ],
)
def test_written_rows(text: str, speaker: str) -> None:
    quote = quotes(text)[-1]
    assert quote.rule == RULE
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_a_cue_past_another_quotation_is_not_this_quotations() -> None:
    text = (
        'The plan would bring "a fair deal" to the region, but "no peace at all," '
        "Lorik Tavend said."
    )
    first = quotes(text)[0]
    assert first.text == "a fair deal"
    assert first.rule != RULE
    assert first.speaker is None


def test_no_cue_later_in_the_sentence() -> None:
    text = 'The plan would bring "a fair deal" to the region. Lorik Tavend said so on Monday.'
    assert all(q.rule != RULE for q in quotes(text))
