"""Every docstring example in the package runs and passes (the installed package's)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import wirecopy

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(wirecopy.__path__, prefix="wirecopy.")
    if name != "wirecopy.__main__"
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def test_there_are_examples() -> None:
    finder = doctest.DocTestFinder()
    examples = sum(
        len(test.examples)
        for name in MODULES
        for test in finder.find(importlib.import_module(name))
    )
    assert examples >= 20
