"""Safe file access: what may be opened, how much is read, and how folders are walked.

Rules (reliability rows T4 and T7):

- Only regular files are read. FIFOs, sockets and devices are refused from ``os.stat``
  alone, and the file is opened with ``O_NONBLOCK`` and checked again with ``fstat``, so a
  file swapped for a FIFO between the two calls cannot block the program either.
- A file larger than ``MAX_BYTES`` is refused with its size in the message.
- A folder walk is sorted, skips hidden entries (names starting with a dot), reads only
  supported suffixes, never descends into linked folders, and follows a linked file only
  when its target lies inside the folder being walked; other links are reported, not read.
- The walk is bounded in depth and in number of files: past ``MAX_FILES`` the first by
  name are read and one ``Skipped`` entry says the rest were not (a folder of 20,005
  files had read an arbitrary 20,000, in the file system's order, without a word).
- A path the user names explicitly is taken as given: a link named on the command line is
  followed, since the user chose it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from reader.core import files as safe
from reader.core.files import os_reason
from reader.sources.errors import SourceError

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 16
MAX_FILES = 20_000

__all__ = ["MAX_BYTES", "Skipped", "check_regular", "os_reason",
           "read_bytes", "walk_folder"]


def check_regular(path: str) -> int:
    """Refuse, from ``os.stat`` alone, anything but a regular file within the size limit."""
    try:
        return safe.check_regular(path, MAX_BYTES)
    except safe.FileRefused as refused:
        raise SourceError(path, refused.reason) from None


def read_bytes(path: str) -> bytes:
    """Read a whole regular file of at most ``MAX_BYTES``; raise ``SourceError`` otherwise
    (the checks themselves are ``reader.core.files``, shared with the store)."""
    try:
        return safe.read_regular(path, MAX_BYTES)
    except safe.FileRefused as refused:
        raise SourceError(path, refused.reason) from None


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
    for _, entry in found[:MAX_FILES]:
        yield entry
    if len(found) > MAX_FILES:  # one more was collected: say the rest was not read
        yield Skipped(root, f"more than {MAX_FILES:,} entries: only the first {MAX_FILES:,}"
                            " by name were read")


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
            listing = sorted(entries, key=lambda entry: (entry.name.casefold(), entry.name))
    except OSError as error:
        found.append((parts, Skipped(folder, os_reason(error))))
        return
    for entry in listing:  # in the order of the final sort, so the files kept are the first
        if len(found) > MAX_FILES:  # one more than the limit tells that there were more
            return
        if entry.name.startswith("."):
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
