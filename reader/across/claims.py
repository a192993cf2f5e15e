"""Claim matching: does a text match the claim or the target of an annotation?

The annotations live in the annotation store (TinyDB); this keeps an in-memory shingle
index over their claim summaries and target quotes, updated record by record as the
user annotates (``put`` / ``drop``), so "Already checked" is answered without a scan.
Records are read as plain mappings (only ``id``, ``claim``, ``verdict``, ``created``,
``article`` and ``target.quote.exact`` are used).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from reader.across.compare import compare_tokens
from reader.across.normalise import tokens, words
from reader.across.passages import inner
from reader.across.shingles import indexed_hashes, shingle_hashes
from reader.across.thresholds import THRESHOLDS
from reader.core.verdicts import is_verdict, verdict_label


@dataclass(frozen=True, slots=True)
class ClaimHit:
    """An annotation whose claim (or annotated text) matches the text looked up."""

    record_id: str
    verdict: str
    claim: str
    claimant: str
    article_id: str
    article_title: str
    created: str
    similarity: float

    def summary(self) -> str:
        """``False · 3 Mar · title``: what the article view says on the spot."""
        return " · ".join(
            part for part in (label(self.verdict), short_date(self.created),
                              self.article_title) if part
        )


def label(verdict: str) -> str:
    """A verdict's label; an unknown value (an imported record) as it is."""
    return verdict_label(verdict) if is_verdict(verdict) else verdict


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def short_date(stamp: str) -> str:
    """``2026-03-03T…`` → ``3 Mar 2026``; anything else as it is."""
    try:
        year, month, day = int(stamp[0:4]), int(stamp[5:7]), int(stamp[8:10])
        return f"{day} {_MONTHS[month - 1]} {year}"
    except (ValueError, IndexError):
        return stamp[:10]


def record_texts(record: Mapping[str, Any]) -> list[str]:
    """The texts a record is matched by: its claim summary and its annotated text."""
    texts = []
    claim = str(record.get("claim") or "")
    exact = str(((record.get("target") or {}).get("quote") or {}).get("exact") or "")
    if exact:
        start, end = inner(exact, 0, len(exact))
        texts.append(exact[start:end])
    if claim and claim not in texts:
        texts.append(claim)
    return texts


class ClaimMatcher:
    """The annotations' claims, indexed in memory for matching."""

    def __init__(self, records: Iterable[Mapping[str, Any]] = ()) -> None:
        self._records: dict[str, Mapping[str, Any]] = {}
        self._grams: defaultdict[int, set[str]] = defaultdict(set)
        for record in records:
            self.put(record)

    def __len__(self) -> int:
        return len(self._records)

    def put(self, record: Mapping[str, Any]) -> None:
        """Add or replace one record."""
        record_id = str(record.get("id", ""))
        if record_id in self._records:
            self.drop(record_id)
        self._records[record_id] = record
        for h in self._hashes(record):
            self._grams[h].add(record_id)

    def drop(self, record_id: str) -> None:
        """Forget one record (deleted)."""
        record = self._records.pop(record_id, None)
        if record is None:
            return
        for h in self._hashes(record):
            holders = self._grams.get(h)
            if holders is not None:
                holders.discard(record_id)
                if not holders:
                    del self._grams[h]

    @staticmethod
    def _hashes(record: Mapping[str, Any]) -> set[int]:
        found: set[int] = set()
        for text in record_texts(record):
            found |= indexed_hashes(shingle_hashes(words(text)))
        return found

    def lookup(
        self, text: str, exclude_article: str = "", threshold: float = THRESHOLDS.same_claim
    ) -> list[ClaimHit]:
        """Annotations matching ``text``, most similar first (not those of
        ``exclude_article``: an article's own annotations are shown in place)."""
        query = tokens(text)[: THRESHOLDS.max_query_words]
        if len(query) < THRESHOLDS.min_words:
            return []
        counts: Counter[str] = Counter()
        for h in set(shingle_hashes([t.norm for t in query])):
            counts.update(self._grams.get(h, ()))
        hits = []
        for record_id, _ in counts.most_common(THRESHOLDS.max_candidates):
            record = self._records[record_id]
            article = record.get("article") or {}
            if exclude_article and article.get("id") == exclude_article:
                continue
            score = max(compare_tokens(query, tokens(t)).similarity
                        for t in record_texts(record))
            if score >= threshold:
                hits.append(ClaimHit(
                    record_id, str(record.get("verdict", "")), str(record.get("claim", "")),
                    str(record.get("claimant", "")), str(article.get("id", "")),
                    str(article.get("title", "")), str(record.get("created", "")), score,
                ))
        hits.sort(key=lambda hit: (-hit.similarity, hit.created))
        return hits
