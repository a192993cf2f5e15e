"""The crash-safe storage: corrupt files (D2, D3), injected I/O faults (D4),
unserialisable values (D8), backups, stale temp files and the read cache."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path

import pytest

from reader.core.model import Article
from reader.store import AnnotationStore, DatabaseError, DatabaseWriteError, new_record
from reader.store.storage import AtomicJSONStorage

TEXT = "La inflación bajó del 9 % este año, según el Gobierno. La oposición lo niega."


def _article() -> Article:
    return Article(path="/tmp/x/nota.txt", title="Nota", text=TEXT, blocks=())


def _record(start: int = 0, end: int = 12) -> dict:
    return new_record(_article(), start, end, verdict="mostly-false", note="ver INE")


def _temp_files(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.endswith(".tmp")]


def _valid_db(tmp_path: Path, count: int = 3, threshold: int = 1 << 40
              ) -> tuple[Path, list[str]]:
    path = tmp_path / "db.json"
    store = AnnotationStore(path, journal_threshold=threshold)
    ids = [store.add(_record(i, i + 10))["id"] for i in range(count)]
    if threshold:
        store.close()  # (a journal-mode store is left open: its journal stays)
    return path, ids


# -- D2 / D3: empty, blank and corrupt files -----------------------------------------------


def _corpus(valid: bytes) -> list[tuple[str, bytes]]:
    cases = [
        ("empty", b""),
        ("whitespace", b"  \n\t\r\n "),
        ("nuls", b"\x00" * 64),
        ("nul-after-json", valid + b"\x00"),
        ("bom", b"\xef\xbb\xbf" + valid),
        ("list", b"[]"),
        ("string", b'"annotations"'),
        ("number", b"42"),
        ("null", b"null"),
        ("true", b"true"),
        ("table-is-list", b'{"annotations": []}'),
        ("doc-is-number", b'{"annotations": {"a": 1}}'),
        ("nan", b'{"annotations": {"a": {"x": NaN}}}'),
        ("latin1", '{"annotations": {"a": {"x": "año"}}}'.encode("latin-1")),
        ("deep", b"[" * 100_000),
    ]
    step = max(1, len(valid) // 40)
    cases += [(f"truncated-{n}", valid[:n]) for n in range(0, len(valid), step)]
    cases += [(f"truncated-end-{n}", valid[:-n]) for n in (1, 2, 3)]
    for position in range(0, len(valid), max(1, len(valid) // 25)):
        flipped = bytearray(valid)
        flipped[position] ^= 0x80  # always invalid UTF-8 or invalid JSON
        cases.append((f"flipped-{position}", bytes(flipped)))
    return cases


def test_corrupt_corpus_raises_typed_error_and_leaves_bytes(tmp_path: Path) -> None:
    path, _ = _valid_db(tmp_path)
    valid = path.read_bytes()
    backup = path.with_name(path.name + ".bak")
    tried = 0
    for name, raw in _corpus(valid):
        path.write_bytes(raw)
        with_backup = tried % 2 == 0
        if with_backup:
            backup.write_bytes(valid)
        elif backup.exists():
            backup.unlink()
        with pytest.raises(DatabaseError) as caught:
            AnnotationStore(path)
        message = str(caught.value)
        assert "\n" not in message, name
        assert str(path) in message, name
        assert (str(backup) in message) is with_backup, name
        assert path.read_bytes() == raw, name
        assert not _temp_files(tmp_path), name
        tried += 1
    assert tried > 80


def test_a_directory_in_place_of_the_database(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    path.mkdir()
    with pytest.raises(DatabaseError, match="is a directory, not a database file"):
        AnnotationStore(path)
    assert path.is_dir() and not any(path.iterdir())
    assert sorted(tmp_path.iterdir()) == [path]  # no lock file left beside it


def test_empty_file_is_never_read_as_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    path.write_bytes(b"")
    with pytest.raises(DatabaseError, match="empty"):
        AnnotationStore(path)
    assert path.read_bytes() == b""


def test_a_database_from_a_newer_claimdesk_says_so(tmp_path: Path) -> None:
    """A record written by a newer version was refused as "field 'schema' must be 1, got
    2", which reads as damage (and sends the user to the backup). It names the cause."""
    path, ids = _valid_db(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["annotations"][ids[1]]["schema"] = 2
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match=r"was written by a newer Claimdesk \(record "
                       r"schema 2; this one reads up to 1\)"):
        AnnotationStore(path)
    assert path.read_bytes() == before


