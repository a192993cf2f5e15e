"""The database file's bytes: serialised before the file is touched, reusing the bytes
of every document that did not change.

A small database is rewritten on every save, so each document's bytes are cached by
object identity and only changed documents are serialised again (callers replace
documents, never mutate them: ``AnnotationTable``). A large one is rewritten only when
its journal is folded in; there one C-level ``dumps`` of the whole database is faster
than one call per document, and no cache is kept. Every failure to serialise is a
``DatabaseWriteError`` raised before anything is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.store.codec import encode
from reader.store.errors import DatabaseWriteError
from reader.store.files import META_TABLE, Data

Pieces = dict[str, dict[str, tuple[Any, bytes]]]
"""Per table, per document id: the document object and its serialised ``"id":{…}``."""


class FileSerialiser:
    """Turns the whole database into the file's bytes (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pieces: Pieces = {}
        """The cache of the last file written; set by the storage once it is on disk."""

    def encode(self, value: Any) -> bytes:
        """``value`` as strict JSON bytes, or a typed error naming the database."""
        try:
            return encode(value)
        except (TypeError, ValueError, RecursionError) as error:
            raise self._unsaveable(error) from None

    def whole(self, data: Data, meta: dict[str, Any], *, large: bool) -> tuple[bytes, Pieces]:
        """The whole file's bytes, the generation table first, and the per-document
        cache for the next rewrite (empty for a ``large`` database)."""
        try:
            if large:
                return encode({META_TABLE: meta, **data}), {}
            payload, pieces = self._by_document(data)
            head = encode(META_TABLE) + b":" + encode(meta)
            return b"{" + head + (b"," if len(payload) > 2 else b"") + payload[1:], pieces
        except (TypeError, ValueError, RecursionError) as error:
            raise self._unsaveable(error) from None

    def _by_document(self, data: Data) -> tuple[bytes, Pieces]:
        pieces: Pieces = {}
        parts: list[bytes] = []
        for table_name, table in data.items():
            old = self.pieces.get(table_name, {})
            new: dict[str, tuple[Any, bytes]] = {}
            docs: list[bytes] = []
            for doc_id, doc in table.items():
                key = str(doc_id)
                hit = old.get(key)
                if hit is None or hit[0] is not doc:
                    hit = (doc, encode(key) + b":" + encode(doc))
                new[key] = hit
                docs.append(hit[1])
            pieces[table_name] = new
            head = encode(str(table_name))
            parts.append(head + b":{" + b",".join(docs) + b"}")
        return b"{" + b",".join(parts) + b"}", pieces

    def _unsaveable(self, error: BaseException) -> DatabaseWriteError:
        return DatabaseWriteError(
            self.path, f"a value cannot be saved as JSON ({error}); nothing was written")
