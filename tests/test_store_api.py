"""The annotation record and the store's API: build, validate, migrate, add, update,
delete, merge, per-article lookup and counts."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from reader.core.model import Article
from reader.store import (
    SCHEMA_VERSION,
    AnnotationStore,
    RecordError,
    RecordNotFound,
    migrate,
    new_record,
    validate,
)
from reader.store.records import CONTEXT_CHARS, make_target

TEXT = ("El Gobierno aseguró el lunes que la inflación bajó del 9 % este año, una cifra que "
        "la oposición considera «maquillada». Según el banco central, los precios subieron.")


def _article(path: str = "/home/ana/noticias/nota.txt", url: str = "", text: str = TEXT
             ) -> Article:
    return Article(path=path, title="Nota", text=text, blocks=(), url=url, language="es")


def _span(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def test_new_record_has_every_field_of_the_design_note() -> None:
    start, end = _span("del 9 % este año")
    record = new_record(_article(), start, end, verdict="mostly-false", note="INE: 11 %",
                        claimant="Gobierno", tags=["economía"], evidence=["https://ine.es"])
    assert set(record) >= {"id", "article", "target", "anchor", "claim", "claimant", "verdict",
                           "note", "tags", "evidence", "created", "modified", "schema"}
    assert uuid.UUID(record["id"]).version == 4
    assert set(record["article"]) >= {"id", "title", "path", "url", "language", "text_sha256"}
    assert record["article"]["id"] == _article().id
    assert record["target"]["position"] == {"start": start, "end": end}
    quote = record["target"]["quote"]
    assert quote["exact"] == "del 9 % este año" and record["claim"] == quote["exact"]
    assert quote["prefix"] == TEXT[start - CONTEXT_CHARS:start]
    assert quote["suffix"] == TEXT[end:end + CONTEXT_CHARS]
    assert record["anchor"]["status"] == "exact" and record["schema"] == SCHEMA_VERSION
    assert record["created"].endswith("Z")


def test_context_is_counted_in_code_points() -> None:
    text = "😀" * 40 + "dato" + "🇪🇸" * 40
    target = make_target(text, 40, 44)
    assert target["quote"]["prefix"] == "😀" * 32
    assert len(target["quote"]["suffix"]) == 32


def test_article_identity_does_not_depend_on_the_folder() -> None:
    one, two = _article("/a/nota.txt"), _article("/b/c/nota.txt")
    assert new_record(one, 0, 5)["article"]["id"] == new_record(two, 0, 5)["article"]["id"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("verdict", "probably"), ("verdict", None), ("id", "not-a-uuid"), ("tags", "a,b"),
        ("evidence", [1]), ("schema", 99), ("created", "yesterday"), ("note", 3),
        ("claimant", None),
    ],
)
def test_validation_names_the_bad_field(field: str, value: object) -> None:
    record = new_record(_article(), 0, 5)
    record[field] = value
    with pytest.raises(RecordError) as caught:
        validate(record)
    assert caught.value.field.startswith(field) or field == "schema"


@pytest.mark.parametrize(
    "position", [{"start": "1", "end": 5}, {"start": 5, "end": 5}, {"start": -1, "end": 3},
                 {"start": True, "end": 3}, {"start": 1.0, "end": 3}, {"start": 4, "end": 2}],
)
def test_offsets_must_be_ordered_integers(position: dict) -> None:
    record = new_record(_article(), 0, 5)
    record["target"]["position"] = position
    with pytest.raises(RecordError, match="target.position"):
        validate(record)


def test_fake_v0_record_is_migrated() -> None:
    old = {
        "id": str(uuid.uuid4()), "article": new_record(_article(), 0, 5)["article"],
        "start": 3, "end": 12, "quote": "Gobierno ", "rating": "mostly_false",
        "tags": "economía, inflación", "claim": "x", "claimant": "", "note": "",
        "created": "2025-01-02T03:04:05Z",
    }
    record = migrate(old)
    validate(record)
    assert record["schema"] == 1 and record["verdict"] == "mostly-false"
    assert record["target"]["position"] == {"start": 3, "end": 12}
    assert record["tags"] == ["economía", "inflación"] and record["evidence"] == []
    assert "rating" not in record and "start" not in record
    assert "schema" not in old  # the input is not modified


def test_newer_schema_is_refused() -> None:
    record = new_record(_article(), 0, 5)
    record["schema"] = SCHEMA_VERSION + 1
    with pytest.raises(RecordError, match="newer"):
        migrate(record)


def test_add_get_update_delete(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "db.json")
    start, end = _span("del 9 % este año")
    added = store.add(new_record(_article(), start, end))
    assert store.get(added["id"]) == added
    changed = store.update(added["id"], verdict="false", note="falso", tags=["x"])
    assert changed["verdict"] == "false" and changed["modified"] >= added["modified"]
    assert changed["created"] == added["created"]
    assert AnnotationStore(tmp_path / "db.json").get(added["id"]) == changed  # on disk
    removed = store.delete(added["id"])
    assert removed == changed and store.get(added["id"]) is None
    with pytest.raises(RecordNotFound):
        store.delete(added["id"])
    with pytest.raises(RecordNotFound):
        store.update(added["id"], note="x")


def test_update_refuses_bad_values_and_fixed_fields(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "db.json")
    added = store.add(new_record(_article(), 0, 5))
    before = (tmp_path / "db.json").read_bytes()
    with pytest.raises(RecordError):
        store.update(added["id"], verdict="nonsense")
    with pytest.raises(RecordError):
        store.update(added["id"], id=str(uuid.uuid4()))
    assert (tmp_path / "db.json").read_bytes() == before
    assert store.get(added["id"]) == added


def test_add_refuses_a_duplicate_id_and_bad_records(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "db.json")
    added = store.add(new_record(_article(), 0, 5))
    assert store.add(added) == added  # the same annotation again: idempotent, no copy
    with pytest.raises(RecordError, match="already"):
        store.add({**added, "note": "another annotation with the same id"})
    with pytest.raises(RecordError):
        store.add({"id": "x"})
    assert len(store) == 1


def test_returned_records_are_copies(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "db.json")
    record = new_record(_article(), 0, 5)
    added = store.add(record)
    record["target"]["position"]["start"] = 99
    added["target"]["quote"]["exact"] = "changed"
    store.get(added["id"])["tags"].append("x")
    assert store.get(added["id"])["target"]["position"]["start"] == 0
    assert store.get(added["id"])["target"]["quote"]["exact"] == TEXT[:5]
    assert store.get(added["id"])["tags"] == []


def test_for_article_matches_by_id_or_by_text_hash(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "db.json")
    here = store.add(new_record(_article("/a/nota.txt"), 0, 5))
    store.add(new_record(_article("/a/otra.txt", text="Otro texto distinto."), 0, 4))
    assert [r["id"] for r in store.for_article(_article("/b/nota.txt"))] == [here["id"]]
    renamed = _article("/c/renombrada.txt")  # same text, other name
    assert [r["id"] for r in store.for_article(renamed)] == [here["id"]]
    assert store.counts_by_article() == {_article().id: 1,
                                         _article("/a/otra.txt", text="x").id: 1}


def test_merge_adds_updates_and_is_idempotent(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "db.json")
    kept = store.add(new_record(_article(), 0, 5))
    newer = dict(kept, note="newer", modified="2999-01-01T00:00:00Z")
    older = dict(kept, note="older", modified="2000-01-01T00:00:00Z")
    fresh = [new_record(_article(), 6, 12) for _ in range(3)]
    assert store.merge([older, *fresh]) == (3, 0, 1)
    assert store.get(kept["id"])["note"] == ""
    assert store.merge([newer, *fresh]) == (0, 1, 3)
    assert store.get(kept["id"])["note"] == "newer"
    before = (tmp_path / "db.json").read_bytes()
    assert store.merge([newer, *fresh]) == (0, 0, 4)
    assert (tmp_path / "db.json").read_bytes() == before  # nothing written at all


def test_merge_validates_everything_before_writing(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "db.json")
    good = new_record(_article(), 0, 5)
    bad = dict(new_record(_article(), 0, 5), verdict="maybe")
    with pytest.raises(RecordError):
        store.merge([good, bad])
    assert len(store) == 0 and not (tmp_path / "db.json").exists()


def test_file_format_is_tinydb_json(tmp_path: Path) -> None:
    """Stock TinyDB (its own JSONStorage) reads the file, with string document ids."""
    from tinydb import TinyDB
    from tinydb.table import Table

    class StrTable(Table):
        document_id_class = str

    class Plain(TinyDB):
        table_class = StrTable

    store = AnnotationStore(tmp_path / "db.json")
    added = store.add(new_record(_article(), 0, 5))
    data = json.loads((tmp_path / "db.json").read_text(encoding="utf-8"))
    generation = data.pop("_claimdesk")["file"]  # the file's own generation (issue 12)
    assert set(generation) == {"generation", "previous"}
    assert data == {"annotations": {added["id"]: added}}
    plain = Plain(tmp_path / "db.json", access_mode="r")
    assert plain.table("annotations").all()[0]["id"] == added["id"]
    plain.close()


def test_refresh_anchors_saves_only_what_changed(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    store = AnnotationStore(path)
    start, end = _span("del 9 % este año")
    added = store.add(new_record(_article(), start, end))
    before = path.read_bytes()
    (same,) = store.refresh_anchors(_article())
    assert same["anchor"]["status"] == "exact" and path.read_bytes() == before
    edited = _article(text="Un párrafo nuevo arriba.\n\n" + TEXT)
    (moved,) = store.refresh_anchors(edited)
    assert moved["anchor"]["status"] == "moved"
    position = moved["target"]["position"]
    assert edited.text[position["start"]:position["end"]] == "del 9 % este año"
    stored = AnnotationStore(path).get(added["id"])
    assert stored["anchor"]["status"] == "moved"
    assert stored["article"]["text_sha256"] == edited.text_sha256
    gone = _article(text="Otro texto sin nada en común con el anterior, ni una cifra.")
    (orphan,) = store.refresh_anchors(gone)
    assert orphan["anchor"]["status"] == "orphan" and len(store) == 1  # never deleted
    assert orphan["target"]["position"] == position


@pytest.mark.parametrize("create", [True, False])
def test_database_under_a_file_is_a_typed_error(tmp_path: Path, create: bool) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    from reader.store import DatabaseError

    with pytest.raises(DatabaseError) as caught:
        AnnotationStore(blocker / "db.json", create=create).add(new_record(_article(), 0, 5))
    assert "\n" not in str(caught.value) and str(blocker / "db.json") in str(caught.value)
    assert blocker.read_text(encoding="utf-8") == "x"


def test_all_keeps_saving_order_for_equal_timestamps(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "db.json")
    records = [new_record(_article(), n, n + 4) for n in range(20)]
    for record in records:
        record["created"] = "2026-01-01T00:00:00.000Z"  # same millisecond for all
    store.merge(records)
    assert [r["id"] for r in store.all()] == [r["id"] for r in records]
    assert [r["id"] for r in AnnotationStore(tmp_path / "db.json").all()] == [
        r["id"] for r in records]
