"""Unsubscribe from a feed (by number, address or title, as claimdesk feeds shows). Its
articles are removed too, except starred ones, annotated ones and those another feed has."""

from __future__ import annotations

import argparse

from reader.cli.library_common import add_db_option, annotated_ids, open_library, safe, write
from reader.core.plural import counted


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("feeds", nargs="+", metavar="FEED", help="feed number, URL or title")
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from reader.cli import CliError

    keep = annotated_ids(args)
    with open_library(args) as store:
        found = []
        for name in args.feeds:
            feed = store.find_feed(name)
            if feed is None:
                raise CliError(f"no such feed: {name} (see claimdesk feeds)")
            found.append(feed)
        for feed in found:
            removed = store.remove_feed(feed.id, keep)
            write(f"removed {safe(feed.name)} and its {counted(removed, 'article')}")
    return 0
