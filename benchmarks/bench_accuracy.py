"""Accuracy on a gold corpus: parse every article and print the scorer's figures.

    python benchmarks/bench_accuracy.py [--gold ../shared/corpus/dev] [--show-errors 20]

Uses ``../shared/eval/score.py`` (the project's shared scorer) when it is present beside
the repository, so the figures are the ones the issues quote. Run on demand; nothing here
is a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

import wirecopy

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

TARGETS = {
    "headline_acc": 0.98,
    "deck_acc": 0.97,
    "lede_acc": 0.98,
    "dateline_detect_f1": 0.995,
    "dateline_all_fields_acc": 0.98,
    "quote_f1": 0.95,
    "attributed_quote_f1": 0.90,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=SHARED / "corpus" / "dev")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    parser.add_argument("--show-errors", type=int, default=0)
    args = parser.parse_args(argv)
    if not args.gold.is_dir() or not args.scorer.is_file():
        print(f"gold corpus or scorer not found ({args.gold}, {args.scorer})", file=sys.stderr)
        return 2
    spec = importlib.util.spec_from_file_location("wirecopy_scorer", args.scorer)
    if spec is None or spec.loader is None:
        print(f"cannot load the scorer from {args.scorer}", file=sys.stderr)
        return 2
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)

    paths = sorted(args.gold.rglob("*.txt"))
    started = time.perf_counter()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for path in paths:
            record = {"source": str(path), **wirecopy.parse(path.read_text("utf-8")).to_dict()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elapsed = time.perf_counter() - started
    result = scorer.score(
        scorer.load_gold(args.gold), scorer.load_pred(Path(out.name)), args.show_errors
    )
    Path(out.name).unlink()

    print(
        f"wirecopy {wirecopy.__version__} on {args.gold} ({len(paths)} articles, {elapsed:.2f} s)"
    )
    print(f"{'figure':28} {'value':>7} {'target':>7}")
    for key, value in result.items():
        if key == "errors" or not isinstance(value, (int, float)):
            continue
        target = TARGETS.get(key)
        mark = "" if target is None else ("  ok" if value >= target else "  below")
        shown = f"{value:7.3f}" if isinstance(value, float) else f"{value:7d}"
        print(f"{key:28} {shown} {'' if target is None else f'{target:7.3f}'}{mark}")
    for error in result["errors"]:
        print("  -", error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
