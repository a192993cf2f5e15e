"""Plain-text articles: an optional header block, then paragraphs at blank lines.

The header block is a run of ``Key: value`` lines at the very top, followed by a blank
line. Only known keys count (Title, Source, URL, Date, Language, Author, and their Spanish
names Título, Fuente, Fecha, Idioma, Autor), in any case; if any line of the first block is
not such a line, or the block is not followed by a blank line, there is no header and the
block is ordinary text. The body follows ``assemble.plain_parts``: paragraphs, captions
and stand-alone short lines as headings; a heading that opens the body becomes the title
when the header gives none.
"""

from __future__ import annotations

import re

from reader.core.model import Article
from reader.core.text import canonicalize
from reader.sources.assemble import Meta, build_article, plain_parts

_KEYS = {
    "title": "title",
    "título": "title",
    "titulo": "title",
    "source": "source",
    "fuente": "source",
    "url": "url",
    "link": "url",
    "date": "date",
    "fecha": "date",
    "language": "language",
    "lang": "language",
    "idioma": "language",
    "author": "author",
    "autor": "author",
    "byline": "author",
}
_HEADER_LINE = re.compile(r"^\s*([A-Za-zÁÉÍÓÚáéíóú]+)\s*:\s?(.*)$")
_MAX_HEADER_LINES = 12
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def parse_header(text: str) -> tuple[Meta | None, str]:
    """Split a leading header block from ``text``; ``None`` when there is no header."""
    pieces = _BLANK_LINE.split(text, maxsplit=1)
    if len(pieces) < 2:
        return None, text
    head, rest = pieces
    lines = head.split("\n")
    if len(lines) > _MAX_HEADER_LINES:
        return None, text
    meta = Meta()
    for line in lines:
        match = _HEADER_LINE.match(line)
        key = _KEYS.get(match.group(1).lower()) if match else None
        if match is None or key is None:
            return None, text
        setattr(meta, key, match.group(2).strip())
    return meta, rest


def load_txt(text: str, path: str, extra: dict[str, str]) -> Article:
    """Build an article from decoded plain text."""
    canonical = canonicalize(text).lstrip("\n")
    meta, body = parse_header(canonical)
    meta = meta or Meta()
    meta.extra.update(extra)
    return build_article(path, "txt", plain_parts(body), meta)
