"""The annotation record: building, validating and migrating it.

One record is one claim a user marked in one article (see the design note
``annotations.md``). Records are plain JSON-compatible dicts so that the database, the
JSON Lines export and the import all see exactly the same thing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from reader.core.model import Article
from reader.core.verdicts import VERDICT_VALUES
from reader.store.errors import RecordError

SCHEMA_VERSION = 1
CONTEXT_CHARS = 32
VERDICTS: tuple[str, ...] = VERDICT_VALUES  # the scale lives in reader.core.verdicts
ANCHOR_STATUSES: tuple[str, ...] = ("exact", "moved", "fuzzy", "orphan")
ARTICLE_KEYS: tuple[str, ...] = ("id", "title", "path", "url", "language", "text_sha256")
TEXT_FIELDS: tuple[str, ...] = ("claim", "claimant", "verdict", "note")
EDITABLE: frozenset[str] = frozenset(
    {"claim", "claimant", "verdict", "note", "tags", "evidence", "target", "anchor", "article"}
)


def utc_now() -> str:
    """The current time as ISO 8601 UTC with a ``Z``, to the millisecond."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


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
        # the library version the annotation was made on (articles from the library store)
        **({"version": article.extra["version"]} if article.extra.get("version") else {}),
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
) -> dict[str, Any]:
    """A fresh, valid record for the span ``start..end`` of ``article``."""
    now = utc_now()
    target = make_target(article.text, start, end)
    record = {
        "id": str(uuid.uuid4()),
        "article": article_ref(article),
        "target": target,
        "anchor": {"status": "exact", "score": 1.0, "checked_at": now},
        "claim": claim or target["quote"]["exact"],
        "claimant": claimant,
        "verdict": verdict,
        "note": note,
        "tags": list(tags or []),
        "evidence": list(evidence or []),
        "created": now,
        "modified": now,
        "schema": SCHEMA_VERSION,
    }
    validate(record)
    return record


# -- validation -------------------------------------------------------------------------


def validate(record: Mapping[str, Any]) -> None:
    """Raise ``RecordError`` naming the first field that is not valid."""
    if not isinstance(record, Mapping):
        raise RecordError("record", "is not a JSON object")
    if record.get("schema") != SCHEMA_VERSION:
        raise RecordError("schema", f"must be {SCHEMA_VERSION}, got {record.get('schema')!r}")
    _check_id(record.get("id"))
    _check_article(record.get("article"))
    _check_target(record.get("target"))
    _check_anchor(record.get("anchor"))
    for name in TEXT_FIELDS:
        _require_str(record, name)
    if record["verdict"] not in VERDICTS:
        raise RecordError("verdict", f"{record['verdict']!r} is not one of {', '.join(VERDICTS)}")
    for name in ("tags", "evidence"):
        value = record.get(name)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RecordError(name, "must be a list of strings")
    for name in ("created", "modified"):
        _check_time(name, record.get(name))


def _check_id(value: object) -> None:
    if not isinstance(value, str):
        raise RecordError("id", "must be a UUID string")
    try:
        uuid.UUID(value)
    except ValueError:
        raise RecordError("id", f"{value[:40]!r} is not a UUID") from None


def _check_article(value: object) -> None:
    if not isinstance(value, Mapping):
        raise RecordError("article", "must be an object")
    for key in ARTICLE_KEYS:
        if not isinstance(value.get(key), str):
            raise RecordError(f"article.{key}", "must be a string")
    if not value["id"]:
        raise RecordError("article.id", "must not be empty")
    if "date" in value and not isinstance(value["date"], str):
        raise RecordError("article.date", "must be a string")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_target(value: object) -> None:
    if not isinstance(value, Mapping):
        raise RecordError("target", "must be an object")
    position, quote = value.get("position"), value.get("quote")
    if not isinstance(position, Mapping):
        raise RecordError("target.position", "must be an object")
    start, end = position.get("start"), position.get("end")
    if not (_is_int(start) and _is_int(end)):
        raise RecordError("target.position", "start and end must be integers")
    if not 0 <= start < end:  # type: ignore[operator]
        raise RecordError("target.position", f"needs 0 <= start < end, got {start}..{end}")
    if not isinstance(quote, Mapping):
        raise RecordError("target.quote", "must be an object")
    for key in ("exact", "prefix", "suffix"):
        if not isinstance(quote.get(key), str):
            raise RecordError(f"target.quote.{key}", "must be a string")
    if not quote["exact"]:
        raise RecordError("target.quote.exact", "must not be empty")


def _check_anchor(value: object) -> None:
    if not isinstance(value, Mapping):
        raise RecordError("anchor", "must be an object")
    if value.get("status") not in ANCHOR_STATUSES:
        raise RecordError("anchor.status", f"must be one of {', '.join(ANCHOR_STATUSES)}")
    score = value.get("score")
    if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 1:
        raise RecordError("anchor.score", "must be a number from 0 to 1")
    _check_time("anchor.checked_at", value.get("checked_at"))


def _require_str(record: Mapping[str, Any], name: str) -> None:
    if not isinstance(record.get(name), str):
        raise RecordError(name, "must be a string")


def _check_time(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise RecordError(name, "must be an ISO 8601 timestamp string")
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise RecordError(name, f"{value[:40]!r} is not an ISO 8601 timestamp") from None


# -- migrations -------------------------------------------------------------------------

Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register the function that upgrades a record from ``from_version`` to the next."""

    def register(function: Migration) -> Migration:
        MIGRATIONS[from_version] = function
        return function

    return register


@migration(0)
def _from_v0(old: dict[str, Any]) -> dict[str, Any]:
    """Version 0 was the pre-release draft: flat offsets and quote, ``rating`` with
    underscores, comma-separated tags, no anchor. Kept so the migration path is real."""
    record = {k: v for k, v in old.items() if k not in ("start", "end", "quote", "rating")}
    record["target"] = {
        "position": {"start": old.get("start"), "end": old.get("end")},
        "quote": {"exact": old.get("quote", ""), "prefix": old.get("prefix", ""),
                  "suffix": old.get("suffix", "")},
    }
    record.pop("prefix", None)
    record.pop("suffix", None)
    record["verdict"] = str(old.get("rating", "unrated")).replace("_", "-")
    tags = old.get("tags", "")
    record["tags"] = [t.strip() for t in tags.split(",") if t.strip()] if isinstance(
        tags, str) else tags
    record.setdefault("evidence", [])
    created = old.get("created") or utc_now()
    record.setdefault("created", created)
    record.setdefault("modified", created)
    record.setdefault("anchor", {"status": "exact", "score": 1.0, "checked_at": created})
    record["schema"] = 1
    return record


def migrate(record: Mapping[str, Any]) -> dict[str, Any]:
    """Upgrade a record of any known older schema to ``SCHEMA_VERSION`` (a new dict)."""
    current = clone(dict(record))
    version = current.get("schema", 0)
    if not _is_int(version) or version < 0:
        raise RecordError("schema", f"{version!r} is not a schema version")
    if version > SCHEMA_VERSION:
        raise RecordError("schema", f"version {version} was made by a newer Claimdesk")
    while version < SCHEMA_VERSION:
        current = MIGRATIONS[version](current)
        version = current["schema"]
    return current


def clone(value: Any) -> Any:
    """A deep copy of a JSON value (much faster than ``copy.deepcopy``)."""
    if isinstance(value, dict):
        return {k: clone(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clone(v) for v in value]
    return value
