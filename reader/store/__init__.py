"""The annotation store: records, crash-safe TinyDB storage, anchoring, import and export.

Nothing here imports Textual: the command line and the TUI both use this package.
"""

from reader.store.errors import (
    DatabaseError,
    DatabaseWriteError,
    EditConflict,
    ImportFileError,
    ReadOnlyError,
    RecordError,
    RecordNotFound,
    SettingsError,
    StoreError,
    UncertainSaveError,
)
from reader.store.memory import MemoryRepository
from reader.store.records import SCHEMA_VERSION, VERDICTS, migrate, new_record, validate
from reader.store.repository import AnnotationRepository
from reader.store.service import AnnotationStore, open_store

__all__ = [
    "SCHEMA_VERSION", "VERDICTS", "AnnotationRepository", "AnnotationStore", "DatabaseError",
    "DatabaseWriteError", "EditConflict", "ImportFileError", "MemoryRepository",
    "ReadOnlyError", "RecordError", "RecordNotFound", "SettingsError", "StoreError",
    "UncertainSaveError", "migrate", "new_record", "open_store", "validate",
]
