"""Reading the annotation database for a listing or an export, damaged records set aside.

One damaged record (a field of the wrong type, typed by hand) made ``claimdesk
annotations`` and ``claimdesk export`` refuse the whole database, so not one sound
annotation could be listed or exported until the file was fixed. Both only read, so the
store's read-only open leaves the damaged records out (``set_aside``, as the TUI's
view-only mode does), and one line on stderr says how many and names the first.

The output is then incomplete, and a script must be able to tell: the exit status is
``INCOMPLETE`` (3), not 0, so that ``claimdesk export -o f && publish f`` stops.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from reader.cli import CliError
from reader.cli.common import terminal_line
from reader.core.plural import counted

INCOMPLETE = 3
"""Exit status: the sound records were listed or exported, some damaged ones were not."""
T = TypeVar("T")


def read_records(path: Path, read: Callable[[Any], T]) -> tuple[T, list[str]]:
    """``read(store)`` on the database opened read-only, and the one-line reasons of the
    records it left out as damaged. A database that cannot be read at all: ``CliError``."""
    from reader.store import StoreError, open_store

    try:
        store = open_store(path, create=False, set_aside=True)
        try:
            result = read(store)
            damaged = list(getattr(store, "set_aside", None) or [])
        finally:
            store.close()
    except StoreError as error:
        raise CliError(str(error)) from None
    return result, damaged


def report_damaged(damaged: list[str]) -> int:
    """Say on stderr, in one line, how many records were left out and the first one's
    reason (its id, the field, the file); return the exit status (0 or ``INCOMPLETE``)."""
    if not damaged:
        return 0
    others = f" (and {counted(len(damaged) - 1, 'other')})" if len(damaged) > 1 else ""
    sys.stderr.write(f"claimdesk: warning: {counted(len(damaged), 'damaged annotation')} "
                     f"left out, the output is incomplete: "
                     f"{terminal_line(damaged[0])}{others}\n")
    return INCOMPLETE
