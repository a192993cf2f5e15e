"""The typed annotation: one claim a user marked in one article.

The database, the JSON Lines export and every import hold the record as JSON (see the
design note ``annotations.md``); ``Annotation.from_record`` is the ONE place that reads
that shape (checking every field on the way) and ``to_record`` the one place that
writes it. Everything else (the article screen, the side panel, the CLI table, the
exports) reads the typed attributes, so the JSON shape can change in one module.

Content fields (claim, claimant, verdict, ...) come from the table in
``annotation_fields``; they are kept in ``values`` in table order, with typed properties
for the fields every release has.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from reader.core.annotation_fields import FIELDS, FieldSpec, field_names
from reader.core.annotation_migrations import clone, current_schema
from reader.core.annotation_rules import (
    FieldError,
    InvalidValue,
    canonical_id,
    clean_evidence,
    clean_tags,
    is_web_link,
)

ANCHOR_STATUSES: tuple[str, ...] = ("exact", "moved", "fuzzy", "orphan")
ARTICLE_KEYS: tuple[str, ...] = ("id", "title", "path", "url", "language", "text_sha256")
FRAME_KEYS: tuple[str, ...] = ("id", "article", "target", "anchor", "created", "modified",
                               "schema")
FieldValue = str | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """Which article an annotation belongs to; ``id`` does not depend on the folder."""

    id: str
    title: str = ""
    path: str = ""
    url: str = ""
    language: str = ""
    text_sha256: str = ""
    date: str | None = None
    version: str | None = None
    """The library version the annotation was made on (articles from the library store)."""

    def to_json(self) -> dict[str, str]:
        data = {key: getattr(self, key) for key in ARTICLE_KEYS}
        if self.date is not None:
            data["date"] = self.date
        if self.version is not None:
            data["version"] = self.version
        return data


@dataclass(frozen=True, slots=True)
class Quote:
    """The marked words and up to 32 code points of context on each side."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Target:
    """Where the claim is: code-point offsets (end exclusive) and the quote with context."""

    start: int
    end: int
    quote: Quote

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    @property
    def exact(self) -> str:
        return self.quote.exact

    @classmethod
    def from_json(cls, value: object) -> Target:
        """A record's ``target`` object, checked (``FieldError`` when wrong)."""
        return _target(value)

    def to_json(self) -> dict[str, Any]:
        return {"position": {"start": self.start, "end": self.end},
                "quote": {"exact": self.quote.exact, "prefix": self.quote.prefix,
                          "suffix": self.quote.suffix}}


