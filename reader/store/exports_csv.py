"""CSV export: one row per annotation, flat columns, UTF-8 with a header.

Safe against formula injection: a cell that a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is prefixed with
``'``, which spreadsheets show as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any

from reader.core.annotation import ARTICLE_KEYS, Annotation, typed

COLUMNS: tuple[str, ...] = (
    "id", "article_id", "article_title", "article_path", "article_url", "article_language",
    "article_text_sha256", "start", "end", "exact", "prefix", "suffix", "anchor_status",
    "anchor_score", "anchor_checked_at", "claim", "claimant", "verdict", "note", "tags",
    "evidence", "created", "modified", "schema",
)
_RISKY = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The text of one cell, defused if a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_RISKY) else text


def flatten(record: Mapping[str, Any] | Annotation) -> dict[str, str]:
    """One record as the CSV's flat columns (tags joined by "; ", evidence by " ")."""
    annotation = typed(record)
    article, target, anchor = annotation.article, annotation.target, annotation.anchor
    values: dict[str, object] = {
        "id": annotation.id,
        **{f"article_{key}": getattr(article, key) for key in ARTICLE_KEYS},
        "start": target.start,
        "end": target.end,
        "exact": target.quote.exact,
        "prefix": target.quote.prefix,
        "suffix": target.quote.suffix,
        "anchor_status": anchor.status,
        "anchor_score": anchor.score,
        "anchor_checked_at": anchor.checked_at,
        **{key: annotation.value(key) for key in ("claim", "claimant", "verdict", "note")},
        "tags": "; ".join(annotation.tags),
        "evidence": " ".join(item.value for item in annotation.evidence),
        "created": annotation.created,
        "modified": annotation.modified,
        "schema": annotation.schema,
    }
    return {column: safe_cell(values[column]) for column in COLUMNS}


def to_csv(records: Iterable[dict[str, Any]]) -> str:
    """The whole CSV document as text (write it as UTF-8)."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow(flatten(record))
    return buffer.getvalue()
