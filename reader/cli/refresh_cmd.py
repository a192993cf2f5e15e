"""Fetch every feed (or the named ones) in parallel, with a progress bar; new articles and
new versions of changed ones are stored. Failures are listed, one line per feed, and
kept on the feed (claimdesk feeds). Exit code 1 when every feed failed."""

from __future__ import annotations

import argparse
import sys

from reader.cli.library_common import add_db_option, open_library, safe
from reader.core.plural import counted

MAX_KEEP_DAYS = 36_500
"""A century: beyond it the date arithmetic (and SQLite's integers) overflow."""


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("feeds", nargs="*", metavar="FEED", help="only these feeds")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument(
        "--keep-days", type=int, metavar="N",
        help="from now on, prune feed articles first seen more than N days ago after each "
        "refresh (0: keep everything, the default); annotated and starred ones are kept",
    )
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from reader.across.library_sync import pruned_ids
    from reader.cli import CliError
    from reader.cli.library_common import annotated_ids
    from reader.library.prune import keep_days, prune_by_setting, set_keep_days
    from reader.library.refresh import Outcome, refresh

    if args.keep_days is not None and args.keep_days < 0:
        raise CliError("--keep-days must be 0 or more")
    if args.keep_days is not None and args.keep_days > MAX_KEEP_DAYS:
        raise CliError(f"--keep-days must be at most {MAX_KEEP_DAYS} (100 years)")
    with open_library(args) as store:
        if args.keep_days is not None:
            set_keep_days(store, args.keep_days)
        feeds = store.feeds()
        if args.feeds:
            feeds = [store.find_feed(name) for name in args.feeds]
            missing = [n for n, f in zip(args.feeds, feeds, strict=True) if f is None]
            if missing:
                raise CliError(f"no such feed: {missing[0]} (see claimdesk feeds)")
        console = Console(stderr=True)
        # feed names are data: the description column must not read them as markup
        with Progress(TextColumn("refreshing"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.description}", markup=False), console=console,
                      disable=args.quiet or not console.is_terminal, transient=True) as bar:
            task = bar.add_task("", total=len(feeds))

            def advance(outcome: Outcome, done: int, total: int) -> None:
                bar.update(task, completed=done, total=total, description=safe(outcome.name)[:40])

            outcomes = refresh(store, feeds or None if args.feeds else None, progress=advance,
                               pages=not args.feeds)
        pruned, gone = 0, []
        if keep_days(store):
            pruned, gone = pruned_ids(store, lambda: prune_by_setting(store, annotated_ids(args)))
        index_new_articles(store, args, gone)
    if pruned:
        sys.stdout.write(f"{counted(pruned, 'article')} older than {keep_days_note(args)} pruned\n")
    return _report(outcomes)


def index_new_articles(store: object, args: argparse.Namespace,
                       gone: list[str] | None = None) -> None:
    """New and changed articles go into the across-the-library index (claimdesk seen),
    pruned ones (``gone``) leave it; an index that cannot be opened is one warning line,
    the refresh itself stands."""
    import sqlite3

    from reader.across import AcrossIndex, index_path
    from reader.across.library_sync import forget, sync_library
    from reader.analysis import analyze
    from reader.cli.common import resolve_db_path

    try:
        with AcrossIndex(index_path(resolve_db_path(getattr(args, "db", None)))) as index:
            forget(index, gone or [])
            sync_library(store, index, analyze)  # type: ignore[arg-type]
    except (OSError, sqlite3.Error) as error:
        sys.stderr.write(f"claimdesk: warning: the across index was not updated: "
                         f"{safe(error)}\n")


def keep_days_note(args: argparse.Namespace) -> str:
    return "the keep-days setting" if args.keep_days is None else f"{args.keep_days} days"


def _report(outcomes: list) -> int:
    failed = [o for o in outcomes if o.error]
    new = sum(o.new for o in outcomes)
    changed = sum(o.changed for o in outcomes)
    sys.stdout.write(f"{counted(len(outcomes), 'source')} refreshed: "
                     f"{counted(new, 'new article')}, {changed} changed, {len(failed)} failed\n")
    for outcome in failed:
        sys.stderr.write(f"  ✗ {safe(outcome.name)}: {safe(outcome.error)}\n")
    return 1 if outcomes and len(failed) == len(outcomes) else 0
