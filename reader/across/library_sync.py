"""Keeping the across-the-library index in step with the article store (feeds and pages).

The index and the article store are separate SQLite files, so the two are compared by
(article id, hash of the newest text): only articles that are new or whose text changed
since they were indexed are loaded and analysed. A refresh calls this once at its end, and
``claimdesk seen`` before it looks, so an article added by ``claimdesk add`` is found too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reader.across.index import AcrossIndex
from reader.across.ingest import ingest
from reader.core.model import Analysis, Article
from reader.library import LibraryStore

_NEWEST = """
SELECT v.article_id, v.sha256 FROM versions v
JOIN (SELECT article_id, max(number) AS number FROM versions GROUP BY article_id) newest
  ON newest.article_id = v.article_id AND newest.number = v.number
"""


def newest_texts(library: LibraryStore) -> dict[str, str]:
    """Article id → SHA-256 of its newest stored text."""
    return dict(library.db.execute(_NEWEST))


def stale_ids(library: LibraryStore, index: AcrossIndex) -> list[str]:
    """Library articles whose newest text is not the one indexed (or not indexed at all)."""
    indexed = dict(index.connection().execute("SELECT id, sha FROM articles"))
    return [ident for ident, sha in newest_texts(library).items() if indexed.get(ident) != sha]


def feed_article_ids(library: LibraryStore, feed_id: int) -> list[str]:
    """The articles a feed brought (before it is removed: which of them went with it)."""
    return [r[0] for r in library.db.execute(
        "SELECT article_id FROM items WHERE feed_id = ?", (feed_id,))]


def gone_from(library: LibraryStore, ids: list[str]) -> list[str]:
    """Those of ``ids`` the library no longer holds."""
    return [i for i in ids
            if library.db.execute("SELECT 1 FROM articles WHERE id = ?", (i,)).fetchone() is None]


def pruned_ids(library: LibraryStore, prune: Callable[[], int]) -> tuple[int, list[str]]:
    """Run ``prune`` (the keep-days setting) and say which articles it removed, so they
    leave the index as well: ``(count, ids)``."""
    before = set(newest_texts(library))
    count = prune()
    if not count:
        return 0, []
    return count, sorted(before - set(newest_texts(library)))


def forget(index: AcrossIndex, ids: list[str]) -> None:
    """Articles removed from the library leave the index ("seen before" would list
    articles that can no longer be opened, and the screens would count them)."""
    for ident in ids:
        index.remove_article(ident)


def sync_library(library: LibraryStore, index: AcrossIndex,
                 analyse: Callable[[Article], Analysis]) -> int:
    """Index the stale library articles; return how many were indexed."""
    return ingest(index, _load_all(library, stale_ids(library, index)), analyse)


def _load_all(library: LibraryStore, ids: list[str]) -> Iterator[Article]:
    for ident in ids:
        try:
            yield library.load(ident)
        except Exception:  # noqa: BLE001 - one unreadable article must not stop the rest
            continue
