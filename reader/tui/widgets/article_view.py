"""ArticleView: one widget that shows "text + spans + cursor", drawn line by line.

The long sample article has more than 20,000 words, so the view uses Textual's Line API:
the text is wrapped once per width into visual lines (``reader.tui.layout``), and only the
lines on screen are turned into ``Strip`` objects, which are cached. Moving the cursor
re-renders just the lines of the old and the new cursor range, never the whole document.

Text is drawn from ``for_display(text)`` (same length, so every offset still holds) and
is never parsed as markup: styles are laid on by offset from spans.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events, work
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.selection import Selection as TextSelection
from textual.strip import Strip

from reader.core.text import for_display
from reader.tui.layout import LineTable, line_index, offset_at_cell, wrap_text
from reader.tui.palette import for_256_colours
from reader.tui.spans import LAYERS, PRIORITY, Span

Range = tuple[int, int]
PREFIX = "article-view--"
THREADED_WRAP = 400_000
"""Texts longer than this (code points) are wrapped in a thread worker."""


@lru_cache(maxsize=8)
def display_form(text: str) -> str:
    """``for_display(text)``, kept for the last few articles: reopening one is instant."""
    return for_display(text)


@lru_cache(maxsize=16)
def wrapped(display: str, width: int) -> tuple[tuple[int, int], ...]:
    """The visual lines of ``display`` at ``width``, cached per (article text, width):
    reopening an article or going back to a width skips the wrap (25 ms for 21k words)."""
    return tuple(wrap_text(display, width))


def clear_layout_cache() -> None:
    """Forget the cached display forms and wraps (the benchmark's cold open uses it)."""
    display_form.cache_clear()
    wrapped.cache_clear()


class ArticleView(ScrollView, can_focus=True):
    """A read-only view of one article's text with styled spans and a range cursor."""

    COMPONENT_CLASSES = {PREFIX + kind for kind in PRIORITY}

    selection: reactive[Range | None] = reactive(None, repaint=False, init=False)
    """The range drawn as selected (keyboard or mouse), or None; the article screen sets
    it from its ``Selector`` and redraws follow by themselves."""

    colours: str | None = None
    """Set to "256" or "truecolor" to draw for that colour depth whatever the terminal
    (tests); None follows the terminal (``COLORTERM``, ``TERM``)."""

    DEFAULT_CSS = """
    ArticleView {
        height: 1fr;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
    }
    """

    class Clicked(Message):
        """The user clicked the text at ``offset`` (code points into the text)."""

        def __init__(self, view: ArticleView, offset: int) -> None:
            super().__init__()
            self.view = view
            self.offset = offset

        @property
        def control(self) -> ArticleView:
            return self.view

    class MouseSelected(Message):
        """The mouse selected ``span`` of the text (None: the mouse selection was cleared)."""

        def __init__(self, view: ArticleView, span: Range | None) -> None:
            super().__init__()
            self.view = view
            self.span = span

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._text = ""
        self._display = ""
        self._breaks: list[int] = []
        self._active: list[frozenset[str]] = []
        self._lines = LineTable([])
        self._wrap_width = 0
        self._cursor: Range | None = None
        self._matches: list[Range] = []
        self._match_starts: list[int] = []
        self._current_match: Range | None = None
        self._hidden: set[str] = set()
        self._strips: LRUCache[int, Strip] = LRUCache(4096)
        self._spans: tuple[Span, ...] = ()
        self._styles: dict[frozenset[str], Style] = {}

    # ----- the interface: text, spans, cursor, matches, layers -----

    @property
    def text(self) -> str:
        return self._text

    @property
    def cursor(self) -> Range | None:
        return self._cursor

    @property
    def hidden_layers(self) -> frozenset[str]:
        return frozenset(self._hidden)

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def load(self, text: str, spans: Sequence[Span] = ()) -> None:
        """Show ``text`` with ``spans``; the cursor and matches are cleared."""
        self._text = text
        self._display = display_form(text)
        self._lines = LineTable([])
        self._cursor = None
        self.set_reactive(ArticleView.selection, None)
        self._current_match = None
        self._matches, self._match_starts = [], []
        self._wrap_width = 0
        self.set_spans(spans)
        self._rewrap()

    def set_spans(self, spans: Sequence[Span]) -> None:
        """Replace the styled spans (e.g. when the analysis arrives); the same spans
        again (annotations loaded but none there, analysis already shown) cost nothing."""
        spans = tuple(spans)
        if spans == self._spans and self._breaks:
            return
        self._spans = spans
        self._breaks, self._active = _segment(spans)
        self._invalidate()

    def set_cursor(self, cursor: Range | None, scroll: bool = True) -> None:
        """Move the cursor to a range; only the lines it leaves and enters are redrawn."""
        old, self._cursor = self._cursor, cursor
        self._refresh_range(old)
        self._refresh_range(cursor)
        if cursor is not None and scroll:
            self.scroll_to_offset(cursor[0])

    def watch_selection(self, old: Range | None, new: Range | None) -> None:
        """Redraw only the lines the selection leaves and enters; keep its end on screen."""
        self._refresh_range(old)
        self._refresh_range(new)
        if new is not None:
            self.scroll_to_offset(new[1] - 1 if new[1] > new[0] else new[0])

    def set_matches(self, matches: Sequence[Range], current: Range | None = None) -> None:
        """Highlight search matches, one of them as the current match."""
        self._matches = list(matches)
        self._match_starts = [start for start, _ in self._matches]
        self._current_match = current
        self._invalidate()

    def toggle_layer(self, layer: str) -> bool:
        """Hide or show a layer (entities, quotes, claims); return True if now shown."""
        self._hidden ^= {layer}
        self._invalidate()
        return layer not in self._hidden

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the line holding ``offset`` is on screen, about a third from the top."""
        if not self._lines:
            return
        y = line_index(self._lines, offset)
        top, height = int(self.scroll_offset.y), max(1, self.scrollable_content_region.height)
        if not top <= y < top + height:
            self.scroll_to(y=max(0, y - height // 3), animate=False, immediate=True)

    def rendered_style_at(self, offset: int) -> Style:
        """The style actually drawn for the character at ``offset`` (for tests and tools)."""
        y = line_index(self._lines, offset)
        position = self._lines[y][0]
        for segment in self._strip(y):
            if position <= offset < position + len(segment.text):
                return segment.style or Style()
            position += len(segment.text)
        return Style()

    # ----- Textual hooks -----

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._invalidate()

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap()

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self._lines:
            return
        y = int(self.scroll_offset.y) + offset.y
        if y >= len(self._lines):
            return
        self.post_message(self.Clicked(self, offset_at_cell(self._text, self._lines[y], offset.x)))

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        document_y = int(self.scroll_offset.y) + y
        if document_y >= len(self._lines):
            return Strip.blank(width, self._style_for(frozenset()))
        # The offsets (code point in the line, line) let Textual's mouse selection say
        # which characters were selected; see ``span_of_selection``.
        strip = self._strip(document_y).crop_extend(0, width, self._style_for(frozenset()))
        return strip.apply_offsets(0, document_y)

    # ----- mouse selection (Textual's text selection, mapped to text offsets) -----

    def span_of_selection(self, selection: TextSelection) -> Range | None:
        """The text range of a Textual selection (x: code point in line, y: line)."""
        if not self._lines:
            return None
        start = self._offset_of(selection.start, 0)
        end = self._offset_of(selection.end, len(self._text))
        return (start, end) if start < end else None

    def _offset_of(self, point: object, default: int) -> int:
        if point is None:
            return default
        x, y = point  # type: ignore[misc]
        if y >= len(self._lines):
            return len(self._text)
        line_start, line_end = self._lines[max(0, y)]
        return min(line_start + max(0, x), line_end)

    def get_selection(self, selection: TextSelection) -> tuple[str, str] | None:
        """The selected text, for copying (the canonical text, not the display form)."""
        span = self.span_of_selection(selection)
        return (self._text[span[0] : span[1]], "\n") if span else None

    def selection_updated(self, selection: TextSelection | None) -> None:
        span = self.span_of_selection(selection) if selection is not None else None
        self.post_message(self.MouseSelected(self, span))

    # ----- internals -----

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._wrap_width:
            return
        self._wrap_width = width
        if len(self._display) > THREADED_WRAP:
            self._wrap_in_thread(self._display, width)
        else:
            self._apply_lines(self._display, width, list(wrapped(self._display, width)))

    @work(thread=True, exclusive=True, exit_on_error=False, group="article-view-wrap")
    def _wrap_in_thread(self, text: str, width: int) -> None:
        """Wrap a very large text off the UI thread (a 5 MB line takes seconds)."""
        lines = wrap_text(text, width)
        self.app.call_from_thread(self._apply_lines, text, width, lines)

    def _apply_lines(self, text: str, width: int, lines: list[tuple[int, int]]) -> None:
        if text is not self._display or width != self._wrap_width:
            return  # a newer text or width arrived meanwhile
        self._lines = LineTable(lines)
        self._strips.clear()
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()
        if self._cursor is not None:
            self.call_after_refresh(self.scroll_to_offset, self._cursor[0])

    def _invalidate(self) -> None:
        self._styles.clear()
        self._strips.clear()
        self.refresh()

    def _refresh_range(self, span: Range | None) -> None:
        if span is None or not self._lines:
            return
        first = line_index(self._lines, span[0])
        last = line_index(self._lines, max(span[0], span[1] - 1))
        for y in range(first, last + 1):
            self._strips.discard(y)
        self.refresh_lines(first, last - first + 1)

    def _strip(self, y: int) -> Strip:
        cached = self._strips.get(y)
        if cached is not None:
            return cached
        start, end = self._lines[y]
        points = {start, end}
        inside = slice(bisect_right(self._breaks, start), bisect_left(self._breaks, end))
        points.update(self._breaks[inside])
        for first, last in self._overlays(start, end):
            points.update(p for p in (first, last) if start < p < end)
        segments = [
            Segment(self._display[a:b], self._style_for(self._kinds_at(a)))
            for a, b in pairwise(sorted(points))
        ]
        strip = Strip(segments, cell_len(self._display[start:end]))
        self._strips[y] = strip
        return strip

    def _overlays(self, start: int, end: int) -> Iterable[Range]:
        if self._cursor is not None:
            yield self._cursor
        if self.selection is not None:
            yield self.selection
        index = bisect_left(self._match_starts, start) - 1
        for match in self._matches[max(0, index) :]:
            if match[0] >= end:
                break
            yield match

    def _kinds_at(self, offset: int) -> frozenset[str]:
        index = bisect_right(self._breaks, offset) - 1
        kinds = self._active[index] if 0 <= index < len(self._active) else frozenset()
        extra = set()
        if self._cursor is not None and self._cursor[0] <= offset < self._cursor[1]:
            extra.add("cursor")
        selection = self.selection
        if selection is not None and selection[0] <= offset < selection[1]:
            extra.add("selection")
        match_index = bisect_right(self._match_starts, offset) - 1
        if match_index >= 0 and offset < self._matches[match_index][1]:
            current = self._matches[match_index] == self._current_match
            extra.add("match-current" if current else "match")
        return kinds | extra if extra else kinds

    def _style_for(self, kinds: frozenset[str]) -> Style:
        style = self._styles.get(kinds)
        if style is None:
            style = self.rich_style
            for kind in PRIORITY:
                if kind in kinds and LAYERS.get(kind) not in self._hidden:
                    style += self._component(kind)
            if self.colour_system() == "256":
                style = for_256_colours(style, self.rich_style)
            self._styles[kinds] = style
        return style

    def colour_system(self) -> str:
        """The terminal's colours ("truecolor", "256", ...); ``colours`` overrides it."""
        if self.colours:
            return self.colours
        try:
            return self.app.console.color_system or "truecolor"
        except Exception:  # no app yet (a view built outside an app)
            return "truecolor"

    def _component(self, kind: str) -> Style:
        """A component's own style; its background blended over the view's background."""
        name = PREFIX + kind
        partial = self.get_component_rich_style(name, partial=True)
        if partial.bgcolor is not None:
            partial += Style(bgcolor=self.get_component_rich_style(name).bgcolor)
        return partial


def _segment(spans: Sequence[Span]) -> tuple[list[int], list[frozenset[str]]]:
    """Cut the text at every span boundary; list the kinds active in each piece."""
    events: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for span in spans:
        events[span.start].append((1, span.kind))
        events[span.end].append((-1, span.kind))
    breaks = sorted(events)
    active: list[frozenset[str]] = []
    counts: dict[str, int] = defaultdict(int)
    for point in breaks:
        for delta, kind in events[point]:
            counts[kind] += delta
        active.append(frozenset(kind for kind, count in counts.items() if count > 0))
    return breaks, active
