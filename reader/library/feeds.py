"""Subscriptions in the store: adding, finding, removing, and recording each fetch."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from reader.library.connection import LibraryError, transaction
from reader.library.feed_keys import feed_key
from reader.library.records import FeedInfo, join_tags, split_tags, utc_now
from reader.library.urls import is_fetchable

FAILING_DAYS = 3
"""A feed that has failed for this many days is shown as failing, to be removed."""

_FEED_COLUMNS = (
    "f.id, f.url, f.title, f.site_url, f.tags, f.etag, f.last_modified, f.last_fetch, "
    "f.last_ok, f.status, f.last_error, f.failing_since"
)
_FEED_COUNTS = (
    "(SELECT count(*) FROM items i WHERE i.feed_id = f.id), "
    "(SELECT count(*) FROM articles a WHERE a.read = 0 AND a.feed_id = f.id)"
)
"""Items per feed, and unread articles per feed: an article found through several feeds
is counted unread under the feed it came from first (an index-only count)."""


def _feed(row: tuple) -> FeedInfo:
    values = list(row)
    values[4] = split_tags(values[4])
    return FeedInfo(*values)


def failing_for_days(feed: FeedInfo, now: datetime | None = None) -> float:
    """How many days the feed has been failing (0 when it works)."""
    if not feed.failing_since:
        return 0.0
    try:
        since = datetime.fromisoformat(feed.failing_since.replace("Z", "+00:00"))
    except ValueError:
        return 0.0
    return ((now or datetime.now(UTC)) - since).total_seconds() / 86400


def health(feed: FeedInfo) -> str:
    """One word for lists: ok, new, gone (410), failing (for days) or error."""
    if feed.status == "gone":
        return "gone"
    if feed.status == "error" and failing_for_days(feed) >= FAILING_DAYS:
        return "failing"
    return feed.status


class FeedTable:
    """The feed half of ``LibraryStore`` (it owns ``self.db``)."""

    db: sqlite3.Connection

    def add_feed(self, url: str, title: str = "", tags: tuple[str, ...] = ()) -> FeedInfo:
        """Subscribe to ``url``; an existing subscription gains the new tags.

        A feed is the same subscription under any spelling of its address (case of the
        scheme and host, default port, fragment, tracking parameters…: ``feed_key``);
        the address first typed is kept, shown and fetched."""
        key = feed_key(url)
        with transaction(self.db) as db:
            row = db.execute("SELECT id, tags FROM feeds WHERE norm_url = ?", (key,)).fetchone()
            if row is None:
                db.execute(
                    "INSERT INTO feeds (url, norm_url, title, tags, added_at) "
                    "VALUES (?, ?, ?, ?, ?)", (url, key, title, join_tags(tags), utc_now()),
                )
            elif tags:
                merged = join_tags([*split_tags(row[1]), *tags])
                db.execute("UPDATE feeds SET tags = ? WHERE id = ?", (merged, row[0]))
        found = self.followed(url)
        assert found is not None
        return found

    def followed(self, url: str) -> FeedInfo | None:
        """The subscription to ``url`` under any spelling of it, if there is one."""
        row = self.db.execute(f"SELECT {_FEED_COLUMNS}, {_FEED_COUNTS} FROM feeds f "
                              "WHERE f.norm_url = ?", (feed_key(url),)).fetchone()
        return None if row is None else _feed(row)

    def feeds(self) -> list[FeedInfo]:
        """Every subscription with its item and unread counts, by name."""
        rows = self.db.execute(
            f"SELECT {_FEED_COLUMNS}, {_FEED_COUNTS} FROM feeds f "
            "ORDER BY lower(CASE WHEN f.title = '' THEN f.url ELSE f.title END)"
        ).fetchall()
        return [_feed(row) for row in rows]

    def find_feed(self, name: str | int) -> FeedInfo | None:
        """A feed by id, URL or title (exact, then case-insensitive).

        Two feeds may share a title (two sections of one paper); a title naming several
        is refused (LibraryError) rather than acting on whichever comes first: ``remove``
        would delete the other feed's articles."""
        query = f"SELECT {_FEED_COLUMNS}, {_FEED_COUNTS} FROM feeds f WHERE "
        text = str(name)
        for where, value in (
            ("f.id = ?", int(text) if text.isdigit() else -1), ("f.url = ?", text),
            ("f.norm_url = ?", feed_key(text) if is_fetchable(text) else ""),
            ("f.title = ?", text), ("lower(f.title) = lower(?)", text),
        ):
            rows = self.db.execute(query + where + " ORDER BY f.id", (value,)).fetchall()
            if len(rows) > 1:
                numbers = ", ".join(str(_feed(row).id) for row in rows)
                raise LibraryError(f"{len(rows)} feeds are titled {text}: give the number "
                                   f"({numbers}) or the address (see claimdesk feeds)")
            if rows:
                return _feed(rows[0])
        return None

    def remove_feed(self, feed_id: int, keep: set[str] | frozenset[str] = frozenset()) -> int:
        """Unsubscribe; its articles go too unless starred, in ``keep`` (annotated) or
        also in another feed. Returns how many articles were removed."""
        with transaction(self.db) as db:
            ids = [r[0] for r in db.execute(
                "SELECT i.article_id FROM items i JOIN articles a ON a.id = i.article_id "
                "WHERE i.feed_id = ? AND a.starred = 0 AND NOT EXISTS (SELECT 1 FROM items o "
                "WHERE o.article_id = i.article_id AND o.feed_id != i.feed_id)", (feed_id,),
            )]
            doomed = [i for i in ids if i not in keep]
            db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
            self._delete_articles(db, doomed)
        return len(doomed)

    @staticmethod
    def _delete_articles(db: sqlite3.Connection, ids: list[str]) -> None:
        for article_id in ids:
            db.execute("DELETE FROM articles_fts WHERE rowid = "
                       "(SELECT rowid FROM articles WHERE id = ?)", (article_id,))
            db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def record_fetch_ok(
        self, feed_id: int, *, title: str = "", site_url: str = "", etag: str = "",
        last_modified: str = "", not_modified: bool = False,
    ) -> None:
        """A fetch worked (a 304 included): the error is cleared."""
        now = utc_now()
        with transaction(self.db) as db:
            db.execute(
                "UPDATE feeds SET last_fetch = ?, last_ok = ?, status = 'ok', last_error = '', "
                "failing_since = '' WHERE id = ?", (now, now, feed_id),
            )
            if not not_modified:
                db.execute(
                    "UPDATE feeds SET etag = ?, last_modified = ?, "
                    "title = CASE WHEN ? = '' THEN title ELSE ? END, "
                    "site_url = CASE WHEN ? = '' THEN site_url ELSE ? END WHERE id = ?",
                    (etag, last_modified, title, title, site_url, site_url, feed_id),
                )

    def record_fetch_error(self, feed_id: int, reason: str, *, gone: bool = False) -> None:
        """A fetch failed: keep a one-line reason and since when the feed fails."""
        now = utc_now()
        line = " ".join(reason.split())[:300]
        with transaction(self.db) as db:
            db.execute(
                "UPDATE feeds SET last_fetch = ?, status = ?, last_error = ?, "
                "failing_since = CASE WHEN failing_since = '' THEN ? ELSE failing_since END "
                "WHERE id = ?", (now, "gone" if gone else "error", line, now, feed_id),
            )
