"""An inter-process lock around every read-modify-write of the database.

Why: TinyDB reads the whole database, changes it in memory and writes it back. Two
running copies of the app (or a UI thread and a worker) doing that at once lose each
other's writes. The lock serialises them.

How: ``flock`` on ``<db>.lock`` plus a re-entrant thread lock. The kernel releases a
``flock`` when its process dies, so a lock file left behind by a killed process never
blocks anyone (there is no pid file that could go stale). On Windows, where ``fcntl``
does not exist, ``msvcrt.locking`` on the first byte of the same file is used; it is
also released by the system when the process ends.

The lock file also carries a generation token: each successful write stores a fresh
random token in it, so a process can tell cheaply and reliably whether someone else
wrote the database since it last looked (stat fields alone can repeat).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import TracebackType

from reader.store.errors import DatabaseError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

TOKEN_SIZE = 16


class DatabaseLock:
    """Re-entrant, inter-process exclusive lock tied to one database path.

    With ``create=False`` and no folder for the database, the lock only serialises
    threads: there is nothing on disk to protect and nothing is created.
    """

    def __init__(self, db_path: Path, *, create: bool = True) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self.create = create
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @property
    def held_on_disk(self) -> bool:
        """True when this process holds the file lock (so it may write)."""
        return self._fd is not None and self._depth > 0

    def __enter__(self) -> DatabaseLock:
        self._thread_lock.acquire()
        try:
            if self._depth == 0:
                self._acquire_file()
            self._depth += 1
        except BaseException:
            self._thread_lock.release()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self._depth -= 1
            if self._depth == 0:
                self._release_file()
        finally:
            self._thread_lock.release()

    def _acquire_file(self) -> None:
        folder = self.path.parent
        try:
            if not folder.is_dir():
                if not self.create:
                    return
                folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            db_path = self.path.with_name(self.path.name[: -len(".lock")])
            raise DatabaseError(
                db_path, f"cannot create its lock file {self.path}: {error.strerror or error}"
            ) from None
        try:
            _lock_fd(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def _release_file(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock_fd(fd)
        finally:
            os.close(fd)

    def token(self) -> bytes:
        """The generation token last stored by a writer (empty when none)."""
        if self._fd is None:
            return b""
        if hasattr(os, "pread"):
            return os.pread(self._fd, TOKEN_SIZE, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)  # pragma: no cover - Windows has no pread
        return os.read(self._fd, TOKEN_SIZE)  # pragma: no cover

    def new_token(self) -> bytes:
        """Store and return a fresh generation token (call after a successful write).

        Best effort: the save is already durable, and other processes also compare the
        files' inode, size and mtime, so a token that cannot be stored is no error.
        """
        token = os.urandom(TOKEN_SIZE)
        if self._fd is None:
            return token
        try:
            if hasattr(os, "pwrite"):
                os.pwrite(self._fd, token, 0)
            else:  # pragma: no cover - Windows
                os.lseek(self._fd, 0, os.SEEK_SET)
                os.write(self._fd, token)
        except OSError:
            return b""  # differs from the file's token: our next read simply reloads
        return token


def _lock_fd(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return
    while True:  # pragma: no cover - Windows: LK_LOCK retries for 10 s, then raises
        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            return
        except OSError:
            continue


def _unlock_fd(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return
    os.lseek(fd, 0, os.SEEK_SET)  # pragma: no cover - Windows
    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # pragma: no cover
