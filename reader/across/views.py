"""Read-only views over the index for the Speakers and Entities screens and ``stats``:
everyone quoted (names merged), a speaker's quotations by date, the entities and the
articles that mention them, and articles per source per day."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from reader.across.index import AcrossIndex
from reader.across.normalise import fold


@dataclass(frozen=True, slots=True)
class Person:
    """One speaker across the library: the fullest name, the names merged into it."""

    name: str
    names: tuple[str, ...]
    quotes: int
    articles: int


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation of a speaker (or one mention of an entity), with its article."""

    article_id: str
    title: str
    source: str
    date: str
    start: int
    end: int
    text: str


def merge_names(names: list[str]) -> dict[str, str]:
    """Each name → the name it is merged into. A shorter name whose words end a longer
    name ("Maduro", "Nicolás Maduro") is merged only when exactly one longer name in the
    library fits (two Garcías stay apart); accents and case never split a person."""
    by_fold: dict[str, str] = {}
    for name in sorted(names, key=lambda n: (-len(n), n)):
        by_fold.setdefault(fold(name), name)
    target: dict[str, str] = {}
    folded_names = sorted(by_fold, key=len)
    by_last: defaultdict[str, list[str]] = defaultdict(list)
    for folded in folded_names:
        by_last[folded.rsplit(" ", 1)[-1]].append(folded)
    for folded in folded_names:  # only names ending in the same word can hold it
        longer = [other for other in by_last[folded.rsplit(" ", 1)[-1]]
                  if len(other) > len(folded) and other.endswith(" " + folded)]
        target[folded] = longer[0] if len(longer) == 1 else folded
    for folded in folded_names:  # follow chains: "Maduro" → "Nicolás Maduro" → …
        seen = {folded}
        while target[target[folded]] != target[folded] and target[folded] not in seen:
            seen.add(target[folded])
            target[folded] = target[target[folded]]
    return {name: by_fold[target[fold(name)]] for name in names}


def speakers(index: AcrossIndex) -> list[Person]:
    """Everyone quoted, most quoted first."""
    rows = index.connection().execute(
        "SELECT name, quotes, articles FROM speaker_totals"  # kept up to date on indexing
    ).fetchall()
    merged = merge_names([row[0] for row in rows])
    quotes: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    members: defaultdict[str, list[str]] = defaultdict(list)
    for name, count, distinct in rows:
        head = merged[name]
        quotes[head] += count
        articles[head] += distinct  # an upper bound when two merged names share an article
        members[head].append(name)
    return sorted(
        (Person(head, tuple(sorted(members[head])), quotes[head], articles[head])
         for head in quotes),
        key=lambda p: (-p.quotes, p.name),
    )


def quotations(index: AcrossIndex, person: Person) -> list[Quotation]:
    """A speaker's quotations, earliest first. (``speaker != ''`` lets SQLite use the
    partial speaker index: without it, a scan of every passage, half a second at 100,000
    articles.)"""
    marks = ",".join("?" * len(person.names))
    rows = index.connection().execute(
        "SELECT p.article, a.title, a.source, a.date, p.start, p.end, p.text "
        "FROM passages p JOIN articles a ON a.id = p.article "
        f"WHERE p.kind='quote' AND p.speaker != '' AND p.speaker IN ({marks}) "
        "ORDER BY a.sort_date = '', a.sort_date, a.title, p.start",
        person.names,
    ).fetchall()
    return [Quotation(*row) for row in rows]


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity across the library."""

    name: str
    label: str
    articles: int
    mentions: int


def entities(index: AcrossIndex) -> list[EntityRow]:
    """People, organisations, places and other names, most widespread first."""
    rows = index.connection().execute(
        "SELECT name, label, articles, mentions FROM entity_totals"
    ).fetchall()
    return sorted((EntityRow(*row) for row in rows), key=lambda e: (-e.articles, e.name))


def entity_articles(index: AcrossIndex, name: str, label: str) -> list[Quotation]:
    """The articles that mention an entity, earliest first (no span: the article)."""
    rows = index.connection().execute(
        "SELECT a.id, a.title, a.source, a.date FROM mentions m "
        "JOIN articles a ON a.id = m.article WHERE m.name=? AND m.label=? "
        "ORDER BY a.sort_date = '', a.sort_date, a.title",
        (name, label),
    ).fetchall()
    return [Quotation(*row, 0, 0, "") for row in rows]


def articles_per_source_day(index: AcrossIndex) -> dict[str, dict[str, int]]:
    """source → {YYYY-MM-DD: articles} (articles without a date are left out)."""
    result: defaultdict[str, dict[str, int]] = defaultdict(dict)
    for source, day, count in index.connection().execute(
        "SELECT source, day, articles FROM source_days ORDER BY day"  # kept on indexing
    ):
        result[source or "(no source)"][day] = count
    return dict(result)
