"""An inter-process lock around every read-modify-write of the database.

Why: TinyDB reads the whole database, changes it in memory and writes it back. Two
running copies of the app (or a UI thread and a worker) doing that at once lose each
other's writes. The lock serialises them.

How: ``flock`` on the database's FOLDER (an open descriptor of the directory) plus a
re-entrant thread lock. The kernel releases a ``flock`` when its process dies, so a
killed process never blocks anyone (there is no pid file that could go stale). The
folder, unlike a lock file, cannot be deleted out from under a running copy: it is not
empty while the database is in it, and a name can be unlinked and re-created while a
descriptor still locks the old file. With ``<db>.lock`` as the lock, deleting that file
while two copies ran let each lock a different file and lose up to a quarter of the
records (issue 12). The rule: **one writer at a time per folder**; several databases in
one folder simply take turns. On Windows, where ``fcntl`` does not exist and an open
file cannot be deleted, ``msvcrt.locking`` on the first byte of ``<db>.lock`` is used; it
is also released by the system when the process ends.

A read-only store (``create=False``) creates nothing: it locks the folder if it exists
(read access is enough for ``flock``) and otherwise reads without an on-disk lock.

``<db>.lock`` carries a generation token: each successful write stores a fresh random
token in it, so a process can tell cheaply and reliably whether someone else wrote the
database since it last looked (stat fields alone can repeat). Deleting it is harmless:
the next writer re-creates it with a fresh token, so every reader reloads once. It is
opened with ``O_NONBLOCK`` and must be a regular file, so a FIFO put in its place cannot
block. A read-only store only opens an existing one.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path
from types import TracebackType

from reader.core.files import describe_mode
from reader.store.errors import DatabaseError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

TOKEN_SIZE = 16


class DatabaseLock:
    """Re-entrant, inter-process exclusive lock tied to one database path.

    With ``create=False`` and no lock file, the lock only serialises threads: nothing is
    created on disk.
    """

    def __init__(self, db_path: Path, *, create: bool = True) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self.folder = db_path.parent
        self.create = create
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd: int | None = None  # the token file
        self._locked: int | None = None  # what is flocked: the folder (POSIX)

    @property
    def held_on_disk(self) -> bool:
        """True when this process holds the inter-process lock (so it may write)."""
        return self._locked is not None and self._depth > 0

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
        if fcntl is None:  # pragma: no cover - Windows: the token file is the lock
            fd = self._open_file()
            if fd is not None:
                try:
                    _lock_fd(fd)
                except BaseException:
                    os.close(fd)
                    raise
            self._fd = self._locked = fd
            return
        folder = self._open_folder()
        if folder is None:
            return
        try:
            _lock_fd(folder)
            self._fd = self._open_file()
        except BaseException:
            os.close(folder)  # closing releases the flock too
            raise
        self._locked = folder
        if self.create and len(self.token()) < TOKEN_SIZE:
            self.new_token()  # a new or emptied token file: make every reader reload

    def _open_folder(self) -> int | None:
        """The database's folder, opened for locking (created when allowed)."""
        flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            if self.create:
                self.folder.mkdir(parents=True, exist_ok=True)
            return os.open(self.folder, flags)
        except (FileNotFoundError, NotADirectoryError, FileExistsError):
            if not self.create:
                return None
            raise self._error("cannot be created", "a part of the path is not a folder") from None
        except OSError as error:
            reason = (error.strerror or str(error)).lower()
            raise DatabaseError(self.folder, f"its folder cannot be locked: {reason}") from None

    def _open_file(self) -> int | None:
        """The lock file, opened (and created when allowed); None: read without it."""
        flags = os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
        try:
            if not self.create:
                return self._checked(os.open(self.path, os.O_RDONLY | flags))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._checked(os.open(self.path, os.O_RDWR | os.O_CREAT | flags, 0o644))
        except (FileNotFoundError, NotADirectoryError):
            if not self.create:
                return None
            raise self._error("cannot be created", "a part of the path is not a folder") from None
        except OSError as error:
            raise self._error(self._failed_verb(), (error.strerror or str(error)).lower()) \
                from None

    def _failed_verb(self) -> str:
        """What could not be done: an existing lock file in a read-only folder was not
        to be created but written, and saying "created" sends the user looking for a
        missing file."""
        if not self.create:
            return "cannot be opened"
        return "cannot be written" if os.path.lexists(self.path) else "cannot be created"

    def _checked(self, fd: int) -> int:
        mode = os.fstat(fd).st_mode
        if stat.S_ISREG(mode):
            return fd
        os.close(fd)
        raise self._error("cannot be used", f"it is {describe_mode(mode)}")

    def _error(self, verb: str, reason: str) -> DatabaseError:
        db_path = self.path.with_name(self.path.name[: -len(".lock")])
        return DatabaseError(db_path, f"its lock file {self.path} {verb}: {reason}")

    def _release_file(self) -> None:
        fd, locked = self._fd, self._locked
        self._fd = self._locked = None
        try:
            if locked is not None:
                _unlock_fd(locked)
        finally:
            if fd is not None:
                os.close(fd)
            if locked is not None and locked != fd:
                os.close(locked)

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
