"""Full-text search across the library: ranked results with the matched words
highlighted; ``enter`` opens the article at the first match."""

from __future__ import annotations

import re

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.core.plural import counted
from reader.core.text import for_display
from reader.library.records import SearchHit
from reader.tui.bindings import binding as _b
from reader.tui.shown import plain
from reader.tui.widgets.key_footer import KeyFooter
from reader.tui.widgets.safe_input import SafeInput

HIT_STYLE = "bold reverse"
_SPACES = re.compile(r"\s+")


def snippet_text(snippet: str) -> Text:
    """A snippet whose matches sit between \\x02 and \\x03, styled by offset."""
    text = Text()
    for index, piece in enumerate(snippet.replace("\x03", "\x02").split("\x02")):
        # spaces folded but kept at the edges: they separate the highlighted words
        text.append(for_display(_SPACES.sub(" ", piece)), style=HIT_STYLE if index % 2 else "")
    return text


def hit_prompt(hit: SearchHit) -> Text:
    prompt = Text(plain(hit.article.title or hit.article.url), style="bold")
    prompt.append("  " + plain(hit.article.feed or hit.article.source), style="dim")
    prompt.append("\n")
    prompt.append_text(snippet_text(hit.snippet))
    return prompt


class DeskSearchScreen(Screen[tuple[str, str] | None]):
    """Type words; results come best first; enter opens (dismisses with id and query)."""

    BINDINGS = [_b("escape", "close", "Back", "desk_search.back")]

    def __init__(self, data: object, query: str = "") -> None:
        super().__init__()
        self.data = data
        self.query_text = query
        self.hits: list[SearchHit] = []

    def compose(self) -> ComposeResult:
        yield Static(Text("Search the library (every word; case and accents folded)",
                          style="bold"), id="desk-search-title")
        yield SafeInput(value=self.query_text, placeholder="words…", id="desk-search-input")
        yield OptionList(id="desk-search-results")
        yield Static(Text(""), id="desk-search-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self.query_text:
            self.run_search(self.query_text)

    @on(Input.Changed, "#desk-search-input")
    def _changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @on(Input.Submitted, "#desk-search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        if event.value != self.query_text:  # typed faster than the search: finish it now
            self._show(event.value, self.data.search(event.value))  # type: ignore[attr-defined]
        results = self.query_one(OptionList)
        if results.option_count:
            results.focus()
            results.highlighted = 0

    @work(thread=True, exclusive=True, exit_on_error=False, group="desk-search")
    def run_search(self, query: str) -> None:
        hits = self.data.search(query)  # type: ignore[attr-defined]
        self.app.call_from_thread(self._show, query, hits)

    def _show(self, query: str, hits: list[SearchHit]) -> None:
        if not self.is_attached or query != self.query_one(Input).value:
            return
        self.query_text, self.hits = query, hits
        results = self.query_one(OptionList)
        results.clear_options()
        results.add_options([Option(hit_prompt(h), id=str(i)) for i, h in enumerate(hits)])
        status = f"{counted(len(hits), 'article')}, best first" if query.strip() else ""
        self.query_one("#desk-search-status", Static).update(Text(status))

    @on(OptionList.OptionSelected, "#desk-search-results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        hit = self.hits[int(event.option.id or 0)]
        self.dismiss((hit.article.id, self.query_text))

    def action_close(self) -> None:
        self.dismiss(None)
