"""Is an output path the annotation database, or one of the files that belong to it?

``export -o FILE`` replaces FILE. If FILE is the database (named directly, through a
symlink, a relative path or a hard link) or its backup, journal, lock or a save's temp
file, that replace happens without the database lock and destroys or corrupts the data,
so the command refuses it before reading anything. Identity is checked two ways: by path
once symlinks and ``..`` are resolved (which also covers a file not created yet, such as
a journal), and by device and inode (``os.path.samefile``) for hard links.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.cli import CliError

COMPANION_SUFFIXES = ("", ".bak", ".journal", ".lock")
"""``<db>``, ``<db>.bak``, ``<db>.journal``, ``<db>.lock``: see ``reader/store/storage.py``."""


def database_files(db_path: Path) -> list[Path]:
    """The database and its companion files, beside the path given and beside the real
    file it points to (they differ when the database path is a symlink)."""
    places = {Path(os.path.abspath(db_path)), Path(os.path.realpath(db_path))}
    return [place.with_name(place.name + suffix)
            for place in sorted(places) for suffix in COMPANION_SUFFIXES]


def _is_temp_of(output: Path, db_file: Path) -> bool:
    """A save's temp file: ``.<name>.XXXX.tmp`` in the database's folder."""
    return (output.parent == db_file.parent and output.name.startswith(f".{db_file.name}.")
            and output.name.endswith(".tmp"))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (or cannot be reached): not the same
        return False


def refuse_database_output(output: Path, db_path: Path) -> None:
    """Raise ``CliError`` when ``output`` is the database or one of its files."""
    real = Path(os.path.realpath(output))
    for db_file in database_files(db_path):
        if real == Path(os.path.realpath(db_file)) or _same_file(output, db_file):
            raise CliError(f"{output}: is the annotation database or one of its files "
                           "(backup, journal, lock); choose another output file")
        if _is_temp_of(real, db_file):
            raise CliError(f"{output}: is a temporary file of the annotation database; "
                           "choose another output file")
