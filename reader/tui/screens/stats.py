"""The Stats screen: ``claimdesk stats`` inside the app (the same charts, computed in a
worker from the annotation store and the across index)."""

from __future__ import annotations

import time
from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from reader.across.charts import stats_report
from reader.across.stats import AnnotationCounter, library_stats
from reader.tui.bindings import binding as _b
from reader.tui.widgets.key_footer import KeyFooter


def count_annotations(counter: AnnotationCounter, documents: Any,
                      before_full: Any) -> dict[str, dict[str, int]]:
    """The annotations' counts, kept by the session's counter (warmed at start-up, then
    only the records changed since are counted again)."""
    return counter.count(documents, before_full)


class StatsScreen(Screen[None]):
    """Annotations by verdict, claimant, tag and week; sources per day; speakers.

    The library's charts are read from tables kept up to date on indexing (a few
    milliseconds); the annotations' counts from the session's ``AnnotationCounter``
    (counted once at start-up, then only the records changed since). When every record
    must be counted (another process rewrote the database, a quarter of a second at
    100,000), the screen is drawn twice: the library's charts first."""

    BINDINGS = [_b("escape,q", "back", "Back", "stats.back")]

    def __init__(self) -> None:
        super().__init__()
        self.stats: dict | None = None
        self.complete = False
        """True once the annotations are counted too (``stats["annotations"]`` is set)."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="stats-scroll"):
            yield Static(Text("Counting…", style="italic"), id="stats-body")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#stats-scroll").focus()
        self.count()

    @work(thread=True, exclusive=True, exit_on_error=False, group="stats")
    def count(self) -> None:
        store = self.app.link.wait()  # type: ignore[attr-defined]
        from reader.tui.screens.annotations import stored_documents

        # The store's own mapping of the records, read only (copies would take seconds).
        documents = stored_documents(store) if store is not None else {}
        across = self.app.across  # type: ignore[attr-defined]
        try:
            library = across.run(library_stats)
            articles = across.run(lambda index: index.article_count())
        except Exception:
            library, articles = library_stats(None), 0
        stats = {"total_annotations": len(documents), "total_articles": articles,
                 "annotations": None, "library": library}
        if store is None:  # never "0 annotations" when they cannot be read
            error = self.app.link.error or "the annotation database is not open"  # type: ignore[attr-defined]
            self.app.call_from_thread(self._show, stats | {"annotations_error": error})
            return

        def show_first() -> None:  # everything must be counted: the library's charts first
            self.app.call_from_thread(self._show, stats)
            time.sleep(0.01)  # the screen takes the interpreter and draws (counting holds it)

        counted = count_annotations(across.annotation_counts, documents, show_first)
        self.app.call_from_thread(self._show, stats | {"annotations": counted})

    def _show(self, stats: dict) -> None:
        self.stats = stats
        self.complete = stats["annotations"] is not None
        if self.is_attached:
            width = max(40, min(self.size.width - 2, 100))
            self.query_one("#stats-body", Static).update(stats_report(stats, width))

    def on_resize(self) -> None:
        """The charts are drawn for a width: drawn again when the terminal changes."""
        if self.stats is not None:
            self._show(self.stats)

    def action_back(self) -> None:
        self.app.pop_screen()
