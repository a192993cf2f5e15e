"""Packaging: every subpackage is installed, and so are the bundled sample articles."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _configured() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]


def test_every_subpackage_is_listed() -> None:
    listed = set(_configured()["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "reader").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject [tool.setuptools] packages: {found - listed}"


def test_samples_are_shipped_in_the_package() -> None:
    setuptools = _configured()["setuptools"]
    assert setuptools["package-dir"]["reader.sample_articles"] == "sample_articles"
    assert "reader.sample_articles" in setuptools["packages"]
