"""Sieve ``reported-speech-before``: a bare quotation after a report of the same words.

The wire convention: ``CDC Director Jeffrey P. Koplan said a national strategy is
needed.`` then a paragraph that is only a quotation: the source of the previous
paragraph's last cue speaks; the quotation has no cue of its own. A cue whose subject
is ``it`` or ``this`` is passed over for the one before it. Not: a previous paragraph
that holds a quotation of its own (that is continuation).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sieve_rows import GIVEN, SURNAMES, quotes, reporting_pasts

RULE = "reported-speech-before"
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
REPORTS = ("a national strategy was needed", "the talks would go on", "the plan had failed")


@settings(deadline=None)  # the first parse builds the lexicon's tables
@given(
    first=st.sampled_from(GIVEN),
    last=st.sampled_from(SURNAMES),
    verb=st.sampled_from(VERBS),
    title=st.sampled_from(TITLES),
    report=st.sampled_from(REPORTS),
    introduced=st.booleans(),
)
def test_generated_report_then_bare_quotation(
    first: str, last: str, verb: str, title: str, report: str, introduced: bool
) -> None:
    if introduced:
        lead = f"{title}{first} {last} met reporters on Monday.\n\n{last} {verb} {report}."
    else:
        lead = f"{title}{first} {last} {verb} {report}."
    (quote,) = quotes(f'{lead}\n\n"We will not accept this plan."')
    assert quote.rule == RULE
    assert quote.speaker is not None
    assert quote.speaker.name == f"{first} {last}"
    assert quote.cue is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Health Director Kasimir Varnholt said a national strategy is needed.\n\n"
            '"We have to act now."',
            "Kasimir Varnholt",
            id="director said",
        ),
        pytest.param(
            "Lorik Tavend said the plan was flawed. It said talks would go on.\n\n"
            '"We will not accept this plan."',
            "Lorik Tavend",
            id="it said is passed over",
        ),
        pytest.param(
            'The ministry said the plan was flawed.\n\n"We will not accept this plan."',
            "The ministry",
            id="a body",
        ),
        pytest.param(
            "Лорик Тавенд заявил, что министерство не примет план.\n\n«Мы не примем этот план».",
            "Лорик Тавенд",
            id="russian",
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
            'Lorik Tavend said: "We are ready."\n\n"We will not accept this plan."',
            id="the paragraph before holds a quotation",
        ),
        pytest.param(
            'Lorik Tavend arrived on Monday.\n\n"We will not accept this plan."',
            id="no cue before",
        ),
        pytest.param(
            'Lorik Tavend said the plan had failed.\n\n"We will not accept this plan," he added.',
            id="a cue of its own",
        ),
        pytest.param(
            "Lorik Tavend said the plan had failed.\n\n"
            '"We will not accept this plan." The talks ended.',
            id="not only the quotation in its paragraph",
        ),
    ],
)
def test_not_this_sieve(text: str) -> None:
    assert all(q.rule != RULE for q in quotes(text))
