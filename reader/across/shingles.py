"""Word shingles, hashed stably (the index is on disk: no per-process ``hash``).

A passage is indexed by a *winnowed* subset of its shingle hashes (the smallest of every
window), a lookup uses all of its own: any run of words the two share that is long
enough is then guaranteed to meet, at a fraction of the postings.
"""

from __future__ import annotations

from zlib import crc32

from reader.across.thresholds import THRESHOLDS


def shingle_hashes(words: list[str], size: int = THRESHOLDS.shingle_words) -> list[int]:
    """The hash of every run of ``size`` words (one for a shorter text), in order."""
    if not words:
        return []
    if len(words) <= size:
        return [crc32(" ".join(words).encode("utf-8"))]
    return [
        crc32(" ".join(words[i:i + size]).encode("utf-8"))
        for i in range(len(words) - size + 1)
    ]


def winnow(hashes: list[int], window: int = THRESHOLDS.winnow_window) -> set[int]:
    """The smallest hash of every ``window`` consecutive hashes (all when fewer)."""
    if len(hashes) <= window:
        return set(hashes)
    return {min(hashes[i:i + window]) for i in range(len(hashes) - window + 1)}
