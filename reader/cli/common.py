"""Helpers shared by the subcommands."""

from __future__ import annotations

import os
from pathlib import Path


def resolve_db_path(flag: str | None) -> Path:
    """The annotation database: ``--db``, else ``CLAIMDESK_DB``, else the user data folder."""
    if flag:
        return Path(flag).expanduser()
    env = os.environ.get("CLAIMDESK_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("claimdesk", appauthor=False) / "annotations.json"
