"""Undo and redo for annotation changes (add, edit, delete), over any annotation store.

Every change the user makes goes through ``History`` so that ``u`` and ``ctrl+r`` can walk
it back and forth. Each step keeps what it needs to reverse itself: the whole record for
an add or a delete (so an undone delete comes back with the same id), and the previous
and new values of the changed fields for an edit.

A step whose store call fails (a full disk, a locked file) is put back where it was and
the error is raised again, so a failed undo can be retried and nothing is forgotten.

Another program (a second Claimdesk, an import) may change the same annotation between a
change and its undo. An undo or redo never overwrites that: an edit is written only over
the values it left (the store's ``expected`` check), and an add is undone (a delete
redone) only while the annotation's content is still what the step left. Otherwise
``StepConflict`` is raised, nothing is written, and the step is dropped: it can no longer
be reversed without losing the other change, and keeping it would block every earlier one.
The same holds for an edit whose annotation was deleted elsewhere (``StepGone``).
"""

from __future__ import annotations

import copy
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from reader.core.annotation_fields import field_names

Record = dict[str, Any]
Kind = Literal["add", "edit", "delete"]
DEFAULT_DEPTH = 100


class AnnotationStoreLike(Protocol):
    """The part of the annotation store that history needs.

    ``add`` must keep the ``id`` of a record that already has one: that is how an undone
    delete brings back the same annotation.
    """

    def add(self, record: Record, /) -> Record: ...

    def update(self, annotation_id: str, /, expected: Mapping[str, Any] | None = None,
               **changes: Any) -> Any: ...

    def delete(self, annotation_id: str, /) -> Any: ...

    def get(self, annotation_id: str, /) -> Record | None: ...


class MissingAnnotation(LookupError):
    """An edit or delete named an annotation the store does not have."""

    def __init__(self, annotation_id: str) -> None:
        super().__init__(f"no annotation with id {annotation_id}")
        self.annotation_id = annotation_id


DROPPED = "this step is dropped from the history"


class StepConflict(Exception):
    """An undo or redo would overwrite what another program changed since; nothing was
    written and the step was dropped from the history."""

    def __init__(self, step: Step, fields: list[str]) -> None:
        what = {"add": "delete", "delete": "delete", "edit": "restore"}[step.kind]
        names = ", ".join(fields) or "the annotation"
        super().__init__(f"annotation {step.annotation_id[:8]} was changed elsewhere since "
                         f"({names}): not {what}d, so that change stays; {DROPPED}")
        self.step = step
        self.fields = fields


class StepGone(StepConflict):
    """An undo or redo of an edit whose annotation another program deleted since: there
    is nothing left to change, so nothing was written and the step was dropped (kept,
    it failed at every ``u`` and blocked every earlier step)."""

    def __init__(self, step: Step) -> None:
        Exception.__init__(self, f"annotation {step.annotation_id[:8]} was deleted elsewhere "
                                 f"since: nothing to change; {DROPPED}")
        self.step = step
        self.fields: list[str] = []


@dataclass(slots=True)
class Step:
    """One reversible change. ``before``/``after`` are records (add, delete) or fields (edit)."""

    kind: Kind
    annotation_id: str
    before: Record = field(default_factory=dict)
    after: Record = field(default_factory=dict)

    @property
    def description(self) -> str:
        """A short phrase for a status line: ``add``, ``edit``, ``delete``."""
        return self.kind


