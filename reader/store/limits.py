"""How deeply a stored JSON value may nest: records are shallow, hostile input is not.

Why: a record nested hundreds of levels deep still parses, but every recursive walk over
it afterwards (copying, comparing, serialising, showing) can hit Python's recursion limit:
an import line nested 600 levels ended in "internal error: RecursionError", and one of
495 levels was accepted and then left the app stuck on "still opening…". A real record
nests at most 3 levels (record → target → position), so ``MAX_RECORD_DEPTH`` (32) leaves
ample room for future fields while keeping every recursive walk far from the limit.

The depth is measured without recursion (an explicit stack), so measuring can never fail
on the values it is meant to refuse. Import, the database reader and the journal reader
all use this one rule; the storage refuses to save a deeper document too.
"""

from __future__ import annotations

from typing import Any

MAX_RECORD_DEPTH = 32

_CONTAINERS = (dict, list)
TOO_DEEP = f"is nested more than {MAX_RECORD_DEPTH} levels deep (the limit for a record)"


def nesting_depth(value: Any, stop_after: int = MAX_RECORD_DEPTH) -> int:
    """Levels of objects and lists in ``value`` (a scalar is 0, ``{}`` is 1); counting
    stops as soon as it passes ``stop_after``, so a huge value costs little to refuse.

    Walks level by level (breadth first) with list comprehensions, which is several
    times faster than a per-node stack on a whole database."""
    level = [value] if isinstance(value, _CONTAINERS) else []
    depth = 0
    while level and depth <= stop_after:
        depth += 1
        level = [child for item in level
                 for child in (item.values() if isinstance(item, dict) else item)
                 if isinstance(child, _CONTAINERS)]
    return depth


def too_deep(value: Any, limit: int = MAX_RECORD_DEPTH) -> bool:
    """True when ``value`` nests deeper than ``limit`` levels."""
    return nesting_depth(value, limit) > limit


def first_too_deep(documents: dict[str, Any]) -> str | None:
    """The id of the first document nested too deeply, or ``None`` when all are fine."""
    if not too_deep(documents, MAX_RECORD_DEPTH + 1):  # the table itself is one level
        return None
    for doc_id, doc in documents.items():
        if too_deep(doc):
            return str(doc_id)
    return None


def deep_document(tables: dict[str, Any]) -> str | None:
    """The id of the first document of any table nested too deeply, or ``None``."""
    for table in tables.values():
        deep = first_too_deep(table) if isinstance(table, dict) else None
        if deep is not None:
            return deep
    return None
