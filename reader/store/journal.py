"""The save journal: small saves appended to ``<db>.journal`` instead of a full rewrite.

Why: rewriting the whole database on every save costs time proportional to its size
(about 35 ms at 10,000 annotations and 550 ms at 100,000 on a 2-core machine, mostly
the fsync of the whole file). Appending only what changed, then fsyncing, costs a few
milliseconds whatever the size. The journal is folded back into the main file
(compaction, an ordinary atomic rewrite) when it grows past a fraction of the main file
and when the store is closed, so after a clean exit the main file alone is complete.

Format (JSON Lines, UTF-8): a header ``{"claimdesk_journal": 2, "generation": "<id>"}``
naming the main file generation it applies to, then one line per save:
``{"put": {table: {id: doc}}, "del": {table: [id, ...]}}``. Replaying lines is
idempotent (whole documents put, ids deleted).

Binding by content: every rewrite of the main file writes a fresh random generation id
INTO the main file (``files.META_TABLE``), with the id of the generation whose journal
it folded in (``previous``). A journal applies when its header names the main file's
generation, whatever the files' inode, size or modification time: so copying the data
folder (``cp -a``, tar, rsync, a sync tool), ``touch``, or restoring a copy of both files
keeps every save. A journal naming the main file's ``previous`` generation was already
folded in (a crash between compaction and removing it) and may be dropped. Any other
journal holds saves this main file does not have (say, an older main file was restored
beside it): it is never truncated, but set aside as ``<db>.journal.unmerged-N`` before the
next save. Version 1 journals (bound by inode, size and mtime)
are still replayed when their base matches a main file without a generation id.

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
from reader.store.limits import TOO_DEEP, first_too_deep

MAGIC = "claimdesk_journal"
VERSION = 2
Base = tuple[int, int, int]


@dataclass(slots=True)
class JournalState:
    """What the last look at the journal found (``None`` size: no journal file)."""

    size: int | None = None
    valid_length: int = 0
    generation: str | None = None  # the generation a version 2 header names
    base: Base | None = None  # the stat triple a version 1 header names
    applies: bool = False

    def folded_into(self, previous: str | None) -> bool:
        """True when this (non-applying) journal is known to be folded into a main file
        whose ``previous`` generation is given: dropping it loses nothing."""
        return self.generation is not None and self.generation == previous


def journal_path(db_path: Path) -> Path:
    """``<db>.journal`` beside the database."""
    return db_path.with_name(db_path.name + ".journal")


def header(generation: str) -> bytes:
    """The first line of a journal bound to the main file generation ``generation``."""
    line = {MAGIC: VERSION, "generation": generation}
    return json.dumps(line, separators=(",", ":")).encode() + b"\n"


def replay(
    path: Path, raw: bytes, data: dict[str, Any], generation: str | None,
    legacy_base: Base | None = None,
) -> JournalState:
    """Apply the journal ``raw`` to ``data`` (in place) when it belongs to the main file
    of generation ``generation`` (``legacy_base``: that file's stat triple, for version 1
    journals beside a main file without a generation id)."""
    state = JournalState(size=len(raw))
    end = raw.rfind(b"\n") + 1  # bytes after the last newline: an unacknowledged save
    state.valid_length = end
    lines = raw[:end].split(b"\n")[:-1]
    if not lines:
        return state
    _read_header(path, _parse(path, 1, lines[0]), state)
    if state.generation is not None:
        state.applies = state.generation == generation
    else:
        state.applies = generation is None and state.base == legacy_base
    if not state.applies:
        return state
    for number, line in enumerate(lines[1:], start=2):
        apply_entry(path, number, _parse(path, number, line), data)
    return state


def _read_header(path: Path, first: Any, state: JournalState) -> None:
    """Fill ``state.generation`` (version 2) or ``state.base`` (version 1) from line 1."""
    version = first.get(MAGIC) if isinstance(first, dict) else None
    if version == VERSION:
        generation = first.get("generation")
        if not isinstance(generation, str) or not generation:
            raise DatabaseError(path, "line 1: the journal header has no valid generation")
        state.generation = generation
        return
    if version != 1:
        raise DatabaseError(path, "line 1 is not a Claimdesk journal header")
    raw_base = first.get("base")
    if not (isinstance(raw_base, list) and len(raw_base) == 3
            and all(isinstance(v, int) for v in raw_base)):
        raise DatabaseError(path, "line 1: the journal header has no valid base")
    state.base = (raw_base[0], raw_base[1], raw_base[2])


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
        deep = first_too_deep(docs)
        if deep is not None:
            raise DatabaseError(path, f"line {number}: document {deep!r} {TOO_DEEP}")
        data.setdefault(table, {}).update(docs)
    for table, ids in deletes.items():
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise DatabaseError(path, f"line {number}: deleted ids must be strings")
        target = data.get(table, {})
        for doc_id in ids:
            target.pop(doc_id, None)


def append(path: Path, state: JournalState, generation: str, line: bytes) -> JournalState:
    """Append one save (``line`` ends with a newline) and fsync; return the new state.

    Starts a fresh journal (header first) when there is none or it belongs to another
    generation (the caller has set aside any journal that still held unfolded saves);
    cuts off an unacknowledged tail first. On failure the journal is cut
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
            payload = (header(generation) if fresh else b"") + line
            write_all(fd, payload)
            os.fsync(fd)
        except BaseException:
            with suppress(OSError):
                os.ftruncate(fd, keep)
            raise
    finally:
        os.close(fd)
    new_length = keep + len(payload)
    return JournalState(size=new_length, valid_length=new_length, generation=generation,
                        applies=True)


def set_aside(path: Path) -> Path:
    """Move a journal this main file does not include to ``<journal>.unmerged-N`` (the
    first free N), so that its saves are kept, never truncated; return the new path."""
    number = 1
    while True:
        kept = path.with_name(f"{path.name}.unmerged-{number}")
        if not os.path.lexists(kept):
            break
        number += 1
    os.rename(path, kept)
    return kept
