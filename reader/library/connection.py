"""Opening the SQLite file safely: WAL, a busy time-out, foreign keys, the schema.

WAL lets one process read while another writes; ``busy_timeout`` makes a writer wait for
another process's short transaction instead of failing, so two Claimdesk processes
refreshing at once both get their articles in. Every change runs in ``BEGIN IMMEDIATE``
(see ``transaction``): a process killed half-way leaves the last committed state.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from reader.library.records import utc_now
from reader.library.schema import SCHEMA_VERSION, SchemaTooNew, migrate

BUSY_TIMEOUT_MS = 15_000


class LibraryError(Exception):
    """The article store cannot be used; the message is one line for the user."""


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """Open (creating if needed) the store at ``path`` and bring its schema up to date;
    ``read_only``: only read it (see ``connect_read_only``)."""
    path = Path(path)
    if read_only:
        return connect_read_only(path)
    if path.is_dir():
        raise LibraryError(f"the article store is a folder, not a file: {path}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
            check_same_thread=False,
        )
    except (OSError, sqlite3.Error) as error:
        raise LibraryError(f"cannot open the article store {path}: {error}") from None
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        migrate(connection, utc_now())
    except SchemaTooNew as error:
        connection.close()
        raise LibraryError(str(error)) from None
    except sqlite3.DatabaseError as error:
        connection.close()
        raise LibraryError(f"the article store {path} is not usable: {error}") from None
    return connection


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Read the store in a folder that cannot be written: SQLite's ``immutable`` opens it
    with no lock, journal or shared-memory file beside it (WAL mode would need one), and
    nothing is migrated; every write fails with ``sqlite3.OperationalError``."""
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
            isolation_level=None, check_same_thread=False,
        )
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except (OSError, sqlite3.Error) as error:
        raise LibraryError(f"cannot read the article store {path}: {error}") from None
    if version != SCHEMA_VERSION:
        connection.close()
        raise LibraryError(f"the article store {path} has schema {version}, this version "
                           f"reads {SCHEMA_VERSION}, and it cannot be written to update it")
    return connection


def failure_reason(path: Path, error: sqlite3.Error) -> str:
    """A store error met while working, as one line for the user: "database is locked"
    after the busy time-out came out as "internal error: OperationalError"."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return (f"the article store {path} is busy: another program kept it locked for "
                f"{BUSY_TIMEOUT_MS // 1000} s; this change was not saved, try again")
    if "full" in text:
        return f"the disk holding the article store {path} is full; this change was not saved"
    if "readonly" in text or "read-only" in text:
        return f"the article store {path} cannot be written; this change was not saved"
    return f"the article store {path} failed: {' '.join(str(error).split())[:200]}"


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One short write transaction, taken at once so two writers never deadlock."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
