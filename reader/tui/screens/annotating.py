"""Annotating on the article screen: the keys, the form, the saves (a mixin).

``AnnotatingMixin`` is mixed into ``ArticleScreen`` (the selection it annotates comes
from ``SelectingMixin``). Every change to the database goes through ``History`` (so ``u``
and ``ctrl+r`` work) in a thread worker, one at a time in the order asked (``StoreLink``
turns); "Saved" is said only after the store returned, and a failed save re-opens the
form with the typed values. Opening the article re-anchors its annotations in a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work

from reader.core.annotation import typed
from reader.core.history import History
from reader.core.selection import Selection, Selector, default_target
from reader.core.verdicts import is_verdict, verdict_label
from reader.store.errors import EditConflict
from reader.store.records import new_record
from reader.tui.annotation_form import AnnotationForm
from reader.tui.bindings import binding as _b
from reader.tui.confirm import ConfirmScreen
from reader.tui.navigation import Range, next_range, previous_range
from reader.tui.screens.edit_conflict import EditConflictScreen, resolve
from reader.tui.shown import plain, shown
from reader.tui.spans import Span, annotation_spans, article_spans
from reader.tui.store_link import one_line
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from reader.core.model import Analysis, Article
    from reader.tui.app import ClaimdeskApp

Record = dict[str, Any]


ANNOTATION_BINDINGS = [
    _b("v", "toggle_selection", "Select", "select"),
    _b("a", "annotate", "Annotate", "annotate"),
    _b("e", "edit_annotation", "Edit annotation", "edit_annotation", False),
    _b("d", "delete_annotation", "Delete annotation", "delete_annotation", False),
    _b("u", "undo", "Undo", "undo", False),
    _b("ctrl+r", "redo", "Redo", "redo", False),
    _b("m", "next_annotation", "Next annotation", "next_annotation", False),
    _b("M", "previous_annotation", "Prev annotation", "previous_annotation", False),
]


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


class AnnotatingMixin:
    """The annotations of the article screen: shown, created, edited, deleted, undone."""

    article: Article
    analysis: Analysis | None
    app: ClaimdeskApp  # type: ignore[assignment]
    view: ArticleView
    query_one: Any
    notify: Any
    is_attached: bool
    selector: Selector | None
    action_clear_selection: Callable[[], None]
    _set_status: Callable[[Text], None]
    _update_status: Callable[[], None]
    _move: Callable[[Range | None, str], None]
    _position: Callable[[], int]

    def _init_annotations(self) -> None:
        self._retry_ids: dict[Range, str] = {}
        self.records: list[Record] = []
        self.history: History | None = None

    # ----- what the view shows -----

    def _all_spans(self) -> list[Span]:
        spans = article_spans(self.article, self.analysis)
        return spans + annotation_spans(self.records, len(self.article.text))

    def _set_records(self, records: list[Record]) -> None:
        self.records = records
        self.app.across.article_records(self.article.id, records)  # "Already checked"
        self.view.set_spans(self._all_spans())
        self.query_one(SidePanel).show_annotations(records)
        self._update_status()

    def annotation_status(self, span: Range) -> Text:
        """`` · Annotated: Mostly false (moved)`` for the annotation under ``span``."""
        record = overlapping(self.records, span)
        if record is None:
            return Text("")
        annotation = typed(record)
        verdict = annotation.verdict
        status = Text("  ·  Annotated: ")
        status.append(shown(verdict_label(verdict) if is_verdict(verdict) else verdict,
                            style="bold"))
        if annotation.anchor.status != "exact":
            status.append(f" ({annotation.anchor.status})")
        return status

    # ----- loading and re-anchoring -----

    @work(thread=True, exit_on_error=False, group="annotations-load")
    def load_annotations(self) -> None:
        """Wait for the store, re-anchor this article's annotations, show them."""
        store = self.app.link.wait()
        if store is None:
            self.app.call_from_thread(self._annotations_unavailable)
            return
        problem = ""
        try:
            records = store.refresh_anchors(self.article)
        except Exception as error:  # a failed save of new anchors: show the old ones
            problem = one_line(error)
            try:
                records = store.for_article(self.article)
            except Exception as second:
                self.app.call_from_thread(self._annotations_unavailable, one_line(second))
                return
        self.app.call_from_thread(self._annotations_loaded, records, problem)

    def _annotations_loaded(self, records: list[Record], problem: str) -> None:
        if not self.is_attached or self.app.link.store is None:
            return
        self.history = History(self.app.link.store)
        self._set_records(records)
        if problem:
            self.notify(plain(f"Re-anchored annotations could not be saved: {problem}"),
                        severity="warning", markup=False)

    def _annotations_unavailable(self, reason: str = "") -> None:
        if reason:
            self.app.link.fail(reason)  # never "still opening…" for a store that failed
        if self.is_attached:
            self._set_status(shown(f"Annotations are off: {reason or self.app.link.error}"))

    def _ready_to_write(self) -> bool:
        """True when the store is open and loaded; else say why not."""
        link = self.app.link
        if link.error:
            self._set_status(shown(f"Annotations are off: {link.error}"))
            self.app.bell()
            return False
        if self.history is None or link.store is None:
            self._set_status(Text("The annotation database is still opening…"))
            return False
        return True

    # ----- writes: one at a time, off the UI thread -----

    def _write(self, op: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[str], None], doing: str = "Saving…") -> None:
        link = self.app.link
        ticket = link.ticket()
        self._set_status(Text(doing, style="italic"))
        # An app worker, not a screen worker: a save goes on if the user leaves the article.
        self.app.run_worker(partial(self._write_in_thread, ticket, op, done, failed),
                            thread=True, exit_on_error=False, group="annotation-write")

    def _write_in_thread(self, ticket: int, op: Callable[[], Any],
                         done: Callable[[Any], None], failed: Callable[[str], None]) -> None:
        link = self.app.link
        with link.turn(ticket):
            try:
                result = op()
            except Exception as error:  # a store error, a full disk, a bug: keep the values
                self.app.call_from_thread(failed, one_line(error))
                return
            try:
                store = link.store
                records = store.for_article(self.article) if store is not None else None
            except Exception:
                records = None  # saved; the list is refreshed at the next change
        self.app.call_from_thread(self._written, done, result, records)

    def _written(self, done: Callable[[Any], None], result: Any,
                 records: list[Record] | None) -> None:
        if not self.is_attached:  # the user left the article meanwhile
            self.app.notify("Saved", timeout=3)
            return
        if records is not None:
            self._set_records(records)
        done(result)

    # ----- annotate, edit, delete -----

    def action_annotate(self) -> None:
        """Annotate the selection, else the quotation or sentence under the cursor."""
        if self.analysis is None:
            self._set_status(Text("Wait for the analysis to finish"))
            return
        if not self._ready_to_write():
            return
        if self.selector is not None:
            target: Selection | None = self.selector.selection
        else:
            target = default_target(max(0, self._position()), self.analysis, self.article.text)
        if target is None:
            self.app.bell()
            return
        self._open_form(target.start, target.end)

    def _open_form(self, start: int, end: int, record: Record | None = None,
                   values: Mapping[str, Any] | None = None, unsaved: str = "",
                   base: Mapping[str, Any] | None = None) -> None:
        assert self.analysis is not None
        initial: Mapping[str, Any] | None = values
        annotation = typed(record) if record is not None else None
        if annotation is not None:
            initial = {**annotation.fields, **(values or {})}
        form = AnnotationForm.for_target(self.article.text, self.analysis, start, end,
                                         initial=initial, unsaved=unsaved)
        if annotation is not None and annotation.is_orphan:
            # Its words are not in this text any more: show the quote it was made on.
            form.selected_text = annotation.target.exact
        record_id = annotation.id if annotation is not None else None
        if base is None and annotation is not None:
            base = annotation.fields  # what the user starts from: only changes are saved
        self.app.push_screen(form, partial(self._form_closed, start, end, record_id, base))

    def _form_closed(self, start: int, end: int, record_id: str | None,
                     base: Mapping[str, Any] | None, values: dict[str, Any] | None) -> None:
        if values is None:
            self._retry_ids.pop((start, end), None)
            self._set_status(Text("Not saved (cancelled)"))
            return
        history = self.history
        assert history is not None
        if record_id is None:
            record = new_record(self.article, start, end, **values)
            record["id"] = self._retry_ids.pop((start, end), record["id"])

            def op() -> Any:
                return history.add(record)
        else:
            def op() -> Any:
                try:
                    return history.edit(record_id, values, base=base)
                except EditConflict as conflict:
                    return conflict  # asked on the UI thread: keep mine / keep theirs

        def failed(message: str) -> None:
            text = f"Save failed: {message}"
            self.notify(plain(text), severity="error", markup=False, timeout=10)
            self._set_status(shown(text))
            record = next((r for r in self.records if typed(r).id == record_id), None)
            if record_id is not None and record is None:
                return  # the annotation is gone (deleted elsewhere): nothing to edit
            if record_id is None:  # a retry reuses the id: saves are idempotent by id
                self._retry_ids[(start, end)] = new_id
            self._open_form(start, end, record, values, unsaved=text, base=base)

        def done(result: Any) -> None:
            if isinstance(result, EditConflict):
                self.app.push_screen(EditConflictScreen(result.conflicts), partial(
                    self._conflict_answered, start, end, record_id, base or {}, values,
                    result))
            else:
                self._saved(result)

        new_id = record["id"] if record_id is None else ""
        self._write(op, done, failed)

    def _conflict_answered(self, start: int, end: int, record_id: str | None,
                           base: Mapping[str, Any], values: dict[str, Any],
                           conflict: EditConflict, choices: dict[str, str] | None) -> None:
        if choices is None:
            self._set_status(Text("Not saved (changed elsewhere meanwhile)"))
            return
        new_values, new_base = resolve(values, base, conflict.conflicts, choices)
        self._form_closed(start, end, record_id, new_base, new_values)

    def _saved(self, result: Any) -> None:
        if self.selector is not None:
            self.action_clear_selection()
        self._set_status(Text("Saved", style="bold"))
        self.notify("Saved", timeout=3)

    def _target_annotation(self) -> Record | None:
        """The annotation highlighted in the Claims tab, else the one under the cursor."""
        chosen = self.query_one(SidePanel).highlighted_annotation()
        if chosen is not None:
            return next((r for r in self.records if typed(r).id == chosen), None)
        if self.selector is not None:
            span: Range | None = (self.selector.selection.start, self.selector.selection.end)
        else:
            span = self.view.cursor
        return overlapping(self.records, span) if span is not None else None

    def action_edit_annotation(self) -> None:
        if self.analysis is None or not self._ready_to_write():
            return
        record = self._target_annotation()
        if record is None:
            self._set_status(Text("No annotation under the cursor (m jumps to the next)"))
            return
        start, end = typed(record).span
        self._open_form(start, end, record)

    def action_delete_annotation(self) -> None:
        if not self._ready_to_write():
            return
        record = self._target_annotation()
        if record is None:
            self._set_status(Text("No annotation under the cursor (m jumps to the next)"))
            return
        claim = plain(typed(record).claim)
        claim = claim if len(claim) <= 50 else claim[:49] + "…"
        question = f"Delete the annotation “{claim}”? (u undoes it)"
        self.app.push_screen(ConfirmScreen(question),
                             partial(self._delete_answered, typed(record).id))

    def _delete_answered(self, record_id: str, yes: bool | None) -> None:
        if not yes or self.history is None:
            return
        history = self.history

        def failed(message: str) -> None:
            self.notify(plain(f"Delete failed: {message}"), severity="error", markup=False)
            self._set_status(shown(f"Delete failed: {message}"))

        def done(_: Any) -> None:
            self._set_status(Text("Deleted — u undoes it", style="bold"))

        self._write(lambda: history.delete(record_id), done, failed, "Deleting…")

    # ----- undo, redo, jumps -----

    def action_undo(self) -> None:
        self._step("undo")

    def action_redo(self) -> None:
        self._step("redo")

    def _step(self, which: str) -> None:
        if not self._ready_to_write():
            return
        history = self.history
        assert history is not None
        if not (history.can_undo if which == "undo" else history.can_redo):
            self._set_status(Text(f"Nothing to {which}"))
            self.app.bell()
            return
        op = history.undo if which == "undo" else history.redo
        past = {"undo": "Undid", "redo": "Redid"}[which]

        def done(step: Any) -> None:
            what = step.kind if step is not None else "nothing"
            self._set_status(Text(f"{past} {what} — saved", style="bold"))

        def failed(message: str) -> None:
            self.notify(plain(f"{which.capitalize()} failed: {message}"), severity="error",
                        markup=False)
            self._set_status(shown(f"{which.capitalize()} failed (try again): {message}"))

        self._write(op, done, failed, f"{which.capitalize()[:-1]}oing…")

    def _annotation_ranges(self) -> list[Range]:
        placed = (typed(r) for r in self.records)
        return sorted(a.span for a in placed if not a.is_orphan)

    def action_next_annotation(self) -> None:
        self._move(next_range(self._annotation_ranges(), self._position()), "annotation")

    def action_previous_annotation(self) -> None:
        self._move(previous_range(self._annotation_ranges(), self._position()), "annotation")
