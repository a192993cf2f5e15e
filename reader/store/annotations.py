"""The annotation store's public names, kept where callers have always imported them.

The store is now a service (``service.AnnotationStore``) over a repository
(``repository.AnnotationRepository``; the TinyDB file in ``tinydb_repository``, an
in-memory one in ``memory``); ``open_store(location)`` opens one.
"""

from __future__ import annotations

from reader.store.records import SCHEMA_VERSION, VERDICTS, migrate, new_record, validate
from reader.store.service import AnnotationStore, open_store
from reader.store.tinydb_repository import TABLE_NAME, AnnotationTable

__all__ = [
    "SCHEMA_VERSION", "TABLE_NAME", "VERDICTS", "AnnotationStore", "AnnotationTable",
    "migrate", "new_record", "open_store", "validate",
]
