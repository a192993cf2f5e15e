"""What the reading desk changes about one article: read, starred, its tags, and its
"changed" flag (seeing the differences clears it), plus "mark shown read".

A mixin of ``DeskScreen`` (kept apart so each module has one job, like
``desk_feeds``): it uses the screen's ``data``, list, status line and loaders; every
change is refused in one line when the library is view-only.

Every change runs in a thread worker (``save``): another program may hold the store
locked for up to the busy time-out (15 s), and the desk froze that long when the UI
thread wrote. The status line says "Saving…", then what was saved once SQLite
committed it; changes land in the order they were asked for (``DeskData.turns``).
Typed tags that could not be saved are kept: ``t`` offers them again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from reader.core.annotation_rules import parse_tags
from reader.core.plural import counted
from reader.core.text import typed_text
from reader.library import LibraryError
from reader.tui.desk_data import GONE
from reader.tui.screens.diff import DiffScreen
from reader.tui.typed import without_fragments

if TYPE_CHECKING:
    from reader.library.records import StoredArticle
    from reader.tui.desk_data import DeskData
    from reader.tui.widgets.article_list import ArticleList

T = TypeVar("T")


class DeskMarksMixin:
    """``m``, ``s``, ``t``, ``M`` and ``d`` of the reading desk."""

    data: DeskData
    summary: str
    app: Any
    unsaved_tags: dict[str, str]
    """Tags typed for an article whose save failed, offered again by ``t``."""
    pending_marks: dict[tuple[str, str], bool]
    """(article id, "read"/"starred") → the value a save still running will store."""

    if TYPE_CHECKING:  # provided by DeskScreen and its other mixin; for type checkers only

        @property
        def articles(self) -> ArticleList: ...

        def _status(self, message: str) -> None: ...

        def refused(self) -> bool: ...

        def load_sources(self) -> None: ...

        def load_rows(self, keep: int | None = None) -> None: ...

        def notify(self, message: str, **kwargs: Any) -> None: ...

        def run_worker(self, work: Any, **kwargs: Any) -> Any: ...

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
        if self.app.screen is not self:  # an article opened meanwhile: say it there too
            self.app.notify(self.summary, severity="warning", markup=False)
        self.data.changed()
        self.load_rows()
        self.load_sources()

    def save(self, change: Callable[[], T], done: Callable[[T], None],
             failed: Callable[[LibraryError], None] | None = None) -> None:
        """Run ``change`` in a thread worker after every change asked before it, then
        ``done(result)`` (or ``failed(error)``, by default ``store_failed``) on the UI thread."""
        ticket = self.data.turns.ticket()
        self._status("Saving…")

        def run() -> None:
            with self.data.turns.turn(ticket):
                try:
                    result = change()
                except LibraryError as error:
                    self.app.call_from_thread(failed or self.store_failed, error)
                    return
            self.app.call_from_thread(done, result)

        self.run_worker(run, thread=True, group="desk-save", exit_on_error=False)

    def _saved(self, what: str) -> Callable[[StoredArticle | None], None]:
        """After a change to one article: draw its row again and say it is saved."""
        def done(row: StoredArticle | None) -> None:
            if row is not None:
                self.articles.forget_row(row.rowid)
            self.load_sources()
            self._status(f"{what} — saved")
        return done

    def _changed_row(self, ident: str, change: Callable[[], object]) -> StoredArticle | None:
        """Apply ``change`` (in the worker), then read the article's row as it now is."""
        change()
        return self.data.article(ident)

    def _toggle(self, row: StoredArticle, field: str, now: bool,
                setter: Callable[[list[str], bool], object], words: tuple[str, str]) -> None:
        """Flip a mark. A save still running decides what "now" is: ``s s`` pressed
        quickly stars and unstars, where the row on screen would say "unstarred" twice."""
        key = (row.id, field)
        value = not self.pending_marks.get(key, now)
        self.pending_marks[key] = value
        shown = self._saved(words[0] if value else words[1])

        def settled(_: object = None) -> None:
            if self.pending_marks.get(key) == value:
                del self.pending_marks[key]

        def done(changed: StoredArticle | None) -> None:
            settled()
            shown(changed)

        def failed(error: LibraryError) -> None:
            settled()
            self.store_failed(error)

        self.save(lambda: self._changed_row(row.id, lambda: setter([row.id], value)),
                  done, failed)

    def action_toggle_read(self) -> None:
        row = self._current()
        if row is not None and not self.refused():
            self._toggle(row, "read", row.read, self.data.set_read,
                         ("Marked read", "Marked unread"))

    def action_toggle_star(self) -> None:
        row = self._current()
        if row is not None and not self.refused():
            self._toggle(row, "starred", row.starred, self.data.set_starred,
                         ("Starred", "Unstarred"))

    def action_edit_tags(self) -> None:
        """Tag the article under the cursor (comma-separated; empty removes every tag)."""
        from reader.tui.screens.desk_prompt import PromptScreen

        row = self._current()
        if row is None or self.refused():
            return

        def chosen(value: str | None) -> None:
            if value is None:
                return
            tags = parse_tags(without_fragments(typed_text(value)))

            def failed(error: LibraryError) -> None:
                if str(error) == GONE:  # nothing left to tag
                    self.store_failed(error)
                    return
                self.unsaved_tags[row.id] = value
                self.store_failed(LibraryError(f"{error}; t offers the typed tags "
                                               "again"))

            def done(changed: StoredArticle | None) -> None:
                self.unsaved_tags.pop(row.id, None)
                self._saved("Tags")(changed)

            self.save(lambda: self._changed_row(row.id, lambda: self.data.set_tags(row.id, tags)),
                      done, failed)

        typed = self.unsaved_tags.get(row.id, ", ".join(row.tags))
        self.app.push_screen(PromptScreen("Tags for this article, comma-separated",
                                          typed, allow_empty=True), chosen)

    def action_mark_all_read(self) -> None:
        """Mark as read only the articles shown (the source and filter in force)."""
        if self.refused():
            return
        shown = list(self.articles.keys)
        if not shown:  # "0 shown articles marked as read" said nothing useful
            self.app.bell()
            self._status("Nothing to mark: no article is shown")
            return

        def done(count: int) -> None:
            self.summary = (f"{counted(count, 'shown article')} marked as read" if count else
                            f"Nothing to mark: the {counted(len(shown), 'shown article')} "
                            f"{'was' if len(shown) == 1 else 'were'} read already")
            self._status(self.summary)
            self.load_rows()
            self.load_sources()

        self.save(lambda: self.data.set_read_rows(shown), done)

    def action_diff(self) -> None:
        row = self._current()
        if row is None:
            return
        if row.versions < 2:
            self.notify("This article has one version: nothing changed.", markup=False)
            return

        def change() -> tuple[list, StoredArticle | None]:
            pieces = self.data.diff(row.id)
            return pieces, self._changed_row(row.id, lambda: self.data.clear_changed(row.id))

        def done(result: tuple[list, StoredArticle | None]) -> None:
            pieces, changed = result
            self._saved("Seen what changed")(changed)
            self.app.push_screen(DiffScreen(row.title, pieces, row.versions - 1, row.versions))

        self.save(change, done)

