"""parse_many: in order, equal to parse, lazy, and the same over worker processes."""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Iterator

import pytest

import wirecopy

TEXTS = [
    "Kremlin comments\n\nMOSCOW, May 13. /TASS/. Yuri Ushakov spoke.\n\n"
    '"The talks were useful," Ushakov said.',
    'Gold rises\n\nLONDON, May 12 (Reuters) - Gold rose. "It\'s a haven," a trader said.',
    "WASHINGTON (AP) _ The Senate voted.",
    "",
    "no dateline here",
    "(AFP) -- \u201cWe are ready,\u201d Lavrov said.",
]
REFERENCE = datetime.date(2015, 5, 13)


def test_yields_in_order_and_equals_parse() -> None:
    results = list(wirecopy.parse_many(TEXTS, reference_date=REFERENCE))
    assert results == [wirecopy.parse(t, reference_date=REFERENCE) for t in TEXTS]


def test_returns_an_iterator() -> None:
    results = wirecopy.parse_many(TEXTS)
    assert iter(results) is results


def test_accepts_a_generator() -> None:
    results = list(wirecopy.parse_many(t for t in TEXTS))
    assert results == [wirecopy.parse(t) for t in TEXTS]


def test_is_lazy_on_an_infinite_generator() -> None:
    consumed = 0

    def endless() -> Iterator[str]:
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield f"MOSCOW, May {i % 28 + 1}. /TASS/. Item {i}."

    first = list(itertools.islice(wirecopy.parse_many(endless()), 10))
    assert [a.dateline.day for a in first] == [i % 28 + 1 for i in range(10)]
    assert consumed <= 11


def test_empty_input_gives_nothing() -> None:
    assert list(wirecopy.parse_many([])) == []


def test_two_jobs_give_the_same_results() -> None:
    texts = TEXTS * 30
    expected = [wirecopy.parse(t, reference_date=REFERENCE) for t in texts]
    parallel = list(wirecopy.parse_many(texts, reference_date=REFERENCE, jobs=2, chunk_size=7))
    assert parallel == expected


def test_two_jobs_are_lazy_on_an_infinite_generator() -> None:
    endless = (f"LONDON (Reuters) - Item {i}." for i in itertools.count())
    first = list(itertools.islice(wirecopy.parse_many(endless, jobs=2, chunk_size=4), 10))
    assert [a.lede.text for a in first] == [f"Item {i}." for i in range(10)]


@pytest.mark.parametrize("jobs", [0, -1, 1.5, "2", None, True])
def test_bad_jobs_raise_value_error(jobs: object) -> None:
    with pytest.raises(ValueError, match="jobs"):
        list(wirecopy.parse_many(TEXTS, jobs=jobs))  # type: ignore[arg-type]


@pytest.mark.parametrize("chunk_size", [0, -5, 2.0])
def test_bad_chunk_size_raises_value_error(chunk_size: object) -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        list(wirecopy.parse_many(TEXTS, chunk_size=chunk_size))  # type: ignore[arg-type]


def test_bad_arguments_raise_when_called_not_when_iterated() -> None:
    with pytest.raises(TypeError, match="single str"):
        wirecopy.parse_many("one article")
    with pytest.raises(ValueError, match="jobs"):
        wirecopy.parse_many([], jobs=0)
