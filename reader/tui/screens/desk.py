"""The reading desk: sources, the article list and a preview, each its own focusable pane.

Sources: All, Unread, Starred, Annotated, Changed, every tag, every feed with its unread
count, and Files. The list is a virtual list (see ``ArticleList``); the preview shows the
highlighted article as stored (offline). ``r`` refreshes in a worker with progress in
the status line above the footer; the list is reloaded afterwards without moving the
cursor off the article it was on. All data comes through ``DeskData`` in threads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from reader.core.model import Article
from reader.core.plural import counted
from reader.library import LibraryError
from reader.library.records import StoredArticle
from reader.tui.bindings import binding as _b
from reader.tui.checked_mark import CheckedWaiter
from reader.tui.desk_data import FIXED_SOURCES, SORTS, DeskData, Sources
from reader.tui.screens.desk_feeds import (
    LABEL_MAX,
    DeskFeedsMixin,
    feed_options,
)
from reader.tui.screens.desk_marks import DeskMarksMixin
from reader.tui.screens.desk_search import DeskSearchScreen
from reader.tui.screens.library_article import LibraryArticleScreen
from reader.tui.shown import plain, shown
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.key_footer import KeyFooter
from reader.tui.widgets.safe_input import SafeInput

if TYPE_CHECKING:
    from reader.tui.app import ClaimdeskApp


FIRST_ROWS = 200
"""Rows shown first while a long list is read in full."""
PREVIEW_DELAY = 0.08
"""Seconds the cursor rests before the preview is loaded."""


class DeskScreen(DeskFeedsMixin, DeskMarksMixin, Screen[None]):
    """The library as a reading desk in three panes."""

    DEFAULT_CSS = """
    DeskScreen #desk-panes { height: 1fr; }
    DeskScreen #desk-sources { width: 30; max-width: 38%; height: 1fr;
                               border-right: solid $panel;
                               text-wrap: nowrap; text-overflow: ellipsis; }
    DeskScreen #desk-right { width: 1fr; }
    DeskScreen #desk-list { height: 1fr; }
    DeskScreen #desk-preview { height: 40%; border-top: solid $panel; padding: 0 1; }
    DeskScreen #desk-preview:focus { border-top: solid $accent; }
    DeskScreen #desk-status { height: 1; padding: 0 1; background: $panel;
                              text-wrap: nowrap; text-overflow: ellipsis; }
    DeskScreen #desk-filter { height: 3; }
    """
    BINDINGS = [
        _b("r", "refresh", "Refresh", "desk.refresh"),
        _b("slash", "search", "Search", "desk.search"),
        _b("f", "filter", "Filter", "desk.filter"),
        _b("escape", "clear_filter", "Clear filter", "desk.clear_filter", False),
        _b("o", "sort", "Sort", "desk.sort"),
        _b("m", "toggle_read", "Read/unread", "desk.toggle_read"),
        _b("M", "mark_all_read", "Mark shown read", "desk.mark_all_read", False),
        _b("s", "toggle_star", "Star", "desk.star", False),
        _b("t", "edit_tags", "Tags", "desk.tags", False),
        _b("d", "diff", "Changes", "desk.diff"),
        _b("a", "add_feed", "Add feed", "desk.add", False),
        _b("x", "remove_feed", "Remove feed", "desk.remove", False),
        _b("q", "app.quit", "Quit", "desk.quit"),
    ]

    def __init__(self, data: DeskData) -> None:
        super().__init__()
        self.data = data
        self.source = "all"
        self.sort = "date"
        self.needle = ""
        self.keys: list[int] = []
        """Row numbers of the source's articles, before the filter."""
        self.annotations: dict[str, int] = {}
        self._checked_waiter = CheckedWaiter()
        self.refreshing = False
        self._preview_timer: Timer | None = None
        self._sources_loaded = False
        self._sources_shown = False
        self.summary = ""
        """The last refresh's outcome, kept in the status line."""
        self.unsaved_tags: dict[str, str] = {}
        self.pending_marks: dict[tuple[str, str], bool] = {}

    @property
    def claimdesk(self) -> ClaimdeskApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with Horizontal(id="desk-panes"):
            yield OptionList(id="desk-sources")
            with Vertical(id="desk-right"):
                yield SafeInput(placeholder="Filter (case and accents folded)", id="desk-filter")
                yield ArticleList(self.data.fetch, id="desk-list")
                with VerticalScroll(id="desk-preview", can_focus=True):
                    yield Static(Text(""), id="desk-preview-text")
        yield Static(Text(""), id="desk-status")
        yield KeyFooter()  # ranked: at 80 columns help and open stay, not cut at the edge

    @property
    def articles(self) -> ArticleList:
        return self.query_one(ArticleList)

    def on_mount(self) -> None:
        self.query_one("#desk-filter").display = False
        self.articles.focus()
        self.load_rows()  # first: the list is what the reader waits for; sources follow
        self.index_library()

    def on_screen_resume(self) -> None:
        self.count_annotations()
        self.count_checked()

    # ----- loading (threads) -----

    @work(thread=True, exclusive=True, exit_on_error=False, group="desk-sources")
    def load_sources(self) -> None:
        sources = self.data.sources()
        self.app.call_from_thread(self._show_sources, sources)

    @work(thread=True, exclusive=True, exit_on_error=False, group="desk-rows")
    def load_rows(self, keep: int | None = None) -> None:
        quick = not self.needle and self.source != "annotated" and self.sort != "annotations"
        if quick and keep is None and not self.articles.keys:
            head = self.data.first_keys(self.source, self.sort, FIRST_ROWS)
            if len(head) == FIRST_ROWS:  # a long list: show its top now, the rest follows
                self.app.call_from_thread(self._show_rows, head, head, None, True)
        keys = self.data.keys(self.source, self.sort, self.annotations)
        shown_keys = self.data.filter_keys(keys, self.needle)
        self.app.call_from_thread(self._show_rows, keys, shown_keys, keep)

    @work(thread=True, exclusive=True, exit_on_error=False, group="desk-rows")
    def apply_filter(self) -> None:
        """Filter the source's rows (folding every title once: in a thread)."""
        shown_keys = self.data.filter_keys(self.keys, self.needle)
        self.app.call_from_thread(self._show_rows, self.keys, shown_keys, None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="desk-annotations")
    def count_annotations(self) -> None:
        store = self.claimdesk.link.wait()
        try:
            counts = store.counts_by_article() if store is not None else {}
        except Exception:
            counts = {}
        self.app.call_from_thread(self._show_annotations, counts)

    @work(thread=True, exit_on_error=False, group="desk-checked")
    def count_checked(self) -> None:
        """Checked candidates per article (``✓3``), once the across index has its links."""
        self.claimdesk.follow_store()  # what another copy of the app saved meanwhile
        counts = self._checked_waiter.counts(self.claimdesk.across, get_current_worker())
        if counts is not None:
            self.app.call_from_thread(self.articles.set_checked, counts)

    @work(thread=True, exclusive=True, exit_on_error=False, group="desk-index")
    def index_library(self) -> None:
        """Stored articles not yet in the across index go in (an article added with
        ``claimdesk add`` or fetched is then "seen before" and counted ✓ without being
        opened first); the checked counts are drawn again when any went in."""
        from reader.analysis import analyze

        language = self.claimdesk.language
        added = self.claimdesk.across.add_stored(
            self.data.stale_for, self.data.load, lambda a: analyze(a, language=language))
        if added and self.is_attached:
            self.app.call_from_thread(self.count_checked)

    @work(thread=True, exclusive=True, exit_on_error=False, group="desk-preview")
    def load_preview(self, ident: str) -> None:
        row, text = self.data.preview(ident)
        if self.articles.current is None or self.articles.current.id != ident:
            return  # the reader moved on meanwhile
        self.app.call_from_thread(self._show_preview, row, text)

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        """A store that cannot be read (corrupt, a folder, a newer schema): one line."""
        if event.state == WorkerState.ERROR and event.worker.group in ("desk-rows",
                                                                       "desk-sources"):
            self.summary = f"The library cannot be read: {event.worker.error}"
            self._status(self.summary)
            self.claimdesk.library_shown()
            self.claimdesk.annotations_counted()

    # ----- showing -----

    def _show_sources(self, sources: Sources) -> None:
        self._sources_shown = True
        pane = self.query_one("#desk-sources", OptionList)
        highlighted = pane.highlighted
        pane.clear_options()
        counts = sources.counts
        options: list[Option | None] = []
        for key, label in FIXED_SOURCES:
            number = len([1 for c in self.annotations.values() if c]) if key == "annotated" \
                else counts.get(key, 0)
            options.append(Option(Text(f"{label} ({number})"), id=key))
        if sources.tags:
            options.append(None)
            # One line each: a long tag is cut with "…" by the list's CSS (by cells).
            options += [Option(shown(f"# {tag}", limit=LABEL_MAX), id=f"tag:{tag}")
                        for tag in sources.tags]
        if sources.feeds:
            options.append(None)
        options += feed_options(pane, len(options), sources.feeds)
        options += [None, Option(Text(f"Files ({counts.get('files', 0)})"), id="files")]
        pane.add_options(options)
        pane.highlighted = highlighted if highlighted is not None and \
            highlighted < pane.option_count else 0

    def _show_rows(self, keys: list[int], shown_keys: list[int], keep: int | None,
                   partial: bool = False) -> None:
        self.keys = keys
        current = self.articles.keys[self.articles.cursor] if self.articles.keys else None
        self.articles.set_annotations(self.annotations)
        self.articles.set_keys(shown_keys, keep if keep is not None else current)
        if not self._sources_loaded:
            self._sources_loaded = True
            self.load_sources()
        if not shown_keys:
            self.query_one("#desk-preview-text", Static).update(self._empty_hint())
        if partial:
            self._status("Reading the whole list…")
        elif not self.refreshing:
            line = f"{counted(len(shown_keys), 'article')} · sorted by {self.sort}"
            # The latest news first: at 80 columns a long one would be cut away at the end.
            self._status(f"{self.summary} · {line}" if self.summary else line)
        self.claimdesk.library_shown()

    def _show_annotations(self, counts: dict[str, int]) -> None:
        self.annotations = counts
        self.articles.set_annotations(counts)
        self.articles.forget_rows()  # analysis counts may have come with an opened article
        if self._sources_shown:
            self.load_sources()  # the Annotated count (once the first sources are in)
        self.claimdesk.annotations_counted()

    @on(ArticleList.Highlighted)
    def _highlighted(self, event: ArticleList.Highlighted) -> None:
        """Show the preview once the cursor rests (not for every key of a fast scroll)."""
        if self._preview_timer is not None:
            self._preview_timer.stop()
        if event.article is None:
            self.query_one("#desk-preview-text", Static).update(self._empty_hint())
            return
        ident = event.article.id
        self._preview_timer = self.set_timer(PREVIEW_DELAY, lambda: self.load_preview(ident))

    def _show_preview(self, row: StoredArticle | None, text: str) -> None:
        if row is None or not self.is_attached:
            return
        body = shown(row.title, style="bold")
        meta = " · ".join(x for x in (row.feed or row.source, row.date[:16], row.url) if x)
        body.append("\n" + plain(meta), style="dim")
        flags = [f"version {row.versions}"]
        if row.changed:
            flags.append("CHANGED (d shows what changed)")
        count = self.annotations.get(row.id, 0)
        if count:
            flags.append(f"{count} annotation(s)")
        body.append("\n" + " · ".join(flags), style="italic")
        if row.note:
            body.append("\n" + plain(row.note), style="italic yellow")
        for paragraph in text.split("\n\n"):
            body.append("\n\n" + plain(paragraph))
        self.query_one("#desk-preview-text", Static).update(body)

    def _status(self, message: str) -> None:
        if self.data.view_only and not message.startswith("View only"):
            message = f"View only · {message}"  # for as long as the mode holds
        self.query_one("#desk-status", Static).update(Text(plain(message)))

    # ----- sources pane -----

    @on(OptionList.OptionHighlighted, "#desk-sources")
    def _source_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        source = event.option.id or "all"
        if source != self.source:
            self.source = source
            self.load_rows()

    @on(OptionList.OptionSelected, "#desk-sources")
    def _source_selected(self) -> None:
        self.articles.focus()

    # ----- articles -----

    @on(ArticleList.Chosen)
    def _chosen(self, event: ArticleList.Chosen) -> None:
        self.open_article(event.article.id)

    def open_article(self, ident: str, match: str = "") -> None:
        """Read the article in a worker and open it; marking it read is a save of its own
        (a store another program holds locked delays the mark, never the reading)."""
        self._status("Opening…")
        self.read_article(ident, match)

    @work(thread=True, exclusive=True, exit_on_error=False, group="desk-open")
    def read_article(self, ident: str, match: str) -> None:
        try:
            article = self.data.load(ident)
        except LibraryError as error:
            self.app.call_from_thread(self.store_failed, error)
            return
        self.app.call_from_thread(self._opened, article, ident, match)

    def _opened(self, article: Article, ident: str, match: str) -> None:
        self.app.push_screen(LibraryArticleScreen(article, self.data, match))
        self.save(lambda: self._changed_row(ident, lambda: self.data.set_read([ident])),
                  self._saved("Marked read"))

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.load_rows()

    # ----- filter and search -----

    def action_filter(self) -> None:
        field = self.query_one("#desk-filter", Input)
        field.display = True
        field.focus()

    def action_clear_filter(self) -> None:
        field = self.query_one("#desk-filter", Input)
        if field.display or self.needle:
            field.value = ""
            field.display = False
            self.needle = ""
            self.apply_filter()
            self.articles.focus()

    @on(Input.Changed, "#desk-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.needle = event.value
        self.apply_filter()

    @on(Input.Submitted, "#desk-filter")
    def _filter_submitted(self) -> None:
        self.articles.focus()

    def action_search(self) -> None:
        def opened(result: tuple[str, str] | None) -> None:
            if result is not None:
                self.open_article(*result)

        self.app.push_screen(DeskSearchScreen(self.data), opened)
