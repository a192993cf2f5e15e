"""The Stats screen: ``claimdesk stats`` inside the app (the same charts, computed in a
worker from the annotation store and the across index)."""

from __future__ import annotations

import time

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from reader.across.charts import stats_report
from reader.across.stats import annotation_stats, library_stats
from reader.tui.bindings import binding as _b


class StatsScreen(Screen[None]):
    """Annotations by verdict, claimant, tag and week; sources per day; speakers.

    Drawn twice: first the totals and the library's charts (read from tables kept up to
    date on indexing, a few milliseconds), then, once counted, the annotations' charts
    (a pass over every record, a quarter of a second at 100,000)."""

    BINDINGS = [_b("escape,q", "back", "Back", "stats.back")]

    def __init__(self) -> None:
        super().__init__()
        self.stats: dict | None = None
        self.complete = False
        """True once the annotations are counted too (``stats["annotations"]`` is set)."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="stats-scroll"):
            yield Static(Text("Counting…", style="italic"), id="stats-body")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#stats-scroll").focus()
        self.count()

    @work(thread=True, exclusive=True, exit_on_error=False, group="stats")
    def count(self) -> None:
        store = self.app.link.wait()  # type: ignore[attr-defined]
        from reader.tui.screens.annotations import stored_records

        # The stored records themselves, read only (100,000 copies would take seconds).
        records = stored_records(store) if store is not None else []
        across = self.app.across  # type: ignore[attr-defined]
        try:
            library = across.run(library_stats)
            articles = across.run(lambda index: index.article_count())
        except Exception:
            library, articles = library_stats(None), 0
        stats = {"total_annotations": len(records), "total_articles": articles,
                 "annotations": None, "library": library}
        if store is None:  # never "0 annotations" when they cannot be read
            error = self.app.link.error or "the annotation database is not open"  # type: ignore[attr-defined]
            self.app.call_from_thread(self._show, stats | {"annotations_error": error})
            return
        self.app.call_from_thread(self._show, stats)
        time.sleep(0.01)  # the screen takes the interpreter and draws (counting holds it)
        stats = stats | {"annotations": annotation_stats(records)}
        self.app.call_from_thread(self._show, stats)

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
