"""How parse time grows with input size, for each hostile-input family.

For every family the input is built at size n and 10n (and 100n where that is cheap),
parsed in a fresh child process (best of a few runs; a run over the time limit is
killed and reported), and the time ratio printed. A linear parser shows about 10x
per step; a ratio above 15x is flagged as super-linear.

    .venv/bin/python benchmarks/bench_scaling.py
    .venv/bin/python benchmarks/bench_scaling.py --family quotes --limit 60
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "tass-kerry-sochi.txt"
FLAG_RATIO = 15.0

try:
    import wirecopy
except ImportError:  # a source tree without an install
    sys.path.insert(0, str(REPO / "src"))
    import wirecopy


def _article() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def _names(count: int) -> list[str]:
    first = ("Iv", "Ser", "Dmi", "Ol", "Kon", "An", "Vla", "Yu", "Ale", "Bo", "Ka", "Mi")
    ends = ("an", "gei", "try", "ga", "stantin", "na", "dimir", "ri", "xei", "ris", "tya", "la")
    return [
        f"{first[i % 12]}{ends[(i // 12) % 12]} {first[(i // 144) % 12]}{ends[i % 12]}ov"
        for i in range(count)
    ]


#: family -> (builder of a text of "size" n, n, whether 100n is cheap)
FAMILIES: dict[str, tuple[Callable[[int], str], int, bool]] = {
    "article repeated (paragraphs)": (lambda n: "\n\n".join([_article()] * n), 5, True),
    "article repeated (one paragraph)": (
        lambda n: " ".join([_article().replace("\n", " ")] * n),
        5,
        True,
    ),
    'unmatched "': (lambda n: '"' * n, 1_000, False),
    "unmatched '": (lambda n: "'" * n, 1_000, True),
    "unmatched “": (lambda n: "“" * n, 1_000, True),
    "unmatched ”": (lambda n: "”" * n, 1_000, True),
    "unmatched ‘": (lambda n: "‘" * n, 300, False),
    "unmatched ’": (lambda n: "’" * n, 1_000, True),
    "unmatched «": (lambda n: "«" * n, 1_000, True),
    "unmatched »": (lambda n: "»" * n, 1_000, True),
    "unmatched „": (lambda n: "„" * n, 1_000, True),
    "unmatched ‹": (lambda n: "‹" * n, 300, False),
    "unmatched `": (lambda n: "`" * n, 1_000, True),
    "unmatched ``": (lambda n: "``" * n, 1_000, True),
    "unmatched ''": (lambda n: "''" * n, 1_000, True),
    "'word (apostrophe opens)": (lambda n: "'word " * n, 3_000, False),
    "nested “‘": (lambda n: "“‘" * n, 500, True),
    "nested “‘ closed": (lambda n: "“‘" * n + "’”" * n, 500, True),
    'empty quotes ""': (lambda n: '"" ' * n, 300, False),
    "dateline x n (one paragraph)": (lambda n: "MOSCOW, May 13. /TASS/. " * n, 200, True),
    "dateline x n (paragraphs)": (lambda n: "MOSCOW, May 13. /TASS/.\n\n" * n, 200, True),
    "line with no spaces": (lambda n: "x" * n, 10_000, True),
    "lone CR line ends": (lambda n: "\r\r".join([_article().replace("\n", "\r")] * n), 5, True),
    "CRLF line ends": (lambda n: "\r\n\r\n".join([_article().replace("\n", "\r\n")] * n), 5, True),
    "blank lines": (lambda n: "\n" * n, 1_000, True),
    "blank lines around article": (lambda n: "\n" * n + _article() + "\n" * n, 1_000, True),
    "paragraph of words": (lambda n: "word " * n, 2_000, True),
    "capitalised names": (lambda n: " ".join(_names(n)) + ' said "we will."', 1_000, True),
    "names + 'the minister said'": (
        lambda n: " ".join(
            f'Minister {x} arrived. "We won," the minister said.' for x in _names(n)
        ),
        100,
        False,
    ),
    "names + 'the bank said'": (
        lambda n: "\n\n".join(f'{x} Bank opened. "We won," the bank said.' for x in _names(n)),
        100,
        False,
    ),
    "names + 'it said' (no body named)": (
        lambda n: "\n\n".join(f'{x} spoke. "We won," it said.' for x in _names(n)),
        100,
        False,
    ),
    "names + 'she said' (no woman named)": (
        lambda n: "\n\n".join(f'{x} arrived.\n\nNews.\n\n"We won," she said.' for x in _names(n)),
        100,
        False,
    ),
    "said x n": (lambda n: "said " * n, 5_000, True),
    "quote + he said x n (one paragraph)": (lambda n: '"We won," he said. ' * n, 100, False),
    "quote + he said x n (paragraphs)": (lambda n: '"We won," he said.\n\n' * n, 100, True),
    "control characters": (lambda n: "\x00\x01\x1b\x7f " * n, 2_000, True),
    "emoji": (lambda n: "😀 “🎉,” said 👍. " * n, 200, False),
}


def _warm_up() -> None:
    try:
        from wirecopy._dateline import SHAPES, _compiled
    except ImportError:  # the internals moved: the public function still warms most of it
        pass
    else:
        for name, _ in SHAPES:
            _compiled(name)
    wirecopy.parse(_article())


def _child(conn: Connection, family: str, size: int, runs: int) -> None:
    build = FAMILIES[family][0]
    text = build(size)
    # Warm up: the dateline shapes and the cue trie compile on first use (once per
    # process); that one-off cost is not part of how parsing grows with the input.
    _warm_up()
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        wirecopy.parse(text)
        best = min(best, time.perf_counter() - started)
    conn.send((len(text), best))
    conn.close()


def measure(family: str, size: int, limit: float, runs: int) -> tuple[int, float | None]:
    """Return ``(characters, best seconds)``, or seconds ``None`` past the time limit."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, family, size, runs), daemon=True)
    child.start()
    send.close()
    try:
        if receive.poll(limit + 3):
            return receive.recv()
        return len(FAMILIES[family][0](size)), None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", default="", help="only families whose name contains this")
    parser.add_argument("--limit", type=float, default=30.0, help="seconds allowed per run")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (best is kept)")
    args = parser.parse_args(argv)
    header = (
        "family",
        "n",
        "chars(n)",
        "t(n) ms",
        "t(10n) ms",
        "10n/n",
        "t(100n) ms",
        "100n/10n",
        "verdict",
    )
    rows: list[list[str]] = []
    flagged: list[str] = []
    for family, (_, n, cheap) in FAMILIES.items():
        if args.family not in family:
            continue
        sizes = [n, 10 * n, 100 * n] if cheap else [n, 10 * n]
        results: list[tuple[int, float | None]] = []
        for size in sizes:
            runs = args.runs if size <= 10 * n else 1
            results.append(measure(family, size, args.limit, runs))
            if results[-1][1] is None:
                break
        times = [seconds for _, seconds in results]
        ratios: list[str] = []
        worst = 0.0
        for before, after in itertools.pairwise(times):
            if before is None:
                break
            if after is None:
                ratios.append(f">{args.limit / max(before, 1e-9):.0f}x")
                worst = float("inf")
            else:
                ratio = after / max(before, 1e-9)
                ratios.append(f"{ratio:.1f}x")
                worst = max(worst, ratio) if before > 0.002 else worst  # ignore noise < 2 ms
        cells = [f"{s * 1e3:,.1f}" if s is not None else f"> {args.limit:.0f} s" for s in times]
        verdict = "SUPER-LINEAR" if worst > FLAG_RATIO else "ok"
        if verdict != "ok":
            flagged.append(family)
        row = [
            family,
            f"{n:,}",
            f"{results[0][0]:,}",
            cells[0],
            cells[1] if len(cells) > 1 else "-",
            ratios[0] if ratios else "-",
            cells[2] if len(cells) > 2 else "-",
            ratios[1] if len(ratios) > 1 else "-",
            verdict,
        ]
        rows.append(row)
        print("  ".join(row), file=sys.stderr, flush=True)  # progress while it runs
    widths = [max(len(r[i]) for r in [list(header), *rows]) for i in range(len(header))]
    print(f"\nScaling per hostile family (flag: a 10x step costing more than {FLAG_RATIO:.0f}x)")
    for k, row in enumerate([list(header), *rows]):
        print(
            "  ".join(
                c.ljust(w) if i in (0, 8) else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if k == 0:
            print("  ".join("-" * w for w in widths))
    print(
        f"\n{len(flagged)} super-linear famil{'y' if len(flagged) == 1 else 'ies'}"
        + (": " + "; ".join(flagged) if flagged else "")
    )
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
