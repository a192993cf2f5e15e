"""The save journal: small saves appended to ``<db>.journal`` instead of a full rewrite.

Why: rewriting the whole database on every save costs time proportional to its size
(about 35 ms at 10,000 annotations and 550 ms at 100,000 on a 2-core machine, mostly
the fsync of the whole file). Appending only what changed, then fsyncing, costs a few
milliseconds whatever the size. The journal is folded back into the main file
(compaction, an ordinary atomic rewrite) when it grows past a fraction of the main file
and when the store is closed, so after a clean exit the main file alone is complete.

Format (JSON Lines, UTF-8): a header ``{"claimdesk_journal": 1, "base": [inode, size,
mtime_ns]}`` naming the main file generation it applies to, then one line per save:
``{"put": {table: {id: doc}}, "del": {table: [id, ...]}}``. Replaying lines is
idempotent (whole documents put, ids deleted), and a journal whose base is not the
current main file is ignored: it was already folded in (a crash between compaction and
truncation) or the main file was replaced by hand.

A line without its final newline is a save that was interrupted before it was
acknowledged: it is ignored and cut off before the next append. Any other bad line is
corruption and raises ``DatabaseError``.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.store.errors import DatabaseError
from reader.store.files import write_all

MAGIC = "claimdesk_journal"
Base = tuple[int, int, int]


@dataclass(slots=True)
class JournalState:
    """What the last look at the journal found (``None`` size: no journal file)."""

    size: int | None = None
    valid_length: int = 0
    base: Base | None = None
    applies: bool = False


def journal_path(db_path: Path) -> Path:
    """``<db>.journal`` beside the database."""
    return db_path.with_name(db_path.name + ".journal")


def header(base: Base) -> bytes:
    """The first line of a journal bound to the main file generation ``base``."""
    return json.dumps({MAGIC: 1, "base": list(base)}, separators=(",", ":")).encode() + b"\n"


def replay(path: Path, raw: bytes, data: dict[str, Any], base: Base | None) -> JournalState:
    """Apply the journal ``raw`` to ``data`` (in place) when it belongs to ``base``."""
    state = JournalState(size=len(raw))
    end = raw.rfind(b"\n") + 1  # bytes after the last newline: an unacknowledged save
    state.valid_length = end
    lines = raw[:end].split(b"\n")[:-1]
    if not lines:
        return state
    first = _parse(path, 1, lines[0])
    if not isinstance(first, dict) or first.get(MAGIC) != 1:
        raise DatabaseError(path, "line 1 is not a Claimdesk journal header")
    raw_base = first.get("base")
    if not (isinstance(raw_base, list) and len(raw_base) == 3
            and all(isinstance(v, int) for v in raw_base)):
        raise DatabaseError(path, "line 1: the journal header has no valid base")
    state.base = (raw_base[0], raw_base[1], raw_base[2])
    state.applies = state.base == base
    if not state.applies:
        return state
    for number, line in enumerate(lines[1:], start=2):
        apply_entry(path, number, _parse(path, number, line), data)
    return state


def _parse(path: Path, number: int, line: bytes) -> Any:
    try:
        return json.loads(line.decode("utf-8"), parse_constant=_refuse)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DatabaseError(path, f"line {number} is corrupt; the file was left unchanged"
                            ) from None


def _refuse(name: str) -> Any:
    raise ValueError(name)


def apply_entry(path: Path, number: int, entry: Any, data: dict[str, Any]) -> None:
    """Apply one journal line to ``data``; raise ``DatabaseError`` if it is malformed."""
    if not isinstance(entry, dict):
        raise DatabaseError(path, f"line {number} is not an object")
    puts, deletes = entry.get("put", {}), entry.get("del", {})
    if not isinstance(puts, dict) or not isinstance(deletes, dict):
        raise DatabaseError(path, f"line {number} has a malformed put or del")
    for table, docs in puts.items():
        if not isinstance(docs, dict) or not all(isinstance(d, dict) for d in docs.values()):
            raise DatabaseError(path, f"line {number}: documents must be objects")
        data.setdefault(table, {}).update(docs)
    for table, ids in deletes.items():
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise DatabaseError(path, f"line {number}: deleted ids must be strings")
        target = data.get(table, {})
        for doc_id in ids:
            target.pop(doc_id, None)


def append(path: Path, state: JournalState, base: Base, line: bytes) -> JournalState:
    """Append one save (``line`` ends with a newline) and fsync; return the new state.

    Starts a fresh journal (header first) when there is none or it belongs to another
    generation; cuts off an unacknowledged tail first. On failure the journal is cut
    back to its previous valid length (best effort) and the error propagates.
    """
    fresh = state.size is None or not state.applies
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        keep = 0 if fresh else state.valid_length
        try:
            if fresh or state.size != keep:
                os.ftruncate(fd, keep)
            os.lseek(fd, keep, os.SEEK_SET)
            payload = (header(base) if fresh else b"") + line
            write_all(fd, payload)
            os.fsync(fd)
        except BaseException:
            with suppress(OSError):
                os.ftruncate(fd, keep)
            raise
    finally:
        os.close(fd)
    new_length = keep + len(payload)
    return JournalState(size=new_length, valid_length=new_length, base=base, applies=True)
