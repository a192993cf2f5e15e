"""Import W3C Web Annotations (Claimdesk's own export or another tool's) and Hypothesis.

Claimdesk's W3C export carries every field (see ``exports_w3c.py``), so importing it into
an empty database gives back the very records. Another tool's annotations are mapped as
far as they go: bodies by purpose (``assessing`` → verdict when it names one of the
scale, ``commenting``/``describing``/no purpose → note, ``tagging`` → tags, ``linking``
→ evidence), the target's ``TextQuoteSelector`` and ``TextPositionSelector``, its source
as the article URL. An annotation without a quotation cannot be anchored and is skipped.
Hypothesis exports (the API's ``rows`` or a list of them) are mapped the same way, the
note from ``text`` and the title from ``document.title``. Whatever has no place is
counted in the ``ImportReport``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reader.core.annotation import MAX_OFFSET
from reader.core.annotation_fields import field_names, field_spec
from reader.core.annotation_migrations import current_schema, utc_now
from reader.core.model import article_id
from reader.store.exports_w3c import EXT, FIELD_KEY
from reader.store.import_report import (
    ImportReport,
    as_list,
    orphan_anchor,
    stable_id,
    text_of,
    timestamp,
    verdict_of,
)

_KNOWN_TOP = {"@context", "id", "type", "motivation", "created", "modified", "body",
              "bodyValue", "target", EXT + "anchor", EXT + "schema", EXT + "extra"}
_HYPOTHESIS_TOP = {"id", "uri", "text", "tags", "target", "document", "created", "updated"}
_URN = "urn:claimdesk:article:"


def is_hypothesis(item: Mapping[str, Any]) -> bool:
    """A Hypothesis API row: ``uri`` and a list ``target``, no W3C ``type``."""
    return "uri" in item and isinstance(item.get("target"), list) and "type" not in item


def w3c_items(document: Any) -> list[Any]:
    """The annotations of a W3C document: an array, one annotation, a collection page
    (``items`` or ``first.items``), or Hypothesis ``rows``."""
    if isinstance(document, list):
        return document
    if not isinstance(document, Mapping):
        return []
    for key in ("rows", "items"):
        if isinstance(document.get(key), list):
            return document[key]
    first = document.get("first")
    if isinstance(first, Mapping) and isinstance(first.get("items"), list):
        return first["items"]
    return [document]


def read_w3c(document: Any, report: ImportReport) -> None:
    """Map every annotation of ``document`` into ``report.records``."""
    for number, item in enumerate(w3c_items(document), start=1):
        if not isinstance(item, Mapping):
            report.skip(f"item {number} is not a JSON object")
        elif is_hypothesis(item):
            _add(report, _from_hypothesis(item, report))
        else:
            _add(report, _from_w3c(item, report))


def _add(report: ImportReport, record: dict[str, Any] | None) -> None:
    if record is not None:
        report.records.append(record)


def _selectors(target: Any, report: ImportReport) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(source, quote selector, position selector) of a target."""
    targets = as_list(target)
    if len(targets) > 1:
        report.note("targets after the first are not mapped")
    first = targets[0] if targets else None
    if isinstance(first, str):
        return first, {}, {}
    if not isinstance(first, Mapping):
        return "", {}, {}
    source = first.get("source")
    if isinstance(source, Mapping):
        source = source.get("id")
    quote: dict[str, Any] = {}
    position: dict[str, Any] = {}
    for selector in as_list(first.get("selector")):
        if not isinstance(selector, Mapping):
            continue
        kind = selector.get("type")
        if kind == "TextQuoteSelector" and not quote:
            quote = dict(selector)
        elif kind == "TextPositionSelector" and not position:
            position = dict(selector)
        elif kind not in ("TextQuoteSelector", "TextPositionSelector"):
            report.note(f"{text_of(kind) or 'untyped'} selectors are not mapped")
    return source if isinstance(source, str) else "", quote, position


