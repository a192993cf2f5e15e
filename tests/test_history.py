"""Undo and redo of annotation changes (reader.core.history) over an in-memory store."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.history import History, MissingAnnotation, StepConflict, StepGone
from reader.store.errors import EditConflict


class FakeStore:
    """The store's interface, in memory; ``fail`` makes the next call raise OSError."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}
        self.fail = False

    def _check(self) -> None:
        if self.fail:
            self.fail = False
            raise OSError("disk full")

    def add(self, record: dict[str, Any]) -> dict[str, Any]:
        self._check()
        stored = copy.deepcopy(record)
        stored.setdefault("id", str(uuid.uuid4()))
        assert stored["id"] not in self.records
        self.records[stored["id"]] = stored
        return copy.deepcopy(stored)

    def update(self, id: str, expected: dict[str, Any] | None = None,
               **changes: Any) -> dict[str, Any]:
        self._check()
        if expected is not None:  # the real store's rule: neither expected nor new
            for key, value in changes.items():
                if self.records[id].get(key) not in (expected.get(key, value), value):
                    raise EditConflict(id, {key: (value, self.records[id].get(key))})
        self.records[id].update(copy.deepcopy(changes))
        return copy.deepcopy(self.records[id])

    def delete(self, id: str) -> None:
        self._check()
        del self.records[id]

    def get(self, id: str) -> dict[str, Any] | None:
        found = self.records.get(id)
        return copy.deepcopy(found) if found is not None else None


def _record(note: str = "") -> dict[str, Any]:
    return {"claim": "del 9 % este año", "verdict": "unrated", "note": note, "tags": []}


def test_undo_add_deletes_and_redo_adds_the_same_record() -> None:
    store = FakeStore()
    history = History(store)
    stored = history.add(_record())
    assert set(store.records) == {stored["id"]}
    step = history.undo()
    assert step is not None and step.kind == "add"
    assert store.records == {}
    history.redo()
    assert store.records == {stored["id"]: stored}


def test_undo_delete_restores_the_record_with_its_id() -> None:
    store = FakeStore()
    history = History(store)
    stored = history.add(_record("nota"))
    history.delete(stored["id"])
    assert store.records == {}
    history.undo()
    assert store.records[stored["id"]] == stored
    history.redo()
    assert store.records == {}


def test_undo_edit_restores_previous_fields_and_redo_reapplies() -> None:
    store = FakeStore()
    history = History(store)
    stored = history.add(_record())
    history.edit(stored["id"], {"verdict": "mostly-false", "tags": ["economía"], "note": ""})
    edited = store.get(stored["id"])
    assert edited["verdict"] == "mostly-false" and edited["tags"] == ["economía"]
    step = history.undo()
    assert step.kind == "edit" and set(step.before) == {"verdict", "tags"}  # note unchanged
    assert store.get(stored["id"]) == stored
    history.redo()
    assert store.get(stored["id"]) == edited


def test_edit_that_changes_nothing_is_not_a_step() -> None:
    store = FakeStore()
    history = History(store)
    stored = history.add(_record())
    history.edit(stored["id"], {"verdict": "unrated"})
    history.undo()
    assert store.records == {}


def test_a_new_change_clears_redo() -> None:
    history = History(FakeStore())
    first = history.add(_record())
    history.undo()
    assert history.can_redo
    history.add(_record("other"))
    assert not history.can_redo
    assert history.redo() is None
    assert first["id"] not in history.store.records


def test_nothing_to_undo_or_redo_returns_none() -> None:
    history = History(FakeStore())
    assert not history.can_undo and history.undo() is None
    assert history.redo() is None


def test_depth_is_bounded_and_oldest_steps_forgotten() -> None:
    store = FakeStore()
    history = History(store, depth=3)
    ids = [history.add(_record(str(i)))["id"] for i in range(5)]
    while history.undo() is not None:
        pass
    assert set(store.records) == set(ids[:2])
    with pytest.raises(ValueError):
        History(store, depth=0)


def test_edit_or_delete_of_a_missing_annotation_raises() -> None:
    history = History(FakeStore())
    with pytest.raises(MissingAnnotation):
        history.edit("nope", {"note": "x"})
    with pytest.raises(MissingAnnotation):
        history.delete("nope")
    assert not history.can_undo


def test_a_failed_undo_keeps_the_step_for_a_retry() -> None:
    store = FakeStore()
    history = History(store)
    stored = history.add(_record())
    history.delete(stored["id"])
    store.fail = True
    with pytest.raises(OSError):
        history.undo()
    assert store.records == {}
    assert history.can_undo and not history.can_redo
    history.undo()
    assert store.records[stored["id"]] == stored


def test_a_failed_change_is_not_recorded() -> None:
    store = FakeStore()
    history = History(store)
    store.fail = True
    with pytest.raises(OSError):
        history.add(_record())
    assert not history.can_undo


def test_history_does_not_share_mutable_state_with_callers() -> None:
    store = FakeStore()
    history = History(store)
    stored = history.add(_record())
    changes = {"tags": ["a"]}
    history.edit(stored["id"], changes)
    changes["tags"].append("mutated")
    history.undo()
    history.redo()
    assert store.get(stored["id"])["tags"] == ["a"]


ops = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.text(max_size=3)),
        st.tuples(st.just("edit"), st.sampled_from(["true", "false", "misleading"])),
        st.tuples(st.just("delete"), st.none()),
        st.tuples(st.just("undo"), st.none()),
        st.tuples(st.just("redo"), st.none()),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(ops)
