"""The help screen, generated from the bindings that are live where it was opened.

Never a hand-written table: a remapped key or a new binding shows up by itself.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from reader.core.text import for_display


def binding_rows(
    bindings: dict[str, ActiveBinding], key_display: Callable[[Binding], str]
) -> list[tuple[str, str, str]]:
    """(keys, description, id) per action, keys of one action joined, sorted by id."""
    rows: dict[tuple[str, str], list[str]] = {}
    for active in bindings.values():
        binding = active.binding
        if not binding.description:
            continue
        group = (binding.id or binding.action, binding.description)
        rows.setdefault(group, []).append(key_display(binding))
    return sorted(
        ((" ".join(keys), description, ident) for (ident, description), keys in rows.items()),
        key=lambda row: (not row[2].startswith("claimdesk."), row[2]),
    )


class HelpScreen(ModalScreen[None]):
    """A table of the keys of the screen below: key, what it does, binding id."""

    BINDINGS = [
        Binding("escape,q,question_mark", "app.pop_screen", "Close help",
                id="claimdesk.help.close"),
    ]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield Static(Text("Keys (remap them by id in keymap.toml) — escape closes",
                          style="bold"), id="help-title")
        yield DataTable(id="help-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Key", "Action", "Binding id")
        for keys, description, ident in self.rows:
            table.add_row(Text(for_display(keys), style="bold"), Text(for_display(description)),
                          Text(for_display(ident), style="dim"))
        table.focus()
