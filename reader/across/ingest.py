"""Feeding the index: articles as they are loaded (files, samples, the library's refresh).

An article already indexed with the same text is skipped before it is analysed, so
opening the same files again costs one query per article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reader.across.index import AcrossIndex
from reader.core.model import Analysis, Article

BATCH = 50


def ingest(
    index: AcrossIndex, articles: Iterable[Article], analyse: Callable[[Article], Analysis]
) -> int:
    """Index the articles not indexed yet (or changed); return how many were indexed.
    One article whose analysis fails is skipped; the others are indexed."""
    done = 0
    batch: list[tuple] = []
    for article in articles:
        digest = article.text_sha256
        if index.is_indexed(article.id, digest):
            continue
        try:
            analysis = analyse(article)
        except Exception:  # noqa: BLE001 - one bad article must not stop the others
            continue
        batch.append((article.id, article.title, article.source, article.date,
                      article.text, analysis, digest))
        if len(batch) >= BATCH:
            done += index.index_many(batch)
            batch = []
    if batch:
        done += index.index_many(batch)
    return done
