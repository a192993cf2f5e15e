"""The work in numbers: annotations by verdict, claimant, tag and week; articles per
source per day; the most quoted speakers. Charts are drawn with characters (readable in
80 columns and without colour); --json prints one object for scripts."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from typing import Any

from reader.cli import CliError
from reader.cli.common import escape_json, resolve_db_path

MAX_WIDTH = 1000
"""Charts wider than any terminal; 100 million columns printed gigabytes."""


def register(parser: argparse.ArgumentParser) -> None:
    """Options of ``claimdesk stats``."""
    parser.add_argument("--db", metavar="FILE", help="annotation database (env: CLAIMDESK_DB)")
    parser.add_argument("--json", action="store_true", help="one JSON object")
    parser.add_argument("--width", type=int, default=0, metavar="N",
                        help="chart width in columns (default: the terminal's, at most 100)")


def collect(db_path: Any) -> dict[str, Any]:
    """Every figure ``stats`` shows (read only: nothing is created or written)."""
    from reader.across.index import AcrossIndex, index_path
    from reader.across.stats import annotation_stats, library_stats
    from reader.store import AnnotationStore, StoreError

    try:
        store = AnnotationStore(db_path, create=False)
    except StoreError as error:
        raise CliError(str(error)) from None
    try:
        records = store.all()
    finally:
        store.close()
    path = index_path(db_path)
    try:
        index = AcrossIndex(path) if path.is_file() else None
    except (OSError, sqlite3.Error) as error:
        raise CliError(f"across index {path}: {error}") from None
    try:
        library = library_stats(index)
        articles = index.article_count() if index else 0
    finally:
        if index is not None:
            index.close()
    return {
        "total_annotations": len(records),
        "total_articles": articles,
        "annotations": annotation_stats(records),
        "library": library,
    }


def run(args: argparse.Namespace) -> int:
    """Print the statistics."""
    if args.width > MAX_WIDTH:
        raise CliError(f"--width must be at most {MAX_WIDTH} columns")
    stats = collect(resolve_db_path(args.db))
    if args.json:
        sys.stdout.write(escape_json(json.dumps(stats, ensure_ascii=False)) + "\n")
        return 0
    from rich.console import Console

    from reader.across.charts import stats_report

    console = Console(highlight=False)
    width = args.width if args.width > 0 else min(console.width, 100)
    console.print(stats_report(stats, width))
    return 0
