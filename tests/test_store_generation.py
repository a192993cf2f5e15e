"""The journal is bound to the main file by a generation id in both files' content, not
by inode, size and mtime (issue 12, item 1): copying the data folder, ``touch``, a kill
then a touch, or restoring a copy keep every acknowledged save, and the next save never
truncates a journal that holds saves the main file lacks."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest
from store_fixtures import ARTICLE, Acknowledged, build_database, start_child

from reader.store import AnnotationStore, new_record

Copier = Callable[[Path, Path], None]


def _journal(path: Path) -> Path:
    return path.with_name(path.name + ".journal")


def _ids(path: Path) -> set[str]:
    return {r["id"] for r in AnnotationStore(path, create=False).all()}


def _session(folder: Path, saves: int = 12) -> tuple[Path, set[str]]:
    """A normal session on a database past the real journal threshold (1 MiB): the
    last ``saves`` saves are in the journal, and the app is still running."""
    path = folder / "annotations.json"
    ids = build_database(path, 1_200_000)
    store = AnnotationStore(path)  # the default threshold
    ids |= {store.add(new_record(ARTICLE, n, n + 30))["id"] for n in range(saves)}
    assert _journal(path).exists(), "the saves went to the journal"
    return path, ids


def _copy_tree_copy2(source: Path, target: Path) -> None:
    shutil.copytree(source, target)  # cp -a / rsync -a: new inodes, same mtimes


def _copy_tree_plain(source: Path, target: Path) -> None:
    shutil.copytree(source, target, copy_function=shutil.copy)  # new inodes and mtimes


def _copy_files_in_reverse(source: Path, target: Path) -> None:
    target.mkdir()  # a sync tool copying the journal first, the main file a second later
    for name in sorted(os.listdir(source), reverse=True):
        shutil.copyfile(source / name, target / name)
        stamp = os.stat(target / name).st_mtime_ns + 1_000_000_000
        os.utime(target / name, ns=(stamp, stamp))


def _tar_round_trip(source: Path, target: Path) -> None:
    archive = source.parent / "backup.tar"
    with tarfile.open(archive, "w") as tar:
        tar.add(source, arcname="data")
    target.mkdir()
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    for name in os.listdir(target / "data"):
        os.rename(target / "data" / name, target / name)
    os.rmdir(target / "data")


COPIERS: dict[str, Copier] = {
    "copytree-copy2": _copy_tree_copy2, "copytree-plain-copy": _copy_tree_plain,
    "file-by-file-later-mtimes": _copy_files_in_reverse, "tar": _tar_round_trip,
}


@pytest.mark.parametrize("how", sorted(COPIERS))
def test_a_copied_data_folder_keeps_every_save(tmp_path: Path, how: str) -> None:
    path, ids = _session(tmp_path / "data")
    COPIERS[how](tmp_path / "data", tmp_path / "copy")
    copy = tmp_path / "copy" / path.name
    assert _ids(copy) == ids  # was 6,700 of 6,740 in the review
    store = AnnotationStore(copy)
    ids.add(store.add(new_record(ARTICLE, 3, 9))["id"])  # the next save keeps them
    assert _ids(copy) == ids
    store.close()
    assert AnnotationStore(copy).all() and _ids(copy) == ids


def test_a_touched_main_file_keeps_the_journal(tmp_path: Path) -> None:
    path, ids = _session(tmp_path)
    later = os.stat(path).st_mtime_ns + 5_000_000_000
    os.utime(path, ns=(later, later))
    assert _ids(path) == ids
    store = AnnotationStore(path)
    ids.add(store.add(new_record(ARTICLE, 1, 8))["id"])
    assert _ids(path) == ids
    later += 5_000_000_000
    os.utime(path, ns=(later, later))
    assert _ids(path) == ids  # touched between two saves of a running app
    ids.add(store.add(new_record(ARTICLE, 2, 8))["id"])
    assert _ids(path) == ids


_SAVE_FOREVER = """
import sys
from reader.store import AnnotationStore, new_record
from store_fixtures import ARTICLE
store = AnnotationStore(sys.argv[1])
n = 0
while True:
    sys.stdout.write(store.add(new_record(ARTICLE, n % 500, n % 500 + 30))["id"] + "\\n")
    sys.stdout.flush()
    n += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_then_touched_keeps_every_acknowledged_save(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    ids = build_database(path, 1_200_000)
    AnnotationStore(path).add(new_record(ARTICLE, 0, 9))  # the first save adds a generation
    ids = _ids(path)
    env_path = str(Path(__file__).parent)
    child = start_child(f"import sys; sys.path.insert(0, {env_path!r})\n" + _SAVE_FOREVER,
                        str(path), stderr=tmp_path / "err.txt")
    acks = Acknowledged(child)
    assert acks.wait_for(25), (tmp_path / "err.txt").read_text()
    child.send_signal(signal.SIGKILL)
    ids.update(acks.finish())
    assert _journal(path).exists()
    later = os.stat(path).st_mtime_ns + 3_000_000_000
    os.utime(path, ns=(later, later))
    on_disk = _ids(path)  # (a save the kill cut after its commit may be there too)
    assert ids <= on_disk  # was 470 of 475 in the review
    store = AnnotationStore(path)
    on_disk.add(store.add(new_record(ARTICLE, 4, 9))["id"])
    assert _ids(path) == on_disk


def test_restoring_a_copy_of_both_files(tmp_path: Path) -> None:
    path, ids = _session(tmp_path / "data")
    shutil.copytree(tmp_path / "data", tmp_path / "backup")
    store = AnnotationStore(path)
    store.add(new_record(ARTICLE, 5, 9))
    store.storage.compact()  # a new generation in the live folder
    store.close()
    for name in os.listdir(tmp_path / "backup"):  # restore the backup over it
        shutil.copyfile(tmp_path / "backup" / name, tmp_path / "data" / name)
    assert _ids(path) == ids
    restored = AnnotationStore(path)
    ids.add(restored.add(new_record(ARTICLE, 6, 9))["id"])
    assert _ids(path) == ids


def test_an_older_main_file_restored_alone_never_truncates_the_journal(tmp_path: Path) -> None:
    """The previous generation (``.bak``) copied over the main file: the journal's saves
    belong to the newer generation, so they are set aside whole at the next save."""
    path, ids = _session(tmp_path)
    store = AnnotationStore(path)
    store.storage.compact()  # .bak: the generation before; the journal starts afresh
    extra = {store.add(new_record(ARTICLE, n, n + 9))["id"] for n in range(3)}
    journal = _journal(path)
    saved = journal.read_bytes()
    shutil.copyfile(path.with_name(path.name + ".bak"), path)
    reopened = AnnotationStore(path)
    assert not extra & _ids(path)
    reopened.add(new_record(ARTICLE, 7, 9))
    kept = journal.with_name(journal.name + ".unmerged-1")
    assert kept.read_bytes() == saved
    assert all(record_id.encode() in saved for record_id in extra)


def test_the_generation_is_in_both_files(tmp_path: Path) -> None:
    path, _ = _session(tmp_path)
    main = json.loads(path.read_bytes())["_claimdesk"]["file"]
    header = json.loads(_journal(path).read_bytes().split(b"\n", 1)[0])
    assert header == {"claimdesk_journal": 2, "generation": main["generation"]}
    store = AnnotationStore(path)
    store.storage.compact()
    after = json.loads(path.read_bytes())["_claimdesk"]["file"]
    assert after["previous"] == main["generation"] != after["generation"]
    assert "_claimdesk" not in store.storage.read()  # hidden from TinyDB's callers


def _legacy(tmp_path: Path) -> tuple[Path, dict, dict]:
    """A main file and a version 1 journal as the previous release wrote them."""
    path = tmp_path / "annotations.json"
    first, second = new_record(ARTICLE, 0, 9), new_record(ARTICLE, 1, 9)
    path.write_text(json.dumps({"annotations": {first["id"]: first}}), encoding="utf-8")
    info = os.stat(path)
    header = {"claimdesk_journal": 1, "base": [info.st_ino, info.st_size, info.st_mtime_ns]}
    line = {"put": {"annotations": {second["id"]: second}}}
    _journal(path).write_text(json.dumps(header) + "\n" + json.dumps(line) + "\n",
                              encoding="utf-8")
    return path, first, second


def test_a_version_1_journal_is_still_replayed_then_folded_in(tmp_path: Path) -> None:
    path, first, second = _legacy(tmp_path)
    assert _ids(path) == {first["id"], second["id"]}
    store = AnnotationStore(path, journal_threshold=0)
    third = store.add(new_record(ARTICLE, 2, 9))["id"]  # rewrites once: adds a generation
    assert "_claimdesk" in json.loads(path.read_bytes())
    assert _ids(path) == {first["id"], second["id"], third}
    assert not list(tmp_path.glob("*.unmerged-*"))


def test_a_version_1_journal_beside_a_touched_file_is_kept(tmp_path: Path) -> None:
    """The old binding cannot tell a touch from a replaced file: its saves are set aside
    whole at the next save, never truncated as the previous release did."""
    path, first, second = _legacy(tmp_path)
    saved = _journal(path).read_bytes()
    later = os.stat(path).st_mtime_ns + 2_000_000_000
    os.utime(path, ns=(later, later))
    AnnotationStore(path).add(new_record(ARTICLE, 2, 9))
    assert (tmp_path / "annotations.json.journal.unmerged-1").read_bytes() == saved


def test_a_journal_left_without_its_main_file_is_kept(tmp_path: Path) -> None:
    """The main file deleted (or not copied) but the journal there: the first save makes
    a new main file and moves the journal aside, whole, instead of deleting it."""
    path, _ = _session(tmp_path)
    saved = _journal(path).read_bytes()
    path.unlink()
    store = AnnotationStore(path)
    assert store.all() == []
    store.add(new_record(ARTICLE, 0, 9))
    assert (tmp_path / "annotations.json.journal.unmerged-1").read_bytes() == saved
