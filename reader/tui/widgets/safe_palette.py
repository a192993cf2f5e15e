"""The command palette with its search field drawn neutralised, like every other field.

Textual's ``CommandPalette`` composes a plain ``Input``: a pasted ``ESC ] 52 ;`` or a
bidi override would reach the terminal as typed. ``SafeCommandPalette`` gives that field
the same highlighter as ``SafeInput`` once it is mounted, and ``SafePaletteMixin`` makes
the app open this palette wherever Textual would open its own (``ctrl+p``, the theme
picker, ``search_commands``), through the public methods that push it.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import App
from textual.command import CommandInput, CommandListItem, CommandPalette, SimpleProvider
from textual.theme import ThemeProvider
from textual.widget import AwaitMount

from reader.tui.widgets.safe_input import neutraliser


class SafeCommandPalette(CommandPalette):
    """A ``CommandPalette`` whose search field never draws control characters."""

    def on_mount(self) -> None:
        for field in self.query(CommandInput):
            field.highlighter = neutraliser()


class SafePaletteMixin(App[None]):
    """Opens ``SafeCommandPalette`` where ``App`` opens a ``CommandPalette``."""

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(SafeCommandPalette(id="--command-palette"))

    def search_commands(self, commands: Sequence[CommandListItem],
                        placeholder: str = "Search for commands…") -> AwaitMount:
        return self.push_screen(SafeCommandPalette(  # type: ignore[return-value]
            providers=[SimpleProvider(self.screen, commands)], placeholder=placeholder))

    def search_themes(self) -> None:
        self.push_screen(SafeCommandPalette(providers=[ThemeProvider],
                                            placeholder="Search for themes…"))
