"""Speaker names that are no names: a count that must print 0.

A speaker's ``name`` is meant to be who spoke. A weekday (``Wednesday``), a month, a
bare determiner (``the``), a pronoun (``he``, ``ITSELF``) or a single lower-case word
(``officials``, ``эксперт``) is never one: it is a word the attribution took for a
name. This script parses the shared development corpora (``../shared/corpus/dev`` and
``../shared/corpus/polnear/train``, read in place, never copied), checks every
quotation's ``speaker.name`` and prints the count per corpus and per kind, with the
first examples of each. Run from the repository root::

    .venv/bin/python benchmarks/bench_speaker_names.py
    .venv/bin/python benchmarks/bench_speaker_names.py --corpus /path/to/txt --show 10

The exit status is 1 when any such name is found, so the check can gate a build.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"
DEFAULT_CORPORA = (SHARED / "dev", SHARED / "polnear" / "train")

try:
    import wirecopy
except ImportError:  # pragma: no cover - run from a source tree without an install
    sys.path.insert(0, str(REPO / "src"))
    import wirecopy

from wirecopy._data.function_words import DETERMINERS  # noqa: E402
from wirecopy._data.months import MONTHS, WEEKDAYS  # noqa: E402

#: Pronouns in the languages the package reads, reflexives and object forms included.
PRONOUNS = frozenset(
    {
        *("i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them"),
        *("himself", "herself", "itself", "themselves", "myself", "ourselves"),
        *("his", "its", "their", "who", "whom", "which"),
        *("я", "мы", "вы", "он", "она", "оно", "они", "его", "её", "ее", "их"),
        *("него", "неё", "нее", "ним", "ней", "них", "который", "которая", "которые"),
    }
)


def _weekdays() -> frozenset[str]:
    return frozenset(w.casefold() for _, names in WEEKDAYS for w in names)


def _months() -> frozenset[str]:
    return frozenset(w.casefold() for _, names in MONTHS for w in names)


def kind_of(name: str, weekdays: frozenset[str], months: frozenset[str]) -> str | None:
    """Why ``name`` is no name (``weekday``, ``month``, ``determiner``, ``pronoun``,
    ``lower-case word``), or ``None`` when it may be one."""
    words = name.split()
    if not words:
        return "empty"
    if len(words) > 1:
        return None
    key = words[0].casefold().strip(".,;:'\"’")
    if key in weekdays:
        return "weekday"
    if key in months:
        return "month"
    if key in DETERMINERS:
        return "determiner"
    if key in PRONOUNS:
        return "pronoun"
    if words[0] == words[0].lower() and any(ch.isalpha() for ch in words[0]):
        return "lower-case word"
    return None


def speaker_names(folder: Path) -> Iterator[tuple[str, str, str]]:
    """``(file, quotation, speaker name)`` for every attributed quotation in ``folder``."""
    for path in sorted(folder.rglob("*.txt")):
        article = wirecopy.parse(path.read_text(encoding="utf-8"))
        for quote in article.quotes:
            if quote.speaker is not None:
                yield path.name, quote.text, quote.speaker.name


def check(corpora: Iterable[Path], show: int) -> int:
    weekdays, months = _weekdays(), _months()
    total = 0
    for folder in corpora:
        if not folder.is_dir():
            print(f"{folder}: absent, skipped")
            continue
        found: dict[str, list[tuple[str, str, str]]] = {}
        names = 0
        for file, text, name in speaker_names(folder):
            names += 1
            kind = kind_of(name, weekdays, months)
            if kind is not None:
                found.setdefault(kind, []).append((file, text, name))
        count = sum(len(v) for v in found.values())
        total += count
        print(f"{folder}: {names} speaker names, {count} that are no name")
        for kind, rows in sorted(found.items()):
            print(f"  {kind}: {len(rows)}")
            for file, text, name in rows[:show]:
                print(f"    {file}: {name!r} for {text[:60]!r}")
    print(
        "speaker names that are a weekday, month, determiner, pronoun or one lower-case"
        f" word: {total}"
    )
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", type=Path, action="append", help="a folder of .txt (repeatable)"
    )
    parser.add_argument("--show", type=int, default=5, help="examples shown per kind")
    args = parser.parse_args(argv)
    return 1 if check(args.corpus or DEFAULT_CORPORA, args.show) else 0


if __name__ == "__main__":
    sys.exit(main())
