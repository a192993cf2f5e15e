"""Adding an address: a feed is subscribed, a page offers its feeds or becomes an article."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from reader.library.discover import Discovered, discover_feeds
from reader.library.feedparse import looks_like_feed
from reader.library.fetch import Fetcher, FetchError, FetchLimits
from reader.library.pages import PageError, decode_page, extract_page_async
from reader.library.records import FeedInfo, Incoming
from reader.library.refresh import Outcome, refresh_feed
from reader.library.store import LibraryStore


@dataclass(slots=True)
class Added:
    """What adding one address did (for the CLI and the app to report)."""

    feeds: list[tuple[FeedInfo, Outcome]] = field(default_factory=list)
    offered: list[Discovered] = field(default_factory=list)
    page_id: str = ""
    page_title: str = ""
    page_saved: str = ""
    """What saving the page did: ``new``, ``changed`` (a new version) or ``same``."""
    page_version: int = 0
    passed_over: list[tuple[Discovered, str]] = field(default_factory=list)
    """Announced feeds that gave no feed on their first fetch, each with the reason."""
    already: set[int] = field(default_factory=set)
    """Ids of the feeds in ``feeds`` that were already followed (under any spelling)."""


def feed_report(feed: FeedInfo, added: Added) -> str:
    """How one feed of ``added`` begins its line: a feed added again under another
    spelling of its address is named as already followed, not subscribed a second time."""
    if feed.id in added.already:
        return "already followed"
    return "subscribed"


def page_report(added: Added, title: str) -> str:
    """What adding a page did, the same words on the command line and in the desk: a page
    added again said "page added" even when it had changed (a new version kept) or was the
    same, so the silent edit went unnoticed. ``title`` is the page's title as the caller
    shows it (made safe for its terminal)."""
    if added.page_saved == "changed":
        return (f"page already in the library, its text changed (version "
                f"{added.page_version} kept): {title}")
    if added.page_saved == "same":
        return f"page already in the library, unchanged: {title}"
    return f"page added as an article: {title}"


TRIED_FEEDS = 3
"""How many announced feeds are tried before the page itself is kept as an article."""


class AddError(Exception):
    """The address could not be added; one line."""


async def add_url_async(store: LibraryStore, url: str, tags: tuple[str, ...] = (),
                        take_all: bool = False, limits: FetchLimits | None = None) -> Added:
    """Fetch ``url`` once and decide: feed, page with feeds, or a page as one article."""
    added = Added()
    async with Fetcher(limits) as fetcher:
        try:
            response = await fetcher.get(url)
        except FetchError as error:
            raise AddError(f"{url}: {error}") from None
        if looks_like_feed(response.body, response.content_type):
            known = store.followed(url) or store.followed(response.url)
            feed = store.add_feed(known.url if known else response.url, tags=tags)
            if known:
                added.already.add(feed.id)
            outcome = await refresh_feed(fetcher, store, feed, response)
            added.feeds.append((store.find_feed(feed.id) or feed, outcome))
            return added
        if response.body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
            # JSON is no web page: read as HTML it failed with "too deeply nested?"
            raise AddError(f"{url}: JSON that is not a JSON Feed (no jsonfeed.org version)")
        try:  # an image or a binary download is no page: one line, not an internal error
            html = decode_page(response.body, response.headers.get("content-type", ""))
        except PageError as error:
            raise AddError(f"{url}: no feed found and no article in the page ({error})") from None
        found = discover_feeds(html, response.url)
        if found and take_all:
            for candidate in found:
                await _subscribe(fetcher, store, candidate, tags, added)
            return added
        if found and await _first_live_feed(fetcher, store, found, tags, added):
            return added
        try:
            article = await extract_page_async(response.body, url,
                                               response.headers.get("content-type", ""))
        except PageError as error:
            raise AddError(f"{url}: no feed found and no article in the page ({error})") from None
        result = store.save(Incoming(article=article, kind="page", tags=tags))
        added.page_id, added.page_title = result.article_id, article.title
        added.page_saved, added.page_version = result.outcome, result.version
    return added


async def _subscribe(fetcher: Fetcher, store: LibraryStore, candidate: Discovered,
                     tags: tuple[str, ...], added: Added) -> Outcome:
    known = store.followed(candidate.url)
    feed = store.add_feed(candidate.url, title=candidate.title, tags=tags)
    if known:
        added.already.add(feed.id)
    outcome = await refresh_feed(fetcher, store, feed)
    added.feeds.append((store.find_feed(feed.id) or feed, outcome))
    return outcome


async def _first_live_feed(fetcher: Fetcher, store: LibraryStore, found: list[Discovered],
                           tags: tuple[str, ...], added: Added) -> bool:
    """Subscribe to the first announced feed that is one. A page often still announces a
    feed that is gone (404) or names itself: such a candidate is unsubscribed again
    (unless it was subscribed before) and the next is tried; False when none was a feed,
    so the caller keeps the page as an article instead of a feed failing from day one."""
    for number, candidate in enumerate(found[:TRIED_FEEDS]):
        existed = store.followed(candidate.url) is not None
        outcome = await _subscribe(fetcher, store, candidate, tags, added)
        if not outcome.error or existed:
            added.offered = found[number + 1:]
            return True
        feed, _ = added.feeds.pop()
        store.remove_feed(feed.id)
        added.passed_over.append((candidate, outcome.error))
    return False


def add_url(store: LibraryStore, url: str, tags: tuple[str, ...] = (), take_all: bool = False,
            limits: FetchLimits | None = None) -> Added:
    return asyncio.run(add_url_async(store, url, tags, take_all, limits))
