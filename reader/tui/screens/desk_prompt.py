"""A one-line question (the address of a feed to add); dismisses with the text or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.core.text import typed_text
from reader.tui.bindings import binding as _b
from reader.tui.widgets.safe_input import SafeInput


class PromptScreen(ModalScreen[str | None]):
    DEFAULT_CSS = """
    PromptScreen { align: center middle; }
    PromptScreen > Vertical { width: 70; max-width: 100%; height: auto; padding: 1 2;
                              border: thick $accent; background: $surface; }
    """
    BINDINGS = [_b("escape", "cancel", "Cancel", "prompt.cancel")]

    def __init__(self, question: str, value: str = "", allow_empty: bool = False) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.allow_empty = allow_empty

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question, markup=False)
            yield SafeInput(value=self.value, id="prompt-input")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        value = typed_text(event.value).strip()  # a pasted colour code is not an address
        self.dismiss(value if value or self.allow_empty else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
