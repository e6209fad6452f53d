"""Sieve ``quote-run``: ``"No to occupation," "No to Israel," chanted the demonstrators``.

The wire convention: a run of quotations in one paragraph, joined by nothing but
commas, semicolons or dashes, shares the attribution after its last one (read as
``quote-cue-source`` or ``quote-source-cue``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sieve_rows import GIVEN, SURNAMES, quotes, reporting_pasts
from wirecopy._lexicon import ADDRESSEE_CUE, LEXICON

RULE = "quote-run"
#: Titles the last quotation's own sieves read (honorifics and lower-case body nouns
#: before a role are quote-source-cue gaps: see test_sieve_quote_source_cue.py).
TITLES = ("", "Foreign Minister ", "spokesman ", "opposition leader ", "Senator ", "Gen. ")
VERBS = reporting_pasts()
INVERTED = tuple(v for v in VERBS if not LEXICON.get(v, 0) & ADDRESSEE_CUE)
SLOGANS = (
    "No to the plan,",
    "No to the deal,",
    "Out with them now,",
    "Not in our name,",
    "Enough is enough,",
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
    run=st.lists(st.sampled_from(SLOGANS), min_size=2, max_size=4, unique=True),
)
def test_generated_run_shares_the_last_attribution(
    first: str, last: str, cue: tuple[bool, str], title: str, run: list[str]
) -> None:
    inverted, verb = cue
    marks = " ".join(f'"{s}"' for s in run)
    source = f"{title}{first} {last}"
    text = f"{marks} {verb} {source}." if inverted else f"{marks} {source} {verb}."
    got = quotes(text)
    assert [q.text for q in got] == run
    for quote in got[:-1]:
        assert quote.rule == RULE
        assert quote.speaker is not None and quote.speaker.name == f"{first} {last}"
    assert got[-1].rule != RULE  # the last one has an attribution of its own


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            '"No to the plan," "No to the deal," chanted the demonstrators.',
            "the demonstrators",
            id="chanted the demonstrators",
        ),
        pytest.param(
            '"No to the plan"; "No to the deal," the marchers shouted.',
            "the marchers",
            id="semicolon between",
        ),
        pytest.param(
            '"No to the plan." "No to the deal." "Out now," said Lorik Tavend.',
            "Lorik Tavend",
            id="full stops inside",
        ),
        pytest.param(
            "«Нет этому плану», «Нет этой сделке», - заявил Лорик Тавенд.",
            "Лорик Тавенд",
            id="russian",
        ),
    ],
)
def test_written_rows(text: str, speaker: str) -> None:
    got = quotes(text)
    assert len(got) >= 2
    for quote in got[:-1]:
        assert quote.rule == RULE
        assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            '"No to the plan" was painted on a wall. "Out now," said Lorik Tavend.',
            id="words between",
        ),
        pytest.param('"No to the plan,"\n\n"Out now," said Lorik Tavend.', id="another paragraph"),
        pytest.param('"No to the plan," "Out now," the crowd.', id="no attribution after the run"),
    ],
)
def test_not_this_sieve(text: str) -> None:
    assert all(q.rule != RULE for q in quotes(text))
