"""Markdown articles: optional YAML front matter, headings kept, inline markup reduced.

Front matter is a block between ``---`` lines at the very top, read with
``yaml.safe_load``; if it is not valid YAML or not a mapping, it is removed from the text
and ignored (its problem is noted in ``Article.extra``), never a crash. The body is parsed
with markdown-it-py (CommonMark plus tables): headings keep their level, emphasis, links
and inline code become their plain text, list items, quotes, table rows and code blocks
become paragraphs, a paragraph made only of images becomes a caption (its alt text), and
raw HTML blocks are dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from reader.core.model import Article
from reader.core.text import canonicalize, clean_inline
from reader.sources.assemble import Meta, Part, build_article, is_caption

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MAX = 64 * 1024
_FIELDS = {
    "title": "title",
    "source": "source",
    "site": "source",
    "publisher": "source",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "date": "date",
    "published": "date",
    "language": "language",
    "lang": "language",
    "author": "author",
}


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str, str]:
    """Return (mapping or None, body, problem) for a text that may open with front matter."""
    match = _FRONT.match(text)
    if match is None or len(match.group(1)) > _FRONT_MAX:
        return None, text, ""
    import yaml

    body = text[match.end():]
    try:
        data = yaml.safe_load(match.group(1))
    except (yaml.YAMLError, RecursionError, ValueError):
        return None, body, "front matter is not valid YAML; ignored"
    if data is None:
        return None, body, ""
    if not isinstance(data, dict):
        return None, body, "front matter is not a mapping; ignored"
    return data, body, ""


def _scalar(value: Any) -> str:
    """A front-matter value as text; lists of strings are joined, other types ignored."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value)
    return ""


def meta_from_front(data: dict[str, Any] | None) -> Meta:
    """Pick the known fields of a front-matter mapping (keys matched case-insensitively)."""
    meta = Meta()
    for key, value in (data or {}).items():
        field = _FIELDS.get(str(key).lower())
        if field and not getattr(meta, field):
            setattr(meta, field, _scalar(value))
    return meta


def _inline_text(token: Any) -> tuple[str, bool]:
    """Plain text of an inline token, and whether it held only images (a caption)."""
    pieces: list[str] = []
    images = 0
    other = False
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
            other = other or bool(child.content.strip())
        elif child.type in ("softbreak", "hardbreak"):
            pieces.append(" ")
        elif child.type == "image":
            images += 1
            pieces.append(child.content)
    return clean_inline("".join(pieces)), images > 0 and not other


def markdown_parts(body: str) -> list[Part]:
    """Turn a Markdown body into blocks."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    parts: list[Part] = []
    heading_level = 0
    row: list[str] | None = None
    for token in tokens:
        if token.type == "heading_open":
            heading_level = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            parts.append(("paragraph", " · ".join(cell for cell in row if cell), 0))
            row = None
        elif token.type in ("fence", "code_block"):
            parts.append(("paragraph", token.content, 0))
        elif token.type == "inline":
            text, only_images = _inline_text(token)
            if row is not None:
                row.append(text)
            elif heading_level:
                parts.append(("heading", text, heading_level))
            elif only_images or is_caption(text):
                parts.append(("caption", text, 0))
            else:
                parts.append(("paragraph", text, 0))
    return parts


def load_markdown(text: str, path: str, extra: dict[str, str]) -> Article:
    """Build an article from decoded Markdown."""
    canonical = canonicalize(text).lstrip("\n")
    data, body, problem = split_front_matter(canonical)
    meta = meta_from_front(data)
    meta.extra.update(extra)
    if problem:
        meta.extra["warning"] = problem
    return build_article(path, "md", markdown_parts(body), meta)
