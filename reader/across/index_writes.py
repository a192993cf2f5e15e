"""Writing the across index's rows: one chunk of prepared rows (``index_rows``) into its
tables, and an article's rows out of them. ``index.AcrossIndex`` owns the connection and
the transaction; these run inside it.
"""

from __future__ import annotations

import json
import sqlite3

from reader.across.index_rows import Rows, fingerprints
from reader.across.normalise import words

ARTICLE_PASSAGES = """pid BETWEEN (SELECT first_pid FROM articles WHERE id = ?1)
    AND (SELECT last_pid FROM articles WHERE id = ?1) AND article = ?1"""
"""The passages of the article ``?1``: an article's passages are numbered in one run when
it is indexed (``index_rows.prepare``), and the run is kept with the article. An index on
``passages(article)`` did the same at a cost: one more B-tree written for every passage,
a sixth of the indexer's SQLite work."""
_ADD_SPEAKER = """INSERT INTO speaker_totals VALUES(?, ?, ?) ON CONFLICT(name) DO UPDATE SET
    quotes = quotes + excluded.quotes, articles = articles + excluded.articles"""
_ADD_ENTITY = """INSERT INTO entity_totals VALUES(?, ?, ?, ?) ON CONFLICT(name, label) DO UPDATE
    SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions"""
_ADD_DAY = """INSERT INTO source_days VALUES(?, ?, ?) ON CONFLICT(source, day) DO UPDATE
    SET articles = articles + excluded.articles"""
_ADD_GRAMS = """INSERT INTO grams(rowid, fingerprints)
    SELECT ?2 + key, value FROM json_each(?1)"""
"""A chunk's fingerprints in one statement (a JSON array of text; passage numbers are
consecutive). Row by row (``executemany``), the writer thread would take the GIL back
after every row and wait for the thread preparing the next chunk to let go of it: the
two would hardly overlap."""


def _json_available() -> bool:
    """SQLite has had JSON built in since 3.38 (and as a common option before)."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute("SELECT value FROM json_each('[1]')")
    except sqlite3.Error:
        return False
    finally:
        db.close()
    return True


_HAS_JSON = _json_available()

def json_strings(grams: list[str]) -> str:
    """``json.dumps(grams)`` for fingerprints (``gram_words``: hex digits and spaces,
    nothing to escape) as one ``join``, a seventh of the encoder's time with the check;
    any other string (a mark, a control character, beyond ASCII) goes to the encoder."""
    plain = " ".join(grams)
    if grams and plain.isascii() and not plain.encode("ascii").translate(None, _GRAM_BYTES):
        return '["' + '","'.join(grams) + '"]'
    return json.dumps(grams)


_GRAM_BYTES = b"0123456789abcdef "


def insert(db: sqlite3.Connection, rows: Rows) -> None:
    """Write one chunk's rows (in the caller's transaction)."""
    insert_rows(db, rows)
    insert_grams(db, rows)


def insert_rows(db: sqlite3.Connection, rows: Rows) -> None:
    """Write one chunk's articles, passages, mentions and totals, row by row."""
    db.executemany("INSERT OR REPLACE INTO articles VALUES(?,?,?,?,?,?,?,?)", rows.articles)
    db.executemany("INSERT INTO passages VALUES(?,?,?,?,?,?,?)", rows.passages)
    db.executemany("INSERT OR REPLACE INTO mentions VALUES(?,?,?,?)", rows.mentions)
    db.executemany(_ADD_ENTITY, [(name, label, n, m)
                                 for (name, label), (n, m) in rows.entities.items()])
    db.executemany(_ADD_SPEAKER, [(name, q, n) for name, (q, n) in rows.speakers.items()])
    db.executemany(_ADD_DAY, [(source, day, n) for (source, day), n in rows.days.items()])


def insert_grams(db: sqlite3.Connection, rows: Rows) -> None:
    """Write one chunk's fingerprints into the FTS5 table."""
    if not rows.grams:
        return
    if _HAS_JSON:  # one statement: FTS5 indexes the whole chunk without the GIL
        db.execute(_ADD_GRAMS, (json_strings(rows.grams), rows.first_pid))
    else:
        db.executemany("INSERT INTO grams(rowid, fingerprints) VALUES(?,?)",
                       enumerate(rows.grams, start=rows.first_pid))


def remove(db: sqlite3.Connection, article_id: str) -> None:
    """Delete an article's rows; its postings are found again from its passages' words."""
    rows = db.execute(
        f"SELECT pid, text FROM passages WHERE {ARTICLE_PASSAGES}", (article_id,)
    ).fetchall()
    for name, count in db.execute(
        f"SELECT speaker, count(*) FROM passages WHERE {ARTICLE_PASSAGES} AND kind='quote' "
        "AND speaker != '' GROUP BY speaker", (article_id,)
    ).fetchall():
        db.execute("UPDATE speaker_totals SET quotes = quotes - ?, articles = articles - 1 "
                   "WHERE name=?", (count, name))
    for name, label, count in db.execute(
        "SELECT name, label, count FROM mentions WHERE article=?", (article_id,)
    ).fetchall():
        db.execute("UPDATE entity_totals SET mentions = mentions - ?, articles = articles - 1 "
                   "WHERE name=? AND label=?", (count, name, label))
    db.execute("UPDATE source_days SET articles = articles - 1 WHERE (source, day) IN "
               "(SELECT source, sort_date FROM articles WHERE id=?)", (article_id,))
    db.execute("DELETE FROM source_days WHERE articles <= 0")
    db.execute("DELETE FROM speaker_totals WHERE articles <= 0")
    db.execute("DELETE FROM entity_totals WHERE articles <= 0")
    if rows:
        db.executemany(
            "INSERT INTO grams(grams, rowid, fingerprints) VALUES('delete', ?, ?)",
            [(pid, fingerprints(words(text))) for pid, text in rows],
        )
        db.execute("DELETE FROM claim_links WHERE pid IN "
                   f"(SELECT pid FROM passages WHERE {ARTICLE_PASSAGES})", (article_id,))
        db.execute(f"DELETE FROM passages WHERE {ARTICLE_PASSAGES}", (article_id,))
    db.execute("DELETE FROM mentions WHERE article=?", (article_id,))
    db.execute("DELETE FROM articles WHERE id=?", (article_id,))
