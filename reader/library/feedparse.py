"""Feed bytes to items: RSS 0.9x/1.0/2.0 and Atom with feedparser, JSON Feed as JSON.

feedparser gets the bytes we fetched (never a URL, so nothing is fetched behind our
limits) and the response headers (for the charset). XML that declares entities is
refused before parsing: nothing in a feed needs them, and they are how entity-expansion
and external-entity attacks start. A "bozo" feed (malformed XML) keeps the items that
could be read; with none it is an error with a one-line reason. Every text field is
reduced to plain text; only http/https links are kept; dates in the future or missing
become the time of the fetch; duplicate item ids are dropped after the first, unless
the items sharing one are plainly different stories (different links or texts).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from reader.core.text import clean_inline
from reader.library.fragments import Part, html_parts, html_text
from reader.library.urls import is_fetchable, normalise_url

MAX_ITEMS = 1000
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF|RDF)\b", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)\b",
                         re.DOTALL | re.IGNORECASE)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


class FeedError(Exception):
    """The bytes are not a usable feed; the message is one line."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item, already plain text: ``parts`` is its body (content or summary)."""

    key: str
    link: str
    title: str
    date: str
    author: str
    parts: list[Part]
    summary_only: bool
    summary_sha: str


@dataclass(slots=True)
class ParsedFeed:
    title: str = ""
    site_url: str = ""
    items: list[FeedItem] = field(default_factory=list)
    skipped: int = 0
    beyond: int = 0
    """Items past ``MAX_ITEMS``, not read (the refresh says so rather than drop them
    silently)."""


_WIDE = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
         (b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"))
"""Byte-order marks, and ``<?`` without one, of XML in UTF-16 or UTF-32."""
_DECLARED = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])""")


def _head(body: bytes, size: int = 65536) -> bytes:
    """The start of ``body`` as UTF-8 for the byte checks below: XML may be UTF-16 or -32
    (by its BOM, as the XML specification allows). Matched as raw bytes, such a feed was
    taken for an HTML page ("no feed found"), and its entity declarations slipped past
    the check that refuses them."""
    for mark, codec in _WIDE:
        if body.startswith(mark):
            return body[:size * 4].decode(codec, "replace").encode("utf-8")[:size]
    return body[:size]


def _as_utf8(body: bytes, headers: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    """A UTF-16 or UTF-32 document (its BOM) as UTF-8, its declaration and the answer's
    charset saying so: the BOM wins over a header that names another charset (as for
    HTML), where feedparser believed the header and read nothing."""
    for mark, codec in _WIDE:
        if body.startswith(mark):
            text = _DECLARED.sub(r"\1utf-8\2", body.decode(codec, "replace").lstrip("\ufeff"),
                                 count=1)
            kind = {k.lower(): v for k, v in headers.items()}.get("content-type", "")
            kind = kind.split(";")[0].strip() or "application/xml"
            rest = {k: v for k, v in headers.items() if k.lower() != "content-type"}
            return text.encode("utf-8"), {**rest, "content-type": f"{kind}; charset=utf-8"}
    return body, headers


def looks_like_feed(body: bytes, content_type: str = "") -> bool:
    """XML with a feed root element, or a JSON Feed."""
    head = _head(body).lstrip(b"\xef\xbb\xbf")
    if head.lstrip().startswith(b"{"):
        return b"jsonfeed.org" in head[:4096]
    if _HTML_START.match(head):
        return False
    # a document declaring entities goes to parse_feed, which refuses it with its reason
    return bool(_FEED_ROOT.search(head) or _ENTITY_DECL.search(head))


def parse_feed(body: bytes, headers: dict[str, str] | None = None,
               now: datetime | None = None, full_words: int = 80) -> ParsedFeed:
    """Parse feed bytes; raise ``FeedError`` when nothing usable is in them."""
    now = now or datetime.now(UTC)
    body, headers = _as_utf8(body, headers or {})
    stripped = body.lstrip(b"\xef\xbb\xbf").lstrip()
    if stripped.startswith(b"{"):
        return _json_feed(stripped, now, full_words)
    if _ENTITY_DECL.search(body[:65536]):
        raise FeedError("the feed declares XML entities (refused: entity expansion risk)")
    import feedparser

    parsed = feedparser.parse(body, response_headers=dict(headers or {}),
                              sanitize_html=False, resolve_relative_uris=False)
    feed = parsed.get("feed", {})
    if not parsed.get("version") and not parsed.get("entries"):
        reason = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(reason).split())[:120]})" if reason else ""
        raise FeedError(f"not a feed: no RSS or Atom structure found{detail}")
    result = ParsedFeed(html_text(str(feed.get("title", "")))[:300], _link(feed.get("link", "")))
    entries = parsed.get("entries", [])
    result.beyond = max(0, len(entries) - MAX_ITEMS)
    return _collect(result, (_rss_item(entry, now, full_words)
                             for entry in entries[:MAX_ITEMS]))


def _collect(result: ParsedFeed, items: Iterable[Any]) -> ParsedFeed:
    """Keep the first item of each identity; an unusable or repeated item is counted as
    skipped (duplicate ids are common in real feeds and must not make two articles)."""
    listed = list(items)
    result.skipped += sum(1 for item in listed if item is None)
    seen: set[str] = set()
    for item in _told_apart([item for item in listed if item is not None]):
        if item.key in seen:
            result.skipped += 1
            continue
        seen.add(item.key)
        result.items.append(item)
    return result


def _told_apart(items: list[FeedItem]) -> list[FeedItem]:
    """An identity shared by items that are plainly different stories is no identity.

    A CMS that gives every item the site's address as its guid, or items with neither id
    nor link that share a title (a daily "Live updates"), kept one article of the whole
    feed and dropped the rest without a word. Items of one key with different links are
    keyed by their links; without links, by their text. The same item listed twice
    (same link, same text) still counts once."""
    groups: dict[str, list[FeedItem]] = {}
    for item in items:
        groups.setdefault(item.key, []).append(item)
    apart = {key for key, group in groups.items()
             if len({item.link or _body_sha(item) for item in group}) > 1}
    if not apart:
        return items
    return [replace(item, key=_specific_key(item)) if item.key in apart else item
            for item in items]


def _body_sha(item: FeedItem) -> str:
    """The item's text alone (a retitled copy of one item is still that item)."""
    body = "\n".join(str(part) for part in item.parts)
    return hashlib.sha256(body.encode("utf-8", "replace")).hexdigest()


