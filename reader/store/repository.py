"""The annotation repository: the small interface every annotation store implements.

A repository only keeps annotations and deletion records (``tombstones.py``): it answers
reads and applies a batch of puts and deletes atomically. Everything that decides *what*
to write (validation, merging an import, merging concurrent edits, re-anchoring, when a
deletion leaves a tombstone) lives in the service above it
(``service.AnnotationStore``), so a shared newsroom backend (CouchDB, PostgreSQL) is one
more implementation of this protocol and nothing else changes.

Implementations: ``TinyDBRepository`` (the JSON file of today) and ``MemoryRepository``
(for tests and previews). ``open_store(location)`` picks one and wraps it in the service.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager
from typing import Any, Protocol, runtime_checkable

from reader.core.annotation import Annotation

Changes = Mapping[str, Annotation | None]
Tombstones = Mapping[str, str | None]


@runtime_checkable
class AnnotationRepository(Protocol):
    """What the service needs from a store of annotations (ids are canonical UUIDs)."""

    location: str
    """Where the annotations live, for messages (a path, or ``memory:``)."""

    @property
    def lock(self) -> AbstractContextManager[Any]:
        """A re-entrant lock held across a read-modify-write (between processes too)."""
        ...

    def get(self, annotation_id: str) -> Annotation | None:
        """One annotation, or None."""
        ...

    def all(self) -> list[Annotation]:
        """Every annotation, in saving order."""
        ...

    def for_article(self, article_id: str, text_sha256: str) -> list[Annotation]:
        """Annotations of one article: same article id, or same canonical text hash."""
        ...

    def counts(self) -> dict[str, int]:
        """Number of annotations per article id."""
        ...

    def __len__(self) -> int: ...

    def tombstone(self, annotation_id: str) -> str | None:
        """When the annotation of this id was deleted (``tombstones.py``), or None."""
        ...

    def tombstones(self) -> dict[str, str]:
        """Every deletion record: id -> time of deletion (a copy)."""
        ...

    def apply(self, changes: Changes, tombstones: Tombstones | None = None) -> None:
        """Put (an annotation) or delete (None) several ids in one atomic, durable write,
        with the deletion records put (a time) or removed (None) in the same write."""
        ...

    def forget(self) -> None:
        """Drop any cached state so that the next read sees what is really stored."""
        ...

    def close(self) -> None:
        """Release the store; every applied change is already durable."""
        ...
