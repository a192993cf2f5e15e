"""A fetched web page as an article: decoded, then extracted like an HTML file.

Extraction (trafilatura, through ``reader.sources.html``) runs in a worker thread with a
time limit so one pathological page cannot hold up a refresh. The charset comes from
the HTTP header when it names one Python knows, else the file decoder's fixed guesses.
"""

from __future__ import annotations

import asyncio
import codecs
import re

from reader.core.model import Article
from reader.sources.decode import decode_bytes
from reader.sources.errors import SourceError

EXTRACT_SECONDS = 20.0
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


class PageError(Exception):
    """The page gave no article; the message is one line."""


def decode_page(body: bytes, content_type_header: str) -> str:
    """Bytes to text: the declared charset if valid, else the file decoder's guesses."""
    match = _CHARSET.search(content_type_header or "")
    if match:
        try:
            codecs.lookup(match.group(1))
            return body.decode(match.group(1), errors="replace")
        except (LookupError, UnicodeError):
            pass
    try:
        return decode_bytes(body, "page").text
    except SourceError as error:
        raise PageError(error.reason) from None


def extract_page(body: bytes, url: str, content_type_header: str = "") -> Article:
    """The page's article; its URL is the page's, normalised by the caller."""
    text = decode_page(body, content_type_header)
    try:
        from reader.sources.html import load_html

        article = load_html(text, url, {})
    except SourceError as error:
        raise PageError(error.reason) from None
    article.url = url
    article.path = url
    return article


async def extract_page_async(body: bytes, url: str, content_type_header: str = "",
                             seconds: float = EXTRACT_SECONDS) -> Article:
    """``extract_page`` in a thread with a time limit."""
    try:
        return await asyncio.wait_for(
            asyncio.to_thread(extract_page, body, url, content_type_header), seconds
        )
    except TimeoutError:
        raise PageError(f"extracting the page took more than {seconds:g} s") from None
