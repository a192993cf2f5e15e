"""A crash-safe TinyDB storage: atomic replace, backup, lock, and fast saves.

Stock ``JSONStorage`` truncates and rewrites the file in place, so a crash, a full disk
or a second process can destroy the database; it also treats an empty file as an empty
database, which makes a loss permanent at the next save. This storage:

* reads: a missing file is an empty database (``None``); an empty, unparsable or
  wrongly shaped file, or a directory in its place, raises ``DatabaseError`` and the
  file is left byte for byte as it was;
* writes: serialises everything first (so an unserialisable value fails before the
  file is touched), writes a temp file in the same folder, flushes and fsyncs it, keeps
  the previous good file as ``<name>.bak`` (hard link, else copy), ``os.replace``s the
  temp file over the database and fsyncs the folder. Every write is on disk when
  ``write`` returns; nothing is cached for later;
* is fast as the database grows: the parsed data stays in memory and is re-read only
  when another writer changed the file (generation token in the lock file, plus the
  file's inode, size and mtime); each document's serialised bytes are cached by
  object identity, so a save re-serialises only the documents that changed. Callers
  must therefore replace documents, never mutate them in place (``AnnotationTable``
  does so).
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from reader.store.errors import DatabaseError, DatabaseWriteError, ReadOnlyError
from reader.store.lock import DatabaseLock

Data = dict[str, dict[str, Any]]
Stamp = tuple[bytes, int, int, int]

_MKSTEMP_CHARS = "[a-z0-9_]{8}"


def dumps(value: Any) -> str:
    """Compact, strict JSON: UTF-8 text kept readable, NaN and Infinity refused."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


