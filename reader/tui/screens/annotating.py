"""Annotating on the article screen: the keys, the form, what the screen says (a mixin).

``AnnotatingMixin`` is mixed into ``ArticleScreen`` (the selection it annotates comes
from ``SelectingMixin``). The annotations themselves, their undo history and the ordered
writes off the UI thread are an ``AnnotationSession`` (``reader/tui/session.py``, no
Textual); this mixin only wires keys, forms and messages to it. "Saved" is said only
after the store returned, and a failed save re-opens the form with the typed values.
Opening the article re-anchors its annotations in a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work

from reader.core.annotation import typed
from reader.core.history import DROPPED
from reader.core.selection import Selection, Selector, default_target
from reader.core.verdicts import is_verdict, verdict_label
from reader.store.errors import EditConflict
from reader.tui.bindings import binding as _b
from reader.tui.navigation import Range, cycle
from reader.tui.screens.annotation_form import AnnotationForm
from reader.tui.screens.confirm import ConfirmScreen
from reader.tui.screens.edit_conflict import EditConflictScreen, resolve
from reader.tui.screens.orphan import OrphanScreen
from reader.tui.session import AnnotationSession, Loaded, SessionUnavailable
from reader.tui.shown import plain, quoted, shown
from reader.tui.spans import Span, annotation_spans, article_spans
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from reader.core.model import Analysis, Article
    from reader.tui.app import ClaimdeskApp

Record = dict[str, Any]


ANNOTATION_BINDINGS = [
    _b("v", "toggle_selection", "Select", "article.select", rank=5),
    _b("a", "annotate", "Annotate", "article.annotate", rank=4),
    _b("e", "edit_annotation", "Edit annotation", "article.edit_annotation", False),
    _b("d", "delete_annotation", "Delete annotation", "article.delete_annotation", False),
    _b("u", "undo", "Undo", "article.undo", False),
    _b("ctrl+r", "redo", "Redo", "article.redo", False),
    _b("m", "next_annotation", "Next annotation", "article.next_annotation", False),
    _b("M", "previous_annotation", "Prev annotation", "article.previous_annotation", False),
]


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
    _say_step: Callable[..., None]
    run_pending_action: Callable[[], None]

    def _init_annotations(self) -> None:
        app = self.app
        self.session = AnnotationSession(
            app.link, self.article,
            # An app worker, not a screen worker: a save goes on if the user leaves.
            in_thread=partial(app.run_worker, thread=True, exit_on_error=False,
                              group="annotation-write"),
            on_ui=app.call_from_thread,
            changed=self._records_changed,
        )

    @property
    def records(self) -> list[Record]:
        """The annotations of this article, as last read from the store."""
        return self.session.records

    # ----- what the view shows -----

    def _all_spans(self) -> list[Span]:
        spans = article_spans(self.article, self.analysis)
        return spans + annotation_spans(self.records, len(self.article.text))

    def _records_changed(self, records: list[Record]) -> None:
        self.app.across.article_records(self.article.id, records)  # "Already checked"
        if not self.is_attached:  # the user left the article meanwhile
            return
        self.view.set_spans(self._all_spans())
        self.query_one(SidePanel).show_annotations(records)
        self._update_status()

    def annotation_status(self, span: Range) -> Text:
        """`` · Annotated: Mostly false (moved)`` for the annotation under ``span``."""
        record = self.session.under(span)
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
        try:
            loaded = self.session.load()
        except SessionUnavailable as error:
            self.app.call_from_thread(self._annotations_unavailable, str(error))
            return
        self.app.call_from_thread(self._annotations_loaded, loaded)

    def _annotations_loaded(self, loaded: Loaded) -> None:
        if not self.is_attached or self.app.link.store is None:
            return
        self.session.loaded(loaded.records)
        self._mark_view_only()
        self.run_pending_action()  # opened from the Annotations screen to edit
        if loaded.problem:
            self.notify(plain(f"Re-anchored annotations could not be saved: {loaded.problem}"),
                        severity="warning", markup=False)

    def _mark_view_only(self) -> None:
        """A line under the title, for as long as the screen lasts, while nothing can be
        saved: the notice at start fades, and a reader who opens the form later would
        learn it only after typing a note."""
        reason = self.app.link.view_only
        marker = self.query_one("#article-view-only")
        marker.display = bool(reason)
        if reason:
            marker.update(Text("View only — edits cannot be saved: ", style="bold")
                          + shown(reason))

    def _annotations_unavailable(self, reason: str = "") -> None:
        if reason:
            self.app.link.fail(reason)  # never "still opening…" for a store that failed
        if self.is_attached:
            self._set_status(shown(f"Annotations are off: {reason or self.app.link.error}"))

    def _ready_to_write(self) -> bool:
        """True when the store is open and loaded; else say why not."""
        reason = self.session.not_ready()
        if reason:
            self._set_status(shown(reason))
            if self.app.link.error:
                self.app.bell()
            return False
        return True

    def _here(self, done: Callable[[Any], None]) -> Callable[[Any], None]:
        """``done``, or only a "Saved" notice when the user has left the article."""
        def call(result: Any) -> None:
            if self.is_attached:
                done(result)
            else:
                self.app.notify("Saved", timeout=3)
        return call

    def _doing(self, doing: str) -> None:
        self._set_status(Text(doing, style="italic"))

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
            self.session.forget_retry(start, end)
            self._set_status(Text("Not saved (cancelled)"))
            return

        def failed(message: str) -> None:
            text = f"Save failed: {message}"
            self.notify(plain(text), severity="error", markup=False, timeout=10)
            self._set_status(shown(text))
            record = self.session.find(record_id) if record_id is not None else None
            if record_id is not None and record is None:
                return  # the annotation is gone (deleted elsewhere): nothing to edit
            self._open_form(start, end, record, values, unsaved=text, base=base)

        def done(result: Any) -> None:
            if isinstance(result, EditConflict):
                self.app.push_screen(EditConflictScreen(result.conflicts), partial(
                    self._conflict_answered, start, end, record_id, base or {}, values,
                    result))
            else:
                self._saved(result)

        self._doing("Saving…")
        if record_id is None:
            self.session.add(start, end, values, self._here(done), failed)
        else:
            self.session.edit(record_id, values, self._here(done), failed, base=base)

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
            return self.session.find(chosen)
        if self.selector is not None:
            span: Range | None = (self.selector.selection.start, self.selector.selection.end)
        else:
            span = self.view.cursor
        return self.session.under(span) if span is not None else None

    def action_edit_annotation(self) -> None:
        if self.analysis is None or not self._ready_to_write():
            return
        record = self._target_annotation()
        if record is None:
            self._set_status(Text("No annotation under the cursor (m jumps to the next)"))
            return
        self._edit(record)

    def _edit(self, record: Record) -> None:
        start, end = typed(record).span
        self._open_form(start, end, record)

    def action_delete_annotation(self) -> None:
        if not self._ready_to_write():
            return
        record = self._target_annotation()
        if record is None:
            self._set_status(Text("No annotation under the cursor (m jumps to the next)"))
            return
        self._ask_delete(record)

    def _ask_delete(self, record: Record) -> None:
        claim = plain(typed(record).claim)
        claim = claim if len(claim) <= 50 else claim[:49] + "…"
        question = f"Delete the annotation {quoted(claim)}? (u undoes it)"
        self.app.push_screen(ConfirmScreen(question),
                             partial(self._delete_answered, typed(record).id))

    def open_record(self, record_id: str, action: str = "") -> None:
        """Go to an annotation where it is now and run ``action`` on it; an orphan is
        explained, with edit and delete offered (opened from the Annotations screen)."""
        record = self.session.find(record_id)
        if record is None:
            self._set_status(Text("That annotation is no longer in this article"))
            return
        annotation = typed(record)
        if annotation.is_orphan:
            self._set_status(Text("Orphan: its words are no longer in this article"))
            self.app.push_screen(OrphanScreen(annotation.target.exact),
                                 partial(self._orphan_answered, record))
            return
        self.view.set_cursor(annotation.span)
        if action == "edit_annotation":
            self._edit(record)
        elif action == "delete_annotation":
            self._ask_delete(record)

    def on_side_panel_orphan_chosen(self, event: SidePanel.OrphanChosen) -> None:
        """``enter`` on an orphan: say why it cannot be shown, offer to edit or delete it."""
        record = self.session.find(event.record_id)
        if record is None:
            return
        self._set_status(Text("Orphan: its words are no longer in this article"))
        quote = typed(record).target.exact
        self.app.push_screen(OrphanScreen(quote), partial(self._orphan_answered, record))

    def _orphan_answered(self, record: Record, choice: str | None) -> None:
        if choice is None or self.analysis is None or not self._ready_to_write():
            return
        if choice == "edit":
            self._edit(record)
        else:
            self._ask_delete(record)

    def _delete_answered(self, record_id: str, yes: bool | None) -> None:
        if not yes or self.session.history is None:
            return

        def failed(message: str) -> None:
            self.notify(plain(f"Delete failed: {message}"), severity="error", markup=False)
            self._set_status(shown(f"Delete failed: {message}"))

        def done(_: Any) -> None:
            self._set_status(Text("Deleted — u undoes it", style="bold"))

        self._doing("Deleting…")
        self.session.delete(record_id, self._here(done), failed)

    # ----- undo, redo, jumps -----

    def action_undo(self) -> None:
        self._step("undo")

    def action_redo(self) -> None:
        self._step("redo")

    def _step(self, which: str) -> None:
        if not self._ready_to_write():
            return
        if not self.session.can(which):
            self._set_status(Text(f"Nothing to {which}"))
            self.app.bell()
            return
        past = {"undo": "Undid", "redo": "Redid"}[which]

        def done(step: Any) -> None:
            what = step.kind if step is not None else "nothing"
            self._set_status(Text(f"{past} {what} — saved", style="bold"))

        def failed(message: str) -> None:
            self.notify(plain(f"{which.capitalize()} failed: {message}"), severity="error",
                        markup=False)
            retry = "" if DROPPED in message else " (try again)"  # a conflict: dropped
            self._set_status(shown(f"{which.capitalize()} failed{retry}: {message}"))

        self._doing(f"{which.capitalize()[:-1]}oing…")
        self.session.step(which, self._here(done), failed)

    def action_next_annotation(self) -> None:
        self._step_annotation(forward=True)

    def action_previous_annotation(self) -> None:
        self._step_annotation(forward=False)

    def _step_annotation(self, forward: bool) -> None:
        """m / M: the next or previous annotation, wrapping around as n / N do."""
        ranges = self.session.placed_ranges()
        target, notice = cycle(ranges, self._position(), forward)
        if target is None:
            self.app.bell()
            self._set_status(Text("No annotation in this article (a annotates)"))
            return
        self.view.set_cursor(target)
        number = ranges.index(target) + 1
        self._say_step(f"Annotation {number} of {len(ranges)}", notice,
                       self.annotation_status(target))
