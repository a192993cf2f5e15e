"""OPML subscriptions in and out: folders become tags, tags become folders.

Read with lxml with entities, DTDs and the network switched off (an OPML file is as
hostile as a feed); written with ``xml.sax.saxutils`` escaping so any title is text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from reader.core.text import clean_inline
from reader.library.records import FeedInfo
from reader.library.urls import is_fetchable

MAX_OPML_BYTES = 20 * 1024 * 1024


class OpmlError(Exception):
    """The OPML file cannot be read; the message is one line."""


@dataclass(frozen=True, slots=True)
class Subscription:
    url: str
    title: str
    tags: tuple[str, ...]


def parse_opml(data: bytes) -> tuple[list[Subscription], int]:
    """The feeds of an OPML document and how many outlines were skipped (not http/https)."""
    from lxml import etree

    if len(data) > MAX_OPML_BYTES:
        raise OpmlError("the OPML file is larger than 20 MB")
    if b"<!ENTITY" in data.upper():
        raise OpmlError("the OPML file declares XML entities (refused)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise OpmlError(f"not a readable OPML file: {' '.join(str(error).split())}") from None
    if root is None or not isinstance(root.tag, str) or root.tag.lower() != "opml":
        raise OpmlError("not an OPML file (no <opml> root element)")
    body = root.find("body")
    found: list[Subscription] = []
    skipped = 0
    for outline in (body.iter("outline") if body is not None else []):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url:
            continue
        if not is_fetchable(url):
            skipped += 1
            continue
        title = clean_inline(outline.get("title") or outline.get("text") or "")[:300]
        found.append(Subscription(url, title, _folders(outline)))
    return found, skipped


def _folders(outline: object) -> tuple[str, ...]:
    tags = []
    for parent in outline.iterancestors("outline"):  # type: ignore[attr-defined]
        name = clean_inline(parent.get("title") or parent.get("text") or "")
        if name:
            tags.append(name[:100])
    return tuple(reversed(tags))


def write_opml(feeds: list[FeedInfo], title: str = "Claimdesk subscriptions") -> str:
    """An OPML 2.0 document; a feed with tags is listed under each of its tags' folders."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             f"  <head><title>{_text(title)}</title></head>", "  <body>"]
    folders: dict[str, list[FeedInfo]] = {}
    for feed in feeds:
        if not feed.tags:
            lines.append("    " + _outline(feed))
        for tag in feed.tags:
            folders.setdefault(tag, []).append(feed)
    for tag, members in sorted(folders.items()):
        name = _attr(tag)
        lines.append(f"    <outline text={name} title={name}>")
        lines.extend("      " + _outline(feed) for feed in members)
        lines.append("    </outline>")
    lines += ["  </body>", "</opml>"]
    return "\n".join(lines) + "\n"


_INVISIBLE = re.compile("[\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060"
                        "\u2066-\u2069\ufeff]")
"""Bidi and zero-width marks (and C1): written as character references."""


def _attr(value: str) -> str:
    """A quoted attribute, its controls shown as stand-ins (``clean_inline``): a tag typed
    with ``--tag`` kept ESC and BEL, which ``feeds --opml`` sent raw to the terminal and
    which no XML parser accepts (the file could not be imported again). Bidi overrides
    and zero-width marks (a feed's or an OPML folder's title) are written as character
    references: the same value for a parser, but never raw on the terminal, where an
    override reversed the rest of the line."""
    quoted = quoteattr(clean_inline(value))
    return _INVISIBLE.sub(lambda m: f"&#x{ord(m.group()):04X};", quoted)


def _text(value: str) -> str:
    return _attr(value)[1:-1]


def _outline(feed: FeedInfo) -> str:
    name = _attr(feed.title or feed.url)
    return (f"<outline type=\"rss\" text={name} title={name} "
            f"xmlUrl={_attr(feed.url)} htmlUrl={_attr(feed.site_url)}/>")
