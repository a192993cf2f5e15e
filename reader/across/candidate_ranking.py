"""Which indexed passages a lookup compares, when more share its shingles than it may compare."""

from __future__ import annotations

import sqlite3
from collections import Counter

from reader.across.thresholds import THRESHOLDS


def most_shared_earliest(db: sqlite3.Connection, counts: Counter[int]) -> tuple[list[int], int]:
    """The ``max_candidates`` passages sharing most shingles and how many were left out;
    among those sharing as many as the last one taken, the earliest articles' (dated
    before undated).

    A quotation carried by hundreds of articles ties them all, and ``most_common`` kept
    the first indexed: "seen" and ClaimReview's ``firstAppearance`` then named an article
    months after the first one that carried it. The count left out lets "seen" say that
    more articles may carry it."""
    limit = THRESHOLDS.max_candidates
    ranked = counts.most_common()
    left_out = max(0, len(ranked) - limit)
    if len(ranked) <= limit:
        return [pid for pid, _ in ranked], left_out
    cutoff = ranked[limit - 1][1]
    chosen = [pid for pid, count in ranked if count > cutoff]
    tied = [pid for pid, count in ranked if count == cutoff]
    dated: list[tuple[bool, str, int]] = []
    for start in range(0, len(tied), 500):
        chunk = tied[start : start + 500]
        marks = ",".join("?" * len(chunk))
        dated.extend((day == "", day, pid) for pid, day in db.execute(
            "SELECT p.pid, coalesce(a.sort_date, '') FROM passages p LEFT JOIN articles a"
            f" ON a.id = p.article WHERE p.pid IN ({marks})", chunk))
    dated.sort()
    return chosen + [pid for _, _, pid in dated[: limit - len(chosen)]], left_out
