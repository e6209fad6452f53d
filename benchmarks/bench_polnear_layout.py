"""Layout on PolNeAR: is the first line the headline, and is every dateline real?

    python benchmarks/bench_polnear_layout.py [--corpus ../shared/corpus/polnear/train]
        [--show-errors 20]

PolNeAR ships each article with its headline as the first line and few datelines, and
no layout gold. Two figures follow from that alone:

- *headline*: the articles whose parsed headline is the first line (white space
  folded), out of all articles;
- *datelines*: the articles given a dateline, and how many of those datelines do not
  open the first body paragraph, where a dateline cannot be. The first body paragraph
  is taken to be the first or second non-blank line after the headline (one deck or
  editor's note may stand between them).

Run on demand; nothing here is a test. Exit status 1 when the headline figure is under
98% or any dateline lies outside the first body paragraph.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

try:
    import wirecopy
except ImportError:  # a source tree without an install
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import wirecopy

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "polnear" / "train"
HEADLINE_TARGET = 0.98


def _folded(text: str) -> str:
    return " ".join(text.split())


def _body_line_starts(text: str, count: int = 2) -> tuple[int, ...]:
    """Where the first ``count`` non-blank lines after the first non-blank line start."""
    starts: list[int] = []
    offset = 0
    seen_first = False
    for line in text.splitlines(keepends=True):
        if line.strip():
            if seen_first:
                starts.append(offset + len(line) - len(line.lstrip()))
                if len(starts) == count:
                    break
            seen_first = True
        offset += len(line)
    return tuple(starts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show-errors", type=int, default=0)
    args = parser.parse_args(argv)
    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        print(f"no articles under {args.corpus}", file=sys.stderr)
        return 2

    headline_right = 0
    with_dateline = 0
    misplaced: list[str] = []
    wrong_headlines: list[str] = []
    for path in paths:
        text = path.read_text("utf-8")
        article = wirecopy.parse(text)
        first_line = _folded(text.lstrip().split("\n", 1)[0])
        headline = article.headline
        if headline is not None and _folded(headline.text) == first_line:
            headline_right += 1
        else:
            got = headline.text if headline is not None else None
            wrong_headlines.append(f"{path.name}: {first_line!r} -> {got!r}")
        dateline = article.dateline
        if dateline is not None:
            with_dateline += 1
            if dateline.span.start not in _body_line_starts(text):
                misplaced.append(f"{path.name}: {dateline.text!r}")

    total = len(paths)
    print(f"articles                         {total}")
    print(
        f"headline is the first line       {headline_right}/{total}"
        f" = {headline_right / total:.3f}  (target >= {HEADLINE_TARGET})"
    )
    print(f"articles with a dateline         {with_dateline}")
    print(f"datelines outside the first body paragraph  {len(misplaced)}  (target 0)")
    for label, rows in (("headline", wrong_headlines), ("misplaced dateline", misplaced)):
        for row in rows[: args.show_errors]:
            print(f"  - {label}: {row}")
    return 0 if headline_right / total >= HEADLINE_TARGET and not misplaced else 1


if __name__ == "__main__":
    sys.exit(main())
