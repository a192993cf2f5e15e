"""List the library's articles, newest first: id, date, read state, versions, feed and
title. --json prints one object a line (id, title, url, feed, date, read, versions...)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from reader.cli.library_common import add_db_option, json_line, open_library, safe, write
from reader.core.plural import counted

if TYPE_CHECKING:
    from reader.library import StoredArticle


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--feed", metavar="NAME", help="only this feed (number, URL or title)")
    parser.add_argument("--unread", action="store_true", help="only unread articles")
    parser.add_argument("--changed", action="store_true", help="only changed articles")
    parser.add_argument("--starred", action="store_true", help="only starred articles")
    parser.add_argument("--tag", metavar="TAG", default="", help="only this tag")
    parser.add_argument("--json", action="store_true", help="one JSON object per article")
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from reader.cli import CliError

    with open_library(args) as store:
        feed_id = None
        if args.feed:
            feed = store.find_feed(args.feed)
            if feed is None:
                raise CliError(f"no such feed: {args.feed} (see claimdesk feeds)")
            feed_id = feed.id
        found = store.articles(feed_id=feed_id, unread=args.unread, changed=args.changed,
                               starred=args.starred, tag=args.tag)
    for article in found:
        write(json_line(article.to_json()) if args.json else line(article))
    note = relative_note(found)
    if note:
        sys.stderr.write(f"claimdesk: {note}\n")
    return 0


def relative_note(found: list[StoredArticle]) -> str:
    """Files added by an older claimdesk kept the path as typed (``./wire.txt``): from
    which folder is not known, so the row is left as it is, never resolved against
    today's folder, and the user is told how to record where the file is."""
    relative = [a.path for a in found if a.kind == "file" and a.path
                and not os.path.isabs(a.path)]
    if not relative:
        return ""
    return (f"{counted(len(relative), 'file article')} stored with a path relative to an "
            f"unknown folder (e.g. {safe(relative[0])}), so the file cannot be found from "
            "here; claimdesk add it again to record its full path")


def line(a: StoredArticle) -> str:
    """One readable line: id, date, flags (N unread, * starred, C changed), versions, feed."""
    flags = ("N" if not a.read else " ") + ("*" if a.starred else " ") + ("C" if a.changed
                                                                         else " ")
    where = a.feed or a.source or a.kind
    return (f"{a.id}  {safe(a.date)[:10]:10}  {flags} v{a.versions}  "
            f"{safe(where)[:24]:24}  {safe(a.title)}")
