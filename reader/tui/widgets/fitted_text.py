"""Text that fits its box and says when it was cut: a status line, a quoted selection.

Textual wraps a long status line onto a second row (or, with ``text-overflow``, cuts it
mid-word), and a box with ``max-height`` hides the rest of a long selection with no
sign that anything is missing. ``FittedText`` draws its text in at most ``lines`` rows
of its own width, cut after a whole word with "…" (by terminal cells: CJK and emoji
count two), and re-fits when its width changes. ``update`` keeps the whole text; only
the drawing is cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.widgets import Static

from reader.tui.shown import clamp_lines, cut_words

if TYPE_CHECKING:
    from textual.app import RenderResult


class FittedText(Static):
    """A ``Static`` drawn in at most ``lines`` rows, cut at a word with "…"."""

    DEFAULT_CSS = """
    FittedText { height: auto; text-wrap: nowrap; }
    """

    def __init__(self, content: Any = "", *, lines: int = 1, **kwargs: Any) -> None:
        super().__init__(content, **kwargs)
        self.lines = lines

    @property
    def whole(self) -> Text:
        """The whole text, as given (never markup)."""
        content = self.content
        return content if isinstance(content, Text) else Text(str(content))

    def render(self) -> RenderResult:
        width = self.content_region.width
        if width <= 0:
            return self.whole
        if self.lines == 1:
            return cut_words(self.whole, width)
        return Text(clamp_lines(self.whole.plain, width, self.lines), style=self.whole.style)
