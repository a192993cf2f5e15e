"""List the stored annotations: a table, or JSON Lines of the records (--json).

With --article PATH, only that article's annotations are listed, re-anchored against
its current text so that the status (exact, moved, fuzzy, orphan) and the offsets are
those of the text as it is now. Listing never writes to the database.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from reader.cli import CliError
from reader.cli.common import resolve_db_path
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


def _records(args: argparse.Namespace) -> list[dict[str, Any]]:
    from reader.store import AnnotationStore, StoreError
    from reader.store.anchoring import reanchor_record
    from reader.store.records import utc_now

    try:
        store = AnnotationStore(resolve_db_path(args.db), create=False)
        try:
            if not args.article:
                return store.all()
            article = _load_article(args.article)
            records = store.for_article(article)
        finally:
            store.close()
    except StoreError as error:
        raise CliError(str(error)) from None
    now, digest = utc_now(), article.text_sha256
    return [reanchor_record(r, article.text, digest, now) for r in records]


def _load_article(path: str) -> Any:
    from reader.sources import SourceError, load_file

    try:
        return load_file(path)
    except SourceError as error:
        raise CliError(str(error)) from None


def run(args: argparse.Namespace) -> int:
    """Print the annotations; exit 1 with one line when the database is unusable."""
    records = _records(args)
    if args.verdict:
        records = [r for r in records if r["verdict"] == args.verdict]
    if args.json:
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return 0
    _print_table(records)
    return 0


def _print_table(records: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from reader.core.text import for_display

    table = Table(title=Text(f"{len(records)} annotations"), show_lines=False)
    for column in ("verdict", "claimant", "claim", "article", "where", "anchor", "id"):
        table.add_column(Text(column), overflow="fold")
    for r in records:
        position = r["target"]["position"]
        cells = (
            r["verdict"], r["claimant"], r["claim"], r["article"]["title"],
            f"{position['start']}-{position['end']}",
            f"{r['anchor']['status']} {r['anchor']['score']:.2f}", r["id"][:8],
        )
        table.add_row(*(Text(for_display(str(cell))) for cell in cells))
    Console(soft_wrap=False).print(table)
