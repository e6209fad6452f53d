"""Sieve ``quote-cue-source``: ``"...," said Kosachev`` / ``«...», — заявил Песков``.

The wire convention: a speech cue right after the closing mark and its punctuation,
then the source (inverted order). Not: ``"...," told reporters`` (a name after an
addressee cue such as ``told`` is the listener).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sieve_rows import GIVEN, SURNAMES, quotes, reporting_pasts

RULE = "quote-cue-source"
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
#: Verbs that take a listener after them (``told``) open no inverted attribution.
VERBS = reporting_pasts(listeners=False)
ENDINGS = ("We will not accept this plan,", "We will not accept this plan!", "Is this a plan?")


@settings(deadline=None)  # the first parse builds the lexicon's tables
@given(
    first=st.sampled_from(GIVEN),
    last=st.sampled_from(SURNAMES),
    verb=st.sampled_from(VERBS),
    title=st.sampled_from(TITLES),
    words=st.sampled_from(ENDINGS),
    introduced=st.booleans(),
)
def test_generated_inverted_attribution(
    first: str, last: str, verb: str, title: str, words: str, introduced: bool
) -> None:
    if introduced:  # the full name earlier, the surname alone after the cue
        text = f'{title}{first} {last} met reporters on Monday.\n\n"{words}" {verb} {last}.'
    else:
        text = f'"{words}" {verb} {title}{first} {last}.'
    (quote,) = quotes(text)
    assert quote.rule == RULE
    assert quote.speaker is not None
    assert quote.speaker.name == f"{first} {last}"
    assert quote.cue is not None and quote.cue.text == verb


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        pytest.param(
            '"The talks went well," said Kasimir Varnholt.', "Kasimir Varnholt", "said", id="said X"
        ),
        pytest.param(
            "Presidential aide Teodor Melkosh spoke on Monday.\n\n"
            '"It is too early," added Melkosh.',
            "Teodor Melkosh",
            "added",
            id="surname after an introduction",
        ),
        pytest.param(
            '"We are ready," said Foreign Minister Irena Kandrup, who arrived on Monday.',
            "Irena Kandrup",
            "said",
            id="title and relative clause after",
        ),
        pytest.param(
            '"We are ready." said Bertil Ostrelli.', "Bertil Ostrelli", "said", id="after a stop"
        ),
        pytest.param(
            "«Мы не примем этот план», - заявил Лорик Тавенд.",
            "Лорик Тавенд",
            "заявил",
            id="russian: - заявил X",
        ),
        pytest.param(
            "«Мы не примем этот план», — сказал журналистам министр Лорик Тавенд.",
            "Лорик Тавенд",
            "сказал",
            id="russian: listener and title between",
        ),
    ],
)
def test_written_rows(text: str, speaker: str, cue: str) -> None:
    quote = quotes(text)[-1]
    assert quote.rule == RULE
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.cue is not None and quote.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"We are ready," told reporters Lorik Tavend.', id="told: a listener"),
        pytest.param('"We are ready," informed Lorik Tavend.', id="informed: a listener"),
        pytest.param('"We are ready," Lorik Tavend said.', id="source before the cue"),
        pytest.param('"We are ready," according to Lorik Tavend.', id="source-first cue"),
        pytest.param(
            '"We are ready." The talks ended. Said Lorik Tavend.', id="cue in a later sentence"
        ),
    ],
)
def test_not_this_sieve(text: str) -> None:
    assert all(q.rule != RULE for q in quotes(text))


def test_asked_x_after_a_question() -> None:
    (quote,) = quotes('"Why now?" asked Lorik Tavend.')
    assert quote.rule == RULE
    assert quote.speaker is not None and quote.speaker.name == "Lorik Tavend"
