"""Waiting in Pilot tests until the app is quiet, by its workers' states, never by time.

Why not ``await app.workers.wait_for_complete()`` a fixed number of times: it gathers the
workers running at the call, so (1) a worker of an ``exclusive`` group replaced by a newer one
raises ``WorkerCancelled`` out of it and the gather stops waiting for every other worker, and
(2) a worker that finishes by starting others (a refresh reloads the list, which reloads the
sources, which counts the checked claims) needs as many rounds as its chain is long. On a
loaded machine the rounds ran out before the chain did: the desk's re-check test failed once.
"""

from __future__ import annotations

import asyncio
from typing import Any

ROUNDS = 200
"""More rounds than any chain of workers in the app: reaching it means a worker never ends."""


async def settle(pilot: Any) -> None:
    """Return once no worker of the app is running and the messages they posted are handled."""
    app = pilot.app
    for _ in range(ROUNDS):
        running = [worker for worker in app.workers if not worker.is_finished]
        if running:  # cancelled or failed ones are outcomes too: gather them all
            await asyncio.gather(*(worker.wait() for worker in running),
                                 return_exceptions=True)
        await pilot.pause()  # what their call_from_thread and messages started
        if not running and not any(not worker.is_finished for worker in app.workers):
            return
    raise AssertionError(f"workers still running after {ROUNDS} rounds: {list(app.workers)}")
