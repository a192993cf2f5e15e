"""Replacing the database file atomically, keeping the last good file as a backup.

The storage decides *what* to write; this module only knows *how* a file is swapped
for a new one without ever leaving a half-written database at the path: the bytes go
to a temp file in the same folder (so ``os.replace`` is atomic), are fsynced, the
current file is kept as ``<name>.bak``, and only then the temp file takes its place.
Temp files are named so that those left by a killed writer can be recognised later.
Syncing the folder is left to the caller, which knows when the new name must be durable.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from contextlib import suppress
from pathlib import Path

from reader.store.files import copy_synced, set_mode_like, write_all

_MKSTEMP_CHARS = "[a-z0-9_]{8}"


def make_temp(path: Path) -> tuple[int, str]:
    """A new temp file beside ``path``, named so stale ones can be recognised, with the
    database's permissions (``mkstemp`` alone would make it owner-only)."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    set_mode_like(fd, path)
    return fd, temp


def keep_backup(path: Path) -> None:
    """Keep the current (last good) file as ``<name>.bak``, replaced atomically."""
    backup = path.with_name(path.name + ".bak")
    fd, temp = make_temp(path)
    os.close(fd)
    try:
        os.unlink(temp)
        try:
            os.link(path, temp)
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EMLINK):
                raise
            copy_synced(path, temp)
        os.replace(temp, backup)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise


def replace_file(path: Path, payload: bytes) -> None:
    """Put ``payload`` at ``path`` atomically; on any failure the old file is untouched
    and no temp file is left behind."""
    fd, temp = make_temp(path)
    try:
        try:
            write_all(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        if path.exists():
            keep_backup(path)
        os.replace(temp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise


def remove_stale_temp_files(path: Path) -> list[Path]:
    """Delete temp files left beside ``path`` by killed writers (call with the lock held)."""
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.{_MKSTEMP_CHARS}\.tmp$")
    removed: list[Path] = []
    try:
        names = os.listdir(path.parent)
    except OSError:
        return removed
    for name in names:
        if pattern.match(name):
            with suppress(OSError):
                os.unlink(path.parent / name)
                removed.append(path.parent / name)
    return removed
