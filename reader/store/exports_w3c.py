"""W3C Web Annotation export (JSON-LD).

Each record becomes an ``Annotation`` with ``motivation`` ``assessing``: a body with the
verdict (purpose ``assessing``), the note (``commenting``), the tags (``tagging``) and
the claimant (``describing``), and a target whose source is the article's URL, or a
``urn:claimdesk:article:<id>`` when it has none, selected by a ``TextQuoteSelector`` and a
``TextPositionSelector``. Positions are in code points of the canonical text, as the
specification requires (not UTF-16 units as JavaScript counts).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from reader.core.annotation import Annotation, ArticleRef, typed

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def article_source(article: ArticleRef) -> str:
    """The target's ``source``: the article URL, else a URN built from its id."""
    return article.url or f"urn:claimdesk:article:{article.id}"


def _text_body(value: str, purpose: str) -> dict[str, str]:
    return {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}


def to_annotation(record: Mapping[str, Any] | Annotation) -> dict[str, Any]:
    """One record as a Web Annotation object."""
    annotation = typed(record)
    bodies = [_text_body(annotation.verdict, "assessing")]
    if annotation.note:
        bodies.append(_text_body(annotation.note, "commenting"))
    if annotation.claimant:
        bodies.append(_text_body(annotation.claimant, "describing"))
    bodies.extend(_text_body(tag, "tagging") for tag in annotation.tags)
    quote, target = annotation.target.quote, annotation.target
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{annotation.id}",
        "type": "Annotation",
        "motivation": "assessing",
        "created": annotation.created,
        "modified": annotation.modified,
        "body": bodies,
        "target": {
            "source": article_source(annotation.article),
            "selector": [
                {"type": "TextQuoteSelector", "exact": quote.exact,
                 "prefix": quote.prefix, "suffix": quote.suffix},
                {"type": "TextPositionSelector", "start": target.start, "end": target.end},
            ],
        },
    }


def to_w3c(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every record as a Web Annotation (a JSON-LD array)."""
    return [to_annotation(record) for record in records]
