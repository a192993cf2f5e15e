"""ClaimReview's ``firstAppearance``: the earliest article of the library that carries
the annotated text, found in the across index (the annotated article itself when it is
the earliest, or when the index knows nothing)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from reader.across.index import AcrossIndex, Match
from reader.across.index_rows import sort_date
from reader.across.passages import inner

FirstAppearance = Callable[[Any], "dict[str, Any] | None"]


def appearance_of(match: Match) -> dict[str, Any]:
    """A schema.org CreativeWork for the article of a match (the index keeps no URL)."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if match.article.title:
        work["headline"] = match.article.title
    if match.article.date:
        work["datePublished"] = match.article.date
    if match.article.source:
        work["publisher"] = {"@type": "Organization", "name": match.article.source}
    return work


def annotated_text(annotation: Any) -> str:
    """The annotated words (marks dropped) of a typed annotation or a record."""
    if isinstance(annotation, Mapping):
        exact = str(((annotation.get("target") or {}).get("quote") or {}).get("exact") or "")
    else:
        exact = annotation.target.exact
    start, end = inner(exact, 0, len(exact))
    return exact[start:end]


def earliest(index: AcrossIndex, annotation: Any) -> dict[str, Any] | None:
    """The first appearance of an annotation's text, or None (use the article's own).

    Another article is named only when it is dated before the annotated one: when the
    annotated article is missing from the index, a later rewrite must not pass for the
    first appearance (undated articles sort last and never win either)."""
    if isinstance(annotation, Mapping):
        article = annotation.get("article") or {}
        article_id, own_date = article.get("id"), str(article.get("date") or "")
    else:
        article_id, own_date = annotation.article.id, annotation.article.date or ""
    matches = index.lookup(annotated_text(annotation))
    if not matches or matches[0].article.id == article_id:
        return None
    found, own = sort_date(matches[0].article.date), sort_date(own_date)
    if own and (not found or found >= own):
        return None
    return appearance_of(matches[0])


def finder(index_file: Path) -> FirstAppearance | None:
    """A ``firstAppearance`` function over the index file, or None when there is none
    (the export then uses the annotated article, as before)."""
    if not Path(index_file).is_file():
        return None
    index = AcrossIndex(index_file)
    return lambda annotation: earliest(index, annotation)
