"""W3C Web Annotation export (JSON-LD) that loses nothing.

Each annotation becomes an ``Annotation`` with ``motivation`` ``assessing`` and one body
per content field of the field table (``reader.core.annotation_fields``), each with the
purpose the table gives it: the verdict ``assessing``, the claim summary and the
claimant ``describing``, the note ``commenting``, one ``tagging`` body per tag and one
``linking`` body per evidence item (a ``SpecificResource`` whose ``source`` is the link,
or a ``TextualBody`` for a reference that is not a link). Empty text fields are left out.

The target's ``source`` is the article URL, or ``urn:claimdesk:article:<id>``; its
selectors are a ``TextQuoteSelector`` and a ``TextPositionSelector`` in code points of
the canonical text, as the specification requires (not UTF-16 units).

Documented extension: what the model does not cover is carried in properties whose
names are IRIs of the ``claimdesk:`` scheme, which JSON-LD keeps as they are and other
tools ignore: ``claimdesk:field`` on each body (which field it holds, since two fields
share ``describing``), ``claimdesk:article`` on the target (title, path, language, text
hash, date), ``claimdesk:anchor`` and ``claimdesk:schema`` on the annotation and
``claimdesk:extra`` for keys a newer version added. With them, exporting and importing
again gives back every field of every record (``importing_w3c.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from reader.core.annotation import Annotation, ArticleRef, typed
from reader.core.annotation_fields import FIELDS, FieldSpec
from reader.core.annotation_rules import is_web_link

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXT = "claimdesk:"
FIELD_KEY = EXT + "field"


def article_source(article: ArticleRef) -> str:
    """The target's ``source``: the article URL, else a URN built from its id."""
    return article.url or f"urn:claimdesk:article:{article.id}"


def _text_body(value: str, purpose: str, field: str) -> dict[str, str]:
    return {"type": "TextualBody", "purpose": purpose, "value": value,
            "format": "text/plain", FIELD_KEY: field}


def _bodies(spec: FieldSpec, value: str | tuple[str, ...]) -> list[dict[str, str]]:
    if isinstance(value, str):
        keep = value or spec.kind == "choice"
        return [_text_body(value, spec.w3c_purpose, spec.name)] if keep else []
    bodies = []
    for item in value:
        if spec.kind == "links" and is_web_link(item):
            bodies.append({"type": "SpecificResource", "purpose": spec.w3c_purpose,
                           "source": item, FIELD_KEY: spec.name})
        else:
            bodies.append(_text_body(item, spec.w3c_purpose, spec.name))
    return bodies


def to_annotation(record: Mapping[str, Any] | Annotation) -> dict[str, Any]:
    """One record as a Web Annotation object."""
    annotation = typed(record)
    bodies = [body for spec in FIELDS for body in _bodies(spec, annotation.value(spec.name))]
    quote, target = annotation.target.quote, annotation.target
    result: dict[str, Any] = {
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
            EXT + "article": annotation.article.to_json(),
        },
        EXT + "anchor": annotation.anchor.to_json(),
        EXT + "schema": annotation.schema,
    }
    if annotation.extra:
        result[EXT + "extra"] = dict(annotation.extra)
    return result


def to_w3c(records: Iterable[Mapping[str, Any] | Annotation]) -> list[dict[str, Any]]:
    """Every record as a Web Annotation (a JSON-LD array)."""
    return [to_annotation(record) for record in records]
