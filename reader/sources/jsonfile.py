"""JSON articles: one object, a list of objects, or an object holding ``articles``/``items``.

Fields: ``title``, ``text`` or ``body`` (a string, or a list of strings taken as
paragraphs), ``url``, ``date``, ``source``, ``language``, ``author``. A metadata field of
the wrong type is ignored; an object without usable text is refused with its reason.

A list gives one article per object. The first keeps the path as given; the others get
``path#2``, ``path#3``… (1-based), so every article has its own identity and
``load_file(article.path)`` finds the same article again. At most ``MAX_ITEMS`` objects
are read from one file. ``load_paths`` folds the unusable objects of a list into one
``LoadFailure`` for the file (see ``dispatch._fold_errors``); ``load_file("file.json#3")``
gives the exact reason for that object.

Hostile JSON is refused in one line: 10,000 levels of nesting (``RecursionError``),
integers too long for Python to convert, invalid syntax.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from reader.core.model import Article
from reader.core.text import canonicalize
from reader.sources.assemble import Meta, Part, build_article, plain_parts
from reader.sources.errors import SourceError

MAX_ITEMS = 1000
_META_FIELDS = ("title", "url", "date", "source", "language", "author")
_LONG_INT = 64


class _LongNumber(float):
    """An integer literal too long to be a field value: kept as a marker, never converted."""


def _parse_int(literal: str) -> int | float:
    return int(literal) if len(literal) <= _LONG_INT else _LongNumber("inf")


def parse_json(text: str, path: str) -> Any:
    """Parse JSON, turning every failure into a one-line ``SourceError``."""
    try:
        return json.loads(text, parse_int=_parse_int)
    except RecursionError:
        raise SourceError(path, "JSON nested too deeply") from None
    except json.JSONDecodeError as error:
        raise SourceError(path, f"invalid JSON ({error.msg}, line {error.lineno})") from None
    except ValueError as error:
        raise SourceError(path, f"invalid JSON ({error})") from None


def item_path(path: str, index: int) -> str:
    """The path of the ``index``-th (0-based) article of a JSON file."""
    return path if index == 0 else f"{path}#{index + 1}"


def _items(data: Any, path: str) -> list[Any]:
    if isinstance(data, dict):
        for key in ("articles", "items"):
            if isinstance(data.get(key), list) and not _has_text(data):
                return data[key]
        return [data]
    if isinstance(data, list):
        if not data:
            raise SourceError(path, "the JSON list is empty")
        return data
    raise SourceError(path, f"expected a JSON object or a list of objects, not {_kind(data)}")


def _has_text(data: dict[str, Any]) -> bool:
    return "text" in data or "body" in data


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


def _field(name: str, value: Any) -> str:
    """A metadata field: a string; a date may also be an ordinary number; else ''."""
    if isinstance(value, str):
        return value
    if name != "date":
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool | _LongNumber):
        return str(value) if value == value and abs(value) != float("inf") else ""
    return ""


def _body_parts(item: dict[str, Any]) -> list[Part] | str:
    """The blocks of an object's text, or the reason it has none."""
    for key in ("text", "body"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            raw = canonicalize(value)
            if "\n\n" not in raw:
                raw = raw.replace("\n", "\n\n")
            return plain_parts(raw)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return plain_parts("\n\n".join(canonicalize(v) for v in value))
    values = [item[key] for key in ("text", "body") if key in item]
    if any(isinstance(v, str | list) and not v for v in values):
        return "the text is empty"
    if values:
        return "'text'/'body' must be a string or a list of strings"
    return "no 'text' or 'body' field"


def build_item(item: Any, path: str, extra: dict[str, str]) -> Article:
    """One JSON object to an article; raise ``SourceError`` (with ``path``) if unusable."""
    if not isinstance(item, dict):
        raise SourceError(path, f"expected an object, not {_kind(item)}")
    parts = _body_parts(item)
    if isinstance(parts, str):
        raise SourceError(path, parts)
    meta = Meta(**{name: _field(name, item.get(name)) for name in _META_FIELDS}, extra=dict(extra))
    return build_article(path, "json", parts, meta)


def iter_json(text: str, path: str, extra: dict[str, str]) -> Iterator[Article | SourceError]:
    """Every article of a JSON file, or the error of each unusable object, in order."""
    items = _items(parse_json(text, path), path)
    for index, item in enumerate(items[:MAX_ITEMS]):
        try:
            yield build_item(item, item_path(path, index), extra)
        except SourceError as error:
            yield error
    if len(items) > MAX_ITEMS:
        yield SourceError(
            item_path(path, MAX_ITEMS), f"only the first {MAX_ITEMS} objects are read"
        )
