"""Refreshing the library: every feed (and every added page) fetched in parallel.

The fetches overlap (bounded by ``Fetcher``); parsing and extraction run in threads; the
store is written from the event loop's thread in one short transaction per article, so
a refresh killed half-way keeps every article it finished and none half-written, and a
second process refreshing at the same time only waits for those short transactions.
One feed's failure is recorded on that feed and never stops the others.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.library.feedparse import MAX_ITEMS, FeedError, FeedItem, looks_like_feed, parse_feed
from reader.library.fetch import Fetcher, FetchError, FetchLimits, Response
from reader.library.items import SUMMARY_NOTE, incoming, item_article, item_url, with_page
from reader.library.pages import PageError, extract_page_async
from reader.library.recheck import Recheck, recheck_pages, recheck_policy
from reader.library.records import FeedInfo, Incoming
from reader.library.store import LibraryStore


@dataclass(slots=True)
class Outcome:
    """What refreshing one feed did; ``error`` is one line or empty; ``warnings`` are
    failures that left the feed itself fine (a page that could not be re-checked)."""

    name: str
    status: str = "ok"
    new: int = 0
    changed: int = 0
    error: str = ""
    warnings: list[str] = field(default_factory=list)


Progress = Callable[[Outcome, int, int], None]
REMOVED_MEANWHILE = ("removed while it was being refreshed (claimdesk remove, or another "
                     "window); nothing of it was kept")
"""Saving its items then failed (IntegrityError): that was no fault of the feed."""


async def fetch_page_article(fetcher: Fetcher, url: str) -> Incoming:
    """A web page as a single article (raises FetchError or PageError)."""
    response = await fetcher.get(url)
    article = await extract_page_async(response.body, url,
                                       response.headers.get("content-type", ""))
    return Incoming(article=article, kind="page")


async def _item_incoming(fetcher: Fetcher, store: LibraryStore, feed: FeedInfo,
                         title: str, item: FeedItem, outcome: Outcome,
                         fetched: set[str]) -> Incoming | None:
    """The article for one item; a summary-only item gets its page when it is new or its
    summary changed (an unchanged one is left to the young-page re-checks); the known
    articles whose page was fetched here go into ``fetched``, not to be re-checked too."""
    article = item_article(feed.url, title, item)
    if article is None:
        return None
    if not item.summary_only or not item.link:
        return incoming(article, item)
    known = store.known_item(feed.id, item.key)
    if known is not None and known[1] == item.summary_sha:
        return None  # nothing new in the feed; the stored page stays as it is
    if known is not None:
        fetched.add(known[0])
    try:
        response = await fetcher.get(item.link)
        page = await extract_page_async(response.body, item.link,
                                        response.headers.get("content-type", ""))
    except (FetchError, PageError) as error:
        if known is not None and known[2]:
            # the stored text is the page's: keep it rather than fall back to the teaser;
            # the summary hash stays old, so the next refresh tries the page again
            outcome.warnings.append(f"page not fetched, stored text kept: {item.link}: {error}")
            return None
        return incoming(article, item, SUMMARY_NOTE.format(reason=error))
    if len(page.text) < len(article.text):
        return incoming(article, item)
    return incoming(with_page(page, item, item_url(feed.url, item), title), item,
                    page=(item.link, response.headers))


async def refresh_feed(fetcher: Fetcher, store: LibraryStore, feed: FeedInfo,
                       response: Response | None = None,
                       recheck: Recheck | None = None) -> Outcome:
    """Fetch, parse and store one feed, then re-check its young pages (``recheck``);
    every failure of the feed itself becomes the feed's last error."""
    outcome = Outcome(feed.name)
    try:
        if response is None:
            response = await fetcher.get(feed.url, feed.etag, feed.last_modified)
        if response.not_modified:
            store.record_fetch_ok(feed.id, not_modified=True)
            outcome.status = "not modified"
            await _recheck(fetcher, store, feed, recheck, outcome, set())
            return outcome
        if not looks_like_feed(response.body, response.content_type):
            raise FeedError("not a feed: the address gives a web page or other content")
        parsed = await asyncio.to_thread(parse_feed, response.body, response.headers)
        if parsed.beyond:
            outcome.warnings.append(f"the feed lists {parsed.beyond + MAX_ITEMS} items; only "
                                    f"the first {MAX_ITEMS} were read")
        title = feed.title or parsed.title
        saved: set[str] = set()
        found = await asyncio.gather(*(
            _item_incoming(fetcher, store, feed, title, item, outcome, saved)
            for item in parsed.items
        ))
        for item in found:
            if item is None:
                continue
            result = store.save(item, feed.id)
            saved.add(result.article_id)
            outcome.new += result.outcome == "new"
            outcome.changed += result.outcome == "changed"
        store.record_fetch_ok(
            feed.id, title=parsed.title, site_url=parsed.site_url,
            etag=response.headers.get("etag", ""),
            last_modified=response.headers.get("last-modified", ""),
        )
        await _recheck(fetcher, store, feed, recheck, outcome, saved)
    except (FetchError, FeedError) as error:
        gone = isinstance(error, FetchError) and error.gone
        store.record_fetch_error(feed.id, str(error), gone=gone)
        outcome.status, outcome.error = ("gone" if gone else "error"), str(error)
    except Exception as error:  # a parser bug must not stop the other feeds
        if store.find_feed(feed.id) is None:  # removed meanwhile (another process, window)
            outcome.status = "removed"
            outcome.warnings.append(REMOVED_MEANWHILE)
            return outcome
        reason = f"could not be read ({type(error).__name__})"
        store.record_fetch_error(feed.id, reason)
        outcome.status, outcome.error = "error", reason
    return outcome


