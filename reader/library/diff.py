"""What changed between two versions of an article: a word-level diff.

Words and the spaces between them are the tokens, so joining the tokens of every
"equal" and "insert" piece gives the new text back exactly, and "equal" and "delete"
give the old one: the view can style deletions and insertions by offset.

The diff is taken by steps, lines, then sentences within changed lines, then words
within changed sentences: one ``SequenceMatcher`` over every word of a long article
costs time in the square of its length (the space token alone occurs once per word),
so opening the changes of a rewritten 5,000-word live blog froze the desk for 13 s and
one of 20,000 words for minutes. Two changed runs too long to align word by word keep
their common ends; the middle is shown as deleted and inserted whole.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from typing import Literal

Op = Literal["equal", "delete", "insert"]
_TOKENS = re.compile(r"\s+|[^\s]+")
_LINES = re.compile(r"[^\n]*\n|[^\n]+")
_SENTENCES = re.compile(r".*?(?:[.!?…]+[\"'”»)\]]*\s+|$)", re.DOTALL)
MAX_WORD_ALIGNMENT = 4_000_000
"""Above this product of token counts, two changed runs are not aligned word by word
(about a tenth of a second)."""


def tokens(text: str) -> list[str]:
    """Words and runs of white space, in order; joined they give ``text`` back."""
    return _TOKENS.findall(text)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCES.findall(text) if s]


def _lines(text: str) -> list[str]:
    return _LINES.findall(text)


_LEVELS: tuple[Callable[[str], list[str]], ...] = (_lines, _sentences, tokens)


def word_diff(old: str, new: str) -> list[tuple[Op, str]]:
    """The pieces of the diff in reading order: ``(op, text)`` with op equal/delete/insert."""
    pieces: list[tuple[Op, str]] = []
    _diff(old, new, 0, pieces)
    merged: list[tuple[Op, str]] = []
    for op, text in pieces:
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        else:
            merged.append((op, text))
    return merged


def _diff(old: str, new: str, level: int, pieces: list[tuple[Op, str]]) -> None:
    a, b = _LEVELS[level](old), _LEVELS[level](new)
    last = level == len(_LEVELS) - 1
    if last and len(a) * len(b) > MAX_WORD_ALIGNMENT:
        _trimmed(a, b, pieces)
        return
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        gone, come = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            pieces.append(("equal", gone))
        elif tag == "replace" and not last:
            _diff(gone, come, level + 1, pieces)
        else:
            _whole(gone, come, pieces)


def _trimmed(a: list[str], b: list[str], pieces: list[tuple[Op, str]]) -> None:
    """Runs too long to align: the words they share at both ends are kept equal, the
    middle is deleted and inserted whole."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    if head:
        pieces.append(("equal", "".join(a[:head])))
    _whole("".join(a[head:len(a) - tail]), "".join(b[head:len(b) - tail]), pieces)
    if tail:
        pieces.append(("equal", "".join(a[len(a) - tail:])))


def _whole(old: str, new: str, pieces: list[tuple[Op, str]]) -> None:
    if old:
        pieces.append(("delete", old))
    if new:
        pieces.append(("insert", new))


def diff_summary(pieces: list[tuple[Op, str]]) -> tuple[int, int]:
    """Words deleted and inserted: for a one-line "what changed" in lists."""
    deleted = sum(len(text.split()) for op, text in pieces if op == "delete")
    inserted = sum(len(text.split()) for op, text in pieces if op == "insert")
    return deleted, inserted
