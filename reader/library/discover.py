"""Feeds announced by a web page: ``<link rel="alternate" type="application/rss+xml">``.

Read with the standard library's ``HTMLParser`` (tolerant, never fetches anything);
only http/https targets are kept, resolved against the page's address.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

from reader.core.text import clean_inline
from reader.library.urls import is_fetchable

FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/feed+json",
    "application/json", "application/rdf+xml", "text/xml", "application/xml",
})
MAX_SCAN = 2_000_000


@dataclass(frozen=True, slots=True)
class Discovered:
    url: str
    title: str
    type: str


class _LinkFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[dict[str, str]] = []
        self.base = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "base" and not self.base:
            self.base = values.get("href", "")
        elif tag == "link":
            self.links.append(values)


def discover_feeds(html: str, page_url: str) -> list[Discovered]:
    """The feeds a page announces, in page order, without duplicates."""
    finder = _LinkFinder()
    try:
        finder.feed(html[:MAX_SCAN])
        finder.close()
    except (AssertionError, ValueError, RecursionError):
        pass
    base = urljoin(page_url, finder.base) if finder.base else page_url
    found: dict[str, Discovered] = {}
    for link in finder.links:
        rels = link.get("rel", "").lower().split()
        kind = link.get("type", "").split(";")[0].strip().lower()
        if "alternate" not in rels or kind not in FEED_TYPES or not link.get("href"):
            continue
        target = urljoin(base, link["href"].strip())
        if is_fetchable(target) and target not in found:
            found[target] = Discovered(target, clean_inline(link.get("title", ""))[:200], kind)
    return list(found.values())
