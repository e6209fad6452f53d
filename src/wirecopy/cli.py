"""The ``wirecopy`` command line: ``wirecopy parse [FILE|DIR ...]``.

Uses only the public API. Records go to stdout (or ``--output``) as JSON, JSON
Lines, CSV (one row per quotation, for spreadsheets) or HTML; problems with one
file are reported on stderr with its path, the other files are still parsed, and
the exit status is 1 when any file failed.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import itertools
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import wirecopy

__all__ = ["main"]

_CSV_FIELDS = (
    "source",
    "headline",
    "dateline",
    "places",
    "date",
    "agency",
    "lede",
    "quote",
    "quote_start",
    "quote_end",
    "speaker",
    "speaker_title",
    "cue",
    "rule",
)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirecopy", description="Turn raw wire-service copy into typed records."
    )
    parser.add_argument("--version", action="version", version=f"wirecopy {wirecopy.__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("parse", help="parse articles and print records")
    p.add_argument("paths", nargs="*", metavar="FILE", help="files or folders; '-' or none: stdin")
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "csv", "html"),
        default="json",
        help="output format (default: json)",
    )
    p.add_argument(
        "--reference-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="resolve dateline dates against this day",
    )
    p.add_argument("-r", "--recursive", action="store_true", help="read folders recursively")
    p.add_argument("--pattern", default="*.txt", help="file name pattern inside folders (*.txt)")
    p.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    p.add_argument(
        "--encoding",
        default="utf-8",
        help="encoding of the input files (default: utf-8, BOM-aware)",
    )
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default: 1)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return parser


def _iso_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _expand(paths: Sequence[str], recursive: bool, pattern: str) -> Iterator[str]:
    if not paths:
        yield "-"
        return
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found = path.rglob(pattern) if recursive else path.glob(pattern)
            yield from (str(p) for p in sorted(found) if p.is_file())
        else:
            yield raw


def _read(source: str, encoding: str) -> str:
    data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    if encoding.replace("-", "").replace("_", "").lower() == "utf8":
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise UnicodeError(
                "looks like UTF-16 (it starts with a UTF-16 BOM); pass --encoding utf-16"
            )
        encoding = "utf-8-sig"
    return data.decode(encoding)


def _record(source: str, article: wirecopy.Article) -> dict[str, Any]:
    return {"source": source, **article.to_dict()}


def _csv_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    dateline = record["dateline"] or {}
    base = {
        "source": record["source"],
        "headline": (record["headline"] or {}).get("text"),
        "dateline": dateline.get("text"),
        "places": "; ".join(dateline.get("places") or []),
        "date": dateline.get("date"),
        "agency": dateline.get("agency"),
        "lede": (record["lede"] or {}).get("text"),
    }
    if not record["quotes"]:
        yield base
        return
    for quote in record["quotes"]:
        speaker = quote["speaker"] or {}
        yield {
            **base,
            "quote": quote["text"],
            "quote_start": quote["start"],
            "quote_end": quote["end"],
            "speaker": speaker.get("name"),
            "speaker_title": speaker.get("title"),
            "cue": (quote["cue"] or {}).get("text"),
            "rule": quote.get("rule"),
        }


class _Progress:
    """A one-line progress counter on stderr, shown only on a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.enabled = enabled

    def step(self) -> None:
        self.done += 1
        if self.enabled and (self.done % 25 == 0 or self.done == self.total):
            width = 30
            filled = width * self.done // max(self.total, 1)
            sys.stderr.write(
                f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} articles"
            )
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _parse_command(args: argparse.Namespace) -> int:
    sources = list(_expand(args.paths, args.recursive, args.pattern))
    failures = 0

    def readable() -> Iterator[tuple[str, str]]:
        nonlocal failures
        for source in sources:
            try:
                yield source, _read(source, args.encoding)
            except (OSError, UnicodeError, LookupError) as exc:
                failures += 1
                print(f"wirecopy: {source}: cannot read: {exc}", file=sys.stderr)

    for_texts, for_sources = itertools.tee(readable())
    progress = _Progress(len(sources), enabled=sys.stderr.isatty() and not args.quiet)
    articles = wirecopy.parse_many(
        (t for _, t in for_texts), reference_date=args.reference_date, jobs=max(1, args.jobs)
    )
    items = ((s, a, t) for (s, t), a in zip(for_sources, articles, strict=False))
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            _write(args.format, items, out, progress)
    else:
        _write(args.format, items, sys.stdout, progress)
    return 1 if failures else 0


def _write(
    fmt: str, items: Iterator[tuple[str, wirecopy.Article, str]], out: TextIO, progress: _Progress
) -> None:
    if fmt == "json":
        records = []
        for source, article, _ in items:
            records.append(_record(source, article))
            progress.step()
        json.dump(records[0] if len(records) == 1 else records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for source, article, _ in items:
            out.write(json.dumps(_record(source, article), ensure_ascii=False) + "\n")
            progress.step()
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=_CSV_FIELDS)
        writer.writeheader()
        for source, article, _ in items:
            writer.writerows(_csv_rows(_record(source, article)))
            progress.step()
    else:
        buffer = io.StringIO()
        for source, article, text in items:
            buffer.write(wirecopy.render_html(text, article, title=source))
            progress.step()
        out.write(buffer.getvalue())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Example:
        >>> main(["--version"])  # doctest: +SKIP
        wirecopy 0.1.0
    """
    args = _build_parser().parse_args(argv)
    try:
        return _parse_command(args)
    except BrokenPipeError:  # e.g. `wirecopy parse ... | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
