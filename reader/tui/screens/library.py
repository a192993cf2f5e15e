"""The library screen: every article with its counts, filtered as you type."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from reader.core.folding import fold
from reader.core.model import Analysis, Article, LoadFailure
from reader.core.plural import counted
from reader.tui.bindings import binding
from reader.tui.checked_mark import CheckedWaiter, checked_mark
from reader.tui.library_columns import COLUMNS, column_widths, count_cell, fit, header
from reader.tui.screens.article import ArticleScreen
from reader.tui.shown import plain, shown
from reader.tui.widgets.key_footer import KeyFooter
from reader.tui.widgets.safe_input import SafeInput

if TYPE_CHECKING:
    from reader.tui.app import ClaimdeskApp



class LibraryTable(DataTable[Text]):
    """The library's table; says when its size changed so the columns can be refitted."""

    # The table's own ``enter`` (hidden) would shadow the screen's in the footer, which then
    # never said how to open an article: the same id, shown, and remapped with it.
    BINDINGS = [binding("enter", "select_cursor", "Open", "library.open", rank=2)]

    class Resized(Message):
        pass

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.Resized())


class LibraryScreen(Screen[None]):
    """The articles that were opened, and the files that could not be read."""

    BINDINGS = [
        binding("enter", "open", "Open", "library.open", rank=2),
        binding("slash", "filter", "Filter", "library.filter", rank=3),
        binding("escape", "clear_filter", "Clear filter", "library.clear_filter", False),
        binding("q", "app.quit", "Quit", "library.quit", rank=4),
        binding("j", "move(1)", "Next article", "library.down", False),
        binding("k", "move(-1)", "Previous article", "library.up", False),
        binding("g", "move_to(0)", "First article", "library.top", False),
        binding("G", "move_to(-1)", "Last article", "library.bottom", False),
    ]

    def __init__(self, paths: list[str]) -> None:
        super().__init__()
        self.paths = paths
        self.articles: list[Article] = []
        self.failures: list[LoadFailure] = []
        self._filter = ""
        self._annotation_counts: dict[str, int] | None = None
        self._checked: dict[str, int] = {}
        self._checked_waiter = CheckedWaiter()
        """Candidates of each article that match a claim annotated in another article."""
        self._widths: dict[str, int] = {}

    @property
    def claimdesk(self) -> ClaimdeskApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(Text("Claimdesk library", style="bold"), id="library-title")
        field = SafeInput(placeholder="Filter by title, source or language", id="library-filter")
        # Not focusable until ``/`` shows it: while the files load the table cannot take
        # focus, and Textual focused this hidden filter instead, which swallowed q and ?.
        field.can_focus = False
        yield field
        yield LibraryTable(id="library-table", cursor_type="row", zebra_stripes=True,
                        cell_padding=0)
        yield Static(Text(""), id="library-failures")
        yield KeyFooter()

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one(DataTable)

    def on_mount(self) -> None:
        self.query_one("#library-filter").display = False
        self.query_one("#library-failures").display = False
        self._fit_columns(self.size.width)
        self.table.loading = True
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="library-load")
    def load(self) -> list[Article | LoadFailure]:
        """Read every file in a thread; a bad file comes back as a LoadFailure."""
        from reader.sources import load_paths

        return load_paths(self.paths)

    @work(thread=True, exclusive=True, exit_on_error=False, group="library-analysis")
    def analyse_all(self) -> None:
        """Analyse each article once, in a thread, filling the counts as results come."""
        cache = self.claimdesk.analyses
        for index, article in enumerate(list(self.articles)):
            try:
                analysis = cache.compute(article)
            except Exception as error:  # one bad article must not stop the others
                self.app.call_from_thread(self._analysis_failed, index, error)
                continue
            self.app.call_from_thread(self._show_counts, index, analysis)
            self.claimdesk.across.add(article, analysis)  # "seen before" across files
        # The articles just indexed may carry checked candidates.
        self.app.call_from_thread(self.count_checked)

    @on(LibraryTable.Resized)
    def _refit(self) -> None:
        """Fit the columns to the table's width less the vertical scrollbar when the rows
        need one, and redraw the rows if the widths changed."""
        table = self.table
        width = table.content_size.width
        if table.row_count + table.header_height > table.content_size.height:
            width -= table.styles.scrollbar_size_vertical
        if width > 0 and self._fit_columns(width) and self.articles:
            self._fill_table()

    def _fit_columns(self, width: int) -> bool:
        """Set the column widths for ``width`` cells; True if they changed."""
        widths = column_widths(width)
        if widths == self._widths:
            return False
        self._widths = widths
        self.table.clear(columns=True)
        for column in COLUMNS:
            if column.key in widths:  # narrow: the least useful columns left
                self.table.add_column(header(column), key=column.key,
                                      width=widths[column.key])
        return True

    def _set_cell(self, row: str, column: str, value: Text) -> None:
        """Change a cell of a column that is shown (a narrow table leaves some out)."""
        if column in self._widths:
            self.table.update_cell(row, column, value)

    def on_screen_resume(self) -> None:
        """Count annotations again each time the library is shown (they may have changed)."""
        self.count_annotations()
        self.count_checked()

    @work(thread=True, exit_on_error=False, group="library-checked")
    def count_checked(self) -> None:
        """Checked candidates per article, once the across index has its links."""
        self.claimdesk.follow_store()  # what another copy of the app saved meanwhile
        counts = self._checked_waiter.counts(self.claimdesk.across, get_current_worker())
        if counts is not None:
            self.app.call_from_thread(self._show_checked, counts)

    def _show_checked(self, counts: dict[str, int]) -> None:
        if counts == self._checked:
            return
        changed = {a.id for a in self.articles
                   if counts.get(a.id, 0) != self._checked.get(a.id, 0)}
        self._checked = counts
        for index, article in enumerate(self.articles):
            if article.id in changed and str(index) in self.table.rows:
                self.table.update_cell(str(index), "title", self._title_cell(article))

    def _title_cell(self, article: Article) -> Text:
        """The title, after ``✓3`` when three of its candidates were checked elsewhere."""
        mark = checked_mark(self._checked.get(article.id, 0), self.app.console)
        cell = fit(article.title or article.path, self._widths["title"] - len(mark),
                   self._filter)
        return Text.assemble(mark, cell, no_wrap=True, end="") if mark else cell

    @work(thread=True, exclusive=True, exit_on_error=False, group="library-annotations")
    def count_annotations(self) -> None:
        """Annotations per article id, read in a thread once the store is open."""
        store = self.claimdesk.link.wait()
        try:
            counts = store.counts_by_article() if store is not None else None
        except Exception:  # a database that went bad meanwhile: show no counts
            counts = None
        self.app.call_from_thread(self._show_annotation_counts, counts)

    def _annotation_cell(self, article: Article) -> Text:
        if self._annotation_counts is None:
            return count_cell("–" if self.claimdesk.link.error else "…")
        return count_cell(self._annotation_counts.get(article.id, 0))

    def _show_annotation_counts(self, counts: dict[str, int] | None) -> None:
        self._annotation_counts = counts
        for index, article in enumerate(self.articles):
            if str(index) in self.table.rows:
                self.table.update_cell(str(index), "annotations", self._annotation_cell(article))
        self.claimdesk.annotations_counted()

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state == WorkerState.ERROR and worker.group != "prefetch":
            # (a failed prefetch is reported once, by the article screen that retries it)
            self.table.loading = False
            self.notify(plain(f"{worker.name}: {worker.error}"), severity="error", markup=False)
        elif event.state == WorkerState.SUCCESS and worker.group == "library-load":
            self._show_library(worker.result or [])

    def _show_library(self, results: list[Article | LoadFailure]) -> None:
        self.articles = [r for r in results if isinstance(r, Article)]
        self.failures = [r for r in results if isinstance(r, LoadFailure)]
        self.table.loading = False
        self._fill_table()
        self._show_failures()
        self.table.focus()
        self.claimdesk.library_shown()
        self.analyse_all()

    def _row(self, article: Article) -> list[Text]:
        analysis = self.claimdesk.analyses.get(article)
        language = article.language or (analysis.language if analysis else "")
        counts: list[int | str] = ["…", "…", "…"]
        if analysis is not None:
            counts = [len(analysis.entities), len(analysis.quotes), len(analysis.claims)]
        cells = {
            "title": self._title_cell(article),
            "source": fit(article.source, self._widths["source"], self._filter),
            "date": fit(article.date, self._widths["date"]),
            "language": fit(language, self._widths.get("language", 1)),
            "annotations": self._annotation_cell(article),
            **{key: count_cell(c) for key, c in zip(("entities", "quotes", "claims"), counts,
                                                     strict=True)},
        }
        return [cells[key] for key in self._widths]

    def _matches(self, article: Article) -> bool:
        needle = fold(self._filter)
        fields = (article.title, article.source, article.language, article.path)
        return not needle or any(needle in fold(field) for field in fields)

    def _fill_table(self) -> None:
        table = self.table
        cursor = table.cursor_row
        table.clear()
        for index, article in enumerate(self.articles):
            if self._matches(article):
                table.add_row(*self._row(article), key=str(index))
        if table.row_count:
            table.move_cursor(row=min(cursor, table.row_count - 1))
        self.call_after_refresh(self._refit)  # more rows may have brought a scrollbar

    def _show_failures(self) -> None:
        widget = self.query_one("#library-failures", Static)
        if not self.failures:
            return
        text = Text(f"Could not read {counted(len(self.failures), 'file')}:", style="bold")
        for failure in self.failures:
            text.append("\n  ✗ ")
            text.append(shown(failure.path))
            text.append(" — ")
            text.append(shown(failure.reason))
        widget.update(text)
        widget.display = True

    def _show_counts(self, index: int, analysis: Analysis) -> None:
        key = str(index)
        if key not in self.table.rows:
            return
        counts = (len(analysis.entities), len(analysis.quotes), len(analysis.claims))
        for column, count in zip(("entities", "quotes", "claims"), counts, strict=True):
            self._set_cell(key, column, count_cell(count))
        if not self.articles[index].language:
            self._set_cell(key, "language", fit(analysis.language,
                                                self._widths.get("language", 1)))

    def _analysis_failed(self, index: int, error: Exception) -> None:
        article = self.articles[index]
        self.notify(plain(f"Analysis failed for {article.path}: {error}"), severity="error",
                    markup=False)
        if str(index) in self.table.rows:
            column = "entities" if "entities" in self._widths else "claims"
            self._set_cell(str(index), column, Text("error"))

    # ----- actions -----

    def action_open(self) -> None:
        table = self.table
        if not table.row_count:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if key is None:
            return
        article = self.articles[int(key)]
        if self.claimdesk.analyses.get(article) is None:
            # Start analysing before the article screen is built, not after: for the long
            # article this is most of the wait. The screen's own worker then waits on the
            # cache's lock instead of analysing twice.
            self.run_worker(partial(self.claimdesk.analyses.compute, article), thread=True,
                            exit_on_error=False, group="prefetch")
        self.app.push_screen(ArticleScreen(article))

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_move(self, step: int) -> None:
        """Vim keys in the table: the same as the arrow keys."""
        if step > 0:
            self.table.action_cursor_down()
        else:
            self.table.action_cursor_up()

    def action_move_to(self, row: int) -> None:
        if self.table.row_count:
            self.table.move_cursor(row=row % self.table.row_count)

    def action_filter(self) -> None:
        field = self.query_one("#library-filter", Input)
        field.display = True
        field.can_focus = True
        field.focus()

    def action_clear_filter(self) -> None:
        field = self.query_one("#library-filter", Input)
        if field.display or self._filter:
            field.value = ""
            field.display = False
            field.can_focus = False
            self._filter = ""
            self._fill_table()
            self.table.focus()

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._filter = event.value.strip()
        self._fill_table()

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.table.focus()
