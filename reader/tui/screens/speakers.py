"""The Speakers and Entities screens: who is quoted (and what is named) across the
library, and where.

Two virtual tables: the people (or entities) with their counts, and for the one under
the cursor, their quotations by date (or the articles naming it). ``tab`` moves between
them; ``enter`` on a quotation opens its article at the quotation.
"""

from __future__ import annotations

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Static

from reader.across import views
from reader.tui.bindings import binding as _b
from reader.tui.shown import plain, shown
from reader.tui.widgets.key_footer import KeyFooter
from reader.tui.widgets.virtual_table import Column, VirtualTable

STACKED_BELOW = 120
"""Narrower than this, the details go under the list. Side by side, the headers were cut
mid-word below 120 columns ("Quo…", "Art…" at 80; "Artic…", "Ment…" at 100; "Mentio…" at
110) and at 60 a quotation had four cells; 120 is the narrowest width where every header
of both screens is whole side by side."""


class _TwoLists(Screen[None]):
    """A list on the left, the details of its current row on the right (below it on a
    narrow terminal)."""

    TITLE_TEXT = ""
    LEFT: list[Column] = []
    RIGHT: list[Column] = []
    BINDINGS = [
        _b("escape,q", "back", "Back", "across.back"),
        _b("tab", "switch", "List/details", "across.switch"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: list = []
        self.details: list[views.Quotation] = []

    def compose(self) -> ComposeResult:
        yield Static(Text(self.TITLE_TEXT, style="bold"), classes="across-title")
        with Horizontal(classes="across-body"):
            yield VirtualTable(self.LEFT, id="across-left")
            yield VirtualTable(self.RIGHT, id="across-right")
        yield Static(Text("Loading…", style="italic"), id="across-status")
        yield KeyFooter()

    @property
    def left(self) -> VirtualTable:
        return self.query_one("#across-left", VirtualTable)

    @property
    def right(self) -> VirtualTable:
        return self.query_one("#across-right", VirtualTable)

    def on_mount(self) -> None:
        self.left.focus()
        self.load()

    def on_resize(self, event: events.Resize) -> None:
        self.query_one(".across-body").set_class(event.size.width < STACKED_BELOW, "-stacked")

    @work(thread=True, exclusive=True, exit_on_error=False, group="across-list")
    def load(self) -> None:
        try:
            items = self.app.across.run(self.fetch)  # type: ignore[attr-defined]
        except Exception as error:
            self.app.call_from_thread(self._status, f"Unavailable: {error}")
            return
        self.app.call_from_thread(self._loaded, items)

    def fetch(self, index: object) -> list:
        raise NotImplementedError

    def fetch_details(self, index: object, item: object) -> list[views.Quotation]:
        raise NotImplementedError

    def cells(self, item: object) -> tuple[str, ...]:
        raise NotImplementedError

    def detail_cells(self, detail: views.Quotation) -> tuple[str, ...]:
        return (detail.date or "no date", detail.source, detail.title, detail.text)

    def _loaded(self, items: list) -> None:
        self.items = items
        self.left.set_rows([self.cells(item) for item in items], keep=0)
        self._status(f"{len(items)} · tab: details · enter opens the article")

    @on(VirtualTable.Highlighted, "#across-left")
    def _highlighted(self, event: VirtualTable.Highlighted) -> None:
        if 0 <= event.row < len(self.items):
            self.load_details(self.items[event.row])

    @work(thread=True, exclusive=True, exit_on_error=False, group="across-details")
    def load_details(self, item: object) -> None:
        try:
            details = self.app.across.run(self.fetch_details, item)  # type: ignore[attr-defined]
        except Exception as error:  # the index damaged or gone while the screen is open
            self.app.call_from_thread(self._details_loaded, [])
            self.app.call_from_thread(self._status, f"Unavailable: {error}")
            return
        self.app.call_from_thread(self._details_loaded, details)

    def _details_loaded(self, details: list[views.Quotation]) -> None:
        if not self.is_attached:
            return
        self.details = details
        self.right.set_rows([self.detail_cells(d) for d in details], keep=0)

    @on(VirtualTable.Selected)
    def _selected(self, event: VirtualTable.Selected) -> None:
        if event.table is self.left:
            self.right.focus()
            return
        if 0 <= event.row < len(self.details):
            detail = self.details[event.row]
            span = (detail.start, detail.end) if detail.end > detail.start else None
            if span is None:
                self.app.open_article_at(detail.article_id, None)  # type: ignore[attr-defined]
            else:
                self.app.open_article_at(detail.article_id, span)  # type: ignore[attr-defined]

    def action_switch(self) -> None:
        (self.right if self.left.has_focus else self.left).focus()

    def action_back(self) -> None:
        self.app.pop_screen()

    def _status(self, message: str) -> None:
        if self.is_attached:
            self.query_one("#across-status", Static).update(shown(message))


class SpeakersScreen(_TwoLists):
    """Everyone quoted across the library, names merged, with their quotations."""

    TITLE_TEXT = "Speakers across the library"
    LEFT = [Column("name", "Speaker"), Column("quotes", "Quotes", 6, 3),
            Column("articles", "Articles", 8, 4)]
    RIGHT = [Column("date", "Date", 10), Column("source", "Source", 16, 8),
             Column("title", "Article", 20, 10), Column("text", "Quotation")]

    def fetch(self, index: object) -> list[views.Person]:
        return views.speakers(index)  # type: ignore[arg-type]

    def fetch_details(self, index: object, item: object) -> list[views.Quotation]:
        return views.quotations(index, item)  # type: ignore[arg-type]

    def cells(self, item: object) -> tuple[str, ...]:
        person: views.Person = item  # type: ignore[assignment]
        merged = [n for n in person.names if n != person.name]
        name = person.name + (f" (also {', '.join(merged)})" if merged else "")
        return (plain(name), str(person.quotes), str(person.articles))


class EntitiesScreen(_TwoLists):
    """People, organisations, places and other names across the library."""

    TITLE_TEXT = "Entities across the library"
    LEFT = [Column("name", "Name"), Column("label", "Type", 5, 4),
            Column("articles", "Articles", 8, 4), Column("mentions", "Mentions", 8, 4)]
    RIGHT = [Column("date", "Date", 10), Column("source", "Source", 20, 8),
             Column("title", "Article")]

    def fetch(self, index: object) -> list[views.EntityRow]:
        return views.entities(index)  # type: ignore[arg-type]

    def fetch_details(self, index: object, item: object) -> list[views.Quotation]:
        entity: views.EntityRow = item  # type: ignore[assignment]
        return views.entity_articles(index, entity.name, entity.label)  # type: ignore[arg-type]

    def cells(self, item: object) -> tuple[str, ...]:
        entity: views.EntityRow = item  # type: ignore[assignment]
        return (entity.name, entity.label, str(entity.articles), str(entity.mentions))

    def detail_cells(self, detail: views.Quotation) -> tuple[str, ...]:
        return (detail.date or "no date", detail.source, detail.title)
