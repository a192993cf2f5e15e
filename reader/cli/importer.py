"""Import annotations from a JSON Lines file (the project's own export), merging by id.

Every line is checked first; a bad line stops the import with its line number and
nothing is written. A record already stored is replaced only by a newer version, so
importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import argparse
import sys

from reader.cli import CliError
from reader.cli.common import resolve_db_path, terminal_line


def register(parser: argparse.ArgumentParser) -> None:
    """Options of ``claimdesk import``."""
    parser.add_argument("file", metavar="FILE.jsonl", help="JSON Lines file to import")
    parser.add_argument("--db", metavar="FILE", help="annotation database (env: CLAIMDESK_DB)")


def run(args: argparse.Namespace) -> int:
    """Validate the whole file, then merge it in one write."""
    from reader.store import AnnotationStore, StoreError
    from reader.store.importing import read_jsonl

    try:
        records = read_jsonl(args.file)
        store = AnnotationStore(resolve_db_path(args.db))
        try:
            added, updated, unchanged = store.merge(records)
        finally:
            store.close()
    except StoreError as error:
        raise CliError(str(error)) from None
    shown = terminal_line(args.file)  # a file name may hold escape sequences
    sys.stdout.write(f"imported {shown}: {added} added, {updated} updated, "
                     f"{unchanged} unchanged\n")
    return 0
