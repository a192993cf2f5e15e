"""Schema step 3: one subscription per feed, whatever spelling of its address was typed.

Subscriptions were deduplicated by the exact URL, so ``HTTP://host/feed#x``,
``http://host/feed`` and ``http://host:80/feed`` became three feeds fetching the same
items. Since version 3 each feed also stores its address in the normal form articles
already use (``urls.url_key``; the host in its ASCII form since version 4) under a unique
index; ``url`` keeps what the user typed, which is what is shown and fetched.

An older library may hold such duplicates. The migration merges each into the OLDEST of
its group (earliest ``added_at``, then lowest id), whose title, validators and fetch
history stay; the duplicates' tags are added to it; their items, pruned items and
articles move to it. No article is deleted, so read, starred and changed state, notes,
tags and versions are all kept; an item both feeds had stays once (it names the same
feed entry).
"""

from __future__ import annotations

import sqlite3

from reader.library.records import join_tags, split_tags
from reader.library.urls import url_key

STATEMENTS = (
    "ALTER TABLE feeds ADD COLUMN norm_url TEXT NOT NULL DEFAULT ''",
)
AFTER = ("CREATE UNIQUE INDEX IF NOT EXISTS feeds_norm_url ON feeds(norm_url)",)


def feed_key(url: str) -> str:
    """The key a subscription is deduplicated by (the article URLs' key: ``url_key``)."""
    return url_key(url)


def merge_duplicate_feeds(db: sqlite3.Connection) -> None:
    """Fill ``norm_url`` and merge feeds that share it (inside the caller's transaction)."""
    kept: dict[str, tuple[int, str]] = {}  # key -> (id, tags) of the oldest feed
    rows = db.execute("SELECT id, url, tags, title, site_url FROM feeds "
                      "ORDER BY added_at, id").fetchall()
    for feed_id, url, tags, title, site_url in rows:
        key = feed_key(url)
        if key not in kept:
            kept[key] = (feed_id, tags)
            db.execute("UPDATE feeds SET norm_url = ? WHERE id = ?", (key, feed_id))
            continue
        keep, keep_tags = kept[key]
        kept[key] = (keep, _merged_tags(keep_tags, tags))
        _move(db, feed_id, keep)
        db.execute(
            "UPDATE feeds SET tags = ?, title = CASE WHEN title = '' THEN ? ELSE title END, "
            "site_url = CASE WHEN site_url = '' THEN ? ELSE site_url END WHERE id = ?",
            (kept[key][1], title, site_url, keep))
        db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))


def _move(db: sqlite3.Connection, duplicate: int, keep: int) -> None:
    """Everything of ``duplicate`` to ``keep``; rows ``keep`` already has stay its own."""
    for table in ("items", "pruned_items"):
        db.execute(f"UPDATE OR IGNORE {table} SET feed_id = ? WHERE feed_id = ?",
                   (keep, duplicate))
        db.execute(f"DELETE FROM {table} WHERE feed_id = ?", (duplicate,))
    db.execute("UPDATE articles SET feed_id = ? WHERE feed_id = ?", (keep, duplicate))


def _merged_tags(first: str, second: str) -> str:
    return join_tags([*split_tags(first), *split_tags(second)])
