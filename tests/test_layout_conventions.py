"""Issue 16: each layout convention rendered with generated places, outlets, names and
cases, and parsed back; with the negative rows beside them."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirecopy
from strategies import (
    bracket_tags,
    bracketed_qualifier_datelines,
    claim_source_titles,
    closed_titles,
    glued_abbreviation_datelines,
    glued_title_furniture,
    job_lines,
    places,
    unlisted_outlet_datelines,
)
from wirecopy._dateline import SHAPES, _compiled, match_dateline

BODY = " The mayor said on Monday that the city would act."
LEDE = (
    "The senator told supporters at a rally on Tuesday evening that the party would take"
    " its campaign to every county in the state before the primary in March."
)


@pytest.fixture(scope="module", autouse=True)
def _compiled_shapes() -> None:
    """Compile every shape up front, outside hypothesis's per-example deadline."""
    for name, _ in SHAPES:
        _compiled(name)


def _fields(d: wirecopy.Dateline) -> dict[str, Any]:
    return {
        "text": d.text,
        "places": list(d.places),
        "year": d.year,
        "month": d.month,
        "day": d.day,
        "agency": d.agency,
    }


# -- datelines ---------------------------------------------------------------------------


@given(unlisted_outlet_datelines())
def test_an_unlisted_outlet_in_the_credit_slot_is_the_agency(case: tuple[str, Any]) -> None:
    text, expected = case
    d = match_dateline(text + BODY)
    assert d is not None
    assert _fields(d) == expected


@given(bracketed_qualifier_datelines())
def test_a_bracketed_qualifier_in_any_case_stays_out_of_the_places(case: tuple[str, Any]) -> None:
    text, expected = case
    d = match_dateline(text + BODY)
    assert d is not None
    assert {**_fields(d), "qualifiers": list(d.qualifiers)} == expected


@given(glued_abbreviation_datelines())
def test_a_dash_glued_to_an_abbreviation_closes_the_dateline(
    case: tuple[str, str, dict[str, Any]],
) -> None:
    paragraph, dateline, expected = case
    article = wirecopy.parse(f"Storm hits city\n\n{paragraph}\n\nMore.")
    assert article.dateline is not None and article.dateline.text == dateline
    assert article.dateline.places == expected["places"]
    assert article.dateline.qualifiers == expected["qualifiers"]
    assert article.lede is not None and article.lede.text == paragraph[len(dateline) :]


@given(places(caps_only=True), st.sampled_from(["-", "_"]))
def test_a_hyphen_glued_on_both_sides_is_no_separator(place: str, dash: str) -> None:
    # U.S.-led, D.C.-area: a compound, not a dateline's dash
    assert match_dateline(f"{place}, U.S.{dash}led forces left.") is None


# -- not a dateline ----------------------------------------------------------------------


@given(claim_source_titles())
def test_a_claim_dash_source_line_is_a_title_not_a_dateline(case: tuple[str, Any]) -> None:
    text, expected = case
    article = wirecopy.parse(text)
    assert (article.headline.text if article.headline else None) == expected["headline"]
    assert (article.deck.text if article.deck else None) == expected["deck"]
    assert (article.dateline.text if article.dateline else None) == expected["dateline"]
    assert article.lede is not None and article.lede.text == expected["lede"]


@given(places(caps_only=True), st.sampled_from(["_", "--", "—"]))
def test_a_place_only_dateline_over_a_sentence_stays_a_dateline(place: str, dash: str) -> None:
    article = wirecopy.parse(f"Title\n\n{place} {dash}{BODY}\n\nMore.")
    assert article.dateline is not None and article.dateline.text == f"{place} {dash}"
    assert article.lede is not None and article.lede.text == BODY.strip()


# -- headlines ---------------------------------------------------------------------------


@given(closed_titles())
def test_a_title_closed_like_a_sentence_is_the_headline(case: tuple[str, str]) -> None:
    text, title = case
    article = wirecopy.parse(text)
    assert article.headline is not None and article.headline.text == title
    assert article.lede is not None and article.lede.text.startswith("The senator")


@given(places(), st.sampled_from(["met", "thanked", "called"]), st.integers(3, 12))
def test_a_sentence_introducing_a_quotation_is_not_a_headline(
    name: str, verb: str, words: int
) -> None:
    quote = " ".join(["we", "will", "act"] * words)[:60]
    text = f'Minister {name.title()} {verb} reporters.\n\n"{quote}," {name.title()} said.'
    article = wirecopy.parse(text)
    assert article.headline is None
    assert article.lede is not None and article.lede.span.start == 0


# -- furniture ---------------------------------------------------------------------------


@given(bracket_tags(), st.booleans())
def test_fbis_bracket_tags_stay_out_of_the_lede(tags: str, glued: bool) -> None:
    lede = "The men left today."
    if glued:
        text = f"Title\n\nMOSCOW, 5 JUN 89 (TASS) -- {tags} {lede}"
    else:
        text = f"Title\n\n{tags}\n\nMOSCOW, 5 JUN 89 (TASS) -- {lede}"
    article = wirecopy.parse(text)
    assert article.lede is not None and article.lede.text == lede
    assert article.deck is None
    assert ("tag", tags) in [(f.kind, f.text) for f in article.furniture]


@given(glued_title_furniture())
def test_a_byline_and_advisory_glued_after_a_title_stay_out_of_it(
    case: tuple[str, str, str],
) -> None:
    line, title, byline = case
    article = wirecopy.parse(f"{line}\n\nROME, May 5 (AFP) - The pope spoke.")
    assert article.headline is not None and article.headline.text == title
    assert article.byline is not None and article.byline.text == byline
    assert "advisory" in [f.kind for f in article.furniture]


@given(job_lines())
def test_a_bylines_job_line_is_byline_furniture(job: str) -> None:
    article = wirecopy.parse(f"Pope appeals for calm\n\nBy Ana Lee\n\n{job}\n\n{LEDE}")
    assert article.deck is None
    assert ("byline", job) in [(f.kind, f.text) for f in article.furniture]
    assert article.lede is not None and article.lede.text == LEDE
