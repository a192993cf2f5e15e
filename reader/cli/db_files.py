"""Is an output path the annotation database, or one of the files that belong to it?

``export -o FILE`` replaces FILE. If FILE is the database (named directly, through a
symlink, a relative path or a hard link) or its backup, journal (or a journal kept aside),
lock or a save's temp file, that replace happens without the database lock and destroys
or corrupts the data, so the command refuses it before reading anything. Identity is
checked two ways: by path once symlinks and ``..`` are resolved (which also covers a file
not created yet, such as a journal), and by device and inode (``os.path.samefile``) for
hard links.
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
    """A save's temp file (``.<name>.XXXX.tmp``) or a journal kept aside
    (``<name>.journal.unmerged-N``) in the database's folder."""
    if output.parent != db_file.parent:
        return False
    temp = output.name.startswith(f".{db_file.name}.") and output.name.endswith(".tmp")
    return temp or output.name.startswith(f"{db_file.name}.journal.")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (or cannot be reached): not the same
        return False


STORE_SUFFIXES = ("", "-wal", "-shm", "-journal")
"""An SQLite file and the companions SQLite keeps beside it."""


def store_files(db_path: Path) -> list[Path]:
    """The article store and the across-the-library index that sit beside the annotation
    database, with their SQLite companions: an export over one of them replaced every
    feed, article and version with a page of JSON."""
    from reader.across.index import index_path
    from reader.library.paths import library_path

    stores = {library_path(db_path), index_path(db_path)}
    return [Path(os.path.realpath(store)).with_name(Path(os.path.realpath(store)).name + suffix)
            for store in sorted(stores) for suffix in STORE_SUFFIXES]


def refuse_database_output(output: Path, db_path: Path) -> None:
    """Raise ``CliError`` when ``output`` is the database or one of its files, the article
    store or the across index, or something other than a regular file."""
    real = Path(os.path.realpath(output))
    if os.path.exists(real) and not (os.path.isfile(real) or os.path.isdir(real)):
        # a replace swaps the node itself: run as root, -o /dev/null --force turned the
        # device into a plain file; a FIFO became a file no reader was waiting on
        raise CliError(f"{output}: is not a regular file (a device, a FIFO); give the "
                       "name of a file")
    for store_file in store_files(db_path):
        if real == store_file or _same_file(output, store_file):
            raise CliError(f"{output}: is the article store or the across index (or one of "
                           "their files); choose another output file")
    for db_file in database_files(db_path):
        if real == Path(os.path.realpath(db_file)) or _same_file(output, db_file):
            raise CliError(f"{output}: is the annotation database or one of its files "
                           "(backup, journal, lock); choose another output file")
        if _is_temp_of(real, db_file):
            raise CliError(f"{output}: is a temporary or kept file of the annotation "
                           "database; choose another output file")