def _specific_key(item: FeedItem) -> str:
    if item.link:
        return "link:" + item.link
    return "hash:" + hashlib.sha256(f"{item.key}\n{_body_sha(item)}".encode()).hexdigest()[:32]


def _link(raw: object) -> str:
    text = str(raw or "").strip()
    return normalise_url(text) if is_fetchable(text) else ""


def _date(value: object, now: datetime) -> str:
    """An ISO date from feedparser's struct_time or a JSON Feed string; never future."""
    when: datetime | None = None
    try:
        if isinstance(value, str) and value:
            when = datetime.fromisoformat(value.replace("Z", "+00:00"))
        elif value is not None and hasattr(value, "tm_year"):
            when = datetime(*value[:6], tzinfo=UTC)  # type: ignore[index]
    except (ValueError, TypeError, OverflowError):
        when = None
    if when is None:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if when > now + timedelta(days=1):
        when = now
    return when.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _item_key(ident: str, link: str, title: str, date: str) -> str:
    ident = " ".join(ident.split())
    if ident and len(ident) <= 1000:
        return "id:" + ident
    if link:
        return "link:" + link
    return "hash:" + hashlib.sha256(f"{title}\n{date}".encode()).hexdigest()[:32]


def _make_item(ident: str, link: str, title: str, date: str, author: str, content: str,
               summary: str, full_words: int) -> FeedItem | None:
    body = html_parts(content) if content else []
    summary_parts = html_parts(summary) if summary else []
    if sum(len(t.split()) for _, t, _ in body) < sum(len(t.split()) for _, t, _ in summary_parts):
        body = summary_parts
    if not body:
        body = summary_parts
    words = sum(len(t.split()) for _, t, _ in body)
    if not body and not title and not link:
        return None
    sha = hashlib.sha256(f"{title}\n{content}\n{summary}".encode("utf-8", "replace"))
    return FeedItem(_item_key(ident, link, title, date), link, title, date, author, body,
                    summary_only=words < full_words, summary_sha=sha.hexdigest())


def _rss_item(entry: dict, now: datetime, full_words: int) -> FeedItem | None:
    link = _link(entry.get("link", ""))
    title = _title(entry)
    date = _date(entry.get("published_parsed") or entry.get("updated_parsed"), now)
    contents = entry.get("content") or []
    content = " ".join(str(c.get("value", "")) for c in contents if isinstance(c, dict))
    summary = str(entry.get("summary", "") or "")
    author = html_text(str(entry.get("author", "")))[:300]
    return _make_item(str(entry.get("id", "") or ""), link, title, date, author, content,
                      summary, full_words)


def _title(entry: dict) -> str:
    """The item's title as text: HTML titles lose their tags, plain ones keep every '<'."""
    raw = str(entry.get("title", "") or "")
    detail = entry.get("title_detail") or {}
    if isinstance(detail, dict) and detail.get("type") == "text/plain":
        return clean_inline(raw)[:1000]
    return html_text(raw)[:1000]


def _json_feed(body: bytes, now: datetime, full_words: int) -> ParsedFeed:
    try:
        data = json.loads(body.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        raise FeedError("not a feed: the JSON could not be read") from None
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        raise FeedError("not a feed: JSON without a JSON Feed version")
    items = data.get("items")
    if not isinstance(items, list):
        raise FeedError("not a feed: the JSON Feed has no item list")
    result = ParsedFeed(html_text(_string(data.get("title")))[:300],
                        _link(data.get("home_page_url")), beyond=max(0, len(items) - MAX_ITEMS))
    return _collect(result, (_json_item(raw, now, full_words) if isinstance(raw, dict) else None
                             for raw in items[:MAX_ITEMS]))


def _string(value: object) -> str:
    return value if isinstance(value, str) else ""


def _json_item(raw: dict, now: datetime, full_words: int) -> FeedItem | None:
    author = raw.get("author") if isinstance(raw.get("author"), dict) else {}
    content = _string(raw.get("content_html")) or _escape(_string(raw.get("content_text")))
    return _make_item(
        _string(raw.get("id")) or str(raw.get("id", "") if raw.get("id") is not None else ""),
        _link(raw.get("url")), html_text(_string(raw.get("title")))[:1000],
        _date(_string(raw.get("date_published")) or _string(raw.get("date_modified")), now),
        html_text(_string(author.get("name"))), content, _string(raw.get("summary")),
        full_words,
    )


def _escape(text: str) -> str:
    """Plain text made into HTML paragraphs, so ``html_parts`` keeps its blank lines."""
    import html

    return "".join(f"<p>{html.escape(p)}</p>" for p in re.split(r"\n\s*\n", text))
