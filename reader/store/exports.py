"""Export annotations in the four formats of the design note.

``render(records, fmt, settings)`` returns the document as text; ``write_atomic`` puts
it in a file without ever leaving a half-written one (temp file, fsync, replace).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

from reader.store.exports_claimreview import to_claimreviews
from reader.store.exports_csv import to_csv
from reader.store.exports_w3c import to_w3c
from reader.store.files import fsync_folder, set_mode_like
from reader.store.settings import ExportSettings

FORMATS: tuple[str, ...] = ("jsonl", "csv", "w3c", "claimreview")


def to_jsonl(records: Iterable[dict[str, Any]]) -> str:
    """One record per line, exactly as stored."""
    return "".join(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n" for r in records)


def render(
    records: list[dict[str, Any]], fmt: str, settings: ExportSettings | None = None,
    first: Any = None,
) -> str:
    """The export document in format ``fmt`` (one of ``FORMATS``); ``first`` finds a
    claim's first appearance for ClaimReview (see ``reader.across.first``)."""
    if fmt == "jsonl":
        return to_jsonl(records)
    if fmt == "csv":
        return to_csv(records)
    if fmt == "w3c":
        return json.dumps(to_w3c(records), ensure_ascii=False, indent=2) + "\n"
    if fmt == "claimreview":
        reviews = to_claimreviews(records, settings or ExportSettings(), first)
        return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path``: the file is the old one or the whole new one.

    A symlink is followed: the file it names is replaced, as ``>`` in a shell would.
    Replacing the link itself cut a config file kept in a dotfiles folder (stow, chezmoi)
    off from it; the theme chosen in the app never reached the real file again."""
    if os.path.islink(path):
        path = Path(os.path.realpath(path))
    folder = path.parent if str(path.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    set_mode_like(fd, path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise
    fsync_folder(folder)
