"""The annotation store: TinyDB's document API on the crash-safe storage.

``AnnotationStore(path)`` is the one way the app and the command line touch the
database. Every mutating call holds the inter-process lock for its whole
read-modify-write and returns only after the data is on disk (fsync). Records are
validated before anything is written; callers get deep copies, so changing a returned
record never changes the database behind the store's back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

from reader.core.model import Article
from reader.store.anchoring import reanchor_record
from reader.store.errors import RecordError, RecordNotFound
from reader.store.records import (
    SCHEMA_VERSION,
    VERDICTS,
    clone,
    editable,
    migrate,
    new_record,
    prepare,
    utc_now,
    validate,
)
from reader.store.storage import AtomicJSONStorage

TABLE_NAME = "annotations"

__all__ = [
    "SCHEMA_VERSION", "VERDICTS", "AnnotationStore", "AnnotationTable", "migrate",
    "new_record", "validate",
]


class AnnotationTable(Table):
    """A table keyed by the annotation's UUID (not TinyDB's counter).

    Keys that are the records' own ids make merging by id a dictionary operation and
    avoid TinyDB's cached next-id, which goes wrong when another process inserted.
    Documents are always replaced, never mutated in place, which the storage's
    serialisation cache relies on.
    """

    document_id_class = str

    def apply(self, changes: Mapping[str, dict[str, Any] | None]) -> None:
        """Put (dict) or delete (``None``) several documents in ONE write.

        Unlike TinyDB's ``_update_table``, which rebuilds the whole table twice per
        write, this copies it once (a C-level dict copy) and tells the storage exactly
        what changed, so a save costs little more than the changed documents.
        The cached data is never modified before the write succeeds.
        """
        if not changes:
            return
        storage: AtomicJSONStorage = self._storage  # type: ignore[assignment]
        tables = storage.read() or {}
        table = dict(tables.get(self.name, {}))
        puts: dict[str, Any] = {}
        deletes: list[str] = []
        for doc_id, doc in changes.items():
            if doc is not None:
                table[doc_id] = puts[doc_id] = doc
            elif table.pop(doc_id, None) is not None:
                deletes.append(doc_id)
        self.clear_cache()
        delta = ({self.name: puts} if puts else {}, {self.name: deletes} if deletes else {})
        storage.write({**tables, self.name: table}, delta=delta)

    def raw(self) -> dict[str, Any]:
        """The stored documents, not copied: callers must not modify them."""
        return self._read_table()


class _ClaimdeskDB(TinyDB):
    table_class = AnnotationTable
    default_table_name = TABLE_NAME


class AnnotationStore:
    """Annotations of all articles, in one JSON file (see the module docstring).

    ``create=False`` opens without creating anything on disk: a missing database reads
    as empty and a write raises ``ReadOnlyError`` (for listing and export commands).
    """

    def __init__(
        self, path: str | Path, *, create: bool = True, journal_threshold: int | None = None
    ) -> None:
        self.path = Path(path)
        self._db = _ClaimdeskDB(self.path, storage=AtomicJSONStorage, create=create,
                                journal_threshold=journal_threshold)
        self.storage: AtomicJSONStorage = self._db.storage  # type: ignore[assignment]
        self._table: AnnotationTable = self._db.table(TABLE_NAME, cache_size=0)  # type: ignore[assignment]
        self.storage.read()  # a corrupt file is reported at open, not at the first query

    @property
    def lock(self) -> Any:
        """The store's lock, for a caller's own multi-step read-modify-write."""
        return self.storage.lock

    def close(self) -> None:
        """Close the database: every save is already on disk; a pending save journal is
        folded into the main file so that it alone is complete after a clean exit."""
        self._db.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ----------------------------------------------------------------------

    def get(self, record_id: str) -> dict[str, Any] | None:
        """One record (a copy), or ``None``."""
        with self.lock:
            doc = self._table.raw().get(record_id)
            return clone(doc) if doc is not None else None

    def all(self) -> list[dict[str, Any]]:
        """Every record (copies), oldest first; records made in the same millisecond keep
        the order in which they were saved."""
        with self.lock:
            docs = [clone(doc) for doc in self._table.raw().values()]
        return sorted(docs, key=lambda r: r.get("created", ""))  # stable: ties keep saving order

    def __len__(self) -> int:
        with self.lock:
            return len(self._table.raw())

    def for_article(self, article: Article) -> list[dict[str, Any]]:
        """Records of ``article``: same article id, or same canonical text hash."""
        article_id, digest = article.id, article.text_sha256
        with self.lock:
            docs = [
                clone(doc) for doc in self._table.raw().values()
                if doc["article"].get("id") == article_id
                or doc["article"].get("text_sha256") == digest
            ]
        return sorted(docs, key=lambda r: (r["target"]["position"]["start"], r["created"]))

    def counts_by_article(self) -> dict[str, int]:
        """Number of records per article id (for the library's counts)."""
        with self.lock:
            return dict(Counter(doc["article"].get("id", "") for doc in self._table.raw().values()))

    # -- writing ----------------------------------------------------------------------

    def add(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """Store a new record (validated; migrated if older); return the stored copy."""
        prepared = _prepare(record)
        with self.lock:
            if prepared["id"] in self._table.raw():
                raise RecordError("id", f"{prepared['id']} is already stored")
            self._table.apply({prepared["id"]: prepared})
        return clone(prepared)

    def update(self, record_id: str, **changes: Any) -> dict[str, Any]:
        """Change editable fields of one record; ``modified`` is set; return the copy."""
        unknown = set(changes) - editable()
        if unknown:
            raise RecordError(sorted(unknown)[0], "cannot be changed")
        with self.lock:
            current = self._table.raw().get(record_id)
            if current is None:
                raise RecordNotFound(record_id)
            updated = clone(current)
            updated.update(clone(changes))
            updated["modified"] = utc_now()
            updated = prepare(updated).to_record()
            self._table.apply({record_id: updated})
        return clone(updated)

    def replace(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """Put a whole record back as given (used by undo/redo); returns the copy."""
        prepared = _prepare(record)
        with self.lock:
            self._table.apply({prepared["id"]: prepared})
        return clone(prepared)

    def delete(self, record_id: str) -> dict[str, Any]:
        """Remove one record; return it (so the caller can offer undo)."""
        with self.lock:
            current = self._table.raw().get(record_id)
            if current is None:
                raise RecordNotFound(record_id)
            self._table.apply({record_id: None})
        return clone(current)

    def merge(self, records: Iterable[Mapping[str, Any]]) -> tuple[int, int, int]:
        """Merge records by id in one write: ``(added, updated, unchanged)``.

        A record whose id is new is added. For a known id, the incoming record wins
        only when its ``modified`` time is later; otherwise the stored one is kept.
        Merging the same records twice therefore changes nothing the second time.
        """
        prepared = [_prepare(r) for r in records]
        added = updated = unchanged = 0
        with self.lock:
            stored = self._table.raw()
            changes: dict[str, dict[str, Any]] = {}
            for record in prepared:
                current = changes.get(record["id"]) or stored.get(record["id"])
                if current is None:
                    added += 1
                elif current == record or not _newer(record, current):
                    unchanged += 1
                    continue
                else:
                    updated += 1
                changes[record["id"]] = record
            self._table.apply(changes)
        return added, updated, unchanged

    def refresh_anchors(self, article: Article) -> list[dict[str, Any]]:
        """Re-anchor ``article``'s records in its current text; save what changed.

        Returns the records (copies) with their new anchor status. Only records whose
        status, score, position or text hash changed are written, in one write, so
        opening an unchanged article writes nothing.
        """
        now, digest = utc_now(), article.text_sha256
        with self.lock:
            changes: dict[str, dict[str, Any]] = {}
            result = []
            for record in self.for_article(article):
                fresh = reanchor_record(record, article.text, digest, now)
                if _anchor_changed(record, fresh):
                    changes[fresh["id"]] = fresh
                result.append(fresh)
            self._table.apply(changes)
        return [clone(r) for r in result]

    def apply(self, changes: Mapping[str, Mapping[str, Any] | None]) -> None:
        """Put or delete several records in one write (``None`` deletes)."""
        prepared = {k: (None if v is None else _prepare(v)) for k, v in changes.items()}
        with self.lock:
            self._table.apply(prepared)


def _prepare(record: Mapping[str, Any]) -> dict[str, Any]:
    """A validated deep copy at the current schema (never shares objects with callers)."""
    return prepare(record).to_record()


def _anchor_changed(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    return (
        old["anchor"]["status"] != new["anchor"]["status"]
        or old["anchor"]["score"] != new["anchor"]["score"]
        or old["target"] != new["target"]
        or old["article"] != new["article"]
    )


def _newer(incoming: Mapping[str, Any], current: Mapping[str, Any]) -> bool:
    return _instant(incoming["modified"]) > _instant(current["modified"])


def _instant(stamp: str) -> datetime:
    """A comparable time: timestamps without a zone are taken as UTC."""
    moment = datetime.fromisoformat(stamp)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
