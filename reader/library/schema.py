"""The article store's tables and how an older store is brought up to date.

The store has its own schema version (``PRAGMA user_version`` plus a ``migrations`` table
that records when each step ran), separate from the annotation database's. Each migration
runs in one transaction: a store is either at the old version or the new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from reader.library import feed_keys, host_keys

SCHEMA_VERSION = 4

_V1 = """
CREATE TABLE IF NOT EXISTS feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    site_url TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    last_fetch TEXT NOT NULL DEFAULT '',
    last_ok TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new',
    last_error TEXT NOT NULL DEFAULT '',
    failing_since TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    norm_url TEXT UNIQUE,
    url TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT '',
    feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'feed',
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    seen_at TEXT NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    changed INTEGER NOT NULL DEFAULT 0,
    tags TEXT NOT NULL DEFAULT '',
    versions INTEGER NOT NULL DEFAULT 0,
    summary_sha TEXT NOT NULL DEFAULT '',
    analysis TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date DESC);
CREATE INDEX IF NOT EXISTS articles_feed ON articles(feed_id);
CREATE INDEX IF NOT EXISTS articles_read ON articles(read, date DESC);
CREATE INDEX IF NOT EXISTS articles_unread_feed ON articles(read, feed_id);
CREATE INDEX IF NOT EXISTS articles_starred ON articles(date DESC) WHERE starred = 1;
CREATE INDEX IF NOT EXISTS articles_changed ON articles(date DESC) WHERE changed = 1;
CREATE INDEX IF NOT EXISTS articles_files ON articles(date DESC) WHERE kind = 'file';
CREATE INDEX IF NOT EXISTS articles_tagged ON articles(tags) WHERE tags != '';
CREATE TABLE IF NOT EXISTS items (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (feed_id, item_key)
);
CREATE INDEX IF NOT EXISTS items_article ON items(article_id);
CREATE TABLE IF NOT EXISTS versions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    blocks TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (article_id, number)
);
CREATE TABLE IF NOT EXISTS pruned_items (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    PRIMARY KEY (feed_id, item_key)
);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2'
);
"""

_V2 = """
ALTER TABLE articles ADD COLUMN page_url TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN page_etag TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN page_last_modified TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN page_checked_at TEXT NOT NULL DEFAULT ''
"""
"""Version 2: the page a summary-only item's text came from, with its validators and when it
was last re-checked, so a publisher's silent edit of the page becomes a new version.
Older rows keep ``page_url`` empty: whether their text came from the feed or the page is
not known, and guessing wrong would turn a full-text feed item into a spurious version."""

_V3 = ";\n".join(feed_keys.STATEMENTS)
"""Version 3: feeds keyed by their normalised address, duplicates merged (``feed_keys``)."""

_V4 = ";\n".join(host_keys.STATEMENTS)
"""Version 4: an internationalised host keyed in its ASCII form (``host_keys``)."""

STEPS: dict[int, str] = {1: _V1, 2: _V2, 3: _V3, 4: _V4}
"""The SQL of each schema version's step, applied in order."""

DATA_STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    3: feed_keys.merge_duplicate_feeds,
    4: host_keys.rekey_hosts,
}
"""What a step does to the rows after its SQL, in the same transaction."""

AFTER_STEPS: dict[int, tuple[str, ...]] = {3: feed_keys.AFTER, 4: host_keys.AFTER}
"""SQL run after a step's data step (an index the old rows could not satisfy before)."""


class SchemaTooNew(Exception):
    """The store was written by a newer Claimdesk: refuse rather than damage it."""


def migrate(connection: sqlite3.Connection, now: str) -> int:
    """Bring the store to ``SCHEMA_VERSION``, one transaction per step; return it."""
    connection.execute(
        "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied_at TEXT)"
    )
    current = connection.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"the article store has schema version {current}; this Claimdesk knows "
            f"up to {SCHEMA_VERSION}"
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            # another process may have migrated while we waited for the lock
            if connection.execute("PRAGMA user_version").fetchone()[0] >= version:
                connection.execute("ROLLBACK")
                continue
            for statement in _statements(version):
                connection.execute(statement)
            if version in DATA_STEPS:
                DATA_STEPS[version](connection)
            for statement in AFTER_STEPS.get(version, ()):
                connection.execute(statement)
            connection.execute("INSERT OR REPLACE INTO migrations VALUES (?, ?)", (version, now))
            connection.execute(f"PRAGMA user_version = {int(version)}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def _statements(version: int) -> list[str]:
    """The statements of one step (executescript would commit on its own)."""
    script = STEPS[version]
    return [s.strip() for s in script.split(";\n") if s.strip()]
