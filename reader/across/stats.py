"""The numbers behind ``claimdesk stats`` and the Stats screen: annotations by verdict,
claimant, tag and week; articles per source per day; the most quoted speakers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from itertools import chain
from operator import methodcaller
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


def annotation_stats(records: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, int]]:
    """Counts of the annotations by verdict, claimant, tag and ISO week (of creation).

    Counted in C (``Counter`` over ``map``), a hundred thousand records in a blink; a
    record with an odd field (a list for a verdict, text for tags) sends the whole count
    the slow way."""
    records = list(records)
    try:
        verdicts = _counted(records, "verdict", "unrated")
        claimants = _counted(records, "claimant", "(no claimant)")
        tag_lists = list(filter(None, map(methodcaller("get", "tags"), records)))
        if not set(map(type, tag_lists)) <= {list}:
            raise TypeError("tags that are not a list")
        tags = _keyed(Counter(chain.from_iterable(tag_lists)))
        days = _keyed(Counter(map(_day, map(methodcaller("get", "created"), records))))
    except TypeError:
        verdicts, claimants, tags, days = _slow_counts(records)
    weeks: Counter[str] = Counter()
    for day, count in days.items():  # a week computed once per day, not per annotation
        week = iso_week(day)
        if week:
            weeks[week] += count
    return {
        "by_verdict": dict(verdicts.most_common()),
        "by_claimant": dict(claimants.most_common()),
        "by_tag": dict(tags.most_common()),
        "per_week": dict(sorted(weeks.items())),
    }


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


def _slow_counts(records: list[Mapping[str, Any]]) -> tuple[Counter[str], ...]:
    verdicts: Counter[str] = Counter()
    claimants: Counter[str] = Counter()
    tags: Counter[str] = Counter()
    days: Counter[str] = Counter()
    for record in records:
        verdicts[str(record.get("verdict") or "unrated")] += 1
        claimants[str(record.get("claimant") or "(no claimant)")] += 1
        listed = record.get("tags") or []
        for tag in listed if isinstance(listed, list) else [listed]:  # one odd tag: one tag
            tags[str(tag)] += 1
        days[_day(record.get("created"))] += 1
    return verdicts, claimants, tags, days


def library_stats(index: AcrossIndex | None, top: int = 10) -> dict[str, Any]:
    """Articles per source per day and the most quoted speakers (empty without index)."""
    if index is None:
        return {"articles_per_source_per_day": {}, "most_quoted": []}
    return {
        "articles_per_source_per_day": articles_per_source_day(index),
        "most_quoted": [[p.name, p.quotes] for p in speakers(index)[:top]],
    }
