"""Moving between ranges (sentences, quotations, candidates, matches) by position.

Pure functions: the screens ask "what comes after this offset" and get a range back.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

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
    """Case-insensitive literal matches of ``query`` in ``text`` (offsets into ``text``)."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text) if match.end() > match.start()]
