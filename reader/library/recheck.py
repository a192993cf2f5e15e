"""Re-checking the pages of young summary-only articles: publishers edit silently.

Most news feeds carry only a summary; the article's text then comes from its page, fetched
when the item is new. A publisher who later edits the page ("9 %" becomes "12 %") leaves
the feed item as it was, so the feed alone never tells. While an article is young (first
seen within ``Recheck.days``) its page is fetched again at each refresh, politely: a
conditional GET with the page's stored ``ETag`` / ``Last-Modified`` (a 304 costs nothing),
at most ``Recheck.per_feed`` pages per feed per refresh, the longest-unchecked first. A
changed text becomes a new version exactly as a changed feed text does (the store compares
``text_sha256``); an unchanged page or a 304 only records the check. A failed re-check
never touches the stored text: it is recorded as checked (so one broken page cannot hold
the queue) and reported as a warning on the feed's outcome.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from reader.core.model import Article
from reader.library.connection import LibraryError, transaction
from reader.library.fetch import Fetcher, FetchError, Response
from reader.library.pages import PageError, extract_page_async
from reader.library.records import Incoming, utc_now_precise
from reader.library.store import LibraryStore


@dataclass(frozen=True, slots=True)
class Recheck:
    """How many young pages are fetched again; ``per_feed = 0`` turns re-checks off."""

    days: float = 3.0
    per_feed: int = 20


RECHECK_DAYS = "recheck_days"
"""The store setting (``claimdesk refresh --recheck-days N``), so the CLI and the app agree."""
MAX_RECHECK_DAYS = 365


def recheck_policy(store: LibraryStore) -> Recheck:
    """The store's setting as a policy: ``Recheck()`` when it was never set."""
    value = store.setting(RECHECK_DAYS, "")
    if not value.isdigit():
        return Recheck()
    return Recheck(days=float(min(int(value), MAX_RECHECK_DAYS)))


def set_recheck_days(store: LibraryStore, days: int) -> None:
    store.set_setting(RECHECK_DAYS, str(min(max(0, int(days)), MAX_RECHECK_DAYS)))


@dataclass(frozen=True, slots=True)
class PageCheck:
    """One stored article whose text came from its page, with what the store knows of it."""

    article_id: str
    page_url: str
    etag: str
    last_modified: str
    summary_sha: str


def young_since(days: float, now: datetime | None = None) -> str:
    """The ISO time before which an article is no longer young (same format as seen_at)."""
    start = (now or datetime.now(UTC)) - timedelta(days=days)
    return start.isoformat(timespec="seconds").replace("+00:00", "Z")


def due_checks(store: LibraryStore, feed_id: int, policy: Recheck,
               skip: set[str] | frozenset[str] = frozenset()) -> list[PageCheck]:
    """The feed's young page-text articles to re-check now, longest-unchecked first;
    ``skip`` holds the ones this refresh already fetched."""
    if policy.per_feed <= 0 or policy.days <= 0:
        return []
    rows = store.db.execute(
        "SELECT id, page_url, page_etag, page_last_modified, summary_sha FROM articles "
        "WHERE feed_id = ? AND kind = 'feed' AND page_url != '' AND seen_at >= ? "
        "ORDER BY page_checked_at, seen_at, id",
        (feed_id, young_since(policy.days)),
    )
    due: list[PageCheck] = []
    for row in rows:
        if row[0] in skip:
            continue
        due.append(PageCheck(*(str(value) for value in row)))
        if len(due) >= policy.per_feed:
            break
    return due


def record_check(store: LibraryStore, check: PageCheck,
                 response: Response | None = None) -> None:
    """The page was checked now; a full answer also brings its new validators."""
    with transaction(store.db) as db:
        if response is None or response.not_modified:
            db.execute("UPDATE articles SET page_checked_at = ? WHERE id = ?",
                       (utc_now_precise(), check.article_id))
            return
        db.execute(
            "UPDATE articles SET page_checked_at = ?, page_etag = ?, page_last_modified = ? "
            "WHERE id = ?",
            (utc_now_precise(), response.headers.get("etag", "")[:1024],
             response.headers.get("last-modified", "")[:1024], check.article_id),
        )


async def _fetch(fetcher: Fetcher, check: PageCheck) -> tuple[Response, Article | None]:
    """The page's answer and, unless it is a 304, its extracted article."""
    response = await fetcher.get(check.page_url, check.etag, check.last_modified)
    if response.not_modified:
        return response, None
    page = await extract_page_async(response.body, check.page_url,
                                    response.headers.get("content-type", ""))
    return response, page


def _as_stored(store: LibraryStore, check: PageCheck, page: Article) -> Incoming:
    """The fetched page under the stored article's address, title, date and source."""
    stored = store.load(check.article_id)
    page.url, page.path = stored.url, stored.path
    page.title = stored.title or page.title
    page.date = stored.date or page.date
    page.source = stored.source or page.source
    return Incoming(article=page, kind="feed", summary_sha=check.summary_sha,
                    page_url=check.page_url)


async def recheck_pages(fetcher: Fetcher, store: LibraryStore, feed_id: int,
                        policy: Recheck,
                        skip: set[str] | frozenset[str] = frozenset()) -> tuple[int, list[str]]:
    """Re-check the feed's due pages; return how many became a new version and one
    warning line per failed re-check."""
    checks = due_checks(store, feed_id, policy, skip)
    answers = await asyncio.gather(*(_fetch(fetcher, check) for check in checks),
                                   return_exceptions=True)
    changed, warnings = 0, []
    for check, answer in zip(checks, answers, strict=True):
        if isinstance(answer, BaseException):
            if not isinstance(answer, Exception):
                raise answer  # cancelled or interrupted: stop, as the refresh does
            reason = (str(answer) if isinstance(answer, (FetchError, PageError))
                      else f"could not be read ({type(answer).__name__})")
            warnings.append(f"page re-check failed, stored text kept: {check.page_url}: "
                            f"{reason}")
            record_check(store, check)
            continue
        response, page = answer
        if page is not None:
            try:
                incoming = _as_stored(store, check, page)
            except LibraryError:
                continue  # removed or pruned by another process meanwhile: nothing to keep
            result = store.save_version(check.article_id, incoming)
            changed += result.outcome == "changed"
        record_check(store, check, response)
    return changed, warnings
