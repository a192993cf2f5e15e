"""The app's link to the annotation database: opened once, used from thread workers.

Opening reads (and checks) the whole file, and every save ends in an ``fsync``, so
neither may run on the UI thread. ``StoreLink`` opens the store in a worker, lets other
workers wait until it is open, and hands out *turns* so that writes run one at a time
in the order the user asked for them (a save, then its undo, never the other way round).
A database that cannot be opened is never written to: the error is kept as one line
and the app goes on as a reader.

A database that can be read but not written (a read-only data folder, a lock file the
user may not write) opens VIEW-ONLY: its annotations are shown, and ``view_only`` holds
the one-line reason every save is refused with; nothing is written, not even anchors.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from reader.core.files import uncreatable_folder
from reader.core.plural import counted
from reader.store import AnnotationStore, open_store
from reader.store.errors import StoreError
from reader.tui.turns import TURN_TIMEOUT, Turns

OPEN_TIMEOUT = 60.0


def one_line(error: BaseException) -> str:
    """An error as one line: its message, or its type when it has none."""
    return " ".join(str(error).split()) or type(error).__name__


class StoreLink:
    """The annotation store of one app session, or the reason it is unavailable."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.store: AnnotationStore | None = None
        self.error: str | None = None
        self.view_only: str | None = None
        """Why the open database cannot be written (None: it can)."""
        self.no_folder = False
        """True when the reason is that the data folder cannot be created at all."""
        self._opened = threading.Event()
        self._turns = Turns()

    @property
    def is_open(self) -> bool:
        """True once opening finished (successfully or not)."""
        return self._opened.is_set()

    def open(self) -> AnnotationStore | None:
        """Open the store (call from a worker); on failure keep the one-line reason.

        When it cannot be opened for writing but can be read, it is opened view-only."""
        try:
            self._open_for_writing()
            if self.error is not None:
                self._open_view_only()
            self._explain_missing_folder()
        finally:
            self._opened.set()
        return self.store

    def _explain_missing_folder(self) -> None:
        """When the data folder cannot even be created, say that (which folder, why)
        instead of the lock's or the view-only wording: ``no_folder`` is then set."""
        if self.error is None and self.view_only is None:
            return
        if not isinstance(self.path, Path):
            return
        problem = uncreatable_folder(self.path.parent)
        if problem is None:
            return
        reason = f"the data folder {self.path.parent} cannot be created: {problem}"
        self.no_folder = True
        if self.error is not None:
            self.error = reason
        else:
            self.view_only = reason

    def _open_for_writing(self) -> None:
        try:
            self.store = open_store(self.path)
        except StoreError as error:
            self.error = one_line(error)
            return
        except OSError as error:
            self.error = f"annotation database {self.path}: {one_line(error)}"
            return
        if not _folder_writable(self.path):
            self.view_only = f"annotation database {self.path}: its folder cannot be written"

    def _open_view_only(self) -> None:
        """Read what cannot be written (``create=False`` writes nothing at all).

        A damaged annotation (a field of the wrong type, a number of 64 bits typed by
        hand) is left out, named in ``view_only``: the others are shown, nothing can be
        saved (a save would have to drop or rewrite it) until it is fixed by hand."""
        try:
            store = open_store(self.path, create=False, set_aside=True)
        except (StoreError, OSError):
            return  # unreadable too: annotations are off, for the first reason
        reason = self.error
        damaged = store.set_aside or []
        if damaged:
            reason = (f"{damaged[0]}; {counted(len(damaged), 'damaged annotation')} left "
                      f"out until fixed by hand")
        self.store, self.view_only, self.error = store, reason, None

    def refusal(self) -> str:
        """The one line a save is refused with in view-only mode."""
        return f"view only, nothing saved ({self.view_only})"

    def fail(self, reason: str) -> None:
        """The store turned out unusable after opening (a bad document read later):
        from now on the app says why instead of waiting for it."""
        self.error = self.error or reason

    def wait(self, timeout: float = OPEN_TIMEOUT) -> AnnotationStore | None:
        """The store once it is open (call from a worker); None when it is unavailable."""
        self._opened.wait(timeout)
        return self.store

    def close(self) -> None:
        """Close the store (every save is already on disk)."""
        store, self.store = self.store, None
        if store is not None:
            # Nothing acknowledged can be lost here: every save was already fsynced.
            with suppress(StoreError, OSError):
                store.close()

    def ticket(self) -> int:
        """Take a place in the write queue (call on the UI thread, in the user's order)."""
        return self._turns.ticket()

    @contextmanager
    def turn(self, ticket: int) -> Iterator[None]:
        """Wait until every earlier ticket is done, then hold the turn."""
        with self._turns.turn(ticket, TURN_TIMEOUT):
            yield


def _folder_writable(path: Path | str) -> bool:
    """Whether this user may write in the database file's folder (in-memory stores:
    always): the lock may open and yet no save could replace the file."""
    text = str(path)
    if not isinstance(path, Path) and (text.startswith("memory:") or text == ":memory:"):
        return True
    return os.access(Path(path).parent, os.W_OK)
