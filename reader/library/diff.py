"""What changed between two versions of an article: a word-level diff.

Words and the spaces between them are the tokens, so joining the tokens of every
"equal" and "insert" piece gives the new text back exactly, and "equal" and "delete"
give the old one: the view can style deletions and insertions by offset.
"""

from __future__ import annotations

import difflib
import re
from typing import Literal

Op = Literal["equal", "delete", "insert"]
_TOKENS = re.compile(r"\s+|[^\s]+")


def tokens(text: str) -> list[str]:
    """Words and runs of white space, in order; joined they give ``text`` back."""
    return _TOKENS.findall(text)


def word_diff(old: str, new: str) -> list[tuple[Op, str]]:
    """The pieces of the diff in reading order: ``(op, text)`` with op equal/delete/insert."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    pieces: list[tuple[Op, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("delete", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("insert", "".join(b[j1:j2])))
    return pieces


def diff_summary(pieces: list[tuple[Op, str]]) -> tuple[int, int]:
    """Words deleted and inserted: for a one-line "what changed" in lists."""
    deleted = sum(len(text.split()) for op, text in pieces if op == "delete")
    inserted = sum(len(text.split()) for op, text in pieces if op == "insert")
    return deleted, inserted
