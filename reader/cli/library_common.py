"""What the library subcommands share: the store, annotated ids, safe output."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.cli.common import resolve_db_path
from reader.core.text import for_display

_UNSAFE_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="FILE",
                        help="annotation database; the article store sits in its folder")


def store_path(args: argparse.Namespace) -> Path:
    """The article store beside the annotation database. A database path that is a
    device, FIFO or folder is refused, as the annotation commands refuse it: ``add
    --db /dev/null`` created ``/dev/library.sqlite3`` and said "3 articles added"."""
    import os

    from reader.cli import CliError
    from reader.library import library_path
    from reader.library.paths import LIBRARY_ENV
    from reader.store import StoreError
    from reader.store.files import check_database_path

    db = resolve_db_path(getattr(args, "db", None))
    if not os.environ.get(LIBRARY_ENV):
        try:
            check_database_path(db)
        except StoreError as error:
            raise CliError(f"{error}; the article store sits beside it, so nothing was "
                           "done (set CLAIMDESK_LIBRARY to name the store)") from None
    return library_path(db)


@contextmanager
def open_library(args: argparse.Namespace) -> Iterator[object]:
    """The article store for these arguments; its errors become one-line CLI errors."""
    import sqlite3

    from reader.cli import CliError
    from reader.library import LibraryError, LibraryStore
    from reader.library.connection import failure_reason

    try:
        store = LibraryStore(store_path(args))
    except LibraryError as error:
        raise CliError(str(error)) from None
    try:
        yield store
    except LibraryError as error:  # a feed name naming several feeds
        raise CliError(str(error)) from None
    except sqlite3.Error as error:  # locked by another process, disk full
        raise CliError(failure_reason(store.path, error)) from None
    finally:
        store.close()


def annotated_ids(args: argparse.Namespace) -> set[str]:
    """Articles with annotations: never pruned or removed. Unreadable database: refuse."""
    from reader.cli import CliError
    from reader.store import AnnotationStore, StoreError

    try:
        with AnnotationStore(resolve_db_path(getattr(args, "db", None)), create=False) as notes:
            return set(notes.counts_by_article())
    except StoreError as error:
        raise CliError(f"cannot read the annotations (nothing removed): {error}") from None


def safe(value: object) -> str:
    """A field made safe for one terminal line: controls and invisibles shown, not sent."""
    return " ".join(for_display(str(value)).split())


def json_line(data: dict[str, object]) -> str:
    """One JSON object; controls, bidi marks and line separators escaped."""
    line = json.dumps(data, ensure_ascii=False)
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


def write(line: str) -> None:
    sys.stdout.write(line + "\n")
