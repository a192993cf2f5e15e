"""The service above the repositories: canonical ids, bad documents, concurrent edits,
idempotent saves, the value rules on import, and the same behaviour in memory."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main
from reader.core.model import Article
from reader.store import (
    AnnotationRepository,
    AnnotationStore,
    DatabaseError,
    EditConflict,
    ImportFileError,
    MemoryRepository,
    RecordError,
    UncertainSaveError,
    new_record,
    open_store,
)
from reader.store.anchoring import reanchor
from reader.store.importing import read_jsonl
from reader.store.tinydb_repository import TinyDBRepository

TEXT = "El ministro dijo que el paro bajó al 9 % en 2025, según la encuesta oficial."
ARTICLE = Article("/n/nota.txt", "Nota", TEXT, (), url="https://example.org/nota")


def _stores(tmp_path: Path) -> list[AnnotationStore]:
    return [open_store(tmp_path / "db.json"), open_store("memory:")]


@pytest.fixture(params=["tinydb", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> AnnotationStore:
    location = tmp_path / "db.json" if request.param == "tinydb" else "memory:"
    return open_store(location)


def test_both_repositories_implement_the_protocol(tmp_path: Path) -> None:
    assert isinstance(TinyDBRepository(tmp_path / "db.json"), AnnotationRepository)
    assert isinstance(MemoryRepository(), AnnotationRepository)
    assert isinstance(open_store("memory:").repository, MemoryRepository)


def test_the_service_behaves_the_same_over_each_repository(store: AnnotationStore) -> None:
    first = store.add(new_record(ARTICLE, 0, 11, verdict="false"))
    second = store.add(new_record(ARTICLE, 21, 30))
    assert [r["id"] for r in store.for_article(ARTICLE)] == [first["id"], second["id"]]
    assert store.counts_by_article() == {ARTICLE.id: 2}
    store.update(first["id"], note="x")
    assert store.get(first["id"])["note"] == "x"
    store.delete(second["id"])
    assert len(store) == 1 and store.all()[0]["id"] == first["id"]
    assert store.merge([second, first]) == (0, 0, 1)  # deleted here: not brought back
    assert store.add(second)["modified"] > second["modified"]  # undone: stamped now
    moved = Article(ARTICLE.path, "Nota", "Hoy. " + TEXT, (), url=ARTICLE.url)
    assert [r["anchor"]["status"] for r in store.refresh_anchors(moved)] == ["moved", "moved"]


@pytest.mark.parametrize("spelling", [str.upper, lambda i: "{" + i + "}",
                                      lambda i: "urn:uuid:" + i, lambda i: i.replace("-", "")])
def test_any_spelling_of_a_uuid_finds_the_existing_record(
    store: AnnotationStore, spelling: object
) -> None:
    stored = store.add(new_record(ARTICLE, 0, 11))
    other = dict(stored, id=spelling(stored["id"]))  # type: ignore[operator]
    assert store.merge([other]) == (0, 0, 1)
    newer = dict(other, note="later", modified="2999-01-01T00:00:00.000Z")
    assert store.merge([newer]) == (0, 1, 0)
    assert len(store) == 1 and store.get(other["id"])["note"] == "later"
    assert store.all()[0]["id"] == stored["id"]  # kept in its canonical spelling


def test_import_of_an_upper_case_id_file_adds_no_copy(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    with open_store(db) as store:
        stored = store.add(new_record(ARTICLE, 0, 11))
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(dict(stored, id="{" + stored["id"].upper() + "}")) + "\n")
    assert main(["import", str(source), "--db", str(db)]) == 0
    with open_store(db) as store:
        assert len(store) == 1


def test_import_applies_the_forms_value_rules(tmp_path: Path) -> None:
    record = new_record(ARTICLE, 0, 11, tags=["Paro", " paro ", "INE"])
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(record) + "\n")
    (parsed,) = read_jsonl(source)
    assert parsed["tags"] == ["Paro", "INE"]
    source.write_text(json.dumps(dict(record, evidence=["javascript:alert(1)"])) + "\n")
    with pytest.raises(ImportFileError, match="only http"):
        read_jsonl(source)


BAD_DOCUMENTS = {
    "missing target": lambda r: {k: v for k, v in r.items() if k != "target"},
    "start is a string": lambda r: {**r, "target": {**r["target"], "position": {
        "start": "0", "end": 5}}},
    "tags not a list": lambda r: {**r, "tags": "a, b"},
    "unknown verdict": lambda r: {**r, "verdict": "maybe"},
    "not an object": lambda r: [r],
}


@pytest.mark.parametrize("name", list(BAD_DOCUMENTS))
@pytest.mark.parametrize("command", ["annotations", "export"])
def test_a_bad_document_is_a_typed_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, command: str
) -> None:
    record = new_record(ARTICLE, 0, 11)
    db = tmp_path / "db.json"
    raw = json.dumps({"annotations": {record["id"]: BAD_DOCUMENTS[name](record)}}).encode()
    db.write_bytes(raw)
    (tmp_path / "db.json.bak").write_text('{"annotations": {}}')
    args = [command, "--db", str(db)] + (["--format", "jsonl"] if command == "export" else [])
    # A record of the wrong shape is left out and named, exit 3 (the output is incomplete);
    # a document that is not even an object fails the file's shape check, as a corrupt
    # file does: nothing is listed, exit 1.
    file_level = name == "not an object"
    assert main(args) == (1 if file_level else 3)
    out, err = capsys.readouterr()
    err = err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert file_level or err.startswith("claimdesk: warning: 1 damaged annotation left out")
    assert str(db) in err and "db.json.bak" in err and record["id"] in err
    assert record["id"] not in out
    assert db.read_bytes() == raw
    with pytest.raises(DatabaseError):
        AnnotationStore(db)


def test_a_document_under_another_id_is_refused(tmp_path: Path) -> None:
    record = new_record(ARTICLE, 0, 11)
    db = tmp_path / "db.json"
    db.write_text(json.dumps({"annotations": {"not-its-id": record}}))
    with pytest.raises(DatabaseError, match="another id"):
        open_store(db)


def test_an_edit_keeps_what_another_process_changed(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    mine, theirs = open_store(db), open_store(db)
    record = mine.add(new_record(ARTICLE, 0, 11, note="first"))
    opened_with = {"note": "first", "verdict": "unrated"}
    theirs.update(record["id"], note="their note")
    mine.update(record["id"], expected=opened_with, verdict="false")
    with open_store(db) as third:
        saved = third.get(record["id"])
    assert saved["verdict"] == "false" and saved["note"] == "their note"


def test_a_field_both_changed_is_a_conflict_and_nothing_is_written(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    mine, theirs = open_store(db), open_store(db)
    record = mine.add(new_record(ARTICLE, 0, 11, note="first"))
    theirs.update(record["id"], note="their note")
    before = db.read_bytes()
    with pytest.raises(EditConflict) as raised:
        mine.update(record["id"], expected={"note": "first"}, note="my note", verdict="true")
    assert raised.value.conflicts == {"note": ("my note", "their note")}
    assert db.read_bytes() == before
    # "keep mine": save again starting from theirs; "keep theirs": leave the field out
    mine.update(record["id"], expected={"note": "their note"}, note="my note")
    assert mine.get(record["id"])["note"] == "my note"
    # the same value on both sides is no conflict
    mine.update(record["id"], expected={"note": "first"}, note="my note")


def test_an_uncertain_save_says_so_and_a_retry_adds_no_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.store.storage as storage

    store = open_store(tmp_path / "db.json")
    record = new_record(ARTICLE, 0, 11)

    def failing(folder: Path) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(storage, "fsync_folder", failing)
    with pytest.raises(UncertainSaveError, match="is in the database file"):
        store.add(record)
    monkeypatch.undo()
    again = dict(record, created="2030-01-01T00:00:00.000Z", modified="2030-01-01T00:00:00.000Z")
    store.add(again)  # the same annotation, stamped anew by a retry
    with open_store(tmp_path / "db.json") as other:
        assert len(other) == 1


def test_a_failed_save_that_did_not_land_says_nothing_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    import reader.store.storage as storage

    store = open_store(tmp_path / "db.json")
    store.add(new_record(ARTICLE, 0, 11))

    def no_space(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage.os, "replace", no_space)
    with pytest.raises(Exception) as raised:
        store.add(new_record(ARTICLE, 21, 30))
    assert not isinstance(raised.value, UncertainSaveError)
    assert "intact" in str(raised.value)
    monkeypatch.setattr(storage.os, "replace", os.replace)
    assert len(open_store(tmp_path / "db.json")) == 1


def test_an_edit_is_always_later_than_the_version_it_changed(store: AnnotationStore) -> None:
    """An annotation imported from a colleague whose clock runs ahead (modified in 2099),
    then edited here: the edit was stamped with this clock's now, earlier than the version
    it replaced, so importing the colleague's same file again counted their stale copy as
    newer and silently put it back over the edit (also after this clock stepped back)."""
    theirs = {**new_record(ARTICLE, 0, 11), "modified": "2099-01-01T00:00:00.000Z"}
    store.merge([theirs])
    edited = store.update(theirs["id"], verdict="false", note="checked")
    assert edited["modified"] > theirs["modified"]
    assert store.merge([theirs]) == (0, 0, 1)
    assert (store.get(theirs["id"])["verdict"], store.get(theirs["id"])["note"]) == (
        "false", "checked")


def test_update_refuses_unknown_fields(store: AnnotationStore) -> None:
    record = store.add(new_record(ARTICLE, 0, 11))
    with pytest.raises(RecordError):
        store.update(record["id"], reviewer="x")


def test_a_path_is_always_a_file_never_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store(Path("memory:notes")) as store:
        store.add(new_record(ARTICLE, 0, 11))
    assert (tmp_path / "memory:notes").is_file()
    assert len(open_store("memory:")) == 0


def _lock_is_free_for_another_thread(store: AnnotationStore) -> bool:
    """Whether another thread could take the store's lock right now (never waits)."""
    inner = getattr(store.lock, "_thread_lock", store.lock)
    got: list[bool] = []

    def attempt() -> None:
        got.append(inner.acquire(blocking=False))
        if got[0]:
            inner.release()

    worker = threading.Thread(target=attempt)
    worker.start()
    worker.join()
    return got[0]


