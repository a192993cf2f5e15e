"""Upgrading stored records from older schemas, one step per ``schema`` number.

A record carries the ``schema`` it was written with. ``MIGRATIONS[n]`` turns a version-n
record into a version-n+1 one; the current version is one past the last migration, so
adding a field is: its row in ``annotation_fields.FIELDS`` plus a migration that gives
old records its default.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from reader.core.annotation_rules import FieldError

Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


def utc_now() -> str:
    """The current time as ISO 8601 UTC with a ``Z``, to the millisecond."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def current_schema() -> int:
    """The schema version records are written with (read each time: a test may add one)."""
    return max(MIGRATIONS, default=-1) + 1


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
    record = {k: v for k, v in old.items()
              if k not in ("start", "end", "quote", "rating", "prefix", "suffix")}
    record["target"] = {
        "position": {"start": old.get("start"), "end": old.get("end")},
        "quote": {"exact": old.get("quote", ""), "prefix": old.get("prefix", ""),
                  "suffix": old.get("suffix", "")},
    }
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


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def migrate(record: Mapping[str, Any]) -> dict[str, Any]:
    """Upgrade a record of any known older schema to the current one (a new dict)."""
    current = clone(dict(record))
    version = current.get("schema", 0)
    latest = current_schema()
    if not _is_int(version) or version < 0:
        raise FieldError("schema", f"{version!r} is not a schema version")
    if version > latest:
        raise FieldError("schema", f"version {version} was made by a newer Claimdesk")
    while version < latest:
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
