"""Feed items to articles: the body from the feed, or the full page when only a summary came."""

from __future__ import annotations

import hashlib

from reader.core.model import Article
from reader.library.feedparse import FeedItem
from reader.library.records import Incoming
from reader.sources.assemble import Meta, build_article
from reader.sources.errors import SourceError

SUMMARY_NOTE = "summary only: the full page could not be fetched ({reason})"


def item_url(feed_url: str, item: FeedItem) -> str:
    """The item's link, or a stable non-fetchable name when it has none."""
    if item.link:
        return item.link
    digest = hashlib.sha256(f"{feed_url}\n{item.key}".encode()).hexdigest()[:24]
    return f"urn:claimdesk:item:{digest}"


def item_article(feed_url: str, feed_title: str, item: FeedItem) -> Article | None:
    """The feed's own text of the item (content, else summary), as an article."""
    url = item_url(feed_url, item)
    parts = item.parts or ([("paragraph", item.title, 0)] if item.title else [])
    meta = Meta(title=item.title, source=feed_title, url=url, date=item.date,
                author=item.author)
    try:
        return build_article(url, "feed", list(parts), meta)
    except SourceError:
        return None


def with_page(page: Article, item: FeedItem, url: str, feed_title: str) -> Article:
    """The extracted page, keeping the feed's title, date and source when the page lacks them."""
    page.url = url
    page.path = url
    page.title = item.title or page.title
    page.date = item.date or page.date
    page.source = feed_title or page.source
    return page


def incoming(article: Article, item: FeedItem, note: str = "",
             page: tuple[str, dict[str, str]] | None = None) -> Incoming:
    """The item for the store; ``page`` (address, response headers) when its text came from
    the page, so the page's validators are kept for the young-article re-checks."""
    url, headers = page or ("", {})
    return Incoming(article=article, kind="feed", item_key=item.key, note=note,
                    summary_sha=item.summary_sha, page_url=url,
                    page_etag=headers.get("etag", "")[:1024] if url else "",
                    page_last_modified=headers.get("last-modified", "")[:1024] if url else "")
