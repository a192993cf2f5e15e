"""Fetch every feed (or the named ones) in parallel, with a progress bar; new articles and
new versions of changed ones are stored. Failures are listed, one line per feed, and
kept on the feed (claimdesk feeds). Exit code 1 when every feed failed."""

from __future__ import annotations

import argparse
import sys

from reader.cli.library_common import add_db_option, open_library, safe


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

    from reader.cli import CliError
    from reader.cli.library_common import annotated_ids
    from reader.library.prune import keep_days, prune_by_setting, set_keep_days
    from reader.library.refresh import Outcome, refresh

    if args.keep_days is not None and args.keep_days < 0:
        raise CliError("--keep-days must be 0 or more")
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
        pruned = prune_by_setting(store, annotated_ids(args)) if keep_days(store) else 0
    if pruned:
        sys.stdout.write(f"{pruned} article(s) older than {keep_days_note(args)} pruned\n")
    return _report(outcomes)


def keep_days_note(args: argparse.Namespace) -> str:
    return "the keep-days setting" if args.keep_days is None else f"{args.keep_days} days"


def _report(outcomes: list) -> int:
    failed = [o for o in outcomes if o.error]
    new = sum(o.new for o in outcomes)
    changed = sum(o.changed for o in outcomes)
    sys.stdout.write(f"{len(outcomes)} source(s) refreshed: {new} new article(s), "
                     f"{changed} changed, {len(failed)} failed\n")
    for outcome in failed:
        sys.stderr.write(f"  ✗ {safe(outcome.name)}: {safe(outcome.error)}\n")
    return 1 if outcomes and len(failed) == len(outcomes) else 0
