"""The Annotations screen: every annotation across the library, to filter, review and
jump to.

A virtual table (claim, claimant, verdict in its colour, tags, article, date, anchor
status); ``/`` filters as you type (words and ``verdict:`` ``tag:`` ``claimant:``
``status:`` ``from:`` ``to:`` terms, see ``reader.across.annotation_list``); ``r`` shows
the review queue; ``o``/``O`` sort by the next column / reverse; ``enter`` opens the
article at the annotated span; ``e``/``d`` edit/delete it there (the same form and undo
as in the article); ``x`` exports the filtered list.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Input, Static

from reader.across import annotation_list as listing
from reader.core.plural import counted
from reader.tui.bindings import binding as _b
from reader.tui.screens.export_prompt import (  # noqa: F401  (ExportScreen: re-exported)
    HOW_TO_INCLUDE,
    ExportChoice,
    ExportScreen,
    export_format,
    unrated_ignored,
)
from reader.tui.screens.help import keys_of
from reader.tui.shown import plain, shown
from reader.tui.widgets.fitted_text import FittedText
from reader.tui.widgets.key_footer import KeyFooter
from reader.tui.widgets.safe_input import SafeInput
from reader.tui.widgets.virtual_table import Column, VirtualTable

FIRST_PAGE = 200
"""Rows shown at once from a long list, while the thread sorts the rest."""
VERDICT_STYLES = {
    "true": "green", "mostly-true": "green", "half-true": "yellow", "mostly-false": "red",
    "false": "bold red", "misleading": "magenta", "unverifiable": "cyan", "unrated": "dim",
}

def stored_records(store: object) -> list:
    """Every stored record WITHOUT copying (100,000 copies take seconds): the list only
    reads them, and the store replaces a document on every change, never edits one in
    place. Other stores (in memory) give their copies."""
    documents = getattr(getattr(store, "repository", None), "_docs", None)
    if callable(documents):
        with store.lock:  # type: ignore[attr-defined]
            return list(documents().values())
    return store.all()  # type: ignore[attr-defined]


def stored_documents(store: object) -> Mapping[str, Any]:
    """The stored documents by id, the store's own mapping WITHOUT copying: the store
    hands out a new mapping after every change and never modifies one it handed out
    (``AnnotationCounter`` relies on it). Other stores (in memory) give copies, a new
    mapping each time."""
    documents = getattr(getattr(store, "repository", None), "_docs", None)
    if callable(documents):
        with store.lock:  # type: ignore[attr-defined]
            return documents()  # type: ignore[no-any-return]
    return {str(r.get("id", n)): r for n, r in enumerate(store.all())}  # type: ignore[attr-defined]


FILTER_HINTS = (
    "Filter: words, verdict:false tag:… claimant:… status:orphan from:2026-03-01 to:… review",
    "Filter: words, verdict:false tag:… claimant:… status:orphan from:… to:…",
    "Filter: words, verdict:false tag:… claimant:…",
    "Filter: words, verdict:… tag:…",
)
"""The filter's hint, longest first: the widest that fits the input is shown."""
FILTER_FRAME = 4
"""The input's border and padding, in cells."""

