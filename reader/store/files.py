"""File-level helpers of the store: strict JSON, database parsing, durable writes.

Kept apart from the storage class so that each piece stays small and can be reused by
the exports (``write_atomic``) without pulling in TinyDB.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from contextlib import suppress
from pathlib import Path
from typing import Any

from reader.core.files import FileRefused, regular_or_missing
from reader.store.codec import decode
from reader.store.errors import DatabaseError
from reader.store.limits import TOO_DEEP, first_too_deep

Data = dict[str, dict[str, Any]]
Triple = tuple[int, int, int]

# The main file's own generation, stored in the file as one more TinyDB table (so stock
# TinyDB still reads the file) and hidden from callers by the storage:
# {"_claimdesk": {"file": {"generation": "<id>", "previous": "<id or empty>"}}}
META_TABLE = "_claimdesk"
META_DOC = "file"


def split_meta(data: Data) -> tuple[str | None, str | None]:
    """Remove the generation table from ``data``; return ``(generation, previous)``
    (``None`` for a file written before generations existed, or by hand)."""
    meta = data.pop(META_TABLE, None)
    doc = meta.get(META_DOC) if isinstance(meta, dict) else None
    if not isinstance(doc, dict):
        return None, None
    generation, previous = doc.get("generation"), doc.get("previous")
    return (generation if isinstance(generation, str) and generation else None,
            previous if isinstance(previous, str) and previous else None)


def meta_table(generation: str, previous: str | None) -> dict[str, Any]:
    """The generation table written at the start of every main file."""
    return {META_DOC: {"generation": generation, "previous": previous or ""}}


def dumps(value: Any) -> str:
    """Compact, strict JSON: UTF-8 text kept readable, NaN and Infinity refused."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_database(path: Path, raw: bytes) -> Data:
    """Parse and check a database file's bytes; raise ``DatabaseError`` if unusable."""
    if not raw.strip():
        raise DatabaseError(path, "the file is empty or blank; it was left unchanged")
    try:
        data = decode(raw)
    except UnicodeDecodeError as error:
        raise DatabaseError(
            path, f"not UTF-8 text (byte {error.start}); the file was left unchanged"
        ) from None
    except (ValueError, RecursionError) as error:
        raise DatabaseError(
            path, f"not valid JSON ({_short(error)}); the file was left unchanged"
        ) from None
    _check_shape(path, data)
    return data


MOVE_ASIDE = "move it aside (rename it) to start an empty database"
"""What the user can do with valid JSON that is not a database: the store never
overwrites it, so only they can decide it holds nothing they need."""


def _check_shape(path: Path, data: object) -> None:
    problem = _shape_problem(data)
    if problem:
        raise DatabaseError(path, f"{problem}; the file was left unchanged; {MOVE_ASIDE}")


def json_kind(value: object) -> str:
    """``value``'s JSON type as a reader knows it ("a list", "null"), not Python's name
    ("NoneType", "a int")."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


def _shape_problem(data: object) -> str:
    if not isinstance(data, dict):
        return (f"valid JSON but not an annotation database (the top level is "
                f"{json_kind(data)}, not an object)")
    for name, table in data.items():
        if not isinstance(table, dict):
            return (f"valid JSON but not an annotation database (table {name!r} is "
                    f"{json_kind(table)}, not an object)")
        for doc_id, doc in table.items():
            if not isinstance(doc, dict):
                return f"document {doc_id!r} in table {name!r} is not an object"
        deep = first_too_deep(table)
        if deep is not None:
            return f"document {deep!r} in table {name!r} {TOO_DEEP}"
    return ""


def _short(error: BaseException) -> str:
    text = str(error)
    return text if len(text) <= 120 else text[:117] + "..."


def stat_triple(info: os.stat_result | None) -> Triple | None:
    return None if info is None else (info.st_ino, info.st_size, info.st_mtime_ns)


def write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def copy_synced(source: Path, target: str) -> None:
    with open(source, "rb") as reader, open(target, "xb") as writer:
        shutil.copyfileobj(reader, writer)
        writer.flush()
        os.fsync(writer.fileno())


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


UMASK = current_umask()  # read once, at import: changing it is not thread-safe


def set_mode_like(fd: int, existing: Path) -> None:
    """Give a new file ``existing``'s permission bits, or the usual ones for a new file."""
    if not hasattr(os, "fchmod"):  # pragma: no cover - Windows
        return
    try:
        mode = stat.S_IMODE(os.stat(existing).st_mode)
    except OSError:
        mode = 0o666 & ~UMASK
    with suppress(OSError):
        os.fchmod(fd, mode)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def refused_database(path: Path, refused: FileRefused) -> DatabaseError:
    """The database error for a path ``reader.core.files`` refused."""
    if refused.kind:
        return DatabaseError(path, f"is {_kind(refused.kind)}, not a database file")
    return DatabaseError(path, f"cannot be read: {refused.reason}")


def _kind(kind: str) -> str:
    """The store has always said "directory" (scripts may match it); keep the word."""
    return "a directory" if kind == "a folder" else kind


def check_database_path(path: Path) -> None:
    """Refuse a folder, FIFO or device at the database path before anything is created
    beside it (the lock file); a missing file is fine."""
    try:
        regular_or_missing(path)
    except FileRefused as refused:
        raise refused_database(path, refused) from None


def real_database_path(path: Path) -> Path:
    """The file a (possibly symlinked) database path stands for, resolved once at open.

    Replacing a symlink with ``os.replace`` would turn it into a regular file and leave
    the real database old, with the lock beside the link; so the link (or a linked
    folder) is followed and the real target is locked, written and replaced. A path
    without a symlink is kept exactly as given, so messages name what the user typed.
    """
    real = Path(os.path.realpath(path))
    return path if real == Path(os.path.abspath(path)) else real
