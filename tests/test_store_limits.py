"""JSON nesting is limited (issue 12, item 8): a record nested 495 levels deep is refused
by import (it used to be accepted and leave the app on "still opening…"), a line nested
600 or 100,000 levels deep gives one clear line (it used to be "internal error:
RecursionError"), and a database or journal holding such a record is a typed error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main
from reader.core.model import Article
from reader.store import (
    AnnotationStore,
    DatabaseError,
    DatabaseWriteError,
    ImportFileError,
    new_record,
)
from reader.store.importing import read_jsonl
from reader.store.limits import MAX_RECORD_DEPTH, nesting_depth, too_deep

ARTICLE = Article(path="n.txt", title="N", text="Uno dos tres cuatro cinco seis.", blocks=())


def _nested(depth: int) -> Any:
    """A value nested ``depth`` levels (lists and objects alternating)."""
    value: Any = "fondo"
    for level in range(depth):
        value = [value] if level % 2 else {"x": value}
    return value


def _deep_record(depth: int) -> dict[str, Any]:
    """A valid record with one extra field nested so that the record is ``depth`` deep."""
    record = new_record(ARTICLE, 0, 3)
    record["extra"] = _nested(depth - 1)
    return record


def _deep_line(depth: int) -> str:
    """A JSON line nested ``depth`` levels, written by hand (json.dumps would recurse)."""
    return '{"x":' * (depth - 1) + "{}" + "}" * (depth - 1)


def test_depth_is_counted_without_recursion() -> None:
    assert nesting_depth("a") == 0 and nesting_depth({}) == 1 and nesting_depth([[], {}]) == 2
    assert nesting_depth(new_record(ARTICLE, 0, 3)) == 3  # record → target → position
    assert nesting_depth(_deep_record(MAX_RECORD_DEPTH)) == MAX_RECORD_DEPTH
    assert not too_deep(_deep_record(MAX_RECORD_DEPTH))
    assert too_deep(_deep_record(MAX_RECORD_DEPTH + 1))
    assert too_deep(json.loads("[" * 900 + "]" * 900))  # far deeper than recursion allows


@pytest.mark.parametrize("depth", [MAX_RECORD_DEPTH + 1, 495])
def test_import_refuses_a_record_nested_too_deep(tmp_path: Path, depth: int) -> None:
    source = tmp_path / "deep.jsonl"
    good = new_record(ARTICLE, 0, 3)
    source.write_text(json.dumps(good) + "\n" + json.dumps(_deep_record(depth)) + "\n",
                      encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_jsonl(source)
    message = str(caught.value)
    assert message == (f"{source}:2: is nested more than {MAX_RECORD_DEPTH} levels deep "
                       "(the limit for a record); nothing was imported")
    assert len(read_jsonl_ok(tmp_path, good)) == 1  # the limit leaves real records alone


def read_jsonl_ok(tmp_path: Path, record: dict[str, Any]) -> list[dict[str, Any]]:
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return read_jsonl(plain)


@pytest.mark.parametrize("depth", [495, 600, 5_000, 100_000])
def test_import_command_gives_one_line_for_deep_nesting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], depth: int
) -> None:
    """``claimdesk import``: exit 1, one line naming the file and line, nothing written."""
    source, db = tmp_path / "deep.jsonl", tmp_path / "db.json"
    record = new_record(ARTICLE, 0, 3)
    line = json.dumps(record)[:-1] + ', "extra": ' + _deep_line(depth - 1) + "}"
    source.write_text(line + "\n", encoding="utf-8")
    assert main(["import", "--db", str(db), str(source)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert f"{source}:1: is nested more than {MAX_RECORD_DEPTH} levels deep" in err
    assert "internal error" not in err and "Recursion" not in err
    assert not db.exists()


def _database_with(tmp_path: Path, record: dict[str, Any]) -> Path:
    path = tmp_path / "db.json"
    path.write_text(json.dumps({"annotations": {record["id"]: record}}), encoding="utf-8")
    return path


def test_a_database_holding_a_deep_record_is_a_typed_error(tmp_path: Path) -> None:
    """What an older version let in is reported at open, in one line, bytes unchanged;
    the app keeps that line instead of waiting forever ("still opening…")."""
    from reader.tui.store_link import StoreLink

    deep = _deep_record(495)
    path = _database_with(tmp_path, deep)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        AnnotationStore(path)
    message = str(caught.value)
    assert "\n" not in message and f"document {deep['id']!r}" in message
    assert "is nested more than" in message and path.read_bytes() == before
    link = StoreLink(path)
    assert link.open() is None and link.is_open
    assert link.error is not None and "is nested more than" in link.error


def test_a_journal_line_holding_a_deep_record_is_a_typed_error(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "db.json", journal_threshold=0)
    store.add(new_record(ARTICLE, 0, 3))
    store.add(new_record(ARTICLE, 1, 3))
    journal = tmp_path / "db.json.journal"
    deep = _deep_record(40)
    with open(journal, "ab") as handle:
        handle.write(json.dumps({"put": {"annotations": {deep["id"]: deep}}}).encode() + b"\n")
    with pytest.raises(DatabaseError, match="line 3: document .* is nested more than"):
        AnnotationStore(tmp_path / "db.json")


@pytest.mark.parametrize("threshold", [1 << 40, 0], ids=["rewrite", "journal"])
def test_the_storage_refuses_to_save_a_deep_document(tmp_path: Path, threshold: int) -> None:
    store = AnnotationStore(tmp_path / "db.json", journal_threshold=threshold)
    kept = store.add(new_record(ARTICLE, 0, 3))
    before = (tmp_path / "db.json").read_bytes()
    with pytest.raises(DatabaseWriteError, match="is nested more than .* nothing was written"):
        store.add(_deep_record(MAX_RECORD_DEPTH + 1))
    assert (tmp_path / "db.json").read_bytes() == before
    assert [r["id"] for r in AnnotationStore(tmp_path / "db.json", create=False).all()] == [
        kept["id"]]
