"""The annotation record: building, validating and migrating it.

One record is one claim a user marked in one article (see the design note
``annotations.md``). Records are plain JSON-compatible dicts so that the database, the
JSON Lines export and the import all see exactly the same thing.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from reader.core.annotation import ANCHOR_STATUSES, ARTICLE_KEYS, Annotation
from reader.core.annotation_fields import field_names
from reader.core.annotation_migrations import (
    MIGRATIONS,
    clone,
    current_schema,
    migration,
    utc_now,
)
from reader.core.annotation_migrations import migrate as _migrate
from reader.core.annotation_rules import FieldError
from reader.core.model import Article
from reader.core.verdicts import VERDICT_VALUES
from reader.store.errors import RecordError

SCHEMA_VERSION = current_schema()
CONTEXT_CHARS = 32
VERDICTS: tuple[str, ...] = VERDICT_VALUES  # the scale lives in reader.core.verdicts
FRAME_EDITABLE: frozenset[str] = frozenset({"target", "anchor", "article"})

__all__ = [
    "ANCHOR_STATUSES", "ARTICLE_KEYS", "CONTEXT_CHARS", "MIGRATIONS", "SCHEMA_VERSION",
    "VERDICTS", "Annotation", "article_ref", "clone", "editable", "make_target", "migrate",
    "migration", "new_record", "parse", "prepare", "utc_now", "validate",
]


def editable() -> frozenset[str]:
    """Fields an update may change: every content field, and the target, anchor and
    article (re-anchoring)."""
    return FRAME_EDITABLE | frozenset(field_names())


def article_ref(article: Article) -> dict[str, str]:
    """The article part of a record; ``id`` does not depend on the folder."""
    return {
        "id": article.id,
        "title": article.title,
        "path": article.path,
        "url": article.url,
        "language": article.language,
        "text_sha256": article.text_sha256,
        "date": article.date,
    }


def make_target(text: str, start: int, end: int) -> dict[str, Any]:
    """W3C-style selectors for ``text[start:end]``: position and quote with context."""
    if not (0 <= start < end <= len(text)):
        raise RecordError("target", f"span {start}..{end} is empty or outside the text")
    return {
        "position": {"start": start, "end": end},
        "quote": {
            "exact": text[start:end],
            "prefix": text[max(0, start - CONTEXT_CHARS):start],
            "suffix": text[end:end + CONTEXT_CHARS],
        },
    }


def new_record(
    article: Article,
    start: int,
    end: int,
    *,
    claim: str = "",
    claimant: str = "",
    verdict: str = "unrated",
    note: str = "",
    tags: list[str] | None = None,
    evidence: list[str] | None = None,
    **more: Any,
) -> dict[str, Any]:
    """A fresh, valid record for the span ``start..end`` of ``article``; ``more`` holds
    content fields added to the table after these (their defaults otherwise)."""
    now = utc_now()
    target = make_target(article.text, start, end)
    given: dict[str, Any] = {
        "claim": claim or target["quote"]["exact"], "claimant": claimant, "verdict": verdict,
        "note": note, "tags": list(tags or []), "evidence": list(evidence or []), **more,
    }
    record: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "article": article_ref(article),
        "target": target,
        "anchor": {"status": "exact", "score": 1.0, "checked_at": now},
    }
    for spec in _specs():
        value = given.pop(spec.name, spec.default)
        record[spec.name] = list(value) if isinstance(value, list | tuple) else value
    if given:
        raise RecordError(sorted(given)[0], "is not a content field")
    record.update(created=now, modified=now, schema=current_schema())
    validate(record)
    return record


def _specs() -> list[Any]:
    from reader.core.annotation_fields import FIELDS

    return FIELDS


# -- validation -------------------------------------------------------------------------


def validate(record: Mapping[str, Any]) -> None:
    """Raise ``RecordError`` naming the first field that is not valid (the typed model
    ``Annotation.from_record`` does the checking)."""
    parse(record)


def parse(record: Mapping[str, Any]) -> Annotation:
    """The typed annotation of a record at the current schema, or ``RecordError``."""
    try:
        return Annotation.from_record(record)
    except FieldError as error:
        raise RecordError(error.field, error.reason) from None


def prepare(record: Mapping[str, Any] | Annotation) -> Annotation:
    """A record migrated, checked and cleaned by the value rules (canonical id, tags
    de-duplicated, evidence links http/https): what the store saves and import merges."""
    if isinstance(record, Annotation):
        return record.normalised()
    if not isinstance(record, Mapping):
        raise RecordError("record", "is not a JSON object")
    try:
        current = record if record.get("schema") == current_schema() else _migrate(record)
        return Annotation.from_record(current).normalised()
    except FieldError as error:
        raise RecordError(error.field, error.reason) from None


def migrate(record: Mapping[str, Any]) -> dict[str, Any]:
    """Upgrade a record of any known older schema to the current one (a new dict)."""
    try:
        return _migrate(record)
    except FieldError as error:
        raise RecordError(error.field, error.reason) from None
