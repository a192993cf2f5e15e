"""Editable fields that draw a neutralised view of their value and keep the value intact.

Textual's ``Input`` and ``TextArea`` send their text to the terminal as it is: a claim
imported with ``ESC ] 52 ;`` in it writes to the clipboard, a bidi override reorders the
line. These subclasses draw every character through ``for_display`` (the article view's
neutraliser: controls become visible placeholders, bidi and zero-width marks visible
stand-ins, one for one), while ``value`` / ``text`` - what is edited and saved - keeps
the original characters. Two layers, both public API:

- ``SafeInput`` gives the input a highlighter that rewrites the drawn copy of the value,
  so its width, cursor and selection are computed on what is drawn;
- both classes filter every line they render (``render_line``), which also covers the
  completion suggestion, the placeholder and ``TextArea``'s own drawing.
"""

from __future__ import annotations

from typing import Any

from rich.highlighter import Highlighter
from rich.segment import Segment
from rich.text import Text
from textual.strip import Strip
from textual.widgets import Input, TextArea

from reader.core.text import for_display


class _Neutraliser(Highlighter):
    """Replaces the characters of the drawn copy (same length, so styles stay in place)."""

    def highlight(self, text: Text) -> None:
        shown = for_display(text.plain)
        if shown != text.plain:
            text.plain = shown


def neutraliser() -> Highlighter:
    """A highlighter that draws the value of any ``Input`` neutralised (same length)."""
    return _Neutraliser()


def neutral_strip(strip: Strip) -> Strip:
    """``strip`` with every segment's text passed through ``for_display``, same width."""
    segments = [Segment(for_display(segment.text), segment.style) for segment in strip]
    neutral = Strip(segments)
    if neutral.cell_length != strip.cell_length:
        # An invisible character took no cell and its stand-in takes one: keep the width.
        neutral = neutral.crop_extend(0, strip.cell_length, None)
    return neutral


class SafeInput(Input):
    """An ``Input`` whose value is edited and saved as typed, and drawn neutralised."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("highlighter", neutraliser())
        super().__init__(*args, **kwargs)

    def render_line(self, y: int) -> Strip:
        return neutral_strip(super().render_line(y))


class SafeTextArea(TextArea):
    """A ``TextArea`` whose text is edited and saved as typed, and drawn neutralised."""

    def render_line(self, y: int) -> Strip:
        return neutral_strip(super().render_line(y))
