"""The store's own files (database, lock, import file, settings) are only ever regular
files: a FIFO never blocks, a device is never read, a refused path leaves nothing behind,
and every message naming a path is one printable line."""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.core import files as safe
from reader.core.model import Article, Block
from reader.store import (
    AnnotationStore,
    DatabaseError,
    ImportFileError,
    ReadOnlyError,
    SettingsError,
    importing,
    new_record,
)
from reader.store import settings as settings_module
from reader.store.importing import read_jsonl
from reader.store.settings import ExportSettings, load_settings


def _in_thread(work: Callable[[], Any]) -> Any:
    """Run ``work`` in a thread so that a blocking open fails the test instead of hanging;
    return its result or the exception it raised."""
    box: list[Any] = []

    def run() -> None:
        try:
            box.append(work())
        except BaseException as error:  # handed to the test to inspect
            box.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "blocked"
    return box[0]


# -- the shared safe reading (reader.core.files) -------------------------------------------


def test_safe_read_refuses_fifo_folder_device_and_missing(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    cases = {fifo: "a FIFO (named pipe)", tmp_path: "a folder", Path("/dev/null"):
             "a character device"}
    for path, kind in cases.items():
        refused = _in_thread(lambda p=path: safe.read_regular(p))
        assert isinstance(refused, safe.FileRefused) and refused.kind == kind
        assert refused.reason == f"not a regular file: {kind}"
    missing = _in_thread(lambda: safe.read_regular(tmp_path / "nope"))
    assert isinstance(missing, safe.FileRefused) and missing.reason == "no such file"


def test_safe_read_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big"
    path.write_bytes(b"x" * (3 << 20))
    assert safe.read_regular(path, 3 << 20) == b"x" * (3 << 20)
    with pytest.raises(safe.FileRefused, match=r"file too large \(3\.0 MB; the limit is 2 MB\)"):
        safe.read_regular(path, 2 << 20)


def test_safe_read_rechecks_after_opening(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A regular file swapped for a FIFO between ``stat`` and ``open`` is still refused."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    monkeypatch.setattr(safe, "check_regular", lambda path, limit=None: 0)
    refused = _in_thread(lambda: safe.read_regular(fifo))
    assert isinstance(refused, safe.FileRefused) and "FIFO" in refused.reason


# -- import ---------------------------------------------------------------------------------


def test_import_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    refused = _in_thread(lambda: read_jsonl(fifo))
    assert isinstance(refused, ImportFileError)
    assert str(refused) == (f"{fifo}: cannot be imported: not a regular file: a FIFO (named "
                            "pipe); nothing was imported")


def test_import_refuses_a_device_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="a character device"):
        read_jsonl("/dev/null")
    with pytest.raises(ImportFileError, match="a folder"):
        read_jsonl(tmp_path)


def test_import_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"\n" * (2 << 20))
    assert read_jsonl(path) == []  # blank lines only: nothing to import, no error
    monkeypatch.setattr(importing, "MAX_IMPORT_BYTES", 1 << 20)
    with pytest.raises(ImportFileError, match=r"file too large \(2\.0 MB; the limit is 1 MB\)"):
        read_jsonl(path)


# -- the database path and its lock file ----------------------------------------------------


def _record() -> dict[str, Any]:
    text = "La ministra dijo que el paro bajó un 9 %."
    article = Article(path="/tmp/x/nota.txt", title="Nota", text=text,
                      blocks=(Block("paragraph", 0, len(text)),))
    return new_record(article, 0, 11)


