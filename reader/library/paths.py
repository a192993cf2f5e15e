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
