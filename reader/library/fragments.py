"""HTML fragments from feeds (titles, summaries, content) turned into plain text.

A feed's HTML is read with the standard library's tolerant ``HTMLParser``: tags only
break paragraphs, scripts and styles are dropped, entities are decoded to text and
nothing else is interpreted. What comes out is text, to be composed into the canonical
text like any other source; markup-looking text (``[b]``, ``<x>`` written as entities)
stays literal text.
"""

from __future__ import annotations

from html.parser import HTMLParser

from reader.core.model import BlockKind
from reader.core.text import clean_inline

_BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "blockquote", "section", "article", "tr", "table",
    "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figure", "figcaption", "hr", "dd", "dt",
})
_SKIPPED = frozenset({"script", "style", "template", "noscript", "iframe", "object", "svg"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
MAX_FRAGMENT = 2_000_000

Part = tuple[BlockKind, str, int]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[Part] = []
        self._buffer: list[str] = []
        self._skip = 0
        self._heading = 0

    def _flush(self) -> None:
        text = clean_inline("".join(self._buffer))
        self._buffer.clear()
        if text:
            kind: BlockKind = "heading" if self._heading else "paragraph"
            self.parts.append((kind, text, self._heading))

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag in _BLOCKS:
            self._flush()
            self._heading = _HEADINGS.get(tag, self._heading)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self._flush()
            if tag in _HEADINGS:
                self._heading = 0

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buffer.append(data)


def html_parts(fragment: str) -> list[Part]:
    """Paragraphs and headings of an HTML fragment (plain text passes through as one)."""
    collector = _Collector()
    try:
        collector.feed(fragment[:MAX_FRAGMENT])
        collector.close()
    except (AssertionError, ValueError, RecursionError):
        pass  # HTMLParser is tolerant; keep what was read
    collector._flush()
    return collector.parts


def html_text(fragment: str) -> str:
    """A fragment as one line of text: for titles and authors."""
    return clean_inline(" ".join(text for _, text, _ in html_parts(fragment)))


def word_count(parts: list[Part]) -> int:
    return sum(len(text.split()) for _, text, _ in parts)
