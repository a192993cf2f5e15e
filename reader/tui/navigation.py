"""Moving between ranges (sentences, quotations, candidates, matches) by position.

Pure functions: the screens ask "what comes after this offset" and get a range back.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from reader.core.folding import find_folded

Range = tuple[int, int]


def next_range(ranges: Sequence[Range], position: int) -> Range | None:
    """The first range starting after ``position`` (ranges sorted by start)."""
    starts = [start for start, _ in ranges]
    index = bisect_right(starts, position)
    return ranges[index] if index < len(ranges) else None


def previous_range(ranges: Sequence[Range], position: int) -> Range | None:
    """The last range starting before ``position``."""
    starts = [start for start, _ in ranges]
    index = bisect_left(starts, position) - 1
    return ranges[index] if index >= 0 else None


def range_containing(ranges: Sequence[Range], offset: int) -> Range | None:
    """The range that holds ``offset``, else the nearest one that starts before it."""
    starts = [start for start, _ in ranges]
    index = bisect_right(starts, offset) - 1
    if index < 0:
        return ranges[0] if ranges else None
    return ranges[index]


def find_all(text: str, query: str) -> list[Range]:
    """Literal matches of ``query`` in ``text`` ignoring case and accents (``sequia``
    finds "sequía"), as offsets into ``text`` itself."""
    return find_folded(text, query)


def cycle(ranges: Sequence[Range], position: int, forward: bool) -> tuple[Range | None, str]:
    """The next (or previous) range, wrapping around at the end (or the start).

    Returns the range and the notice to show when it wrapped (``""`` otherwise), so every
    key that wraps (``n``/``N``, ``m``/``M``) says it the same way.
    """
    if not ranges:
        return None, ""
    if forward:
        found = next_range(ranges, position)
        return (found, "") if found is not None else (ranges[0], WRAPPED_TO_TOP)
    found = previous_range(ranges, position)
    return (found, "") if found is not None else (ranges[-1], WRAPPED_TO_BOTTOM)


WRAPPED_TO_TOP = "reached the end, wrapped to the top"
WRAPPED_TO_BOTTOM = "reached the start, wrapped to the bottom"
