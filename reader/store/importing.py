"""Import the project's own JSON Lines back, merging by id in one write.

Every line is parsed and validated before anything is written: one bad line stops the
import with an error naming the file and the line, and the database is untouched. The
file is read like an article (``reader.core.files``): only a regular file, never a FIFO
or a device (which could block or never end), and at most ``MAX_IMPORT_BYTES``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reader.core.files import FileRefused, read_regular
from reader.store.annotations import AnnotationStore
from reader.store.errors import ImportFileError, RecordError
from reader.store.limits import TOO_DEEP, too_deep
from reader.store.records import migrate, validate

MAX_IMPORT_BYTES = 100 * 1024 * 1024


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Parse and validate every record of a JSON Lines file (blank lines are skipped)."""
    source = Path(path)
    try:
        raw = read_regular(source, MAX_IMPORT_BYTES)
    except FileRefused as refused:
        raise ImportFileError(source, 0, f"cannot be imported: {refused.reason}") from None
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        record = _parse_line(source, number, line)
        first = seen.setdefault(record["id"], number)
        if first != number:
            raise ImportFileError(source, number, f"id {record['id']} already on line {first}")
        records.append(record)
    return records


def _parse_line(source: Path, number: int, line: bytes) -> dict[str, Any]:
    try:
        value = json.loads(line.decode("utf-8"), parse_constant=_refuse)
    except UnicodeDecodeError:
        raise ImportFileError(source, number, "not UTF-8 text") from None
    except RecursionError:
        raise ImportFileError(source, number, TOO_DEEP) from None
    except ValueError as error:
        raise ImportFileError(source, number, f"not valid JSON ({error})") from None
    if not isinstance(value, dict):
        raise ImportFileError(source, number, "is not a JSON object")
    if too_deep(value):
        raise ImportFileError(source, number, TOO_DEEP)
    try:
        record = migrate(value)
        validate(record)
    except RecordError as error:
        raise ImportFileError(source, number, str(error)) from None
    return record


def _refuse(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def import_jsonl(store: AnnotationStore, path: str | Path) -> tuple[int, int, int]:
    """Merge a JSON Lines file into ``store``: ``(added, updated, unchanged)``."""
    return store.merge(read_jsonl(path))
