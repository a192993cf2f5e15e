"""How much of the shorter text an alignment covers: the words between its first and
last shared word, those both texts have outside it (moved), and an attribution at its
edges; and which words outside it each text has alone."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reader.across.attribution import attributed
from reader.across.normalise import Token
from reader.across.reordered import without_taken


def outside_alone(
    q: list[Token], c: list[Token], first: Any, last: Any
) -> tuple[list[int], list[int]]:
    """The positions outside the aligned stretch of each text, less the words both texts
    have outside it (``inside_coverage`` counts those as moved already)."""
    q_out = [*range(first.src_start), *range(last.src_end, len(q))]
    c_out = [*range(first.dest_start), *range(last.dest_end, len(c))]
    both = Counter(q[i].form for i in q_out) & Counter(c[j].form for j in c_out)
    return without_taken(q, q_out, both), without_taken(c, c_out, both)


def inside_coverage(q: list[Token], c: list[Token], first: Any, last: Any) -> tuple[float, int]:
    """The share of the shorter text inside the aligned region, and how many words
    outside it the other side also has outside (an attribution moved from after the
    quotation to before it): those count as covered; other trims do not."""
    q_outside = q[:first.src_start] + q[last.src_end:]
    c_outside = c[:first.dest_start] + c[last.dest_end:]
    moved = sum((Counter(t.form for t in q_outside) & Counter(t.form for t in c_outside))
                .values())
    q_inside = last.src_end - first.src_start
    c_inside = last.dest_end - first.dest_start
    if len(q) <= len(c):
        return min(1.0, (q_inside + moved) / len(q)), moved
    return min(1.0, (c_inside + moved) / len(c)), moved


def attributed_coverage(q: list[Token], c: list[Token], first: Any, last: Any) -> float:
    """The share of the shorter text inside the aligned region or in an attribution at
    its edges ("…, the minister said": ``attribution.py``)."""
    if len(q) <= len(c):
        inside = last.src_end - first.src_start
        return (inside + attributed(q, first.src_start, last.src_end)) / len(q)
    inside = last.dest_end - first.dest_start
    return (inside + attributed(c, first.dest_start, last.dest_end)) / len(c)
