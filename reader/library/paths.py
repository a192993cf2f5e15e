"""Where the article store lives: beside the annotation database.

The annotation database is ``--db``, else ``CLAIMDESK_DB``, else the user data folder
(see ``reader.cli.common.resolve_db_path``); the article store is ``library.sqlite3`` in
the same folder, so a test or a user who points ``--db`` elsewhere gets a separate library
too. ``CLAIMDESK_LIBRARY`` names the file directly when a script needs it.
"""

from __future__ import annotations

import os
from pathlib import Path

LIBRARY_FILE = "library.sqlite3"
LIBRARY_ENV = "CLAIMDESK_LIBRARY"


def library_path(annotation_db: Path) -> Path:
    """The article store that belongs with the annotation database ``annotation_db``."""
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    return Path(annotation_db).expanduser().parent / LIBRARY_FILE


def local_file_path(path: str) -> str:
    """Where a local file is, whatever folder a later command runs from.

    ``claimdesk add .`` stored ``./wire.txt``, which means nothing from another folder.
    The folder is made absolute and resolved (``.``, ``..``, symlinked folders); the name
    is kept as given, because the article id is derived from it (a symlinked file keeps
    the id its annotations carry)."""
    if not path:
        return path
    folder, name = os.path.split(os.path.expanduser(path))
    return os.path.join(os.path.realpath(folder or os.curdir), name)
