"""One word in its British and its American spelling ("colour"/"color", "organised"/
"organized", "centres"/"centers", "travelled"/"traveled"): a rewrite, not another word.

The replacements are data (``spellings.txt``): fragments swapped where enough letters come
before them, and whole words no fragment states ("judgement"/"judgment"). Two words are
one spelling when one becomes the other, or an inflection of it, by at most ``MAX_SWAPS``
replacements (``decision.py``'s rule 4, through ``inflection.stem_pairs``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from reader.across.data_files import data_sections

MAX_SWAPS = 2
"""Replacements one word may need ("manoeuvre": oe → e, then re → er)."""
MIN_BEFORE = 3
"""Letters before a fragment, unless its line says otherwise ("four" is not "for")."""
MIN_WORD = 5
"""Shorter words are not respelled."""
MAX_WORD = 24
"""Longer words are not respelled (a hostile word must not cost a string per variant)."""


@dataclass(frozen=True, slots=True)
class Spellings:
    """The fragments (british, american, letters before) and the whole-word pairs."""

    fragments: tuple[tuple[str, str, int], ...]
    words: dict[str, frozenset[str]]


@cache
def spellings() -> Spellings:
    """``spellings.txt``, read once."""
    sections = data_sections("spellings.txt")
    fragments: list[tuple[str, str, int]] = []
    for parts in (line.split() for line in sections.get("fragments", ())):
        before = int(parts[2]) if len(parts) > 2 else MIN_BEFORE
        fragments.append((parts[0], parts[1], before))
    words: dict[str, set[str]] = {}
    for parts in (line.split() for line in sections.get("words", ())):
        if len(parts) == 2:
            words.setdefault(parts[0], set()).add(parts[1])
            words.setdefault(parts[1], set()).add(parts[0])
    return Spellings(tuple(fragments), {w: frozenset(s) for w, s in words.items()})


def _respelled_once(word: str) -> set[str]:
    """Every word one replacement makes of ``word``."""
    table = spellings()
    found = set(table.words.get(word, ()))
    for british, american, before in table.fragments:
        for old, new in ((british, american), (american, british)):
            at = word.find(old, before)
            while at != -1:
                found.add(word[:at] + new + word[at + len(old):])
                at = word.find(old, at + 1)
    return found


@lru_cache(maxsize=65_536)
def respelled(word: str, swaps: int = MAX_SWAPS) -> frozenset[str]:
    """``word`` and every spelling at most ``swaps`` replacements make of it."""
    if not MIN_WORD <= len(word) <= MAX_WORD or not word.isalpha():
        return frozenset((word,))
    found = {word}
    latest = {word}
    for _ in range(swaps):
        latest = {other for w in latest for other in _respelled_once(w)} - found
        found |= latest
    return frozenset(found)


def same_spelling(a: str, b: str, inflected: object = None) -> bool:
    """Whether ``a`` and ``b`` are one word spelt two ways; with ``inflected`` (a
    function of two words), also one word spelt two ways and inflected ("organising"/
    "organized")."""
    if a == b:
        return True
    variants = respelled(a)
    if b in variants:
        return True
    if inflected is None or len(variants) == 1:
        return False
    return any(inflected(v, b) for v in variants if v != a)  # type: ignore[operator]
