"""Keyboard selection of a span of the canonical text, as pure functions.

A ``Selection`` is a half-open range of code-point offsets into ``Article.text``. Every
function here returns a selection that is inside the text, non-empty, and neither starts
nor ends on whitespace, so that what the user annotates is exactly the words they see.

Word steps stop at two kinds of boundaries, which together make the steps feel natural
in news text:

* *tokens*: runs of word characters, joined across inner dots, apostrophes, hyphens,
  commas and colons (``EE.UU``, ``9,5``, ``10:30``, ``well-known``), and free-standing
  symbols (``%``, ``€``, ``$``);
* *chunks*: maximal runs of non-whitespace, so that one more step after ``año`` takes the
  attached ``”.`` before moving on to the next word.

The end moves over token and chunk *ends*; the start over token and chunk *starts*.
Because extending and shrinking walk the same ordered set of stops, one step forward
and one back always return to where they began.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from reader.core.model import Analysis, Quote

Side = Literal["start", "end"]

_TOKEN = re.compile(r"\w+(?:[.'’\-‐,:/]\w+)*|[%‰°€$£¥#&+±§©®™]+")
_CHUNK = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Selection:
    """A non-empty half-open span ``[start, end)`` of the canonical text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid selection {self.start}..{self.end}")

    def text(self, text: str) -> str:
        """The selected characters."""
        return text[self.start : self.end]

    def contains(self, offset: int) -> bool:
        """True when ``offset`` is one of the selected characters."""
        return self.start <= offset < self.end


def trim(text: str, start: int, end: int) -> Selection | None:
    """Clamp a range to the text and strip whitespace at both ends; None when nothing is left.

    This is the way in for any range from outside (a mouse selection, a sentence or
    quotation from the analysis), so that every selection obeys the same rules.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Selection(start, end) if start < end else None


@lru_cache(maxsize=8)
def _stops(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Sorted start stops and end stops of tokens and chunks (cached: texts are long)."""
    starts: set[int] = set()
    ends: set[int] = set()
    for pattern in (_TOKEN, _CHUNK):
        for match in pattern.finditer(text):
            starts.add(match.start())
            ends.add(match.end())
    return tuple(sorted(starts)), tuple(sorted(ends))


