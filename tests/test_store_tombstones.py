"""Deletion records (tombstones): a deleted annotation is not brought back by a merge of an
older copy (an import of a colleague's export), one edited after the deletion is, and
says so; undo of a delete removes the tombstone; old files open unchanged; a damaged
tombstone is refused or set aside like a damaged annotation; two processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.history import History
from reader.core.model import Article
from reader.store import AnnotationStore, DatabaseError, new_record, open_store
from reader.store.exports import to_jsonl

TEXT = "La consejera afirmó que las listas de espera se redujeron un 30 % en un año."
ARTICLE = Article("/n/espera.txt", "Espera", TEXT, (), url="https://example.org/espera")
LATER = "2999-01-01T00:00:00.000Z"


@pytest.fixture(params=["tinydb", "journal", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> AnnotationStore:
    if request.param == "memory":
        return open_store("memory:")
    threshold = 0 if request.param == "journal" else None  # 0: every save journalled
    return open_store(tmp_path / "db.json", journal_threshold=threshold)


def _export(path: Path, *records: dict[str, object]) -> Path:
    path.write_text(to_jsonl(records), encoding="utf-8")
    return path


def test_a_merge_after_a_delete_skips_the_older_copy(store: AnnotationStore) -> None:
    kept = store.add(new_record(ARTICLE, 0, 12))
    gone = store.add(new_record(ARTICLE, 13, 40, note="duplicada"))
    store.delete(gone["id"])
    outcome = store.merge_outcome([kept, gone])
    assert outcome.counts == (0, 0, 1) and outcome.skipped == [gone["id"]]
    assert store.get(gone["id"]) is None and len(store) == 1
    assert outcome.deletions_line() == (
        "skipped 1 annotation deleted here (each copy merged is older than the deletion)")
    assert store.merge([gone]) == (0, 0, 0)  # every time, not only the first
    assert gone["id"] in store.repository.tombstones()


def test_a_copy_edited_after_the_deletion_is_brought_back_and_reported(
    store: AnnotationStore,
) -> None:
    gone = store.add(new_record(ARTICLE, 13, 40))
    store.delete(gone["id"])
    edited = dict(gone, note="sigo con ella", modified=LATER)
    outcome = store.merge_outcome([edited])
    assert outcome.counts == (1, 0, 0) and outcome.restored == [gone["id"]]
    assert store.get(gone["id"])["note"] == "sigo con ella"
    assert gone["id"] not in store.repository.tombstones()  # never stored and tombstoned
    assert outcome.deletions_line() == (
        f"brought back 1 annotation deleted here but edited after the deletion "
        f"({gone['id'][:8]})")


def test_the_tombstone_is_later_than_a_modified_time_from_a_clock_ahead(
    store: AnnotationStore,
) -> None:
    ahead = store.add(dict(new_record(ARTICLE, 0, 12), modified=LATER))
    store.delete(ahead["id"])
    assert store.repository.tombstone(ahead["id"]) > LATER
    assert store.merge([ahead]) == (0, 0, 0)  # the very copy deleted stays deleted


def test_undo_of_a_delete_removes_the_tombstone_and_stamps_the_record_now(
    store: AnnotationStore,
) -> None:
    history = History(store)
    record = history.add(new_record(ARTICLE, 0, 12))
    old_export = store.get(record["id"])
    history.delete(record["id"])
    deleted_at = store.repository.tombstone(record["id"])
    history.undo()
    restored = store.get(record["id"])
    assert restored is not None and store.repository.tombstones() == {}
    assert restored["modified"] > deleted_at > old_export["modified"]
    assert store.merge([old_export]) == (0, 0, 1)  # the stale copy never wins over it
    history.redo()  # deleted again: a new tombstone, the old copy skipped again
    assert store.merge_outcome([old_export]).skipped == [record["id"]]


def test_import_says_in_one_line_how_many_deleted_annotations_it_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "db.json"
    with open_store(db) as store:
        records = [store.add(new_record(ARTICLE, n, n + 9)) for n in range(3)]
        source = _export(tmp_path / "colega.jsonl", *records)
        store.delete(records[0]["id"])
        store.delete(records[1]["id"])
    assert main(["import", str(source), "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"imported {source}: 0 new, 1 already present",
        "skipped 2 annotations deleted here (each copy merged is older than the deletion)",
    ]
    _export(source, dict(records[0], modified=LATER))
    assert main(["import", str(source), "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == (
        f"brought back 1 annotation deleted here but edited after the deletion "
        f"({records[0]['id'][:8]})")


def test_exports_carry_no_tombstones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "db.json"
    with open_store(db) as store:
        kept = store.add(new_record(ARTICLE, 0, 12))
        store.delete(store.add(new_record(ARTICLE, 13, 40))["id"])
    capsys.readouterr()
    assert main(["export", "--format", "jsonl", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [kept["id"]]


def test_a_database_without_the_tombstone_table_opens_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    record = new_record(ARTICLE, 0, 12)
    db.write_text(json.dumps({"annotations": {record["id"]: record}}), encoding="utf-8")
    before = db.read_bytes()
    with open_store(db) as store:
        assert store.repository.tombstones() == {}
        assert store.merge([record]) == (0, 0, 1)
    assert db.read_bytes() == before
    with open_store(db) as store:
        store.delete(record["id"])
    assert list(json.loads(db.read_text())["deleted"]) == [record["id"]]


def _damage(db: Path, damage: object) -> tuple[str, bytes]:
    """A database with one annotation kept and one tombstone replaced by ``damage``
    (a callable is given the tombstone's key)."""
    with open_store(db) as store:
        kept = store.add(new_record(ARTICLE, 0, 12))
        gone = store.add(new_record(ARTICLE, 13, 40))
        store.delete(gone["id"])
    data = json.loads(db.read_text())
    data["deleted"][gone["id"]] = damage(gone["id"]) if callable(damage) else damage
    db.write_text(json.dumps(data), encoding="utf-8")
    return kept["id"], db.read_bytes()


@pytest.mark.parametrize("damage", [
    {"id": "not-a-uuid", "deleted": "2026-01-01T00:00:00Z"},
    {"deleted": "2026-01-01T00:00:00Z"}, lambda key: {"id": key},
    lambda key: {"id": key, "deleted": "ayer"}, lambda key: {"id": key, "deleted": 3},
])
def test_a_damaged_tombstone_is_refused_or_set_aside_like_a_damaged_record(
    tmp_path: Path, damage: object,
) -> None:
    db = tmp_path / "db.json"
    kept_id, before = _damage(db, damage)
    with pytest.raises(DatabaseError, match="deletion record .* the file was left unchanged"):
        open_store(db)
    store = open_store(db, create=False, set_aside=True)
    assert [r["id"] for r in store.all()] == [kept_id]
    assert len(store.set_aside) == 1 and "deletion record" in store.set_aside[0]
    assert store.repository.tombstones() == {}
    store.close()
    assert db.read_bytes() == before


def test_a_tombstone_that_is_not_an_object_is_refused_like_such_an_annotation(
    tmp_path: Path,
) -> None:
    db = tmp_path / "db.json"
    _, before = _damage(db, "deleted")
    for readonly in (False, True):
        with pytest.raises(DatabaseError, match="in table 'deleted' is not an object"):
            open_store(db, create=not readonly, set_aside=readonly)
    assert db.read_bytes() == before


_DELETE = """
import sys
from reader.store import open_store
with open_store(sys.argv[1]) as store:
    store.delete(sys.argv[2])
"""


def test_one_process_deletes_while_another_imports(tmp_path: Path) -> None:
    """The importing store read the file before the other process deleted: its merge,
    under the lock, reads the tombstone again and skips the older copy."""
    db = tmp_path / "db.json"
    importer = open_store(db, journal_threshold=0)
    record = importer.add(new_record(ARTICLE, 0, 12))
    assert importer.get(record["id"]) is not None  # read and cached here
    done = subprocess.run([sys.executable, "-c", _DELETE, str(db), record["id"]],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert importer.merge_outcome([record]).skipped == [record["id"]]
    assert importer.get(record["id"]) is None
    importer.close()


def test_one_process_imports_after_another_deleted_with_its_cli(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    deleter = open_store(db)
    records = [deleter.add(new_record(ARTICLE, n, n + 9)) for n in range(2)]
    source = _export(tmp_path / "colega.jsonl", *records)
    deleter.delete(records[1]["id"])  # the other process keeps its store open
    done = subprocess.run([sys.executable, "-m", "reader", "import", str(source), "--db",
                           str(db)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "skipped 1 annotation deleted here" in done.stdout
    assert deleter.get(records[1]["id"]) is None and len(deleter) == 1
    deleter.close()
