"""W3C Web Annotation export (JSON-LD).

Each record becomes an ``Annotation`` with ``motivation`` ``assessing``: a body with the
verdict (purpose ``assessing``), the note (``commenting``), the tags (``tagging``) and
the claimant (``describing``), and a target whose source is the article's URL, or a
``urn:claimdesk:article:<id>`` when it has none, selected by a ``TextQuoteSelector`` and a
``TextPositionSelector``. Positions are in code points of the canonical text, as the
specification requires (not UTF-16 units as JavaScript counts).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def article_source(article: dict[str, Any]) -> str:
    """The target's ``source``: the article URL, else a URN built from its id."""
    return article.get("url") or f"urn:claimdesk:article:{article['id']}"


def _text_body(value: str, purpose: str) -> dict[str, str]:
    return {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}


def to_annotation(record: dict[str, Any]) -> dict[str, Any]:
    """One record as a Web Annotation object."""
    bodies = [_text_body(record["verdict"], "assessing")]
    if record["note"]:
        bodies.append(_text_body(record["note"], "commenting"))
    if record["claimant"]:
        bodies.append(_text_body(record["claimant"], "describing"))
    bodies.extend(_text_body(tag, "tagging") for tag in record["tags"])
    quote, position = record["target"]["quote"], record["target"]["position"]
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{record['id']}",
        "type": "Annotation",
        "motivation": "assessing",
        "created": record["created"],
        "modified": record["modified"],
        "body": bodies,
        "target": {
            "source": article_source(record["article"]),
            "selector": [
                {"type": "TextQuoteSelector", "exact": quote["exact"],
                 "prefix": quote["prefix"], "suffix": quote["suffix"]},
                {"type": "TextPositionSelector", "start": position["start"],
                 "end": position["end"]},
            ],
        },
    }


def to_w3c(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every record as a Web Annotation (a JSON-LD array)."""
    return [to_annotation(record) for record in records]
