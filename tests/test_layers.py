"""The core layers must work without Textual: only ``reader.tui`` may import it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE_MODULES = [
    "reader.core.model",
    "reader.core.annotation",
    "reader.core.annotation_fields",
    "reader.core.annotation_rules",
    "reader.core.annotation_migrations",
    "reader.store.service",
    "reader.store.memory",
    "reader.store.tinydb_repository",
    "reader.store.importing",
    "reader.core.text",
    "reader.sources",
    "reader.analysis",
    "reader.store",
    "reader.library",
    "reader.cli",
    "reader.cli.seen",
    "reader.cli.stats",
    "reader.across",
    "reader.across.charts",
    "reader.across.stats",
    "reader.across.views",
    "reader.across.ingest",
    "reader.across.diffs",
    "reader.across.quality",
]

_BLOCKER = """
import sys
class _NoTextual:
    def find_spec(self, name, path=None, target=None):
        if name == "textual" or name.startswith("textual."):
            raise ImportError("textual is blocked in this test")
        return None
sys.meta_path.insert(0, _NoTextual())
import importlib
for name in {modules!r}:
    importlib.import_module(name)
assert not any(m == "textual" or m.startswith("textual.") for m in sys.modules)
print("ok")
"""


def test_core_imports_without_textual() -> None:
    code = _BLOCKER.format(modules=CORE_MODULES)
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_no_textual_import_outside_tui() -> None:
    root = Path(__file__).resolve().parents[1] / "reader"
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "tui" not in path.relative_to(root).parts
        and any(
            line.lstrip().startswith(("import textual", "from textual"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
