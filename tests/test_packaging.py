"""What an installed wirecopy carries: version metadata, the console script, and (in CI) the
proof that the tests ran against the built wheel rather than the source tree."""

from __future__ import annotations

import os
from importlib import metadata
from pathlib import Path

import pytest

import wirecopy

ROOT = Path(__file__).resolve().parents[1]


def test_version_comes_from_the_metadata() -> None:
    assert wirecopy.__version__ == metadata.version("wirecopy")


def test_console_script_is_declared() -> None:
    scripts = metadata.entry_points(group="console_scripts", name="wirecopy")
    assert [script.value for script in scripts] == ["wirecopy.cli:main"]


@pytest.mark.skipif(
    not os.environ.get("WIRECOPY_TEST_INSTALLED"),
    reason="set WIRECOPY_TEST_INSTALLED=1 to require the installed wheel (.ci/run does)",
)
def test_tests_run_against_the_installed_wheel() -> None:
    where = Path(wirecopy.__file__).resolve()
    assert ROOT not in where.parents, f"wirecopy was imported from the source tree: {where}"
    assert "site-packages" in where.parts, f"wirecopy was not imported from a wheel: {where}"
