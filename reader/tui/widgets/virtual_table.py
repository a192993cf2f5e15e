"""VirtualTable: a table of any number of rows, drawn line by line (the Line API).

Only the rows on screen are turned into ``Strip`` objects, so 100,000 rows open as fast
as ten and a key press redraws two lines. Cells are plain strings from outside the
program (claims, names, titles): they are neutralised (``plain``) when drawn, never
parsed as markup. A cell may carry a style per row (``styles``), e.g. a verdict colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.tui.bindings import binding as _b
from reader.tui.shown import plain

FLEX_WANTED = 20
"""Cells a flexible column (a claim, a title) is given before fixed columns shrink."""


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its key, header and width in cells (0: takes the remaining width)."""

    key: str
    label: str
    width: int = 0
    least: int = 0
    """A fixed column may shrink down to this many cells in a narrow terminal, so the
    flexible ones stay readable (0: never shrinks)."""


def fit(value: str, width: int) -> str:
    """``value`` as one line of exactly ``width`` cells (clipped with an ellipsis)."""
    text = plain(value)
    if cell_len(text) <= width:
        return text + " " * (width - cell_len(text))
    out, used = [], 0
    for char in text:
        size = cell_len(char)
        if used + size > width - 1:
            break
        out.append(char)
        used += size
    return "".join(out) + "…" + " " * (width - 1 - used)


