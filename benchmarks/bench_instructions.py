"""Instructions per parsed article, counted by Valgrind: a speed figure that noise cannot move.

Wall-clock figures on a shared machine drift by 10-30% from run to run, more than
most single changes save. Valgrind's ``callgrind`` counts the instructions a run
executes, which is the same on every run of the same code. Run from the repository
root (needs ``valgrind`` on ``PATH``; about 100 s per tree)::

    .venv/bin/python benchmarks/bench_instructions.py
    .venv/bin/python benchmarks/bench_instructions.py --src /tmp/base/src --src src

Each ``--src`` is a source tree to put first on ``sys.path`` (default: whatever
``import wirecopy`` finds), so two commits compare side by side: export the older one
with ``git archive BASE src | tar -x -C /tmp/base``. The corpus is parsed once to
warm up, then ``--passes`` more times; a run with no extra passes is subtracted, so
start-up, imports and the first compile of each pattern are not counted. Fewer
instructions is not always less time (an engine's loop may run more of them per
cycle), so confirm a gain with ``bench_parse.py``; but a change that saves under 1%
is only visible here.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"

#: What the child runs: parse every text once, then ``passes`` more times.
_CHILD = """
import pathlib, sys
import wirecopy
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt"))]
for _ in range(1 + int(sys.argv[2])):
    for text in texts:
        wirecopy.parse(text)
"""

#: Where instructions are spent, by the C source file of the function.
_ENGINES = (
    ("regex module", ("_regex",)),
    ("re (sre)", ("_sre", "sre_lib")),
    ("interpreter", ("ceval.c", "frame.c", "call.c")),
    ("allocator, gc", ("obmalloc.c", "gcmodule.c")),
)


def _callgrind(src: Path | None, corpus: Path, passes: int, out: Path) -> int:
    """Run the child under callgrind; return the instructions it executed."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            _CHILD,
            str(corpus),
            str(passes),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no total:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def _by_function(out: Path) -> Counter[str]:
    """Instructions per C function (``file:function``) in a callgrind output file."""
    listing = subprocess.run(
        ["callgrind_annotate", "--inclusive=no", "--threshold=100", str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    counts: Counter[str] = Counter()
    for line in listing.splitlines():
        m = re.match(r"\s*([\d,]+) \([^)]*\)\s+(\S+)", line)
        if m and "PROGRAM" not in line:
            counts[m.group(2).rsplit("/", 1)[-1]] += int(m.group(1).replace(",", ""))
    return counts


def measure(src: Path | None, corpus: Path, passes: int) -> tuple[float, dict[str, float]]:
    """Instructions per article, and the share of each engine in them."""
    articles = passes * sum(1 for _ in corpus.rglob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        base_out, full_out = Path(tmp, "base.out"), Path(tmp, "full.out")
        base = _callgrind(src, corpus, 0, base_out)
        full = _callgrind(src, corpus, passes, full_out)
        before, after = _by_function(base_out), _by_function(full_out)
    spent = {name: after[name] - before.get(name, 0) for name in after}
    total = sum(v for v in spent.values() if v > 0) or 1
    shares = {
        label: 100 * sum(v for k, v in spent.items() if any(p in k for p in parts)) / total
        for label, parts in _ENGINES
    }
    shares["everything else"] = 100 - sum(shares.values())
    return (full - base) / articles, shares


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--passes", type=int, default=2, help="timed passes (default 2)")
    parser.add_argument("--src", type=Path, action="append", help="a source tree (repeatable)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None or shutil.which("callgrind_annotate") is None:
        print("valgrind is not installed: nothing to count", file=sys.stderr)
        return 2
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    trees: list[Path | None] = list(args.src) if args.src else [None]
    first: float | None = None
    for src in trees:
        per_article, shares = measure(src, args.corpus, args.passes)
        label = str(src) if src is not None else "installed wirecopy"
        change = "" if first is None else f"  ({100 * (per_article / first - 1):+.2f}%)"
        print(f"{label}: {per_article:,.0f} instructions/article{change}")
        for name, share in shares.items():
            print(f"  {name:16s} {share:5.1f}%")
        first = per_article if first is None else first
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
