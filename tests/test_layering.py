"""Pin the import direction of the package (the idea of nameparser's tests/v2/test_layering.py).

Model and data sit at the bottom, the pipeline stages above them, ``_article`` composes the
stages, the package root re-exports, and the command line uses the public API. A module may
import wirecopy modules from strictly lower layers only; a few modules have tighter rules
(tested separately below). A new module must be given a layer in ``LAYERS``: that is a
deliberate, reviewed decision, not something a test should guess.

Every import counts, at any depth, including ``if TYPE_CHECKING:`` imports and imports
inside functions: a type-only dependency that points upwards is still the wrong direction.
The walker reads the package that is imported (in CI, the installed wheel).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import wirecopy

PKG = Path(wirecopy.__file__).resolve().parent

#: Layers from the bottom up. A unit is a top-level module of the package (``_model``), a
#: subpackage with everything in it (``_data``), or ``wirecopy`` for the package root.
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    # attrs records, and data as data: tuples and frozensets, no logic.
    ("foundation", frozenset({"_model", "_data"})),
    # WirecopyError -> ParseError (text, span): may carry a model Span.
    ("errors", frozenset({"errors"})),
    # one merged word table (bit tags) built from _data.
    ("lexicon", frozenset({"_lexicon"})),
    # offset-safe folding and splitting of text; the token layer every later stage reads.
    ("text", frozenset({"_text", "_tokens"})),
    # single-purpose recognisers: datelines, quotation marks, speech cues.
    ("recognisers", frozenset({"_dateline", "_quotes", "_cues"})),
    # noun phrases in the token layer: names, pronouns, descriptions.
    ("phrases", frozenset({"_phrases"})),
    # every name in the article as a mention.
    ("mentions", frozenset({"_mentions"})),
    # mentions grouped into entities; quoted terms; the plausibility gate.
    ("entities", frozenset({"_entities", "_terms", "_gate"})),
    # the attribution sieves: quotation -> mention.
    ("sieves", frozenset({"_sieves"})),
    # stages built on the layers below; _render turns an Article into HTML.
    ("stages", frozenset({"_segment", "_attribution", "_render"})),
    # composes the stages into parse().
    ("composition", frozenset({"_article"})),
    # parse_many over parse().
    ("batch", frozenset({"_batch"})),
    # the public API: re-exports only.
    ("package", frozenset({"wirecopy"})),
    # the command line, a client of the public API like any other.
    ("shell", frozenset({"cli"})),
    # ``python -m wirecopy``.
    ("entry point", frozenset({"__main__"})),
)
LAYER_OF = {unit: rank for rank, (_, units) in enumerate(LAYERS) for unit in units}
LAYER_NAME = {unit: name for name, units in LAYERS for unit in units}

#: Modules the stages must never reach: everything from the composition layer up.
ABOVE_THE_STAGES = frozenset({"_article", "_batch", "wirecopy", "cli", "__main__"})
STAGES = (
    "_lexicon",
    "_text",
    "_tokens",
    "_dateline",
    "_segment",
    "_quotes",
    "_cues",
    "_phrases",
    "_mentions",
    "_entities",
    "_terms",
    "_gate",
    "_sieves",
    "_attribution",
    "_render",
)

#: What cli.py may import: the public package alone.
CLI_ALLOWED = frozenset({"wirecopy"})


def module_name(path: Path) -> str:
    """Dotted name of a module file inside ``PKG``."""
    parts = list(path.relative_to(PKG).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["wirecopy", *parts])


def unit_of(name: str) -> str:
    """Layer unit of a dotted wirecopy module name: ``wirecopy._data.months`` -> ``_data``."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "wirecopy"


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def submodule_exists(dotted: str) -> bool:
    rel = Path(*dotted.split(".")[1:])
    return (PKG / rel).with_suffix(".py").is_file() or (PKG / rel / "__init__.py").is_file()


def wirecopy_imports(path: Path, name: str | None = None) -> list[str]:
    """Every wirecopy module that ``path`` imports, at any depth, as dotted names.

    ``from wirecopy import _render`` counts as ``wirecopy._render``; ``from wirecopy import
    parse`` as ``wirecopy``. Relative imports are resolved against the module's package.
    """
    name = name or module_name(path)
    package = name if is_package(path) else name.rpartition(".")[0]
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            for alias in node.names:
                child = f"{target}.{alias.name}"
                found.append(child if submodule_exists(child) else target)
    return [m for m in found if m == "wirecopy" or m.startswith("wirecopy.")]


def package_modules() -> list[Path]:
    return sorted(p for p in PKG.rglob("*.py") if "__pycache__" not in p.parts)


MODULES = package_modules()


def _id(path: Path) -> str:
    return path.relative_to(PKG).as_posix()


def test_the_package_has_modules() -> None:
    assert len(MODULES) > 10, f"found only {[_id(p) for p in MODULES]} under {PKG}"