def test_undoing_everything_then_redoing_everything_round_trips(operations) -> None:
    """After any sequence, undo-all gives the empty store, redo-all gives the state back."""
    store = FakeStore()
    history = History(store, depth=1000)
    for kind, arg in operations:
        live = sorted(store.records)
        if kind == "add":
            history.add(_record(arg))
        elif kind == "edit" and live:
            history.edit(live[0], {"verdict": arg})
        elif kind == "delete" and live:
            history.delete(live[-1])
        elif kind == "undo":
            history.undo()
        elif kind == "redo":
            history.redo()
    # Redo first, so that the whole history is in the undo stack.
    while history.redo() is not None:
        pass
    final = copy.deepcopy(store.records)
    while history.undo() is not None:
        pass
    assert store.records == {}
    while history.redo() is not None:
        pass
    assert store.records == final


def test_history_over_the_real_store(tmp_path) -> None:
    """The project's store satisfies the protocol: add, edit, delete and their undos persist."""
    store_module = pytest.importorskip("reader.store")
    from reader.core.model import Article, Block

    text = "Maduro dijo que la economía crecerá del 9 % este año."
    article = Article("a.txt", "Título", text, (Block("paragraph", 0, len(text)),))
    start = text.index("del 9")
    path = tmp_path / "db.json"
    store = store_module.AnnotationStore(path)
    history = History(store)
    stored = history.add(store_module.new_record(article, start, start + 16))
    history.edit(stored["id"], {"verdict": "mostly-false", "note": "FMI: 4 %"})
    history.delete(stored["id"])
    assert store.get(stored["id"]) is None
    history.undo()  # the delete
    history.undo()  # the edit
    store.close()
    reopened = store_module.AnnotationStore(path)
    back = reopened.get(stored["id"])
    assert back["verdict"] == "unrated" and back["note"] == ""
    assert back["target"] == stored["target"] and back["created"] == stored["created"]
    reopened.close()


def _two_copies(tmp_path):
    """Two stores on one database file: this Claimdesk, and another program."""
    from reader.core.model import Article, Block
    from reader.store import AnnotationStore, new_record

    text = "La ministra dijo que el paro bajó al 9 % este año, según el INE."
    article = Article("paro.txt", "Paro", text, (Block("paragraph", 0, len(text)),))
    path = tmp_path / "db.json"
    mine, theirs = AnnotationStore(path), AnnotationStore(path)
    start = text.index("el paro")
    return mine, theirs, new_record(article, start, start + 28)


def test_undo_never_overwrites_what_another_program_changed_since(tmp_path) -> None:
    """I set a verdict, a colleague's import then set another one and a note; `u` put my
    old verdict back over theirs, and a second `u` (the add) deleted the annotation with
    their note. Now each undo is refused in one line, writes nothing, and is dropped."""
    mine, theirs, record = _two_copies(tmp_path)
    history = History(mine)
    stored = history.add(record)
    history.edit(stored["id"], {"verdict": "false"}, base=stored)
    theirs.update(stored["id"], verdict="true", note="Checked with the INE")
    with pytest.raises(StepConflict, match=r"changed elsewhere since \(verdict\)"):
        history.undo()
    with pytest.raises(StepConflict, match=r"\(verdict, note\): not deleted"):
        history.undo()
    kept = theirs.get(stored["id"])
    assert kept["verdict"] == "true" and kept["note"] == "Checked with the INE"
    assert not history.can_undo
    mine.close()
    theirs.close()


def test_undo_still_reverses_what_nobody_else_touched(tmp_path) -> None:
    """A change elsewhere to other fields keeps the undo of mine possible; an annotation
    deleted elsewhere is simply gone when its add is undone."""
    mine, theirs, record = _two_copies(tmp_path)
    history = History(mine)
    stored = history.add(record)
    history.edit(stored["id"], {"verdict": "false"}, base=stored)
    theirs.update(stored["id"], tags=["paro"])
    history.undo()
    back = theirs.get(stored["id"])
    assert back["verdict"] == "unrated" and back["tags"] == ["paro"]
    history.redo()
    assert theirs.get(stored["id"])["verdict"] == "false"
    other = History(mine)
    again = other.add({**record, "id": str(uuid.uuid4())})
    theirs.delete(again["id"])
    assert other.undo().kind == "add" and mine.get(again["id"]) is None
    mine.close()
    theirs.close()


def test_an_edit_whose_annotation_was_deleted_elsewhere_is_dropped(tmp_path) -> None:
    """I edit a verdict, a colleague deletes the annotation: `u` failed with "no annotation
    with id …" at every press and stayed in the history, blocking the earlier steps (and
    the same for `ctrl+r`). Now it says so in one line, writes nothing, and is dropped."""
    mine, theirs, record = _two_copies(tmp_path)
    history = History(mine)
    stored = history.add(record)
    history.edit(stored["id"], {"verdict": "false"}, base=stored)
    theirs.delete(stored["id"])
    with pytest.raises(StepGone, match=rf"^annotation {stored['id'][:8]} was deleted "
                                       r"elsewhere since: nothing to change; this step is "
                                       r"dropped from the history$"):
        history.undo()
    assert history.undo().kind == "add"  # the earlier step is reached, already true
    assert not history.can_undo and mine.get(stored["id"]) is None

    again = History(mine)
    kept = again.add({**record, "id": str(uuid.uuid4())})
    again.edit(kept["id"], {"verdict": "true"}, base=kept)
    again.undo()
    theirs.delete(kept["id"])
    with pytest.raises(StepGone):
        again.redo()
    assert not again.can_redo and again.can_undo  # the add is still there to undo
    mine.close()
    theirs.close()
