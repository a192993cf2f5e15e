"""The export prompt of the Annotations screen: a file name, whose ending chooses the
format, and ``Include unrated``, the TUI's ``claimdesk export --include-unrated``.

A ClaimReview file is what a newsroom publishes, so annotations without a verdict are
left out of it unless the box is ticked (the same rule, and the same words, as the
command line); the other formats always hold every annotation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Static

from reader.core.plural import counted
from reader.core.text import typed_text
from reader.tui.bindings import binding as _b
from reader.tui.shown import shown
from reader.tui.widgets.safe_input import SafeInput

EXPORT_SUFFIXES = {".jsonl": "jsonl", ".csv": "csv", ".w3c.json": "w3c",
                   ".claimreview.json": "claimreview"}
INCLUDE_UNRATED = "Include unrated"
UNRATED_HELP = ("ClaimReview: also export annotations without a verdict (unrated); by "
                "default they are left out, so that unreviewed claims are never published "
                "as fact-checks")
"""Under the box: the words of ``claimdesk export --help`` for ``--include-unrated``."""
HOW_TO_INCLUDE = "tick Include unrated in the export prompt to export unrated ones too"
"""How the TUI's left-out line ends (the CLI's: "add --include-unrated to ...")."""


def export_format(name: str) -> str | None:
    """The export format a file name asks for (by its ending), or None."""
    lowered = name.lower()
    for suffix in sorted(EXPORT_SUFFIXES, key=len, reverse=True):
        if lowered.endswith(suffix):
            return EXPORT_SUFFIXES[suffix]
    return None


def unrated_ignored(fmt: str) -> str:
    """The line for a ticked box with a format it does not change (the CLI's note)."""
    return f"Include unrated only changes ClaimReview; {fmt} always exports every annotation"


@dataclass(frozen=True)
class ExportChoice:
    """What the prompt was answered with."""

    path: Path
    include_unrated: bool = False


class ExportScreen(ModalScreen[ExportChoice | None]):
    """Asks for the file to export to (its ending chooses the format) and whether
    ClaimReview includes unrated annotations."""

    BINDINGS = [_b("escape", "cancel", "Cancel", "export.cancel")]

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count
        self._replace = ""
        """The existing file the user was warned about: ``enter`` again replaces it."""

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Export {counted(self.count, 'annotation')} to (.jsonl .csv "
                          ".w3c.json .claimreview.json):"), id="export-question")
        yield SafeInput(value="claimdesk-annotations.jsonl", id="export-path")
        yield Checkbox(INCLUDE_UNRATED, False, id="export-unrated")
        yield Static(Text(UNRATED_HELP, style="dim"), id="export-unrated-help")
        yield Static(Text(""), id="export-problem")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        value = typed_text(event.value).strip()  # never a file named with a colour code
        if export_format(value) is None:
            self.query_one("#export-problem", Static).update(
                Text("Name the file .jsonl, .csv, .w3c.json or .claimreview.json"))
            return
        if Path(value).expanduser().exists() and value != self._replace:
            # an earlier export (or any file so named) is replaced only when asked twice
            self._replace = value
            self.query_one("#export-problem", Static).update(
                shown(f"{value} exists: enter again to replace it"))
            return
        include = self.query_one("#export-unrated", Checkbox).value
        self.dismiss(ExportChoice(Path(value).expanduser(), include))

    def action_cancel(self) -> None:
        self.dismiss(None)
