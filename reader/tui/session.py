"""One open article's annotations: records, undo history, ordered writes. No Textual here.

``AnnotationSession`` is what the article screen used to do itself, spread over a mixin:
it keeps the records shown, the ``History`` behind ``u``/``ctrl+r``, and runs every change
to the database off the UI thread, one at a time in the order the user asked (``StoreLink``
tickets: a save, then its undo, never the other way round). A write reports back on the
UI thread: ``done(result)`` once the store returned (only then may the UI say "Saved"),
or ``failed(one line)``, after which nothing was lost and the caller may offer a retry.
A database open view-only (``StoreLink.view_only``) refuses every write that way.

The screen hands it two functions, so the class needs no Textual and is tested alone:
``in_thread(fn)`` starts ``fn`` in a worker thread, ``on_ui(fn, *args)`` runs ``fn`` on the
UI thread. ``changed(records)`` is called (on the UI thread) whenever the records change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from reader.core.annotation import typed
from reader.core.history import History, Step
from reader.core.model import Article
from reader.store.errors import EditConflict
from reader.store.records import new_record
from reader.tui.store_link import StoreLink, one_line

Record = dict[str, Any]
Range = tuple[int, int]
Done = Callable[[Any], None]
Failed = Callable[[str], None]


class ViewOnly(Exception):
    """A write asked of a database open view-only (the message is one line)."""


def _refuse(message: str) -> Any:
    raise ViewOnly(message)


class SessionUnavailable(Exception):
    """The annotations of this article cannot be read (the message is one line)."""


@dataclass(frozen=True, slots=True)
class Loaded:
    """The records found at opening, and why their re-anchoring could not be saved."""

    records: list[Record]
    problem: str = ""


def overlapping(records: list[Record], span: Range) -> Record | None:
    """The annotation under ``span``: the same range, else one holding its start, else
    the first one overlapping it. Orphans are never under anything."""
    placed = [(r, typed(r).span) for r in records if not typed(r).is_orphan]
    hits = [(r, p) for r, p in placed if p[0] < span[1] and span[0] < p[1]]
    for test in (lambda p: p == span, lambda p: p[0] <= span[0] < p[1], lambda p: True):
        for record, position in hits:
            if test(position):
                return record
    return None


class AnnotationSession:
    """The annotations of ``article`` while it is open, and every change made to them."""

    def __init__(
        self,
        link: StoreLink,
        article: Article,
        in_thread: Callable[[Callable[[], None]], object],
        on_ui: Callable[..., object],
        changed: Callable[[list[Record]], None] = lambda records: None,
    ) -> None:
        self.link = link
        self.article = article
        self.records: list[Record] = []
        self.history: History | None = None
        self._retry_ids: dict[Range, str] = {}
        self._in_thread = in_thread
        self._on_ui = on_ui
        self._changed = changed

    # ----- reading -----

    def load(self) -> Loaded:
        """Wait for the store, re-anchor this article's annotations (call in a thread).

        A failure to save the new anchors still shows the stored ones (``problem`` says
        why); a store that cannot be read at all raises ``SessionUnavailable``.
        """
        store = self.link.wait()
        if store is None:
            raise SessionUnavailable(self.link.error or "the annotation database is not open")
        try:  # view-only: placed in memory, nothing written
            return Loaded(store.refresh_anchors(self.article, save=not self.link.view_only))
        except Exception as error:  # a failed save of new anchors: show the old ones
            problem = one_line(error)
        try:
            return Loaded(store.for_article(self.article), problem)
        except Exception as error:
            raise SessionUnavailable(one_line(error)) from None

    def loaded(self, records: list[Record]) -> None:
        """Take the loaded records (on the UI thread); writing is possible from now on."""
        if self.link.store is not None:
            self.history = History(self.link.store)
        self._set(records)

    def not_ready(self) -> str:
        """Why nothing can be written now ("" when writes are possible)."""
        if self.link.error:
            return f"Annotations are off: {self.link.error}"
        if self.history is None or self.link.store is None:
            return "The annotation database is still opening…"
        return ""

    def find(self, annotation_id: str) -> Record | None:
        return next((r for r in self.records if typed(r).id == annotation_id), None)

    def under(self, span: Range) -> Record | None:
        """The annotation under ``span`` (see ``overlapping``)."""
        return overlapping(self.records, span)

    def placed_ranges(self) -> list[Range]:
        """The spans of the annotations that have a place in the text, in text order."""
        return sorted(a.span for a in map(typed, self.records) if not a.is_orphan)

    # ----- writing -----

    def add(self, start: int, end: int, values: Mapping[str, Any], done: Done,
            failed: Failed) -> None:
        """Save a new annotation of ``[start, end)`` with the form's ``values``.

        A save that failed is retried with the same id (saves are idempotent by id: a
        save whose outcome was uncertain never becomes two annotations).
        """
        history = self._history()
        record = new_record(self.article, start, end, **values)
        record["id"] = self._retry_ids.pop((start, end), record["id"])

        def failed_keeping_id(message: str) -> None:
            self._retry_ids[(start, end)] = record["id"]
            failed(message)

        self.write(lambda: history.add(record), done, failed_keeping_id)

    def forget_retry(self, start: int, end: int) -> None:
        """The user gave up a failed new annotation: a next one gets a new id."""
        self._retry_ids.pop((start, end), None)

    def edit(self, annotation_id: str, values: Mapping[str, Any], done: Done,
             failed: Failed, base: Mapping[str, Any] | None = None) -> None:
        """Save the fields changed from ``base`` (what the form started from). A field
        another program changed too comes back to ``done`` as an ``EditConflict``, for
        the user to settle (keep mine / keep theirs)."""
        history = self._history()

        def op() -> Any:
            try:
                return history.edit(annotation_id, dict(values), base=base)
            except EditConflict as conflict:
                return conflict  # asked on the UI thread
        self.write(op, done, failed)

    def delete(self, annotation_id: str, done: Done, failed: Failed) -> None:
        history = self._history()
        self.write(lambda: history.delete(annotation_id), done, failed)

    def can(self, which: str) -> bool:
        """Whether there is something to ``undo`` or ``redo``."""
        history = self.history
        if history is None:
            return False
        return history.can_undo if which == "undo" else history.can_redo

    def step(self, which: str, done: Callable[[Step | None], None], failed: Failed) -> None:
        """Undo or redo the last change (``which``: "undo" or "redo")."""
        history = self._history()
        self.write(history.undo if which == "undo" else history.redo, done, failed)

    def write(self, op: Callable[[], Any], done: Done, failed: Failed) -> None:
        """Run ``op`` against the store in a thread, after every write asked before it."""
        if self.link.view_only:  # refused before the store is touched: values kept
            op = partial(_refuse, self.link.refusal())
        ticket = self.link.ticket()  # taken now, on the UI thread: the user's order
        self._in_thread(partial(self._run, ticket, op, done, failed))

    def _history(self) -> History:
        if self.history is None:
            raise RuntimeError(self.not_ready() or "annotations are not loaded yet")
        return self.history

    def _run(self, ticket: int, op: Callable[[], Any], done: Done, failed: Failed) -> None:
        with self.link.turn(ticket):
            try:
                result = op()
            except Exception as error:  # a store error, a full disk, a bug: keep the values
                self._on_ui(failed, one_line(error))
                return
            try:
                store = self.link.store
                records = store.for_article(self.article) if store is not None else None
            except Exception:
                records = None  # saved; the list is refreshed at the next change
        self._on_ui(self._written, done, result, records)

    def _written(self, done: Done, result: Any, records: list[Record] | None) -> None:
        if records is not None:
            self._set(records)
        done(result)

    def _set(self, records: list[Record]) -> None:
        self.records = list(records)
        self._changed(self.records)
