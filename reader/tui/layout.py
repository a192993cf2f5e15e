"""Word wrapping of the canonical text into visual lines, measured in terminal cells.

Pure Python (no Textual) so that it can be tested on its own. Offsets are code points
into the text; widths are cells (``rich.cells.cell_len``), so wide CJK characters and
emoji take two cells and never split a line in the middle of a character.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len, get_character_cell_size

_TOKEN = re.compile(r"\s*\S+\s*|\s+")

Line = tuple[int, int]
"""A visual line: ``(start, end)`` code-point offsets, end exclusive, no newline inside."""


def wrap_text(text: str, width: int) -> list[Line]:
    """Split ``text`` into visual lines no wider than ``width`` cells.

    Every newline ends a line (a blank line stays a blank line). Lines break between
    words; a word wider than the line is split between characters. Trailing spaces may
    run past ``width``: they are invisible and cropped when drawn.
    """
    width = max(1, width)
    lines: list[Line] = []
    position = 0
    for logical in text.split("\n"):
        end = position + len(logical)
        lines.extend(_wrap_logical(text, position, end, width))
        position = end + 1
    return lines


def _wrap_logical(text: str, start: int, end: int, width: int) -> list[Line]:
    """Wrap one newline-free stretch ``text[start:end]``."""
    if start == end:
        return [(start, start)]
    lines: list[Line] = []
    line_start = start
    used = 0
    for match in _TOKEN.finditer(text, start, end):
        token_start, token_end = match.span()
        token = match.group()
        word = token.rstrip()
        word_width = len(word) if word.isascii() else cell_len(word)
        if used and used + word_width > width:
            lines.append((line_start, token_start))
            line_start, used = token_start, 0
        if word_width > width:
            word_end = token_start + len(token.rstrip())
            line_start, used = _split_long(text, token_start, word_end, width, lines)
            used += token_end - word_end
            continue
        used += word_width + len(token) - len(word)
    lines.append((line_start, end))
    return lines


def _split_long(text: str, start: int, end: int, width: int, lines: list[Line]) -> Line:
    """Split a token wider than the line between characters; return the open line."""
    line_start, used = start, 0
    for index in range(start, end):
        size = get_character_cell_size(text[index])
        if used + size > width and used:
            lines.append((line_start, index))
            line_start, used = index, 0
        used += size
    return line_start, used


def line_index(lines: LineTable, offset: int) -> int:
    """The index of the visual line holding ``offset`` (clamped to the document)."""
    if not lines:
        return 0
    return max(0, min(len(lines) - 1, bisect_right(lines.starts, offset) - 1))


def offset_at_cell(text: str, line: Line, x: int) -> int:
    """The code-point offset drawn at cell column ``x`` of ``line`` (for mouse clicks)."""
    used = 0
    for index in range(line[0], line[1]):
        used += get_character_cell_size(text[index])
        if used > x:
            return index
    return max(line[0], line[1] - 1) if line[1] > line[0] else line[0]


class LineTable(list[Line]):
    """Visual lines plus the list of their start offsets, for fast lookups."""

    def __init__(self, lines: list[Line]) -> None:
        super().__init__(lines)
        self.starts = [line[0] for line in lines]
