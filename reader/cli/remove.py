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
    from reader.across.library_sync import feed_article_ids, gone_from
    from reader.cli import CliError

    keep = annotated_ids(args)
    with open_library(args) as store:
        found = []
        for name in args.feeds:
            feed = store.find_feed(name)
            if feed is None:
                raise CliError(f"no such feed: {name} (see claimdesk feeds)")
            found.append(feed)
        gone: list[str] = []
        for feed in found:
            brought = feed_article_ids(store, feed.id)  # type: ignore[arg-type]
            removed = store.remove_feed(feed.id, keep)
            gone += gone_from(store, brought)  # type: ignore[arg-type]
            write(f"removed {safe(feed.name)} and its {counted(removed, 'article')}")
    forget_in_index(args, gone)
    return 0


def forget_in_index(args: argparse.Namespace, ids: list[str]) -> None:
    """The removed articles leave the across index too (``claimdesk seen`` would list
    them); an index that cannot be opened is one warning line, the removal stands."""
    import sqlite3
    import sys

    from reader.across import AcrossIndex, index_path
    from reader.across.library_sync import forget
    from reader.cli.common import resolve_db_path

    path = index_path(resolve_db_path(getattr(args, "db", None)))
    if not ids or not path.is_file():
        return
    try:
        with AcrossIndex(path) as index:
            forget(index, ids)
    except (OSError, sqlite3.Error) as error:
        sys.stderr.write(f"claimdesk: warning: the across index still lists them: "
                         f"{safe(error)}\n")
