"""README.md is executable: its ``>>>`` examples run, and its quick start stays two commands."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def section(markdown: str, title: str) -> str:
    """The body of the ``## title`` section, up to the next heading of level two or one."""
    pattern = rf"^## {re.escape(title)}[ \t]*\n(.*?)(?=^#{{1,2}} |\Z)"
    match = re.search(pattern, markdown, re.MULTILINE | re.DOTALL)
    assert match, f"README.md has no '## {title}' section"
    return match.group(1)


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same check as ``python -m doctest README.md``, from the repository root."""
    monkeypatch.chdir(ROOT)  # the tour opens examples/tass-kerry-sochi.txt
    result = doctest.testfile(
        str(README), module_relative=False, encoding="utf-8", report=True, verbose=False
    )
    assert result.attempted > 0, "README.md has no >>> examples"
    assert result.failed == 0, f"{result.failed} of {result.attempted} README examples failed"


def test_quick_start_is_two_commands() -> None:
    quick_start = section(README.read_text(encoding="utf-8"), "Quick start")
    commands = [line[2:] for line in quick_start.splitlines() if line.startswith("$ ")]
    assert len(commands) == 2, f"the quick start should be two commands, found {commands}"


def test_quick_start_files_exist() -> None:
    quick_start = section(README.read_text(encoding="utf-8"), "Quick start")
    named = re.findall(r"\b[\w./-]+\.txt\b", quick_start)
    assert named, "the quick start names no example file"
    for name in named:
        assert (ROOT / name).is_file(), f"the quick start names {name}, which does not exist"
