"""Case- and accent-blind matching whose matches point back into the original text.

Readers type ``mexico`` for "México" and ``sequia`` for "sequía". Folding a text removes
case (``str.casefold``, so ``ß`` matches ``ss``) and accents (the combining marks of the
canonical decomposition), which changes its length; ``FoldedText`` keeps, for every
folded character, the code point of the original it came from, so a match found in the
folded form is drawn on the original characters (offsets stay code points into the one
canonical text). Used by the library filter and the in-article search; anything else
that compares names can use ``fold`` too.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

Range = tuple[int, int]
_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]", re.DOTALL)
"""A run of ASCII characters, or one other character."""


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character folded: no case, no accents (may be empty or several characters)."""
    decomposed = unicodedata.normalize("NFD", char)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).casefold()


def fold(text: str) -> str:
    """``text`` without case or accents (``Valparaíso`` → ``valparaiso``)."""
    if text.isascii():
        return text.casefold()
    return "".join(fold_char(char) for char in text)


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A folded text and, per folded character, the index of its original character."""

    original: str
    folded: str
    origins: array[int]

    @classmethod
    def of(cls, text: str) -> FoldedText:
        """Fold ``text``, remembering where every folded character came from.

        Runs of ASCII (most of any article) are folded and mapped in one step each, so a
        long article folds in milliseconds; only other characters go one by one.
        """
        if text.isascii():
            return cls(text, text.casefold(), array("q", range(len(text))))
        pieces: list[str] = []
        origins = array("q")
        for run in _RUNS.finditer(text):
            start, piece = run.start(), run.group()
            if piece.isascii():
                pieces.append(piece.lower())
                origins.extend(range(start, run.end()))
                continue
            folded = fold_char(piece)
            pieces.append(folded)
            origins.extend([start] * len(folded))
        return cls(text, "".join(pieces), origins)

    def original_range(self, start: int, end: int) -> Range:
        """The original characters that the folded range ``[start, end)`` came from.

        A match that begins or ends inside the folding of one character (``ss`` of
        ``ß``) covers that whole character; marks that fold to nothing (a combining
        accent after its letter) go with the letter before them.
        """
        first = self.origins[start]
        last = self.origins[end - 1]
        if end == len(self.origins):
            return first, len(self.original)  # with any marks that fold to nothing
        following = self.origins[end]
        return first, following if following > last else last + 1

    def find_all(self, query: str) -> list[Range]:
        """Every non-overlapping match of ``query`` (folded too), as original ranges."""
        needle = fold(query)
        if not needle:
            return []
        ranges: list[Range] = []
        for match in re.finditer(re.escape(needle), self.folded):
            span = self.original_range(match.start(), match.end())
            if not ranges or span[0] >= ranges[-1][1]:
                ranges.append(span)
        return ranges


@lru_cache(maxsize=4)
def folded_text(text: str) -> FoldedText:
    """``FoldedText.of(text)``, kept for the last few texts: search folds once per article,
    not once per key typed."""
    return FoldedText.of(text)


def find_folded(text: str, query: str) -> list[Range]:
    """Matches of ``query`` in ``text`` ignoring case and accents (original offsets)."""
    return folded_text(text).find_all(query)


def contains_folded(haystack: str, needle: str) -> bool:
    """True when ``needle`` occurs in ``haystack`` ignoring case and accents."""
    return fold(needle) in fold(haystack)
