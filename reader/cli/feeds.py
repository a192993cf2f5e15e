"""List the subscriptions: title, address, tags, last fetch, status, items, unread and the
last error. A feed gone (HTTP 410) or failing for days says so: remove it with
claimdesk remove. --json prints one object a line; --opml writes them as OPML."""

from __future__ import annotations

import argparse
import sys

from reader.cli.library_common import add_db_option, json_line, open_library, safe, write
from reader.core.plural import counted


def register(parser: argparse.ArgumentParser) -> None:
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="one JSON object per feed")
    shape.add_argument("--opml", action="store_true", help="export as OPML")
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from reader.library.feeds import failing_for_days, health
    from reader.library.opml import write_opml

    with open_library(args) as store:
        feeds = store.feeds()
    if args.opml:
        sys.stdout.write(write_opml(feeds))
        return 0
    for feed in feeds:
        data = {
            "id": feed.id, "title": feed.title, "url": feed.url, "tags": list(feed.tags),
            "last_fetch": feed.last_fetch, "status": health(feed), "items": feed.items,
            "unread": feed.unread, "last_error": feed.last_error,
            "failing_days": round(failing_for_days(feed), 1),
        }
        write(json_line(data) if args.json else _line(data))
    if not feeds and not args.json:
        write("no subscriptions yet: claimdesk add URL or claimdesk add --opml FILE")
    return 0


def _line(data: dict) -> str:
    tags = f" [{safe(', '.join(data['tags']))}]" if data["tags"] else ""
    line = (f"{data['id']:>4}  {safe(data['title'] or '(untitled)')}{tags}\n"
            f"      {safe(data['url'])}\n"
            f"      {data['status']}, {counted(data['items'], 'item')}, {data['unread']} unread, "
            f"last fetch {data['last_fetch'] or 'never'}")
    if data["last_error"]:
        days = data["failing_days"]
        since = f" (failing for {days:g} days: consider claimdesk remove)" if days >= 1 else ""
        line += f"\n      error: {safe(data['last_error'])}{since}"
    return line
