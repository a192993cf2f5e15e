"""The reading desk's article list: a virtual list drawn line by line (Textual's Line API).

Only the visible rows are ever rendered, so 100,000 articles scroll as fast as ten: a row
is drawn from its ``StoredArticle`` when it comes into view and cached by width. Text
from feeds is drawn as plain ``Text`` (never markup) through ``plain``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.library.records import StoredArticle
from reader.tui.bindings import binding as _b
from reader.tui.checked_mark import checked_mark
from reader.tui.shown import plain

DATE_W = 10
COUNT_W = 5
ANALYSIS_W = 12
"""``  3e  2q  1c``: entities, quotations and claim candidates, once the article was analysed."""
MARK_W = 3
SOURCE_SHARE = 0.25
ANALYSIS_FROM = 70
"""The narrowest list that shows the analysis counts: narrower (the desk at 80 columns,
beside its sources pane), their 12 mostly blank cells go to the title, which had 11."""


class ArticleList(ScrollView, can_focus=True):
    """Rows of articles with a cursor; posts ``Highlighted`` and ``Chosen``."""

    COMPONENT_CLASSES = {"article-list--cursor", "article-list--unread", "article-list--header"}
    DEFAULT_CSS = """
    /* rows are cut to the width; the virtual width counted the vertical scrollbar's
       cell, so once a list needed that scrollbar a sideways one took its last row (a
       stray ▏ under the desk's filter at 60x20), as in VirtualTable */
    ArticleList { height: 1fr; overflow-x: hidden; }
    ArticleList > .article-list--cursor { background: $accent 40%; }
    ArticleList:focus > .article-list--cursor { background: $accent; color: $text; }
    ArticleList > .article-list--unread { text-style: bold; }
    """
    BINDINGS = [
        _b("down", "move(1)", "Next article", "desk.arrow_down", False),
        _b("up", "move(-1)", "Previous article", "desk.arrow_up", False),
        _b("j", "move(1)", "Next article", "desk.down", False),
        _b("k", "move(-1)", "Previous article", "desk.up", False),
        _b("pagedown", "page(1)", "Page down", "desk.page_down", False),
        _b("pageup", "page(-1)", "Page up", "desk.page_up", False),
        _b("home,g", "edge(0)", "First article", "desk.top", False),
        _b("end,G", "edge(-1)", "Last article", "desk.bottom", False),
        _b("enter", "choose", "Open", "desk.open", rank=2),  # the footer says how to open
    ]

    class Highlighted(Message):
        def __init__(self, article: StoredArticle | None) -> None:
            super().__init__()
            self.article = article

    class Chosen(Message):
        def __init__(self, article: StoredArticle) -> None:
            super().__init__()
            self.article = article

    def __init__(self, fetch: Callable[[list[int]], dict[int, StoredArticle]], *,
                 id: str | None = None) -> None:  # noqa: A002 (Textual's name)
        super().__init__(id=id)
        self.fetch = fetch
        """Rows by row number, for the rows about to be drawn (lazy: never all of them)."""
        self.keys: list[int] = []
        self.annotations: dict[str, int] = {}
        self.checked: dict[str, int] = {}
        """Candidates of each article matching a claim annotated elsewhere (``✓3``)."""
        self.cursor = 0
        self._rows: dict[int, StoredArticle] = {}
        self._cache: dict[tuple[int, int, bool], Strip] = {}

    # ----- data -----

    def set_keys(self, keys: list[int], keep: int | None = None) -> None:
        """Show these rows; the cursor stays on the row ``keep`` when it is still there,
        else on the same position, so new articles never move what the reader is on."""
        target = self.cursor
        if keep is not None:
            with contextlib.suppress(ValueError):
                target = keys.index(keep)
        self.keys = keys
        self._rows.clear()
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(keys))
        self.cursor = min(target, max(0, len(keys) - 1))
        self.refresh()
        self._scroll_to_cursor(animate=False)
        self.post_message(self.Highlighted(self.current))

    def set_annotations(self, counts: dict[str, int]) -> None:
        self.annotations = counts
        self._cache.clear()
        self.refresh()

    def set_checked(self, counts: dict[str, int]) -> None:
        if counts != self.checked:
            self.checked = counts
            self._cache.clear()
            self.refresh()

    def forget_rows(self) -> None:
        """Draw every row again from the store."""
        self._rows.clear()
        self._cache.clear()
        self.refresh()

    def forget_row(self, rowid: int) -> None:
        """Draw this row again from the store (its state changed)."""
        self._rows.pop(rowid, None)
        for index in [i for i in range(len(self.keys)) if self.keys[i] == rowid][:1]:
            self._forget(index)

    def row(self, index: int) -> StoredArticle | None:
        """The article at ``index``, fetched with the rows around it when not cached."""
        if not 0 <= index < len(self.keys):
            return None
        rowid = self.keys[index]
        if rowid not in self._rows:
            if len(self._rows) > 20_000:
                self._rows.clear()
            window = self.keys[max(0, index - 20):index + max(60, self.size.height * 2)]
            self._rows.update(self.fetch([k for k in window if k not in self._rows]))
        return self._rows.get(rowid)

    @property
    def rows(self) -> list[StoredArticle]:
        """Every listed article (fetches them all: for tests and small lists only)."""
        found = self.fetch(self.keys)
        return [found[k] for k in self.keys if k in found]

    @property
    def current(self) -> StoredArticle | None:
        return self.row(self.cursor)

    # ----- drawing -----

    def on_resize(self) -> None:
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(self.keys))

    def render_line(self, y: int) -> Strip:
        index = y + self.scroll_offset.y
        width = self.size.width
        row = self.row(index) if index < len(self.keys) else None
        if row is None:
            return Strip.blank(width)
        key = (index, width, index == self.cursor)
        strip = self._cache.get(key)
        if strip is None:
            if len(self._cache) > 4000:
                self._cache.clear()
            strip = self._cache[key] = self._draw(row, width, key[2])
        return strip

    def _draw(self, row: StoredArticle, width: int, is_cursor: bool) -> Strip:
        analysis_w = ANALYSIS_W if width >= ANALYSIS_FROM else 0
        rest = max(10, width - MARK_W - DATE_W - COUNT_W - analysis_w - 2)
        source_w = max(6, int(rest * SOURCE_SHARE))
        title_w = max(4, rest - source_w)
        mark = ("●" if not row.read else " ") + ("★" if row.starred else " ") + (
            "Δ" if row.changed else " ")
        count = self.annotations.get(row.id, 0)
        text = Text(no_wrap=True, end="")
        text.append(mark)
        checked = checked_mark(self.checked.get(row.id, 0), self.app.console)
        text.append_text(checked)
        text.append_text(_cell(row.title or row.url, max(1, title_w - len(checked))))
        text.append(" ")
        text.append_text(_cell(row.feed or row.source or row.kind, source_w, "dim"))
        text.append(" ")
        text.append(row.date[:DATE_W].ljust(DATE_W))
        text.append(f"{count:>{COUNT_W - 1}}✎" if count else " " * COUNT_W)
        if analysis_w:
            text.append(_analysis_cell(row.analysis), style="dim")
        base = Style()
        if not row.read:
            base += self.get_component_rich_style("article-list--unread", partial=True)
        if is_cursor:
            base += self.get_component_rich_style("article-list--cursor", partial=True)
        segments = [Segment(s.text, base + s.style if s.style else base)
                    for s in text.render(self.app.console)]
        return Strip(segments).adjust_cell_length(width, base)

    def _forget(self, index: int) -> None:
        for key in [k for k in self._cache if k[0] == index]:
            del self._cache[key]
        self.refresh_lines(index - self.scroll_offset.y, 1)

    # ----- moving -----

    def _scroll_to_cursor(self, animate: bool = False) -> None:
        self.scroll_to_region(Region(0, self.cursor, 1, 1), animate=animate, force=True,
                              immediate=True)

    def move_to(self, index: int) -> None:
        if not self.keys:
            return
        index = max(0, min(index, len(self.keys) - 1))
        if index == self.cursor:
            return
        old, self.cursor = self.cursor, index
        self._forget(old)
        self._forget(index)
        self._scroll_to_cursor()
        self.post_message(self.Highlighted(self.current))

    def action_move(self, step: int) -> None:
        self.move_to(self.cursor + step)

    def action_page(self, direction: int) -> None:
        self.move_to(self.cursor + direction * max(1, self.size.height - 1))

    def action_edge(self, edge: int) -> None:
        self.move_to(0 if edge == 0 else len(self.keys) - 1)

    def action_choose(self) -> None:
        if self.current is not None:
            self.post_message(self.Chosen(self.current))

    def on_click(self, event: object) -> None:
        y = getattr(event, "y", None)
        if y is not None:
            self.move_to(int(y) + self.scroll_offset.y)


def _analysis_cell(counts: str) -> str:
    parts = counts.split()
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return " " * ANALYSIS_W
    entities, quotes, claims = (min(int(p), 99) for p in parts)
    return f" {entities:>2}e {quotes:>2}q {claims:>2}c"


def _cell(value: str, width: int, style: str = "") -> Text:
    text = Text(plain(value), style=style, no_wrap=True, end="")
    text.truncate(width, overflow="ellipsis", pad=True)
    return text
