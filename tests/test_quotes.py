"""The quotation-mark scanner and what counts as a quotation (issue 5)."""

from __future__ import annotations

import itertools

import pytest

import wirecopy
from wirecopy._model import Span
from wirecopy._quotes import scan_quoted_spans


def quoted(text: str) -> list[str]:
    """Every outermost quoted span of ``text`` read as one paragraph per blank-line block."""
    spans = []
    pos = 0
    for block in text.split("\n\n"):
        spans.append(Span(pos, pos + len(block)))
        pos += len(block) + 2
    return [text[q.span.start : q.span.end] for q in scan_quoted_spans(text, spans)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win" today.', ["we will win"]),
        ("He said “we will win” today.", ["we will win"]),
        ("Он сказал «мы победим» сегодня.", ["мы победим"]),
        ("Er sagte »wir siegen« heute.", ["wir siegen"]),
        ("Er sagte „wir siegen“ heute.", ["wir siegen"]),
        ("He said ``we will win'' today.", ["we will win"]),
        ("He said ''we will win'' today.", ["we will win"]),
        ("He said `we will win' today.", ["we will win"]),
        ("He called it 'no proof' today.", ["no proof"]),
    ],
    ids=[
        "straight",
        "curly",
        "guillemets",
        "reversed",
        "low-high",
        "ldc",
        "ap-doubled",
        "tex",
        "single",
    ],
)
def test_every_mark(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kerry's visit and the U.S.' readiness in the '90s.",
        "Kerry’s visit and the parents’ plan.",
        "He is 5'11\" tall and the board is 2' wide.",
        "Don't, won't, can't.",
    ],
)
def test_apostrophes_and_inch_marks_are_not_quotation_marks(text: str) -> None:
    assert quoted(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He vowed "net zero by 2050", and left.', ["net zero by 2050"]),
        ('"We will be carbon-free by 2050," he said.', ["We will be carbon-free by 2050,"]),
        ('She called it "Plan 2030".', ["Plan 2030"]),
        ("She called it 'Vision 2030' today.", ["Vision 2030"]),
        ('A 55" screen and a "nice chair," he said.', ["nice chair,"]),
    ],
    ids=["comma-after", "inside-comma", "full-stop-after", "single", "inch-then-quote"],
)
def test_a_mark_after_a_digit_closes_an_open_quotation(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_nested_quotes_stay_inside_their_parent() -> None:
    assert quoted("He said \"they call it 'the plan' now,\" and left.") == [
        "they call it 'the plan' now,"
    ]


def test_a_closing_mark_of_the_outer_quotation_closes_an_unclosed_inner_one() -> None:
    text = "\"We told them: 'You won't be elected, you won't govern,\" the source said."
    assert quoted(text) == ["We told them: 'You won't be elected, you won't govern,"]


def test_single_quoted_words_inside_a_double_mark_that_never_closes() -> None:
    text = '"\'Of course you will have input,\' the source said.\n\n"The last thing," he said.'
    assert quoted(text) == ["Of course you will have input,", "The last thing,"]


def test_a_quotation_running_over_paragraphs_is_one_item() -> None:
    text = '"First part of it.\n\n"Second part of it.\n\n"Third part," he said.'
    assert quoted(text) == ['First part of it.\n\n"Second part of it.\n\n"Third part,']


def test_an_unclosed_mark_stops_at_its_paragraph() -> None:
    text = 'He said "this never closes.\n\nThen "a real one," she said.'
    assert quoted(text) == ["this never closes.", "a real one,"]


def test_an_unbalanced_mark_does_not_change_earlier_quotations() -> None:
    text = 'A said "one." B said "two." C said "'
    assert quoted(text)[:2] == ["one.", "two."]


def test_no_end_quote_note_ends_the_quotation() -> None:
    text = 'He said "we are ready [NO END QUOTE AS RECEIVED] Later news.'
    assert quoted(text) == ["we are ready"]


def test_quotes_in_headline_and_deck_are_not_body_quotations() -> None:
    article = wirecopy.parse(
        'Kremlin: "no progress"\n\nThe aide called it "useless"\n\n'
        'MOSCOW, May 13. /TASS/. "We saw no progress at all," Yuri Ushakov said.'
    )
    assert [q.text for q in article.quotes] == ["We saw no progress at all,"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Militants of the so-called "Islamic State" attacked the town.',
        'Bullock, who stars in the "Miss Congeniality" film, was aboard.',
        'Novelist and "Jurassic Park" creator Michael Crichton agreed to pay.',
        'The airline will operate under the name "Continental Express."',
        'He appeared on CBS\'s "Face the Nation."',
    ],
)
def test_names_titles_and_scare_quotes_are_terms(sentence: str) -> None:
    article = wirecopy.parse(sentence)
    assert article.quotes == ()
    assert len(article.quoted_terms) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Viacom called the offer "final" on Monday.', "final"),
        ('Kosachev told journalists, adding that "the summit" will show the way.', "the summit"),
        ('The court said it was "against its will," the ruling said.', "against its will,"),
    ],
)
def test_partial_quotes_in_a_reporting_clause_are_quotations(sentence: str, expected: str) -> None:
    assert [q.text for q in wirecopy.parse(sentence).quotes] == [expected]


def test_quote_spans_are_ordered_and_do_not_overlap() -> None:
    text = '"A," he said, "B." Then "C," she added. "D."'
    quotes = wirecopy.find_quotes(text)
    spans = [q.span for q in quotes]
    assert spans == sorted(spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_an_inner_quotation_of_a_closed_quotation_is_not_taken_again() -> None:
    text = '"``»«„'
    spans = [q.span for q in scan_quoted_spans(text, [Span(0, len(text))])]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "''It was fun,'' Clinton said. 'A lot of people assumed nobody would care.''",
            ["It was fun,", "A lot of people assumed nobody would care."],
            id="single mark typed for the opening pair",
        ),
        pytest.param(
            "''I told them to let 'em go,'' she said.",
            ["I told them to let 'em go,"],
            id="an apostrophe inside a quotation stays one",
        ),
        pytest.param(
            "He said 'no' and left. ''Yes,'' she said.",
            ["no", "Yes,"],
            id="a single-quoted word closed by a single mark",
        ),
    ],
)
def test_a_lone_single_mark_closed_by_two_apostrophes(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected
