"""The annotation store: records, crash-safe TinyDB storage, anchoring, import and export.

Nothing here imports Textual: the command line and the TUI both use this package.
"""

from reader.store.annotations import AnnotationStore
from reader.store.errors import (
    DatabaseError,
    DatabaseWriteError,
    ImportFileError,
    ReadOnlyError,
    RecordError,
    RecordNotFound,
    SettingsError,
    StoreError,
)
from reader.store.records import SCHEMA_VERSION, VERDICTS, migrate, new_record, validate

__all__ = [
    "SCHEMA_VERSION", "VERDICTS", "AnnotationStore", "DatabaseError", "DatabaseWriteError",
    "ImportFileError", "ReadOnlyError", "RecordError", "RecordNotFound", "SettingsError",
    "StoreError", "migrate", "new_record", "validate",
]
