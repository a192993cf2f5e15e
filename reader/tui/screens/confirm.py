"""A yes/no question in a small modal, answered with one key.

Used before anything that throws away the user's work (discarding a typed annotation).
`enter` or `y` answers yes, `n` or `escape` answers no; both take precedence over the
focused widget, so the answer never depends on which button happens to have focus.
The question is shown as plain text, never parsed as markup, its controls and bidi
marks made visible (it may quote an imported claim).
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from reader.core.text import for_display
from reader.tui.bindings import binding

QUESTION_WIDTH = 64
"""The question's widest (the box adds its padding and border: 70 cells)."""
BOX_FRAME = 8
"""The box's padding and border, and a cell of screen on each side."""


class ConfirmScreen(ModalScreen[bool]):
    """Ask ``question``; dismisses with True (yes) or False (no)."""

    AUTO_FOCUS = ""

    DEFAULT_CSS = """
    ConfirmScreen {
        align: center middle;
    }
    ConfirmScreen > #confirm-box {
        width: auto;
        min-width: 36;
        max-width: 100%;  /* the question's width sets it: 70 cells at most */
        height: auto;
        padding: 1 2;
        border: thick $warning 80%;
        background: $surface;
    }
    ConfirmScreen #confirm-question {
        width: auto;
        max-width: 64;
        margin-bottom: 1;
    }
    ConfirmScreen #confirm-buttons {
        width: auto;
        height: auto;
    }
    ConfirmScreen Button {
        margin-right: 2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        binding("enter,y", "answer(True)", "Yes", "confirm.yes", priority=True),
        binding("n,escape", "answer(False)", "No", "confirm.no", priority=True),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Static(Content(for_display(self.question)), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(Content("Yes (y)"), id="confirm-yes", variant="warning")
                yield Button(Content("No (n)"), id="confirm-no")

    def on_resize(self, event: events.Resize) -> None:
        """The question wraps inside the screen: at 60 columns a 64-cell question made
        the box 70 wide, its right border and the end of each line off the screen."""
        room = max(20, event.size.width - BOX_FRAME)
        self.query_one("#confirm-question", Static).styles.max_width = min(
            QUESTION_WIDTH, room)

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        self.dismiss(yes)

    @on(Button.Pressed, "#confirm-yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def _no(self) -> None:
        self.dismiss(False)
