"""Safe file access: what may be opened, how much is read, and how folders are walked.

Rules (reliability rows T4 and T7):

- Only regular files are read. FIFOs, sockets and devices are refused from ``os.stat``
  alone, and the file is opened with ``O_NONBLOCK`` and checked again with ``fstat``, so a
  file swapped for a FIFO between the two calls cannot block the program either.
- A file larger than ``MAX_BYTES`` is refused with its size in the message.
- A folder walk is sorted, skips hidden entries (names starting with a dot), reads only
  supported suffixes, never descends into linked folders, and follows a linked file only
  when its target lies inside the folder being walked; other links are reported, not read.
- The walk is bounded in depth and in number of files.
- A path the user names explicitly is taken as given: a link named on the command line is
  followed, since the user chose it.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass

from reader.sources.errors import SourceError

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 16
MAX_FILES = 20_000
_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


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


def _too_large(size: int) -> str:
    return f"file too large ({size / 1048576:.1f} MB; the limit is {MAX_BYTES // 1048576} MB)"


def check_regular(path: str) -> int:
    """Refuse, from ``os.stat`` alone, anything but a regular file within the size limit."""
    try:
        info = os.stat(path)
    except (OSError, ValueError) as error:
        reason = os_reason(error) if isinstance(error, OSError) else "invalid path"
        raise SourceError(path, reason) from None
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(path, f"not a regular file: {describe_mode(info.st_mode)}")
    if info.st_size > MAX_BYTES:
        raise SourceError(path, _too_large(info.st_size))
    return info.st_size


def read_bytes(path: str) -> bytes:
    """Read a whole regular file of at most ``MAX_BYTES``; raise ``SourceError`` otherwise."""
    check_regular(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise SourceError(path, os_reason(error)) from None
    try:
        return _read_open(fd, path)
    finally:
        os.close(fd)


def _read_open(fd: int, path: str) -> bytes:
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(path, f"not a regular file: {describe_mode(info.st_mode)}")
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, 1 << 20):
            total += len(chunk)
            if total > MAX_BYTES:
                raise SourceError(path, _too_large(total))
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise SourceError(path, os_reason(error)) from None


@dataclass(frozen=True, slots=True)
class Skipped:
    """An entry a folder walk reports instead of reading, with the reason."""

    path: str
    reason: str


def walk_folder(root: str, suffixes: frozenset[str]) -> Iterator[str | Skipped]:
    """Yield the readable files under ``root`` (sorted) and the entries that were refused."""
    try:
        real_root = os.path.realpath(root)
    except (OSError, ValueError):
        yield Skipped(root, "folder cannot be resolved")
        return
    found: list[tuple[tuple[str, ...], str | Skipped]] = []
    _collect(root, (), real_root, suffixes, found)
    found.sort(key=lambda item: item[0])
    for _, entry in found:
        yield entry


def _collect(
    folder: str,
    parts: tuple[str, ...],
    real_root: str,
    suffixes: frozenset[str],
    found: list[tuple[tuple[str, ...], str | Skipped]],
) -> None:
    """Collect entries of one folder, recursing into plain (not linked) sub-folders."""
    if len(parts) > MAX_DEPTH:
        found.append((parts, Skipped(folder, f"folder nested deeper than {MAX_DEPTH} levels")))
        return
    try:
        with os.scandir(folder) as entries:
            listing = list(entries)
    except OSError as error:
        found.append((parts, Skipped(folder, os_reason(error))))
        return
    for entry in listing:
        if len(found) >= MAX_FILES or entry.name.startswith("."):
            continue
        key = (*parts, entry.name.casefold(), entry.name)
        kind = _entry_kind(entry, real_root, suffixes)
        if kind == "folder":
            _collect(entry.path, key, real_root, suffixes, found)
        elif kind == "file":
            found.append((key, entry.path))
        elif kind:
            found.append((key, Skipped(entry.path, kind)))


def _entry_kind(entry: os.DirEntry[str], real_root: str, suffixes: frozenset[str]) -> str:
    """'folder', 'file', '' (ignore) or the reason an entry is refused."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return "folder"
        if os.path.splitext(entry.name)[1].lower() not in suffixes:
            return ""
        if entry.is_symlink():
            target = os.path.realpath(entry.path)
            if os.path.commonpath([target, real_root]) != real_root:
                return "a link that leads out of the folder is not followed"
            if os.path.isdir(target):
                return ""
        return "file"
    except (OSError, ValueError):
        return "cannot be inspected"
