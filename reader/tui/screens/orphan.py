"""What to do with an orphaned annotation, asked when the reader chooses one.

An orphan's words are no longer in the article's text (the article changed), so the text
cannot be moved to it. Instead of doing nothing, this modal says why and offers the two
things that can be done: edit it (its values, shown with the quote it was made on) or
delete it (after the usual confirmation; ``u`` undoes it). Outside text is shown as
``Content``, never markup.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from reader.tui.bindings import binding
from reader.tui.shown import plain, quoted

OrphanChoice = Literal["edit", "delete"]


def orphan_explanation(quote: str) -> str:
    """The one paragraph that says why the annotation cannot be shown."""
    words = plain(quote)
    words = words if len(words) <= 120 else words[:119] + "…"
    return (f"This annotation cannot be shown in the text: the words it was made on are "
            f"no longer in this version of the article (it is an orphan). Its values are "
            f"kept.\n\nIts words: {quoted(words)}")


class OrphanScreen(ModalScreen["OrphanChoice | None"]):
    """Explain an orphan; dismiss with "edit", "delete" or None (keep it as it is)."""

    AUTO_FOCUS = ""

    DEFAULT_CSS = """
    OrphanScreen {
        align: center middle;
    }
    OrphanScreen > #orphan-box {
        width: 70;
        max-width: 100%;
        height: auto;
        padding: 1 2;
        border: thick $warning 80%;
        background: $surface;
    }
    OrphanScreen #orphan-text {
        margin-bottom: 1;
    }
    OrphanScreen #orphan-buttons {
        height: auto;
    }
    OrphanScreen Button {
        margin-right: 2;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        binding("e", "choose('edit')", "Edit it", "orphan.edit", priority=True),
        binding("d", "choose('delete')", "Delete it", "orphan.delete", priority=True),
        binding("escape,q", "choose('')", "Keep it", "orphan.keep", priority=True),
    ]

    def __init__(self, quote: str) -> None:
        super().__init__()
        self.quote = quote

    def compose(self) -> ComposeResult:
        with Vertical(id="orphan-box"):
            yield Static(Content(orphan_explanation(self.quote)), id="orphan-text")
            with Horizontal(id="orphan-buttons"):
                yield Button(Content("Edit (e)"), id="orphan-edit", variant="primary")
                yield Button(Content("Delete (d)"), id="orphan-delete", variant="warning")
                yield Button(Content("Keep (escape)"), id="orphan-keep")

    def action_choose(self, choice: str) -> None:
        self.dismiss("edit" if choice == "edit" else "delete" if choice == "delete" else None)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        choice = (event.button.id or "").removeprefix("orphan-")
        self.action_choose(choice)
