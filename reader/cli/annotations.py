"""List the stored annotations: a table, or JSON Lines of the records (--json).

The table shows every field with controls, bidi and zero-width marks as visible
stand-ins; JSON escapes them (``\\uXXXX``, the same value).

With --article PATH, only that article's annotations are listed, re-anchored against
its current text so that the status (exact, moved, fuzzy, orphan) and the offsets are
those of the text as it is now. Listing never writes to the database. A damaged record
is left out and named on stderr; the others are listed.

Exit status: 0 when every annotation was read; 3 when damaged records were left out;
1 on an error (nothing listed).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from reader.cli import CliError
from reader.cli.common import escape_json, resolve_db_path
from reader.core.annotation import annotations, typed
from reader.core.annotation_fields import FIELDS, FieldSpec
from reader.core.plural import counted
from reader.core.verdicts import VERDICT_VALUES, parse_verdict


def _verdict(raw: str) -> str:
    try:
        return parse_verdict(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid verdict {raw!r} (choose from {', '.join(VERDICT_VALUES)})"
        ) from None


def register(parser: argparse.ArgumentParser) -> None:
    """Options of ``claimdesk annotations``."""
    parser.add_argument("--db", metavar="FILE", help="annotation database (env: CLAIMDESK_DB)")
    parser.add_argument("--article", metavar="PATH", help="only this article's annotations")
    parser.add_argument("--verdict", type=_verdict, metavar="V",
                        help="only this verdict: " + ", ".join(VERDICT_VALUES))
    parser.add_argument("--json", action="store_true", help="JSON Lines of the records")


def _records(args: argparse.Namespace) -> tuple[list[dict[str, Any]], list[str]]:
    """The records to list, and the reasons of the damaged ones left out."""
    from reader.cli.reading import read_records

    article = _load_article(args.article) if args.article else None
    return read_records(resolve_db_path(args.db), lambda store: store.all() if article is None
                        else store.reanchored(article))


def _load_article(path: str) -> Any:
    from reader.sources import SourceError, load_file

    try:
        return load_file(path)
    except SourceError as error:
        raise CliError(str(error)) from None


def run(args: argparse.Namespace) -> int:
    """Print the annotations; exit 1 with one line when the database is unusable, 3 when
    damaged records were left out (see ``reader.cli.reading``)."""
    from reader.cli.reading import report_damaged

    records, damaged = _records(args)
    status = report_damaged(damaged)
    if args.verdict:
        records = [r for r in records if typed(r).verdict == args.verdict]
    if args.json:
        for record in records:
            sys.stdout.write(escape_json(json.dumps(record, ensure_ascii=False)) + "\n")
        return status
    _print_table(records)
    return status


def _one_line(value: object) -> str:
    """A field on one line, with hidden characters made visible (never markup)."""
    from reader.core.text import for_display

    return for_display(" ".join(str(value).split()))


def _columns() -> list[FieldSpec]:
    """The field table's CLI columns besides the claim: choices (the verdict) first."""
    specs = [spec for spec in FIELDS if spec.in_cli_table and spec.name != "claim"]
    return sorted(specs, key=lambda spec: spec.kind != "choice")


def _cell(value: str | tuple[str, ...]) -> str:
    return _one_line(value if isinstance(value, str) else ", ".join(value))


def _print_table(records: list[dict[str, Any]]) -> None:
    """One annotation in two lines, whatever the terminal width: ids, verdicts and
    positions keep their width; claimant, claim and article title end in an ellipsis.
    The columns between the id and the claim are the field table's ``in_cli_table``."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(counted(len(records), "annotation")), box=box.SIMPLE_HEAD,
                  expand=True, pad_edge=False, padding=(0, 1, 0, 0), show_lines=False)
    table.add_column(Text("id"), no_wrap=True, width=8)
    columns = _columns()
    for spec in columns:
        if spec.kind == "choice":
            table.add_column(Text(spec.label.lower()), no_wrap=True)
        else:
            table.add_column(Text(spec.label.lower()), no_wrap=True, overflow="ellipsis",
                             ratio=1, min_width=10, max_width=28)
    table.add_column(Text("claim / article"), no_wrap=True, overflow="ellipsis", ratio=2,
                     min_width=16)
    table.add_column(Text("anchor"), no_wrap=True, overflow="ellipsis")
    for annotation in annotations(records):
        anchor = annotation.anchor
        claim = Text(_one_line(annotation.claim))
        claim.append("\n")
        claim.append(Text(_one_line(annotation.article.title), style="dim"))
        where = Text(f"{annotation.target.start}-{annotation.target.end}\n")
        where.append(f"{_one_line(anchor.status)} {anchor.score:.2f}")
        cells = [Text(_cell(annotation.value(spec.name))) for spec in columns]
        table.add_row(Text(_one_line(annotation.id)[:8]), *cells, claim, where)
    Console(soft_wrap=False, highlight=False).print(table)
