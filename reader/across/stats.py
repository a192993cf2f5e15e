"""The numbers behind ``claimdesk stats`` and the Stats screen: annotations by verdict,
claimant, tag and week; articles per source per day; the most quoted speakers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
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
    """Counts of the annotations by verdict, claimant, tag and ISO week (of creation)."""
    verdicts: Counter[str] = Counter()
    claimants: Counter[str] = Counter()
    tags: Counter[str] = Counter()
    weeks: Counter[str] = Counter()
    days: Counter[str] = Counter()
    for record in records:
        verdicts[str(record.get("verdict") or "unrated")] += 1
        claimants[str(record.get("claimant") or "(no claimant)")] += 1
        for tag in record.get("tags") or []:
            tags[str(tag)] += 1
        days[str(record.get("created") or "")[:10]] += 1
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


def library_stats(index: AcrossIndex | None, top: int = 10) -> dict[str, Any]:
    """Articles per source per day and the most quoted speakers (empty without index)."""
    if index is None:
        return {"articles_per_source_per_day": {}, "most_quoted": []}
    return {
        "articles_per_source_per_day": articles_per_source_day(index),
        "most_quoted": [[p.name, p.quotes] for p in speakers(index)[:top]],
    }
