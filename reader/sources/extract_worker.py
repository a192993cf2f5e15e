"""HTML extraction in a worker process with a time and a memory budget.

Why: trafilatura's work grows faster than the page; a 4 MB page of 500,000 paragraphs took
over 150 s and 800 MB, freezing ``analyze`` and whatever loaded the page. Here the page
goes to a separate Python process (``python -m reader.sources.extract_worker``) whose
address space is capped with ``RLIMIT_AS`` when it starts, and the caller waits at most
``Budget.seconds``. Over either budget the worker is killed (it is restarted for the next
page) and the page is extracted again, in a fresh worker under the same budget, by the
fast plain-text reader (``html_plain``); the article then carries a warning. If that is
over budget too, the page is refused with one line.

``extract_html(page, url=None, budget=BUDGET)`` is the one entry point, for files and for
pages fetched from the web alike; ``BUDGET`` is the one place the limits are set. Pages go
to the worker one at a time (a lock), and the worker lives on between pages, so the
interpreter and trafilatura are started once, not per page. The caller's thread only
waits on a pipe, so a UI that calls this from a worker thread stays responsive.

Wire format, both ways: a 4-byte big-endian length, then that many bytes of JSON (ASCII,
so any string, even one holding lone surrogates, survives).
"""

from __future__ import annotations

import atexit
import json
import os
import select
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reader.sources.assemble import Meta, Part

_HEADER = struct.Struct(">I")
START_SECONDS = 60.0
"""How long a new worker may take to start (Python and trafilatura imported): generous,
since two busy cores can make it slow; not part of a page's budget."""


@dataclass(frozen=True)
class Budget:
    """The limits of one page's extraction: wall-clock seconds and address-space bytes."""

    seconds: float = 10.0
    memory: int = 1024 * 1024 * 1024

    def describe(self) -> str:
        return f"{self.seconds:g} s and {self.memory // (1024 * 1024)} MB"


BUDGET = Budget()
"""The budget of every HTML extraction (files and fetched pages)."""


@dataclass
class HtmlExtraction:
    """A page's article: its blocks and metadata; ``notice`` says it is the plain-text
    fallback (empty for a full extraction)."""

    parts: list[Part]
    meta: Meta
    notice: str = ""


class ExtractionFailed(Exception):
    """The page could not be extracted; ``str()`` is the one-line reason."""


class _OverBudget(Exception):
    """The worker ran out of time or memory (or died) on this page."""


# ----- the caller's side -----


