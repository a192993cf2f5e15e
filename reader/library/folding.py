"""Folding case and accents the way the full-text index does, with offsets kept.

``mexico`` must find ``México`` both in the index (FTS5's ``remove_diacritics 2``) and when
the reader highlights the match in the text, so the text is folded one character at a time
and each folded character remembers the offset it came from.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character without its accents, case-folded (may be empty or longer)."""
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """``text`` without accents and case: for comparing, never for showing.

    Whole-string NFD plus one regex (C speed: 100,000 titles in a fraction of a second);
    ``fold_char`` does the same one character at a time where offsets matter.
    """
    return _MARKS.sub("", unicodedata.normalize("NFD", text)).casefold()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, its offset in ``text``."""
    pieces: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        pieces.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(pieces), offsets


def query_words(query: str) -> list[str]:
    """The words of a search, folded: what every match must contain."""
    return [w for w in _WORD.findall(fold(query)) if w]


def find_words(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` (code points) where any of ``words`` starts a word, in order."""
    if not words:
        return []
    folded, offsets = fold_with_offsets(text)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(folded):
        if match.end() == match.start():
            continue
        start = offsets[match.start()]
        end = offsets[match.end() - 1] + 1
        spans.append((start, end))
    return spans
