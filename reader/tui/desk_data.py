"""The reading desk's window on the article store: one connection, used under a lock.

Workers (threads) read through it one at a time; a refresh opens its own connection so
the desk stays readable while feeds are fetched. Nothing here draws.

A store that can be read but not opened for writing (a read-only data folder) is read
VIEW-ONLY: ``view_only`` holds the one-line reason, and every change asked of it is
skipped (the screen says so), so nothing is written and nothing raises.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from reader.core.model import Article
from reader.library import LibraryError, LibraryStore, StoredArticle
from reader.library.connection import failure_reason, transaction
from reader.library.diff import Op
from reader.library.folding import fold
from reader.library.records import FeedInfo, SearchHit
from reader.tui.turns import Turns

FIXED_SOURCES = (("all", "All"), ("unread", "Unread"), ("starred", "Starred"),
                 ("annotated", "Annotated"), ("changed", "Changed"))
SORTS = ("date", "source", "annotations")
GONE = ("This article has left the library meanwhile (removed or pruned by another "
        "program); nothing changed")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Sources:
    """What the sources pane lists, with counts."""

    counts: dict[str, int]
    tags: list[str]
    feeds: list[FeedInfo]


class DeskData:
    """Thread-safe access to the library for the TUI.

    Two connections: one for workers (lists, sources, changes) and one for the UI thread,
    which fetches the rows it is about to draw; WAL lets both read at once, so a slow
    query in a worker never stalls drawing.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._view_lock = threading.Lock()
        self._store: LibraryStore | None = None
        self._view: LibraryStore | None = None
        self._folded: dict[int, str] | None = None
        self.view_only: str | None = None
        """Why the store cannot be changed (None: it can, or it is not open yet)."""
        self.turns = Turns()
        """Changes run in thread workers, in the order the user asked for them."""

    @property
    def store(self) -> LibraryStore:
        if self._store is None:
            self._store = self._open()
        return self._store

    def _open(self) -> LibraryStore:
        """Open for writing, else read-only (``view_only`` then says why)."""
        if self.view_only:
            return LibraryStore(self.path, read_only=True)
        try:
            return LibraryStore(self.path)
        except LibraryError as error:
            if not self.path.is_file():
                raise
            store = LibraryStore(self.path, read_only=True)  # unreadable too: the first error
            self.view_only = " ".join(str(error).split())
            return store

    def _writable(self) -> bool:
        """Open the store if needed; False when it is view-only (the change is skipped)."""
        _ = self.store
        return self.view_only is None

    def close(self) -> None:
        with self._lock, self._view_lock:
            for store in (self._store, self._view):
                if store is not None:
                    store.close()
            self._store = self._view = None

    def changed(self) -> None:
        """Forget cached texts for filtering (after a refresh or an addition)."""
        self._folded = None

    def sources(self) -> Sources:
        with self._lock:
            return Sources(self.store.counts(), self.store.tags(), self.store.feeds())

    def keys(self, source: str, sort: str, annotations: dict[str, int]) -> list[int]:
        """Row numbers of one source (``all``, ``feed:3``, ``tag:x``...), in list order."""
        rowids: dict[str, int] = {}
        with self._lock:
            if source == "annotated" or sort == "annotations":
                rowids = self.store.rowids_of([i for i, n in annotations.items() if n])
            if source == "annotated":
                wanted = set(rowids.values())
                keys = [k for k in self.store.article_keys("all", "date") if k in wanted]
            else:
                keys = self.store.article_keys(source, "date" if sort == "annotations"
                                               else sort)
        if sort == "annotations":
            count_of = {rowid: annotations.get(ident, 0) for ident, rowid in rowids.items()}
            keys.sort(key=lambda k: count_of.get(k, 0), reverse=True)
        return keys

    def first_keys(self, source: str, sort: str, count: int) -> list[int]:
        """The first ``count`` rows of a source in date or source order: shown at once
        while the whole list (100,000 rows take a moment) is read."""
        with self._lock:
            return self.store.article_keys(source, sort, limit=count)

    def fetch(self, rowids: list[int]) -> dict[int, StoredArticle]:
        """Rows for drawing (the UI thread's own connection)."""
        with self._view_lock:
            try:
                if self._view is None:
                    self._view = LibraryStore(self.path, read_only=self.view_only is not None)
                return self._view.by_rowid(rowids)
            except Exception:  # drawing never crashes: a row that cannot be read is blank
                return {}

    def filter_keys(self, keys: list[int], needle: str) -> list[int]:
        """The keys whose title, feed or source contain ``needle``, case and accents folded."""
        folded = fold(needle.strip())
        if not folded:
            return keys
        if self._folded is None:
            with self._lock:
                texts = self.store.filter_texts()
            self._folded = {rowid: fold(text) for rowid, text in texts}
        table = self._folded
        return [k for k in keys if folded in table.get(k, "")]

    def load(self, ident: str, version: int | None = None) -> Article:
        """The stored article; ``LibraryError`` (one line) when another program removed
        it since the list was read, or holds the store locked."""
        with self._lock:
            store = self.store
            try:
                return store.load(ident, version)
            except LibraryError:
                raise LibraryError(GONE) from None
            except sqlite3.Error as error:
                raise LibraryError(failure_reason(self.path, error)) from None

    def newest_texts(self) -> dict[str, str]:
        """Article id → hash of its newest text (an annotation made on an older one is
        listed as changed)."""
        from reader.across.library_sync import newest_texts

        with self._lock:
            return newest_texts(self.store)

    def stale_for(self, index: object) -> list[str]:
        """Ids of stored articles the across index lacks or holds with an older text."""
        from reader.across.library_sync import stale_ids

        with self._lock:
            return stale_ids(self.store, index)  # type: ignore[arg-type]

    def preview(self, ident: str) -> tuple[StoredArticle | None, str]:
        with self._lock:
            row = self.store.article(ident)
            text = self.store.load(ident).text[:4000] if row else ""
        return row, text

    def article(self, ident: str) -> StoredArticle | None:
        with self._lock:
            return self.store.article(ident)

    def set_read(self, ids: list[str], read: bool = True) -> None:
        self._write(ids, lambda: self.store.set_read(ids, read))

    def set_read_rows(self, rowids: list[int]) -> int:
        """Mark these rows read (the shown list: source and filter in force); return how
        many were unread, so the desk can say when there was nothing to mark."""

        def change() -> int:
            with transaction(self.store.db) as db:
                cursor = db.executemany(
                    "UPDATE articles SET read = 1 WHERE rowid = ? AND read = 0",
                    [(k,) for k in rowids])
            return max(cursor.rowcount, 0)

        return self._write([], change) or 0

    def set_starred(self, ids: list[str], starred: bool) -> None:
        self._write(ids, lambda: self.store.set_starred(ids, starred))

    def set_analysis_counts(self, ident: str, counts: tuple[int, int, int]) -> None:
        self._write([ident], lambda: self.store.set_analysis_counts(ident, *counts))

    def set_tags(self, ident: str, tags: list[str]) -> None:
        self._write([ident], lambda: self.store.set_tags(ident, tags))
        self.changed()

    def clear_changed(self, ident: str) -> None:
        self._write([ident], lambda: self.store.clear_changed([ident]))

    def _write(self, ids: list[str], change: Callable[[], T]) -> T | None:
        """Run one change under the lock; skipped (None) when view-only.

        Another program shares the store: it may hold it locked past the busy time-out
        (a long refresh), fill the disk, or remove the article meanwhile (``claimdesk
        remove``, pruning). Each is a ``LibraryError`` with one line for the status line:
        a raw ``sqlite3.OperationalError`` ended the app with a traceback, and a change
        to a removed article was silently lost.
        """
        with self._lock:
            if not self._writable():
                return None
            try:
                gone = [i for i in ids if self.store.article(i) is None]
                if gone:
                    raise LibraryError(GONE)
                return change()
            except sqlite3.Error as error:
                raise LibraryError(failure_reason(self.path, error)) from None

    def diff(self, ident: str) -> list[tuple[Op, str]]:
        with self._lock:
            try:
                return self.store.diff(ident)
            except sqlite3.Error as error:
                raise LibraryError(failure_reason(self.path, error)) from None

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        with self._lock:
            return self.store.search(query, limit)

    def remove_feed(self, feed_id: int, keep: set[str]) -> list[str]:
        """Unsubscribe; returns the ids of the articles that left the library with it."""
        from reader.across.library_sync import feed_article_ids, gone_from

        with self._lock:
            if not self._writable():
                return []
            try:
                brought = feed_article_ids(self.store, feed_id)
                self.store.remove_feed(feed_id, keep)
                return gone_from(self.store, brought)
            except sqlite3.Error as error:
                raise LibraryError(failure_reason(self.path, error)) from None

    def count(self) -> int:
        with self._lock:
            return self.store.count()


def keep_in_library(path: Path, articles: list[Article]) -> None:
    """Store files opened on the command line in the library (a thread worker)."""
    from reader.library.records import Incoming

    with LibraryStore(path) as store:
        for article in articles:
            store.save(Incoming(article=article, kind="file"))