class _Worker:
    """One worker process with a given memory cap; killed and replaced when over budget."""

    def __init__(self, memory: int) -> None:
        self.memory = memory
        self.process = subprocess.Popen(
            [sys.executable, "-m", "reader.sources.extract_worker", str(memory)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            close_fds=True, start_new_session=True, env=_worker_environment(),
        )
        ready = self._receive(time.monotonic() + START_SECONDS)
        if ready.get("ready") is not True:
            self.kill()
            raise ExtractionFailed("the HTML extraction worker did not start")

    def ask(self, request: dict[str, Any], seconds: float) -> dict[str, Any]:
        """Send one request and wait at most ``seconds`` for its answer."""
        assert self.process.stdin is not None
        try:
            _send(self.process.stdin, request)
        except OSError:  # the worker is gone (killed by the memory cap, say)
            raise _OverBudget("memory") from None
        return self._receive(time.monotonic() + seconds)

    def _receive(self, deadline: float) -> dict[str, Any]:
        assert self.process.stdout is not None
        header = _read_until(self.process.stdout, _HEADER.size, deadline)
        (length,) = _HEADER.unpack(header)
        return json.loads(_read_until(self.process.stdout, length, deadline))

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


def _worker_environment() -> dict[str, str]:
    """This environment, with the folder holding this ``reader`` package first on the
    path: the worker imports the same code even when it was not installed."""
    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def _read_until(stream: BinaryIO, size: int, deadline: float) -> bytes:
    """Exactly ``size`` bytes from the worker, or ``_OverBudget`` at the deadline or EOF."""
    chunks: list[bytes] = []
    fd = stream.fileno()
    while size > 0:
        left = deadline - time.monotonic()
        if left <= 0:
            raise _OverBudget("time")
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            raise _OverBudget("time")
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:  # the worker died: the memory cap (or a crash in C code)
            raise _OverBudget("memory")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _send(stream: BinaryIO, message: dict[str, Any]) -> None:
    data = json.dumps(message).encode("ascii")
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


_lock = threading.Lock()
_worker: _Worker | None = None
_closing = False
"""Set at exit: a thread still waiting on a page must not start a new worker."""


def _stop_worker() -> None:
    global _worker
    if _worker is not None:
        _worker.kill()
        _worker = None


def _at_exit() -> None:
    global _closing
    _closing = True
    _stop_worker()


atexit.register(_at_exit)


def _run(mode: str, text: str, budget: Budget) -> dict[str, Any]:
    """One extraction in the worker (started or replaced as needed); ``_OverBudget`` when
    over the budget, after which the worker is gone."""
    global _worker
    if _worker is not None and (_worker.memory != budget.memory
                                or _worker.process.poll() is not None):
        _stop_worker()
    if _worker is None:
        if _closing:
            raise ExtractionFailed("the program is closing")
        _worker = _Worker(budget.memory)
    try:
        answer = _worker.ask({"mode": mode, "text": text}, budget.seconds)
    except (_OverBudget, ValueError):
        _stop_worker()
        raise _OverBudget(mode) from None
    if answer.get("over"):  # a MemoryError the worker caught: it ends itself
        _stop_worker()
        raise _OverBudget(mode)
    return answer


def extract_html(page: bytes | str, url: str | None = None,
                 budget: Budget | None = None) -> HtmlExtraction:
    """Extract the article of an HTML page within ``budget`` (default ``BUDGET``); raise
    ``ExtractionFailed`` with one line.

    ``page`` is the decoded text, or the bytes as fetched (decoded like a file). ``url``
    is where it came from, used when the page does not name its own.
    """
    budget = budget or BUDGET
    if isinstance(page, bytes):
        from reader.sources.decode import decode_bytes

        page = decode_bytes(page, url or "").text
    notice = ""
    with _lock:
        try:
            answer = _run("full", page, budget)
        except _OverBudget:
            notice = (f"the page is too large or complex for article extraction within "
                      f"{budget.describe()}; shown as plain text (menus and footers may remain)")
            try:
                answer = _run("plain", page, budget)
            except _OverBudget:
                raise ExtractionFailed(f"the HTML page is too large or complex to read within "
                                       f"{budget.describe()}") from None
    if "refused" in answer:
        raise ExtractionFailed(str(answer["refused"]))
    meta = Meta(**{key: str(value) for key, value in answer["meta"].items()})
    if url and not meta.url:
        meta.url = url
    parts: list[Part] = [(kind, text, int(level)) for kind, text, level in answer["parts"]]
    return HtmlExtraction(parts, meta, notice)


# ----- the worker's side -----


def _serve(memory: int) -> None:
    """Cap the address space, import the extractors, then answer requests until EOF."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    import trafilatura  # noqa: F401  (imported once, before the first page is timed)

    from reader.sources.html import PageRefused, extract_full
    from reader.sources.html_plain import extract_plain

    out, source = sys.stdout.buffer, sys.stdin.buffer
    _send(out, {"ready": True})
    while True:
        header = source.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return  # the caller closed the pipe (it ended, or gave up on us)
        request = json.loads(source.read(_HEADER.unpack(header)[0]))
        extract = extract_full if request["mode"] == "full" else extract_plain
        try:
            answer = extract(request["text"])
        except PageRefused as refused:
            answer = {"refused": str(refused)}
        except MemoryError:
            answer = None
        if answer is None:
            _send(out, {"over": "memory"})
            return
        _send(out, answer)


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
