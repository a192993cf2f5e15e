"""Import schema.org ClaimReview (Claimdesk's export, a publisher's JSON-LD) and the
Google Fact Check Tools API's ``claims`` response.

A review says what was claimed and how it was rated, not where in the article the
words are: each becomes an annotation whose quotation is the claim text, placed (or
left an orphan) by re-anchoring when its article is opened. Mapped: ``claimReviewed`` →
claim, ``reviewRating`` → verdict (its ``alternateName`` if it names one of the scale,
else a 1–5 ``ratingValue``; otherwise the rating is kept in the note), the claim's
``author`` → claimant, ``appearance``/``firstAppearance`` → the article, ``reviewBody``
→ note, ``keywords`` → tags, ``citation`` → evidence, ``additionalProperty`` values named
like a field → that field. The review's own ``url`` is kept as evidence unless it is the
one Claimdesk made from the annotation's id; an ``@id`` ``urn:uuid:…`` (Claimdesk's
export without a review URL base) is the annotation's id, so re-importing adds nothing.
The publisher (``author``) has no place in an annotation and is reported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from reader.core.annotation_fields import field_names, field_spec
from reader.core.annotation_migrations import current_schema, utc_now
from reader.core.annotation_rules import canonical_id
from reader.core.model import article_id
from reader.core.verdicts import VERDICTS
from reader.store.import_report import (
    ImportReport,
    as_list,
    orphan_anchor,
    stable_id,
    text_of,
    timestamp,
    verdict_of,
)

_UUID_AT_END = re.compile(r"([0-9a-fA-F]{8}-?(?:[0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12})/?$")
_BY_RATING = {v.rating: v.value for v in VERDICTS if v.rating is not None}
_ARTICLE_ID = re.compile(r"[0-9a-f]{24}")
"""An article id as ``reader.core.model.article_id`` makes it."""
_MAPPED = {"@context", "@type", "@id", "claimReviewed", "reviewRating", "itemReviewed",
           "datePublished", "url", "author", "reviewBody", "keywords", "citation",
           "additionalProperty"}


def is_claimreview(item: Any) -> bool:
    types = as_list(item.get("@type")) if isinstance(item, Mapping) else []
    return "ClaimReview" in types or (isinstance(item, Mapping) and "claimReviewed" in item)


def claimreview_items(document: Any) -> list[Any]:
    """The reviews of a document: an array, one review, or an ``@graph``."""
    if isinstance(document, Mapping) and isinstance(document.get("@graph"), list):
        return document["@graph"]
    return as_list(document)


def read_claimreview(document: Any, report: ImportReport) -> None:
    """Map every review of ``document`` (or of a Fact Check Tools response)."""
    if isinstance(document, Mapping) and isinstance(document.get("claims"), list):
        _read_fact_check_tools(document["claims"], report)
        return
    report.note("ClaimReview gives no position in the article: each claim is found again "
                "by its text when the article is opened")
    for number, item in enumerate(claimreview_items(document), start=1):
        if not is_claimreview(item):
            report.skip(f"item {number} is not a ClaimReview")
            continue
        record = _from_review(item, report)
        if record is not None:
            report.records.append(record)


def _verdict(rating: Any, report: ImportReport) -> tuple[str, str]:
    """(verdict, note line) of a ``reviewRating``."""
    if not isinstance(rating, Mapping):
        return "unrated", ""
    label = text_of(rating.get("alternateName")) or text_of(rating.get("name"))
    found = verdict_of(label)
    if found:
        return found, ""
    value, best, worst = (rating.get(k) for k in ("ratingValue", "bestRating", "worstRating"))
    try:
        if float(best if best is not None else 5) == 5 and float(
                worst if worst is not None else 1) == 1 and float(value) in _BY_RATING:
            return _BY_RATING[int(float(value))], ""
    except (TypeError, ValueError):
        pass
    report.note("ratings not on the verdict scale are kept in the note")
    return "unrated", f"Rating: {label or value}"


def _name(value: Any) -> str:
    first = as_list(value)[0] if as_list(value) else None
    if isinstance(first, Mapping):
        return text_of(first.get("name"))
    return text_of(first)


def _appearance(claim: Mapping[str, Any]) -> dict[str, Any]:
    """The article the claim was reviewed in: ``appearance`` (Claimdesk's export puts the
    annotated article there; ``firstAppearance`` may be an earlier, other article)."""
    for candidate in [*as_list(claim.get("appearance")), *as_list(claim.get("firstAppearance"))]:
        if isinstance(candidate, Mapping):
            return dict(candidate)
        if isinstance(candidate, str):
            return {"url": candidate}
    return {}


def _article_key(work: Mapping[str, Any], claim_text: str) -> str:
    """The article's id: the one Claimdesk exported (``identifier``), else from its URL,
    else from its headline, else the claim's own. Without a URL every claim got the same
    id, and claims from different local files were grouped as one article."""
    exported = text_of(work.get("identifier"))
    if _ARTICLE_ID.fullmatch(exported):
        return exported
    url, headline = text_of(work.get("url")), text_of(work.get("headline"))
    if url.strip():
        return article_id(url, "")
    return article_id("", f"claimreview:{headline.strip() or claim_text}")


def _links(value: Any) -> list[str]:
    links = []
    for item in as_list(value):
        if isinstance(item, Mapping):
            item = item.get("url") or item.get("@id") or item.get("name")
        if isinstance(item, str) and item.strip():
            links.append(item.strip())
    return links


def _tags(value: Any) -> list[str]:
    if isinstance(value, str):
        return [t for t in value.split(",") if t.strip()]
    return [t for t in as_list(value) if isinstance(t, str)]


def _from_review(item: Mapping[str, Any], report: ImportReport) -> dict[str, Any] | None:
    claim_text = " ".join(text_of(item.get("claimReviewed")).split())
    if not claim_text:
        report.skip("a ClaimReview without claimReviewed")
        return None
    for key in item:
        if key not in _MAPPED:
            report.note(f"ClaimReview property {str(key)[:40]!r} is not mapped")
    if item.get("author"):
        report.note("the review's author (the publisher) is not part of an annotation")
    claimed = item.get("itemReviewed") if isinstance(item.get("itemReviewed"), Mapping) else {}
    verdict, rating_note = _verdict(item.get("reviewRating"), report)
    url = text_of(item.get("url"))
    match = _UUID_AT_END.search(url)
    ident = canonical_id(match.group(1)) if match else None
    ours = text_of(item.get("@id"))
    if ident is None and ours.lower().startswith("urn:uuid:"):
        ident = canonical_id(ours)  # Claimdesk's export without a review URL base
    fields: dict[str, Any] = {
        "claim": claim_text, "claimant": _name(claimed.get("author")), "verdict": verdict,
        "note": "\n\n".join(filter(None, [text_of(item.get("reviewBody")), rating_note])),
        "tags": _tags(item.get("keywords")),
        "evidence": _links(item.get("citation")) + ([url] if url and not ident else []),
    }
    for extra in as_list(item.get("additionalProperty")):
        if isinstance(extra, Mapping) and extra.get("name") in field_names():
            fields[extra["name"]] = extra.get("value")
    work = _appearance(claimed)
    date = text_of(work.get("datePublished")) or text_of(claimed.get("datePublished"))
    article = {"id": _article_key(work, claim_text), "title": text_of(
        work.get("headline")), "path": "", "url": text_of(work.get("url")), "language": "",
        "text_sha256": "", **({"date": date} if date else {})}
    stamp = timestamp(item.get("datePublished"))
    key = ident or stable_id(url or f"{claim_text}|{article['url']}", "claimreview")
    return _record(key, article, claim_text, fields, stamp)


def _record(ident: str, article: dict[str, Any], exact: str, fields: dict[str, Any],
            stamp: str | None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": ident, "article": article,
        "target": {"position": {"start": 0, "end": len(exact)},
                   "quote": {"exact": exact, "prefix": "", "suffix": ""}},
        "anchor": orphan_anchor(),
    }
    for name in field_names():
        spec = field_spec(name)
        record[name] = fields.get(name, list(spec.default) if spec.is_list else spec.default)
    record["created"] = record["modified"] = stamp or utc_now()
    record["schema"] = current_schema()
    return record


def _read_fact_check_tools(claims: list[Any], report: ImportReport) -> None:
    report.note("Fact Check Tools claims give no article text: each is found again by its "
                "text when its article is opened")
    for claim in claims:
        text = " ".join(text_of(claim.get("text")).split()) if isinstance(claim, Mapping) else ""
        if not text:
            report.skip("a Fact Check Tools claim without text")
            continue
        for review in as_list(claim.get("claimReview")):
            if not isinstance(review, Mapping):
                continue
            rating = text_of(review.get("textualRating"))
            verdict = verdict_of(rating)
            if not verdict:
                report.note("ratings not on the verdict scale are kept in the note")
            if review.get("publisher"):
                report.note("the review's publisher is not part of an annotation")
            url = text_of(review.get("url"))
            fields = {"claim": text, "claimant": text_of(claim.get("claimant")),
                      "verdict": verdict or "unrated",
                      "note": "" if verdict else f"Rating: {rating}",
                      "evidence": [url] if url else []}
            date = text_of(claim.get("claimDate"))
            article = {"id": article_id("", f"fact-check-tools:{text}"), "title": "",
                       "path": "", "url": "", "language": text_of(review.get("languageCode")),
                       "text_sha256": "", **({"date": date} if date else {})}
            report.records.append(_record(stable_id(url or text, "factcheck"), article, text,
                                          fields, timestamp(review.get("reviewDate"))))