class AtomicJSONStorage(Storage):
    """TinyDB storage writing whole generations atomically (see the module docstring)."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        self.lock = DatabaseLock(self.path, create=create)
        self._data: Data | None = None
        self._stamp: Stamp | None = None
        self._pieces: dict[str, dict[str, tuple[Any, bytes]]] = {}
        with self.lock:
            if self.lock.held_on_disk:
                self.remove_stale_temp_files()

    # -- reading -------------------------------------------------------------------

    def read(self) -> Data | None:
        """Return the whole database, or ``None`` when the file does not exist yet."""
        with self.lock:
            stamp = self._current_stamp()
            if stamp is None:
                self._forget()
                return None
            if self._data is not None and stamp == self._stamp:
                return self._data
            data = self._load()
            self._data, self._stamp, self._pieces = data, stamp, {}
            return data

    def _current_stamp(self) -> Stamp | None:
        try:
            info = os.stat(self.path)
        except FileNotFoundError:
            return None
        except NotADirectoryError:
            raise DatabaseError(self.path, "a parent of this path is a file") from None
        except OSError as error:
            raise DatabaseError(self.path, f"cannot be read: {error.strerror}") from None
        if not _is_regular(info.st_mode):
            raise DatabaseError(self.path, "is a directory or a special file, not a database")
        return (self.lock.token(), info.st_ino, info.st_size, info.st_mtime_ns)

    def _load(self) -> Data:
        try:
            raw = self.path.read_bytes()
        except IsADirectoryError:
            raise DatabaseError(self.path, "is a directory, not a database file") from None
        except OSError as error:
            raise DatabaseError(self.path, f"cannot be read: {error.strerror}") from None
        return parse_database(self.path, raw)

    # -- writing -------------------------------------------------------------------

    def write(self, data: Data) -> None:
        """Save ``data`` as the new generation; on any failure the old file is intact."""
        with self.lock:
            try:
                payload, pieces = self._serialise(data)
                if not self.lock.held_on_disk:
                    raise ReadOnlyError(self.path, "opened read-only; nothing was written")
                self._replace_file(payload)
                token = self.lock.new_token()
            except DatabaseError:
                self._forget()
                raise
            except OSError as error:
                self._forget()
                reason = error.strerror or str(error)
                raise DatabaseWriteError(
                    self.path, f"save failed ({reason}); the previous data is intact"
                ) from error
            except BaseException:
                self._forget()
                raise
            info = os.stat(self.path)
            self._data, self._pieces = data, pieces
            self._stamp = (token, info.st_ino, info.st_size, info.st_mtime_ns)

    def _serialise(self, data: Data) -> tuple[bytes, dict[str, dict[str, tuple[Any, bytes]]]]:
        """The whole file's bytes, re-serialising only documents not seen before."""
        if not isinstance(data, dict):
            raise DatabaseWriteError(self.path, "the data to save is not a JSON object")
        pieces: dict[str, dict[str, tuple[Any, bytes]]] = {}
        parts: list[bytes] = []
        try:
            for table_name, table in data.items():
                old = self._pieces.get(table_name, {})
                new: dict[str, tuple[Any, bytes]] = {}
                docs: list[bytes] = []
                for doc_id, doc in table.items():
                    key = str(doc_id)
                    hit = old.get(key)
                    if hit is None or hit[0] is not doc:
                        hit = (doc, (dumps(key) + ":" + dumps(doc)).encode("utf-8"))
                    new[key] = hit
                    docs.append(hit[1])
                pieces[table_name] = new
                head = dumps(str(table_name)).encode("utf-8")
                parts.append(head + b":{" + b",".join(docs) + b"}")
        except (TypeError, ValueError, RecursionError) as error:
            raise DatabaseWriteError(
                self.path, f"a value cannot be saved as JSON ({error}); nothing was written"
            ) from None
        return b"{" + b",".join(parts) + b"}", pieces

    def _replace_file(self, payload: bytes) -> None:
        folder = self.path.parent
        fd, temp = self._make_temp()
        try:
            try:
                _write_all(fd, payload)
                os.fsync(fd)
            finally:
                os.close(fd)
            if self.path.exists():
                self._keep_backup()
            os.replace(temp, self.path)
        except BaseException:
            with suppress(OSError):
                os.unlink(temp)
            raise
        fsync_folder(folder)

    def _make_temp(self) -> tuple[int, str]:
        """A new temp file beside the database, named so stale ones can be recognised."""
        return tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)

    def _keep_backup(self) -> None:
        """Keep the current (last good) file as ``<name>.bak``, replaced atomically."""
        backup = self.path.with_name(self.path.name + ".bak")
        fd, temp = self._make_temp()
        os.close(fd)
        try:
            os.unlink(temp)
            try:
                os.link(self.path, temp)
            except OSError as error:
                if error.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EMLINK):
                    raise
                _copy_synced(self.path, temp)
            os.replace(temp, backup)
        except BaseException:
            with suppress(OSError):
                os.unlink(temp)
            raise

    # -- housekeeping ----------------------------------------------------------------

    def remove_stale_temp_files(self) -> list[Path]:
        """Delete temp files left by killed writers (call with the lock held)."""
        pattern = re.compile(rf"^\.{re.escape(self.path.name)}\.{_MKSTEMP_CHARS}\.tmp$")
        removed: list[Path] = []
        try:
            names = os.listdir(self.path.parent)
        except OSError:
            return removed
        for name in names:
            if pattern.match(name):
                with suppress(OSError):
                    os.unlink(self.path.parent / name)
                    removed.append(self.path.parent / name)
        return removed

    def _forget(self) -> None:
        """Drop every cache: the next read parses the file again."""
        self._data, self._stamp, self._pieces = None, None, {}

    def close(self) -> None:
        """Nothing to flush: every write is already on disk."""
        self._forget()


def parse_database(path: Path, raw: bytes) -> Data:
    """Parse and check a database file's bytes; raise ``DatabaseError`` if unusable."""
    if not raw.strip():
        raise DatabaseError(path, "the file is empty or blank; it was left unchanged")
    try:
        text = raw.decode("utf-8")
        data = json.loads(text, parse_constant=_refuse_constant)
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


def _check_shape(path: Path, data: object) -> None:
    problem = _shape_problem(data)
    if problem:
        raise DatabaseError(path, f"{problem}; the file was left unchanged")


def _shape_problem(data: object) -> str:
    if not isinstance(data, dict):
        return f"the top level is a {type(data).__name__}, not a database object"
    for name, table in data.items():
        if not isinstance(table, dict):
            return f"table {name!r} is a {type(table).__name__}, not an object"
        for doc_id, doc in table.items():
            if not isinstance(doc, dict):
                return f"document {doc_id!r} in table {name!r} is not an object"
    return ""


def _short(error: BaseException) -> str:
    text = str(error)
    return text if len(text) <= 120 else text[:117] + "..."


def _is_regular(mode: int) -> bool:
    import stat

    return stat.S_ISREG(mode)


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _copy_synced(source: Path, target: str) -> None:
    with open(source, "rb") as reader, open(target, "xb") as writer:
        shutil.copyfileobj(reader, writer)
        writer.flush()
        os.fsync(writer.fileno())


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


StorageFactory = Callable[..., AtomicJSONStorage]
