"""Throughput, latency, memory, per-stage cost, scaling and import time of wirecopy.parse.

Run from the repository root::

    .venv/bin/python benchmarks/bench_parse.py     # ../shared/corpus/dev, 5,000 articles
    .venv/bin/python benchmarks/bench_parse.py --articles 20000 --corpus PATH

The corpus is read where it lies and replicated in memory to ``--articles``.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import re
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
EXAMPLE = REPO / "examples" / "tass-kerry-sochi.txt"
IMPORT_TARGET_MS = 150.0

try:
    import wirecopy
except ImportError:  # a source tree without an install
    sys.path.insert(0, str(REPO / "src"))
    import wirecopy


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print a plain-text table: first column left-aligned, the others right-aligned."""
    cells = [[str(c) for c in header], *[[_cell(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    rule = "  ".join("-" * w for w in widths)
    print(f"\n{title}\n{'=' * len(title)}")
    for n, row in enumerate(cells):
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if n == 0:
            print(rule)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def load_corpus(folder: Path) -> list[str]:
    paths = sorted(folder.rglob("*.txt"))
    if not paths:
        sys.exit(f"bench_parse: no .txt files under {folder}")
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def throughput(texts: list[str], count: int) -> list[tuple[str, object, str]]:
    batch = list(itertools.islice(itertools.cycle(texts), count))
    size_mb = sum(len(t.encode("utf-8")) for t in batch) / 1e6
    timings: list[float] = []
    clock = time.perf_counter
    gc.collect()
    # The distinct articles once, first: the process-wide caches (name readings, cue
    # indexes) start cold, as they do for a corpus of unseen articles. The dateline
    # grammar's one-time compilation (about 0.4 s, shape by shape as paragraphs need
    # them; "first parse" under Import time measures it) is paid before the clock.
    _compile_dateline_grammar()
    started = clock()
    for text in texts:
        wirecopy.parse(text)
    first_pass = clock() - started
    gc.collect()
    started = clock()
    for text in batch:
        t0 = clock()
        wirecopy.parse(text)
        timings.append(clock() - t0)
    total = clock() - started
    timings.sort()
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    tracemalloc.start()
    for text in texts:
        wirecopy.parse(text)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return [
        ("articles", len(batch), f"{len(texts)} distinct, replicated"),
        ("input", f"{size_mb:.1f} MB", "UTF-8"),
        ("wall time", f"{total:.2f} s", ""),
        ("articles/s", f"{len(batch) / total:,.0f}", "target >= 2,000"),
        ("  first pass, cold", f"{len(texts) / first_pass:,.0f}", "distinct articles, once"),
        ("MB/s", f"{size_mb / total:.2f}", ""),
        ("mean per article", f"{statistics.fmean(timings) * 1e3:.3f} ms", ""),
        ("median per article", f"{timings[len(timings) // 2] * 1e3:.3f} ms", ""),
        ("p99 per article", f"{p99 * 1e3:.3f} ms", ""),
        ("max per article", f"{timings[-1] * 1e3:.3f} ms", ""),
        ("peak RSS", f"{rss_mb:.0f} MB", "resource.getrusage"),
        ("peak traced", f"{traced_peak / 1e6:.1f} MB", "tracemalloc, one corpus pass"),
    ]


def _compile_dateline_grammar() -> None:
    try:
        from wirecopy._dateline import SHAPES, _compiled
    except ImportError:  # the internals moved: warm up through the public function
        wirecopy.parse("MOSCOW, May 13. /TASS/. Warm-up.")
        return
    for name, _ in SHAPES:
        _compiled(name)


def stages(texts: list[str], repeat: int) -> list[tuple[str, float, float, str]]:
    """Time the pipeline's stages separately on the distinct corpus texts."""
    rows: list[tuple[str, float, float, str]] = []
    try:
        from wirecopy._article import _quotations
        from wirecopy._attribution import attribute
        from wirecopy._dateline import match_dateline
        from wirecopy._quotes import scan_quoted_spans
        from wirecopy._segment import segment
        from wirecopy._text import fold, split_paragraphs
    except ImportError as error:  # the internals moved: say so, do not crash
        return [("stages unavailable", 0.0, 0.0, str(error))]
    del _quotations  # imported only to check the pipeline still has this shape
    layouts = [segment(t) for t in texts]
    folded = [fold(t) for t in texts]
    blocks = [split_paragraphs(t) for t in texts]
    spans = [[p.span for p in layout.paragraphs] for layout in layouts]
    quoted = [scan_quoted_spans(t, s) if s else [] for t, s in zip(texts, spans, strict=True)]

    def run_segment() -> None:
        for t in texts:
            segment(t)

    def run_split() -> None:
        for t in texts:
            split_paragraphs(t)

    def run_dateline() -> None:
        for f, b in zip(folded, blocks, strict=True):
            for span in b[:14]:
                if match_dateline(f, span.start, span.end) is not None:
                    break

    def run_scan() -> None:
        for t, s in zip(texts, spans, strict=True):
            if s:
                scan_quoted_spans(t, s)

    def run_attribute() -> None:
        for t, f, s, q in zip(texts, folded, spans, quoted, strict=True):
            if s:
                attribute(t, f, s, q)

    def run_parse() -> None:
        for t in texts:
            wirecopy.parse(t)

    measured = [
        ("parse (all stages)", run_parse, "wirecopy.parse"),
        ("segmentation", run_segment, "_segment.segment (includes the next two)"),
        ("  paragraph split", run_split, "_text.split_paragraphs"),
        ("  dateline", run_dateline, "_dateline.match_dateline, first 14 paragraphs"),
        ("quote scan", run_scan, "_quotes.scan_quoted_spans"),
        ("attribution", run_attribute, "_attribution.attribute (chain, cues, speakers)"),
    ]
    total = None
    for name, function, what in measured:
        seconds = min(_timed(function) for _ in range(repeat))
        per_article_ms = seconds / len(texts) * 1e3
        total = total or seconds
        rows.append((name, per_article_ms, 100 * seconds / total, what))
    return rows


def _timed(function: Callable[[], None]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def scaling(body: str) -> list[tuple[str, int, float, str]]:
    rows: list[tuple[str, int, float, str]] = []
    base = None
    for factor in (1, 10, 100):
        text = "\n\n".join([body] * factor)
        seconds = min(
            _timed(lambda t=text: _parse_once(t)) for _ in range(3 if factor < 100 else 1)
        )
        base = base or seconds
        ratio = seconds / base
        verdict = "ok" if ratio <= factor * 1.5 else "SUPER-LINEAR"
        rows.append((f"{factor}x", len(text), seconds * 1e3, f"{ratio:.1f}x  {verdict}"))
    return rows


def _parse_once(text: str) -> None:
    wirecopy.parse(text)


def import_time() -> list[tuple[str, str, str]]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    walls = []
    for code in ("pass", "import wirecopy"):
        best = float("inf")
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=True)
            best = min(best, time.perf_counter() - started)
        walls.append(best)
    # -X importtime is one noisy sample per run: keep the fastest of five.
    runs = [
        subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import wirecopy"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        for _ in range(5)
    ]
    stderr = min(runs, key=_cumulative_us)
    own = ours = 0
    heavy: list[tuple[int, str]] = []
    for line in stderr.splitlines():
        m = re.match(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)", line)
        if not m:
            continue
        self_us, cumulative_us, name = int(m[1]), int(m[2]), m[4]
        if name == "wirecopy":
            ours = cumulative_us
        if name.startswith("wirecopy"):
            own += self_us
        heavy.append((self_us, name))
    heavy.sort(reverse=True)
    net_ms = (walls[1] - walls[0]) * 1e3
    verdict = "ok" if ours / 1e3 < IMPORT_TARGET_MS else "OVER TARGET"
    rows = [
        (
            "import wirecopy (-X importtime, cumulative, best of 5)",
            f"{ours / 1e3:.1f} ms",
            f"target < {IMPORT_TARGET_MS:.0f} ms: {verdict}",
        ),
        ("  of which wirecopy's own modules", f"{own / 1e3:.1f} ms", "regex compilation etc."),
        ("fresh interpreter: import minus startup", f"{net_ms:.1f} ms", "best of 5"),
    ]
    rows += [(f"  slowest: {name}", f"{us / 1e3:.1f} ms", "self time") for us, name in heavy[:5]]
    first = subprocess.run(
        [sys.executable, "-c", _FIRST_PARSE, str(EXAMPLE)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    rows.append(("first parse in a fresh process", f"{first.stdout.strip()} ms", _FIRST_NOTE))
    return rows


def _cumulative_us(importtime_stderr: str) -> int:
    """The cumulative microseconds ``-X importtime`` gives the ``wirecopy`` package."""
    for line in importtime_stderr.splitlines():
        m = re.match(r"import time:\s+\d+\s+\|\s+(\d+)\s+\|\s*wirecopy$", line)
        if m:
            return int(m[1])
    return 0


_FIRST_PARSE = """
import sys, time, wirecopy
text = open(sys.argv[1], encoding="utf-8").read()
started = time.perf_counter()
wirecopy.parse(text)
print(f"{(time.perf_counter() - started) * 1e3:.0f}")
"""
_FIRST_NOTE = "the bundled example; compiles the dateline shapes it needs"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt files")
    parser.add_argument("--articles", type=int, default=5_000, help="articles to parse (>= 1)")
    parser.add_argument("--repeat", type=int, default=3, help="repeats for stage timings")
    args = parser.parse_args(argv)
    texts = load_corpus(args.corpus)
    print(f"wirecopy {wirecopy.__version__} from {Path(wirecopy.__file__).parent}")
    print(f"Python {sys.version.split()[0]}, corpus {args.corpus} ({len(texts)} files)")

    table(
        "Throughput (one process)",
        ("measure", "value", "note"),
        throughput(texts, max(1, args.articles)),
    )
    table(
        "Stages (distinct corpus articles, best of repeats)",
        ("stage", "ms/article", "% of parse", "what"),
        stages(texts, args.repeat),
    )
    body = EXAMPLE.read_text(encoding="utf-8") if EXAMPLE.exists() else max(texts, key=len)
    table("Scaling: one article repeated", ("size", "chars", "ms", "time ratio"), scaling(body))
    table("Import time", ("measure", "value", "note"), import_time())
    return 0


if __name__ == "__main__":
    sys.exit(main())
