"""The annotation service: the domain operations, above any repository.

``AnnotationStore`` is what the app and the command line use. It validates and cleans
every record before it is written (``records.prepare``: the model's value rules), keeps
ids canonical, merges imports by id, merges an edit with a concurrent change made by
another process (only the changed fields are written; a field both changed raises
``EditConflict`` so the user can choose), re-anchors an article's annotations, and makes
saves idempotent by id: retrying a save whose outcome was uncertain never duplicates.
A deletion leaves a tombstone (``tombstones.py``) so that a merge does not bring the
annotation back unless it was edited after the deletion.

Records go in and out as JSON dicts (the shape of the JSON Lines export), copied, so
changing a returned record never changes the store behind its back; typed
``Annotation`` objects are available through ``annotation`` and ``annotations_for``.
The repository underneath (``repository.py``) only stores.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from reader.core.annotation import Annotation
from reader.core.model import Article
from reader.store.anchoring import reanchor
from reader.store.documents import stored_key
from reader.store.errors import (
    DatabaseWriteError,
    EditConflict,
    ReadOnlyError,
    RecordError,
    RecordNotFound,
    StoreError,
    UncertainSaveError,
)
from reader.store.records import clone, editable, prepare, utc_now
from reader.store.repository import AnnotationRepository, Changes
from reader.store.tombstones import MergeOutcome

REFRESH_ROUNDS = 3  # re-anchorings of records changed meanwhile, before leaving them


class AnnotationStore:
    """The annotation service over one repository (see the module docstring).

    ``AnnotationStore(path)`` opens the TinyDB file as before; ``open_store`` accepts any
    location, and ``AnnotationStore(repository)`` wraps a repository already open.
    """

    def __init__(self, source: str | Path | AnnotationRepository, *, create: bool = True,
                 journal_threshold: int | None = None, set_aside: bool = False) -> None:
        if isinstance(source, str | Path):
            from reader.store.tinydb_repository import TinyDBRepository

            source = TinyDBRepository(source, create=create, set_aside=set_aside,
                                      journal_threshold=journal_threshold)
        self.repository: AnnotationRepository = source

    def __getattr__(self, name: str) -> Any:
        # ``path`` and ``storage`` of the file repository, for tools and tests.
        if name in ("path", "storage", "set_aside"):
            return getattr(self.repository, name)
        raise AttributeError(name)

    @property
    def location(self) -> str:
        return self.repository.location

    @property
    def lock(self) -> Any:
        """The store's lock, for a caller's own multi-step read-modify-write."""
        return self.repository.lock

    def close(self) -> None:
        """Close the repository (every save is already durable)."""
        self.repository.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ----------------------------------------------------------------------

    def annotation(self, record_id: str) -> Annotation | None:
        """One typed annotation (any spelling of its UUID), or None."""
        return self.repository.get(stored_key(record_id))

    def get(self, record_id: str) -> dict[str, Any] | None:
        """One record (a copy), or ``None``."""
        found = self.annotation(record_id)
        return None if found is None else found.to_record()

    def annotations(self) -> list[Annotation]:
        """Every annotation, oldest first (same millisecond: saving order)."""
        return sorted(self.repository.all(), key=lambda a: a.created)

    def all(self) -> list[dict[str, Any]]:
        """Every record (copies), oldest first."""
        return [a.to_record() for a in self.annotations()]

    def __len__(self) -> int:
        return len(self.repository)

    def annotations_for(self, article: Article) -> list[Annotation]:
        """Typed annotations of ``article`` (same id or same text), in text order."""
        found = self.repository.for_article(article.id, article.text_sha256)
        return sorted(found, key=lambda a: (a.target.start, a.created))

    def for_article(self, article: Article) -> list[dict[str, Any]]:
        """Records of ``article``: same article id, or same canonical text hash."""
        return [a.to_record() for a in self.annotations_for(article)]

    def counts_by_article(self) -> dict[str, int]:
        """Number of records per article id (for the library's counts)."""
        return self.repository.counts()

    def reanchored(self, article: Article) -> list[dict[str, Any]]:
        """``article``'s records re-anchored in its current text, without saving."""
        now, digest = utc_now(), article.text_sha256
        return [reanchor(a, article.text, digest, now).to_record()
                for a in self.annotations_for(article)]

    # -- writing ----------------------------------------------------------------------

    def add(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """Store a new record (validated, cleaned, migrated if older); return the copy.

        Idempotent by id: adding again an annotation that is already stored with the
        same content (a retry after an uncertain save) returns the stored one."""
        prepared = prepare(record)
        with self.lock:
            stored = self.repository.get(prepared.id)
            if stored is not None:
                if _same_content(stored, prepared):
                    return stored.to_record()
                raise RecordError("id", f"{prepared.id} is already stored")
            deleted = self.repository.tombstone(prepared.id)
            if deleted is not None:  # brought back (an undone delete): newer than both
                later = max(deleted, prepared.modified, key=_instant)
                prepared = replace(prepared, modified=_stamp_after(later))
            self._apply({prepared.id: prepared})
        return prepared.to_record()

    def update(self, record_id: str, expected: Mapping[str, Any] | None = None,
               **changes: Any) -> dict[str, Any]:
        """Change some fields of one record; ``modified`` is set; return the copy.

        Only the given fields are written: a change another process saved meanwhile to
        any other field is kept. ``expected`` holds the values the user started from:
        a given field whose stored value is neither that nor the new one was changed
        by someone else too, and ``EditConflict`` is raised (nothing written)."""
        unknown = set(changes) - editable()
        if unknown:
            raise RecordError(sorted(unknown)[0], "cannot be changed")
        key = stored_key(record_id)
        with self.lock:
            current = self.repository.get(key)
            if current is None:
                raise RecordNotFound(record_id)
            record = current.to_record()
            if expected is not None:
                _check_conflicts(key, record, expected, changes)
            updated = prepare({**record, **clone(changes),
                               "modified": _stamp_after(record.get("modified"))})
            self._apply({key: updated})
        return updated.to_record()

    def replace(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """Put a whole record back as given (used by undo/redo); returns the copy."""
        prepared = prepare(record)
        with self.lock:
            self._apply({prepared.id: prepared})
        return prepared.to_record()

    def delete(self, record_id: str) -> dict[str, Any]:
        """Remove one record, leaving its tombstone; return it (so the caller can offer
        undo, which is ``add`` of the returned record)."""
        key = stored_key(record_id)
        with self.lock:
            current = self.repository.get(key)
            if current is None:
                raise RecordNotFound(record_id)
            self._apply({key: None})
        return current.to_record()

    def merge(self, records: Iterable[Mapping[str, Any] | Annotation]) -> tuple[int, int, int]:
        """Merge records by id in one write: ``(added, updated, unchanged)``; see
        ``merge_outcome``, which also says which deleted ones were skipped."""
        return self.merge_outcome(records).counts

    def merge_outcome(self, records: Iterable[Mapping[str, Any] | Annotation]
                      ) -> MergeOutcome:
        """Merge records by id in one write and say what was done.

        A record whose id is new is added (ids in any UUID spelling are the same id),
        unless it was deleted here at or after its ``modified`` time (``skipped``); one
        modified after its deletion is brought back (``restored``, also ``added``).
        For a known id, the incoming record wins only when its ``modified`` time is
        later. Merging the same records twice changes nothing the second time."""
        prepared = [prepare(r) for r in records]  # typed ones only get the value rules
        outcome = MergeOutcome()
        with self.lock:
            changes: dict[str, Annotation] = {}
            tombstones = self.repository.tombstones()
            for annotation in prepared:
                current = changes.get(annotation.id) or self.repository.get(annotation.id)
                if current is None:
                    deleted = tombstones.get(annotation.id)
                    if deleted is not None and _instant(annotation.modified) <= _instant(deleted):
                        outcome.skipped.append(annotation.id)
                        continue
                    if deleted is not None:
                        outcome.restored.append(annotation.id)
                    outcome.added += 1
                elif current == annotation or not _newer(annotation, current):
                    outcome.unchanged += 1
                    continue
                else:
                    outcome.updated += 1
                changes[annotation.id] = annotation
            self._apply(changes)
        return outcome

    def refresh_anchors(self, article: Article, *, save: bool = True) -> list[dict[str, Any]]:
        """Re-anchor ``article``'s records in its current text; save what changed.

        The anchoring is computed without the store's lock (a long quotation may take a
        while, and another thread or process must not wait for it); then, under the
        lock, only records still stored exactly as they were read are written, so a
        change saved meanwhile is never overwritten: such a record is computed again
        from what is now stored, up to ``REFRESH_ROUNDS`` times, and otherwise left as
        stored for the next refresh. Only records whose status, score, position or text
        hash changed are written, in one write per round, so opening an unchanged
        article writes nothing. ``save=False`` (a database open view-only) places them
        in memory and writes nothing."""
        now, digest = utc_now(), article.text_sha256
        done: dict[str, Annotation] = {}  # id -> the refreshed annotation
        fresh: dict[str, tuple[Annotation, Annotation]] = {}  # id -> (read, refreshed)
        pending = self.annotations_for(article)
        for _ in range(REFRESH_ROUNDS):
            fresh.update((a.id, (a, reanchor(a, article.text, digest, now))) for a in pending)
            with self.lock:
                current = self.annotations_for(article)
                pending = self._settle(current, fresh, done, save=save)
            if not pending:
                break
        left = {a.id: a for a in pending}
        return [(left.get(a.id) or done[a.id]).to_record() for a in current]

    def _settle(self, current: list[Annotation], fresh: Mapping[str, tuple[Annotation, Annotation]],
                done: dict[str, Annotation], *, save: bool) -> list[Annotation]:
        """Under the lock: write the refreshed records whose stored form is still the one
        they were computed from; return those changed meanwhile (or new)."""
        changes: dict[str, Annotation] = {}
        pending = []
        for annotation in current:
            basis, result = fresh.get(annotation.id, (None, None))
            if annotation.id in done and annotation in (basis, done[annotation.id]):
                continue
            if result is None or basis != annotation:
                pending.append(annotation)
                continue
            done[annotation.id] = result
            if _anchor_changed(annotation, result):
                changes[annotation.id] = result
        if save:
            self._apply(changes)
        return pending

    def apply(self, changes: Mapping[str, Mapping[str, Any] | None]) -> None:
        """Put or delete several records in one write (``None`` deletes)."""
        prepared = {stored_key(k): (None if v is None else prepare(v))
                    for k, v in changes.items()}
        with self.lock:
            self._apply(prepared)

    def _apply(self, changes: Changes) -> None:
        """Write through the repository, with the tombstones the changes imply (a record
        deleted leaves one, stamped after its last change; one stored again loses it);
        after a write error, find out what is known."""
        if not changes:
            return
        tombstones: dict[str, str | None] = {}
        known = self.repository.tombstones()  # one read, not one per record
        for key, annotation in changes.items():
            if annotation is not None:
                if key in known:
                    tombstones[key] = None
            elif (current := self.repository.get(key)) is not None:
                tombstones[key] = _stamp_after(current.modified)
        try:
            self.repository.apply(changes, tombstones)
        except ReadOnlyError:
            raise
        except DatabaseWriteError as error:
            if self._landed(changes):
                raise UncertainSaveError(
                    Path(self.location),
                    f"the disk reported an error after saving ({error.reason}); the change "
                    "is in the database file, and saving again will not duplicate it",
                ) from error
            raise

    def _landed(self, changes: Changes) -> bool:
        """True when re-reading the store shows every change in place."""
        try:
            self.repository.forget()
            return all(self.repository.get(k) == v for k, v in changes.items())
        except StoreError:
            return False


def _check_conflicts(key: str, record: Mapping[str, Any], expected: Mapping[str, Any],
                     changes: Mapping[str, Any]) -> None:
    conflicts = {
        name: (value, record.get(name)) for name, value in changes.items()
        if name in expected and _norm(record.get(name)) != _norm(expected[name])
        and _norm(record.get(name)) != _norm(value)
    }
    if conflicts:
        raise EditConflict(key, conflicts)


def _norm(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _same_content(stored: Annotation, incoming: Annotation) -> bool:
    """Equal apart from the times a retry necessarily stamps anew."""
    times = {"created": "", "modified": "", "anchor": replace(stored.anchor, checked_at="")}
    return replace(stored, **times) == replace(
        incoming, **{**times, "anchor": replace(incoming.anchor, checked_at="")})


def _anchor_changed(old: Annotation, new: Annotation) -> bool:
    return (old.anchor.status != new.anchor.status or old.anchor.score != new.anchor.score
            or old.target != new.target or old.article != new.article)


def _newer(incoming: Annotation, current: Annotation) -> bool:
    return _instant(incoming.modified) > _instant(current.modified)


def _stamp_after(previous: Any) -> str:
    """Now, or just after ``previous`` when this clock is behind it (a colleague's clock
    ahead, this one stepped back): an edit is always the newer version, so a merge of the
    version it replaced never counts that one as newer and puts it back over the edit."""
    now = utc_now()
    try:
        last = _instant(previous).astimezone(UTC)
    except (TypeError, ValueError):
        return now
    if _instant(now) > last:
        return now
    later = last + timedelta(milliseconds=1)
    return later.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _instant(stamp: str) -> datetime:
    """A comparable time: timestamps without a zone are taken as UTC."""
    moment = datetime.fromisoformat(stamp)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def open_store(location: str | Path, *, create: bool = True,
               journal_threshold: int | None = None, set_aside: bool = False
               ) -> AnnotationStore:
    """The annotation store at ``location``: the string ``memory:`` for a new one in
    memory, ``memory:NAME`` for the one of that name in this process (tests, previews),
    else the path of a TinyDB JSON file. A ``Path`` is always a file: a database the user
    named (``--db memory:x``) can never silently become one that is not saved. Every
    caller opens the store through here. ``set_aside`` (with ``create=False`` only) reads
    a database with damaged documents: they are left out and named in ``set_aside``."""
    text = str(location)
    if not isinstance(location, Path) and (text.startswith("memory:") or text == ":memory:"):
        from reader.store.memory import shared

        return AnnotationStore(shared(text.partition(":")[2] if text != ":memory:" else ""))
    return AnnotationStore(Path(location), create=create, set_aside=set_aside,
                           journal_threshold=journal_threshold)
