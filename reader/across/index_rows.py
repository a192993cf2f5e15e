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
from reader.across.passages import entity_counts, passages
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


def gram_words(hashes: Iterable[int]) -> str:
    """Shingle hashes as FTS5 "words": the low 40 bits of each, in hexadecimal.

    Ten characters a posting instead of up to nineteen decimal digits: the postings of
    a contentless FTS5 table are mostly their words (each shingle is rare), so the
    index is smaller and quicker to write. A collision of 40-bit hashes only adds a
    candidate, which ``compare`` then rejects. (Every step is a C function: no Python
    work per hash.)"""
    return " ".join(map(_HEX, map(_GRAM_BITS.__and__, hashes)))


def gram_word(shingle: int) -> str:
    """One shingle hash as ``gram_words`` writes it (for a query)."""
    return _HEX(shingle & _GRAM_BITS)


def fingerprints(folded: list[str]) -> str:
    """A passage's indexed shingle hashes (winnowed, and its first and last:
    ``shingles.indexed_hashes``) as FTS5 "words" (``gram_words``)."""
    return gram_words(indexed_hashes(shingle_hashes(folded)))


def passage_fingerprints(text: str) -> str | None:
    """``fingerprints(words(text))``, or None when the passage is too short to index.

    Most folded passages are ASCII without apostrophes (accents are gone by then): their
    words are then cut and hashed as bytes, in C (``bytes.translate``, ``split``,
    ``crc32``), with the same result as the word-by-word path."""
    folded = folded_for_words(text)
    if folded.isascii() and "'" not in folded:
        parts = folded.encode("ascii").translate(_ASCII_WORDS).split()
        if len(parts) < THRESHOLDS.min_words:
            return None
        hashes = run_hashes(list(map(crc32, parts)))
    else:
        found = words(text)
        if len(found) < THRESHOLDS.min_words:
            return None
        hashes = shingle_hashes(found)
    return gram_words(indexed_hashes(hashes))


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
        rows.articles.append((article_id, title, source, date, day, sha))
        if day:
            rows.days[source, day] += 1
        said: Counter[str] = Counter()
        for passage in passages(text, analysis):
            if passage.kind == "quote" and passage.speaker:
                said[passage.speaker] += 1
            grams = passage_fingerprints(passage.text)
            if grams is None:
                continue
            rows.passages.append((next_pid, article_id, passage.kind, passage.start,
                                  passage.end, passage.text, passage.speaker))
            rows.grams.append(grams)
            next_pid += 1
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
