"""The mark of an article whose candidates match a claim annotated elsewhere: ``✓3`` before
its title in the library lists (``v3`` on a terminal that cannot draw ✓). The count itself
comes from the core (``reader.across.checked``); this only draws it."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

MARK = "✓"
ASCII_MARK = "v"
STYLE = "bold green"


def checked_mark(count: int, console: Console | None = None) -> Text:
    """``✓3 `` for three checked candidates, empty for none."""
    if count <= 0:
        return Text("", end="")
    ascii_only = console is not None and console.options.ascii_only
    return Text(f"{ASCII_MARK if ascii_only else MARK}{count} ", style=STYLE, end="")