async def _recheck(fetcher: Fetcher, store: LibraryStore, feed: FeedInfo,
                   policy: Recheck | None, outcome: Outcome, saved: set[str]) -> None:
    """The young pages' re-checks after the feed itself (those just saved are skipped)."""
    if policy is None:
        return
    changed, warnings = await recheck_pages(fetcher, store, feed.id, policy, saved)
    outcome.changed += changed
    outcome.warnings.extend(warnings)


async def refresh_page(fetcher: Fetcher, store: LibraryStore, url: str) -> Outcome:
    """Fetch an added page again; a changed text becomes a new version."""
    outcome = Outcome(url)
    try:
        result = store.save(await fetch_page_article(fetcher, url))
        outcome.changed += result.outcome == "changed"
    except (FetchError, PageError) as error:
        outcome.status, outcome.error = "error", str(error)
    return outcome


async def refresh_async(store: LibraryStore, feeds: list[FeedInfo] | None = None,
                        limits: FetchLimits | None = None, progress: Progress | None = None,
                        pages: bool = True, recheck: Recheck | None = None) -> list[Outcome]:
    """Refresh the given feeds (default: all) and the added pages; report each as it ends.
    Young summary-only articles' pages are re-checked by ``recheck`` (default: the store's
    setting, see ``recheck_policy``)."""
    recheck = recheck_policy(store) if recheck is None else recheck
    feeds = store.feeds() if feeds is None else feeds
    page_urls = [a.url for a in store.articles(kind="page")] if pages else []
    total = len(feeds) + len(page_urls)
    outcomes: list[Outcome] = []
    async with Fetcher(limits) as fetcher:
        tasks = [refresh_feed(fetcher, store, feed, recheck=recheck) for feed in feeds]
        tasks += [refresh_page(fetcher, store, url) for url in page_urls]
        for next_done in asyncio.as_completed(tasks):
            outcome = await next_done
            outcomes.append(outcome)
            if progress is not None:
                progress(outcome, len(outcomes), total)
    return outcomes


def refresh(store: LibraryStore, feeds: list[FeedInfo] | None = None,
            limits: FetchLimits | None = None, progress: Progress | None = None,
            pages: bool = True, recheck: Recheck | None = None) -> list[Outcome]:
    """``refresh_async`` for callers without an event loop (the CLI, a TUI thread worker)."""
    return asyncio.run(refresh_async(store, feeds, limits, progress, pages, recheck))
