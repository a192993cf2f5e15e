"""The reading desk's window on the article store: one connection, used under a lock.

Workers (threads) read through it one at a time; a refresh opens its own connection so
the desk stays readable while feeds are fetched. Nothing here draws.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reader.core.model import Article
from reader.library import LibraryStore, StoredArticle
from reader.library.diff import Op
from reader.library.folding import fold
from reader.library.records import FeedInfo, SearchHit

FIXED_SOURCES = (("all", "All"), ("unread", "Unread"), ("starred", "Starred"),
                 ("annotated", "Annotated"), ("changed", "Changed"))
SORTS = ("date", "source", "annotations")


@dataclass(frozen=True, slots=True)
class Sources:
    """What the sources pane lists, with counts."""

    counts: dict[str, int]
    tags: list[str]
    feeds: list[FeedInfo]


class DeskData:
    """Thread-safe access to the library for the TUI."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._store: LibraryStore | None = None

    @property
    def store(self) -> LibraryStore:
        if self._store is None:
            self._store = LibraryStore(self.path)
        return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def sources(self) -> Sources:
        with self._lock:
            return Sources(self.store.counts(), self.store.tags(), self.store.feeds())

    def rows(self, source: str, sort: str, annotations: dict[str, int]) -> list[StoredArticle]:
        """The articles of one source (``all``, ``feed:3``, ``tag:x``...), sorted."""
        kind, _, value = source.partition(":")
        store_sort = sort if sort in ("date", "source") else "date"
        with self._lock:
            if kind == "feed":
                rows = self.store.articles(feed_id=int(value), sort=store_sort)
            elif kind == "tag":
                rows = self.store.articles(tag=value, sort=store_sort)
            elif kind == "files":
                rows = self.store.articles(kind="file", sort=store_sort)
            else:
                rows = self.store.articles(unread=kind == "unread", starred=kind == "starred",
                                           changed=kind == "changed", sort=store_sort)
        if kind == "annotated":
            rows = [r for r in rows if annotations.get(r.id)]
        if sort == "annotations":
            rows.sort(key=lambda r: annotations.get(r.id, 0), reverse=True)
        return rows

    def load(self, ident: str, version: int | None = None) -> Article:
        with self._lock:
            return self.store.load(ident, version)

    def preview(self, ident: str) -> tuple[StoredArticle | None, str]:
        with self._lock:
            row = self.store.article(ident)
            text = self.store.load(ident).text[:4000] if row else ""
        return row, text

    def article(self, ident: str) -> StoredArticle | None:
        with self._lock:
            return self.store.article(ident)

    def set_read(self, ids: list[str], read: bool = True) -> None:
        with self._lock:
            self.store.set_read(ids, read)

    def set_starred(self, ids: list[str], starred: bool) -> None:
        with self._lock:
            self.store.set_starred(ids, starred)

    def clear_changed(self, ident: str) -> None:
        with self._lock:
            self.store.clear_changed([ident])

    def diff(self, ident: str) -> list[tuple[Op, str]]:
        with self._lock:
            return self.store.diff(ident)

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        with self._lock:
            return self.store.search(query, limit)

    def remove_feed(self, feed_id: int, keep: set[str]) -> int:
        with self._lock:
            return self.store.remove_feed(feed_id, keep)

    def count(self) -> int:
        with self._lock:
            return self.store.count()


def filter_rows(rows: list[StoredArticle], needle: str) -> list[StoredArticle]:
    """Rows whose title, feed or source contain ``needle``, case and accents folded."""
    folded = fold(needle.strip())
    if not folded:
        return rows
    return [r for r in rows if folded in fold(f"{r.title}\n{r.feed}\n{r.source}")]


def keep_in_library(path: Path, articles: list[Article]) -> None:
    """Store files opened on the command line in the library (a thread worker)."""
    from reader.library.records import Incoming

    with LibraryStore(path) as store:
        for article in articles:
            store.save(Incoming(article=article, kind="file"))
