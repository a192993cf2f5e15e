"""The JSON codec of the database file: orjson where it is exact, the standard library
where it is not.

Opening a 100,000-annotation database and folding its journal in are dominated by
parsing and serialising about 100 MB of JSON; orjson does both several times faster than
``json``. Its output must still be the strict JSON the store promises, so:

* ``encode`` falls back to ``json.dumps(..., allow_nan=False)`` whenever orjson's
  output could differ in meaning: orjson writes NaN and infinities as ``null``, so any
  ``null`` in its output (annotations hold none) sends the value through ``json``,
  which refuses them; a value orjson cannot encode (a huge integer, a lone surrogate)
  also goes to ``json``, which encodes it or raises as before;
* ``decode`` uses orjson and, when it refuses the bytes, ``json`` on the decoded text, so
  error messages (and the rare document only ``json`` accepts) stay as they were.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson


def _strict_dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=False,
                      separators=(",", ":")).encode("utf-8")


def encode(value: Any) -> bytes:
    """Compact, strict UTF-8 JSON; raises ``TypeError``/``ValueError`` when the value
    cannot be saved as JSON (NaN, infinity, sets, objects)."""
    try:
        out = orjson.dumps(value)
    except (orjson.JSONEncodeError, TypeError):
        return _strict_dumps(value)
    return _strict_dumps(value) if b"null" in out else out


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def decode(raw: bytes) -> Any:
    """Parse UTF-8 JSON bytes; raises ``UnicodeDecodeError`` or ``ValueError`` (also
    ``RecursionError``) as ``json.loads`` on the decoded text would."""
    with _no_cycle_collection():
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            return json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Parsing a large database makes millions of dicts and lists, none in a cycle; the
    cycle collector would scan them again and again while they are made (most of the
    time of opening 100,000 annotations), so it waits until the parse is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
