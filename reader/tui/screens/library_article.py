"""An article from the library: the reader's article screen plus its versions.

It opens at the first match of a full-text search when there is one, shows which
version is on screen, and ``D`` shows what changed since the previous version.
"""

from __future__ import annotations

import contextlib

from textual import work
from textual.widgets import Static

from reader.core.model import Analysis, Article
from reader.library.folding import find_words, query_words
from reader.tui.bindings import binding as _b
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.diff import DiffScreen
from reader.tui.shown import plain, shown


class LibraryArticleScreen(ArticleScreen):
    """``ArticleScreen`` for a stored article (offline: the text comes from the store)."""

    BINDINGS = [
        *ArticleScreen.BINDINGS,
        _b("D", "show_changes", "Changes (word diff)", "article.changes"),
    ]

    def __init__(self, article: Article, data: object, match: str = "",
                 at: tuple[int, int] | None = None) -> None:
        super().__init__(article, at=at)
        self.data = data
        self.match = match

    def on_mount(self) -> None:
        super().on_mount()
        version = self.article.extra.get("version", "1")
        note = self.article.extra.get("note", "")
        title = shown(self.article.title or self.article.path)
        title.append(f"  · version {version}", style="dim")
        if version != "1":
            title.append(" (D: what changed)", style="dim")
        if note:
            title.append("  · " + plain(note), style="italic")
        self.query_one("#article-title", Static).update(title)
        self.call_after_refresh(self._open_at_match)

    def _show_analysis(self, analysis: Analysis) -> None:
        super()._show_analysis(analysis)
        counts = (len(analysis.entities), len(analysis.quotes), len(analysis.claims))
        ident = self.article.extra.get("library_id", self.article.id)
        self._keep_counts(self.data.turns.ticket(), ident, counts)  # type: ignore[attr-defined]
        # the analysis puts the cursor on the first sentence: the match goes after it
        self.call_after_refresh(self._open_at_match)

    @work(thread=True, exit_on_error=False, group="library-counts")
    def _keep_counts(self, ticket: int, ident: str, counts: tuple[int, int, int]) -> None:
        """The list shows these counts: stored in a worker (the store may be held locked
        by another program), and a store that went away only loses them."""
        with self.data.turns.turn(ticket), contextlib.suppress(Exception):  # type: ignore[attr-defined]
            self.data.set_analysis_counts(ident, counts)  # type: ignore[attr-defined]

    def _open_at_match(self) -> None:
        """Put the cursor on the first word the search matched (once)."""
        if not self.match:
            return
        spans = find_words(self.article.text, query_words(self.match))
        if spans:
            self._matches = spans
            self._go_to_match(spans[0])
        if self.analysis is not None:
            self.match = ""

    def action_show_changes(self) -> None:
        version = int(self.article.extra.get("version", "1") or 1)
        if version < 2:
            self.notify("This article has one version: nothing changed.", markup=False)
            return
        ident = self.article.extra.get("library_id", self.article.id)
        pieces = self.data.diff(ident)  # type: ignore[attr-defined]
        self.app.push_screen(DiffScreen(self.article.title, pieces, version - 1, version))
