"""The across-the-library index: quotations and claim sentences of every article, in
its own SQLite file beside the annotation database.

It is derived data (rebuilt from the articles when lost), updated one article at a
time as articles arrive (``index_article`` / ``remove_article``), never rebuilt for a
lookup. ``lookup`` retrieves candidates by shared shingles and verifies each with
``compare``; results are one per article, earliest first. The shingles live in
``grams``, a contentless FTS5 table whose "words" are a passage's shingle fingerprints:
FTS5 is an inverted index SQLite builds in bulk, faster and smaller than a B-tree of
(hash, passage) rows. WAL mode and a busy timeout let two processes share the file;
the file itself (tables, settings, version) is opened by ``index_file.py``.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from reader.across.candidate_ranking import most_shared_earliest
from reader.across.compare import Comparison, compare_tokens
from reader.across.index_file import PAGE_SIZE, SCHEMA_VERSION, connect
from reader.across.index_rows import Item, gram_word, prepare, sort_date
from reader.across.index_writes import insert, insert_grams, insert_rows, remove
from reader.across.normalise import tokens, words
from reader.across.shingles import shingle_hashes
from reader.across.thresholds import THRESHOLDS
from reader.across.word_diff import DiffPart
from reader.core.model import Analysis

INDEX_NAME = "across.sqlite"

CHUNK = 100
"""Articles prepared while the previous chunk is written."""
__all__ = ["CHUNK", "INDEX_NAME", "PAGE_SIZE", "SCHEMA_VERSION", "AcrossIndex", "ArticleInfo",
           "Match", "index_path"]


def index_path(db_path: Path) -> Path:
    """The index file for an annotation database: beside it (follows ``--db``)."""
    return Path(db_path).parent / INDEX_NAME


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What the index knows of an article."""

    id: str
    title: str
    source: str
    date: str


@dataclass(frozen=True, slots=True)
class Match:
    """One article where the looked-up text appears: its best passage and the diff."""

    article: ArticleInfo
    kind: str
    start: int
    end: int
    text: str
    speaker: str
    similarity: float
    diff: tuple[DiffPart, ...]
    differs: str = ""
    """Why a listed look-alike is another claim (``compare``'s conflict: "number", "word",
    …; its ``similarity`` is 0); "" for the same text or claim."""
    wording: float = 0.0
    """How much of the wording it shares, claim or not (``Comparison.wording``)."""


