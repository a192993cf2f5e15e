"""A read-only data folder opens the annotations VIEW-ONLY (a new-user test found them
turned off entirely): highlights and the Annotations screen show them, every save is
refused with one line and the form keeps the typed text, nothing is written, and the
lock message says the existing lock file cannot be *written*, not *created*.

Not root: the folder and its files are really made read-only (chmod). As root chmod
changes nothing, so the same folder is made read-only at the store seam instead:
``os.open`` refuses to write or create anything in it, as the kernel would.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from test_tui_annotate import keys_for, settle
from test_tui_app import SIZE, library, open_first  # noqa: F401  (fixture)
from textual.widgets import TextArea

from reader.sources import load_file
from reader.store import AnnotationStore, DatabaseError, new_record, open_store
from reader.tui.app import ClaimdeskApp
from reader.tui.screens.annotation_form import AnnotationForm
from reader.tui.screens.annotations import AnnotationsScreen
from reader.tui.spans import Span
from reader.tui.store_link import StoreLink

_WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT


def _simulate_read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def refusing(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        inside = Path(os.fsdecode(path)).parent == folder
        if inside and flags & _WRITING:
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """``make(folder)``: the folder and its files can be read, not written."""
    chmodded: list[Path] = []

    def make(folder: Path) -> None:
        if os.geteuid() == 0:
            _simulate_read_only(folder, monkeypatch)
            return
        for path in [*folder.iterdir(), folder]:
            path.chmod(stat.S_IRUSR | (stat.S_IXUSR if path.is_dir() else 0))
            chmodded.append(path)

    yield make
    for path in reversed(chmodded):
        path.chmod(0o700 if path.is_dir() else 0o600)


def _seeded(library: Path, data: Path) -> tuple[Path, dict[str, Any]]:  # noqa: F811
    article = load_file(library / "a_alpha.txt")
    start = article.text.index("Trade unions")
    record = new_record(article, start, start + len("Trade unions rejected"),
                        verdict="false", note="kept")
    db = data / "db.json"
    with AnnotationStore(db) as store:
        store.add(record)
    return db, record


def test_lock_message_says_an_existing_lock_file_cannot_be_written(
    tmp_path: Path, read_only: Any
) -> None:
    db = tmp_path / "data" / "db.json"
    with AnnotationStore(db) as store:
        assert len(store) == 0
    assert db.with_name("db.json.lock").exists()
    read_only(db.parent)
    with pytest.raises(DatabaseError) as raised:
        open_store(db)
    assert "db.json.lock cannot be written" in str(raised.value)
    assert "cannot be created" not in str(raised.value)
    with open_store(db, create=False) as store:  # what `claimdesk annotations` does
        assert len(store) == 0


def test_view_only_link_shows_and_refuses(tmp_path: Path, library: Path,  # noqa: F811
                                          read_only: Any) -> None:
    db, record = _seeded(library, tmp_path / "data")
    before = db.read_bytes()
    read_only(db.parent)
    link = StoreLink(db)
    store = link.open()
    assert link.error is None and store is not None
    assert link.view_only and "cannot be written" in link.view_only
    assert [r["id"] for r in store.all()] == [record["id"]]
    assert "view only" in link.refusal() and "\n" not in link.refusal()
    link.close()
    assert db.read_bytes() == before


async def test_read_only_data_opens_view_only_and_refuses_saves(
    library: Path, tmp_path: Path, read_only: Any  # noqa: F811
) -> None:
    db, record = _seeded(library, tmp_path / "data")
    before = _database_files(db)
    read_only(db.parent)
    app = ClaimdeskApp(paths=[str(library)], db_path=db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        notices = [n for n in app._notifications]
        assert not [n for n in notices if n.severity == "error"]
        (view_only,) = [n.message for n in notices if n.message.startswith("View only")]
        assert "cannot be written" in view_only and "cannot be created" not in view_only
        # the stored annotation is there, highlighted
        assert [r["id"] for r in screen.records] == [record["id"]]
        position = record["target"]["position"]
        assert any((s.start, s.end) == (position["start"], position["end"])
                   for s in screen.view._spans if isinstance(s, Span))
        # a new annotation: refused in one line, the form back with the typed note
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AnnotationForm)
        app.screen.query_one("#note", TextArea).focus()
        await pilot.press(*keys_for("minutes of work"), "ctrl+s")
        await settle(app, pilot)
        failed = [n.message for n in app._notifications if n.message.startswith("Save failed")]
        assert len(failed) == 1 and "view only" in failed[0] and "\n" not in failed[0]
        form = app.screen
        assert isinstance(form, AnnotationForm)
        assert form.query_one("#note", TextArea).text == "minutes of work"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        # delete of the stored one is refused too, and it stays
        await pilot.press("m", "d")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert [r["id"] for r in screen.records] == [record["id"]]
        refused = [n.message for n in app._notifications if "view only" in n.message]
        assert len(refused) == 2 and all("\n" not in m for m in refused), refused
        await pilot.press("A")
        await settle(app, pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        assert [r.id for r in app.screen.shown_rows] == [record["id"]]
    assert _database_files(db) == before


def _database_files(db: Path) -> list[tuple[str, bytes]]:
    """The database, its lock, backup and journal (the across index is another store,
    which the simulation as root lets SQLite create)."""
    return sorted((p.name, p.read_bytes()) for p in db.parent.glob(db.name + "*"))


def _folder_state(folder: Path) -> list[tuple[str, int, int]]:
    """Every file in the folder: name, size and modification time (nanoseconds)."""
    return sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir())


async def test_view_only_session_leaves_the_data_folder_untouched(
    library: Path, tmp_path: Path, read_only: Any  # noqa: F811
) -> None:
    """Reading, moving, asking for every save and opening the across-the-library
    screens creates or changes no file in a read-only data folder: not the annotation
    database and not the across index (a SQLite file the simulation as root could not
    stop, so the app itself must not ask for it)."""
    db, _record = _seeded(library, tmp_path / "data")
    read_only(db.parent)
    before = _folder_state(db.parent)
    app = ClaimdeskApp(paths=[str(library)], db_path=db)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(app, pilot)
        await settle(app, pilot)
        await pilot.press("j", "j", "a")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        for key in ("A", "escape", "S", "escape", "T", "escape"):
            await pilot.press(key)
            await settle(app, pilot)
        assert app.across.index is not None  # the index still serves this session
    assert _folder_state(db.parent) == before


def _drawn(widget: Any) -> str:
    return "".join(segment.text for segment in widget.render_line(0))


async def test_view_only_marker_stays_on_the_article_screen(
    library: Path, tmp_path: Path, read_only: Any  # noqa: F811
) -> None:
    """The start notice fades in 20 s; a line under the title says it for as long as
    the screen is open, with the reason, cut with "…" at 80 columns; and every save key
    answers with one line."""
    db, record = _seeded(library, tmp_path / "data")
    read_only(db.parent)
    app = ClaimdeskApp(paths=[str(library)], db_path=db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        marker = screen.query_one("#article-view-only")
        for keys in (("j",), ("}",), ("1",), ("slash", "x", "enter"), ("u",), ("ctrl+r",)):
            await pilot.press(*keys)
            await settle(app, pilot)
            assert marker.display, keys
            line = _drawn(marker)
            assert line.startswith("View only — edits cannot be saved: annotation database")
            assert line.rstrip().endswith("…") and cell_len(line.rstrip()) <= 78
        status = screen.query_one("#article-status")
        await pilot.press("u")
        await pilot.pause()
        assert "Nothing to undo" in _drawn(status)
        await pilot.press("m", "e")  # edit the stored one: the form opens, the save is refused
        await pilot.pause()
        assert isinstance(app.screen, AnnotationForm)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        failed = [n.message for n in app._notifications if n.message.startswith("Save failed")]
        assert len(failed) == 1 and "view only" in failed[0] and "\n" not in failed[0]
        assert [r["id"] for r in screen.records] == [record["id"]]


async def test_no_view_only_marker_when_saves_work(library: Path, tmp_path: Path) -> None:  # noqa: F811
    db, _record = _seeded(library, tmp_path / "data")
    app = ClaimdeskApp(paths=[str(library)], db_path=db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        assert not screen.query_one("#article-view-only").display