class AnnotationsScreen(Screen[None]):
    """All annotations, filtered, sorted, reviewed."""

    BINDINGS = [
        _b("escape,q", "back", "Back", "annotations.back"),
        _b("slash", "filter", "Filter", "annotations.filter"),
        _b("r", "review", "Review queue", "annotations.review"),
        _b("o", "sort(1)", "Sort by next column", "annotations.sort"),
        _b("O", "reverse", "Reverse the order", "annotations.reverse", False),
        _b("e", "edit", "Edit", "annotations.edit"),
        _b("d", "delete", "Delete", "annotations.delete"),
        _b("x", "export", "Export the list", "annotations.export"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.listing = listing.Listing([])
        self.shown = listing.Shown(self.listing, [])
        self.sort_column = "date"
        self.reverse = True
        self._shown_once = False
        """False until the screen was first shown (its mount loads the list then)."""
        self._asking = False
        """True while the export prompt is open: coming back from it changes nothing (a
        reload then would also overwrite the export's result in the status line)."""

    def compose(self) -> ComposeResult:
        yield Static(Text("Annotations across the library", style="bold"), id="annotations-title")
        yield SafeInput(placeholder=FILTER_HINTS[0], id="annotations-filter")
        yield VirtualTable([Column(key, label, width, least) for (key, label), width, least in
                            zip(listing.COLUMNS, (0, 14, 12, 10, 0, 10, 8),
                                (0, 8, 7, 5, 0, 10, 6), strict=True)],
                           id="annotations-table")
        yield FittedText(Text("Loading…", style="italic"), id="annotations-status")
        yield KeyFooter()

    @property
    def table(self) -> VirtualTable:
        return self.query_one(VirtualTable)

    @property
    def filter_input(self) -> Input:
        return self.query_one("#annotations-filter", Input)

    def on_mount(self) -> None:
        self.table.row_style = self._cell_style
        self.table.focus()
        self.reload()

    def on_resize(self, event: events.Resize) -> None:
        """The longest filter hint that fits whole (80 columns cut "from:2026-03-0")."""
        room = event.size.width - FILTER_FRAME
        self.filter_input.placeholder = next(
            (hint for hint in FILTER_HINTS if len(hint) <= room), FILTER_HINTS[-1])

    @property
    def shown_rows(self) -> list[listing.Row]:
        """The rows shown, in order (made on demand: for tests and small lists)."""
        return [self.shown.item(n) for n in range(len(self.shown))]

    def on_screen_resume(self) -> None:
        # An edit, a delete or a new annotation made on another screen shows on return
        # (an empty list too: the first annotation may have been made meanwhile).
        if self._shown_once and not self._asking:
            self.reload()
        self._shown_once = True
        self._asking = False

    def reload(self) -> None:
        """Read the store anew, keeping the filter and the order."""
        self.load(self.filter_input.value, self.sort_column, self.reverse)

    @work(thread=True, exclusive=True, exit_on_error=False, group="annotations-load")
    def load(self, text: str = "", column: str = "date", reverse: bool = True) -> None:
        """Read every record, filtered by ``text`` and sorted by ``column`` (the screen's
        state when the load was asked for; read on the screen, not in the thread)."""
        store = self.app.link.wait()  # type: ignore[attr-defined]
        if store is None:
            self.app.call_from_thread(self._status, "Annotations are off: "
                                      + str(self.app.link.error))  # type: ignore[attr-defined]
            return
        # (On the desk the article store is the whole library: an article not in it is gone.)
        current, whole = self.app.current_texts()  # type: ignore[attr-defined]
        orders = self.app.across.annotation_orders  # type: ignore[attr-defined]
        records = listing.Listing(orders.records(stored_documents(store)), current,
                                  complete=whole)
        made_for = (text, column, reverse)
        everything = listing.parse(text) == listing.Query()
        known = orders.cached(records.records, column, reverse) if everything else None
        if known is not None:  # nothing changed since this order was made (at start-up)
            self.app.call_from_thread(self._loaded, records, known, made_for)
            return
        # Filtered and sorted here, in the thread: the first page first, then all of it
        # (sorted in runs that let the screen draw and take keys in between).
        chosen = records.select(text)
        # (By date, the default, one sort in C beats picking a page in Python.)
        if column != "date" and len(chosen) > FIRST_PAGE * 4:
            head = records.first(chosen, column, reverse, FIRST_PAGE)
            self.app.call_from_thread(self._loaded, records, head, made_for, len(chosen))
            time.sleep(0.01)  # the screen takes the interpreter and draws the first page
        order = records.sort(chosen, column, reverse, pause=lambda: time.sleep(0.001))
        if everything:
            orders.keep(records.records, column, reverse, order)
        self.app.call_from_thread(self._loaded, records, order, made_for)

    def _loaded(self, records: listing.Listing, order: list[int],
                made_for: tuple[str, str, bool], coming: int = 0) -> None:
        """Show the rows (``coming``: only the first page of that many, the rest follows)."""
        keep_id = getattr(self.current(), "id", None) if self.listing is records else None
        self.listing = records
        if made_for != (self.filter_input.value, self.sort_column, self.reverse):
            self._apply(keep_id)  # the filter or the order changed meanwhile
        elif coming:
            self._apply(order=order, shown_of=coming)
        else:
            self._apply(keep_id, order=order)

    def _apply(self, keep_id: str | None = None, order: list[int] | None = None,
               shown_of: int = 0) -> None:
        if order is None:
            chosen = self.listing.select(self.filter_input.value)
            order = self.listing.sort(chosen, self.sort_column, self.reverse)
        self.shown = listing.Shown(self.listing, order)
        keep = 0
        if keep_id is not None:
            keep = next((n for n, i in enumerate(order)
                         if self.listing.records[i].get("id") == keep_id), 0)
        self.table.set_rows(self.shown, keep=keep)  # type: ignore[arg-type]
        direction = "descending" if self.reverse else "ascending"
        if shown_of:
            self._status(f"The first {len(order)} of {shown_of} annotations · sorting the "
                         "rest…")
            return
        found = f"{len(order)} of {counted(len(self.listing), 'annotation')}"
        notes = listing.unknown_terms(self.filter_input.value)
        if notes:  # a typo in a term: say which, not only "0 of 40"
            self._status(f"{found} · {'; '.join(notes)}")
            return
        if not len(self.listing):
            self._status(self.how_to_annotate())
            return
        self._status(f"{found} · sorted by {self.sort_column} ({direction}) · enter opens · "
                     "e edit · d delete")

    def how_to_annotate(self) -> str:
        """What an empty list says: how to make the first annotation, with the keys bound
        now (the article's keys, after the user's keymap)."""
        annotate, select, back = (keys_of(self.app, name) for name in (
            "article.annotate", "article.select", "annotations.back"))
        return (f"No annotations yet · press {annotate} in an article ({select} selects "
                f"words first) · {back} back")

    def _cell_style(self, row: int, column: int) -> str:
        if row >= len(self.shown) or column not in (2, 6):
            return ""
        item = self.shown.item(row)
        if column == 2:
            return VERDICT_STYLES.get(item.verdict, "")
        return "bold yellow" if item.status == "orphan" else ""

    def _status(self, message: str) -> None:
        if self.is_attached:
            self.query_one("#annotations-status", FittedText).update(shown(message))

    def current(self) -> listing.Row | None:
        cursor = self.table.cursor
        return self.shown.item(cursor) if 0 <= cursor < len(self.shown) else None

    # ----- keys -----

    def action_back(self) -> None:
        if self.filter_input.has_focus:
            self.table.focus()
        else:
            self.app.pop_screen()

    def action_filter(self) -> None:
        self.filter_input.focus()

    @on(Input.Changed, "#annotations-filter")
    def _filter_changed(self) -> None:
        self._apply()

    @on(Input.Submitted, "#annotations-filter")
    def _filter_done(self) -> None:
        self.table.focus()

    def action_review(self) -> None:
        words = self.filter_input.value.split()
        if "review" in words:
            words.remove("review")
        else:
            words.append("review")
        self.filter_input.value = " ".join(words)

    def action_sort(self, step: int) -> None:
        keys = [key for key, _ in listing.COLUMNS]
        self.sort_column = keys[(keys.index(self.sort_column) + step) % len(keys)]
        self.reverse = self.sort_column == "date"
        self._apply(keep_id=getattr(self.current(), "id", None))

    def action_reverse(self) -> None:
        self.reverse = not self.reverse
        self._apply(keep_id=getattr(self.current(), "id", None))

    @on(VirtualTable.Selected)
    def _open(self, event: VirtualTable.Selected) -> None:
        self._open_current()

    def _open_current(self, then: str = "") -> None:
        item = self.current()
        if item is None:
            self.app.bell()
            return
        self.app.open_annotation(item.id, then)  # type: ignore[attr-defined]

    def action_edit(self) -> None:
        self._open_current("edit_annotation")

    def action_delete(self) -> None:
        self._open_current("delete_annotation")

    def action_export(self) -> None:
        if not len(self.shown):
            self.app.bell()
            self._status("Nothing to export: no annotation is listed (the filter or the "
                         "review queue hides them all)" if len(self.listing) else
                         "Nothing to export: no annotation yet")
            return
        self._asking = True
        # Cleared from this screen, not only the prompt's: under the prompt the last
        # export's toast ("tick Include unrated ...") still lay over its right half at 80
        # columns, the box's words shown twice. The status line keeps the export's words.
        self.app.clear_notifications()
        self.app.push_screen(ExportScreen(len(self.shown)), self._export_to)

    def _export_to(self, choice: ExportChoice | None) -> None:
        if choice is not None:
            ids = [str(self.listing.records[i].get("id", "")) for i in self.shown.order]
            self.export(ids, choice.path, choice.include_unrated)

    @work(thread=True, exit_on_error=False, group="annotations-export")
    def export(self, ids: list[str], path: Path, include_unrated: bool = False) -> None:
        from reader.cli.db_files import refuse_database_output
        from reader.store.exports import render, write_atomic
        from reader.store.exports_claimreview import reviewed, unrated_left_out
        from reader.store.settings import load_settings

        fmt = export_format(path.name)
        try:
            # the database (or its backup, journal, lock) is never replaced by an export
            refuse_database_output(path, Path(str(self.app.db_path)))  # type: ignore[attr-defined]
            store = self.app.link.store  # type: ignore[attr-defined]
            records = [r for r in (store.get(i) for i in ids) if r is not None]
            left = 0
            if fmt == "claimreview" and not include_unrated:  # published: see reviewed
                records, left = reviewed(records)
            write_atomic(path, render(records, fmt or "jsonl", load_settings(),
                                      self._first_appearance))
        except Exception as error:  # a folder that does not exist, a full disk
            message = f"Export failed: {' '.join(str(error).split())}"
        else:
            message = f"Exported {counted(len(records), 'annotation')} ({fmt}) to {path}"
            if left:
                message += ". " + unrated_left_out(left, HOW_TO_INCLUDE)
            elif include_unrated and fmt != "claimreview":
                message += ". " + unrated_ignored(str(fmt))
        self.app.call_from_thread(self.notify, plain(message), markup=False)
        self.app.call_from_thread(self._status, message)


    def _first_appearance(self, annotation: object) -> dict | None:
        """ClaimReview's firstAppearance from the across index (None: the article)."""
        from reader.across.first import earliest

        try:
            return self.app.across.run(earliest, annotation)  # type: ignore[attr-defined]
        except Exception:
            return None