class VirtualTable(ScrollView, can_focus=True):
    """Rows of cells with a row cursor; ``Highlighted`` and ``Selected`` messages."""

    DEFAULT_CSS = """
    VirtualTable {
        height: 1fr;
        scrollbar-size-vertical: 1;
        /* rows are cut to the width; the virtual width counted the vertical scrollbar's
           cell, and a sideways scrollbar took the last row (a stray ▏ at 60 columns) */
        overflow-x: hidden;
    }
    VirtualTable > .virtual-table--header {
        text-style: bold;
        background: $panel;
    }
    VirtualTable > .virtual-table--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: bold;
    }
    """
    COMPONENT_CLASSES = {"virtual-table--header", "virtual-table--cursor"}
    BINDINGS = [
        _b("down,j", "move(1)", "Down", "table.down", False),
        _b("up,k", "move(-1)", "Up", "table.up", False),
        _b("pagedown", "page(1)", "Page down", "table.page_down", False),
        _b("pageup", "page(-1)", "Page up", "table.page_up", False),
        _b("home,g", "move_to(0)", "First", "table.first", False),
        _b("end,G", "move_to(-1)", "Last", "table.last", False),
        _b("enter", "select", "Open", "table.open", False),
    ]

    class Highlighted(Message):
        def __init__(self, table: VirtualTable, row: int) -> None:
            super().__init__()
            self.table = table
            self.row = row

        @property
        def control(self) -> VirtualTable:
            return self.table

    class Selected(Highlighted):
        pass

    def __init__(self, columns: Sequence[Column], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = list(columns)
        self.rows: list[Sequence[str]] = []
        self.row_style: Callable[[int, int], str] | None = None
        """(row, column) → a style for that cell (e.g. the verdict's colour), or ""."""
        self.cursor = 0
        self._strips: LRUCache[tuple[int, int, bool], Strip] = LRUCache(1024)
        self._styles: dict[str, Style] = {}
        self._widths: dict[int, list[int]] = {}

    # ----- data -----

    def set_rows(self, rows: list[Sequence[str]], keep: int | None = None) -> None:
        """Show ``rows`` (the cursor goes to ``keep`` or stays in range)."""
        self.rows = rows
        self._strips.clear()
        self.cursor = min(keep if keep is not None else self.cursor, max(0, len(rows) - 1))
        self.virtual_size = Size(self.size.width, len(rows) + 1)
        self.refresh()
        self._scroll_to_cursor()
        self.post_message(self.Highlighted(self, self.cursor))

    @property
    def row_count(self) -> int:
        return len(self.rows)

    # ----- keys -----

    def action_move(self, step: int) -> None:
        self.move_cursor(self.cursor + step)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self.cursor + direction * max(1, self.size.height - 2))

    def action_move_to(self, row: int) -> None:
        self.move_cursor(row if row >= 0 else len(self.rows) - 1)

    def action_select(self) -> None:
        if self.rows:
            self.post_message(self.Selected(self, self.cursor))

    def move_cursor(self, row: int) -> None:
        if not self.rows:
            return
        row = max(0, min(row, len(self.rows) - 1))
        if row == self.cursor:
            return
        old, self.cursor = self.cursor, row
        self._refresh_row(old)
        self._refresh_row(row)
        self._scroll_to_cursor()
        self.post_message(self.Highlighted(self, row))

    def on_click(self, event: events.Click) -> None:
        row = int(self.scroll_offset.y) + event.y - 1
        if 0 <= row < len(self.rows):
            if row == self.cursor and event.chain > 1:
                self.action_select()
            self.move_cursor(row)

    def _scroll_to_cursor(self) -> None:
        top = int(self.scroll_offset.y)
        visible = max(1, self.size.height - 1)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + visible:
            self.scroll_to(y=self.cursor - visible + 1, animate=False)

    def _refresh_row(self, row: int) -> None:
        y = row - int(self.scroll_offset.y) + 1
        if 0 <= y < self.size.height:
            self.refresh_line(y)

    # ----- drawing -----

    def widths(self, total: int) -> list[int]:
        """Each column's width for ``total`` cells (flexible columns share the rest).

        When the flexible columns would get fewer than ``FLEX_WANTED`` cells each, the
        fixed columns that may shrink give up cells first, the one with most to spare
        first (80 columns showed a claim in 9 cells beside a 14-cell claimant)."""
        cached = self._widths.get(total)
        if cached is not None:
            return cached
        sizes = [c.width for c in self.columns]
        flexible = [n for n, c in enumerate(self.columns) if not c.width]
        room = total - sum(sizes) - len(self.columns)
        while flexible and room < FLEX_WANTED * len(flexible):
            spare = [(sizes[n] - c.least, n) for n, c in enumerate(self.columns)
                     if c.width and c.least and sizes[n] > c.least]
            if not spare:
                break
            sizes[max(spare)[1]] -= 1
            room += 1
        share = max(8, room) // max(1, len(flexible))
        for n in flexible:
            sizes[n] = share
        self._widths[total] = sizes
        return sizes

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        widths = self.widths(width)
        base = self.rich_style
        if y == 0:
            header = self.get_component_rich_style("virtual-table--header")
            cells = " ".join(fit(c.label, w) for c, w in zip(self.columns, widths, strict=True))
            return Strip([Segment(cells, base + header)]).crop_extend(0, width, base + header)
        row = int(self.scroll_offset.y) + y - 1
        if row >= len(self.rows):
            return Strip.blank(width, base)
        key = (row, width, row == self.cursor)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = self._row_strip(row, width, widths, base)
        return strip

    def _row_strip(self, row: int, width: int, widths: list[int], base: Style) -> Strip:
        """One row drawn (cached by row, width and whether the cursor is on it)."""
        cursor = row == self.cursor
        style = base + self.get_component_rich_style("virtual-table--cursor") if cursor else base
        segments = []
        for column, (value, cell_width) in enumerate(zip(self.rows[row], widths, strict=False)):
            cell_style = style
            if self.row_style is not None and not cursor:
                extra = self.row_style(row, column)
                if extra:
                    parsed = self._styles.get(extra)
                    if parsed is None:
                        parsed = self._styles[extra] = Style.parse(extra)
                    cell_style = style + parsed
            segments.append(Segment(fit(value, cell_width), cell_style))
            segments.append(Segment(" ", style))
        return Strip(segments).crop_extend(0, width, style)
