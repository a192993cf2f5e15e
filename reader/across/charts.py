"""Charts drawn with characters: bars and sparklines as Rich ``Text``, readable in 80
columns and without colour (the length of a bar and the figure say it all; colour only
repeats it). Labels come from users and articles: they are folded to one printable line.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from rich.console import Group
from rich.text import Text

from reader.across.claims import label
from reader.core.plural import counted
from reader.core.text import for_display, printable_line

SPARKS = "▁▂▃▄▅▆▇█"  # 1/8 … 8/8 of the highest value; zero is "·"
LABEL_WIDTH = 24


def safe(value: str) -> str:
    """Outside text as one printable line: controls, bidi and zero-width marks shown."""
    return for_display(printable_line(value))


def safe_piece(value: str) -> str:
    """``safe`` for a piece of a line: a space at either edge is kept as one space."""
    if not value.strip():
        return " " if value else ""
    lead = " " if value[0].isspace() else ""
    trail = " " if value[-1].isspace() else ""
    return lead + safe(value) + trail


def _label(value: str, width: int = LABEL_WIDTH) -> str:
    text = safe(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def bars(title: str, counts: Mapping[str, int], width: int = 80, limit: int = 10,
         style: str = "cyan") -> Text:
    """A titled bar chart: ``label ███████ 12`` per line, longest first as given."""
    chart = Text(title, style="bold")
    chart.append("\n")
    items = list(counts.items())[:limit]
    if not items:
        chart.append("  (none)\n", style="dim")
        return chart
    biggest = max(count for _, count in items) or 1
    figure_width = len(str(biggest))
    room = max(4, width - LABEL_WIDTH - figure_width - 5)
    for name, count in items:
        length = max(1, round(count / biggest * room)) if count else 0
        chart.append(f"  {_label(name):<{LABEL_WIDTH}} ")
        chart.append("█" * length, style=style)
        chart.append(f" {count:>{figure_width}}\n")
    if len(counts) > limit:
        chart.append(f"  … and {len(counts) - limit} more\n", style="dim")
    return chart


def sparkline(values: list[int]) -> str:
    """``·▃█▅`` for a series: ``·`` is zero, the highest value is ``█``."""
    if not values:
        return ""
    top = max(values) or 1
    return "".join(
        "·" if v <= 0 else SPARKS[max(0, min(7, math.ceil(v / top * 8) - 1))]
        for v in values
    )


def day_buckets(days: list[str], room: int) -> tuple[list[tuple[date, date]], int]:
    """Consecutive buckets from the first to the last day, as many days each as needed
    to fit in ``room`` characters; returns (buckets, days per bucket)."""
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    span = (last - first).days + 1
    size = max(1, -(-span // room))
    buckets = []
    start = first
    while start <= last:
        end = start + timedelta(days=size - 1)
        buckets.append((start, end))
        start = end + timedelta(days=1)
    return buckets, size


def sparklines(title: str, series: Mapping[str, Mapping[str, int]], width: int = 80,
               limit: int = 10) -> Text:
    """One sparkline per name (a source's articles per day), with its total."""
    chart = Text(title, style="bold")
    chart.append("\n")
    days = sorted({day for values in series.values() for day in values})
    if not days:
        chart.append("  (none)\n", style="dim")
        return chart
    room = max(8, width - LABEL_WIDTH - 12)
    buckets, size = day_buckets(days, room)
    unit = "day" if size == 1 else f"{size} days"
    chart.append(f"  {days[0]} … {days[-1]}, one mark per {unit}\n", style="dim")
    ranked = sorted(series.items(), key=lambda item: -sum(item[1].values()))
    for name, values in ranked[:limit]:
        per_bucket = [0] * len(buckets)
        for day, count in values.items():
            index = (date.fromisoformat(day) - buckets[0][0]).days // size
            per_bucket[min(index, len(buckets) - 1)] += count
        chart.append(f"  {_label(name):<{LABEL_WIDTH}} ")
        chart.append(sparkline(per_bucket), style="green")
        chart.append(f" {sum(values.values())}\n")
    if len(series) > limit:
        chart.append(f"  … and {len(series) - limit} more\n", style="dim")
    return chart


def stats_report(stats: Mapping[str, Any], width: int = 80) -> Group:
    """Every chart of ``claimdesk stats``, one after the other (``annotations`` None:
    still being counted, a line says so and the library's charts show meanwhile;
    ``annotations_error``: the database cannot be read, only the library's charts)."""
    notes = stats["annotations"]
    library = stats["library"]
    header = Text(f"{counted(stats['total_annotations'], 'annotation')}, "
                  f"{counted(stats['total_articles'], 'article')} indexed\n", style="bold")
    library_charts = (
        sparklines("Articles per source per day", library["articles_per_source_per_day"],
                   width),
        bars("Most quoted speakers",
             {name: count for name, count in library["most_quoted"]}, width,
             style="yellow"),
    )
    problem = stats.get("annotations_error")
    if problem:  # the database cannot be read: never "0 annotations" as if none were made
        header = Text(f"Annotations are off: {safe(str(problem))}\n", style="bold")
        header.append(f"{counted(stats['total_articles'], 'article')} indexed\n")
        return Group(header, *library_charts)
    if notes is None:
        return Group(header, Text("Counting the annotations…\n", style="italic"),
                     *library_charts)
    weeks = notes["per_week"]
    week_line = Text("Annotations per week", style="bold")
    week_line.append("\n")
    if weeks:
        week_line.append(f"  {min(weeks)} … {max(weeks)}  ", style="dim")
        week_line.append(sparkline(list(weeks.values())), style="green")
        plural = "s" if len(weeks) != 1 else ""
        week_line.append(f"  {sum(weeks.values())} in {len(weeks)} week{plural}\n")
    else:
        week_line.append("  (none)\n", style="dim")
    return Group(
        header,
        bars("Annotations by verdict",
             {label(value): count for value, count in notes["by_verdict"].items()}, width,
             style="magenta"),
        bars("Annotations by claimant", notes["by_claimant"], width),
        bars("Annotations by tag", notes["by_tag"], width),
        week_line,
        *library_charts,
    )
