"""Issue 2: the bundled TASS example parses exactly as its gold annotation says."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

import wirecopy
from corpus import SEED

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "tass-kerry-sochi.txt"


def fold(value: str) -> str:
    return " ".join(value.replace("’", "'").split())


@pytest.fixture(scope="module")
def article() -> wirecopy.Article:
    text = EXAMPLE.read_text(encoding="utf-8")
    return wirecopy.parse(text, reference_date=datetime.date(2015, 5, 13))


def test_layout_and_dateline(article: wirecopy.Article) -> None:
    assert article.headline is not None
    assert article.headline.text.startswith("Russia says Kerry")
    assert article.deck is not None
    assert article.deck.text.startswith("On Tuesday, US Secretary of State John Kerry met")
    assert article.dateline is not None
    d = article.dateline
    assert (d.text, d.places, d.year, d.month, d.day, d.agency) == (
        "MOSCOW, May 13. /TASS/.",
        ("MOSCOW",),
        None,
        5,
        13,
        "TASS",
    )
    assert d.date == datetime.date(2015, 5, 13)
    assert article.lede is not None
    assert article.lede.text.startswith("A senior lawmaker from Russia's parliamentary upper house")
    assert [f.text for f in article.furniture] == ["All news"]


def test_all_six_quotations_with_speaker_and_cue(article: wirecopy.Article) -> None:
    got = [
        (q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
        for q in article.quotes
    ]
    assert got == [
        ("Konstantin Kosachev", "told"),
        ("Konstantin Kosachev", "adding"),
        ("Konstantin Kosachev", "adding"),
        ("Yuri Ushakov", "said"),
        ("Yuri Ushakov", "added"),
        ("Yuri Ushakov", "added"),
    ]
    he = article.quotes[-1].speaker
    assert he is not None
    assert (he.text, he.resolved_by, he.title) == ("he", "pronoun", "Russian presidential aide")


def test_matches_the_shared_gold_when_present(article: wirecopy.Article) -> None:
    gold_path = SEED / "tass" / "kerry-sochi.json"
    if not gold_path.exists():
        pytest.skip("shared seed gold not present")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert fold(article.headline.text) == fold(gold["headline"])  # type: ignore[union-attr]
    assert fold(article.deck.text) == fold(gold["deck"])  # type: ignore[union-attr]
    assert fold(article.lede.text) == fold(gold["lede"])  # type: ignore[union-attr]
    assert [fold(q.text) for q in article.quotes] == [fold(q["text"]) for q in gold["quotes"]]
