"""The mark of an article whose candidates match a claim annotated elsewhere: ``✓3`` before
its title in the library lists (``v3`` on a terminal that cannot draw ✓). The count itself
comes from the core (``reader.across.checked``); this only draws it."""

from __future__ import annotations

from typing import Any

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


class CheckedWaiter:
    """Reads the across index's checked counts for one list, once they are ready.

    The links are built in the background; a list asks again each time it is shown, and
    one waiting worker per list is enough (the others return at once and leave the
    drawing to it). Not an exclusive worker: a cancelled one would fail the callers
    waiting for all."""

    def __init__(self) -> None:
        self._waiting = False

    def counts(self, across: Any, worker: Any) -> dict[str, int] | None:
        """The counts by article id, or ``None`` when another worker waits or this one
        was cancelled."""
        if not across.checked_done():
            if self._waiting:
                return None
            self._waiting = True
            try:
                while not worker.is_cancelled and not across.checked_done():
                    across.checked_counts(timeout=1.0)
            finally:
                self._waiting = False
        if worker.is_cancelled:
            return None
        return across.checked_counts(timeout=0)
