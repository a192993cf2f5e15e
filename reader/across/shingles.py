"""Word shingles, hashed stably (the index is on disk: no per-process ``hash``).

A passage is indexed by a *winnowed* subset of its shingle hashes (the smallest of every
window), a lookup uses all of its own: any run of words the two share that is long
enough is then guaranteed to meet, at a fraction of the postings.
"""

from __future__ import annotations

from zlib import crc32

from reader.across.thresholds import THRESHOLDS

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

    Words are hashed once each (crc32, cached) and a run is hashed as the tuple of its
    word hashes: Python's hash of a tuple of ints is computed in C and is the same in
    every process and run (unlike a string's), so it may be stored on disk. ``abs``
    keeps it non-negative (FTS5 would read a minus sign as a separator)."""
    if not words:
        return []
    known = _WORD_HASHES.get
    hashes = list(map(known, words))
    if None in hashes:
        hashes = [h if h is not None else word_hash(w) for h, w in zip(hashes, words, strict=True)]
    return run_hashes(hashes, size)


def run_hashes(hashes: list[int], size: int = THRESHOLDS.shingle_words) -> list[int]:
    """The shingle hashes from the hashes of the words (``crc32`` of each word's UTF-8)."""
    if not hashes:
        return []
    if len(hashes) <= size:
        hashes = hashes + [0] * (size - len(hashes))
        size = len(hashes)
    if size == 3:
        runs = zip(hashes, hashes[1:], hashes[2:], strict=False)
    else:
        runs = zip(*(hashes[i:] for i in range(size)), strict=False)
    return list(map(abs, map(hash, runs)))


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
