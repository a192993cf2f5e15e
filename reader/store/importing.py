"""Import annotations, merging by id in one write: the project's own JSON Lines, and
(``read_import``) W3C Web Annotation, Hypothesis and ClaimReview documents.

Every line is parsed and validated before anything is written: one bad line stops the
import with an error naming the file and the line, and the database is untouched. The
file is read like an article (``reader.core.files``): only a regular file, never a FIFO
or a device (which could block or never end), and at most ``MAX_IMPORT_BYTES``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reader.core.annotation import Annotation
from reader.core.files import FileRefused, read_regular
from reader.store.annotations import AnnotationStore
from reader.store.errors import ImportFileError, RecordError
from reader.store.exports_csv import columns
from reader.store.import_report import ImportReport
from reader.store.importing_claimreview import is_claimreview, read_claimreview
from reader.store.importing_w3c import read_w3c
from reader.store.limits import MAX_RECORD_DEPTH, TOO_DEEP, too_deep
from reader.store.records import prepare

MAX_IMPORT_BYTES = 100 * 1024 * 1024
BOM = b"\xef\xbb\xbf"
"""Notepad and some spreadsheet tools start a UTF-8 file they save with this mark."""


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Parse and validate every record of a JSON Lines file (blank lines are skipped)."""
    return [annotation.to_record() for annotation in read_jsonl_annotations(path)]


def read_jsonl_annotations(path: str | Path) -> list[Annotation]:
    """``read_jsonl``, typed: each record checked and cleaned once (merging them again
    costs no second check)."""
    source = Path(path)
    try:
        raw = read_regular(source, MAX_IMPORT_BYTES)
    except FileRefused as refused:
        raise ImportFileError(source, 0, f"cannot be imported: {refused.reason}") from None
    raw = raw.removeprefix(BOM)
    records: list[Annotation] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        record = _parse_line(source, number, line)
        first = seen.setdefault(record.id, number)
        if first != number:
            raise ImportFileError(source, number, f"id {record.id} already on line {first}")
        records.append(record)
    return records


def _parse_line(source: Path, number: int, line: bytes) -> Annotation:
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
        record = prepare(value)  # the form's value rules apply here too
    except RecordError as error:
        raise ImportFileError(source, number, str(error)) from None
    return record


def _refuse(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def import_jsonl(store: AnnotationStore, path: str | Path) -> tuple[int, int, int]:
    """Merge a JSON Lines file into ``store``: ``(added, updated, unchanged)``."""
    return store.merge(read_jsonl_annotations(path))


IMPORT_FORMATS: tuple[str, ...] = ("auto", "jsonl", "w3c", "claimreview")
CSV_HEADER = (",".join(columns()[:2]) + ",").encode()
"""How ``export --format csv`` begins: a user importing it is told what to do instead."""


def read_import(path: str | Path, fmt: str = "auto") -> ImportReport:
    """Read a file to import in any supported format (``auto`` guesses it from the
    content): Claimdesk JSON Lines, W3C Web Annotation (also Hypothesis exports), or
    ClaimReview (also the Fact Check Tools API's ``claims``). Every record is checked
    and cleaned by the model's rules; the report says what could not be mapped.

    A bad line of a JSON Lines file stops the import (nothing written), as before; a
    foreign item that cannot be used is skipped and reported."""
    source = Path(path)
    try:
        raw = read_regular(source, MAX_IMPORT_BYTES)
    except FileRefused as refused:
        raise ImportFileError(source, 0, f"cannot be imported: {refused.reason}") from None
    raw = raw.removeprefix(BOM)
    if not raw.strip():
        return ImportReport()  # nothing to import: the caller says so
    document = None if fmt == "jsonl" else _whole_document(raw)
    if document == []:
        return ImportReport()  # an export of nothing is a list with no items
    if document is None and raw.startswith(CSV_HEADER):
        raise ImportFileError(source, 1, "is a CSV export, which cannot be imported: "
                              "export and import JSON Lines (--format jsonl) instead")
    kind = fmt if fmt != "auto" else _guess(document)
    if kind == "jsonl":
        report = ImportReport(records=list(read_jsonl_annotations(source)))
        report.advise()
        return report
    if document is None:
        raise ImportFileError(source, 0, f"is not one {kind} JSON document")
    if too_deep(document, MAX_RECORD_DEPTH + 4):  # a collection page wraps the records
        raise ImportFileError(source, 0, TOO_DEEP)
    report = ImportReport()
    (read_w3c if kind == "w3c" else read_claimreview)(document, report)
    _prepare_all(report)
    report.advise()
    return report


def _whole_document(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_refuse)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def _guess(document: Any) -> str:
    """``jsonl`` unless the file is one JSON document in a foreign format."""
    first = document[0] if isinstance(document, list) and document else document
    if not isinstance(first, dict) or ("schema" in first and "article" in first):
        return "jsonl"
    if "claims" in first or "@graph" in first or is_claimreview(first):
        return "claimreview"
    return "w3c"


def _prepare_all(report: ImportReport) -> None:
    kept = []
    seen: set[str] = set()
    for record in report.records:
        try:
            prepared = prepare(record).to_record()
        except RecordError as error:
            report.skip(f"an item could not be used ({error})")
            continue
        if prepared["id"] in seen:
            report.skip("an item repeats an id already in the file")
            continue
        seen.add(prepared["id"])
        kept.append(prepared)
    report.records = kept
