"""The article store: every article as read, its versions, its state and the search index.

An article is saved with ``save``: the store finds it again by its feed item (the feed's
id or link for it), then by its normalised URL, then by its id, and adds a version only
when the canonical text's SHA-256 differs from the newest one. Each save is one
transaction. Annotations stay in the annotation database; the store only keeps the text
they were made on (every version), so they can be re-anchored.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.core.model import Article, article_id
from reader.library.connection import LibraryError, connect, transaction
from reader.library.cosmetic import only_typography
from reader.library.diff import Op, word_diff
from reader.library.feeds import FeedTable
from reader.library.paths import local_file_path
from reader.library.queries import QueryMixin
from reader.library.records import (
    Incoming,
    SaveResult,
    VersionInfo,
    blocks_from_json,
    blocks_to_json,
    join_tags,
    split_tags,
    utc_now,
    utc_now_precise,
)
from reader.library.urls import is_fetchable, url_key

__all__ = ["LibraryError", "LibraryStore"]


class LibraryStore(FeedTable, QueryMixin):
    """One connection to the article store; use as a context manager or call ``close``."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.db: sqlite3.Connection = connect(self.path, read_only)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> LibraryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- saving -----

    def save(self, incoming: Incoming, feed_id: int | None = None) -> SaveResult:
        """Store an article: new, a new version of a known one, or nothing new."""
        article = incoming.article
        norm = url_key(article.url) if is_fetchable(article.url) else None
        with transaction(self.db) as db:
            found = self._find(db, feed_id, incoming.item_key, norm, article)
            if found is None and self._was_pruned(db, feed_id, incoming.item_key):
                return SaveResult("", "pruned", 0)  # pruned earlier: not brought back
            if found is None:
                result = self._insert(db, incoming, norm, feed_id)
            else:
                result = self._update(db, found, incoming)
            if feed_id is not None and incoming.item_key:
                db.execute("INSERT OR IGNORE INTO items VALUES (?, ?, ?)",
                           (feed_id, incoming.item_key, result.article_id))
        return result

    @staticmethod
    def _was_pruned(db: sqlite3.Connection, feed_id: int | None, item_key: str) -> bool:
        if feed_id is None or not item_key:
            return False
        return db.execute("SELECT 1 FROM pruned_items WHERE feed_id = ? AND item_key = ?",
                          (feed_id, item_key)).fetchone() is not None

    @staticmethod
    def _find(db: sqlite3.Connection, feed_id: int | None, item_key: str, norm: str | None,
              article: Article) -> str | None:
        if feed_id is not None and item_key:
            row = db.execute("SELECT article_id FROM items WHERE feed_id = ? AND item_key = ?",
                             (feed_id, item_key)).fetchone()
            if row:
                return str(row[0])
        if norm:
            row = db.execute("SELECT id FROM articles WHERE norm_url = ?", (norm,)).fetchone()
            if row:
                return str(row[0])
        row = db.execute("SELECT id FROM articles WHERE id = ?", (article.id,)).fetchone()
        return str(row[0]) if row else None

    def _insert(self, db: sqlite3.Connection, incoming: Incoming, norm: str | None,
                feed_id: int | None) -> SaveResult:
        a = incoming.article
        now = utc_now()
        db.execute(
            "INSERT INTO articles (id, norm_url, url, path, feed_id, kind, title, source, date,"
            " language, format, note, seen_at, tags, versions, summary_sha)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
            (a.id, norm, a.url, _stored_path(incoming), feed_id, incoming.kind, a.title,
             a.source, a.date or now, a.language, a.format, incoming.note, now,
             join_tags(incoming.tags), incoming.summary_sha),
        )
        self._set_page(db, a.id, incoming, utc_now_precise())
        self._add_version(db, a.id, 1, a, now)
        self._index(db, a.id, a)
        return SaveResult(a.id, "new", 1)

    def _update(self, db: sqlite3.Connection, ident: str, incoming: Incoming) -> SaveResult:
        a = incoming.article
        versions, newest_sha, newest_text = db.execute(
            "SELECT a.versions, v.sha256, v.text FROM articles a LEFT JOIN versions v "
            "ON v.article_id = a.id AND v.number = a.versions WHERE a.id = ?", (ident,),
        ).fetchone()
        db.execute(
            "UPDATE articles SET title = ?, note = ?, summary_sha = ?, "
            "source = CASE WHEN ? = '' THEN source ELSE ? END WHERE id = ?",
            (a.title, incoming.note, incoming.summary_sha, a.source, a.source, ident),
        )
        if incoming.kind == "file":  # where it is now; a relative path stored earlier
            db.execute("UPDATE articles SET path = ? WHERE id = ? AND kind = 'file'",
                       (_stored_path(incoming), ident))
        self._set_page(db, ident, incoming, utc_now_precise())
        if newest_sha == a.text_sha256 or (
                newest_text is not None and only_typography(newest_text, a.text)):
            return SaveResult(ident, "same", versions)  # the stored text stays as it was
        number = versions + 1
        self._add_version(db, ident, number, a, utc_now())
        db.execute("UPDATE articles SET versions = ?, changed = 1 WHERE id = ?", (number, ident))
        self._index(db, ident, a)
        return SaveResult(ident, "changed", number)

    @staticmethod
    def _set_page(db: sqlite3.Connection, ident: str, incoming: Incoming, now: str) -> None:
        """Where the text came from: a page (re-checked while young) or the feed itself."""
        db.execute(
            "UPDATE articles SET page_url = ?, page_etag = ?, page_last_modified = ?, "
            "page_checked_at = ? WHERE id = ?",
            (incoming.page_url, incoming.page_etag, incoming.page_last_modified,
             now if incoming.page_url else "", ident),
        )

    def save_version(self, ident: str, incoming: Incoming) -> SaveResult:
        """A re-fetched text of a known article: a new version only when the text changed;
        ``gone`` when another process removed or pruned the article meanwhile."""
        with transaction(self.db) as db:
            if db.execute("SELECT 1 FROM articles WHERE id = ?", (ident,)).fetchone() is None:
                return SaveResult(ident, "gone", 0)
            return self._update(db, ident, incoming)

    @staticmethod
    def _add_version(db: sqlite3.Connection, ident: str, number: int, a: Article,
                     now: str) -> None:
        db.execute("INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?)",
                   (ident, number, a.text, blocks_to_json(a.blocks), a.text_sha256, now))

    @staticmethod
    def _index(db: sqlite3.Connection, ident: str, a: Article) -> None:
        rowid = db.execute("SELECT rowid FROM articles WHERE id = ?", (ident,)).fetchone()[0]
        db.execute("DELETE FROM articles_fts WHERE rowid = ?", (rowid,))
        db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                   (rowid, a.title, a.text))

    def known_item(self, feed_id: int, item_key: str) -> tuple[str, str, str] | None:
        """The article id, summary hash and page address (empty: the text came from the
        feed) already stored for a feed item, if any."""
        row = self.db.execute(
            "SELECT a.id, a.summary_sha, a.page_url FROM items i JOIN articles a "
            "ON a.id = i.article_id WHERE i.feed_id = ? AND i.item_key = ?", (feed_id, item_key),
        ).fetchone()
        return (str(row[0]), str(row[1]), str(row[2])) if row else None

    # ----- reading an article back -----

    def load(self, ident: str, version: int | None = None) -> Article:
        """The article as stored (newest version unless ``version``), offline."""
        row = self.db.execute(
            "SELECT a.url, a.path, a.title, a.source, a.date, a.language, a.format, a.note,"
            " v.text, v.blocks, a.versions FROM articles a JOIN versions v ON v.article_id = a.id"
            " AND v.number = coalesce(?, a.versions) WHERE a.id = ?", (version, ident),
        ).fetchone()
        if row is None:
            raise LibraryError(f"no such article or version in the library: {ident}")
        url, path, title, source, date, language, fmt, note, text, blocks, count = row
        extra = {"library_id": ident, "version": str(version or count)}
        if note:
            extra["note"] = note
        # the id was derived from this same url and path when saved, so Article.id matches
        return Article(path=path or url, title=title, text=text,
                       blocks=blocks_from_json(blocks), source=source, url=url, date=date,
                       language=language, format=fmt, extra=extra)

    def versions(self, ident: str) -> list[VersionInfo]:
        rows = self.db.execute(
            "SELECT number, sha256, fetched_at FROM versions WHERE article_id = ? "
            "ORDER BY number", (ident,),
        ).fetchall()
        return [VersionInfo(*row) for row in rows]

    def version_of(self, ident: str, sha256: str) -> int | None:
        """Which version has this text hash: the version an annotation was made on."""
        row = self.db.execute("SELECT number FROM versions WHERE article_id = ? AND sha256 = ?"
                              " ORDER BY number DESC", (ident, sha256)).fetchone()
        return int(row[0]) if row else None

    def diff(self, ident: str, old: int | None = None,
             new: int | None = None) -> list[tuple[Op, str]]:
        """Word diff between two versions (default: the one before the newest, the newest)."""
        count = len(self.versions(ident))
        new = new or count
        old = old or max(1, new - 1)
        return word_diff(self.load(ident, old).text, self.load(ident, new).text)

    # ----- state -----

    def set_read(self, ids: list[str], read: bool = True) -> None:
        self._set_flag("read", ids, read)

    def set_starred(self, ids: list[str], starred: bool = True) -> None:
        self._set_flag("starred", ids, starred)

    def clear_changed(self, ids: list[str]) -> None:
        self._set_flag("changed", ids, False)

    def _set_flag(self, column: str, ids: list[str], value: bool) -> None:
        assert column in {"read", "starred", "changed"}
        with transaction(self.db) as db:
            db.executemany(f"UPDATE articles SET {column} = ? WHERE id = ?",
                           [(int(value), i) for i in ids])

    def set_analysis_counts(self, ident: str, entities: int, quotes: int, claims: int) -> None:
        """Remember what the analysis found, for the article list's counts."""
        with transaction(self.db) as db:
            db.execute("UPDATE articles SET analysis = ? WHERE id = ?",
                       (f"{int(entities)} {int(quotes)} {int(claims)}", ident))

    def set_tags(self, ident: str, tags: list[str]) -> None:
        with transaction(self.db) as db:
            db.execute("UPDATE articles SET tags = ? WHERE id = ?", (join_tags(tags), ident))

    def tags(self) -> list[str]:
        """Every tag used on a feed or an article, sorted."""
        found: set[str] = set()
        for (raw,) in self.db.execute("SELECT tags FROM feeds UNION SELECT DISTINCT tags FROM "
                                      "articles WHERE tags != ''"):
            found.update(split_tags(raw))
        return sorted(found, key=str.casefold)

    # ----- settings and pruning -----

    def setting(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        with transaction(self.db) as db:
            db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))

    def prune(self, older_than: str, keep: set[str] | frozenset[str] = frozenset()) -> int:
        """Delete feed articles first seen before ``older_than`` (ISO time), except starred,
        unread-changed, and those in ``keep`` (the annotated ones). Returns the count."""
        with transaction(self.db) as db:
            ids = [r[0] for r in db.execute(
                "SELECT id FROM articles WHERE kind != 'file' AND seen_at < ? AND starred = 0",
                (older_than,),
            )]
            doomed = [i for i in ids if i not in keep]
            db.executemany("INSERT OR IGNORE INTO pruned_items SELECT feed_id, item_key "
                           "FROM items WHERE article_id = ?", [(i,) for i in doomed])
            self._delete_articles(db, doomed)
        return len(doomed)


def _stored_path(incoming: Incoming) -> str:
    """A local file's path absolute (see ``local_file_path``); any other kept as given."""
    path = incoming.article.path
    return local_file_path(path) if incoming.kind == "file" else path


def file_incoming(article: Article) -> Incoming:
    """A local file for the library: kept under its own id so its annotations follow."""
    return Incoming(article=article, kind="file")


def url_article_id(url: str) -> str:
    """The id of an article known by its (normalised) URL."""
    return article_id(url, "")
