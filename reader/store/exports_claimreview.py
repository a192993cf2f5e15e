"""schema.org ClaimReview export (JSON-LD), as fact-check publishers and the Fact Check
Explorer read it.

Required: ``claimReviewed`` (the record's claim summary), ``reviewRating`` with
``alternateName`` (the verdict's label) and, for the five-step scale, ``ratingValue``
(false = 1 … true = 5), ``bestRating`` 5 and ``worstRating`` 1; ``misleading``,
``unverifiable`` and ``unrated`` carry the label only. ``url`` is the fact-check's URL
(``review_url_base`` + record id, from the settings); without a URL base the review's
``@id`` is ``urn:uuid:<record id>`` instead, so that importing the export finds every
record again rather than adding copies. Annotations still ``unrated`` are left out unless
asked for (``reviewed``): a published file would release them as fact-checks.
Recommended: ``author`` (the organisation, from the settings), ``datePublished``, and
``itemReviewed``: a ``Claim`` with its ``author`` (the claimant), ``appearance`` and
``firstAppearance`` (the article).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from reader.core.annotation import Annotation, ArticleRef, typed
from reader.core.annotation_fields import FIELDS
from reader.core.annotation_rules import is_web_link
from reader.core.plural import counted
from reader.core.verdicts import (
    BEST_RATING,
    DEFAULT_VERDICT,
    WORST_RATING,
    verdict_label,
    verdict_rating,
)
from reader.store.settings import ExportSettings

CONTEXT = "https://schema.org"
_ORGANISATION = re.compile(
    r"\b(ministerio|ministry|gobierno|government|partido|party|agenc|banco|bank|"
    r"comisi[oó]n|commission|consejo|council|department|departamento|institut|universi|"
    r"asociaci[oó]n|association|company|compañ[ií]a|corporation|inc\b|s\.a\.|ltd|"
    r"ayuntamiento|city hall|union|sindicato|ong\b|fundaci[oó]n|foundation|oficina|office)",
    re.IGNORECASE,
)


def claimant_type(name: str) -> str:
    """``Organization`` when the claimant's name looks like one, else ``Person``."""
    return "Organization" if _ORGANISATION.search(name) else "Person"


def _date(stamp: str) -> str:
    return stamp[:10]


def rating(verdict: str) -> dict[str, Any]:
    """The ``reviewRating`` of a verdict."""
    value = verdict_rating(verdict)
    result: dict[str, Any] = {"@type": "Rating", "alternateName": verdict_label(verdict)}
    if value is not None:
        result.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    return result


def _appearance(article: ArticleRef) -> dict[str, Any]:
    """The annotated article; its Claimdesk id as ``identifier`` (schema.org Thing), so an
    import keeps claims from different local files (no URL) in different articles. Only
    a web address is a ``url``: a feed item without a link has a private ``urn:`` one."""
    web = is_web_link(article.url)
    work: dict[str, Any] = {"@type": "NewsArticle" if web else "CreativeWork"}
    if web:
        work["url"] = article.url
    if article.id:
        work["identifier"] = article.id
    if article.title:
        work["headline"] = article.title
    if article.date:
        work["datePublished"] = article.date
    return work


def to_claimreview(
    record: Mapping[str, Any] | Annotation, settings: ExportSettings,
    first: Callable[[Annotation], dict[str, Any] | None] | None = None,
) -> dict[str, Any]:
    """One record as a ClaimReview object; ``first`` finds the claim's first appearance
    across the library (``reader.across.first``), else it is the annotated article."""
    annotation = typed(record)
    claim: dict[str, Any] = {"@type": "Claim"}
    if annotation.claimant:
        claim["author"] = {"@type": claimant_type(annotation.claimant),
                           "name": annotation.claimant}
    appearance = _appearance(annotation.article)
    if appearance.get("datePublished"):
        claim["datePublished"] = appearance["datePublished"]
    claim["appearance"] = [appearance]
    claim["firstAppearance"] = (first(annotation) if first else None) or appearance
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "claimReviewed": annotation.claim or annotation.target.exact,
        "reviewRating": rating(annotation.verdict),
        "itemReviewed": claim,
        "datePublished": _date(annotation.modified),
    }
    _more_fields(review, annotation)
    url = settings.review_url(annotation.id)
    if url:
        review["url"] = url
    else:  # no published URL to carry the id: a URN, so an import finds the record again
        review["@id"] = f"urn:uuid:{annotation.id}"
    if settings.organization_name or settings.organization_url:
        author = {"@type": "Organization", "name": settings.organization_name}
        if settings.organization_url:
            author["url"] = settings.organization_url
        review["author"] = author
    return review


def _more_fields(review: dict[str, Any], annotation: Annotation) -> None:
    """The note (``reviewBody``), tags (``keywords``), evidence (``citation``) and any
    field without a ClaimReview property (``additionalProperty``), from the field table."""
    extra = []
    for spec in FIELDS:
        value = annotation.value(spec.name)
        if spec.claimreview in _BUILT_IN or not value:
            continue
        shown = list(value) if isinstance(value, tuple) else value
        if spec.claimreview:
            review[spec.claimreview] = shown
        else:
            extra.append({"@type": "PropertyValue", "name": spec.name, "value": shown})
    if extra:
        review["additionalProperty"] = extra


_BUILT_IN = frozenset({"claimReviewed", "itemReviewed.author", "reviewRating"})


def to_claimreviews(
    records: Iterable[dict[str, Any]], settings: ExportSettings,
    first: Callable[[Annotation], dict[str, Any] | None] | None = None,
) -> list[dict[str, Any]]:
    """Every record as a ClaimReview (a JSON-LD array)."""
    return [to_claimreview(record, settings, first) for record in records]


def reviewed(records: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The records that carry a verdict, and how many were left out (no verdict yet).

    A ClaimReview file is what a newsroom publishes: an ``unrated`` annotation in it is an
    unreviewed claim released as a fact-check ("Unrated"). So the export leaves them out
    unless asked, and says how many (the caller words the line)."""
    kept, left = [], 0
    for record in records:
        if str(record.get("verdict") or DEFAULT_VERDICT) == DEFAULT_VERDICT:
            left += 1
        else:
            kept.append(record)
    return kept, left


def unrated_left_out(count: int, how: str) -> str:
    """One line for the count of unrated annotations left out; ``how`` says how to keep them."""
    verb = "was" if count == 1 else "were"
    return (f"{counted(count, 'annotation')} without a verdict (unrated) {verb} left out of "
            f"the ClaimReview export, so that no unreviewed claim is published as a "
            f"fact-check; {how}")