class AcrossIndex:
    """The index in one SQLite file (``":memory:"`` for tests)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.set_aside: Path | None = None
        """Where a damaged index file was moved at opening (this index starts empty)."""
        self.left_out = 0
        """Passages the last lookup did not compare, beyond ``max_candidates``."""
        self._db = self._open()
        self._pool: ThreadPoolExecutor | None = None

    @classmethod
    def snapshot(cls, path: str | Path) -> AcrossIndex:
        """An in-memory copy of the index file ``path`` (empty when there is none or it
        cannot be read), for a session that may write nothing in the data folder (view
        only): it is searched and extended in memory; the file is only ever read."""
        index = cls.__new__(cls)
        index.path, index._pool, index.set_aside = ":memory:", None, None
        index._db = connect(":memory:", copy_of=Path(path))
        return index

    def _open(self) -> sqlite3.Connection:
        """Open (and create) the file; a file that is not a usable index is set aside:
        it holds nothing that cannot be indexed again."""
        try:
            return connect(self.path)
        except sqlite3.OperationalError:
            raise  # locked, unwritable: never a reason to set a file aside
        except sqlite3.DatabaseError:
            if self.path == ":memory:":
                raise
            aside = Path(self.path + ".unreadable")
            with suppress(OSError):
                Path(self.path).replace(aside)
                self.set_aside = aside
            for suffix in ("-wal", "-shm"):
                with suppress(OSError):
                    Path(self.path + suffix).unlink()
            return connect(self.path)

    def close(self) -> None:
        """Close the connection (everything is committed already)."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
        self._db.close()

    def __enter__(self) -> AcrossIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            yield self._db

    # -- updating ------------------------------------------------------------------------

    def is_indexed(self, article_id: str, sha: str) -> bool:
        """True when this article is indexed with this text (no need to analyse it)."""
        row = self._db.execute("SELECT sha FROM articles WHERE id=?", (article_id,)).fetchone()
        return row is not None and row[0] == sha

    def index_article(
        self, article_id: str, title: str, source: str, date: str, text: str,
        analysis: Analysis, sha: str = "",
    ) -> None:
        """Index (or re-index) one article: its quotations, claims and entities."""
        self.index_many([(article_id, title, source, date, text, analysis, sha)])

    def index_many(self, items: Iterable[Item]) -> int:
        """Index several articles in one transaction; return how many. An article given
        twice is indexed once, as given last.

        A long batch is written chunk by chunk: the rows row by row in this thread, then
        the chunk's fingerprints by the writer thread in one statement (FTS5's indexing,
        the dearest part, runs without the GIL) while this thread prepares the next chunk
        (hashing is Python). Row-by-row writes stay here: in the writer they would take
        the GIL back after every row and wait for the preparing thread each time."""
        batch = list({item[0]: item for item in items}.values())
        with self._write() as db:
            for article_id in self._known([item[0] for item in batch]):
                remove(db, article_id)
            next_pid = (db.execute("SELECT max(pid) FROM passages").fetchone()[0] or 0) + 1
            if len(batch) <= CHUNK:
                insert(db, prepare(batch, next_pid))
                return len(batch)
            pending: Future[None] | None = None
            try:
                for start in range(0, len(batch), CHUNK):
                    rows = prepare(batch[start:start + CHUNK], next_pid)
                    next_pid = rows.next_pid
                    if pending is not None:
                        pending.result()
                    insert_rows(db, rows)
                    pending = self._writer().submit(insert_grams, db, rows)
            finally:  # never leave the transaction while the writer still uses it
                if pending is not None:
                    pending.result()
        return len(batch)

    def _writer(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="across-index")
        return self._pool

    def _known(self, ids: list[str]) -> set[str]:
        """Which of ``ids`` the index already holds (to remove them first)."""
        return set(self.articles(ids))

    def remove_article(self, article_id: str) -> None:
        """Forget one article (it left the library)."""
        with self._write() as db:
            remove(db, article_id)

    # -- asking ----------------------------------------------------------------------------

    def lookup(
        self, text: str, threshold: float = THRESHOLDS.same_text, exclude: str = "",
        look_alikes: bool = False,
    ) -> list[Match]:
        """Where ``text`` appears: one best match per article, earliest first. With
        ``look_alikes``, nearly the same wording that the rules call another claim (a
        figure or a word changed) is listed too, marked by ``Match.differs``."""
        query_tokens = tokens(text)[: THRESHOLDS.max_query_words]
        if len(query_tokens) < THRESHOLDS.min_words:
            return []
        best: dict[str, tuple[Comparison, tuple]] = {}
        query_words = [t.norm for t in query_tokens]
        query_set = set(query_words)
        for row in self._candidates(query_words):
            pid, article, kind, start, end, ptext, speaker = row
            if article == exclude or not _may_match(query_set, words(ptext)):
                continue
            verdict = compare_tokens(query_tokens, tokens(ptext))
            if not _listed(verdict, threshold, look_alikes):
                continue
            held = best.get(article)
            if held is None or _rank(verdict) > _rank(held[0]):
                best[article] = (verdict, row)
        return self._matches(best)

    def candidate_passages(self, text: str) -> list[tuple[int, str, str]]:
        """(pid, article, text) of the passages sharing shingles with ``text``, not
        verified yet (the claim links verify them their own way)."""
        query_words = words(text)[: THRESHOLDS.max_query_words]
        if len(query_words) < THRESHOLDS.min_words:
            return []
        query_set = set(query_words)
        return [(row[0], row[1], row[5]) for row in self._candidates(query_words)
                if _may_match(query_set, words(row[5]))]

    def _candidates(self, query_words: list[str]) -> list[tuple]:
        """Passages sharing shingles with the query, most shared first (capped)."""
        counts: Counter[int] = Counter()
        shingles = set(shingle_hashes(query_words))
        for h in shingles:
            rows = self._db.execute(
                "SELECT rowid FROM grams WHERE grams MATCH ? LIMIT ?",
                (f'"{gram_word(h)}"', THRESHOLDS.max_postings),
            ).fetchall()
            counts.update(pid for (pid,) in rows)
        chosen, self.left_out = most_shared_earliest(self._db, counts)
        if not chosen:
            return []
        marks = ",".join("?" * len(chosen))
        return self._db.execute(
            "SELECT pid, article, kind, start, end, text, speaker FROM passages "
            f"WHERE pid IN ({marks})", chosen,
        ).fetchall()

    def _matches(self, best: dict[str, tuple[Comparison, tuple]]) -> list[Match]:
        if not best:
            return []
        infos = self.articles(list(best))
        result = []
        for article, (verdict, row) in best.items():
            _pid, _article, kind, start, end, ptext, speaker = row
            info = infos.get(article, ArticleInfo(article, "", "", ""))
            diff = tuple(
                DiffPart(p.kind, p.query, (p.candidate[0] + start, p.candidate[1] + start))
                for p in verdict.diff
            )
            result.append(Match(info, kind, start, end, ptext, speaker, verdict.similarity,
                                diff, verdict.conflict, verdict.wording))
        result.sort(key=lambda m: (sort_date(m.article.date) or "9999", m.article.date,
                                   m.article.title, m.article.id))
        return result

    def articles(self, ids: list[str]) -> dict[str, ArticleInfo]:
        """Metadata of the given articles (those the index knows)."""
        found: dict[str, ArticleInfo] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT id, title, source, date FROM articles WHERE id IN ({marks})", chunk
            ):
                found[row[0]] = ArticleInfo(*row)
        return found

    def connection(self) -> sqlite3.Connection:
        """The read connection, for the aggregate queries in ``library_views``."""
        return self._db

    def article_count(self) -> int:
        """Articles indexed (one count, not the passages' too: for the Stats screen)."""
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def stats(self) -> dict[str, int]:
        """Sizes, for the benchmark and ``claimdesk stats``."""
        db = self._db
        return {
            "articles": db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "passages": db.execute("SELECT count(*) FROM passages").fetchone()[0],
        }


def _may_match(query: set[str], candidate: list[str]) -> bool:
    """A cheap first test: most words of the shorter text are in the other (the full
    comparison, which aligns words in order, is ten times dearer)."""
    own = set(candidate)
    return len(query & own) >= THRESHOLDS.prefilter * min(len(query), len(own))


def _listed(verdict: Comparison, threshold: float, look_alikes: bool) -> bool:
    """A match at the threshold, or (when asked) a look-alike sharing most of its words."""
    if verdict.similarity >= threshold:
        return True
    return look_alikes and bool(verdict.conflict) and verdict.wording >= THRESHOLDS.look_alike


def _rank(verdict: Comparison) -> tuple[bool, float]:
    """The same claim beats any look-alike in the same article; then the closer one."""
    return (not verdict.conflict, verdict.similarity or verdict.wording)
