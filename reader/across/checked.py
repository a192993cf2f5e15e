"""Checked candidates: the indexed quotations and check-worthy sentences that match an
annotated claim of *another* article, counted per article for the library's lists.

A link (annotation record, indexed passage) is found in one of two directions, with the
same comparison as the article view's "Already checked" mark (the passage looked up
against the record's claim and annotated text):

- from a record: its texts are looked up in the index (a new or edited annotation, or
  every annotation the first time);
- from a passage: its text is looked up in the claim matcher (articles indexed since the
  links were last brought up to date, or an article indexed while the app runs).

The links live in the index file (tables ``claim_links`` and ``claim_records``; derived
data like the rest of it) so a start only does the work for what changed: the records
whose claim, text or article changed since (``claim_records`` keeps a digest of each)
and the passages indexed since (the ``checked_upto`` passage id in ``meta``). A passage
removed from the index takes its links with it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from typing import Any

from reader.across.claims import ClaimMatcher, record_texts
from reader.across.compare import compare_tokens
from reader.across.index import AcrossIndex
from reader.across.index_writes import ARTICLE_PASSAGES
from reader.across.normalise import tokens
from reader.across.thresholds import THRESHOLDS

Record = Mapping[str, Any]

_WATERMARK = "checked_upto"
PASSAGE_COST = 0.01
"""Rough cost of checking one passage against the matcher, relative to looking up one
record in the index: decides which direction brings the links up to date faster."""
PASSAGES_PER_STEP = 200
DIGESTS_PER_STEP = 200
_COUNTS = """SELECT p.article, count(DISTINCT l.pid) FROM claim_links l
    CROSS JOIN passages p ON p.pid = l.pid GROUP BY p.article"""
"""CROSS JOIN keeps the few links outside: left to itself SQLite walks every passage
(0.2 s at 100,000 articles, under the lock the screens wait on) instead of 10 ms."""


def record_article(record: Record) -> str:
    article = record.get("article")
    return str(article.get("id", "")) if isinstance(article, Mapping) else ""


def record_digest(record: Record) -> str:
    """What a record's links depend on: its article and the texts it is matched by ("" for
    a record too odd to read: it is never linked)."""
    try:
        texts = record_texts(record)
    except (AttributeError, TypeError):
        return ""
    payload = "\x1f".join([record_article(record), *texts])
    return hashlib.blake2b(payload.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def record_links(index: AcrossIndex, record: Record) -> set[int]:
    """The passages of other articles that match this record's claim or annotated text."""
    own = record_article(record)
    found: set[int] = set()
    if not record_digest(record):
        return found
    for text in record_texts(record):
        claim = tokens(text)
        if len(claim) < THRESHOLDS.min_words:
            continue
        for pid, article, ptext in index.candidate_passages(text):
            if article == own or pid in found:
                continue
            query = tokens(ptext)[: THRESHOLDS.max_query_words]
            if compare_tokens(query, claim).similarity >= THRESHOLDS.same_claim:
                found.add(pid)
    return found


class CheckedLinks:
    """The links of one index, kept up to date record by record and passage by passage.
    Not thread-safe: the caller serialises (the app holds its index lock)."""

    def __init__(self, index: AcrossIndex) -> None:
        self.index = index
        self._db = index.connection()

    # -- counts ----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Article id → how many of its passages match an annotated claim elsewhere."""
        return dict(self._db.execute(_COUNTS).fetchall())

    def linked(self, article_id: str) -> int:
        """The count of one article."""
        row = self._db.execute(
            "SELECT count(DISTINCT l.pid) FROM claim_links l JOIN passages p "
            f"ON p.pid = l.pid WHERE p.{ARTICLE_PASSAGES}", (article_id,)).fetchone()
        return int(row[0])

    # -- one change ------------------------------------------------------------------

    def put_record(self, record: Record) -> None:
        """A record saved or edited: its links found again."""
        record_id = str(record.get("id", ""))
        pids = record_links(self.index, record)
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM claim_links WHERE record=?", (record_id,))
            self._db.executemany("INSERT OR IGNORE INTO claim_links VALUES(?,?)",
                                 [(record_id, pid) for pid in pids])
            self._db.execute("INSERT OR REPLACE INTO claim_records VALUES(?,?)",
                             (record_id, record_digest(record)))

    def drop_record(self, record_id: str) -> None:
        """A record deleted: its links go."""
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM claim_links WHERE record=?", (record_id,))
            self._db.execute("DELETE FROM claim_records WHERE record=?", (record_id,))

    def put_article(self, article_id: str, matcher: ClaimMatcher) -> None:
        """An article (re)indexed: its passages checked against every annotated claim."""
        rows = self._db.execute(
            f"SELECT pid, text FROM passages WHERE {ARTICLE_PASSAGES}", (article_id,)).fetchall()
        self._link_passages(rows, article_id, matcher)

    def _link_passages(self, rows: list[tuple], article_id: str | None,
                       matcher: ClaimMatcher) -> None:
        links = []
        for row in rows:
            pid, text = row[0], row[-1]
            article = article_id if article_id is not None else row[1]
            links.extend((hit.record_id, pid)
                         for hit in matcher.lookup(text, exclude_article=article))
        if links:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("INSERT OR IGNORE INTO claim_links VALUES(?,?)", links)

    # -- bringing everything up to date ----------------------------------------------

    def sync(self, records: Mapping[str, Record], matcher: ClaimMatcher) -> Iterator[None]:
        """Bring the links up to date with ``records`` (id → record, read live at every
        step: the caller may change it between steps) and the passages indexed since the
        last time. A generator: each step is a short unit of work (one record, or a few
        hundred passages), so the caller can hold its lock step by step."""
        db = self._db
        top = db.execute("SELECT max(pid) FROM passages").fetchone()[0] or 0
        upto = self._watermark()
        known = dict(db.execute("SELECT record, digest FROM claim_records").fetchall())
        for record_id in [r for r in known if r not in records]:
            self.drop_record(record_id)
            yield
        stale: list[str] = []
        ids = list(records)
        for start in range(0, len(ids), DIGESTS_PER_STEP):
            for record_id in ids[start:start + DIGESTS_PER_STEP]:
                record = records.get(record_id)
                if record is not None and known.get(record_id) != record_digest(record):
                    stale.append(record_id)
            yield
        fresh = len(ids) - len(stale)
        new_passages = top - upto
        by_records = fresh * 1.0 <= new_passages * PASSAGE_COST
        todo = list(records) if by_records else stale
        for record_id in todo:
            record = records.get(record_id)
            if record is not None:
                self.put_record(record)
            yield
        if not by_records:
            last = upto
            while last < top:
                rows = db.execute(
                    "SELECT pid, article, text FROM passages WHERE pid > ? AND pid <= ? "
                    "ORDER BY pid LIMIT ?", (last, top, PASSAGES_PER_STEP)).fetchall()
                if not rows:
                    break
                self._link_passages(rows, None, matcher)
                last = rows[-1][0]
                yield
        self._set_watermark(top)

    def _watermark(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (_WATERMARK,)).fetchone()
        try:
            return int(row[0]) if row else 0
        except ValueError:
            return 0

    def _set_watermark(self, pid: int) -> None:
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("INSERT OR REPLACE INTO meta VALUES(?,?)", (_WATERMARK, str(pid)))
