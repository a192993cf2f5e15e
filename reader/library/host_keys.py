"""Schema step 4: an internationalised host is keyed in one form.

Until version 3 a feed's and an article's ``norm_url`` kept the host as it was written,
so ``http://bücher.example/feed`` and ``http://xn--bcher-kva.example/feed`` were two
subscriptions, and the same article linked both ways was stored twice. Keys now write
the host in its ASCII (IDNA) form (``urls.url_key``). What is shown and fetched does not
change: a feed's ``url`` is what the user typed, an article's its link.

The step re-keys only rows whose host could change (non-ASCII), so a library without
such hosts is left as it was. Feeds are re-keyed by ``feed_keys.merge_duplicate_feeds``,
which merges the two spellings of a feed into the older (its unique index is dropped
meanwhile and built again after). Two articles that now share a key are both kept: the
one already keyed in that form (else the first seen) keeps the key, the other is left
without one (``NULL``, which the unique column allows) and is still found by its id, as
every article without a URL is.
"""

from __future__ import annotations

import sqlite3

from reader.library import feed_keys
from reader.library.urls import url_key

STATEMENTS = ("DROP INDEX IF EXISTS feeds_norm_url",)
AFTER = feed_keys.AFTER


def rekey_hosts(db: sqlite3.Connection) -> None:
    """Re-key feeds and articles to the ASCII host form (inside the caller's transaction)."""
    feed_keys.merge_duplicate_feeds(db)
    rows = db.execute("SELECT id, norm_url FROM articles WHERE norm_url IS NOT NULL "
                      "ORDER BY seen_at, id").fetchall()
    changed = [(ident, url_key(old)) for ident, old in rows
               if not old.isascii() and url_key(old) != old]
    for ident, _ in changed:
        db.execute("UPDATE articles SET norm_url = NULL WHERE id = ?", (ident,))
    for ident, key in changed:
        taken = db.execute("SELECT 1 FROM articles WHERE norm_url = ?", (key,)).fetchone()
        if taken is None:
            db.execute("UPDATE articles SET norm_url = ? WHERE id = ?", (key, ident))
