"""Typed errors of the annotation store.

Every error carries a one-line message meant for the user: the command line prints it
as is, and the TUI shows it in a notification. Paths in messages go through
``printable_line``, so a file name holding escape sequences (or undecodable bytes) can
never reach the terminal raw. None of them means data was destroyed.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.text import printable_line


def _one_line(text: str) -> str:
    """Fold a message to one line, controls neutralised, so it can never break (or
    command) a terminal."""
    return printable_line(str(text))


class StoreError(Exception):
    """Base class of every error the store raises on purpose."""


class DatabaseError(StoreError):
    """The database file cannot be used (unreadable, corrupt, locked out, not a file).

    The file's bytes are never modified when this is raised at read time.
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = _one_line(reason)
        backup = self.path.with_name(self.path.name + ".bak")
        hint = ""
        try:
            if backup.is_file():
                hint = (f"; the previous good version is kept in {backup} "
                        "(copy it over the database to restore it)")
        except OSError:
            hint = ""
        super().__init__(_one_line(f"annotation database {self.path}: {self.reason}{hint}"))


class DatabaseWriteError(DatabaseError):
    """A save failed (disk full, I/O error, unserialisable value): the old data is intact."""


class ReadOnlyError(DatabaseError):
    """A write was attempted on a store opened without permission to create the file."""


class RecordError(StoreError, ValueError):
    """An annotation record is not valid: which field, and why."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = _one_line(reason)
        super().__init__(f"annotation field {field!r}: {self.reason}")


class RecordNotFound(StoreError, KeyError):
    """No annotation with this id is stored."""

    def __init__(self, record_id: str) -> None:
        self.record_id = record_id
        super().__init__(f"no annotation with id {record_id!r}")

    def __str__(self) -> str:
        return str(self.args[0])


class ImportFileError(StoreError):
    """A line of a JSON Lines file to import is not a valid record; nothing was written."""

    def __init__(self, path: str | Path, line: int, reason: str) -> None:
        self.path = Path(path)
        self.line = line
        self.reason = _one_line(reason)
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(_one_line(f"{where}: {self.reason}; nothing was imported"))


class SettingsError(StoreError):
    """The export settings file cannot be read (the message is made one printable line)."""

    def __init__(self, message: str) -> None:
        super().__init__(_one_line(message))


class EditConflict(StoreError):
    """Another process changed fields this edit also changes; nothing was written.

    ``conflicts`` maps each such field to ``(mine, theirs)``; the caller asks the user
    which to keep and saves again with ``expected`` updated (or without those fields).
    """

    def __init__(self, record_id: str, conflicts: dict[str, tuple[object, object]]) -> None:
        self.record_id = record_id
        self.conflicts = conflicts
        names = ", ".join(conflicts)
        super().__init__(f"annotation {record_id}: also changed elsewhere meanwhile: {names}; "
                         "nothing was written")


class UncertainSaveError(DatabaseWriteError):
    """The disk reported an error after the change reached the database file.

    Re-reading the file found the change there, so it is saved (though possibly not yet
    durable); saving the same thing again is safe: saves are idempotent by id.
    """
