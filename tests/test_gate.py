"""The plausibility gate (:func:`wirecopy._gate.reject`): each reason in its docstring,
phrases that pass, and end-to-end rows where a phrase that is no source gives no
speaker."""

from __future__ import annotations

import pytest

import wirecopy
from wirecopy._gate import reject
from wirecopy._model import Span
from wirecopy._phrases import DESCRIPTION, NAME, PRONOUN, Phrase
from wirecopy._tokens import Tokens


def reason(
    text: str, first: int, last: int, kind: str, name: tuple[int, int] | None = None
) -> str | None:
    tokens = Tokens.of(text, [Span(0, len(text))], [])
    if kind == NAME and name is None:
        name = (first, last)
    name_first, name_last = name or (-1, -1)
    return reject(tokens, Phrase(first, last, kind, name_first, name_last))


@pytest.mark.parametrize(
    ("text", "first", "last", "kind", "expected"),
    [
        pytest.param("Lavrov said Tuesday", 2, 2, NAME, "time", id="time: weekday"),
        pytest.param("He said in November", 3, 3, NAME, "time", id="time: month"),
        pytest.param("He spoke on Tuesday morning", 4, 4, DESCRIPTION, "time", id="time: word"),
        pytest.param("Lorik Tavend said in 2008", 4, 4, NAME, "number", id="number"),
        pytest.param("the said", 0, 0, DESCRIPTION, "closed-class", id="closed-class: the"),
        pytest.param(
            "However, Lavrov said", 0, 0, NAME, "closed-class", id="closed-class: However"
        ),
        pytest.param("Then, Lavrov said", 0, 0, NAME, "closed-class", id="closed-class: Then"),
        pytest.param("Then there said", 1, 1, PRONOUN, "closed-class", id="closed-class: there"),
        pytest.param("The laws say it", 0, 2, DESCRIPTION, "verb", id="verb: say"),
        pytest.param("The laws would require it", 0, 2, DESCRIPTION, "verb", id="verb: would"),
        pytest.param(
            "Speaking on Tuesday, Lavrov said", 0, 0, NAME, "participle", id="participle: Speaking"
        ),
        pytest.param("Holding talks, Lavrov said", 0, 0, NAME, "participle", id="participle"),
        pytest.param("He spoke in Kyiv", 3, 3, NAME, "setting", id="setting: in Kyiv"),
        pytest.param("The sign said no", 0, 1, DESCRIPTION, "object", id="object: sign"),
        pytest.param("A banner read no", 0, 1, DESCRIPTION, "object", id="object: banner"),
        pytest.param("The placards said no", 0, 1, DESCRIPTION, "object", id="object: placards"),
        pytest.param("Then police said", 1, 1, DESCRIPTION, "lower-case", id="lower-case: police"),
        pytest.param("Then officials said", 1, 1, DESCRIPTION, "lower-case", id="lower-case"),
        pytest.param(
            "Instead, Lavrov said", 0, 0, NAME, "closed-class", id="closed-class: Instead"
        ),
        pytest.param("Back then, Lavrov said", 0, 0, NAME, "closed-class", id="closed-class: Back"),
        pytest.param("The ministry has said it", 0, 2, DESCRIPTION, "verb", id="verb: has"),
    ],
)
def test_reject_reasons(text: str, first: int, last: int, kind: str, expected: str) -> None:
    assert reason(text, first, last, kind) == expected


@pytest.mark.parametrize(
    ("text", "first", "last", "kind", "name"),
    [
        pytest.param("Then Lorik Tavend said", 1, 2, NAME, None, id="a full name"),
        pytest.param(
            "Then Foreign Minister Lorik Tavend said", 1, 4, NAME, (3, 4), id="a titled name"
        ),
        pytest.param("Then the ministry said", 1, 2, DESCRIPTION, None, id="a description"),
        pytest.param("Then he said", 1, 1, PRONOUN, None, id="he"),
        pytest.param("Then it said", 1, 1, PRONOUN, None, id="it"),
        pytest.param("King says so", 0, 0, NAME, None, id="a name ending in -ing before a cue"),
        pytest.param("Then al-Tavend said", 1, 1, NAME, None, id="al- name"),
        pytest.param(
            "Speaking on Tuesday, Lavrov said", 4, 4, NAME, None, id="the name after a participle"
        ),
    ],
)
def test_phrases_that_pass(
    text: str, first: int, last: int, kind: str, name: tuple[int, int] | None
) -> None:
    assert reason(text, first, last, kind, name) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"We will not accept this plan," said Tuesday.', id="weekday after the cue"),
        pytest.param('"We will not accept this plan," Tuesday said.', id="weekday before the cue"),
        pytest.param('"We will not accept this plan," said November.', id="month"),
        pytest.param('"We will not accept this plan," the said.', id="determiner"),
        pytest.param('"We will not accept this plan," he said.', id="unresolved he"),
        pytest.param('"We will not accept this plan," she added.', id="unresolved she"),
        pytest.param('A sign said: "We will not accept this plan."', id="a sign"),
        pytest.param('"We will not accept this plan," police said.', id="one lower-case word"),
        pytest.param('In 2008 said: "We will not accept this plan."', id="a number"),
    ],
)
def test_no_speaker_end_to_end(text: str) -> None:
    (quote,) = wirecopy.parse(text).quotes
    assert quote.speaker is None


def test_a_name_passes_end_to_end() -> None:
    (quote,) = wirecopy.parse(
        '"We will not accept this plan," said Lorik Tavend on Tuesday.'
    ).quotes
    assert quote.speaker is not None and quote.speaker.name == "Lorik Tavend"


def test_a_lone_adverb_is_no_speaker_end_to_end() -> None:
    (quote,) = wirecopy.parse('"We will not accept this plan," said Instead.').quotes
    assert quote.speaker is None
