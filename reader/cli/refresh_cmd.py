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
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from reader.cli import CliError
    from reader.library.refresh import Outcome, refresh

    with open_library(args) as store:
        feeds = store.feeds()
        if args.feeds:
            feeds = [store.find_feed(name) for name in args.feeds]
            missing = [n for n, f in zip(args.feeds, feeds, strict=True) if f is None]
            if missing:
                raise CliError(f"no such feed: {missing[0]} (see claimdesk feeds)")
        console = Console(stderr=True)
        with Progress(TextColumn("refreshing"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.description}"), console=console,
                      disable=args.quiet or not console.is_terminal, transient=True) as bar:
            task = bar.add_task("", total=len(feeds))

            def advance(outcome: Outcome, done: int, total: int) -> None:
                bar.update(task, completed=done, total=total, description=safe(outcome.name)[:40])

            outcomes = refresh(store, feeds or None if args.feeds else None, progress=advance,
                               pages=not args.feeds)
    return _report(outcomes)


def _report(outcomes: list) -> int:
    failed = [o for o in outcomes if o.error]
    new = sum(o.new for o in outcomes)
    changed = sum(o.changed for o in outcomes)
    sys.stdout.write(f"{len(outcomes)} source(s) refreshed: {new} new article(s), "
                     f"{changed} changed, {len(failed)} failed\n")
    for outcome in failed:
        sys.stderr.write(f"  ✗ {safe(outcome.name)}: {safe(outcome.error)}\n")
    return 1 if outcomes and len(failed) == len(outcomes) else 0
