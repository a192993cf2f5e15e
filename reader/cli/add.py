"""Add to the library: a feed or web page by its address, local files and folders, or an
OPML file of subscriptions (its folders become tags). A page that announces feeds is
subscribed to its first feed (all of them with --all); a page without feeds is stored as
one article. Feeds added by address are fetched at once; OPML feeds at the next refresh.
Folders holding no article file say "nothing to add" with the kinds read, and exit 0."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.library_common import add_db_option, open_library, safe, write
from reader.core.plural import counted

if TYPE_CHECKING:
    from reader.library import LibraryStore
    from reader.library.subscribe import Added

MAX_OPML_BYTES = 20 * 1024 * 1024
"""An OPML file of many thousands of subscriptions is well under a megabyte."""


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("targets", nargs="*", metavar="URL|PATH",
                        help="feed or page address (http/https), or article files/folders")
    parser.add_argument("--opml", metavar="FILE", help="import subscriptions from OPML")
    parser.add_argument("--tag", action="append", default=[], metavar="TAG",
                        help="tag the added feeds (repeat for several; control characters "
                        "are removed)")
    parser.add_argument("--all", action="store_true",
                        help="subscribe to every feed a page announces, not only the first")
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from reader.cli import CliError
    from reader.core.annotation_rules import clean_tags
    from reader.core.text import typed_text
    from reader.library.urls import is_fetchable

    if not args.targets and not args.opml:
        raise CliError("nothing to add: give an address, a path or --opml FILE")
    for target in args.targets:
        if not is_fetchable(target) and not os.path.lexists(target):
            raise CliError(f"not an http(s) address nor an existing file or folder: {target}")
    tags = tuple(clean_tags(typed_text(tag) for tag in args.tag))  # as the TUI's forms
    status = 0
    with open_library(args) as store:
        if args.opml:
            _add_opml(store, Path(args.opml), tags)
        paths = [t for t in args.targets if not is_fetchable(t)]
        if paths:
            status |= _add_paths(store, paths)
        for url in (t for t in args.targets if is_fetchable(t)):
            status |= _add_url(store, url, tags, args.all)
    return status


def _add_opml(store: LibraryStore, path: Path, tags: tuple[str, ...]) -> None:
    from reader.cli import CliError
    from reader.core.files import FileRefused, read_regular
    from reader.library.opml import OpmlError, parse_opml

    try:  # a regular file only: a FIFO blocked for ever, /dev/zero filled the memory
        subscriptions, skipped = parse_opml(read_regular(path, MAX_OPML_BYTES))
    except FileRefused as refused:
        raise CliError(f"{safe(str(path))}: cannot be read: {refused.reason}") from None
    except OpmlError as error:
        raise CliError(f"{safe(str(path))}: {error}") from None
    new = 0
    for sub in subscriptions:  # the same feed under two spellings is one subscription
        new += store.followed(sub.url) is None
        store.add_feed(sub.url, title=sub.title, tags=(*sub.tags, *tags))
    note = f"; {skipped} outline(s) without an http(s) feed address skipped" if skipped else ""
    write(f"OPML: {new} feed(s) added, {len(subscriptions) - new} already subscribed{note}"
          " (claimdesk refresh fetches them)")


def _add_paths(store: LibraryStore, paths: list[str]) -> int:
    from reader.core.model import Article
    from reader.library.records import Incoming
    from reader.sources import load_paths

    results = load_paths(paths)
    if not results:  # an empty folder (or one of other files): not "0 articles added"
        write(_nothing_to_add(paths))
        return 0
    outcomes = {"new": 0, "changed": 0, "same": 0}
    failed = 0
    for result in results:
        if isinstance(result, Article):
            saved = store.save(Incoming(article=result, kind="file"))
            outcomes[saved.outcome] = outcomes.get(saved.outcome, 0) + 1
        else:
            failed += 1
            sys.stderr.write(f"claimdesk: {safe(result.path)}: {safe(result.reason)}\n")
    write(_paths_report(outcomes, failed))
    return 1 if failed and not sum(outcomes.values()) else 0


def _nothing_to_add(paths: list[str]) -> str:
    """Folders without one file of a kind that is read said "0 articles added to the
    library" as if they had been read: the line says why nothing was added and which kinds
    are read. Exit 0, as ``import`` of an empty file: a scheduled add of a folder that is
    empty today is not an error."""
    from reader.sources import SUPPORTED_SUFFIXES

    named = ", ".join(safe(path) for path in paths[:3]) + (" …" if len(paths) > 3 else "")
    kinds = " ".join(sorted(SUPPORTED_SUFFIXES))
    return (f"nothing to add: {named} holds no article file (read: {kinds}); "
            "the library is unchanged")


def _paths_report(outcomes: dict[str, int], failed: int) -> str:
    """What adding files did: a file added again after a silent edit was reported as "1
    article added", the same as a new one, so the new version went unnoticed."""
    line = f"{counted(outcomes['new'], 'article')} added to the library"
    if outcomes["changed"]:
        line += (f", {outcomes['changed']} already there with a changed text"
                 " (a new version kept)")
    if outcomes["same"]:
        line += f", {outcomes['same']} already there unchanged"
    return line + (f", {failed} unreadable" if failed else "")


SHOWN_OFFERS = 10
"""A page may announce thousands of feeds; the first few are named, the rest counted."""


def _add_url(store: LibraryStore, url: str, tags: tuple[str, ...], take_all: bool) -> int:
    from reader.library.subscribe import AddError, add_url, feed_report

    try:
        added = add_url(store, url, tags, take_all)
    except AddError as error:
        sys.stderr.write(f"claimdesk: {safe(error)}\n")
        return 1
    for feed, outcome in added.feeds:
        result = (f"{counted(outcome.new, 'article')}" if not outcome.error
                  else f"not fetched: {outcome.error}")
        write(f"{feed_report(feed, added)}: {safe(feed.title or feed.url)} <{safe(feed.url)}>"
              f" — {safe(result)}")
        for warning in outcome.warnings:
            write(f"  ! {safe(warning)}")
    for skipped, reason in added.passed_over:
        write(f"  announced feed not taken: <{safe(skipped.url)}> — {safe(reason)}")
    for other in added.offered[:SHOWN_OFFERS]:
        write(f"  also offered: {safe(other.title or other.url)} <{safe(other.url)}>"
              " (claimdesk add --all, or add that address)")
    if len(added.offered) > SHOWN_OFFERS:
        write(f"  … and {len(added.offered) - SHOWN_OFFERS} more feeds offered by the page"
              " (claimdesk add --all takes every one)")
    if added.page_id:
        write(_page_report(added))
    return 0


def _page_report(added: Added) -> str:
    """The shared wording (``page_report``), with the article id to open it by."""
    from reader.library.subscribe import page_report

    return page_report(added, f"{safe(added.page_title)} [{added.page_id}]")
