"""Drive the real ``python -m reader`` under a pseudo-terminal and keep every byte it wrote.

Shared by the PTY tests (hostile articles, signals). The child gets a terminal of a fixed
size (``TIOCSWINSZ``) with ``TERM=xterm-256color``; every read is a ``select`` bounded in
time, and the whole run has a deadline, so a hung app fails a test instead of blocking it.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time
from collections.abc import Callable, Mapping

ROWS, COLUMNS = 32, 110
RUN_DEADLINE = 60.0
"""Seconds one whole PTY run may take before it is killed (start, keys, exit)."""
TERMINAL_RESTORED = b"\x1b[?1049l"
"""What Textual writes when it leaves the alternate screen (the terminal is given back)."""

ESCAPES = re.compile(
    rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC
    rb"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    rb"|\x1b[PX^_].*?\x1b\\"  # DCS, SOS, PM, APC
    rb"|\x1b[@-Z\\-_]|\x1b[ -/]*[0-~]",  # two-byte and charset escapes
    re.DOTALL,
)


def visible_text(output: bytes) -> str:
    """What the bytes say once every escape sequence is removed (to find a drawn word)."""
    return ESCAPES.sub(b"", output).decode("utf-8", "replace")


class PtyRun:
    """One ``python -m reader`` under a pseudo-terminal, with everything it wrote kept."""

    def __init__(
        self,
        args: list[str],
        rows: int = ROWS,
        columns: int = COLUMNS,
        env: Mapping[str, str] | None = None,
        deadline: float = RUN_DEADLINE,
    ) -> None:
        self.output = bytearray()
        self.started = time.monotonic()
        self.deadline = deadline
        self.status: int | None = None
        self.ended = False
        """True once the terminal read end-of-file (the app closed it)."""
        child_env = {key: value for key, value in os.environ.items()
                     if not key.startswith("TEXTUAL")}
        child_env.update(TERM="xterm-256color", COLUMNS=str(columns), LINES=str(rows))
        child_env.update(env or {})
        pid, fd = pty.fork()
        if pid == 0:  # the child: become the app
            try:
                os.execve(sys.executable, [sys.executable, "-m", "reader", *args], child_env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))

    def _left(self) -> float:
        return self.deadline - self.elapsed()

    def elapsed(self) -> float:
        """Seconds since the app was started."""
        return time.monotonic() - self.started

    def allow(self, seconds: float) -> None:
        """Let the run go on for at least ``seconds`` more (e.g. a full bound for the exit)."""
        self.deadline = max(self.deadline, self.elapsed() + seconds)

    def _read(self, timeout: float) -> bool:
        """Read what is ready within ``timeout``; False once the terminal is closed."""
        if self.fd < 0 or self.ended:
            return False
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return True
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:  # EIO: the child closed the terminal
            chunk = b""
        self.output.extend(chunk)
        self.ended = not chunk
        return bool(chunk)

    def wait_for(self, needle: bytes, after: int = 0, limit: float = 20.0) -> bool:
        """Read until ``needle`` appears past offset ``after`` (bounded by ``limit``)."""
        return self.wait_until(lambda new: needle in new, after, limit)

    def wait_until(self, check: Callable[[bytes], bool], after: int = 0,
                   limit: float = 20.0) -> bool:
        """Read until ``check(bytes written past after)`` is true (bounded by ``limit``)."""
        end = time.monotonic() + min(limit, self._left())
        while not check(bytes(self.output[after:])):
            if time.monotonic() >= end or not self._read(end - time.monotonic()):
                return bool(check(bytes(self.output[after:])))
        return True

    def settle(self, quiet: float = 0.25, limit: float = 4.0) -> None:
        """Read until nothing arrives for ``quiet`` seconds (bounded by ``limit``)."""
        end = time.monotonic() + min(limit, self._left())
        while time.monotonic() < end:
            before = len(self.output)
            if not self._read(min(quiet, end - time.monotonic())):
                return
            if len(self.output) == before:
                return

    def press(self, key: bytes) -> int:
        """Send one key; return the output offset before it, to wait for its effect."""
        mark = len(self.output)
        os.write(self.fd, key)
        return mark

    def hang_up(self) -> None:
        """Close the terminal as a terminal window does: the kernel sends SIGHUP to the app
        (the session leader), and its reads and writes on the terminal fail from then on."""
        os.close(self.fd)
        self.fd = -1

    def wait_exit(self, limit: float) -> bool:
        """Read the terminal until the app exits; True when it did within ``limit``.

        Waits on a pidfd (and the terminal) with ``select``, so an exit is seen at once.
        """
        end = time.monotonic() + min(limit, max(self._left(), 0.5))
        pidfd = _pidfd(self.pid)
        try:
            while True:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    self.status = os.waitstatus_to_exitcode(status)
                    while self._read(0.05):
                        pass
                    return True
                left = end - time.monotonic()
                if left <= 0:
                    return False
                watched = [fd for fd in (pidfd, -1 if self.ended else self.fd) if fd >= 0]
                ready, _, _ = select.select(watched, [], [], min(left, 0.05 if pidfd < 0 else left))
                if self.fd >= 0 and self.fd in ready:
                    self._read(0)
        finally:
            if pidfd >= 0:
                os.close(pidfd)

    def close(self) -> None:
        """Kill the app if it is still there and release the terminal."""
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except ChildProcessError:
                pass
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def _pidfd(pid: int) -> int:
    """A descriptor that becomes readable when ``pid`` exits (Linux 5.3+), else -1."""
    try:
        return os.pidfd_open(pid)
    except (AttributeError, OSError):
        return -1
