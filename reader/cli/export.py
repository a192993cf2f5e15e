"""Export the annotations: JSON Lines, CSV, W3C Web Annotation or ClaimReview JSON-LD.

Writes to -o FILE atomically (the file is never half-written), or to standard output.
JSON formats escape control, C1, bidi and zero-width characters (``\\uXXXX``, the same
value); CSV written to a terminal shows them as visible stand-ins. -o never names the
database or one of its own files (backup, journal, lock, temp): that would replace the
database without its lock, so it is refused. An existing -o file is replaced only with
--force (a mistyped name must not overwrite an article or an earlier export).
ClaimReview needs the fact-checking organisation's name and URL and the base URL of its
reviews: from the [claimreview] section of the config file, or from the flags.
ClaimReview leaves out the annotations still without a verdict (unrated), saying how many
on stderr: a published file would release unreviewed claims; --include-unrated keeps them.
A damaged record is left out and named on stderr; the others are exported.

Exit status: 0 when every annotation was exported; 3 when damaged records were left out
(the export is incomplete: a script must not publish it unawares); 1 on an error
(nothing written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli import CliError
from reader.cli.common import escape_json, resolve_db_path, terminal_line, terminal_text
from reader.cli.db_files import refuse_database_output
from reader.core.plural import counted

_FORMATS = ("jsonl", "csv", "w3c", "claimreview")


def register(parser: argparse.ArgumentParser) -> None:
    """Options of ``claimdesk export``."""
    parser.add_argument("--db", metavar="FILE", help="annotation database (env: CLAIMDESK_DB)")
    parser.add_argument("--format", required=True, choices=_FORMATS, help="output format")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    parser.add_argument("--force", action="store_true",
                        help="replace the -o file when it exists (else it is refused)")
    parser.add_argument("--org-name", metavar="N", help="fact-checking organisation's name")
    parser.add_argument("--org-url", metavar="U", help="fact-checking organisation's URL")
    parser.add_argument("--review-url-base", metavar="U",
                        help="base URL of the published reviews (ClaimReview url)")
    parser.add_argument("--include-unrated", action="store_true",
                        help="ClaimReview: also export annotations without a verdict (unrated);"
                             " by default they are left out, so that unreviewed claims are "
                             "never published as fact-checks")
    parser.add_argument("--config", metavar="FILE", help="settings file (default: user config)")


def _check_output(path: Path, db_path: Path, force: bool) -> None:
    refuse_database_output(path, db_path)
    if path.is_dir():
        raise CliError(f"{path}: is a directory; give a file name to -o")
    if path.exists() and not force:  # an article, last week's export: never replaced unasked
        raise CliError(f"{path}: exists; add --force to replace it, or give another name")
    if not path.parent.is_dir() and str(path.parent):
        raise CliError(f"{path.parent}: folder does not exist")


def _reviewed_only(records: list[dict], include_unrated: bool) -> list[dict]:
    """ClaimReview's records: the unrated ones left out (one line on stderr) unless asked."""
    from reader.store.exports_claimreview import reviewed, unrated_left_out

    if include_unrated:
        return records
    kept, left = reviewed(records)
    if left:
        line = unrated_left_out(left, "add --include-unrated to export unrated ones too")
        sys.stderr.write(f"claimdesk: note: {line}\n")
    return kept


def run(args: argparse.Namespace) -> int:
    """Render the export and write it; one line and exit 1 on any handled error."""
    from reader.cli.reading import read_records, report_damaged
    from reader.core.text import typed_text
    from reader.store import StoreError
    from reader.store.exports import render, write_atomic
    from reader.store.exports_csv import CELL_LIMIT, overlong_cells
    from reader.store.settings import load_settings

    output = Path(args.output).expanduser() if args.output else None
    db_path = resolve_db_path(args.db)
    if output is not None:
        _check_output(output, db_path, args.force)
    try:
        config = Path(args.config).expanduser() if args.config else None
        settings = load_settings(config, required=config is not None)
        settings = settings.with_overrides(**{  # typed text: as the TUI's forms store it
            name: typed_text(value) if value is not None else None for name, value in (
                ("organization_name", args.org_name), ("organization_url", args.org_url),
                ("review_url_base", args.review_url_base))})
    except StoreError as error:
        raise CliError(str(error)) from None
    records, damaged = read_records(db_path, lambda store: store.all())
    status = report_damaged(damaged)
    first = None
    if args.include_unrated and args.format != "claimreview":  # a flag that did nothing
        sys.stderr.write(f"claimdesk: note: --include-unrated only changes ClaimReview; "
                         f"{args.format} always exports every annotation\n")
    if args.format == "claimreview":
        for note in settings.claimreview_gaps():
            sys.stderr.write(f"claimdesk: note: {note}\n")
        records = _reviewed_only(records, args.include_unrated)
        from reader.across.first import finder
        from reader.across.index import index_path

        first = finder(index_path(resolve_db_path(args.db)))
    text = render(records, args.format, settings, first)
    if args.format != "csv":
        text = escape_json(text)
    elif cut := overlong_cells(records):
        sys.stderr.write(f"claimdesk: note: {counted(cut, 'cell')} longer than {CELL_LIMIT:,} "
                         "characters (a spreadsheet's limit) cut, marked in the cell; "
                         "--format jsonl keeps them whole\n")
    if output is None:
        sys.stdout.write(terminal_text(text) if sys.stdout.isatty() else text)
        return status
    try:
        write_atomic(output, text)
    except OSError as error:
        raise CliError(f"{output}: cannot write: {error.strerror or error}") from None
    shown = terminal_line(output)  # a file name may hold escape sequences
    sys.stderr.write(f"claimdesk: exported {counted(len(records), 'annotation')} to {shown}\n")
    return status
