"""Access to the shared gold corpus beside the repository (tests skip when it is absent).

The articles are others' writing: tests read them from ``../shared``, never copy them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
SEED = SHARED / "corpus" / "seed"


def corpus_articles(folder: Path = DEV) -> Iterator[tuple[Path, str, dict[str, object]]]:
    """Yield ``(path, text, gold)`` for each article in ``folder``; skip if it is absent."""
    if not folder.is_dir():
        pytest.skip(f"shared corpus not found at {folder}")
    for path in sorted(folder.rglob("*.txt")):
        gold_path = path.with_suffix(".json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        yield path, path.read_text(encoding="utf-8"), gold
