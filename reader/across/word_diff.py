"""The word diff of one comparison: which stretches of the two texts are equal,
changed, added or missing, as character spans in each text (``compare.py`` aligns the
words; ``diffs.py`` turns the parts into segments to draw)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.across.normalise import Token


@dataclass(frozen=True, slots=True)
class DiffPart:
    """One run of the word-level diff: ``equal``, ``changed`` (both sides), ``added``
    (only in the candidate), ``missing`` (only in the query); spans in each text."""

    kind: str
    query: tuple[int, int]
    candidate: tuple[int, int]


Edge = tuple[bool, list[int], list[int]]
"""An edge both sides rewrote: (at the head?, the query's words, the candidate's words)."""


def word_diff(q: list[Token], c: list[Token], ops: list, first: int, last: int,
          edges: Sequence[Edge] = ()) -> tuple[DiffPart, ...]:
    """The word diff over the shared region, neighbouring delete+insert shown as changed;
    words an edge rewrote on both sides ("… su EMPLEO" / "… su TRABAJO") are changed too,
    not context: a changed last word is what a fact-checker looks for."""
    parts: list[DiffPart] = [_edge_part(q, c, q_ids, c_ids) for head, q_ids, c_ids in edges
                             if head]
    index = first
    while index <= last:
        op = ops[index]
        if op.tag == "equal":
            parts.append(DiffPart("equal", _span(q, op.src_start, op.src_end),
                                  _span(c, op.dest_start, op.dest_end)))
            index += 1
            continue
        src_start, dest_start = op.src_start, op.dest_start
        src_end, dest_end = op.src_end, op.dest_end
        while index <= last and ops[index].tag != "equal":
            src_end, dest_end = ops[index].src_end, ops[index].dest_end
            index += 1
        kind = ("changed" if src_end > src_start and dest_end > dest_start
                else "added" if dest_end > dest_start else "missing")
        parts.append(DiffPart(kind, _span(q, src_start, src_end), _span(c, dest_start, dest_end)))
    parts += [_edge_part(q, c, q_ids, c_ids) for head, q_ids, c_ids in edges if not head]
    return tuple(parts)


def _edge_part(q: list[Token], c: list[Token], q_ids: list[int], c_ids: list[int]) -> DiffPart:
    """The words an edge changed, from the first to the last of them on each side."""
    return DiffPart("changed", _span(q, min(q_ids), max(q_ids) + 1),
                    _span(c, min(c_ids), max(c_ids) + 1))


def _span(words: list[Token], start: int, end: int) -> tuple[int, int]:
    """Character span of words ``start..end`` (an empty span where none)."""
    if end <= start:
        at = words[start].start if start < len(words) else (words[-1].end if words else 0)
        return at, at
    return words[start].start, words[end - 1].end
