"""Word shingles, hashed stably (the index is on disk: no per-process ``hash``).

A passage is indexed by a *winnowed* subset of its shingle hashes (the smallest of every
window), a lookup uses all of its own: any run of words the two share that is long
enough is then guaranteed to meet, at a fraction of the postings.
"""

from __future__ import annotations

from zlib import crc32

from reader.across.thresholds import THRESHOLDS

_MASK = (1 << 62) - 1
_WORD_HASHES: dict[str, int] = {}
_CACHE_LIMIT = 500_000


def word_hash(word: str) -> int:
    """A stable 32-bit hash of one word (cached: news vocabulary repeats)."""
    found = _WORD_HASHES.get(word)
    if found is None:
        if len(_WORD_HASHES) >= _CACHE_LIMIT:
            _WORD_HASHES.clear()
        found = _WORD_HASHES[word] = crc32(word.encode("utf-8"))
    return found


def shingle_hashes(words: list[str], size: int = THRESHOLDS.shingle_words) -> list[int]:
    """The hash of every run of ``size`` words (one for a shorter text), in order.

    Words are hashed once each and combined by position, so a shingle costs a few
    integer operations; the result fits SQLite's signed 64-bit integers."""
    if not words:
        return []
    known = _WORD_HASHES.get
    hashes = list(map(known, words))
    if None in hashes:
        hashes = [h if h is not None else word_hash(w) for h, w in zip(hashes, words, strict=True)]
    if len(hashes) <= size:
        hashes += [0] * (size - len(hashes))
        size = len(hashes)
    if size == 3:
        return [((a * 0x9E3779B1 + b) * 0x85EBCA77 + c) & _MASK
                for a, b, c in zip(hashes, hashes[1:], hashes[2:], strict=False)]
    result = []
    for i in range(len(hashes) - size + 1):
        value = 0
        for part in hashes[i:i + size]:
            value = (value * 0x9E3779B1 + part) & _MASK
        result.append(value)
    return result


def winnow(hashes: list[int], window: int = THRESHOLDS.winnow_window) -> set[int]:
    """The smallest hash of every ``window`` consecutive hashes (all when fewer)."""
    if len(hashes) <= window:
        return set(hashes)
    if window == 4:
        return set(map(min, hashes, hashes[1:], hashes[2:], hashes[3:]))
    return {min(hashes[i:i + window]) for i in range(len(hashes) - window + 1)}


def indexed_hashes(hashes: list[int]) -> set[int]:
    """What a passage is indexed by: its winnowed hashes plus its first and last shingle.

    Newsrooms cut quotations at their ends ("La autovía … estará terminada en 2027"): a
    piece of three to five words kept from a passage's start or end then meets the
    passage for sure, where winnowing alone guarantees only runs of six words. At most
    two more postings a passage (often none: an edge is often a window's smallest)."""
    if not hashes:
        return set()
    return winnow(hashes) | {hashes[0], hashes[-1]}
