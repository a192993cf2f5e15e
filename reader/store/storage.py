"""A crash-safe TinyDB storage: atomic replace, backup, lock, and fast saves.

Stock ``JSONStorage`` truncates and rewrites the file in place, so a crash, a full disk
or a second process can destroy the database; it also treats an empty file as an empty
database, which makes a loss permanent at the next save. This storage:

* reads: a missing file is an empty database (``None``); an empty, unparsable or
  wrongly shaped file, or a folder, FIFO or device in its place, raises
  ``DatabaseError`` and the file is left byte for byte as it was. What is at the path
  is checked before the lock file is created beside it, so a refused path leaves
  nothing behind; a read-only store (``create=False``) creates nothing at all. The file
  is read through ``reader.core.files`` (non-blocking open, regular files only);
* writes: serialises everything first (``serialising.py``: an unserialisable value fails
  before the file is touched), then replaces the file atomically keeping a ``.bak``
  (``replacing.py``) and fsyncs the folder: every write is on disk when it returns;
* is fast as the database grows: the parsed data stays in memory and is re-read only
  when another writer changed the file (generation token in the lock file, plus the
  file's inode, size and mtime); each document's serialised bytes are cached by
  object identity, so a save re-serialises only the documents that changed. Callers
  must therefore replace documents, never mutate them in place (``AnnotationTable``
  does so);
* binds the save journal to the main file by content: each rewrite stores a new
  generation id in the file itself, and the journal's header names it (``journal.py``),
  so copies, ``touch`` and restores keep every save; a journal the main file does not
  include is set aside, never truncated;
* follows a symlinked database path once, at open: the real file is locked, written
  and replaced, and the link stays a link.
"""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from reader.core.files import FileRefused, describe_mode, read_regular, regular_or_missing
from reader.store.errors import DatabaseError, DatabaseWriteError, ReadOnlyError, StoreError
from reader.store.files import (
    META_TABLE,
    Data,
    Triple,
    check_database_path,
    fsync_folder,
    meta_table,
    parse_database,
    real_database_path,
    refused_database,
    split_meta,
    stat_triple,
)
from reader.store.journal import (
    Base,
    JournalState,
    append,
    journal_path,
    replay,
    set_aside,
)
from reader.store.limits import TOO_DEEP, deep_document
from reader.store.lock import DatabaseLock
from reader.store.replacing import remove_stale_temp_files, replace_file
from reader.store.serialising import FileSerialiser

Stamp = tuple[bytes, Triple | None, Triple | None]
Delta = tuple[dict[str, dict[str, Any]], dict[str, list[str]]]

COMPACT_MIN = 1 << 20
COMPACT_FRACTION = 4