class History:
    """Records annotation changes made through it, and undoes and redoes them in order.

    A new change clears the redo stack, as in every editor. At most ``depth`` steps
    are kept; the oldest are forgotten first.
    """

    def __init__(self, store: AnnotationStoreLike, depth: int = DEFAULT_DEPTH) -> None:
        if depth < 1:
            raise ValueError("history depth must be at least 1")
        self.store = store
        self._undo: deque[Step] = deque(maxlen=depth)
        self._redo: deque[Step] = deque(maxlen=depth)

    @property
    def can_undo(self) -> bool:
        """True when there is a change to undo."""
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        """True when there is an undone change to redo."""
        return bool(self._redo)

    def clear(self) -> None:
        """Forget every step (for example when another article is opened)."""
        self._undo.clear()
        self._redo.clear()

    def add(self, record: Record) -> Record:
        """Add an annotation and remember it; returns the record as stored (with its id)."""
        stored = self.store.add(record)
        self._record(Step("add", str(stored["id"]), after=copy.deepcopy(stored)))
        return stored

    def edit(self, annotation_id: str, changes: Mapping[str, Any],
             base: Mapping[str, Any] | None = None) -> Record | None:
        """Change some fields of an annotation, remembering their previous values.

        Returns the record as stored afterwards. Fields that did not change are not
        recorded, and an edit that changes nothing is not a step at all.

        ``base`` holds the values the user started editing from: then only the fields
        that differ from it are saved (a change another program made to the others is
        kept), and the store raises its conflict error when one of them was changed
        elsewhere too.
        """
        current = self._require(annotation_id)
        if base is not None:
            changes = {k: v for k, v in changes.items() if _plain(base.get(k)) != _plain(v)}
        changed = {k: v for k, v in changes.items() if _plain(current.get(k)) != _plain(v)}
        if not changed:
            return current
        before = {k: copy.deepcopy(current.get(k)) for k in changed}
        if base is None:
            self.store.update(annotation_id, **changed)
        else:
            expected = {k: base[k] for k in changed if k in base}
            self.store.update(annotation_id, expected=expected, **changed)
        self._record(Step("edit", annotation_id, before=before, after=copy.deepcopy(changed)))
        return self.store.get(annotation_id)

    def delete(self, annotation_id: str) -> Record:
        """Delete an annotation, keeping the whole record so that undo can restore it."""
        current = self._require(annotation_id)
        self.store.delete(annotation_id)
        self._record(Step("delete", annotation_id, before=copy.deepcopy(current)))
        return current

    def undo(self) -> Step | None:
        """Reverse the latest change; returns its step, or None when there is nothing to undo."""
        return self._move(self._undo, self._redo, self._reverse)

    def redo(self) -> Step | None:
        """Apply again the latest undone change; None when there is nothing to redo."""
        return self._move(self._redo, self._undo, self._apply)

    def _record(self, step: Step) -> None:
        self._undo.append(step)
        self._redo.clear()

    def _require(self, annotation_id: str) -> Record:
        current = self.store.get(annotation_id)
        if current is None:
            raise MissingAnnotation(annotation_id)
        return current

    @staticmethod
    def _move(source: deque[Step], target: deque[Step], run: Any) -> Step | None:
        if not source:
            return None
        step = source.pop()
        try:
            run(step)
        except StepConflict:
            raise  # dropped: reversing it would overwrite another program's change
        except BaseException as error:
            if getattr(error, "conflicts", None):  # the store's EditConflict
                raise StepConflict(step, sorted(error.conflicts)) from None
            source.append(step)
            raise
        target.append(step)
        return step

    def _reverse(self, step: Step) -> None:
        if step.kind == "add":
            self._delete_unchanged(step, step.after)
        elif step.kind == "delete":
            self.store.add(copy.deepcopy(step.before))
        else:
            self._require_for(step)
            self.store.update(step.annotation_id, expected=copy.deepcopy(step.after),
                              **copy.deepcopy(step.before))

    def _apply(self, step: Step) -> None:
        if step.kind == "add":
            self.store.add(copy.deepcopy(step.after))
        elif step.kind == "delete":
            self._delete_unchanged(step, step.before)
        else:
            self._require_for(step)
            self.store.update(step.annotation_id, expected=copy.deepcopy(step.before),
                              **copy.deepcopy(step.after))

    def _require_for(self, step: Step) -> None:
        """An edit step needs its annotation: deleted elsewhere, the step is dropped."""
        if self.store.get(step.annotation_id) is None:
            raise StepGone(step)

    def _delete_unchanged(self, step: Step, left: Record) -> None:
        """Delete the annotation only while its content is what ``step`` left it: an undone
        add deleted it with a note or verdict another program had given it since."""
        current = self.store.get(step.annotation_id)
        if current is None:
            return  # deleted elsewhere already: what this step wants holds
        changed = [name for name in field_names()
                   if _plain(current.get(name)) != _plain(left.get(name))]
        if changed:
            raise StepConflict(step, changed)
        self.store.delete(step.annotation_id)


def _plain(value: Any) -> Any:
    """Tuples (typed annotations) compare equal to the lists of the JSON record."""
    return list(value) if isinstance(value, tuple) else value
