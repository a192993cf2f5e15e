"""The help screen, generated from the bindings that are live where it was opened.

Never a hand-written table: a remapped key or a new binding shows up by itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from reader.core.text import for_display
from reader.tui.bindings import ID_PREFIX, binding, declared

HELP_WIDTH = 110
"""The help table's widest; it is narrower on a narrower screen (see the .tcss)."""


def binding_rows(
    bindings: dict[str, ActiveBinding], key_display: Callable[[Binding], str]
) -> list[tuple[str, str, str]]:
    """(keys, description, id) per action, keys of one action joined, sorted by id.

    Only Claimdesk's own bindings: their ``claimdesk.`` id is what keymap.toml remaps.
    Textual's widgets bring id-less bindings (``cursor_left`` on a row table,
    ``scroll_right`` on wrapped text, ``focus_next``) that no keymap can change and
    that mostly do nothing here; the few that matter are ``fixed_rows``.
    """
    rows: dict[tuple[str, str], list[str]] = {}
    for active in bindings.values():
        binding = active.binding
        if not binding.description or not (binding.id or "").startswith(ID_PREFIX):
            continue
        group = (binding.id or binding.action, binding.description)
        rows.setdefault(group, []).append(key_display(binding))
    return sorted(
        ((" ".join(keys), description, ident) for (ident, description), keys in rows.items()),
        key=lambda row: row[2],
    )


FIXED = {
    "command_palette": "Command palette",
    "quit": "Quit",
    "page_up": "Page up",
    "page_down": "Page down",
    "screen.copy_text": "Copy the text selected with the mouse",
}
"""Textual's own keys that do something useful in Claimdesk, and what the help calls
them. They have no id, so keymap.toml cannot move them: the help shows (fixed) in the id column."""
FIXED_ID = "(fixed)"


def fixed_rows(
    bindings: dict[str, ActiveBinding], key_display: Callable[[Binding], str]
) -> list[tuple[str, str, str]]:
    """The live keys of ``FIXED`` actions, in ``FIXED`` order, keys of one action joined."""
    keys: dict[str, list[str]] = {}
    for active in bindings.values():
        action = active.binding.action
        if action in FIXED and not active.binding.id:
            keys.setdefault(action, []).append(key_display(active.binding))
    return [(" ".join(keys[action]), FIXED[action], FIXED_ID)
            for action in FIXED if action in keys]


AREAS = {"panel": "side panel"}
"""How the help names the part of a screen whose keys work only while it has focus."""


def elsewhere_rows(
    widgets: Iterable[object], live: list[tuple[str, str, str]],
    remapped: Mapping[str, str], key_display: Callable[[Binding], str],
) -> list[tuple[str, str, str]]:
    """The keys of widgets on the screen that are not live now because the focus is
    elsewhere (the side panel's ``j``/``k``, ``h``/``l`` while the text has focus), each
    saying where it works: the help lists every key of the screen, not only the live ones.
    """
    taken = {row[2] for row in live}
    rows: dict[str, tuple[str, str, str]] = {}
    for widget in widgets:
        for one in getattr(type(widget), "BINDINGS", ()):
            if not isinstance(one, Binding) or not one.id:
                continue
            ident = one.id
            if ident in taken or ident in rows or not one.description:
                continue
            area = ident.split(".")[1]
            shown = shown_keys(one, remapped, key_display)
            rows[ident] = (shown, f"{one.description} ({AREAS.get(area, area)})", ident)
    return sorted(rows.values(), key=lambda row: row[2])


def shown_keys(bound: Binding, remapped: Mapping[str, str],
               key_display: Callable[[Binding], str]) -> str:
    """The keys of a binding as the footer shows them, after the user's keymap."""
    keys = remapped.get(bound.id or "", bound.key)
    return " ".join(key_display(replace(bound, key=key.strip())) for key in keys.split(","))


def keys_of(app: App[object], name: str) -> str:
    """The keys bound now to ``claimdesk.<name>`` on whatever screen declares it, so a
    hint that names a key of another screen follows the user's keymap too."""
    one = declared(ID_PREFIX + name)
    if one is None:
        return name
    return shown_keys(one, getattr(app, "keymap_loaded", {}), app.get_key_display)


KEY_MAX = 12
"""The key column's widest (``ctrl+r``, ``q esc``); longer key lists wrap."""
DESCRIPTION_MIN = 12
PADDING = 2
"""Cells of padding per column (one each side)."""
CHROME = 4
"""The table's border (2) and its vertical scrollbar (2)."""


def column_widths(rows: list[tuple[str, str, str]], total: int) -> tuple[int, int, int]:
    """(key, description, id) widths for a table ``total`` cells wide.

    The id is what a remap in ``keymap.toml`` needs, so it is always shown whole; the
    description takes what is left and wraps (at 80 columns it keeps about 20 cells).
    """
    ident = max((len(row[2]) for row in rows), default=10)
    key = min(KEY_MAX, max((len(row[0]) for row in rows), default=3))
    description = max(DESCRIPTION_MIN, total - CHROME - 3 * PADDING - ident - key)
    return key, description, ident


class HelpScreen(ModalScreen[None]):
    """A table of the keys of the screen below: key, what it does, binding id."""

    BINDINGS = [
        binding("escape,q,question_mark", "app.pop_screen", "Close help", "help.close"),
    ]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows
        self._fitted = 0

    def compose(self) -> ComposeResult:
        yield Static(Text("Keys (remap them by id in keymap.toml) — escape closes",
                          style="bold"), id="help-title")
        yield DataTable(id="help-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        self._fill(self.size.width)
        self.query_one(DataTable).focus()

    def on_resize(self, event: events.Resize) -> None:
        self._fill(event.size.width)

    def _fill(self, width: int) -> None:
        """(Re)build the rows for the table's width: ids whole, descriptions wrapped."""
        table = self.query_one(DataTable)
        total = min(width, HELP_WIDTH)
        if total <= 0 or total == self._fitted:
            return
        self._fitted = total
        key, description, ident = column_widths(self.rows, total)
        table.clear(columns=True)
        table.add_column("Key", width=key)
        if key + description + ident + 3 * PADDING + CHROME > total:
            self._fill_stacked(table, key, total)
            return
        table.add_column("Action", width=description)
        table.add_column("Binding id", width=ident)
        for keys, action, name in self.rows:
            table.add_row(Text(for_display(keys), style="bold", overflow="fold"),
                          Text(for_display(action), overflow="fold"),
                          Text(for_display(name), style="dim", no_wrap=True), height=None)

    def _fill_stacked(self, table: DataTable[Text], key: int, total: int) -> None:
        """Too narrow for three columns (60 cells: the ids ran off the right edge behind
        a sideways scrollbar): each id goes whole under its action, in one column."""
        table.add_column("Action / binding id", width=max(DESCRIPTION_MIN,
                                                           total - CHROME - 2 * PADDING - key))
        for keys, action, name in self.rows:
            cell = Text(for_display(action), overflow="fold")
            cell.append("\n" + for_display(name), style="dim")
            table.add_row(Text(for_display(keys), style="bold", overflow="fold"), cell,
                          height=None)
