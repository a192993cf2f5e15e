"""What the reading desk changes about one article: read, starred, its tags, and its
"changed" flag (seeing the differences clears it), plus "mark shown read".

A mixin of ``DeskScreen`` (kept apart so each module has one job, like
``desk_feeds``): it uses the screen's ``data``, list, status line and loaders; every
change is refused in one line when the library is view-only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.core.annotation_rules import parse_tags
from reader.core.plural import counted
from reader.core.text import typed_text
from reader.library import LibraryError
from reader.tui.screens.diff import DiffScreen
from reader.tui.typed import without_fragments

if TYPE_CHECKING:
    from reader.library.records import StoredArticle
    from reader.tui.desk_data import DeskData
    from reader.tui.widgets.article_list import ArticleList


class DeskMarksMixin:
    """``m``, ``s``, ``t``, ``M`` and ``d`` of the reading desk."""

    data: DeskData
    summary: str
    app: Any

    if TYPE_CHECKING:  # provided by DeskScreen and its other mixin; for type checkers only

        @property
        def articles(self) -> ArticleList: ...

        def _status(self, message: str) -> None: ...

        def refused(self) -> bool: ...

        def load_sources(self) -> None: ...

        def load_rows(self, keep: int | None = None) -> None: ...

        def notify(self, message: str, **kwargs: Any) -> None: ...

    def _current(self) -> StoredArticle | None:
        """The article under the cursor; none (an empty list): say so, never a silent key."""
        row = self.articles.current
        if row is None:
            self.app.bell()
            self._status("No article here: the list is empty")
        return row

    def store_failed(self, error: LibraryError) -> None:
        """A change the store refused (another program removed the article, holds the
        store locked, the disk is full): one line, and the list is read again."""
        self.app.bell()
        self.summary = str(error)  # kept first in the status line once the list is read
        self._status(self.summary)
        self.data.changed()
        self.load_rows()
        self.load_sources()

    def action_toggle_read(self) -> None:
        row = self._current()
        if row is not None and not self.refused():
            try:
                self.data.set_read([row.id], not row.read)
            except LibraryError as error:
                self.store_failed(error)
                return
            self._reload_row(row.id)

    def action_toggle_star(self) -> None:
        row = self._current()
        if row is not None and not self.refused():
            try:
                self.data.set_starred([row.id], not row.starred)
            except LibraryError as error:
                self.store_failed(error)
                return
            self._reload_row(row.id)

    def action_edit_tags(self) -> None:
        """Tag the article under the cursor (comma-separated; empty removes every tag)."""
        from reader.tui.screens.desk_prompt import PromptScreen

        row = self._current()
        if row is None or self.refused():
            return

        def chosen(value: str | None) -> None:
            if value is None:
                return
            try:
                self.data.set_tags(row.id, parse_tags(without_fragments(typed_text(value))))
            except LibraryError as error:
                self.store_failed(error)
                return
            self._reload_row(row.id)

        self.app.push_screen(PromptScreen("Tags for this article, comma-separated",
                                          ", ".join(row.tags), allow_empty=True), chosen)

    def action_mark_all_read(self) -> None:
        """Mark as read only the articles shown (the source and filter in force)."""
        if self.refused():
            return
        shown = list(self.articles.keys)
        if not shown:  # "0 shown articles marked as read" said nothing useful
            self.app.bell()
            self._status("Nothing to mark: no article is shown")
            return
        try:
            count = self.data.set_read_rows(shown)
        except LibraryError as error:
            self.store_failed(error)
            return
        self.summary = (f"{counted(count, 'shown article')} marked as read" if count else
                        f"Nothing to mark: the {counted(len(shown), 'shown article')} "
                        f"{'was' if len(shown) == 1 else 'were'} read already")
        self._status(self.summary)
        self.load_rows()
        self.load_sources()

    def _reload_row(self, ident: str) -> None:
        row = self.data.article(ident)
        if row is not None:
            self.articles.forget_row(row.rowid)
        self.load_sources()

    def action_diff(self) -> None:
        row = self._current()
        if row is None:
            return
        if row.versions < 2:
            self.notify("This article has one version: nothing changed.", markup=False)
            return
        try:
            pieces = self.data.diff(row.id)
            self.data.clear_changed(row.id)
        except LibraryError as error:
            self.store_failed(error)
            return
        self._reload_row(row.id)
        self.app.push_screen(DiffScreen(row.title, pieces, row.versions - 1, row.versions))

