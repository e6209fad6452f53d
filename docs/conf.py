"""Sphinx configuration for wirecopy's documentation.

Build (both must pass with no warnings; no network needed)::

    sphinx-build -n -W -b html docs docs/_build/html
    sphinx-build -n -W -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
# Document the source tree even when wirecopy is not installed in the environment.
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(DOCS / "_ext"))

import wirecopy  # noqa: E402

project = "wirecopy"
author = "The wirecopy developers"
copyright = "The wirecopy developers"
release = wirecopy.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "wirecopy_docs",  # docs/_ext: agency table and example figure, generated at build time
]
# No intersphinx: builds run without network, and -W must stay green.

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []

# -- MyST -------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc / napoleon -------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "undoc-members": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- nitpicky references --------------------------------------------------------------------
# Without intersphinx the standard library cannot be linked; these targets come from
# type hints in the package's signatures and are expected to stay unresolved.
nitpicky = True
nitpick_ignore = [
    ("py:class", "datetime.date"),
    ("py:class", "collections.abc.Iterable"),
    ("py:class", "collections.abc.Iterator"),
]

# -- doctest ------------------------------------------------------------------------------
doctest_global_setup = """
import datetime
import wirecopy
from wirecopy import *
"""
# Also run the ``>>>`` examples of autodoc'd docstrings.
doctest_test_doctest_blocks = "default"

# -- HTML ---------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"wirecopy {release}"
html_static_path = ["_static"]
html_css_files = ["wirecopy.css"]
html_show_sourcelink = False
