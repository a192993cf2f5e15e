"""Deletion records (tombstones): a deleted annotation stays deleted through a merge.

Why: a merge adds every id it does not hold, so without a record of deletions, importing
a colleague's older export (or one's own backup) brought back every annotation deleted
since, silently. A tombstone keeps the deleted annotation's id and the time of deletion,
in the same database file (the TinyDB table ``deleted``, written in the same atomic save
and journal line as the deletion itself):

    {"deleted": {"<uuid>": {"id": "<uuid>", "deleted": "2026-12-08T04:30:00.000Z"}}}

A merge skips an incoming record whose id has a tombstone at or after the record's
``modified`` time (the copy predates the deletion), and brings back, reported as such, one
modified after it (someone kept working on it; their work is not lost). An id is never
both stored and tombstoned: storing it again (an undo, a merge) removes its tombstone.

Tombstones are local knowledge: no export carries them. JSON Lines is "one annotation per
line", and an older Claimdesk refuses a whole file with one line that is not a record;
sending deletions would also let an import delete a colleague's annotations without a
word, the opposite of the loss this guards against. Tombstones are kept forever (about
90 bytes each): one dropped would let an old export bring its annotation back.

A database written before tombstones has no ``deleted`` table: it reads as none, and
opening it writes nothing. A damaged tombstone is refused like a damaged annotation
(``DatabaseError`` at open, the file unchanged), or set aside in a read-only open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from reader.core.annotation_rules import canonical_id
from reader.store.errors import DatabaseError

TABLE = "deleted"


def tombstone(annotation_id: str, when: str) -> dict[str, str]:
    """The stored document of one deletion."""
    return {"id": annotation_id, "deleted": when}


def check_tombstones(path: Path, table: dict[str, Any],
                     set_aside: list[str] | None = None) -> None:
    """Raise ``DatabaseError`` for the first damaged tombstone; with ``set_aside`` (a
    read-only store) remove it from ``table`` and append its one-line reason instead."""
    for key in list(table):
        problem = _problem(key, table[key])
        if problem is None:
            continue
        message = f"deletion record {str(key)[:40]!r} {problem}; the file was left unchanged"
        if set_aside is None:
            raise DatabaseError(path, message)
        del table[key]
        set_aside.append(str(DatabaseError(path, message)))


def _problem(key: str, doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return "is not an object"
    ident, when = doc.get("id"), doc.get("deleted")
    if not isinstance(ident, str) or canonical_id(ident) != ident or ident != key:
        return "does not hold its own annotation id"
    if not isinstance(when, str):
        return "has no deletion time"
    try:
        datetime.fromisoformat(when)
    except ValueError:
        return f"has a deletion time that is not a date ({when[:40]!r})"
    return None


@dataclass(slots=True)
class MergeOutcome:
    """What a merge did: counts, and the ids a tombstone decided about.

    ``restored`` records are also counted in ``added`` (they were not held)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # deleted here after their last edit
    restored: list[str] = field(default_factory=list)  # edited after their deletion here

    @property
    def counts(self) -> tuple[int, int, int]:
        """``(added, updated, unchanged)``, as ``AnnotationStore.merge`` has always said."""
        return self.added, self.updated, self.unchanged

    def deletions_line(self) -> str:
        """One line about deleted annotations, or "" when the merge met none."""
        parts = []
        if self.skipped:
            parts.append(f"skipped {_count(len(self.skipped))} deleted here (each copy "
                         "merged is older than the deletion)")
        if self.restored:
            shown = ", ".join(i[:8] for i in self.restored[:5])
            more = f" and {len(self.restored) - 5} more" if len(self.restored) > 5 else ""
            parts.append(f"brought back {_count(len(self.restored))} deleted here but "
                         f"edited after the deletion ({shown}{more})")
        return "; ".join(parts)


def _count(number: int) -> str:
    return f"{number} annotation" + ("" if number == 1 else "s")
