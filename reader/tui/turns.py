"""Writes from thread workers, run one at a time in the order the user asked for them.

A worker started later may reach the database first (threads are scheduled freely): two
quick saves could land the wrong way round, the earlier one overwriting the later. The
UI thread takes a *ticket* when the user asks (in the user's order); the worker waits
for its ticket's *turn* before writing. No Textual here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

TURN_TIMEOUT = 30.0
"""A turn whose worker never ran (the app is closing) stops blocking the next after this."""


class Turns:
    """A queue of tickets: ``ticket()`` on the UI thread, ``turn(ticket)`` in the worker."""

    def __init__(self) -> None:
        self._turns = threading.Condition()
        self._next_ticket = 0
        self._serving = 0

    def ticket(self) -> int:
        """Take a place in the write queue (call on the UI thread, in the user's order)."""
        with self._turns:
            ticket = self._next_ticket
            self._next_ticket += 1
            return ticket

    @contextmanager
    def turn(self, ticket: int, timeout: float = TURN_TIMEOUT) -> Iterator[None]:
        """Wait until every earlier ticket is done, then hold the turn."""
        with self._turns:
            self._turns.wait_for(lambda: self._serving >= ticket, timeout)
        try:
            yield
        finally:
            with self._turns:
                self._serving = max(self._serving, ticket + 1)
                self._turns.notify_all()
