"""The app's link to the across-the-library index and the claim matcher.

The index is a SQLite file beside the annotation database; it is opened in a worker
and used from workers (every call holds one lock, so the screens' workers never share
the connection at the same moment). The claim matcher is built from the annotation
store once it is open, and kept up to date by the article screen (``article_records``)
after every save, edit, delete or undo. The checked-candidate links (``CheckedLinks``:
which indexed passages match an annotated claim of another article, counted in the
library's lists) follow the same changes, and are brought up to date in a worker after
the claims are loaded, one short step under the lock at a time. A broken index never
stops the reader: the features that need it say so in one line.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from reader.across import AcrossIndex, ClaimHit, ClaimMatcher, Match, index_path
from reader.across.annotation_list import OrderCache
from reader.across.checked import CheckedLinks
from reader.across.stats import AnnotationCounter
from reader.core.model import Analysis, Article

OPEN_TIMEOUT = 60.0
STEP_PAUSE = 0.005
"""Seconds the links' background update rests between steps, so the screen keeps most
of the interpreter while it runs."""


def _article_of(record: Mapping[str, Any]) -> str:
    return str((record.get("article") or {}).get("id", ""))


class AcrossLink:
    """The session's index and claim matcher (or why they are unavailable)."""

    def __init__(self, db_path: Path | str) -> None:
        text = str(db_path)
        in_memory = not isinstance(db_path, Path) and text.startswith(("memory:", ":memory:"))
        # An in-memory annotation store (tests, previews) gets an in-memory index.
        self.path: Path | str = ":memory:" if in_memory else index_path(Path(db_path))
        self.index: AcrossIndex | None = None
        self.matcher = ClaimMatcher()
        self.error: str | None = None
        self._lock = threading.RLock()
        self._opened = threading.Event()
        self._claims_ready = threading.Event()
        self._by_article: dict[str, set[str]] = {}
        self._records: dict[str, Mapping[str, Any]] = {}
        self.checked: CheckedLinks | None = None
        self._checked_ready = threading.Event()
        self._closing = threading.Event()
        self._followed: object = None
        """The store's mapping of records the claims were last brought in line with."""
        self.annotation_counts = AnnotationCounter()
        """The annotations' counts for the Stats screen (warmed once the store is open)."""
        self.annotation_orders = OrderCache()
        """The Annotations screen's unfiltered orders (by date warmed at start-up)."""
        self.checked_version = 0
        """Grows whenever the checked counts may have changed (lists redraw then)."""

    def open(self, writable: bool = True) -> None:
        """Open the index (call from a worker). Not ``writable`` (the annotations are
        view only, or could not be opened): an in-memory copy of the file, so that the
        session creates or changes nothing in the data folder."""
        try:
            index = AcrossIndex(self.path) if writable else AcrossIndex.snapshot(self.path)
        except Exception as error:  # a locked, unreadable or unwritable file
            self.error = f"across index {self.path}: {' '.join(str(error).split())}"
        else:
            with self._lock:
                self.index = index
                try:
                    self.checked = CheckedLinks(index)
                except Exception:  # noqa: BLE001 - the counts are extra: never stop the index
                    self.checked = None
        finally:
            self._opened.set()

    def load_claims(self, records: Iterable[Mapping[str, Any]], source: object = None) -> None:
        """Build the claim matcher from every stored annotation (call from a worker).
        ``source``: the store's mapping the records come from (see ``follow_store``)."""
        with self._lock:
            self._followed = source
            self.matcher = ClaimMatcher()
            self._by_article = {}
            self._records = {}
            for record in records:
                self._put(record)
        self._claims_ready.set()

    def _put(self, record: Mapping[str, Any]) -> None:
        self.matcher.put(record)
        article = _article_of(record)
        record_id = str(record.get("id", ""))
        self._by_article.setdefault(article, set()).add(record_id)
        self._records[record_id] = record

    def article_records(self, article_id: str, records: Iterable[Mapping[str, Any]]) -> None:
        """The article's annotations as they are now (after a save, edit, delete, undo)."""
        with self._lock:
            before = {r: self._records.pop(r, None) for r in self._by_article.pop(article_id, ())}
            for record_id in before:
                self.matcher.drop(record_id)
            records = list(records)
            for record in records:
                self._put(record)
            self._relink(before, records)

    def follow_store(self, records: Iterable[Mapping[str, Any]], source: object = None) -> bool:
        """Bring the claim matcher and the checked links in line with the store as it is
        now: another copy of the app (or an import) may have saved, edited or deleted
        annotations since the claims were loaded. Only the articles whose records differ
        are redone. Returns whether anything changed (call from a worker).

        ``source``, the store's mapping of its records (a new one after every change,
        never modified once handed out), spares comparing 100,000 records under the lock
        when it is the one followed last: nothing changed since."""
        if not self._claims_ready.is_set():
            return False  # the first load reads the store as it is then
        with self._lock:
            if source is not None and source is self._followed:
                return False
            self._followed = source
            now = {str(r.get("id", "")): r for r in records}
            known = self._records
            articles = {_article_of(r) for key, r in now.items()
                        if known.get(key) is not r and known.get(key) != r}
            articles |= {_article_of(r) for key, r in known.items() if key not in now}
            if not articles:
                return False
            grouped: dict[str, list[Mapping[str, Any]]] = {a: [] for a in articles}
            for record in now.values():
                if _article_of(record) in grouped:
                    grouped[_article_of(record)].append(record)
            for article_id, held in grouped.items():
                self.article_records(article_id, held)
        return True

    def _relink(self, before: Mapping[str, Any], records: list[Mapping[str, Any]]) -> None:
        """The checked links of the records that changed (under the lock)."""
        checked = self.checked
        if checked is None:
            return
        now = {str(r.get("id", "")): r for r in records}
        try:
            for record_id in before.keys() - now.keys():
                checked.drop_record(record_id)
            for record_id, record in now.items():
                if before.get(record_id) != record:
                    checked.put_record(record)
        except Exception:  # noqa: BLE001 - a locked or broken index: counts stay as they were
            return
        self.checked_version += 1

    def sync_checked(self) -> None:
        """Bring the checked links up to date (call from a worker, after ``load_claims``):
        one short step under the lock at a time, so lookups and screens go in between."""
        try:
            with self._lock:
                checked = self.checked
                if checked is None:
                    return
                steps = checked.sync(self._records, self.matcher)
            while not self._closing.is_set():
                with self._lock:
                    if self.checked is None or next(steps, StopIteration) is StopIteration:
                        break
                time.sleep(STEP_PAUSE)  # the screens' threads take the GIL meanwhile
        except Exception:  # noqa: BLE001 - a locked or broken index: no counts, no crash
            with self._lock:
                self.checked = None
        finally:
            self.checked_version += 1
            self._checked_ready.set()

    def checked_done(self) -> bool:
        """True once the links were brought up to date (or could not be)."""
        return self._checked_ready.is_set()

    def checked_counts(self, timeout: float = OPEN_TIMEOUT) -> dict[str, int] | None:
        """Article id → checked candidates (None: not available, or not ready in time)."""
        if not self._checked_ready.wait(timeout):
            return None
        with self._lock:
            checked = self.checked
            if checked is None:
                return None
            try:
                return checked.counts()
            except Exception:  # noqa: BLE001
                return None

    def close(self) -> None:
        self._closing.set()  # the links' update stops at its next step (done so far is kept)
        with self._lock:
            index, self.index, self.checked = self.index, None, None
            if index is not None:
                index.close()

    def wait_claims(self, timeout: float = OPEN_TIMEOUT) -> bool:
        """Wait until the claim matcher holds the stored annotations (False: timed out)."""
        return self._claims_ready.wait(timeout)

    def wait(self, timeout: float = OPEN_TIMEOUT) -> AcrossIndex | None:
        self._opened.wait(timeout)
        return self.index

    # -- used from workers --

    def add(self, article: Article, analysis: Analysis) -> None:
        """Index one article unless it is indexed with this text already."""
        index = self.wait()
        if index is None:
            return
        with self._lock:
            digest = article.text_sha256
            if not index.is_indexed(article.id, digest):
                index.index_article(article.id, article.title, article.source, article.date,
                                    article.text, analysis, digest)
                self._link_article(article.id)

    def add_stored(self, stale: Callable[[AcrossIndex], list[str]],
                   load: Callable[[str], Article],
                   analyse: Callable[[Article], Analysis]) -> int:
        """Index the article store's articles that are new or changed since indexed
        (``stale`` names them): one article at a time, resting in between, so the screens
        keep the interpreter. Returns how many were indexed (call from a worker)."""
        index = self.wait()
        if index is None:
            return 0
        self.wait_claims()  # indexed after the claims load: each is linked as it goes in
        try:
            with self._lock:
                ids = stale(index)
        except Exception:  # noqa: BLE001 - an unreadable store: the desk says so itself
            return 0
        done = 0
        for ident in ids:
            if self._closing.is_set():
                break
            try:
                article = load(ident)
                self.add(article, analyse(article))
            except Exception:  # noqa: BLE001 - one unreadable article never stops the rest
                continue
            done += 1
            time.sleep(STEP_PAUSE)
        return done

    def forget(self, article_ids: list[str]) -> None:
        """Articles that left the library leave the index (call from a worker)."""
        from reader.across.library_sync import forget

        index = self.wait()
        if index is None or not article_ids:
            return
        with self._lock:
            try:
                forget(index, article_ids)
            except Exception:  # noqa: BLE001 - a broken index: it lists them a while longer
                return
        self.checked_version += 1

    def _link_article(self, article_id: str) -> None:
        """A newly indexed article's candidates against the annotated claims (once the
        claims are loaded; before that, ``sync_checked`` will find it)."""
        if self.checked is None or not self._claims_ready.is_set():
            return
        try:
            self.checked.put_article(article_id, self.matcher)
        except Exception:  # noqa: BLE001 - counts are extra
            return
        self.checked_version += 1

    def lookup(self, text: str) -> list[Match]:
        """Where ``text`` appears (earliest first), look-alikes that are another claim
        included and marked; [] when the index is unavailable."""
        index = self.wait()
        if index is None:
            return []
        with self._lock:
            return index.lookup(text, look_alikes=True)

    def claims(self, text: str, exclude_article: str = "") -> list[ClaimHit]:
        """Annotated claims matching ``text`` in other articles."""
        with self._lock:
            return self.matcher.lookup(text, exclude_article=exclude_article)

    def run(self, function: Any, *args: Any) -> Any:
        """Run ``function(index, *args)`` under the lock (views for the screens)."""
        index = self.wait()
        if index is None:
            raise RuntimeError(self.error or "the across index is not open")
        with self._lock:
            return function(index, *args)
