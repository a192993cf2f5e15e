"""Column widths of the library table, fitted to the terminal width.

Pure (no Textual) so it can be tested on its own. Every column stays visible at 80
columns without horizontal scrolling: the fixed columns (date, language, counts) keep
their width, the source shrinks down to a minimum, and the title takes what is left,
never less than ``TITLE_MIN`` cells (text that does not fit ends in an ellipsis).

The table draws with ``cell_padding=0``; each width here includes one cell of gap
(after left-aligned text, before right-aligned counts; the first count needs none, the
language column's gap is before it), so eight columns cost seven cells of spacing
instead of sixteen. The widths are computed from the table's content width, which
leaves out the vertical scrollbar only when there is one.

At 110 columns the title keeps 46 cells and the source 22: ``tests/test_hostile_tui.py``
needs both (the markup marker sits 45 characters into its hostile title).

Below 80 columns not every column fits beside a readable title: the least useful ones
leave, in ``DROP_ORDER`` (at 60 columns the table scrolled sideways instead, its
scrollbar taking a row, and the counts right of "Ents" were out of sight).
"""

from __future__ import annotations

from typing import NamedTuple

from rich.text import Text

from reader.core.folding import find_folded
from reader.tui.shown import plain

GAP = 1
TITLE_MIN = 24
SOURCE_MIN = 8
SOURCE_MAX = 24
SOURCE_SHARE = 0.33
"""The source's share of the room left after the fixed columns (the title gets the rest)."""
COUNT_DIGITS = 4
MATCH_STYLE = "bold underline"
"""How the library filter's matches are marked in the title and source cells."""


class Column(NamedTuple):
    key: str
    label: str
    numeric: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("title", "Title"), Column("source", "Source"), Column("date", "Date"),
    Column("language", "Lang"), Column("annotations", "Annot", True),
    Column("entities", "Ents", True), Column("quotes", "Quotes", True),
    Column("claims", "Claims", True),
)
FIXED_CONTENT = {"date": 10, "language": 4}


def _fixed_width(column: Column, after_text: bool) -> int:
    content = FIXED_CONTENT.get(column.key, len(column.label))
    if column.numeric:
        content = max(content, COUNT_DIGITS)
    return content if after_text and column.numeric else content + GAP


DROP_ORDER = ("quotes", "entities", "language", "claims")
"""Columns left out, first to last, when the width cannot hold them all."""


def _fixed_widths(columns: list[Column]) -> dict[str, int]:
    return {column.key: _fixed_width(column, not previous.numeric)
            for previous, column in zip(columns, columns[1:], strict=False)
            if column.key != "source"}


def _widths_of(shown: list[Column], total: int) -> dict[str, int]:
    widths = _fixed_widths(shown)
    rest = total - sum(widths.values())
    source = max(SOURCE_MIN, min(SOURCE_MAX, round(rest * SOURCE_SHARE) - GAP)) + GAP
    title = max(TITLE_MIN + GAP, rest - source)
    every = {"title": title, "source": source, **widths}
    return {column.key: every[column.key] for column in shown}


def column_widths(total: int) -> dict[str, int]:
    """Width of each visible column (gap included), in screen order, for a table
    ``total`` content cells wide; the columns of ``DROP_ORDER`` leave while they
    would not fit."""
    shown = list(COLUMNS)
    widths = _widths_of(shown, total)
    for key in DROP_ORDER:
        if sum(widths.values()) <= total:
            break
        shown = [column for column in shown if column.key != key]
        widths = _widths_of(shown, total)
    return widths


def fit(value: str, width: int, marked: str = "") -> Text:
    """Outside text in one cell ``width`` wide (gap included): clipped by cells with an
    ellipsis, so wide characters and emoji never overflow the column. The matches of the
    filter ``marked`` (ignoring case and accents) are underlined on the original text."""
    text = Text(plain(value), no_wrap=True, end="")
    for start, end in find_folded(text.plain, marked) if marked else ():
        text.stylize(MATCH_STYLE, start, end)
    text.truncate(max(1, width - GAP), overflow="ellipsis")
    return text


def count_cell(value: int | str) -> Text:
    """A count, right-aligned under its right-aligned header."""
    return Text(str(value), justify="right", no_wrap=True, end="")


def header(column: Column) -> Text:
    return Text(column.label, justify="right" if column.numeric else "left", end="")
