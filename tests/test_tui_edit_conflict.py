"""Pilot tests of edits meeting another program's changes, and of uncertain saves.

A second ``open_store`` on the same file plays the other program (another Claimdesk, an
import). Fields the user did not touch keep the other change; a field both changed asks
keep mine / keep theirs (``EditConflictScreen``); a save whose outcome was uncertain is
retried with the same id and never duplicates.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_tui_annotate import annotate_here, keys_for, settle
from test_tui_annotate import on_file as on_disk
from test_tui_app import SIZE, library, make_app, open_first  # noqa: F401  (fixture)
from textual.widgets import Input, TextArea

from reader.store import open_store
from reader.tui.screens.annotation_form import AnnotationForm
from reader.tui.screens.edit_conflict import EditConflictScreen, resolve


def their_change(tmp_path: Path, record_id: str, **changes: Any) -> None:
    with open_store(tmp_path / "db.json") as other:
        other.update(record_id, **changes)


async def _edit_note(app: Any, pilot: Any, text: str) -> None:
    await pilot.press("e")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, AnnotationForm)
    form.query_one("#note", TextArea).text = text
    await pilot.press("ctrl+s")
    await settle(app, pilot)


async def test_fields_i_did_not_touch_keep_the_other_change(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(app, pilot)
        await settle(app, pilot)
        await annotate_here(app, pilot, note="mine")
        (record,) = on_disk(tmp_path)
        their_change(tmp_path, record["id"], verdict="false", tags=["theirs"])
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("end", *keys_for(" edited"), "ctrl+s")
        await settle(app, pilot)
        assert not isinstance(app.screen, EditConflictScreen)
        (saved,) = on_disk(tmp_path)
        assert saved["claim"] == record["claim"] + " edited"
        assert saved["verdict"] == "false" and saved["tags"] == ["theirs"]


@pytest.mark.parametrize(("key", "kept"), [("m", "my note"), ("t", "their note")])
async def test_a_field_both_changed_asks_keep_mine_or_theirs(
    library: Path, tmp_path: Path, key: str, kept: str  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        await annotate_here(app, pilot, note="first")
        (record,) = on_disk(tmp_path)
        their_change(tmp_path, record["id"], note="their note")
        await _edit_note(app, pilot, "my note")
        modal = app.screen
        assert isinstance(modal, EditConflictScreen)
        shown = str(modal.query_one("#conflict-mine").render()) + str(
            modal.query_one("#conflict-theirs").render())
        assert "my note" in shown and "their note" in shown
        assert on_disk(tmp_path)[0]["note"] == "their note"  # nothing written yet
        await pilot.press(key)
        await settle(app, pilot)
        assert app.screen is screen
        (saved,) = on_disk(tmp_path)
        assert saved["note"] == kept


async def test_escape_in_the_conflict_saves_nothing(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        await annotate_here(app, pilot, note="first")
        (record,) = on_disk(tmp_path)
        their_change(tmp_path, record["id"], note="[@click=app.quit]their[/]")
        await _edit_note(app, pilot, "my note")
        assert isinstance(app.screen, EditConflictScreen)
        assert "[@click=app.quit]their[/]" in str(app.screen.query_one(
            "#conflict-theirs").render())  # user text is shown literally
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is screen
        assert "changed elsewhere" in str(screen.query_one("#article-status").render())
        assert on_disk(tmp_path)[0]["note"] == "[@click=app.quit]their[/]"


def test_resolve_starts_every_conflicting_field_from_theirs() -> None:
    values, base = {"note": "mine", "claim": "c2"}, {"note": "old", "claim": "c"}
    conflicts = {"note": ("mine", "theirs"), "claim": ("c2", "c3")}
    new_values, new_base = resolve(values, base, conflicts, {"note": "theirs", "claim": "mine"})
    assert new_values == {"note": "theirs", "claim": "c2"}
    assert new_base == {"note": "theirs", "claim": "c3"}


async def test_an_uncertain_save_is_retried_without_a_copy(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    import reader.store.storage as storage

    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        real = storage.fsync_folder

        def failing(folder: Path) -> None:
            raise OSError(5, "Input/output error")

        monkeypatch.setattr(storage, "fsync_folder", failing)
        await annotate_here(app, pilot, note="uncertain")
        messages = [n.message for n in app._notifications]
        assert any("is in the database file" in m for m in messages)
        form = app.screen
        assert isinstance(form, AnnotationForm)
        assert form.query_one("#claim", Input).value
        monkeypatch.setattr(storage, "fsync_folder", real)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.screen is screen
        (record,) = on_disk(tmp_path)  # one annotation, not two
        assert record["note"] == "uncertain"


async def test_the_library_is_shown_before_the_database_is_loaded(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    """A large database opens in a worker: the library's rows are there at once, the
    annotation counts say "…" until the store is open, then show the numbers."""
    import threading

    from textual.widgets import DataTable

    import reader.tui.store_link as store_link

    release = threading.Event()
    real_open = store_link.open_store

    def slow_open(location: Any) -> Any:
        release.wait(10)
        return real_open(location)

    monkeypatch.setattr(store_link, "open_store", slow_open)
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(50):
            await pilot.pause(0.02)
            table = app.screen.query(DataTable)
            if table and table.first().row_count:
                break
        table = app.screen.query_one(DataTable)
        assert table.row_count > 0 and not app.link.is_open
        assert str(table.get_cell("0", "annotations")) == "…"
        release.set()
        await settle(app, pilot)
        assert app.link.is_open and str(table.get_cell("0", "annotations")) == "0"


async def test_the_conflict_dialog_in_a_narrow_terminal_asks_each_field() -> None:
    from textual.app import App

    class Host(App[None]):
        result: Any = "pending"

        def on_mount(self) -> None:
            conflicts = {"note": ("mine " * 200, "\x1b[31mtheirs\u202e"),
                         "tags": (["a", "b"], ["c"])}
            self.push_screen(EditConflictScreen(conflicts), self._done)

        def _done(self, result: Any) -> None:
            self.result = result

    app = Host()
    async with app.run_test(size=(30, 10)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EditConflictScreen)
        theirs = str(screen.query_one("#conflict-theirs").render())
        assert "\x1b" not in theirs and "\u202e" not in theirs and "theirs" in theirs
        assert "1 of 2" in str(screen.query_one("#conflict-title").render())
        await pilot.press("t")
        await pilot.pause()
        assert "2 of 2" in str(screen.query_one("#conflict-title").render())
        await pilot.press("m")
        await pilot.pause()
    assert app.result == {"note": "theirs", "tags": "mine"}


async def test_the_annotations_list_drops_one_deleted_by_another_copy(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    """e on a row another copy of the app had deleted said "no longer stored", and the
    list went on showing it, counted."""
    from reader.tui.screens.annotations import AnnotationsScreen

    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(app, pilot)
        await settle(app, pilot)
        await annotate_here(app, pilot, note="mine")
        (record,) = on_disk(tmp_path)
        await pilot.press("A")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, AnnotationsScreen)
        assert [r.id for r in screen.shown_rows] == [record["id"]]
        with open_store(tmp_path / "db.json") as other:
            other.delete(record["id"])
        await pilot.press("g", "e")
        await settle(app, pilot)
        assert app.screen is screen
        assert any("no longer stored" in n.message for n in app._notifications)
        assert screen.shown_rows == []