@dataclass(frozen=True, slots=True)
class Anchor:
    """The last re-anchoring result: exact, moved, fuzzy or orphan, its score and time."""

    status: str
    score: float
    checked_at: str

    @property
    def is_orphan(self) -> bool:
        return self.status == "orphan"

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "score": self.score, "checked_at": self.checked_at}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One evidence item: a web link or a free-text reference (``INE, informe 2024``)."""

    value: str

    @property
    def is_link(self) -> bool:
        return is_web_link(self.value)


@dataclass(frozen=True, slots=True)
class Annotation:
    """One annotation (see the module docstring); build it with ``from_record``."""

    id: str
    article: ArticleRef
    target: Target
    anchor: Anchor
    values: tuple[tuple[str, FieldValue], ...]
    created: str
    modified: str
    schema: int
    extra: tuple[tuple[str, Any], ...] = ()

    # -- content fields -------------------------------------------------------------

    def value(self, name: str) -> FieldValue:
        """The value of content field ``name`` (its default when the record has none)."""
        for key, value in self.values:
            if key == name:
                return value
        from reader.core.annotation_fields import field_spec

        return field_spec(name).default

    @property
    def fields(self) -> dict[str, FieldValue]:
        """The content fields by name, in table order."""
        return dict(self.values)

    @property
    def claim(self) -> str:
        return str(self.value("claim"))

    @property
    def claimant(self) -> str:
        return str(self.value("claimant"))

    @property
    def verdict(self) -> str:
        return str(self.value("verdict"))

    @property
    def note(self) -> str:
        return str(self.value("note"))

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(self.value("tags"))

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return tuple(Evidence(item) for item in self.value("evidence"))

    @property
    def is_orphan(self) -> bool:
        return self.anchor.is_orphan

    @property
    def span(self) -> tuple[int, int]:
        return self.target.span

    def with_fields(self, **changes: Any) -> Annotation:
        """A copy with some content fields changed (lists given as lists or tuples)."""
        names = field_names()
        unknown = set(changes) - set(names)
        if unknown:
            raise FieldError(sorted(unknown)[0], "is not a content field")
        current = self.fields
        for name, value in changes.items():
            current[name] = tuple(value) if isinstance(value, list | tuple) else value
        return replace(self, values=tuple((n, current[n]) for n in names if n in current))

    # -- JSON ------------------------------------------------------------------------

    def to_record(self) -> dict[str, Any]:
        """The JSON record, keys in one fixed order (lists as lists)."""
        record: dict[str, Any] = {
            "id": self.id,
            "article": self.article.to_json(),
            "target": self.target.to_json(),
            "anchor": self.anchor.to_json(),
        }
        for name, value in self.values:
            record[name] = list(value) if isinstance(value, tuple) else value
        record.update(created=self.created, modified=self.modified, schema=self.schema)
        for key, value in self.extra:
            record.setdefault(key, clone(value))  # never shared with a caller
        return record

    @classmethod
    def from_record(cls, record: Mapping[str, Any], *, lenient: bool = False) -> Annotation:
        """Read and check a record at the current schema; ``FieldError`` names the first
        field that is missing or wrong (migrate older records first).

        ``lenient`` (for display only) accepts a choice the scale does not know, such as a
        verdict written by a newer version, so that it is shown instead of crashing."""
        if not isinstance(record, Mapping):
            raise FieldError("record", "is not a JSON object")
        schema = current_schema()
        if record.get("schema") != schema and not lenient:
            raise FieldError("schema", f"must be {schema}, got {record.get('schema')!r}")
        checked_id = _check_id(record.get("id"))
        article = _article(record.get("article"))
        target = _target(record.get("target"))
        anchor = _anchor(record.get("anchor"))
        values = tuple(
            (spec.name, _field_value(spec, record.get(spec.name, _MISSING), lenient))
            for spec in FIELDS)
        known = set(FRAME_KEYS) | set(field_names())
        return cls(
            id=checked_id,
            article=article,
            target=target,
            anchor=anchor,
            values=values,
            created=_time("created", record.get("created")),
            modified=_time("modified", record.get("modified")),
            schema=record["schema"] if lenient else schema,
            extra=tuple((k, v) for k, v in record.items() if k not in known),
        )

    def normalised(self) -> Annotation:
        """The same annotation with the value rules applied (canonical id, tags cleaned,
        evidence checked): what the form does, applied to anything saved or imported."""
        try:
            evidence = tuple(clean_evidence(self.value("evidence")))
        except InvalidValue as error:
            raise FieldError("evidence", str(error)) from None
        changed = self.with_fields(tags=clean_tags(self.value("tags")), evidence=evidence)
        return replace(changed, id=canonical_id(self.id) or self.id)


_MISSING = object()


def _field_value(spec: FieldSpec, value: object, lenient: bool = False) -> FieldValue:
    if value is _MISSING:
        if lenient:
            return spec.default
        raise FieldError(spec.name, "is missing")
    if spec.is_list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise FieldError(spec.name, "must be a list of strings")
        return tuple(value)
    if not isinstance(value, str):
        raise FieldError(spec.name, "must be a string")
    if spec.kind == "choice" and value not in spec.choices and not lenient:
        raise FieldError(spec.name, f"{value!r} is not one of {', '.join(spec.choices)}")
    return value


def _check_id(value: object) -> str:
    if not isinstance(value, str):
        raise FieldError("id", "must be a UUID string")
    if canonical_id(value) is None:
        raise FieldError("id", f"{value[:40]!r} is not a UUID")
    return value


def _article(value: object) -> ArticleRef:
    if not isinstance(value, Mapping):
        raise FieldError("article", "must be an object")
    for key in ARTICLE_KEYS:
        if not isinstance(value.get(key), str):
            raise FieldError(f"article.{key}", "must be a string")
    if not value["id"]:
        raise FieldError("article.id", "must not be empty")
    date, version = value.get("date"), value.get("version")
    if date is not None and not isinstance(date, str):
        raise FieldError("article.date", "must be a string")
    if version is not None and not isinstance(version, str):
        raise FieldError("article.version", "must be a string")
    return ArticleRef(*(value[key] for key in ARTICLE_KEYS), date=date, version=version)


MAX_OFFSET = 2**53 - 1
"""The largest position a record may hold: every JSON reader keeps it exact (the database's
fast parser read 10**30 as a float, so one imported record made the whole file unreadable),
and it is far past any article."""


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _target(value: object) -> Target:
    if not isinstance(value, Mapping):
        raise FieldError("target", "must be an object")
    position, quote = value.get("position"), value.get("quote")
    if not isinstance(position, Mapping):
        raise FieldError("target.position", "must be an object")
    start, end = position.get("start"), position.get("end")
    if not (_is_int(start) and _is_int(end)):
        raise FieldError("target.position", "start and end must be integers")
    assert isinstance(start, int) and isinstance(end, int)
    if not 0 <= start < end <= MAX_OFFSET:
        raise FieldError("target.position",
                         f"needs 0 <= start < end <= {MAX_OFFSET}, got {start}..{end}")
    if not isinstance(quote, Mapping):
        raise FieldError("target.quote", "must be an object")
    for key in ("exact", "prefix", "suffix"):
        if not isinstance(quote.get(key), str):
            raise FieldError(f"target.quote.{key}", "must be a string")
    if not quote["exact"]:
        raise FieldError("target.quote.exact", "must not be empty")
    return Target(start, end, Quote(quote["exact"], quote["prefix"], quote["suffix"]))


def _anchor(value: object) -> Anchor:
    if not isinstance(value, Mapping):
        raise FieldError("anchor", "must be an object")
    if value.get("status") not in ANCHOR_STATUSES:
        raise FieldError("anchor.status", f"must be one of {', '.join(ANCHOR_STATUSES)}")
    score = value.get("score")
    if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 1:
        raise FieldError("anchor.score", "must be a number from 0 to 1")
    return Anchor(value["status"], score, _time("anchor.checked_at", value.get("checked_at")))


def _time(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise FieldError(name, "must be an ISO 8601 timestamp string")
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise FieldError(name, f"{value[:40]!r} is not an ISO 8601 timestamp") from None
    return value


def typed(record: Mapping[str, Any] | Annotation) -> Annotation:
    """The typed view of a stored record (already checked by the store) for display:
    lenient about a verdict or schema a newer version wrote. Annotations pass through."""
    if isinstance(record, Annotation):
        return record
    return Annotation.from_record(record, lenient=True)


def annotations(records: Iterable[Mapping[str, Any] | Annotation]) -> list[Annotation]:
    """``typed`` of every record."""
    return [typed(record) for record in records]
