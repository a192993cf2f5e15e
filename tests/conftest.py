"""Shared test fixtures: isolation from the user's real folders, and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "000_383e20ee8a737327.txt"


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the database and the XDG config/data folders at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CLAIMDESK_DB", str(home / "annotations.json"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("CLAIMDESK_EXIT_WHEN_READY", raising=False)
    return home


@pytest.fixture
def seed_path() -> Path:
    """The reference article, from ../shared/seed/ only; skip when it is absent."""
    if not SEED.is_file():
        pytest.skip(f"reference article not found: {SEED}")
    return SEED
