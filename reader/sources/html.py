"""HTML pages: the main article and its metadata, extracted with trafilatura.

trafilatura (imported lazily: it takes about 0.2 s to import) removes navigation, ads,
footers, scripts, styles and event handlers and returns its XML form, whose ``head``
elements keep heading levels (``rend="h2"``), so headings stay headings. Metadata (title,
date, author, site name, canonical URL) comes from trafilatura's extraction of ``<meta>``
and page markup; the language from ``<html lang>``. A page that lxml cannot build (for
example 20,000 nested elements) or that has no recognisable article is refused with one
line; recursion and parser errors never escape. The extraction runs in a worker process
with a time and memory budget (``reader.sources.extract_worker``): a page over it (half a
million paragraphs took trafilatura minutes and most of a gigabyte) is extracted as plain
text instead, with a warning, or refused with one line.

trafilatura deletes controls, bidi marks, zero-width characters and soft hyphens, and a
control written as a character reference (``&#27;``) makes it drop the whole page;
``html_chars`` carries those characters through extraction as printable tokens, so an
HTML page keeps them exactly as a txt, md or json file does (the canonical text then
neutralises controls, and ``for_display`` makes invisible characters visible).
"""

from __future__ import annotations

import re
from typing import Any

from reader.core.model import Article
from reader.sources.assemble import Part, build_article, is_caption
from reader.sources.errors import SourceError
from reader.sources.html_chars import protect, restore

_CONTAINERS = ("item", "quote", "row", "p")


def _element_text(element: Any) -> str:
    return restore(" ".join(" ".join(element.itertext()).split()))


def _parts_from_xml(main: Any) -> list[Part]:
    """Walk trafilatura's XML body in document order, one block per text element."""
    parts: list[Part] = []
    for element in main.iter("head", "p", "item", "quote", "row", "code"):
        if any(parent.tag in _CONTAINERS for parent in element.iterancestors()):
            continue
        text = _element_text(element)
        if element.tag == "head":
            rend = element.get("rend") or "h2"
            level = int(rend[1:]) if rend[1:].isdigit() else 2
            parts.append(("heading", text, level))
        elif is_caption(text):
            parts.append(("caption", text, 0))
        else:
            parts.append(("paragraph", text, 0))
    return parts


def _page_language(tree: Any) -> str:
    """The ``<html lang>`` attribute, or a ``content-language`` meta tag."""
    lang = tree.get("lang") or tree.get("xml:lang") or ""
    if not lang:
        for meta in tree.iter("meta"):
            if (meta.get("http-equiv") or "").lower() == "content-language":
                lang = meta.get("content") or ""
                break
    return restore(str(lang))


class PageRefused(Exception):
    """The page has no article that can be extracted; the message is the one-line reason."""


def _extract(text: str) -> tuple[Any, str]:
    """Parse the page and extract the article as trafilatura XML; raise PageRefused."""
    import trafilatura
    from lxml import etree

    if not text.strip():  # a fetched page with an empty body (a file is refused earlier)
        raise PageRefused("the page is empty")
    tree = trafilatura.load_html(protect(text))
    if tree is None:
        raise PageRefused("the HTML page could not be parsed (too deeply nested?)")
    language = _page_language(tree)
    xml = trafilatura.extract(
        tree, output_format="xml", with_metadata=True, include_tables=True,
        include_comments=False, include_images=False, deduplicate=False,
    )
    if not xml:
        raise PageRefused("no article text found in the HTML page")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(xml.encode("utf-8"), parser), language


_PROLOGUE = re.compile(r"\A(?:\s+|<\?xml[^>]*>|<!--.*?-->|<\?[^>]*>)*", re.DOTALL)
_FIRST_TAG = re.compile(r"<!?([A-Za-z][\w:.-]*)")
_FEEDS = {"rss": "an RSS feed", "feed": "an Atom feed", "rdf:rdf": "an RSS (RDF) feed"}


def not_html(text: str) -> str | None:
    """What a file named ``.html`` looks like when it is not a web page (an RSS or Atom
    feed, another XML document), else None. Only the opening of the file is looked at:
    a feed renamed ``.html`` would otherwise be "extracted" into a jumble of items."""
    head = text[:8192].lstrip("\ufeff")
    prologue = _PROLOGUE.match(head)
    rest = head[prologue.end() if prologue else 0 :]
    tag = _FIRST_TAG.match(rest)
    if tag is None:
        return None
    name = tag.group(1).lower()
    if name in _FEEDS:
        return _FEEDS[name]
    declared_xml = head.lstrip().startswith("<?xml")
    if declared_xml and name not in ("doctype", "html"):
        return f"an XML document (<{name[:30]}>)"
    return None


def extract_full(text: str) -> dict[str, Any]:
    """The article of a decoded page, as plain data (``parts`` and ``meta``), extracted with
    trafilatura; every failure is a ``PageRefused`` with one line. Runs in the extraction
    worker process (``reader.sources.extract_worker``), which bounds its time and memory."""
    try:
        doc, language = _extract(text)
    except PageRefused:
        raise
    except RecursionError:
        raise PageRefused("the HTML page is nested too deeply") from None
    except ImportError as error:  # a broken install, not a bad page: say which module
        raise PageRefused(f"HTML support is not installed correctly ({error})") from None
    except MemoryError:
        raise
    except Exception as error:  # lxml and trafilatura raise many types on broken pages
        if "memory" in str(error).lower():  # libxml2's "Memory allocation failed": the cap
            raise MemoryError from None
        raise PageRefused(f"the HTML page could not be read ({type(error).__name__})") from None
    meta = {
        "title": restore(doc.get("title") or ""),
        "source": restore(doc.get("sitename") or doc.get("hostname") or ""),
        "url": restore(doc.get("url") or ""),
        "date": restore(doc.get("date") or ""),
        "language": language,
        "author": restore(doc.get("author") or ""),
    }
    main = doc.find("main")
    return {"parts": _parts_from_xml(main if main is not None else doc), "meta": meta}


def load_html(text: str, path: str, extra: dict[str, str]) -> Article:
    """Build an article from a decoded HTML page (extracted within the budget of
    ``reader.sources.extract_worker``; a page over it is shown as plain text or refused)."""
    from reader.sources.extract_worker import ExtractionFailed, extract_html

    looks_like = not_html(text)
    if looks_like:
        raise SourceError(path, f"this looks like {looks_like}, not an HTML page")
    try:
        page = extract_html(text)
    except ExtractionFailed as error:
        raise SourceError(path, str(error)) from None
    page.meta.extra.update(extra)
    if page.notice:
        page.meta.extra["warning"] = page.notice
    return build_article(path, "html", page.parts, page.meta)
