"""Checking every stored document when a database is opened.

A file whose JSON is valid can still hold a document that is not an annotation (a field
missing or of the wrong type, an id that is not its key). Such a database is refused as
a whole, like a corrupt file: the typed ``DatabaseError`` names the file, the document
and the field, offers the ``.bak``, and the file is left unchanged, because guessing
which records to trust would lose or invent data. A read-only open may instead leave the
damaged documents out and name them (``set_aside``): nothing read-only can write the
file, so the app shows the other annotations view-only until the file is fixed by hand.
A number of 64 bits or more is damage in any field (``HUGE``).

The check is a fast shape test of every document; only a document that fails it goes
through the full ``Annotation.from_record`` to name the field that is wrong.
"""

from __future__ import annotations

from operator import itemgetter
from pathlib import Path
from typing import Any

from reader.core.annotation import ANCHOR_STATUSES, ARTICLE_KEYS, MAX_OFFSET, Annotation
from reader.core.annotation_fields import FIELDS
from reader.core.annotation_migrations import current_schema, migrate
from reader.core.annotation_rules import FieldError, canonical_id
from reader.store.errors import DatabaseError

_STATUSES = frozenset(ANCHOR_STATUSES)
_ARTICLE = itemgetter(*ARTICLE_KEYS)


def check_documents(path: Path, table: dict[str, Any],
                    set_aside: list[str] | None = None) -> None:
    """Raise ``DatabaseError`` for the first document that is not a valid annotation.

    Documents of an older schema are migrated in memory first (the new document
    replaces the old one in ``table``, so the next save writes it migrated).

    With ``set_aside`` (a read-only store: nothing it holds can ever be written back),
    a bad document is removed from ``table`` instead and its one-line reason appended:
    the others can still be read while the damaged one is fixed by hand.
    """
    if set_aside is None:
        _check(path, table)
        return
    while True:
        try:
            _check(path, table)
            return
        except _Damaged as damaged:
            del table[damaged.key]
            set_aside.append(str(damaged.error))


class _Damaged(DatabaseError):
    """A bad document, with the key it is stored under."""

    def __init__(self, path: Path, key: str, message: str) -> None:
        super().__init__(path, message)
        self.key = key
        self.error = DatabaseError(path, message)


def _check(path: Path, table: dict[str, Any]) -> None:
    schema = current_schema()
    strings = tuple(s.name for s in FIELDS if not s.is_list and s.kind != "choice")
    lists = tuple(s.name for s in FIELDS if s.is_list)
    choices = tuple((s.name, frozenset(s.choices)) for s in FIELDS if s.kind == "choice")
    for key, doc in table.items():
        if _looks_right(doc, schema, strings, lists, choices) and doc["id"] == key:
            continue
        version = doc.get("schema") if isinstance(doc, dict) else None
        if type(version) is int and schema < version < HUGE:
            # "field 'schema' must be 1, got 2" read as damage: say who wrote it
            raise _Damaged(path, key, f"annotation {str(key)[:40]!r} was written by a newer "
                                f"Claimdesk (record schema {version}; this one reads up to "
                                f"{schema}): open it with that version; the file was left "
                                "unchanged")
        if type(version) is int and 0 <= version < schema:
            try:
                table[key] = doc = migrate(doc)  # same key: no resize while iterating
            except FieldError as error:
                raise _Damaged(path, key, f"annotation {str(key)[:40]!r} cannot be "
                               f"migrated: {error}; the file was left unchanged") from None
            if _looks_right(doc, schema, strings, lists, choices) and doc["id"] == key:
                continue
        raise _Damaged(path, key, f"{_problem(key, doc)}; the file was left unchanged")


def _looks_right(doc: Any, schema: int, strings: tuple[str, ...], lists: tuple[str, ...],
                 choices: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """The shape test, written for speed (it runs for every document at open): plain
    type tests, and ``"".join`` to test a whole list of strings in C."""
    try:
        article, target, anchor = doc["article"], doc["target"], doc["anchor"]
        position, quote = target["position"], target["quote"]
        start, end, score = position["start"], position["end"], anchor["score"]
        "".join((doc["id"], doc["created"], doc["modified"], anchor["checked_at"],
                 quote["exact"], quote["prefix"], quote["suffix"], *_ARTICLE(article)))
        if not (doc["schema"] == schema and type(start) is int and type(end) is int
                and 0 <= start < end and anchor["status"] in _STATUSES and quote["exact"]
                and end <= MAX_OFFSET and type(score) in (int, float) and 0 <= score <= 1
                and article["id"]):
            return False
        "".join([doc[name] for name in strings])
        for name in lists:
            value = doc[name]
            if type(value) is not list:
                return False
            "".join(value)
        return all(doc[name] in allowed for name, allowed in choices)
    except (KeyError, TypeError):
        return False


def _problem(key: str, doc: Any) -> str:
    """The exact reason a document was refused (slow path, one document)."""
    where = f"annotation {str(key)[:40]!r}"
    huge = _huge_number(doc)
    if huge is not None:  # 10**30 typed by hand: read as a float, it said "must be integers"
        return (f"{where} is not valid: field {huge!r} holds a number too large for "
                f"any field (64 bits or more)")
    try:
        annotation = Annotation.from_record(doc)
    except FieldError as error:
        return f"{where} is not valid: field {error.field!r} {error.reason}"
    if annotation.id != key:
        return f"{where} is stored under another id ({annotation.id[:40]!r})"
    return f"{where} is not valid"


HUGE = 2**63
"""A number this large or larger is damage in any field: the database's fast parser reads
an integer past 64 bits as an inexact float, and no offset, count or score gets near it."""


def _huge_number(value: Any, where: str = "") -> str | None:
    """The dotted name of the first number of 64 bits or more in a document, if any."""
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = ((str(i), v) for i, v in enumerate(value))
    else:
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        return (where or "record") if is_number and abs(value) >= HUGE else None
    for name, item in items:
        found = _huge_number(item, f"{where}.{name}" if where else str(name))
        if found is not None:
            return found
    return None


def stored_key(annotation_id: str) -> str:
    """The key an id is stored under: its canonical spelling when it is a UUID."""
    return canonical_id(annotation_id) or annotation_id
