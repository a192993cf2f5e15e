"""What changed in an article: the word diff between its last two versions.

Deletions are struck through in red, insertions underlined in green; both are also
marked with brackets for terminals without colour. The text is article text: plain
``Text`` with styles added by offset, never markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from reader.core.text import for_display
from reader.library.diff import Op, diff_summary
from reader.tui.bindings import binding as _b
from reader.tui.shown import shown
from reader.tui.widgets.key_footer import KeyFooter

DELETE_STYLE = "strike bold red"
INSERT_STYLE = "underline bold green"


def diff_text(pieces: list[tuple[Op, str]]) -> Text:
    """The diff as one Text: unchanged words plain, [-deleted-] and {+inserted+} styled."""
    text = Text()
    for op, piece in pieces:
        shown_piece = for_display(piece)
        if op == "equal":
            text.append(shown_piece)
        elif op == "delete":
            text.append("[-" + shown_piece + "-]", style=DELETE_STYLE)
        else:
            text.append("{+" + shown_piece + "+}", style=INSERT_STYLE)
    return text


class DiffScreen(Screen[None]):
    """The changes of one article, from the version before the newest to the newest."""

    BINDINGS = [_b("q,escape,d,D", "app.pop_screen", "Back", "diff.back")]

    def __init__(self, title: str, pieces: list[tuple[Op, str]], old: int, new: int) -> None:
        super().__init__()
        self.title_text = title
        self.pieces = pieces
        self.versions = (old, new)

    def compose(self) -> ComposeResult:
        deleted, inserted = diff_summary(self.pieces)
        head = shown(self.title_text, style="bold")
        head.append(f"\nChanges from version {self.versions[0]} to {self.versions[1]}: "
                    f"{deleted} word(s) deleted, {inserted} inserted", style="italic")
        yield Static(head, id="diff-title")
        with VerticalScroll(id="diff-body"):
            yield Static(diff_text(self.pieces), id="diff-text")
        yield KeyFooter()