@pytest.mark.parametrize("path", MODULES, ids=_id)
def test_every_module_has_a_layer(path: Path) -> None:
    unit = unit_of(module_name(path))
    assert unit in LAYER_OF, (
        f"{_id(path)} is in no layer: give {unit!r} a place in LAYERS in tests/test_layering.py"
    )


@pytest.mark.parametrize("path", MODULES, ids=_id)
def test_imports_point_down(path: Path) -> None:
    name = module_name(path)
    unit = unit_of(name)
    if unit not in LAYER_OF:
        pytest.skip(f"{_id(path)} has no layer (see test_every_module_has_a_layer)")
    for imported in wirecopy_imports(path):
        target = unit_of(imported)
        if target == unit == "_data":
            continue  # data modules may share data
        assert target in LAYER_OF, f"{name} imports {imported}, which is in no layer"
        assert LAYER_OF[target] < LAYER_OF[unit], (
            f"{name} ({LAYER_NAME[unit]}) imports {imported} ({LAYER_NAME[target]}): "
            "imports must point to a lower layer"
        )


def test_model_imports_nothing_of_ours() -> None:
    assert wirecopy_imports(PKG / "_model.py") == []


@pytest.mark.parametrize("path", sorted((PKG / "_data").rglob("*.py")), ids=_id)
def test_data_imports_only_data(path: Path) -> None:
    for imported in wirecopy_imports(path):
        assert imported.startswith("wirecopy._data"), f"{_id(path)} imports {imported}"


@pytest.mark.parametrize("stage", STAGES)
def test_stages_never_reach_up(stage: str) -> None:
    path = PKG / f"{stage}.py"
    if not path.exists():
        pytest.skip(f"{stage}.py is not in the package")
    for imported in wirecopy_imports(path):
        assert unit_of(imported) not in ABOVE_THE_STAGES, f"{stage} imports {imported}"


def test_cli_uses_the_public_api() -> None:
    imported = set(wirecopy_imports(PKG / "cli.py"))
    assert "wirecopy" in imported
    assert imported <= CLI_ALLOWED, f"cli.py imports internals: {sorted(imported - CLI_ALLOWED)}"


def test_main_only_runs_the_cli() -> None:
    assert set(wirecopy_imports(PKG / "__main__.py")) == {"wirecopy.cli"}


def test_init_only_reexports() -> None:
    """__init__.py holds a docstring, imports, ``__version__`` and ``__all__``: no logic.

    ``__version__`` may be a lazy module attribute (a ``__getattr__``), as in attrs.
    """
    tree = ast.parse((PKG / "__init__.py").read_text(encoding="utf-8"))
    imported_names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the docstring
        if isinstance(node, ast.ImportFrom):
            if node.module and node.module.startswith("wirecopy"):
                imported_names.update(alias.asname or alias.name for alias in node.names)
            continue
        if isinstance(node, ast.Import):
            continue
        if isinstance(node, ast.Try):  # __version__ from the package metadata
            assigned = {
                target.id
                for stmt in ast.walk(node)
                if isinstance(stmt, ast.Assign)
                for target in stmt.targets
                if isinstance(target, ast.Name)
            }
            assert assigned == {"__version__"}, f"try block assigns {sorted(assigned)}"
            continue
        if isinstance(node, ast.FunctionDef) and node.name == "__getattr__":
            continue  # the lazy __version__ (importlib.metadata is slow to import)
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            assert names <= {"__all__", "__version__"}, f"__init__ assigns {sorted(names)}"
            continue
        pytest.fail(f"__init__.py line {node.lineno}: {type(node).__name__} is not a re-export")
    missing = imported_names - set(wirecopy.__all__)
    assert not missing, f"imported into wirecopy but not in __all__: {sorted(missing)}"


@pytest.mark.parametrize("name", wirecopy.__all__)
def test_every_name_in_all_exists(name: str) -> None:
    assert hasattr(wirecopy, name), f"wirecopy.__all__ names {name!r}, which is not defined"


def test_all_has_no_duplicates() -> None:
    assert len(wirecopy.__all__) == len(set(wirecopy.__all__))


def test_version_is_a_string() -> None:
    assert isinstance(wirecopy.__version__, str)
    assert wirecopy.__version__


def test_every_module_imports() -> None:
    for path in MODULES:
        name = module_name(path)
        if name != "wirecopy.__main__":  # it runs the CLI and exits
            importlib.import_module(name)


def test_the_walker_sees_every_form(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "from typing import TYPE_CHECKING\n"
        "import wirecopy\n"
        "from wirecopy import parse, _render\n"
        "from . import _model\n"
        "from ._data.months import MONTHS\n"
        "if TYPE_CHECKING:\n"
        "    from wirecopy._article import parse\n"
        "def f() -> None:\n"
        "    import wirecopy.cli\n",
        encoding="utf-8",
    )
    assert wirecopy_imports(snippet, name="wirecopy._snippet") == [
        "wirecopy",
        "wirecopy",
        "wirecopy._render",
        "wirecopy._model",
        "wirecopy._data.months",
        "wirecopy._article",
        "wirecopy.cli",
    ]