def test_refresh_anchors_computes_without_holding_the_lock(
    store: AnnotationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Re-anchoring a long quotation must not make every other writer wait for it."""
    import reader.store.service as service

    store.add(new_record(ARTICLE, 0, 11))
    free: list[bool] = []

    def watched(annotation: Any, text: str, digest: str, now: str) -> Any:
        free.append(_lock_is_free_for_another_thread(store))
        return reanchor(annotation, text, digest, now)

    monkeypatch.setattr(service, "reanchor", watched)
    moved = Article(ARTICLE.path, "Nota", "Hoy. " + TEXT, (), url=ARTICLE.url)
    assert [r["anchor"]["status"] for r in store.refresh_anchors(moved)] == ["moved"]
    assert free == [True]


def test_refresh_anchors_keeps_a_change_saved_while_it_computed(
    store: AnnotationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note saved while the anchors were computed is kept, and the record still gets
    its new anchor (computed again from what is stored)."""
    import reader.store.service as service

    stored = store.add(new_record(ARTICLE, 0, 11))
    calls: list[str] = []

    def meanwhile(annotation: Any, text: str, digest: str, now: str) -> Any:
        calls.append(annotation.note)
        if len(calls) == 1:
            store.update(stored["id"], note="guardada mientras tanto")
        return reanchor(annotation, text, digest, now)

    monkeypatch.setattr(service, "reanchor", meanwhile)
    moved = Article(ARTICLE.path, "Nota", "Hoy. " + TEXT, (), url=ARTICLE.url)
    [result] = store.refresh_anchors(moved)
    assert calls == ["", "guardada mientras tanto"]
    assert result["note"] == "guardada mientras tanto"
    assert result["anchor"]["status"] == "moved"
    assert store.get(stored["id"]) == result
