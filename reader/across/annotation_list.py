"""The Annotations screen's list, without Textual: one row per annotation, a filter
typed as words and ``field:value`` terms, sorting by any column, and the review queue.

Filter terms: ``verdict:false``, ``tag:energía``, ``claimant:ortega``,
``status:orphan`` (also ``changed``, ``gone``), ``from:2026-03-01``, ``to:2026-03-31``,
``review`` (the review queue: no verdict yet, orphans, and annotations whose article
changed since or left the library). Other
words must all appear in the claim, claimant, article title, tags or note. Matching
folds case and accents.
"""

from __future__ import annotations

import datetime
import heapq
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from operator import methodcaller
from typing import Any

from reader.across.claims import label
from reader.across.normalise import fold
from reader.core.annotation import ANCHOR_STATUSES
from reader.core.verdicts import select_options

COLUMNS: tuple[tuple[str, str], ...] = (
    ("claim", "Claim"), ("claimant", "Claimant"), ("verdict", "Verdict"), ("tags", "Tags"),
    ("article", "Article"), ("date", "Date"), ("status", "Anchor"),
)
FIELDS = ("verdict", "tag", "claimant", "status", "from", "to")
SORT_RUN = 20_000
"""Records sorted at a time when a long list is sorted in a thread (see ``Listing.sort``)."""


@dataclass(frozen=True, slots=True)
class Row:
    """One annotation as the list shows it."""

    id: str
    claim: str
    claimant: str
    verdict: str
    tags: tuple[str, ...]
    article: str
    article_id: str
    date: str
    status: str
    changed: bool
    haystack: str
    gone: bool = False
    """Its article is no longer in the library (only known when the whole library is)."""

    def cells(self) -> tuple[str, ...]:
        note = " · article gone" if self.gone else " · changed" if self.changed else ""
        return (self.claim, self.claimant, label(self.verdict), ", ".join(self.tags),
                self.article, self.date, self.status + note)

    def in_review(self) -> bool:
        """Needs a look: no verdict yet, lost its place, its article changed or gone."""
        return self.verdict == "unrated" or self.status == "orphan" or self.changed \
            or self.gone


def row(record: Mapping[str, Any], current_sha: Mapping[str, str] | None = None,
        complete: bool = False) -> Row:
    """A row from a stored record (read leniently: a list never fails on one record).

    ``current_sha`` (article id → text hash of the article as loaded now) tells an
    annotation whose article changed since it was made; without it, a ``moved`` or
    ``fuzzy`` anchor says so. ``complete``: ``current_sha`` holds every article of the
    library, so one missing from it is gone."""
    article = record.get("article") or {}
    anchor = record.get("anchor") or {}
    tags = tuple(str(t) for t in record.get("tags") or [])
    status = str(anchor.get("status", ""))
    sha = (current_sha or {}).get(str(article.get("id", "")))
    changed = (sha is not None and sha != article.get("text_sha256")) or status in (
        "moved", "fuzzy")
    claim = str(record.get("claim", ""))
    claimant = str(record.get("claimant", ""))
    title = str(article.get("title", ""))
    note = str(record.get("note", ""))
    return Row(
        id=str(record.get("id", "")), claim=claim, claimant=claimant,
        verdict=str(record.get("verdict", "unrated")), tags=tags, article=title,
        article_id=str(article.get("id", "")), date=str(record.get("created", ""))[:10],
        status=status, changed=changed,
        haystack=fold(" ".join((claim, claimant, title, " ".join(tags), note))),
        gone=complete and sha is None,
    )


