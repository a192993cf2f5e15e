"""The core outside the analyser stays in modules a reader can hold in mind: each under
400 lines, like the display layer (``test_tui_modules.py``).

The store's storage grew to 400; how the file's bytes are made (the per-document
cache) now lives in ``reader/store/serialising.py``; the across index's file (tables,
settings, version) in ``reader/across/index_file.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import reader

LIMIT = 400
ROOT = Path(reader.__file__).parent


@pytest.mark.parametrize("package", ["store", "library", "cli", "core", "sources",
                                     "across"])
def test_every_module_is_under_the_limit(package: str) -> None:
    folder = ROOT / package
    too_long = {str(path.relative_to(ROOT)): n for path in sorted(folder.rglob("*.py"))
                if (n := len(path.read_text(encoding="utf-8").splitlines())) >= LIMIT}
    assert too_long == {}
