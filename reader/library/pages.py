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
    """Bytes to text: the declared charset when the bytes fit it, else the file
    decoder's guesses. Servers often declare a charset the page is not in (UTF-8 for a
    Windows-1252 page, UTF-16 for UTF-8): decoded anyway, the first lost every accented
    letter to U+FFFD and the second became CJK noise, "too deeply nested" to parse."""
    match = _CHARSET.search(content_type_header or "")
    if match:
        try:
            codec = codecs.lookup(match.group(1)).name
            wide = codec.startswith(("utf-16", "utf-32"))
            if not wide or b"\x00" in body:  # wide text of any script has NUL bytes
                return body.decode(codec)
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
