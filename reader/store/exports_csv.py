"""CSV export: one row per annotation, flat columns, UTF-8 with a header.

The content columns are the field table's (``reader.core.annotation_fields``), after the
article, target and anchor columns. A list field (tags, evidence) holds one item per
line inside its cell, so items that contain commas, semicolons or spaces can be split
again exactly.

Safe against formula injection: a cell that a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return, a line feed or a NUL,
or with one of those four signs after blanks) is prefixed with ``'``, which spreadsheets
show as text; in a list cell every line is defused the same way, since a user may split
the cell into cells.

A cell holds at most ``CELL_LIMIT`` characters (UTF-16 units, as spreadsheets count them):
longer text (a whole report pasted into a note) is cut there and ends with a marker that
gives its full length. A spreadsheet cannot hold more (LibreOffice and Excel cut or refuse
such cells), and Python's ``csv`` reader refuses a field over 131,072 characters by default,
so an uncut export did not read back. The JSON exports keep every character.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any

from reader.core.annotation import ARTICLE_KEYS, Annotation, typed
from reader.core.annotation_fields import FIELDS

FRAME_COLUMNS: tuple[str, ...] = (
    "id", *(f"article_{key}" for key in ARTICLE_KEYS), "start", "end", "exact", "prefix",
    "suffix", "anchor_status", "anchor_score", "anchor_checked_at",
)
TAIL_COLUMNS: tuple[str, ...] = ("created", "modified", "schema")
_RISKY = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")
_BLANK = " \t\r\n\0\u00a0\u3000"
"""What some spreadsheets skip before a formula sign (" =1+1" runs in some of them)."""
CELL_LIMIT = 32_767
"""The most characters a spreadsheet cell holds (Excel's limit; UTF-16 units)."""


def columns() -> tuple[str, ...]:
    """Every column: the frame, then one per content field, then the times (read each
    time: the field table may grow)."""
    return (*FRAME_COLUMNS, *(spec.name for spec in FIELDS), *TAIL_COLUMNS)


COLUMNS: tuple[str, ...] = columns()


def safe_cell(value: object) -> str:
    """The text of one cell, defused if a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    risky = text.startswith(_RISKY) or text.lstrip(_BLANK).startswith(_RISKY[:4])
    return "'" + text if risky else text


def list_cell(items: Iterable[str]) -> str:
    """A list as one item per line, each line defused."""
    return "\n".join(safe_cell(" ".join(item.split())) for item in items)


def fit_cell(text: str) -> str:
    """``text`` cut to ``CELL_LIMIT`` UTF-16 units, with a marker saying how long it was."""
    if len(text) * 2 <= CELL_LIMIT or _units(text) <= CELL_LIMIT:
        return text
    marker = f" … [cut: {len(text):,} characters; the JSON Lines export keeps them all]"
    budget = keep = CELL_LIMIT - len(marker)
    while (excess := _units(text[:keep]) - budget) > 0:
        keep -= excess  # characters beyond the BMP count twice
    return text[:keep] + marker


def _units(text: str) -> int:
    """UTF-16 units of ``text``: a character beyond the BMP (an emoji) takes two."""
    return len(text) + sum(1 for char in text if char > "\uffff")


def overlong_cells(records: Iterable[Mapping[str, Any] | Annotation]) -> int:
    """How many cells ``to_csv`` cuts (to say so beside the export)."""
    return sum(fit_cell(cell) != cell for record in records
               for cell in _cells(record).values())


def flatten(record: Mapping[str, Any] | Annotation) -> dict[str, str]:
    """One record as the CSV's flat columns, each cut to ``CELL_LIMIT``."""
    return {column: fit_cell(cell) for column, cell in _cells(record).items()}


def _cells(record: Mapping[str, Any] | Annotation) -> dict[str, str]:
    """One record as the CSV's flat columns, whole."""
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
        "created": annotation.created,
        "modified": annotation.modified,
        "schema": annotation.schema,
    }
    row = {column: safe_cell(value) for column, value in values.items()}
    for spec in FIELDS:
        value = annotation.value(spec.name)
        row[spec.name] = safe_cell(value) if isinstance(value, str) else list_cell(value)
    return {column: row[column] for column in columns()}


def to_csv(records: Iterable[Mapping[str, Any] | Annotation]) -> str:
    """The whole CSV document as text (write it as UTF-8)."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns(), lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow(flatten(record))
    return buffer.getvalue()