def rows(records: Iterable[Mapping[str, Any]],
         current_sha: Mapping[str, str] | None = None) -> list[Row]:
    return [row(r, current_sha) for r in records]


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed filter."""

    words: tuple[str, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()
    review: bool = False


_TYPED_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def date_bound(value: str, upper: bool) -> str:
    """A typed date as the ISO text it is compared with: ``2026-3-1`` is 2026-03-01; a
    month or a year alone reaches its last day as an upper bound (``to:2026-03``), its
    first as a lower one. Anything else is compared as typed."""
    found = _TYPED_DATE.fullmatch(value)
    if not found:
        return value
    year, month, day = found.groups()
    month = month.zfill(2) if month else ("12" if upper else "01")
    day = day.zfill(2) if day else ("31" if upper else "01")
    return f"{year}-{month}-{day}"


def parse(text: str) -> Query:
    """Words and ``field:value`` terms (unknown fields are searched as words)."""
    words, fields, review = [], [], False
    for term in text.split():
        name, sep, value = term.partition(":")
        if sep and name.lower() in ("from", "to") and value:
            fields.append((name.lower(), date_bound(value, name.lower() == "to")))
        elif sep and name.lower() in FIELDS and value:
            fields.append((name.lower(), fold(value)))
        elif term.lower() == "review":
            review = True
        else:
            words.append(fold(term))
    return Query(tuple(w for w in words if w), tuple(fields), review)


def unknown_terms(text: str) -> list[str]:
    """The filter's terms that can match nothing, each with what it could be: a typo in
    ``verdict:flase`` or ``from:2026-13-01`` emptied the list without a word of why."""
    notes = []
    for term in text.split():
        name, sep, value = term.partition(":")
        name = name.lower()
        if not sep or not value:
            continue
        if name == "verdict" and fold(value) not in _verdict_words():
            values = ", ".join(value for _label, value in select_options())
            notes.append(f"{term}: a verdict is one of {values}")
        elif name == "status" and fold(value) not in (*ANCHOR_STATUSES, "changed", "gone"):
            notes.append(f"{term}: a status is one of {', '.join(ANCHOR_STATUSES)}, "
                         "changed, gone")
        elif name in ("from", "to") and not _is_date(value):
            notes.append(f"{term}: a date is YYYY, YYYY-MM or YYYY-MM-DD")
    return notes


def _verdict_words() -> set[str]:
    return {fold(word) for pair in select_options() for word in pair}


def _is_date(value: str) -> bool:
    found = _TYPED_DATE.fullmatch(value)
    if not found:
        return False
    year, month, day = (int(part) if part else 1 for part in found.groups())
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def matches(item: Row, query: Query) -> bool:
    """Whether ``item`` passes every term of ``query``."""
    if query.review and not item.in_review():
        return False
    for name, value in query.fields:
        if name == "verdict" and value not in (fold(item.verdict), fold(label(item.verdict))):
            return False
        if name == "tag" and value not in (fold(t) for t in item.tags):
            return False
        if name == "claimant" and value not in fold(item.claimant):
            return False
        if name == "status" and not (value == fold(item.status)
                                      or (value == "changed" and item.changed)
                                      or (value == "gone" and item.gone)):
            return False
        if name == "from" and item.date < value:
            return False
        if name == "to" and item.date > value:
            return False
    return all(word in item.haystack for word in query.words)


def select(items: list[Row], text: str) -> list[Row]:
    """The rows passing the filter ``text``."""
    query = parse(text)
    if query == Query():
        return list(items)
    return [item for item in items if matches(item, query)]


_SORT_FIELDS = {"claim": "claim", "claimant": "claimant", "verdict": "verdict",
                "date": "created"}


def sort(items: list[Row], column: str, reverse: bool = False) -> list[Row]:
    """Sorted by a column of ``COLUMNS`` (case and accents folded for text)."""
    def key(item: Row) -> tuple:
        value = {"claim": item.claim, "claimant": item.claimant, "verdict": item.verdict,
                 "tags": ",".join(item.tags), "article": item.article, "date": item.date,
                 "status": item.status}[column]
        return (value.casefold(), item.date, item.id)

    return sorted(items, key=key, reverse=reverse)


class Listing:
    """The list over the stored records themselves (never copied, never changed): rows
    and search text are made only for the records shown or searched, so 100,000
    annotations open at once."""

    def __init__(self, records: list[Mapping[str, Any]],
                 current_sha: Mapping[str, str] | None = None, complete: bool = False) -> None:
        self.records = records
        self.current_sha = current_sha
        self.complete = complete
        self._rows: dict[int, Row] = {}

    def __len__(self) -> int:
        return len(self.records)

    def row(self, index: int) -> Row:
        found = self._rows.get(index)
        if found is None:
            found = self._rows[index] = row(self.records[index], self.current_sha,
                                            self.complete)
        return found

    def select(self, text: str) -> list[int]:
        """Indices of the records passing the filter ``text``."""
        query = parse(text)
        if query == Query():
            return list(range(len(self.records)))
        return [i for i in range(len(self.records)) if matches(self.row(i), query)]

    def sort(self, indices: list[int], column: str, reverse: bool = False,
             pause: Callable[[], None] | None = None) -> list[int]:
        """``indices`` sorted by a column; date, claim, claimant and verdict read the
        records directly (no row is made).

        With ``pause`` (a thread's way to let the screen run), a long list is sorted in
        runs with a pause between them, then the runs are merged: a sort in C never lets
        go of the interpreter, and one of 100,000 texts would hold the screen still."""
        key = self._key(column)
        if pause is None or len(indices) <= SORT_RUN:
            return sorted(indices, key=key, reverse=reverse)
        runs: list[int] = []
        for start in range(0, len(indices), SORT_RUN):
            runs.extend(sorted(indices[start:start + SORT_RUN], key=key, reverse=reverse))
            pause()
        return sorted(runs, key=key, reverse=reverse)  # stable: equal keys keep their order

    def first(self, indices: list[int], column: str, reverse: bool, count: int) -> list[int]:
        """The first ``count`` of ``sort(indices, column, reverse)``, without sorting all:
        the page shown while the rest is sorted."""
        key = self._key(column)
        pick = heapq.nlargest if reverse else heapq.nsmallest
        return pick(count, indices, key=key)

    def _key(self, column: str) -> Callable[[int], Any]:
        field = _SORT_FIELDS.get(column)
        records = self.records
        if column == "date":  # the default order: one C-level pass, no Python per record
            return list(map(str, map(methodcaller("get", "created", ""), records))).__getitem__
        if field is not None:
            def key(i: int) -> tuple[str, str]:
                record = records[i]
                return (str(record.get(field, "")).casefold(), str(record.get("created", "")))
        else:
            def key(i: int) -> tuple[str, str]:
                cells = self.row(i)
                value = {"tags": ",".join(cells.tags), "article": cells.article,
                         "status": cells.status}[column]
                return (value.casefold(), cells.date)
        return key


class OrderCache:
    """The unfiltered list's records and its sorted orders, kept while the store hands
    out the same mapping of records (it hands out a new one on every change, and never
    modifies one it handed out: see ``stats.AnnotationCounter``), so the Annotations
    screen opens on 100,000 annotations without sorting them again. Thread-safe."""

    def __init__(self) -> None:
        self._source: object = None
        self._records: list[Mapping[str, Any]] = []
        self._orders: dict[tuple[str, bool], list[int]] = {}
        self._lock = threading.Lock()

    def records(self, documents: Mapping[str, Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        """The records of ``documents`` as a list (the same list for the same mapping)."""
        with self._lock:
            if documents is not self._source:
                self._source, self._records, self._orders = documents, list(
                    documents.values()), {}
            return self._records

    def cached(self, records: list[Mapping[str, Any]], column: str,
               reverse: bool) -> list[int] | None:
        """The order of every record of ``records`` (from ``records()``) by ``column``
        when it is known (do not modify it), else None."""
        with self._lock:
            return self._orders.get((column, reverse)) if records is self._records else None

    def keep(self, records: list[Mapping[str, Any]], column: str, reverse: bool,
             order: list[int]) -> None:
        """Remember the order of every record of ``records`` by ``column``: only for the
        columns read from the records alone (an anchor's status also depends on which
        articles are in the library now, which the records do not tell)."""
        with self._lock:
            if records is self._records and column in _SORT_FIELDS:
                self._orders[column, reverse] = order

    def order(self, documents: Mapping[str, Mapping[str, Any]], column: str,
              reverse: bool) -> list[int]:
        """The order of all records by ``column``: cached, or sorted now and kept."""
        records = self.records(documents)
        found = self.cached(records, column, reverse)
        if found is None:
            found = Listing(records).sort(list(range(len(records))), column, reverse)
            self.keep(records, column, reverse, found)
        return found


class Shown:
    """The rows of a ``Listing`` in a chosen order, as the table reads them (cells made
    when drawn)."""

    def __init__(self, listing: Listing, order: list[int]) -> None:
        self.listing = listing
        self.order = order

    def __len__(self) -> int:
        return len(self.order)

    def __getitem__(self, position: int) -> tuple[str, ...]:
        return self.listing.row(self.order[position]).cells()

    def item(self, position: int) -> Row:
        return self.listing.row(self.order[position])