@lru_cache(maxsize=8)
def _tokens(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the text's tokens, in order (cached: texts are long)."""
    matches = list(_TOKEN.finditer(text))
    return tuple(m.start() for m in matches), tuple(m.end() for m in matches)


def _word_at(text: str, offset: int) -> Selection | None:
    """The token containing ``offset``, else the next token, else the last one.

    A text with no token at all (only marks such as ``«»``) gives its first chunk.
    """
    starts, ends = _tokens(text)
    if not starts:
        chunk = _CHUNK.search(text)
        return Selection(chunk.start(), chunk.end()) if chunk else None
    i = min(bisect.bisect_right(ends, offset), len(ends) - 1)
    return Selection(starts[i], ends[i])


def start_selection(text: str, offset: int) -> Selection | None:
    """The selection ``v`` starts with: the word at ``offset`` (or the next word).

    With a sentence cursor the offset is the sentence's start, so the selection starts
    as the sentence's first word; after a search it is the word that was found.
    Returns None for a text with nothing but whitespace.
    """
    if not text.strip():
        return None
    return _word_at(text, max(0, min(offset, len(text))))


def extend_word(sel: Selection, text: str, direction: int, side: Side = "end") -> Selection:
    """Grow (``direction`` > 0) or shrink (< 0) the selection by one word on one side.

    ``side="end"`` moves the end (``w``/``b``); ``side="start"`` moves the start, growing
    backwards or shrinking forwards. A shrink that would empty the selection, or a grow
    at the edge of the text, leaves it unchanged.
    """
    starts, ends = _stops(text)
    if side == "end":
        return _step_end(sel, ends, direction)
    if direction > 0:
        i = bisect.bisect_left(starts, sel.start) - 1
        return Selection(starts[i], sel.end) if i >= 0 else sel
    i = bisect.bisect_right(starts, sel.start)
    return Selection(starts[i], sel.end) if i < len(starts) and starts[i] < sel.end else sel


def _step_end(sel: Selection, ends: Sequence[int], direction: int) -> Selection:
    """Move the end to the next/previous of the sorted ``ends``, never to or before the start."""
    if direction > 0:
        i = bisect.bisect_right(ends, sel.end)
        return Selection(sel.start, ends[i]) if i < len(ends) else sel
    i = bisect.bisect_left(ends, sel.end) - 1
    return Selection(sel.start, ends[i]) if i >= 0 and ends[i] > sel.start else sel


def _trimmed_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[Selection]:
    """Spans as trimmed selections, sorted, empty ones dropped."""
    out = {s for s in (trim(text, a, b) for a, b in spans) if s is not None}
    return sorted(out, key=lambda s: (s.start, s.end))


def extend_sentence(
    sel: Selection, text: str, sentences: Sequence[tuple[int, int]], direction: int
) -> Selection:
    """Move the end to the next sentence end (``j``) or back to the previous one (``k``).

    Shrinking never goes to or before the start; at either edge nothing changes.
    """
    return _step_end(sel, sorted({s.end for s in _trimmed_spans(text, sentences)}), direction)


def snap_to_quote(
    sel: Selection, text: str, quotes: Sequence[Quote | tuple[int, int]], direction: int
) -> Selection:
    """Replace the selection by the next (``]``) or previous (``[``) quotation.

    Quotations are walked in document order, ordered by (start, end), relative to the
    selection itself; a selection inside a quotation snaps back to it with ``[``.
    With no quotation in that direction the selection is unchanged.
    """
    return _snap(sel, _trimmed_spans(text, (_span(q) for q in quotes)), direction)


def _snap(sel: Selection, spans: Sequence[Selection], direction: int) -> Selection:
    """The span after (or before) the selection in (start, end) order of sorted ``spans``."""
    key = (sel.start, sel.end)
    if direction > 0:
        later = [q for q in spans if (q.start, q.end) > key]
        return later[0] if later else sel
    earlier = [q for q in spans if (q.start, q.end) < key]
    return earlier[-1] if earlier else sel


def _span(item: Quote | tuple[int, int]) -> tuple[int, int]:
    if isinstance(item, tuple):
        return item
    return item.start, item.end


def default_target(
    cursor_offset: int, analysis: Analysis, text: str | None = None
) -> Selection | None:
    """What ``a`` annotates without a selection: the quotation under the cursor, else the sentence.

    With nested quotations the innermost one containing the cursor wins. Between
    sentences (on a blank line) the next sentence is taken, at the very end the last.
    Spans are trimmed when ``text`` is given.
    """
    inside = [q for q in analysis.quotes if q.start <= cursor_offset < q.end]
    if inside:
        best = min(inside, key=lambda q: q.end - q.start)
        return _as_selection(text, best.start, best.end)
    sentences = sorted(analysis.sentences)
    for start, end in sentences:
        if end > cursor_offset:
            return _as_selection(text, start, end)
    if sentences:
        return _as_selection(text, *sentences[-1])
    return None


def _as_selection(text: str | None, start: int, end: int) -> Selection | None:
    if text is not None:
        return trim(text, start, end)
    return Selection(start, end) if 0 <= start < end else None


class Selector:
    """One article's keyboard selection: the state behind ``v``, ``w``/``b``, ``j``/``k``, ``]``.

    The screen keeps one while selecting and drops it on ``escape``; sentences and
    quotations are trimmed and sorted once here, not at every key press.
    """

    def __init__(self, text: str, analysis: Analysis, selection: Selection) -> None:
        self.text = text
        self.selection = selection
        self._sentence_ends = sorted({s.end for s in _trimmed_spans(text, analysis.sentences)})
        self._quotes = _trimmed_spans(text, map(_span, analysis.quotes))

    @classmethod
    def start(cls, text: str, analysis: Analysis, offset: int) -> Selector | None:
        """Start at the word at ``offset`` (``v``); None when the text has no words."""
        first = start_selection(text, offset)
        return cls(text, analysis, first) if first is not None else None

    def word(self, direction: int, side: Side = "end") -> Selection:
        """``w`` (+1) / ``b`` (-1), or the start side when ``side="start"``."""
        self.selection = extend_word(self.selection, self.text, direction, side)
        return self.selection

    def sentence(self, direction: int) -> Selection:
        """``j`` (+1) / ``k`` (-1)."""
        self.selection = _step_end(self.selection, self._sentence_ends, direction)
        return self.selection

    def quote(self, direction: int) -> Selection:
        """``]`` (+1) / ``[`` (-1)."""
        self.selection = _snap(self.selection, self._quotes, direction)
        return self.selection
