"""The numbers behind ``claimdesk stats`` and the Stats screen: annotations by verdict,
claimant, tag and week; articles per source per day; the most quoted speakers."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from itertools import chain, compress
from operator import is_not, methodcaller
from typing import Any

from reader.across.index import AcrossIndex
from reader.across.views import articles_per_source_day, speakers


def iso_week(stamp: str) -> str:
    """``2026-03-03T…`` → ``2026-W10``; "" when the stamp is not a date."""
    try:
        year, week, _ = date.fromisoformat(stamp[:10]).isocalendar()
    except ValueError:
        return ""
    return f"{year}-W{week:02d}"


Counts = tuple[Counter[str], Counter[str], Counter[str], Counter[str]]
"""Annotations by verdict, by claimant, by tag and by day of creation (text keys)."""


def annotation_stats(records: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, int]]:
    """Counts of the annotations by verdict, claimant, tag and ISO week (of creation)."""
    return _finish(_raw_counts(list(records)))


def _raw_counts(records: list[Mapping[str, Any]]) -> Counts:
    """Counted in C (``Counter`` over ``map``), a hundred thousand records in a blink; a
    record with an odd field (a list for a verdict, text for tags) sends the whole count
    the slow way."""
    try:
        verdicts = _counted(records, "verdict", "unrated")
        claimants = _counted(records, "claimant", "(no claimant)")
        tag_lists = list(filter(None, map(methodcaller("get", "tags"), records)))
        if not set(map(type, tag_lists)) <= {list}:
            raise TypeError("tags that are not a list")
        tags = _keyed(Counter(chain.from_iterable(tag_lists)))
        days = _keyed(Counter(map(_day, map(methodcaller("get", "created"), records))))
    except TypeError:
        return _slow_counts(records)
    return verdicts, claimants, tags, days


def _finish(counts: Counts) -> dict[str, dict[str, int]]:
    """The counts as ``claimdesk stats`` shows them: most first (ties by name), weeks in
    order; a key whose count fell to zero is left out."""
    verdicts, claimants, tags, days = counts
    weeks: Counter[str] = Counter()
    for day, count in days.items():  # a week computed once per day, not per annotation
        week = iso_week(day)
        if week and count > 0:
            weeks[week] += count
    return {
        "by_verdict": _most_first(verdicts),
        "by_claimant": _most_first(claimants),
        "by_tag": _most_first(tags),
        "per_week": dict(sorted(weeks.items())),
    }


def _most_first(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(((k, n) for k, n in counts.items() if n > 0),
                       key=lambda item: (-item[1], item[0])))


class AnnotationCounter:
    """The annotation counts kept between two looks at the store, so the Stats screen
    does not count 100,000 records each time it opens.

    ``count`` is given the stored documents (id → record): the store's own mapping,
    which the store replaces by a new one on every change (a save, an edit, a delete,
    an undo, another process's write) and never modifies once handed out, holding its
    own records, which are likewise replaced and never modified in place. The same
    mapping again costs nothing; a new one is compared with the last, record by record
    by identity, in C, and only the records added, replaced or removed are counted again
    (one for a save). When many changed (another process rewrote the file: every record
    is a new object) everything is counted again. Thread-safe: one count at a time."""

    FULL_RECOUNT = 5000
    """Changed records beyond which counting them all again is cheaper."""

    def __init__(self) -> None:
        self._source: object = None
        self._seen: dict[str, Mapping[str, Any]] = {}
        self._counts: Counts | None = None
        self._result: dict[str, dict[str, int]] = {}
        self._lock = threading.Lock()

    def count(self, documents: Mapping[str, Mapping[str, Any]],
              before_full: Callable[[], None] | None = None) -> dict[str, dict[str, int]]:
        """The counts of ``documents`` (do not modify the result); ``before_full`` is
        called first when they must all be counted (a first count or many changes: the
        caller may show what it has meanwhile)."""
        with self._lock:
            if documents is self._source and self._counts is not None:
                return self._result
            snapshot = dict(documents)  # ours: compared with the next mapping given
            changed = self._changed(snapshot) if self._counts is not None else None
            if self._counts is None or changed is None:
                if before_full is not None:
                    before_full()
                self._counts = _raw_counts(list(snapshot.values()))
            else:
                for key in changed:
                    before, after = self._seen.get(key), snapshot.get(key)
                    if before is not None:
                        _add(self._counts, before, -1)
                    if after is not None:
                        _add(self._counts, after, 1)
            self._source, self._seen = documents, snapshot
            self._result = _finish(self._counts)
            return self._result

    def _changed(self, snapshot: dict[str, Mapping[str, Any]]) -> list[str] | None:
        """Ids of the records added, replaced or removed since the last count (None:
        too many to count one by one)."""
        seen = self._seen
        keys = list(snapshot)
        changed = list(compress(keys, map(is_not, map(seen.get, keys), snapshot.values())))
        if len(changed) > self.FULL_RECOUNT:
            return None
        added = sum(1 for key in changed if key not in seen)
        if len(seen) - (len(snapshot) - added) > 0:  # some were removed: which
            changed += list(seen.keys() - snapshot.keys())
        return None if len(changed) > self.FULL_RECOUNT else changed


def _add(counts: Counts, record: Mapping[str, Any], sign: int) -> None:
    """Add (``sign`` 1) or take away (-1) one record, read as ``_slow_counts`` reads it."""
    verdicts, claimants, tags, days = counts
    verdicts[str(record.get("verdict") or "unrated")] += sign
    claimants[str(record.get("claimant") or "(no claimant)")] += sign
    listed = record.get("tags") or []
    for tag in listed if isinstance(listed, list) else [listed]:
        tags[str(tag)] += sign
    days[_day(record.get("created"))] += sign


def _day(stamp: object) -> str:
    return str(stamp or "")[:10]


def _keyed(counts: Counter) -> Counter[str]:
    """The same counts with every key as text (two keys that read the same add up)."""
    result: Counter[str] = Counter()
    for key, count in counts.items():
        result[str(key)] += count
    return result


def _counted(records: list[Mapping[str, Any]], field: str, empty: str) -> Counter[str]:
    """How many records have each value of ``field`` (a missing or empty one: ``empty``)."""
    raw = Counter(map(methodcaller("get", field), records))
    result: Counter[str] = Counter()
    for key, count in raw.items():
        result[str(key) if key else empty] += count
    return result


def _slow_counts(records: list[Mapping[str, Any]]) -> Counts:
    counts: Counts = (Counter(), Counter(), Counter(), Counter())
    for record in records:  # one odd tag (not a list): one tag
        _add(counts, record, 1)
    return counts


def library_stats(index: AcrossIndex | None, top: int = 10) -> dict[str, Any]:
    """Articles per source per day and the most quoted speakers (empty without index)."""
    if index is None:
        return {"articles_per_source_per_day": {}, "most_quoted": []}
    return {
        "articles_per_source_per_day": articles_per_source_day(index),
        "most_quoted": [[p.name, p.quotes] for p in speakers(index)[:top]],
    }
