"""One way to declare a key binding, so every binding gets its ``claimdesk.*`` id.

The id is what a user names in ``keymap.toml`` to remap a key, and what the help screen
and the command palette show.
"""

from __future__ import annotations

from textual.binding import Binding


def binding(key: str, action: str, description: str, name: str, show: bool = True) -> Binding:
    """A binding whose id is ``claimdesk.<name>``."""
    return Binding(key, action, description, show=show, id=f"claimdesk.{name}")
