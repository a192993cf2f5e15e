"""A fast plain-text extraction of an HTML page: the fallback when trafilatura is over budget.

trafilatura weighs every element of a page against its neighbours, which is what makes its
articles clean and what made a page of half a million paragraphs take minutes. This reads
the page once with lxml's HTML parser, drops what is never text (scripts, styles,
templates, comments), and keeps each block element's words (paragraphs, headings, list
items, quotations, table cells...) in document order: no boilerplate removal, so menus and
footers may remain, which is why the article then carries a warning. Characters the
parser would drop are carried through as the main path does (``html_chars``).
"""

from __future__ import annotations

from typing import Any

from reader.sources.assemble import Part
from reader.sources.html import PageRefused, _page_language
from reader.sources.html_chars import protect, restore

_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_BLOCKS = frozenset({"p", "li", "blockquote", "pre", "td", "th", "dd", "dt", "figcaption",
                     "address", "summary", *_HEADINGS})
_NEVER_TEXT = ("script", "style", "noscript", "template", "head", "svg", "math")


def _words(element: Any) -> str:
    return restore(" ".join(" ".join(element.itertext()).split()))


def _block_parts(body: Any) -> list[Part]:
    """One part per outermost block element, in document order (a block inside another
    is part of the outer one's words, so its subtree is not searched again)."""
    parts: list[Part] = []
    stack = [body]
    while stack:
        element = stack.pop()
        if element.tag in _BLOCKS:
            text = _words(element)
            if text:
                level = _HEADINGS.get(element.tag)
                parts.append(("heading", text, level) if level else ("paragraph", text, 0))
            continue
        stack.extend(reversed(element))
    return parts


def _line_parts(body: Any) -> list[Part]:
    """No block elements: the body's text, one paragraph per non-blank line."""
    text = "\n".join(body.itertext())
    return [("paragraph", restore(" ".join(line.split())), 0)
            for line in text.splitlines() if line.strip()]


def extract_plain(text: str) -> dict[str, Any]:
    """The page's text as plain data (``parts`` and ``meta``, like ``extract_full``)."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(protect(text))
    except (etree.ParserError, ValueError, RecursionError) as error:
        raise PageRefused(f"the HTML page could not be parsed ({type(error).__name__})") from None
    title = tree.find(".//title")
    meta = {"title": _words(title) if title is not None else "",
            "language": _page_language(tree)}
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, *_NEVER_TEXT,
                         with_tail=False)
    body = tree.find("body")
    if body is None:
        body = tree
    parts = _block_parts(body) or _line_parts(body)
    if not parts:
        raise PageRefused("no article text found in the HTML page")
    return {"parts": parts, "meta": meta}
