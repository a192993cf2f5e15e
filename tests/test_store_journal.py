"""The save journal: small saves appended beside a large database, replayed on open,
folded back into the main file, and safe against torn tails and stale journals."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from reader.core.model import Article
from reader.store import AnnotationStore, DatabaseError, new_record

TEXT = "Uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce."


def _record(start: int = 0) -> dict:
    article = Article(path="n.txt", title="N", text=TEXT, blocks=())
    return new_record(article, start, start + 5)


def _journal(path: Path) -> Path:
    return path.with_name(path.name + ".journal")


def _generation(path: Path) -> str:
    return json.loads(path.read_bytes())["_claimdesk"]["file"]["generation"]


def _ids(path: Path) -> set[str]:
    return {r["id"] for r in AnnotationStore(path, create=False).all()}


@pytest.fixture
def store(tmp_path: Path) -> AnnotationStore:
    """A store that journals every save (threshold 0), with one record in the main file."""
    opened = AnnotationStore(tmp_path / "db.json", journal_threshold=0)
    opened.add(_record())  # creates the main file
    return opened


def test_saves_go_to_the_journal_and_are_replayed(store: AnnotationStore) -> None:
    main_before = store.path.read_bytes()
    added = [store.add(_record(n))["id"] for n in range(1, 6)]
    store.update(added[0], verdict="false")
    store.delete(added[1])
    assert store.path.read_bytes() == main_before  # main file untouched
    lines = _journal(store.path).read_bytes().splitlines()
    header = json.loads(lines[0])
    assert len(lines) == 1 + 7 and header["claimdesk_journal"] == 2
    # bound to the main file by the generation id written in both
    assert header["generation"] == _generation(store.path)
    other = AnnotationStore(store.path, create=False)
    assert {r["id"] for r in other.all()} == {r["id"] for r in store.all()}
    assert other.get(added[0])["verdict"] == "false" and other.get(added[1]) is None


def test_close_folds_the_journal_into_the_main_file(store: AnnotationStore) -> None:
    ids = {store.add(_record(n))["id"] for n in range(1, 4)} | {r["id"] for r in store.all()}
    store.close()
    assert not _journal(store.path).exists()
    assert set(json.loads(store.path.read_bytes())["annotations"]) == ids


def test_journal_is_folded_in_when_it_grows(tmp_path: Path) -> None:
    from reader.store.storage import AtomicJSONStorage

    store = AnnotationStore(tmp_path / "db.json", journal_threshold=0)
    store.storage.compact_min = 4_000  # type: ignore[attr-defined]
    assert isinstance(store.storage, AtomicJSONStorage)
    for n in range(30):
        store.add(_record(n % 60))
    assert _journal(store.path).stat().st_size <= 4_000 + 2_000
    assert len(json.loads(store.path.read_bytes())["annotations"]) > 1
    assert len(AnnotationStore(store.path, create=False)) == 30


def test_torn_tail_is_ignored_then_cut_off(store: AnnotationStore) -> None:
    kept = store.add(_record(3))["id"]
    journal = _journal(store.path)
    with open(journal, "ab") as handle:
        handle.write(b'{"put":{"annotations":{"x":{"half')  # killed mid-append
    torn = journal.read_bytes()
    reopened = AnnotationStore(store.path, journal_threshold=0)
    assert kept in {r["id"] for r in reopened.all()}
    assert journal.read_bytes() == torn  # reading never changes it
    added = reopened.add(_record(4))["id"]
    after = journal.read_bytes()
    assert b"half" not in after and after.endswith(b"\n")  # tail cut before appending
    assert after.startswith(torn[:torn.rindex(b"\n") + 1])
    assert {kept, added} <= _ids(store.path)


@pytest.mark.parametrize("bad", [b"{not json}\n", b"[]\n", b'{"put": 3}\n',
                                 b'{"put": {"annotations": {"x": 1}}}\n', b"\xff\n"])
def test_corrupt_journal_line_is_a_typed_error(store: AnnotationStore, bad: bytes) -> None:
    store.add(_record(3))
    journal = _journal(store.path)
    good_line = journal.read_bytes().splitlines(keepends=True)[-1]
    with open(journal, "ab") as handle:
        handle.write(bad + good_line)
    before = journal.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        AnnotationStore(store.path)
    assert str(journal) in str(caught.value) and "\n" not in str(caught.value)
    assert journal.read_bytes() == before


def test_bad_journal_header(store: AnnotationStore) -> None:
    _journal(store.path).write_bytes(b'{"something": "else"}\n')
    with pytest.raises(DatabaseError, match="header"):
        AnnotationStore(store.path)


def test_stale_journal_after_an_interrupted_compaction_is_ignored(
    store: AnnotationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = store.all()[0]["id"]
    second = store.add(_record(2))["id"]
    store.delete(first)
    journal = _journal(store.path)
    real_unlink = os.unlink

    def keep_journal(path: object, *args: object, **kwargs: object) -> None:
        if str(path).endswith(".journal"):
            raise OSError(errno.EIO, "I/O error")
        real_unlink(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "unlink", keep_journal)
    store.close()  # compaction: main replaced, journal could not be removed
    monkeypatch.undo()
    assert journal.exists()
    assert _ids(store.path) == {second}  # replaying the stale journal would resurrect `first`
    reopened = AnnotationStore(store.path, journal_threshold=0)
    third = reopened.add(_record(5))["id"]
    assert _ids(store.path) == {second, third}
    assert len(journal.read_bytes().splitlines()) == 2  # a fresh journal: header + one save


def test_another_generation_put_in_place_sets_the_journal_aside(
    store: AnnotationStore,
) -> None:
    """A main file of another generation (an older backup restored, a file written by
    hand) does not include the journal's saves: they are not applied to it, and the next
    save moves the journal aside whole instead of truncating it (issue 12)."""
    journaled = store.add(_record(2))["id"]
    journal = _journal(store.path)
    saved = journal.read_bytes()
    first = store.all()[0]
    by_hand = {"annotations": {first["id"]: first}}  # no generation id: another file
    store.path.write_text(json.dumps(by_hand), encoding="utf-8")
    assert _ids(store.path) == {first["id"]}  # the journal is not replayed on it ...
    reopened = AnnotationStore(store.path, journal_threshold=0)
    added = reopened.add(_record(4))["id"]
    kept = journal.with_name(journal.name + ".unmerged-1")
    assert kept.read_bytes() == saved  # ... and is kept whole, never truncated
    assert journaled.encode() in saved
    assert _ids(store.path) == {first["id"], added}


def test_small_database_is_rewritten_not_journaled(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "db.json")  # default threshold: 1 MiB
    for n in range(3):
        store.add(_record(n))
    assert not _journal(store.path).exists()
    assert len(json.loads(store.path.read_bytes())["annotations"]) == 3
