"""The rows a batch of articles adds to the across index, prepared in Python before any
of them is written (``index.AcrossIndex.index_many`` writes one chunk while the next is
prepared: SQLite works without the GIL, so the two overlap on two cores).

Totals (speakers, entities) are summed over the chunk first, so a name quoted in fifty
articles of a chunk is one upsert, not fifty.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from zlib import crc32

from reader.across.normalise import folded_for_words, words
from reader.across.passages import entity_counts, passage_rows
from reader.across.shingles import indexed_hashes, run_hashes, shingle_hashes
from reader.across.thresholds import THRESHOLDS
from reader.core.model import Analysis

Item = tuple[str, str, str, str, str, Analysis, str]
"""(article id, title, source, date, text, analysis, sha of the text)."""
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ASCII_WORDS = bytes(
    c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 else 32
    for c in range(256)
)
"""Bytes of folded ASCII text: letters and digits kept (lower case), the rest a space."""


def sort_date(value: str) -> str:
    """An ISO date (YYYY-MM-DD) to sort by, or "" when the date is unknown or invalid."""
    match = _ISO_DATE.search(value or "")
    if not match:
        return ""
    try:
        return datetime.date.fromisoformat(match.group()).isoformat()
    except ValueError:
        return ""


_GRAM_BITS = (1 << 40) - 1
_HEX = "%x".__mod__
_DIGIT_MARKS = bytes(48 if 48 <= c <= 57 else 46 if c in b".," else 32 for c in range(256))
"""Bytes of text with every digit a ``0`` and every separator a ``.``: ``b"0.0"`` in it
means a separator between two digits (``3,5``), which folding drops (``35``)."""
_DIGIT_SEPARATOR = re.compile(rb"[.,](?<=\d[.,])(?=\d)")
_SHINGLE = THRESHOLDS.shingle_words
_WINDOW = THRESHOLDS.winnow_window


def gram_words(hashes: Iterable[int]) -> str:
    """Shingle hashes as FTS5 "words": the low 40 bits of each, in hexadecimal.

    Ten characters a posting instead of up to nineteen decimal digits: the postings of
    a contentless FTS5 table are mostly their words (each shingle is rare), so the
    index is smaller and quicker to write. A collision of 40-bit hashes only adds a
    candidate, which ``compare`` then rejects. (Every step is a C function: no Python
    work per hash; ``hex`` then one ``replace`` of its ``0x`` costs half what ``%x`` does
    hash by hash, with the same words.)"""
    return " ".join(map(hex, map(_GRAM_BITS.__and__, hashes))).replace("0x", "")


def gram_word(shingle: int) -> str:
    """One shingle hash as ``gram_words`` writes it (for a query)."""
    return _HEX(shingle & _GRAM_BITS)


def fingerprints(folded: list[str]) -> str:
    """A passage's indexed shingle hashes (winnowed, and its first and last:
    ``shingles.indexed_hashes``) as FTS5 "words" (``gram_words``)."""
    return gram_words(indexed_hashes(shingle_hashes(folded)))


def passage_fingerprints(text: str) -> str | None:
    """``fingerprints(words(text))``, or None when the passage is too short to index.

    Most passages are ASCII without apostrophes once folded (accents are gone by then):
    their words are then cut and hashed as bytes, in C (``bytes.translate``, ``split``,
    ``crc32``), with the same result as the word-by-word path. An ASCII text is not
    folded as a string first: the byte table lowers its letters, and the regular
    expression that joins a figure's digits runs only when a separator stands between
    two digits (``_DIGIT_MARKS``): it is the dearest step of a claim sentence, which
    always ends with a full stop."""
    if text.isascii():
        raw = text.encode("ascii") if "'" not in text else None
    else:
        folded = folded_for_words(text)
        raw = folded.encode("ascii") if folded.isascii() and "'" not in folded else None
    if raw is None:
        found = words(text)
        if len(found) < THRESHOLDS.min_words:
            return None
        return gram_words(indexed_hashes(shingle_hashes(found)))
    if b"0.0" in raw.translate(_DIGIT_MARKS):
        raw = _DIGIT_SEPARATOR.sub(b"", raw)
    parts = raw.translate(_ASCII_WORDS).split()
    if len(parts) < THRESHOLDS.min_words:
        return None
    hashes = list(map(crc32, parts))
    if len(hashes) <= _SHINGLE or _SHINGLE != 3 or _WINDOW != 4:
        return gram_words(indexed_hashes(run_hashes(hashes)))
    # shingles.run_hashes and indexed_hashes, written out for three words and a window
    # of four (the thresholds'): a passage is a handful of C calls, no Python function
    shingles = list(map(abs, map(hash, zip(hashes, hashes[1:], hashes[2:], strict=False))))
    if len(shingles) <= _WINDOW:
        kept = set(shingles)
    else:
        kept = set(map(min, shingles, shingles[1:], shingles[2:], shingles[3:]))
    return gram_words(kept | {shingles[0], shingles[-1]})  # built as indexed_hashes does


@dataclass(slots=True)
class Rows:
    """What one chunk of articles writes."""

    articles: list[tuple] = field(default_factory=list)
    passages: list[tuple] = field(default_factory=list)
    grams: list[str] = field(default_factory=list)
    """The passages' fingerprints, in order: passage ``first_pid + n`` has ``grams[n]``."""
    first_pid: int = 1
    mentions: list[tuple] = field(default_factory=list)
    speakers: dict[str, list[int]] = field(default_factory=dict)
    """name → [quotations, articles]."""
    entities: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    """(name, label) → [articles, mentions]."""
    days: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(source, YYYY-MM-DD) → articles (dated ones only), for ``claimdesk stats``."""
    next_pid: int = 1


def prepare(items: list[Item], next_pid: int) -> Rows:
    """The rows of ``items``, their passages numbered from ``next_pid``."""
    rows = Rows(first_pid=next_pid)
    for article_id, title, source, date, text, analysis, sha in items:
        day = sort_date(date)
        first_pid = next_pid
        if day:
            rows.days[source, day] += 1
        said: dict[str, int] = {}
        for kind, start, end, passage, speaker in passage_rows(text, analysis):
            if speaker:  # only quotations have one
                said[speaker] = said.get(speaker, 0) + 1
            grams = passage_fingerprints(passage)
            if grams is None:
                continue
            rows.passages.append((next_pid, article_id, kind, start, end, passage, speaker))
            rows.grams.append(grams)
            next_pid += 1
        rows.articles.append((article_id, title, source, date, day, sha, first_pid, next_pid - 1))
        for (name, label), count in entity_counts(analysis).items():
            rows.mentions.append((article_id, name, label, count))
            total = rows.entities.setdefault((name, label), [0, 0])
            total[0] += 1
            total[1] += count
        for name, count in said.items():
            total = rows.speakers.setdefault(name, [0, 0])
            total[0] += count
            total[1] += 1
    rows.next_pid = next_pid
    return rows
