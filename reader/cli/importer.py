"""Import annotations, merging by id: Claimdesk's JSON Lines, W3C Web Annotation (also
Hypothesis exports) or ClaimReview (also Google Fact Check Tools' claims).

The format is guessed from the content unless --format says it. Every record is checked
first; a bad line of a JSON Lines file stops the import with its line number and nothing
is written. Items of other formats that cannot be used are skipped, and what could not
be mapped is listed on stderr. A record already stored (matched by the annotation id
every export carries) is replaced only by a newer version, so importing one's own
export, or the same file twice, adds nothing: ``0 new, N already present``. An annotation
deleted here is not brought back by an older copy in the file: one more line says how
many were skipped, and names those brought back because the file's copy was edited
after the deletion.

A file with no annotations (0 bytes, only whitespace, or an empty JSON list) is not an
error: "nothing to import" is said in one line, the database is left as it was (not even
created) and the exit code is 0, so a scheduled import of an empty export does not fail.
"""

from __future__ import annotations

import argparse
import sys

from reader.cli import CliError
from reader.cli.common import resolve_db_path, terminal_line

MAX_REPORT_LINES = 20


def register(parser: argparse.ArgumentParser) -> None:
    """Options of ``claimdesk import``."""
    from reader.store.importing import IMPORT_FORMATS

    parser.add_argument("file", metavar="FILE", help="file to import")
    parser.add_argument("--db", metavar="FILE", help="annotation database (env: CLAIMDESK_DB)")
    parser.add_argument("--format", choices=IMPORT_FORMATS, default="auto",
                        help="the file's format (default: guessed from its content)")


def run(args: argparse.Namespace) -> int:
    """Read and check the whole file, then merge it in one write."""
    from reader.store import StoreError, open_store
    from reader.store.importing import read_import

    try:
        report = read_import(args.file, args.format)
        if not report.records and not report.skipped:
            sys.stdout.write(f"nothing to import: {terminal_line(args.file)} holds no "
                             "annotations (the database is unchanged)\n")
            return 0
        if not report.records and report.skipped:
            raise CliError(f"{terminal_line(args.file)}: nothing could be imported "
                           f"({report.lines()[0]})")
        store = open_store(resolve_db_path(args.db))
        try:
            outcome = store.merge_outcome(report.records)
        finally:
            store.close()
    except StoreError as error:
        raise CliError(str(error)) from None
    shown = terminal_line(args.file)  # a file name may hold escape sequences
    sys.stdout.write(f"imported {shown}: {counts_line(*outcome.counts)}\n")
    if outcome.deletions_line():
        sys.stdout.write(outcome.deletions_line() + "\n")
    lines = report.lines()
    for line in lines[:MAX_REPORT_LINES]:
        sys.stderr.write(f"claimdesk: not mapped: {terminal_line(line)}\n")
    if len(lines) > MAX_REPORT_LINES:
        sys.stderr.write(f"claimdesk: not mapped: … and {len(lines) - MAX_REPORT_LINES} more\n")
    for line in report.advice_lines():
        sys.stderr.write(f"claimdesk: advice: {terminal_line(line)}\n")
    return 0


def counts_line(added: int, updated: int, unchanged: int) -> str:
    """``N new, M already present``: re-importing one's own export says ``0 new``; a
    present record replaced by a newer version in the file is counted as updated."""
    line = f"{added} new, {updated + unchanged} already present"
    return line + (f" ({updated} updated to a newer version)" if updated else "")
