"""Entity sieves (:mod:`wirecopy._entities`): each pass that links a later mention to
an entity met before it, read directly through :meth:`Entities.of` and end to end
through the speaker names :func:`wirecopy.parse` gives."""

from __future__ import annotations

import pytest

import wirecopy
from wirecopy._cues import find_cues
from wirecopy._entities import (
    Entities,
    acronym,
    exact_name,
    inflected,
    misspelt,
    short_form,
    surname,
)
from wirecopy._model import Span
from wirecopy._tokens import Tokens


def entities(text: str) -> Entities:
    tokens = Tokens.of(text, [Span(0, len(text))], [])
    return Entities.of(tokens, find_cues(tokens))


def linked(text: str) -> list[tuple[str, str]]:
    """Each occurrence as written, with its entity's name."""
    found = entities(text)
    return [(found.tokens.slice(o.token, o.last), o.entity.name) for o in found.occurrences]


def speaker(text: str) -> str | None:
    quote = wirecopy.parse(text).quotes[-1]
    return quote.speaker.name if quote.speaker else None


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        pytest.param(
            "Lorik Tavend spoke. Lorik Tavend left.",
            "Lorik Tavend",
            "Lorik Tavend",
            id="exact_name",
        ),
        pytest.param(
            "Aide Lorik Tavend spoke. Later Tavend left.", "Tavend", "Lorik Tavend", id="surname"
        ),
        pytest.param(
            "Rafael Leonardo Callejas Romero spoke. Callejas said no.",
            "Callejas",
            "Rafael Leonardo Callejas Romero",
            id="surname: the first of two",
        ),
        pytest.param(
            "The Farabundo Marti National Liberation Front (FMLN) met. The FMLN said no.",
            "FMLN",
            "Farabundo Marti National Liberation Front",
            id="acronym",
        ),
        pytest.param(
            "Dorsk Motor Corp raised prices. Dorsk said sales rose.",
            "Dorsk",
            "Dorsk Motor Corp",
            id="short_form: a body",
        ),
        pytest.param(
            "Chen Guiqiu spoke. Chen said no.", "Chen", "Chen Guiqiu", id="short_form: family name"
        ),
        pytest.param(
            "Министр Лавров выступил. По словам Лаврова, всё хорошо.",
            "Лаврова",
            "Лавров",
            id="inflected: genitive",
        ),
        pytest.param(
            "Министр Лорик Тавенд выступил. По словам Тавенда, всё хорошо.",
            "Тавенда",
            "Лорик Тавенд",
            id="inflected: generated-style name",
        ),
        pytest.param(
            "Marco Koronelli spoke. Koronolli said no.",
            "Koronolli",
            "Marco Koronelli",
            id="misspelt: one letter changed",
        ),
        pytest.param(
            "Marco Koronelli spoke. Koronellis said no.",
            "Koronellis",
            "Marco Koronelli",
            id="misspelt: one letter added",
        ),
        pytest.param(
            "The Guatemalan National Revolutionary Unity (URNG) met. The URNG said no.",
            "URNG",
            "Guatemalan National Revolutionary Unity",
            id="acronym: initials in another order",
        ),
    ],
)
def test_entities_of_links_the_later_mention(text: str, mention: str, name: str) -> None:
    assert linked(text)[-1] == (mention, name)
    assert len({o.entity for o in entities(text).occurrences}) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Marco Koronelli spoke. Baronelli said no.",
            ["Marco Koronelli", "Baronelli"],
            id="misspelt: another first letter",
        ),
        pytest.param(
            "Marco Koro spoke. Kora said no.", ["Marco Koro", "Kora"], id="misspelt: too short"
        ),
    ],
)
def test_entities_of_keeps_apart(text: str, expected: list[str]) -> None:
    assert [e.name for e in entities(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'Presidential aide Yuri Ushakov met reporters.\n\n"It was useful," Ushakov said.',
            "Yuri Ushakov",
            id="surname",
        ),
        pytest.param(
            "The Farabundo Marti National Liberation Front (FMLN) attacked the town.\n\n"
            '"We will go on," the FMLN said.',
            "Farabundo Marti National Liberation Front",
            id="acronym",
        ),
        pytest.param(
            'Dorsk Motor Corp raised prices on Monday.\n\n"Sales rose," Dorsk said.',
            "Dorsk Motor Corp",
            id="short_form",
        ),
        pytest.param(
            "Министр Сергей Лавров выступил в Москве.\n\nПо словам Лаврова, «мы не примем план».",
            "Сергей Лавров",
            id="inflected",
        ),
        pytest.param(
            'Marco Koronelli met reporters on Monday.\n\n"It was useful," Koronolli said.',
            "Marco Koronelli",
            id="misspelt",
        ),
        pytest.param(
            'Marta Tavend spoke on Monday. Irena Tavend stayed home.\n\n"It was useful," Tavend '
            "said.",
            "Irena Tavend",
            id="surname: the latest sharing it",
        ),
        pytest.param(
            "THE GUATEMALAN NATIONAL REVOLUTIONARY UNITY (URNG) ATTACKED THE TOWN.\n\n"
            '"WE WILL GO ON," THE URNG SAID.',
            "GUATEMALAN NATIONAL REVOLUTIONARY UNITY",
            id="acronym: all caps, initials in another order",
        ),
        pytest.param(
            "The Guatemalan National Revolutionary Unity (URNG) attacked the town.\n\n"
            '"We will go on," the URNG said.',
            "Guatemalan National Revolutionary Unity",
            id="acronym: mixed case, initials in another order",
        ),
        pytest.param(
            "The Kelvar Valley Farmers Union (KVFU) met on Monday.\n\n"
            '"We will go on," the KVFU said.',
            "Kelvar Valley Farmers Union",
            id="acronym: a body whose name holds a plural noun",
        ),
    ],
)
def test_speaker_names_through_the_entity_sieves(text: str, name: str) -> None:
    assert speaker(text) == name


def test_each_sieve_alone() -> None:
    """The passes called directly on an article's entities."""
    found = entities(
        "Aide Lorik Tavend spoke. Dorsk Motor Corp paid. The Farabundo Marti National "
        "Liberation Front (FMLN) met. Министр Лавров выступил."
    )
    tavend = found.by_name[("lorik", "tavend")]
    dorsk = found.by_name[("dorsk", "motor", "corp")]
    lavrov = found.by_name[("лавров",)]
    assert exact_name(("lorik", "tavend"), "person", found) is tavend
    assert surname(("tavend",), "unknown", found) is tavend
    assert short_form(("dorsk",), "unknown", found) is dorsk
    assert acronym(("fmln",), "body", found).name == "Farabundo Marti National Liberation Front"
    assert inflected(("лаврова",), "unknown", found) is lavrov
    assert misspelt(("tavand",), "unknown", found) is tavend
    assert misspelt(("tavendo",), "unknown", found) is tavend
    assert misspelt(("bavend",), "unknown", found) is None  # another first letter
