"""The across index's SQLite file: its tables, its settings, and its version.

The index is derived data, so a file of another schema version is emptied and filled
again rather than migrated; a new file gets large pages; a snapshot is copied from the
file without writing a byte beside it. What is stored in the tables, and how it is
searched, is ``index.py``'s.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path

SCHEMA_VERSION = 8
"""5: first and last shingles indexed too; 6: 40-bit hex gram words; 7: an article's
passages found by their numbers (``first_pid``, ``last_pid``), not by an index; 8: every
alphabet's combining marks folded away (Arabic and Hebrew words had been cut in two)."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    id TEXT PRIMARY KEY, title TEXT NOT NULL, source TEXT NOT NULL, date TEXT NOT NULL,
    sort_date TEXT NOT NULL, sha TEXT NOT NULL, first_pid INTEGER NOT NULL,
    last_pid INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS passages(
    pid INTEGER PRIMARY KEY, article TEXT NOT NULL, kind TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    speaker TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS passages_speaker ON passages(speaker) WHERE speaker != '';
CREATE VIRTUAL TABLE IF NOT EXISTS grams USING fts5(
    fingerprints, content='', columnsize=0, detail=none);
CREATE TABLE IF NOT EXISTS mentions(article TEXT NOT NULL, name TEXT NOT NULL,
    label TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY(article, name, label))
    WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_name ON mentions(name, label);
CREATE TABLE IF NOT EXISTS speaker_totals(name TEXT PRIMARY KEY, quotes INTEGER NOT NULL,
    articles INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity_totals(name TEXT NOT NULL, label TEXT NOT NULL,
    articles INTEGER NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY(name, label))
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS source_days(source TEXT NOT NULL, day TEXT NOT NULL,
    articles INTEGER NOT NULL, PRIMARY KEY(source, day)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS claim_records(record TEXT PRIMARY KEY, digest TEXT NOT NULL)
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS claim_links(record TEXT NOT NULL, pid INTEGER NOT NULL,
    PRIMARY KEY(record, pid)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claim_links_pid ON claim_links(pid);
"""
_MERGING = """
INSERT INTO grams(grams, rank) VALUES('automerge', 16);
INSERT INTO grams(grams, rank) VALUES('crisismerge', 64);
"""
"""FTS5 merges its segments less eagerly than by default (4 and 16): a quarter less
work to index, a lookup reads a few more segments (still a couple of milliseconds)."""
PAGE_SIZE = 16384
"""Bytes a page, for a new index file: its rows (passage texts, FTS5 segments) are
written in bulk and read in runs, so large pages mean fewer B-tree pages to balance
and to write. An existing file keeps the page size it was made with."""


def connect(path: str, copy_of: Path | None = None) -> sqlite3.Connection:
    """Open (and create or upgrade) the index file at ``path``; ``copy_of``: start from a
    copy of that file instead (an in-memory snapshot). Raises ``sqlite3.DatabaseError``
    for a file that is not a usable index (the caller sets it aside)."""
    db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    try:
        if copy_of is not None:
            _copy_into(db, copy_of)
        db.execute("PRAGMA busy_timeout=30000")
        db.execute(f"PRAGMA page_size={PAGE_SIZE}")  # a new file only; else a no-op
        if path != ":memory:":
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA cache_size=-65536")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            _drop_all(db)  # derived data of another version: index again
        with db:
            db.executescript("BEGIN IMMEDIATE;" + _SCHEMA + _MERGING + "COMMIT;")
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


def _copy_into(db: sqlite3.Connection, source: Path) -> None:
    """Copy the index file ``source`` into ``db`` without writing a byte beside it:
    ``immutable`` opens it with no lock, journal or shared-memory file (a folder that
    cannot be written has none to give). An unreadable file leaves ``db`` empty."""
    if not source.is_file():
        return
    with suppress(sqlite3.Error):
        reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            reader.backup(db)
        finally:
            reader.close()


def _drop_all(db: sqlite3.Connection) -> None:
    """Drop every table (virtual ones first: their shadow tables go with them)."""
    tables = db.execute(
        "SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_master WHERE type='table'"
    ).fetchall()
    for name, _virtual in sorted(tables, key=lambda row: -row[1]):
        db.execute(f'DROP TABLE IF EXISTS "{name}"')
