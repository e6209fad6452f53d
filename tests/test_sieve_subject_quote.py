"""The ``subject-quote`` sieve: a quotation that is its sentence's predicate, right
after the subject, opening with a verb (``Putin "reasonably responded that ..."``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wirecopy

GIVEN = ["Lorik", "Irena", "Tomas", "Marta"]
SURNAMES = ["Tavend", "Kandrup", "Oselli", "Varga"]
VERBS = ["welcomes", "rejects", "regrets", "supports", "condemned", "welcomed"]


def attributed(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None, q.rule) for q in wirecopy.parse(text).quotes
    ]


@settings(deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(VERBS))
def test_a_named_subject_then_its_quoted_predicate(
    given_name: str, surname: str, verb: str
) -> None:
    text = f'On Monday, {given_name} {surname} "{verb} the decision of the council."'
    [(_, name, rule)] = attributed(text)
    assert (name, rule) == (f"{given_name} {surname}", "subject-quote")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'During the talks, Putin "reasonably responded that yes, Ukraine is not ready."',
            "Putin",
            id="an adverb, then the verb",
        ),
        pytest.param(
            'WITHIN THIS CONTEXT, THE URNG GENERAL COMMAND "FEELS THAT IT IS NECESSARY TO ACT."',
            "THE URNG GENERAL COMMAND",
            id="all caps",
        ),
    ],
)
def test_positive_rows(text: str, speaker: str) -> None:
    [(_, name, rule)] = attributed(text)
    assert (name, rule) == (speaker, "subject-quote")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('He called it "a disaster for the region."', id="after a verb"),
        pytest.param('Lorik Tavend was in "good spirits" on Monday.', id="no verb opens it"),
        pytest.param('The council met in "the old town hall" on Monday.', id="after a preposition"),
    ],
)
def test_negative_rows(text: str) -> None:
    assert all(rule != "subject-quote" for _, _, rule in attributed(text))
