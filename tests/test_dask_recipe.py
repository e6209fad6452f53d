"""The documented Dask recipe: parse a folder of articles with ``dask.bag``.

The recipe, as a user would write it::

    import dask.bag as db
    import wirecopy

    def read(path):
        with open(path, encoding="utf-8-sig") as f:
            return path, f.read()

    def quote_rows(item):
        path, article = item
        return [
            {"source": path, "quote": q.text, "start": q.span.start, "end": q.span.end,
             "speaker": q.speaker.name if q.speaker else None,
             "cue": q.cue.text if q.cue else None}
            for q in article.quotes
        ]

    bag = db.from_sequence(paths, npartitions=4).map(read)
    articles = bag.map(lambda item: (item[0], wirecopy.parse(item[1])))
    frame = articles.map(quote_rows).flatten().to_dataframe(meta=META)

Whole files are read (never ``db.read_text``, which splits on lines). ``Article``
pickles, so the ``processes`` scheduler works too; on small machines ``threads``
or ``sync`` is faster.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

db = pytest.importorskip("dask.bag")
dask = pytest.importorskip("dask")
pd = pytest.importorskip("pandas")

import wirecopy  # noqa: E402  (after the importorskip guards, on purpose)

ARTICLES = [
    "Kremlin comments\n\nMOSCOW, May 13. /TASS/. Yuri Ushakov spoke to reporters.\n\n"
    '"The talks were useful," Ushakov said. "We will meet again," he added.',
    'Gold rises\n\nLONDON, May 12 (Reuters) - Gold rose.\n\n"It is a haven," said Jane Doe.',
    "Senate votes\n\nWASHINGTON (AP) _ The Senate voted on Tuesday.",
    'Talks\n\nBEIJING, May 13 (Xinhua) -- "We are ready," Wang Yi told reporters.',
    "Markets\n\nTOKYO (Kyodo) - Stocks fell. No one would comment.",
]
REFERENCE = datetime.date(2015, 5, 20)
META = {
    "source": "object",
    "quote": "object",
    "start": "int64",
    "end": "int64",
    "speaker": "object",
    "cue": "object",
}


def read(path: str) -> tuple[str, str]:
    with open(path, encoding="utf-8-sig") as f:
        return path, f.read()


def parse_item(item: tuple[str, str]) -> tuple[str, wirecopy.Article]:
    path, text = item
    return path, wirecopy.parse(text, reference_date=REFERENCE)


def quote_rows(item: tuple[str, wirecopy.Article]) -> list[dict[str, Any]]:
    path, article = item
    return [
        {
            "source": path,
            "quote": q.text,
            "start": q.span.start,
            "end": q.span.end,
            "speaker": q.speaker.name if q.speaker else None,
            "cue": q.cue.text if q.cue else None,
        }
        for q in article.quotes
    ]


@pytest.fixture
def folder(tmp_path: Path) -> list[str]:
    paths = []
    for i, text in enumerate(ARTICLES * 4):
        path = tmp_path / f"{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def expected_rows(paths: list[str]) -> list[dict[str, Any]]:
    return [row for path in paths for row in quote_rows(parse_item(read(path)))]


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_bag_of_articles_to_a_quote_dataframe(folder: list[str], scheduler: str) -> None:
    bag = db.from_sequence(folder, npartitions=4).map(read).map(parse_item)
    frame = bag.map(quote_rows).flatten().to_dataframe(meta=META)
    with dask.config.set(scheduler=scheduler):
        result = frame.compute()
    assert result.to_dict("records") == expected_rows(folder)
    assert set(result["speaker"]) >= {"Yuri Ushakov", "Jane Doe", "Wang Yi"}


def test_bag_of_articles_keeps_whole_records(folder: list[str]) -> None:
    bag = db.from_sequence(folder, npartitions=3).map(read).map(parse_item)
    with dask.config.set(scheduler="sync"):
        records = bag.map(lambda item: {"source": item[0], **item[1].to_dict()}).compute()
    assert len(records) == len(folder)
    assert records[0]["dateline"]["date"] == "2015-05-13"


def test_processes_scheduler_pickles_articles(folder: list[str]) -> None:
    three = folder[:3]
    bag = db.from_sequence(three, npartitions=3).map(read).map(parse_item)
    with dask.config.set(scheduler="processes", num_workers=2):
        articles = bag.compute()
    assert articles == [parse_item(read(p)) for p in three]
