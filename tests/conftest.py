"""Shared test configuration: hypothesis profiles and the shared corpus.

Hypothesis profiles are chosen by ``WIRECOPY_HYPOTHESIS_PROFILE`` (the pattern of
cattrs' ``tests/conftest.py``):

- ``dev`` (default): about 50 examples per property, for the edit-test loop;
- ``ci``: 200 examples, derandomized so a red build reproduces, no deadline;
- ``fuzz``: 5,000 examples per property, for a long fuzzing run::

      WIRECOPY_HYPOTHESIS_PROFILE=fuzz pytest tests/test_properties.py
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS_DEV = SHARED / "corpus" / "dev"
EXAMPLES = REPO / "examples"

try:  # run from a source tree without an install: use src/
    import wirecopy  # noqa: F401  (only probing that it imports)
except ImportError:  # pragma: no cover - depends on how the venv was set up
    sys.path.insert(0, str(REPO / "src"))

settings.register_profile("dev", max_examples=50)
settings.register_profile(
    "ci",
    max_examples=200,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=5_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("WIRECOPY_HYPOTHESIS_PROFILE", "dev"))


def shared_corpus() -> Iterator[Path]:
    """Yield the dev corpus files (``../shared/corpus/dev/**/*.txt``), in sorted order.

    Skips the calling test when the shared folder is not beside the repository.
    The corpus is read where it lies, never copied into the repository.
    """
    if not CORPUS_DEV.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS_DEV}")
    paths = sorted(CORPUS_DEV.rglob("*.txt"))
    if not paths:
        pytest.skip(f"no .txt files under {CORPUS_DEV}")
    yield from paths


@pytest.fixture(scope="session")
def corpus_texts() -> list[tuple[Path, str]]:
    """The dev corpus as ``(path, text)`` pairs (undecodable bytes replaced)."""
    return [(path, path.read_text(encoding="utf-8", errors="replace")) for path in shared_corpus()]


@pytest.fixture(scope="session")
def tass_example() -> str:
    """The bundled TASS article (``examples/tass-kerry-sochi.txt``)."""
    return (EXAMPLES / "tass-kerry-sochi.txt").read_text(encoding="utf-8")


@pytest.fixture
def src_env() -> dict[str, str]:
    """An environment for subprocesses that can import wirecopy from this tree."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO / "src"), env.get("PYTHONPATH", "")) if p
    )
    return env


#: Attribution cases the sieve rebuild does not cover yet (one node id a line).
KNOWN_GAPS = frozenset(
    line.strip()
    for line in (REPO / "tests" / "attribution_gaps.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the known attribution gaps as strict expected failures."""
    for item in items:
        if item.nodeid in KNOWN_GAPS:
            item.add_marker(
                pytest.mark.xfail(
                    reason="not covered by the attribution sieves yet (tests/attribution_gaps.txt)",
                    strict=True,
                )
            )
