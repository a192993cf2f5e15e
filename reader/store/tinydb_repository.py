"""The annotation repository of today: TinyDB's document API on the crash-safe storage.

Documents are the records' JSON, keyed by the annotation's UUID. Every write holds the
inter-process lock and returns only after the data is on disk (fsync). Typed
annotations are made from documents on the way out and cached by document identity, so
reading the same unchanged document twice costs nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from operator import itemgetter
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from reader.core.annotation import Annotation
from reader.core.annotation_rules import FieldError
from reader.store.documents import check_documents
from reader.store.errors import DatabaseError
from reader.store.repository import Changes, Tombstones
from reader.store.storage import AtomicJSONStorage
from reader.store.tombstones import TABLE as TOMBSTONE_TABLE
from reader.store.tombstones import check_tombstones, tombstone

TABLE_NAME = "annotations"
_ARTICLE = itemgetter("article")
_ARTICLE_ID = itemgetter("id")


class AnnotationTable(Table):
    """A table keyed by the annotation's UUID (not TinyDB's counter).

    Keys that are the records' own ids make merging by id a dictionary operation and
    avoid TinyDB's cached next-id, which goes wrong when another process inserted.
    Documents are always replaced, never mutated in place, which the storage's
    serialisation cache relies on.
    """

    document_id_class = str

    def apply(self, changes: Mapping[str, dict[str, Any] | None]) -> None:
        """Put (dict) or delete (``None``) several documents in ONE write."""
        write_tables(self._storage, {self.name: changes})  # type: ignore[arg-type]
        self.clear_cache()

    def raw(self) -> dict[str, Any]:
        """The stored documents, not copied: callers must not modify them."""
        return self._read_table()


def write_tables(storage: AtomicJSONStorage,
                 changes: Mapping[str, Mapping[str, dict[str, Any] | None]]) -> None:
    """Put (dict) or delete (``None``) documents of several tables in ONE write.

    Unlike TinyDB's ``_update_table``, which rebuilds the whole table twice per write,
    this copies each changed table once (a C-level dict copy) and tells the storage
    exactly what changed, so a save costs little more than the changed documents.
    The cached data is never modified before the write succeeds; a table that does not
    exist is created only when something is put in it (an old file opens unchanged).
    """
    tables = storage.read() or {}
    written: dict[str, dict[str, Any]] = {}
    puts: dict[str, dict[str, Any]] = {}
    deletes: dict[str, list[str]] = {}
    for name, docs in changes.items():
        table = dict(tables.get(name, {}))
        for doc_id, doc in docs.items():
            if doc is not None:
                table[doc_id] = puts.setdefault(name, {})[doc_id] = doc
            elif table.pop(doc_id, None) is not None:
                deletes.setdefault(name, []).append(doc_id)
        if name in puts or name in deletes:
            written[name] = table
    if written:
        storage.write({**tables, **written}, delta=(puts, deletes))


class _ClaimdeskDB(TinyDB):
    table_class = AnnotationTable
    default_table_name = TABLE_NAME


class TinyDBRepository:
    """Annotations of all articles in one JSON file (see the module docstring).

    ``create=False`` opens without creating anything on disk: a missing database reads
    as empty and a write raises ``ReadOnlyError`` (for listing and export commands).
    Every document is checked when the file is (re)read: a bad one raises
    ``DatabaseError`` and nothing is written.
    """

    def __init__(
        self, path: str | Path, *, create: bool = True, journal_threshold: int | None = None,
        set_aside: bool = False,
    ) -> None:
        if set_aside and create:
            raise ValueError("damaged documents are set aside only in a read-only store")
        self.path = Path(path)
        self.set_aside: list[str] | None = [] if set_aside else None
        """With ``set_aside`` (read-only): the one-line reasons of the damaged documents
        left out of every answer (see ``check_documents``); the others are read."""
        self.location = str(self.path)
        self._db = _ClaimdeskDB(self.path, storage=AtomicJSONStorage, create=create,
                                journal_threshold=journal_threshold)
        self.storage: AtomicJSONStorage = self._db.storage  # type: ignore[assignment]
        self._table: AnnotationTable = self._db.table(TABLE_NAME, cache_size=0)  # type: ignore[assignment]
        self._tomb_table: AnnotationTable = self._db.table(  # type: ignore[assignment]
            TOMBSTONE_TABLE, cache_size=0)
        self._checked: object = None
        self._typed: dict[str, tuple[object, Annotation]] = {}
        self._counts: tuple[object, dict[str, int]] | None = None
        self._docs()  # a corrupt file or a bad document is reported at open

    @property
    def lock(self) -> Any:
        return self.storage.lock

    def _docs(self) -> dict[str, Any]:
        """The stored documents (not copies), checked once per reading of the file."""
        with self.lock:
            data = self.storage.read()
            table = self._table.raw()
            if data is not self._checked:
                if self.set_aside is not None:
                    self.set_aside.clear()
                check_documents(self.path, table, self.set_aside)
                check_tombstones(self.path, self._tomb_table.raw(), self.set_aside)
                self._checked = data
            return table

    def tombstone(self, annotation_id: str) -> str | None:
        with self.lock:
            self._docs()
            doc = self._tomb_table.raw().get(annotation_id)
            return None if doc is None else str(doc["deleted"])

    def tombstones(self) -> dict[str, str]:
        with self.lock:
            self._docs()
            return {k: str(doc["deleted"]) for k, doc in self._tomb_table.raw().items()}

    def _typed_doc(self, key: str, doc: dict[str, Any]) -> Annotation:
        hit = self._typed.get(key)
        if hit is not None and hit[0] is doc:
            return hit[1]
        try:
            annotation = Annotation.from_record(doc)
        except FieldError as error:
            raise DatabaseError(self.path, f"annotation {key[:40]!r}: {error}") from None
        self._typed[key] = (doc, annotation)
        return annotation

    def get(self, annotation_id: str) -> Annotation | None:
        with self.lock:
            doc = self._docs().get(annotation_id)
            return None if doc is None else self._typed_doc(annotation_id, doc)

    def all(self) -> list[Annotation]:
        with self.lock:
            return [self._typed_doc(k, doc) for k, doc in self._docs().items()]

    def for_article(self, article_id: str, text_sha256: str) -> list[Annotation]:
        with self.lock:
            return [self._typed_doc(k, doc) for k, doc in self._docs().items()
                    if doc["article"]["id"] == article_id
                    or doc["article"]["text_sha256"] == text_sha256]

    def counts(self) -> dict[str, int]:
        """Records per article id, counted once per reading of the data: the library
        asks each time it is shown, and counting 100,000 records under the lock made
        the screen opened just after wait for it. (The documents mapping is replaced,
        never modified, on every change, so its identity tells whether to count again;
        the caller gets a copy.)"""
        with self.lock:
            docs = self._docs()
            cached = self._counts
            if cached is None or cached[0] is not docs:
                counted = Counter(map(_ARTICLE_ID, map(_ARTICLE, docs.values())))
                self._counts = cached = (docs, dict(counted))
            return dict(cached[1])

    def __len__(self) -> int:
        with self.lock:
            return len(self._docs())

    def apply(self, changes: Changes, tombstones: Tombstones | None = None) -> None:
        if not changes and not tombstones:
            return
        docs = {k: (None if a is None else a.to_record()) for k, a in changes.items()}
        tombs = {k: (None if t is None else tombstone(k, t))
                 for k, t in (tombstones or {}).items()}
        with self.lock:
            self._docs()
            write_tables(self.storage, {TABLE_NAME: docs, TOMBSTONE_TABLE: tombs})
            self._checked = self.storage.read()  # what we wrote was checked before
            for key, annotation in changes.items():
                doc = self._table.raw().get(key)
                if annotation is not None and doc is not None:
                    self._typed[key] = (doc, annotation)
                else:
                    self._typed.pop(key, None)

    def forget(self) -> None:
        """Drop the storage's caches: the next read parses the file again."""
        with self.lock:
            self.storage._forget()
            self._checked = None

    def close(self) -> None:
        """Every save is already on disk; a pending journal is folded into the file."""
        self._db.close()