def _target_and_anchor(quote: Mapping[str, Any], position: Mapping[str, Any], anchor: Any,
                       report: ImportReport) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The record's target and anchor. A position that cannot be right (not integers,
    negative, end before start, past ``MAX_OFFSET``) is dropped, and one that does not span
    the quotation's length cannot be an ``exact`` place: either way the anchor is an orphan,
    found again by the quotation when the article is opened. A start of 10**30 with an
    ``exact`` anchor was stored as such and the database could not be read again."""
    exact = quote.get("exact")
    if not isinstance(exact, str) or not exact:
        return None
    start, end = position.get("start"), position.get("end")
    if not (type(start) is int and type(end) is int and 0 <= start < end <= MAX_OFFSET):
        if position:
            report.note("a position that cannot be right was dropped: the annotation is "
                        "placed by its quotation when the article is opened")
        start, end = 0, len(exact)
        anchor = None  # the place is unknown: found again by the quotation
    elif end - start != len(exact) and anchor is not None:
        report.note("a position that does not span its quotation is not trusted as exact: "
                    "the annotation is placed by its quotation when the article is opened")
        anchor = None
    target = {"position": {"start": start, "end": end},
              "quote": {"exact": exact, "prefix": text_of(quote.get("prefix")),
                        "suffix": text_of(quote.get("suffix"))}}
    return target, dict(anchor) if isinstance(anchor, Mapping) else orphan_anchor()


def _article(source: str, ours: Any, title: str = "") -> dict[str, Any]:
    if isinstance(ours, Mapping):
        return dict(ours)
    url = source if source.startswith(("http://", "https://")) else ""
    ident = source[len(_URN):] if source.startswith(_URN) else article_id(url, source)
    return {"id": ident or article_id(url, source), "title": title, "path": "", "url": url,
            "language": "", "text_sha256": ""}


def _empty_fields() -> dict[str, Any]:
    return {name: [] if field_spec(name).is_list else None for name in field_names()}


def _body_value(body: Any) -> str:
    if isinstance(body, str):
        return body
    if not isinstance(body, Mapping):
        return ""
    for key in ("value", "source", "id"):
        value = body.get(key)
        if isinstance(value, Mapping):
            value = value.get("id")
        if isinstance(value, str):
            return value
    return ""


def _put(fields: dict[str, Any], name: str, value: str, notes: list[str]) -> None:
    spec = field_spec(name)
    if spec.is_list:
        fields[name].append(value)
    elif fields[name] is None:
        fields[name] = value
    elif name == "note":
        fields[name] += "\n\n" + value
    else:
        notes.append(f"{spec.label}: {value}")


def _read_bodies(bodies: list[Any], report: ImportReport) -> dict[str, Any]:
    fields, notes = _empty_fields(), []
    for body in bodies:
        value = _body_value(body)
        purpose = body.get("purpose") if isinstance(body, Mapping) else None
        field = body.get(FIELD_KEY) if isinstance(body, Mapping) else None
        if isinstance(field, str) and field in fields:
            _put(fields, field, value, notes)
        elif purpose == "assessing" and verdict_of(value) and fields["verdict"] is None:
            fields["verdict"] = verdict_of(value)
        elif purpose == "assessing":
            notes.append(f"Rating: {value}")
            report.note(f"an assessment not on the verdict scale ({value[:30]!r}) is kept "
                        "in the note")
        elif purpose == "tagging":
            fields["tags"].append(value)
        elif purpose == "linking":
            fields["evidence"].append(value)
        elif purpose in (None, "commenting", "describing", "replying", "questioning"):
            _put(fields, "note", value, notes)
        else:
            report.note(f"bodies with purpose {text_of(purpose)!r} are not mapped")
    if notes:
        fields["note"] = "\n\n".join(filter(None, [fields["note"], *notes]))
    return fields


def _record(ident: str, article: dict[str, Any], placed: tuple[dict[str, Any], dict[str, Any]],
            fields: dict[str, Any], created: str | None, modified: str | None,
            extra: Any = None) -> dict[str, Any]:
    target, anchor = placed
    record: dict[str, Any] = {"id": ident, "article": article, "target": target,
                              "anchor": anchor}
    for name in field_names():
        value = fields.get(name)
        spec = field_spec(name)
        if value is None:
            value = " ".join(target["quote"]["exact"].split()) if name == "claim" else (
                list(spec.default) if spec.is_list else spec.default)
        record[name] = value
    now = utc_now()
    record["created"] = created or modified or now
    record["modified"] = modified or record["created"]
    record["schema"] = current_schema()
    if isinstance(extra, Mapping):
        for key, value in extra.items():
            record.setdefault(key, value)
    return record


def _from_w3c(item: Mapping[str, Any], report: ImportReport) -> dict[str, Any] | None:
    for key in item:
        if key not in _KNOWN_TOP:
            report.note(f"annotation property {str(key)[:40]!r} is not mapped")
    source, quote, position = _selectors(item.get("target"), report)
    placed = _target_and_anchor(quote, position, item.get(EXT + "anchor"), report)
    if placed is None:
        report.skip("an annotation without a TextQuoteSelector cannot be anchored")
        return None
    bodies = as_list(item.get("body"))
    if isinstance(item.get("bodyValue"), str):
        bodies.append(item["bodyValue"])
    target = item.get("target")
    ours = target.get(EXT + "article") if isinstance(target, Mapping) else None
    return _record(stable_id(item.get("id"), "w3c"), _article(source, ours), placed,
                   _read_bodies(bodies, report), timestamp(item.get("created")),
                   timestamp(item.get("modified")), item.get(EXT + "extra"))


def _from_hypothesis(item: Mapping[str, Any], report: ImportReport) -> dict[str, Any] | None:
    for key in item:
        if key not in _HYPOTHESIS_TOP:
            report.note(f"Hypothesis field {str(key)[:40]!r} is not mapped")
    source, quote, position = _selectors(item.get("target"), report)
    placed = _target_and_anchor(quote, position, None, report)
    if placed is None:
        report.skip("a Hypothesis page note or reply has no quotation")
        return None
    fields = _empty_fields()
    if isinstance(item.get("text"), str) and item["text"]:
        fields["note"] = item["text"]
    fields["tags"] = [t for t in as_list(item.get("tags")) if isinstance(t, str)]
    document = item.get("document")
    title = text_of(document.get("title")) if isinstance(document, Mapping) else ""
    uri = text_of(item.get("uri")) or source
    return _record(stable_id(item.get("id"), "hypothesis"), _article(uri, None, title),
                   placed, fields, timestamp(item.get("created")),
                   timestamp(item.get("updated")))