def test_corruption_appearing_while_open_is_reported_not_overwritten(tmp_path: Path) -> None:
    path, _ = _valid_db(tmp_path)
    store = AnnotationStore(path)
    path.write_bytes(b'{"annotations": {')  # someone else broke it
    with pytest.raises(DatabaseError):
        store.add(_record())
    assert path.read_bytes() == b'{"annotations": {'


def test_unreadable_file_is_a_typed_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = _valid_db(tmp_path)

    real_open = os.open

    def refuse(name: object, flags: int, *args: object, **kwargs: object) -> int:
        if os.fspath(name) == str(path):  # type: ignore[arg-type]
            raise PermissionError(errno.EACCES, "Permission denied", str(name))
        return real_open(name, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(DatabaseError, match="permission denied"):
        AnnotationStore(path)


def test_missing_file_is_an_empty_database_and_created_on_first_save(tmp_path: Path) -> None:
    path = tmp_path / "deeper" / "db.json"
    store = AnnotationStore(path)
    assert store.all() == [] and not path.exists()
    store.add(_record())
    assert json.loads(path.read_text(encoding="utf-8"))["annotations"]


# -- D4: faults injected at every step of a save -----------------------------------------

_PATCHED = ("write", "fsync", "replace", "link", "ftruncate")
MODES = {"rewrite": 1 << 40, "journal": 0}


class _Faults:
    """Counts calls of the write path's system calls; fails the Nth with ``code``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_at: int, code: int) -> None:
        self.calls = 0
        self.fail_at, self.code = fail_at, code
        for name in _PATCHED:
            monkeypatch.setattr(os, name, self._wrap(getattr(os, name)))
        monkeypatch.setattr(tempfile, "mkstemp", self._wrap(tempfile.mkstemp))

    def _wrap(self, real):  # type: ignore[no-untyped-def]
        def fake(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.calls += 1
            if self.calls == self.fail_at:
                raise OSError(self.code, os.strerror(self.code))
            return real(*args, **kwargs)

        return fake


def _count_calls(tmp_path: Path, threshold: int, fresh_journal: bool) -> int:
    path, _ = _valid_db(tmp_path / f"count-{threshold}-{fresh_journal}", threshold=threshold)
    if fresh_journal:
        AnnotationStore(path).close()  # folds the journal in: the next save starts one
    store = AnnotationStore(path, journal_threshold=threshold)
    with pytest.MonkeyPatch.context() as patch:
        faults = _Faults(patch, fail_at=0, code=errno.EIO)
        store.add(_record())
    return faults.calls


@pytest.mark.parametrize(("mode", "fresh_journal"),
                         [("rewrite", False), ("journal", False), ("journal", True)])
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_fault_at_every_step_keeps_old_data(
    tmp_path: Path, code: int, mode: str, fresh_journal: bool
) -> None:
    threshold = MODES[mode]
    total = _count_calls(tmp_path, threshold, fresh_journal)
    # rewrite: mkstemp, write, fsync, mkstemp (backup), link, replace ×2, dir fsync;
    # journal: (ftruncate,) write, fsync (, dir fsync for a new journal)
    assert total == {"rewrite": 8, "journal": 4 if fresh_journal else 2}[mode]
    for fail_at in range(1, total + 1):
        folder = tmp_path / f"{code}-{mode}-{fresh_journal}-{fail_at}"
        path, ids = _valid_db(folder, threshold=threshold)
        if fresh_journal:
            AnnotationStore(path).close()
        main_before = path.read_bytes()
        store = AnnotationStore(path, journal_threshold=threshold)
        record = _record(20, 30)
        with pytest.MonkeyPatch.context() as patch:
            _Faults(patch, fail_at=fail_at, code=code)
            with pytest.raises(DatabaseWriteError) as caught:
                store.add(record)
        assert "intact" in str(caught.value)
        assert not _temp_files(folder), fail_at
        json.loads(path.read_bytes())  # the main file parses
        if mode == "journal":
            assert path.read_bytes() == main_before  # journal mode never touches it
        on_disk = {r["id"] for r in AnnotationStore(path, create=False).all()}
        # old data intact; the new record only where the failure came after the commit
        # point (the folder fsync after replace or after creating the journal)
        assert set(ids) <= on_disk <= {*ids, record["id"]}, fail_at
        if fail_at < total:
            assert on_disk == set(ids), fail_at
        # the store is still usable and its view matches the disk
        assert {r["id"] for r in store.all()} == on_disk
        store.add(_record(31, 40))
        assert len(AnnotationStore(path, create=False).all()) == len(on_disk) + 1


# -- D8: an unserialisable value fails before the file is touched --------------------------


@pytest.mark.parametrize("mode", sorted(MODES))
@pytest.mark.parametrize("bad", [{1, 2}, float("nan"), b"bytes", object(), "\ud800"])
def test_unserialisable_value_touches_nothing(tmp_path: Path, bad: object, mode: str) -> None:
    path, ids = _valid_db(tmp_path)
    before = path.read_bytes()
    storage = AtomicJSONStorage(path, journal_threshold=MODES[mode])
    data = storage.read()
    assert data is not None
    data["annotations"]["broken"] = {"value": bad}
    with pytest.raises(DatabaseWriteError, match="JSON"):
        storage.write(data)
    assert path.read_bytes() == before
    assert not _temp_files(tmp_path)
    assert not path.with_name("db.json.journal").exists()
    assert set(storage.read()["annotations"]) == set(ids)  # cache dropped, disk re-read


# -- backup, stale temp files, cache --------------------------------------------------------


def test_backup_holds_the_previous_generation(tmp_path: Path) -> None:
    path, ids = _valid_db(tmp_path, count=2)
    previous = path.read_bytes()
    store = AnnotationStore(path)
    store.add(_record(40, 50))
    backup = path.with_name("db.json.bak")
    assert backup.read_bytes() == previous
    assert set(json.loads(backup.read_bytes())["annotations"]) == set(ids)


def test_backup_falls_back_to_a_copy_without_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _valid_db(tmp_path, count=2)
    previous = path.read_bytes()

    def no_links(*args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    AnnotationStore(path).add(_record(40, 50))
    assert path.with_name("db.json.bak").read_bytes() == previous


def test_stale_temp_files_are_removed_at_open(tmp_path: Path) -> None:
    path, _ = _valid_db(tmp_path)
    stale = [tmp_path / ".db.json.abcd1234.tmp", tmp_path / ".db.json.zz_9zz_9.tmp"]
    other = [tmp_path / ".db.json.old.abcd1234.tmp", tmp_path / ".other.json.abcd1234.tmp"]
    for file in stale + other:
        file.write_bytes(b"half a write")
    AnnotationStore(path)
    assert not any(f.exists() for f in stale)
    assert all(f.exists() for f in other)


def test_a_write_by_another_store_is_seen(tmp_path: Path) -> None:
    path, _ = _valid_db(tmp_path)
    first, second = AnnotationStore(path), AnnotationStore(path)
    assert len(first) == 3
    added = second.add(_record(50, 60))
    assert first.get(added["id"]) == added
    first.delete(added["id"])
    assert second.get(added["id"]) is None


def test_file_is_compact_utf8(tmp_path: Path) -> None:
    path, _ = _valid_db(tmp_path, count=1)
    raw = path.read_bytes()
    assert "año".encode() in raw and b"\\u00f1" not in raw
    assert b"\n" not in raw and b": " not in raw


def test_read_only_store_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "db.json"
    store = AnnotationStore(path, create=False)
    assert store.all() == []
    with pytest.raises(DatabaseError, match="read-only"):
        store.add(_record())
    assert not (tmp_path / "missing").exists()


def test_permissions_are_kept_or_usual(tmp_path: Path) -> None:
    path, _ = _valid_db(tmp_path, count=1)
    assert path.stat().st_mode & 0o777 == 0o666 & ~_umask()
    path.chmod(0o600)
    AnnotationStore(path).add(_record(5, 9))
    assert path.stat().st_mode & 0o777 == 0o600


def _umask() -> int:
    from reader.store.files import UMASK

    return UMASK
