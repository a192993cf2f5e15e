"""Reading the library: lists of articles for the CLI and the reading desk, and search.

Lists are plain SELECTs over indexed columns returning small frozen records; the text is
never read for a list, so 100,000 articles list in a fraction of a second.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from reader.library.folding import query_words
from reader.library.records import SearchHit, StoredArticle, split_tags

LIST_COLUMNS = (
    "a.id, a.title, a.url, a.path, a.kind, a.feed_id, coalesce(f.title, f.url, ''), a.source,"
    " a.date, a.read, a.starred, a.changed, a.versions, a.tags, a.note, a.language, a.rowid,"
    " a.analysis"
)
SORTS = {
    "date": "a.date DESC, a.rowid DESC",
    "source": "lower(coalesce(nullif(f.title, ''), a.source)), a.date DESC",
    "title": "lower(a.title)",
}


def stored(row: Iterable) -> StoredArticle:
    values = list(row)
    values[9], values[10], values[11] = bool(values[9]), bool(values[10]), bool(values[11])
    values[13] = split_tags(values[13])
    return StoredArticle(*values)


def fts_query(words: list[str]) -> str:
    """An FTS5 query that means "all these words", with nothing in them interpreted."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


class QueryMixin:
    """The reading half of ``LibraryStore`` (it owns ``self.db``)."""

    db: sqlite3.Connection

    def articles(
        self, *, feed_id: int | None = None, unread: bool = False, changed: bool = False,
        starred: bool = False, tag: str = "", kind: str = "", sort: str = "date",
        limit: int | None = None,
    ) -> list[StoredArticle]:
        """The library's articles, filtered, newest first by default."""
        where: list[str] = []
        params: list[object] = []
        if feed_id is not None:
            where.append("a.id IN (SELECT article_id FROM items WHERE feed_id = ?)")
            params.append(feed_id)
        if unread:
            where.append("a.read = 0")
        if changed:
            where.append("a.changed = 1")
        if starred:
            where.append("a.starred = 1")
        if kind:
            where.append("a.kind = ?")
            params.append(kind)
        if tag:
            where.append("(',' || a.tags || ',' LIKE ? OR ',' || f.tags || ',' LIKE ?)")
            params += [f"%,{tag},%"] * 2
        sql = f"SELECT {LIST_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY " + SORTS.get(sort, SORTS["date"])
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [stored(row) for row in self.db.execute(sql, params)]

    def article_keys(self, source: str = "all", sort: str = "date",
                     limit: int | None = None) -> list[int]:
        """Row numbers of one source's articles in list order, from indexes only where
        possible: the reading desk draws rows lazily from these (see ``by_rowid``).
        ``source`` is all, unread, starred, changed, files, feed:N or tag:NAME."""
        kind, _, value = source.partition(":")
        params: list[object] = []
        where = {
            "unread": "a.read = 0", "starred": "a.starred = 1", "changed": "a.changed = 1",
            "files": "a.kind = 'file'",
        }.get(kind, "")
        if kind == "feed":
            where = "a.id IN (SELECT article_id FROM items WHERE feed_id = ?)"
            params.append(int(value))
        elif kind == "tag":
            where = ("(',' || a.tags || ',' LIKE ? OR a.feed_id IN (SELECT id FROM feeds "
                     "WHERE ',' || tags || ',' LIKE ?))")
            params += [f"%,{value},%"] * 2
        join = " LEFT JOIN feeds f ON f.id = a.feed_id" if sort == "source" else ""
        order = SORTS["source"] if sort == "source" else "a.date DESC"
        sql = f"SELECT a.rowid FROM articles a{join}"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order}" + (f" LIMIT {int(limit)}" if limit is not None else "")
        return [row[0] for row in self.db.execute(sql, params)]

    def by_rowid(self, rowids: list[int]) -> dict[int, StoredArticle]:
        """The listed form of the given rows (a screenful at a time)."""
        found: dict[int, StoredArticle] = {}
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT {LIST_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
                f"WHERE a.rowid IN ({marks})", chunk,
            ):
                article = stored(row)
                found[article.rowid] = article
        return found

    def rowids_of(self, ids: list[str]) -> dict[str, int]:
        """Row numbers of articles given by id (for the annotated source and sort)."""
        found: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self.db.execute(
                f"SELECT id, rowid FROM articles WHERE id IN ({marks})", chunk).fetchall())
        return found

    def filter_texts(self) -> list[tuple[int, str]]:
        """(rowid, title + feed + source) of every article, for filtering as you type."""
        return self.db.execute(
            "SELECT a.rowid, a.title || char(10) || coalesce(f.title, '') || char(10) || "
            "a.source FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id").fetchall()

    def article(self, ident: str) -> StoredArticle | None:
        row = self.db.execute(
            f"SELECT {LIST_COLUMNS} FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
            "WHERE a.id = ?", (ident,),
        ).fetchone()
        return stored(row) if row else None

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def counts(self) -> dict[str, int]:
        """Totals for the reading desk's fixed sources (index-only counts)."""
        queries = {
            "all": "SELECT count(*) FROM articles",
            "unread": "SELECT count(*) FROM articles WHERE read = 0",
            "starred": "SELECT count(*) FROM articles WHERE starred = 1",
            "changed": "SELECT count(*) FROM articles WHERE changed = 1",
            "files": "SELECT count(*) FROM articles WHERE kind = 'file'",
        }
        return {key: int(self.db.execute(sql).fetchone()[0]) for key, sql in queries.items()}

    def is_empty(self) -> bool:
        return self.db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Articles containing every word of ``query`` (case and accents folded), best first."""
        words = query_words(query)
        if not words:
            return []
        try:
            rows = self.db.execute(
                f"SELECT {LIST_COLUMNS}, bm25(articles_fts, 5.0, 1.0) AS rank, "
                "snippet(articles_fts, 1, char(2), char(3), '…', 16) "
                "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                "LEFT JOIN feeds f ON f.id = a.feed_id "
                "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (fts_query(words), int(limit)),
            ).fetchall()
        except sqlite3.OperationalError:
            return []
        return [SearchHit(stored(row[:18]), float(row[18]), str(row[19])) for row in rows]
