"""The plain records the library store hands out and takes in (no SQL here)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from reader.core.model import Article, Block


def utc_now() -> str:
    """Now as ISO 8601 UTC with a ``Z``, to the second: every time the store writes."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def utc_now_precise() -> str:
    """Now to the microsecond: page re-check times, ordered even within one second."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class FeedInfo:
    """One subscription and how its last fetches went."""

    id: int
    url: str
    title: str
    site_url: str
    tags: tuple[str, ...]
    etag: str
    last_modified: str
    last_fetch: str
    last_ok: str
    status: str
    last_error: str
    failing_since: str
    items: int = 0
    unread: int = 0

    @property
    def name(self) -> str:
        """What the user sees: the feed's title, else its URL."""
        return self.title or self.url


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """One article of the library as listed (its text is loaded only when opened)."""

    id: str
    title: str
    url: str
    path: str
    kind: str
    feed_id: int | None
    feed: str
    source: str
    date: str
    read: bool
    starred: bool
    changed: bool
    versions: int
    tags: tuple[str, ...]
    note: str
    language: str
    rowid: int = 0
    analysis: str = ""
    """Counts found by the analysis when the article was last opened, "entities quotes
    claims" (empty: not analysed yet)."""

    def to_json(self) -> dict[str, object]:
        """The fields ``claimdesk articles --json`` prints."""
        return {
            "id": self.id, "title": self.title, "url": self.url, "path": self.path,
            "feed": self.feed, "source": self.source, "date": self.date, "read": self.read,
            "starred": self.starred, "changed": self.changed, "versions": self.versions,
            "tags": list(self.tags), "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Incoming:
    """An article as a source found it, before the store decides new, changed or same.

    ``item_key`` is the feed item's identity (its id, else its link, else a hash);
    ``summary_sha`` tells whether a summary-only item changed without fetching its page.
    ``page_url`` is set when the text came from the item's page (the feed gave a summary):
    that page is re-checked while the article is young, conditionally with the page's
    ``page_etag`` / ``page_last_modified``.
    """

    article: Article
    kind: str = "feed"
    item_key: str = ""
    note: str = ""
    summary_sha: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)
    page_url: str = ""
    page_etag: str = ""
    page_last_modified: str = ""


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What saving one article did: ``new``, ``changed`` (a new version) or ``same``."""

    article_id: str
    outcome: str
    version: int


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One stored version of an article's text."""

    number: int
    sha256: str
    fetched_at: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A full-text match: the article, its rank (lower is better) and a snippet whose
    matched words are between ``\\x02`` and ``\\x03`` (controls never occur in stored text)."""

    article: StoredArticle
    rank: float
    snippet: str


def blocks_to_json(blocks: tuple[Block, ...]) -> str:
    return json.dumps([[b.kind, b.start, b.end, b.level] for b in blocks], separators=(",", ":"))


def blocks_from_json(raw: str) -> tuple[Block, ...]:
    return tuple(Block(kind, start, end, level) for kind, start, end, level in json.loads(raw))


def split_tags(raw: str) -> tuple[str, ...]:
    return tuple(t for t in raw.split(",") if t)


def join_tags(tags: tuple[str, ...] | list[str]) -> str:
    """Tags kept in one column, comma-separated; commas inside a tag become spaces."""
    cleaned = [" ".join(t.replace(",", " ").split()) for t in tags]
    return ",".join(dict.fromkeys(t for t in cleaned if t))