def _entries(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


@pytest.mark.parametrize("create", [True, False])
@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_folder_or_fifo_database_leaves_no_lock(tmp_path: Path, kind: str, create: bool) -> None:
    path = tmp_path / "db.json"
    path.mkdir() if kind == "folder" else os.mkfifo(path)
    refused = _in_thread(lambda: AnnotationStore(path, create=create))
    assert isinstance(refused, DatabaseError)
    expected = "a directory" if kind == "folder" else "a FIFO (named pipe)"
    assert str(refused) == f"annotation database {path}: is {expected}, not a database file"
    assert _entries(tmp_path) == ["db.json"]


def test_read_only_store_creates_no_lock_file(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    assert AnnotationStore(path, create=False).all() == []
    assert _entries(tmp_path) == []
    with AnnotationStore(path) as store:
        store.add(_record())
    os.unlink(tmp_path / "db.json.lock")
    before = _entries(tmp_path)
    reader = AnnotationStore(path, create=False)
    assert len(reader.all()) == 1
    reader.close()
    assert _entries(tmp_path) == before


def test_read_only_store_never_writes_even_with_a_lock_file(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    with AnnotationStore(path) as store:
        store.add(_record())
    stale = tmp_path / ".db.json.abcdefgh.tmp"
    stale.write_bytes(b"left by a killed writer")
    before = {name: (tmp_path / name).read_bytes() for name in _entries(tmp_path)}
    reader = AnnotationStore(path, create=False)
    with pytest.raises(ReadOnlyError, match="read-only"):
        reader.add(_record())
    reader.close()
    assert {name: (tmp_path / name).read_bytes() for name in _entries(tmp_path)} == before


def test_a_fifo_in_place_of_the_lock_file_does_not_block(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    os.mkfifo(tmp_path / "db.json.lock")
    for create in (True, False):
        refused = _in_thread(lambda c=create: AnnotationStore(path, create=c))
        assert isinstance(refused, DatabaseError), refused
        assert "lock file" in str(refused) and "FIFO" in str(refused)
    assert _entries(tmp_path) == ["db.json.lock"]


# -- export settings ----------------------------------------------------------------------


def test_settings_refuse_a_fifo_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "config.toml"
    os.mkfifo(fifo)
    for required in (True, False):
        refused = _in_thread(lambda r=required: load_settings(fifo, required=r))
        assert isinstance(refused, SettingsError)
        assert str(refused) == (f"settings file {fifo}: cannot be read: not a regular file: "
                                "a FIFO (named pipe)")


def test_a_required_settings_file_must_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    missing = tmp_path / "missing.toml"
    with pytest.raises(SettingsError, match="cannot be read: no such file"):
        load_settings(missing, required=True)
    assert load_settings(missing) == ExportSettings()
    monkeypatch.setattr(settings_module, "default_config_path", lambda: missing)
    assert load_settings() == ExportSettings()  # no config file yet: the defaults


def test_settings_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    config.write_bytes(b"# " + b"x" * (2 << 20) + b"\n")
    monkeypatch.setattr(settings_module, "MAX_SETTINGS_BYTES", 1 << 20)
    with pytest.raises(SettingsError, match=r"file too large"):
        load_settings(config, required=True)


# -- messages naming a path are one printable line -------------------------------------------

HOSTILE_NAME = "db\x1b]0;PWNED\x07\x1b[31m\x9b31m\nline.json"
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _printable(message: str) -> None:
    assert not CONTROL.search(message), repr(message)
    assert "PWNED" in message  # the name is still shown, neutralised


def test_store_errors_never_carry_controls(tmp_path: Path) -> None:
    folder = tmp_path / HOSTILE_NAME
    folder.mkdir()
    with pytest.raises(DatabaseError) as database:
        AnnotationStore(folder, create=False)
    _printable(str(database.value))
    bad = tmp_path / (HOSTILE_NAME + "l")
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as imported:
        read_jsonl(bad)
    _printable(str(imported.value))
    with pytest.raises(SettingsError) as configured:
        load_settings(tmp_path / "missing" / HOSTILE_NAME, required=True)
    _printable(str(configured.value))


def test_import_and_export_report_the_file_name_printably(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main

    database = tmp_path / "db.json"
    records = tmp_path / (HOSTILE_NAME + "l")
    with AnnotationStore(tmp_path / "other.json") as store:
        records.write_text(json.dumps(store.add(_record())) + "\n", encoding="utf-8")
    assert main(["import", "--db", str(database), str(records)]) == 0
    out = capsys.readouterr().out
    assert out.endswith("1 new, 0 already present\n") and out.count("\n") == 1
    _printable(out[:-1])
    target = tmp_path / (HOSTILE_NAME + ".csv")
    assert main(["export", "--db", str(database), "--format", "csv", "-o", str(target)]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "exported 1 annotation to" in err
    _printable(err[:-1])


def test_a_fifo_in_place_of_the_journal_does_not_block(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    with AnnotationStore(path) as store:
        store.add(_record())
    journal = tmp_path / "db.json.journal"
    os.mkfifo(journal)
    refused = _in_thread(lambda: AnnotationStore(path, create=False))
    assert isinstance(refused, DatabaseError), refused
    assert str(refused).startswith(f"annotation database {journal}: cannot be read: not a "
                                   "regular file: a FIFO")


# -- a symlinked database (issue 12, item 5) -------------------------------------------------


@pytest.mark.parametrize("threshold", [1 << 40, 0], ids=["rewrite", "journal"])
@pytest.mark.parametrize("link", ["file", "folder", "dangling"])
def test_a_symlinked_database_writes_the_real_file(
    tmp_path: Path, link: str, threshold: int
) -> None:
    """The path is resolved once: the real file is locked, written and replaced; the link
    stays a link and nothing is created beside it."""
    real_folder, link_folder = tmp_path / "real", tmp_path / "links"
    real_folder.mkdir()
    link_folder.mkdir()
    target = real_folder / "annotations.json"
    if link == "folder":
        os.symlink(real_folder, link_folder / "data")
        opened = link_folder / "data" / "annotations.json"
    else:
        os.symlink(target, link_folder / "annotations.json")
        opened = link_folder / "annotations.json"
    if link != "dangling":
        with AnnotationStore(target) as first:
            first.add(_record())
    store = AnnotationStore(opened, journal_threshold=threshold)
    added = {store.add(_record())["id"] for _ in range(3)}
    store.close()
    assert os.path.islink(link_folder / ("data" if link == "folder" else "annotations.json"))
    assert os.path.realpath(opened) == str(target)
    assert added <= {r["id"] for r in AnnotationStore(target, create=False).all()}
    assert _entries(link_folder) == ["data" if link == "folder" else "annotations.json"]
    beside = _entries(real_folder)
    assert "annotations.json.lock" in beside and "annotations.json" in beside
    if link != "dangling":
        assert "annotations.json.bak" in beside
    again = AnnotationStore(opened, journal_threshold=threshold)  # the journal, if any,
    assert added <= {r["id"] for r in again.all()}  # is found beside the real file
    again.add(_record())
    assert os.path.islink(link_folder / ("data" if link == "folder" else "annotations.json"))