class AtomicJSONStorage(Storage):
    """TinyDB storage writing generations atomically (see the module docstring).

    ``journal_threshold``: main files at least this large take small saves through the
    journal (``journal.py``); smaller ones are simply rewritten, which is as fast.
    """

    journal_threshold = 1 << 20
    compact_min = COMPACT_MIN
    close_compact_max = 16 << 20

    def __init__(
        self, path: str | Path, *, create: bool = True, journal_threshold: int | None = None
    ) -> None:
        self.path = real_database_path(Path(path))
        self.journal_path = journal_path(self.path)
        if journal_threshold is not None:
            self.journal_threshold = journal_threshold
        check_database_path(self.path)
        self.lock = DatabaseLock(self.path, create=create)
        self._data: Data | None = None
        self._known: dict[str, dict[str, Any]] = {}
        self._stamp: Stamp | None = None
        self._base: Base | None = None
        self._generation: str | None = None  # the main file's, None: none written in it
        self._previous: str | None = None  # the generation whose journal it folded in
        self._journal = JournalState()
        self.set_aside: list[Path] = []  # journals moved aside, this session
        self._serialiser = FileSerialiser(self.path)
        with self.lock:
            if self.lock.held_on_disk and create:
                self.remove_stale_temp_files()

    # -- reading -------------------------------------------------------------------

    def read(self) -> Data | None:
        """Return the whole database, or ``None`` when the file does not exist yet."""
        with self.lock:
            stamp = self._current_stamp()
            if stamp[1] is None:
                self._forget()
                self._stamp = stamp
                return None
            if self._data is not None and stamp == self._stamp:
                return self._data
            self._forget()
            data = self._load()
            self._base = stamp[1]
            self._generation, self._previous = split_meta(data)
            self._journal = self._replay(data)
            self._data, self._stamp = data, stamp
            self._known = {name: dict(table) for name, table in data.items()}
            return data

    def _current_stamp(self) -> Stamp:
        """Cheap evidence of the on-disk state: writer token, main file, journal."""
        info = self._stat(self.path)
        if info is not None and not stat.S_ISREG(info.st_mode):
            refused = FileRefused(self.path, "", describe_mode(info.st_mode))
            raise refused_database(self.path, refused)
        journal = self._stat(self.journal_path)
        return (self.lock.token(), stat_triple(info), stat_triple(journal))

    def _stat(self, path: Path) -> os.stat_result | None:
        try:
            return os.stat(path)
        except FileNotFoundError:
            return None
        except NotADirectoryError:
            raise DatabaseError(self.path, "a parent of this path is a file") from None
        except OSError as error:
            raise DatabaseError(path, f"cannot be read: {error.strerror}") from None

    def _load(self) -> Data:
        try:
            raw = read_regular(self.path)
        except FileRefused as refused:
            raise refused_database(self.path, refused) from None
        return parse_database(self.path, raw)

    def _replay(self, data: Data) -> JournalState:
        try:
            if not regular_or_missing(self.journal_path):
                return JournalState()
            raw = read_regular(self.journal_path)
        except FileRefused as refused:
            raise DatabaseError(self.journal_path, f"cannot be read: {refused.reason}") from None
        return replay(self.journal_path, raw, data, self._generation, self._base)

    # -- writing -------------------------------------------------------------------

    def write(self, data: Data, *, delta: Delta | None = None) -> None:
        """Save ``data`` durably; on any failure the previous data is intact on disk.

        ``delta`` (documents put, ids deleted, per table), when the caller knows it,
        spares comparing every document with the last known state; TinyDB's own calls
        leave it out and the difference is computed.
        """
        with self.lock:
            try:
                self._check_unchanged()
                self._write(data, delta)
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

    def _check_unchanged(self) -> None:
        if not self.lock.create or not self.lock.held_on_disk:
            raise ReadOnlyError(self.path, "opened read-only; nothing was written")
        if self._current_stamp() != self._stamp:
            raise DatabaseWriteError(
                self.path, "changed on disk since it was read; nothing was written, try again"
            )

    def _write(self, data: Data, delta: Delta | None) -> None:
        if not isinstance(data, dict):
            raise DatabaseWriteError(self.path, "the data to save is not a JSON object")
        if META_TABLE in data:
            data = {name: table for name, table in data.items() if name != META_TABLE}
        if delta is None or set(self._known) - set(data):
            delta = self._delta(data)
        if delta is not None and not delta[0] and not delta[1]:
            return  # nothing changed: the data on disk is already this
        self._check_depth(data if delta is None else delta[0])
        self._settle_journal()
        line = self._journal_line(delta) if delta is not None else None
        if line is not None and self._journal_fits(len(line)):
            self._append(data, delta, line)  # type: ignore[arg-type]
        else:
            self._rewrite(data)

    def _check_depth(self, tables: dict[str, dict[str, Any]]) -> None:
        """Refuse a document nested deeper than any record may be (``limits.py``)."""
        deep = deep_document(tables)
        if deep is not None:
            raise DatabaseWriteError(
                self.path, f"document {deep!r} {TOO_DEEP}; nothing was written")

    def _settle_journal(self) -> None:
        """Before a save: a journal that does not apply to the main file and is not known
        to be folded into it holds saves the main file lacks; move it aside so that the
        save (which starts a fresh journal or removes it) can never truncate them."""
        state = self._journal  # (size None with a journal there: the main file is missing)
        if state.applies or state.folded_into(self._previous):
            return
        if not os.path.lexists(self.journal_path):
            return
        self.set_aside.append(set_aside(self.journal_path))
        fsync_folder(self.path.parent)
        self._journal = JournalState()

    def _delta(self, data: Data) -> Delta | None:
        """Documents put and deleted since the last known state (None: tables changed)."""
        if set(self._known) - set(data):
            return None
        puts: dict[str, dict[str, Any]] = {}
        deletes: dict[str, list[str]] = {}
        for name, table in data.items():
            known = self._known.get(name, {})
            changed = {k: doc for k, doc in table.items() if known.get(k) is not doc}
            gone = [k for k in known if k not in table] if len(known) + len(changed) != len(
                table) else []
            if changed:
                puts[name] = changed
            if gone:
                deletes[name] = gone
        return puts, deletes

    def _journal_line(self, delta: tuple[dict[str, Any], dict[str, Any]] | None) -> bytes | None:
        if delta is None or self._base is None or self._base[1] < self.journal_threshold:
            return None
        if self._generation is None:
            return None  # a main file without a generation id: rewrite it once to add one
        entry: dict[str, Any] = {}
        if delta[0]:
            entry["put"] = delta[0]
        if delta[1]:
            entry["del"] = delta[1]
        return self._serialiser.encode(entry) + b"\n"

    def _journal_fits(self, extra: int) -> bool:
        used = self._journal.valid_length if self._journal.applies else 0
        assert self._base is not None
        return used + extra <= max(self.compact_min, self._base[1] // COMPACT_FRACTION)

    def _append(
        self, data: Data, delta: tuple[dict[str, dict[str, Any]], dict[str, list[str]]],
        line: bytes,
    ) -> None:
        assert self._base is not None and self._generation is not None
        created = self._journal.size is None
        self._journal = append(self.journal_path, self._journal, self._generation, line)
        if created:
            fsync_folder(self.path.parent)
        token = self.lock.new_token()
        for name, docs in delta[0].items():
            self._known.setdefault(name, {}).update(docs)
        for name, ids in delta[1].items():
            for doc_id in ids:
                self._known[name].pop(doc_id, None)
        self._data = data
        journal = os.stat(self.journal_path)
        self._stamp = (token, self._base, stat_triple(journal))

    def _rewrite(self, data: Data) -> None:
        """Write the whole database as a new generation and retire the journal.

        The new file names the generation it replaces as ``previous``: that generation's
        journal (if any) is folded in, so a copy of it left behind by a crash between
        the replace and its removal is recognised as stale and dropped.
        """
        generation, previous = os.urandom(16).hex(), self._generation
        large = self._base is not None and self._base[1] >= self.journal_threshold
        payload, pieces = self._serialiser.whole(data, meta_table(generation, previous),
                                                 large=large)
        self._replace_file(payload)
        token = self.lock.new_token()
        info = os.stat(self.path)
        self._data, self._serialiser.pieces = data, pieces
        self._known = {name: dict(table) for name, table in data.items()}
        self._base = stat_triple(info)
        self._generation, self._previous = generation, previous
        self._journal = JournalState()
        self._stamp = (token, self._base, None)

    def _replace_file(self, payload: bytes) -> None:
        replace_file(self.path, payload)
        with suppress(OSError):
            os.unlink(self.journal_path)  # folded in; if this fails, its base is stale
        fsync_folder(self.path.parent)

    # -- housekeeping ----------------------------------------------------------------

    def compact(self) -> None:
        """Fold the journal into the main file (an ordinary atomic rewrite)."""
        with self.lock:
            data = self.read()
            if data is None or not self._journal.applies or not self.lock.held_on_disk:
                return
            self._check_unchanged()
            try:
                self._rewrite(data)
            except BaseException:
                self._forget()
                raise

    def remove_stale_temp_files(self) -> list[Path]:
        """Delete temp files left by killed writers (call with the lock held)."""
        return remove_stale_temp_files(self.path)

    def _forget(self) -> None:
        """Drop every cache: the next read parses the files again."""
        self._data, self._stamp, self._base = None, None, None
        self._generation = self._previous = None
        self._known, self._serialiser.pieces, self._journal = {}, {}, JournalState()

    def close(self) -> None:
        """Every save is already on disk. A pending journal is folded into a main file
        of up to ``close_compact_max`` bytes, so that after a clean exit that file alone
        is complete; a larger one keeps its journal (replayed at the next open) rather
        than make quitting take seconds."""
        try:
            if self.lock.create and self._base is not None and (
                    self._base[1] <= self.close_compact_max):
                self.compact()
        except StoreError:
            pass  # the journal stays and is replayed next time: nothing is lost
        finally:
            self._forget()
