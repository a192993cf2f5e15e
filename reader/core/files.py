"""Reading a file the user named without ever blocking or exhausting memory.

Shared by the loaders (articles), the store (database, imports) and the settings file, so
that every command treats a FIFO, a device or a huge file the same way (reliability rows
T4 and T7):

- only regular files are read: FIFOs, sockets and devices are refused from ``os.stat``
  alone, and the file is opened with ``O_NONBLOCK`` and checked again with ``fstat``, so
  a file swapped for a FIFO between the two calls cannot block either;
- a size limit, when given, is checked before reading and again while reading (a file
  may grow), with the size in the message.

Errors are ``FileRefused`` with the path as given and a short reason (no path, no errno);
each caller turns it into its own typed error.
"""

from __future__ import annotations

import errno
import os
import stat

_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)
_CHUNK = 1 << 20


class FileRefused(Exception):
    """A file that may not or cannot be read: the path as given and a short reason.

    ``kind`` names what is there instead of a regular file ("a folder", "a FIFO (named
    pipe)"…), or is empty when the problem is something else."""

    def __init__(self, path: str | os.PathLike[str], reason: str, kind: str = "") -> None:
        self.path = os.fspath(path)
        self.reason = reason
        self.kind = kind
        super().__init__(self.path, reason)



def describe_mode(mode: int) -> str:
    """Name the kind of a non-regular file for an error message."""
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def os_reason(error: OSError) -> str:
    """A short, stable reason for an ``OSError`` (no path, no errno number)."""
    if error.errno == errno.ENOENT:
        return "no such file"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.ENOTDIR:
        return "a part of the path is not a folder"
    if error.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    if error.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return (error.strerror or type(error).__name__).lower()


def too_large(size: int, limit: int) -> str:
    """The reason given for a file over ``limit`` bytes."""
    return f"file too large ({size / 1048576:.1f} MB; the limit is {limit // 1048576} MB)"


def not_regular(mode: int) -> str:
    """The reason given for anything but a regular file."""
    return f"not a regular file: {describe_mode(mode)}"


def _not_regular(path: str | os.PathLike[str], mode: int) -> FileRefused:
    return FileRefused(path, not_regular(mode), describe_mode(mode))


def stat_path(path: str | os.PathLike[str]) -> os.stat_result | None:
    """``os.stat`` of ``path``, ``None`` when it does not exist; ``FileRefused`` otherwise."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        reason = os_reason(error) if isinstance(error, OSError) else "invalid path"
        raise FileRefused(path, reason) from None


def regular_or_missing(path: str | os.PathLike[str]) -> bool:
    """True for a regular file, False when nothing is there; ``FileRefused`` for a folder,
    a FIFO, a device or a path that cannot be inspected (checked before creating files
    beside it, such as a lock)."""
    info = stat_path(path)
    if info is None:
        return False
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(path, info.st_mode)
    return True


def check_regular(path: str | os.PathLike[str], limit: int | None = None) -> int:
    """Refuse, from ``os.stat`` alone, anything but an existing regular file within
    ``limit`` bytes; return its size."""
    info = stat_path(path)
    if info is None:
        raise FileRefused(path, "no such file")
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(path, info.st_mode)
    if limit is not None and info.st_size > limit:
        raise FileRefused(path, too_large(info.st_size, limit))
    return info.st_size


def read_regular(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The whole content of a regular file of at most ``limit`` bytes (no limit: None)."""
    check_regular(path, limit)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except (OSError, ValueError) as error:
        reason = os_reason(error) if isinstance(error, OSError) else "invalid path"
        raise FileRefused(path, reason) from None
    try:
        return _read_open(fd, path, limit)
    finally:
        os.close(fd)


def _read_open(fd: int, path: str | os.PathLike[str], limit: int | None) -> bytes:
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path, info.st_mode)
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, _CHUNK):
            total += len(chunk)
            if limit is not None and total > limit:
                raise FileRefused(path, too_large(total, limit))
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise FileRefused(path, os_reason(error)) from None


def uncreatable_folder(folder: str | os.PathLike[str]) -> str | None:
    """Why ``folder`` is missing and cannot be created (one short clause naming the path
    in the way), or None when it exists or could be made.

    The first part of the path that exists decides: a file there (``~/.local`` made a
    file by mistake) or a folder this user may not write. Said before anything is
    attempted, so the app can tell the user exactly that instead of a generic
    "view only".
    """
    path = os.path.abspath(os.fspath(folder))
    if os.path.isdir(path):
        return None
    existing = path
    while not os.path.lexists(existing) and os.path.dirname(existing) != existing:
        existing = os.path.dirname(existing)
    if not os.path.isdir(existing):
        return f"{existing} is a file, not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"{existing} cannot be written"
    return None
