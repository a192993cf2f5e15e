"""An annotation repository in memory: for tests, previews and as proof of the seam.

It behaves like the TinyDB one for everything the service and the UI can see (copies
out, atomic batches, saving order kept) but keeps nothing after ``close``.
"""

from __future__ import annotations

import threading
from collections import Counter

from reader.core.annotation import Annotation
from reader.store.repository import Changes, Tombstones


class MemoryRepository:
    """Annotations in a dict, guarded by a re-entrant lock (threads share it)."""

    def __init__(self, annotations: list[Annotation] | None = None, name: str = "") -> None:
        self.location = f"memory:{name}"
        self._docs: dict[str, Annotation] = {a.id: a for a in annotations or []}
        self._tombs: dict[str, str] = {}
        self._lock = threading.RLock()

    @property
    def lock(self) -> threading.RLock:
        return self._lock

    def get(self, annotation_id: str) -> Annotation | None:
        with self._lock:
            return self._docs.get(annotation_id)

    def all(self) -> list[Annotation]:
        with self._lock:
            return list(self._docs.values())

    def for_article(self, article_id: str, text_sha256: str) -> list[Annotation]:
        with self._lock:
            return [a for a in self._docs.values()
                    if a.article.id == article_id or a.article.text_sha256 == text_sha256]

    def counts(self) -> dict[str, int]:
        with self._lock:
            return dict(Counter(a.article.id for a in self._docs.values()))

    def __len__(self) -> int:
        return len(self._docs)

    def tombstone(self, annotation_id: str) -> str | None:
        with self._lock:
            return self._tombs.get(annotation_id)

    def tombstones(self) -> dict[str, str]:
        with self._lock:
            return dict(self._tombs)

    def apply(self, changes: Changes, tombstones: Tombstones | None = None) -> None:
        with self._lock:
            docs, tombs = dict(self._docs), dict(self._tombs)  # all or nothing, as on disk
            for annotation_id, annotation in changes.items():
                if annotation is None:
                    docs.pop(annotation_id, None)
                else:
                    docs[annotation_id] = annotation
            for annotation_id, when in (tombstones or {}).items():
                if when is None:
                    tombs.pop(annotation_id, None)
                else:
                    tombs[annotation_id] = when
            self._docs, self._tombs = docs, tombs

    def forget(self) -> None:
        """Nothing is cached apart from the data itself."""

    def close(self) -> None:
        """Nothing to release: memory is not durable."""


_SHARED: dict[str, MemoryRepository] = {}
_SHARED_LOCK = threading.Lock()


def shared(name: str) -> MemoryRepository:
    """The in-memory repository called ``name`` in this process (made on first use), so
    that two stores opened on ``memory:NAME`` see the same annotations, as two programs
    opening one file do. Without a name every store gets its own."""
    if not name:
        return MemoryRepository()
    with _SHARED_LOCK:
        return _SHARED.setdefault(name, MemoryRepository(name=name))
