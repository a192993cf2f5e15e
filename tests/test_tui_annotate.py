"""Pilot tests of selecting and annotating: every key, the form, the store.

The app runs on the in-memory store (``memory:<tmp_path>``, the repository seam): "on
disk" is checked by opening a second store on the same location, as another program
would. Tests that break the disk (a full disk, a failing fsync, a corrupt file) run on
the real TinyDB file in ``tmp_path`` (``make_file_app`` and ``on_file``).
"""

from __future__ import annotations

import dataclasses
import errno
from pathlib import Path
from typing import Any

import pytest
from pilot_settle import settle as settle_workers
from test_tui_app import SIZE, library, open_first  # noqa: F401  (fixture)
from test_tui_app import make_app as make_file_app
from textual.widgets import DataTable, OptionList, Select, TextArea

from reader.core.selection import Selector, default_target
from reader.store import AnnotationStore, new_record, open_store
from reader.store.storage import AtomicJSONStorage
from reader.tui.app import ClaimdeskApp
from reader.tui.screens.annotation_form import AnnotationForm
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.confirm import ConfirmScreen
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.widgets.article_view import ArticleView


async def settle(app: ClaimdeskApp, pilot: Any) -> None:
    await settle_workers(pilot)


def memory(tmp_path: Path) -> str:
    """The in-memory store of one test (shared by every store opened on it)."""
    return f"memory:{tmp_path}"


def make_app(folder: Path, tmp_path: Path) -> ClaimdeskApp:
    """The app on the test's in-memory store."""
    return ClaimdeskApp(paths=[str(folder)], db_path=memory(tmp_path))  # type: ignore[arg-type]


def on_disk(tmp_path: Path) -> list[dict[str, Any]]:
    """The records as a second program opening the (in-memory) store sees them."""
    with open_store(memory(tmp_path)) as store:
        return store.all()


def on_file(tmp_path: Path) -> list[dict[str, Any]]:
    """The records as a second program opening the database file sees them."""
    with AnnotationStore(tmp_path / "db.json") as store:
        return store.all()


def keys_for(text: str) -> list[str]:
    return ["space" if ch == " " else ch for ch in text]


def span_of(record: dict[str, Any]) -> tuple[int, int]:
    position = record["target"]["position"]
    return position["start"], position["end"]


def verdict_bg(view: ArticleView, verdict: str):  # type: ignore[no-untyped-def]
    return view.get_component_rich_style(f"article-view--verdict-{verdict}").bgcolor


async def annotate_here(app: ClaimdeskApp, pilot: Any, note: str = "",
                        verdict: str | None = None) -> AnnotationForm:
    """Press a, optionally set the verdict and type a note, press ctrl+s, wait."""
    await pilot.press("a")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, AnnotationForm)
    if verdict is not None:
        form.query_one("#verdict", Select).value = verdict
    if note:
        form.query_one("#note", TextArea).focus()
        await pilot.press(*keys_for(note))
    await pilot.press("ctrl+s")
    await settle(app, pilot)
    return form


async def test_a_annotates_the_sentence_and_saves_it_to_disk(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        view = screen.query_one(ArticleView)
        sentence = screen.analysis.sentences[0]
        expected = default_target(sentence[0], screen.analysis, view.text)
        form = await annotate_here(app, pilot, note="Check the port statistics")
        assert form.selected_text == view.text[expected.start:expected.end]
        assert app.screen is screen
        assert "Saved" in str(screen.query_one("#article-status").render())
        assert any(n.message == "Saved" for n in app._notifications)
        records = on_disk(tmp_path)
        assert len(records) == 1
        record = records[0]
        assert span_of(record) == (expected.start, expected.end)
        assert record["target"]["quote"]["exact"] == view.text[expected.start:expected.end]
        assert record["note"] == "Check the port statistics"
        assert record["article"]["id"] == screen.article.id
        assert record["article"]["text_sha256"] == screen.article.text_sha256
        # Marked in the text (the cursor moved away so its own colour does not cover it).
        await pilot.press("j")
        assert view.rendered_style_at(expected.start).bgcolor == verdict_bg(view, "unrated")
        # Listed in the Claims tab, and counted in the library.
        claims = screen.query_one("#claims-list", OptionList)
        assert claims.get_option(f"annotation-{record['id']}") is not None
        await pilot.press("q")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert str(app.screen.query_one(DataTable).get_cell("0", "annotations")) == "1"


async def test_a_on_a_quotation_annotates_the_quotation(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        await pilot.press("right_square_bracket")
        quote = screen.analysis.quotes[0]
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AnnotationForm)
        assert form.selected_text.strip() == screen.article.text[quote.start:quote.end].strip()
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert len(on_disk(tmp_path)) == 1


async def test_selection_keys_follow_the_selector(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        view = screen.query_one(ArticleView)
        ids = {a.binding.id for a in screen.active_bindings.values()}
        assert "claimdesk.article.select_word_more" not in ids
        assert "claimdesk.article.next_sentence" in ids
        await pilot.press("j")
        model = Selector.start(view.text, screen.analysis, view.cursor[0])
        await pilot.press("v")
        assert view.selection == (model.selection.start, model.selection.end)
        ids = {a.binding.id for a in screen.active_bindings.values()}
        assert {"claimdesk.article.select_word_more", "claimdesk.article.select_sentence_more",
                "claimdesk.article.select_clear"} <= ids
        assert "claimdesk.article.next_sentence" not in ids  # j extends the selection now
        steps = [("w", lambda: model.word(1)), ("w", lambda: model.word(1)),
                 ("b", lambda: model.word(-1)), ("B", lambda: model.word(1, "start")),
                 ("W", lambda: model.word(-1, "start")), ("j", lambda: model.sentence(1)),
                 ("k", lambda: model.sentence(-1)),
                 ("right_square_bracket", lambda: model.quote(1)),
                 ("right_square_bracket", lambda: model.quote(1)),
                 ("left_square_bracket", lambda: model.quote(-1))]
        seen = set()
        for key, step in steps:
            await pilot.press(key)
            expected = step()
            assert view.selection == (expected.start, expected.end), key
            seen.add(view.selection)
        assert len(seen) >= 5  # the keys really moved it
        cursor = view.cursor
        selection_bg = view.get_component_rich_style("article-view--selection").bgcolor
        assert view.rendered_style_at(view.selection[0]).bgcolor == selection_bg
        await pilot.press("escape")
        assert view.selection is None and isinstance(app.screen, ArticleScreen)
        assert view.cursor == cursor
        await pilot.press("j")  # j moves the sentence cursor again
        assert view.cursor != cursor
        await pilot.press("v", "v")  # v toggles
        assert view.selection is None
        await pilot.press("escape")  # without a selection, escape goes back
        assert isinstance(app.screen, LibraryScreen)


async def test_annotating_a_selection_with_verdict_and_note(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("v", "w", "w")
        start, end = view.selection
        await annotate_here(app, pilot, note="two words", verdict="false")
        assert view.selection is None  # saved: the selection is done
        (record,) = on_disk(tmp_path)
        assert span_of(record) == (start, end)
        assert record["verdict"] == "false" and record["note"] == "two words"
        assert view.rendered_style_at(end - 1).bgcolor in (
            verdict_bg(view, "false"),
            view.get_component_rich_style("article-view--cursor").bgcolor)
        await pilot.press("j")
        assert view.rendered_style_at(end - 1).bgcolor == verdict_bg(view, "false")


async def test_edit_delete_undo_redo(library: Path, tmp_path: Path) -> None:  # noqa: F811
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        await annotate_here(app, pilot)
        (first,) = on_disk(tmp_path)
        # e: edit the annotation under the cursor.
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AnnotationForm) and not form.is_new
        await pilot.press("end", *keys_for(" edited"), "ctrl+s")
        await settle(app, pilot)
        (edited,) = on_disk(tmp_path)
        assert edited["claim"] == first["claim"] + " edited" and edited["id"] == first["id"]
        # u undoes the edit, ctrl+r redoes it.
        await pilot.press("u")
        await settle(app, pilot)
        assert on_disk(tmp_path)[0]["claim"] == first["claim"]
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert on_disk(tmp_path)[0]["claim"] == edited["claim"]
        # d asks first; n keeps it, y deletes it.
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(app, pilot)
        assert len(on_disk(tmp_path)) == 1
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert on_disk(tmp_path) == [] and screen.records == []
        # u brings it back with the same id; ctrl+r deletes it again; u undoes the add too.
        await pilot.press("u")
        await settle(app, pilot)
        assert [r["id"] for r in on_disk(tmp_path)] == [first["id"]]
        assert len(screen.records) == 1
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert on_disk(tmp_path) == []
        await pilot.press("u", "u", "u")
        await settle(app, pilot)
        assert on_disk(tmp_path) == []  # delete, edit and add undone, in order
        assert "Nothing to undo" not in str(screen.query_one("#article-status").render())
        await pilot.press("u")
        await settle(app, pilot)
        assert "Nothing to undo" in str(screen.query_one("#article-status").render())


async def test_m_and_M_jump_between_annotations(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        view = screen.query_one(ArticleView)
        sentences = screen.analysis.sentences
        await pilot.press("j")
        await annotate_here(app, pilot)
        await pilot.press("j", "j")
        await annotate_here(app, pilot)
        spans = sorted(span_of(r) for r in on_disk(tmp_path))
        assert len(spans) == 2
        await pilot.press("g")
        assert view.cursor == sentences[0]
        await pilot.press("m")
        assert view.cursor == spans[0]
        await pilot.press("m")
        assert view.cursor == spans[1]
        status = screen.query_one("#article-status")
        assert "wrapped" not in str(status.render())
        await pilot.press("m")  # after the last one: wraps to the first, and says so
        assert view.cursor == spans[0]
        assert "wrapped to the top" in str(status.render())
        await pilot.press("M")  # before the first one: wraps to the last, and says so
        assert view.cursor == spans[1]
        assert "wrapped to the bottom" in str(status.render())
        await pilot.press("M")
        assert view.cursor == spans[0]
        assert "Annotation 1 of 2" in str(status.render())
        assert "Annotated: Unrated" in str(status.render())


async def test_form_escape_asks_before_discarding(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("escape")  # nothing typed: closes at once
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*keys_for(" typed"), "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, AnnotationForm)
        assert app.screen.query_one("#claim").value.endswith(" typed")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert app.screen is screen
        assert on_disk(tmp_path) == []


async def test_a_save_that_fails_keeps_the_typed_values(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    app = make_file_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        real_write = AtomicJSONStorage._write

        def disk_full(self: AtomicJSONStorage, data: Any, delta: Any) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(AtomicJSONStorage, "_write", disk_full)
        await annotate_here(app, pilot, note="minutes of work", verdict="misleading")
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Save failed") and "No space left" in m for m in messages)
        assert not any(m == "Saved" for m in messages)
        form = app.screen
        assert isinstance(form, AnnotationForm), "the form is back with the values"
        assert form.query_one("#note", TextArea).text == "minutes of work"
        assert form.query_one("#verdict", Select).value == "misleading"
        assert "Save failed" in str(form.query_one("#error").render())
        assert on_file(tmp_path) == []
        # escape asks before throwing the unsaved values away, even untouched.
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        # The disk has room again: ctrl+s saves the same values.
        monkeypatch.setattr(AtomicJSONStorage, "_write", real_write)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.screen is screen
        (record,) = on_file(tmp_path)
        assert record["note"] == "minutes of work" and record["verdict"] == "misleading"


async def test_corrupt_database_is_reported_and_left_alone(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    db = tmp_path / "db.json"
    db.write_bytes(b'{"annotations": {"x": [1, 2')
    (tmp_path / "db.json.bak").write_text('{"annotations": {}}', encoding="utf-8")
    app = make_file_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert len(errors) == 1
        assert str(db) in errors[0] and "db.json.bak" in errors[0]
        assert "\n" not in errors[0]
        assert str(app.screen.query_one(DataTable).get_cell("0", "annotations")) == "–"
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert app.screen is screen  # no form: nothing could be saved
        assert "Annotations are off" in str(screen.query_one("#article-status").render())
        await pilot.press("j")  # reading still works
        assert screen.query_one(ArticleView).cursor == screen.analysis.sentences[1]
    assert db.read_bytes() == b'{"annotations": {"x": [1, 2'


@pytest.mark.parametrize("content", [b"[]", b'"x"', b"42", b"null", b'{"_default": []}'])
async def test_json_that_is_not_a_database_is_never_written_from_the_tui(
    library: Path, tmp_path: Path, content: bytes  # noqa: F811
) -> None:
    """Valid JSON that is not a TinyDB database: one line at start says what is wrong,
    where, and to move it aside; annotating and saving write nothing."""
    db = tmp_path / "db.json"
    db.write_bytes(content)
    app = make_file_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert len(errors) == 1 and "\n" not in errors[0]
        assert str(db) in errors[0] and "not an annotation database" in errors[0]
        assert "move it aside" in errors[0]
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        await pilot.press("a", "ctrl+s")
        await pilot.pause()
        assert app.screen is screen  # no form opened
    assert db.read_bytes() == content
    assert {p.name for p in tmp_path.iterdir() if p.name.startswith("db.json")} <= {
        "db.json", "db.json.lock"}


async def test_moved_and_orphaned_annotations_are_listed(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    from reader.sources import load_file

    article = load_file(library / "a_alpha.txt")
    older = dataclasses.replace(article, text="An older first line.\n\n" + article.text)
    start = older.text.index("Trade unions")
    moved = new_record(older, start, start + len("Trade unions rejected"), verdict="true")
    gone = dataclasses.replace(article, text="Zebras painted the lighthouse purple overnight.")
    orphan = new_record(gone, 7, 39, verdict="false", claimant="Nobody")
    with open_store(memory(tmp_path)) as store:
        store.add(moved)
        store.add(orphan)
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        by_id = {r["id"]: r for r in screen.records}
        assert by_id[moved["id"]]["anchor"]["status"] == "moved"
        assert by_id[orphan["id"]]["anchor"]["status"] == "orphan"
        new_start = article.text.index("Trade unions")
        assert span_of(by_id[moved["id"]]) == (new_start, new_start + 21)
        claims = screen.query_one("#claims-list", OptionList)
        moved_prompt = str(claims.get_option(f"annotation-{moved['id']}").prompt)
        orphan_prompt = str(claims.get_option(f"annotation-{orphan['id']}").prompt)
        assert "MOVED" in moved_prompt and "[True]" in moved_prompt
        assert "ORPHAN" in orphan_prompt and "painted the lighthouse purple" in orphan_prompt
        # m visits the moved one only; the orphan has no place in this text.
        await pilot.press("m")
        view = screen.query_one(ArticleView)
        assert view.cursor == (new_start, new_start + 21)
        # e on the orphan in the Claims tab edits it, showing the words it was made on.
        screen.query_one("TabbedContent").active = "tab-claims"
        await pilot.pause()
        await pilot.press("tab")
        ids = [claims.get_option_at_index(i).id for i in range(claims.option_count)]
        claims.highlighted = ids.index(f"annotation-{orphan['id']}")
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AnnotationForm) and not form.is_new
        quote = orphan["target"]["quote"]["exact"]
        assert form.selected_text == quote == "painted the lighthouse purple ov"
        await pilot.press("escape")
        await pilot.pause()
        # The re-anchoring was saved.
        stored = {r["id"]: r for r in on_disk(tmp_path)}
        assert stored[moved["id"]]["anchor"]["status"] == "moved"
        assert stored[orphan["id"]]["anchor"]["status"] == "orphan"


async def test_e_and_d_act_on_the_annotation_chosen_in_the_claims_tab(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        await annotate_here(app, pilot)
        await pilot.press("G")  # the cursor is far from the annotation now
        screen.query_one("TabbedContent").active = "tab-claims"
        await pilot.pause()
        await pilot.press("tab")
        claims = screen.query_one("#claims-list", OptionList)
        assert claims.has_focus
        claims.highlighted = 1  # the first annotation (0 is the heading)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(app, pilot)
        assert on_disk(tmp_path) == []


async def test_mouse_drag_selects_text(library: Path, tmp_path: Path) -> None:  # noqa: F811
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        view = screen.query_one(ArticleView)
        line = view._lines[0]
        # The view has one cell of padding on the left: column 1 is the first character.
        await pilot.mouse_down(ArticleView, offset=(5, 0))
        await pilot.hover(ArticleView, offset=(16, 0))
        await pilot.mouse_up(ArticleView, offset=(16, 0))
        await pilot.pause()
        text = view.text
        start, end = line[0] + 4, line[0] + 16
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        assert view.selection == (start, end)
        await pilot.press("w")  # the keys adjust a mouse selection too
        assert view.selection[0] == start and view.selection[1] > end
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AnnotationForm)
        assert form.selected_text == text[view.selection[0]:view.selection[1]]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        assert view.selection is None


async def test_help_and_palette_list_the_annotation_keys(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        titles = {command.title for command in app.get_system_commands(screen)}
        assert {"Annotate", "Select", "Undo", "Redo", "Edit annotation",
                "Delete annotation", "Next annotation"} <= titles
        await pilot.press("v", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = {ident: keys for keys, _, ident in app.screen.rows}
        for ident, key in (("claimdesk.article.annotate", "a"), ("claimdesk.article.select", "v"),
                           ("claimdesk.article.undo", "u"), ("claimdesk.article.redo", "^r"),
                           ("claimdesk.article.next_annotation", "m"),
                           ("claimdesk.article.select_word_more", "w"),
                           ("claimdesk.article.select_start_later", "W"),
                           ("claimdesk.article.select_clear", "esc")):
            assert ident in rows, ident
            assert key in rows[ident].split(), (ident, rows[ident])


async def test_failed_edit_delete_and_undo_lose_nothing(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    import os

    app = make_file_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        await annotate_here(app, pilot, note="kept")
        (saved,) = on_file(tmp_path)
        real_fsync = os.fsync

        def no_space(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", no_space)  # every save fails at its fsync
        # Edit: the form comes back with the typed text.
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("end", *keys_for(" more"), "ctrl+s")
        await settle(app, pilot)
        form = app.screen
        assert isinstance(form, AnnotationForm)
        assert form.query_one("#claim").value == saved["claim"] + " more"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")  # discard on purpose
        await settle(app, pilot)
        # Delete: refused, the annotation stays, listed and on disk.
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Delete failed") for m in messages)
        assert [r["id"] for r in screen.records] == [saved["id"]]
        # Undo: refused, and still there to retry once the disk has room.
        await pilot.press("u")
        await settle(app, pilot)
        assert any(n.message.startswith("Undo failed") for n in app._notifications)
        monkeypatch.setattr(os, "fsync", real_fsync)
        assert on_file(tmp_path) == [saved]
        await pilot.press("u")  # the add is undone now
        await settle(app, pilot)
        assert on_file(tmp_path) == [] and screen.records == []


async def test_a_bad_document_is_reported_and_never_still_opening(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    """Valid JSON holding a document that is not an annotation: the typed one-line
    warning names the file, the record and its backup, the store opens view-only without
    it (see test_store_damaged_numbers), nothing is written, and `a` never hangs on
    "still opening"."""
    db = tmp_path / "db.json"
    bad = b'{"annotations": {"5f0c9d43-2c0e-4a8e-9a57-2d51f4f3c2aa": {"id": 3}}}'
    db.write_bytes(bad)
    (tmp_path / "db.json.bak").write_text('{"annotations": {}}', encoding="utf-8")
    app = make_file_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        warnings = [n.message for n in app._notifications if n.severity == "warning"]
        assert len(warnings) == 1 and "\n" not in warnings[0]
        assert warnings[0].startswith("View only") and str(db) in warnings[0]
        assert "db.json.bak" in warnings[0] and "is not valid" in warnings[0]
        assert "1 damaged annotation left out" in warnings[0]
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        status = str(screen.query_one("#article-status").render())
        assert "still opening" not in status
    assert db.read_bytes() == bad


async def test_a_store_that_fails_after_opening_is_not_still_opening(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    from reader.store.errors import DatabaseError
    from reader.store.service import AnnotationStore as Service

    def broken(self: Any, article: Any) -> Any:
        raise DatabaseError(tmp_path / "db.json", "annotation 'x' is not valid")

    monkeypatch.setattr(Service, "refresh_anchors", broken)
    monkeypatch.setattr(Service, "for_article", broken)
    app = make_file_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        status = str(screen.query_one("#article-status").render())
        assert "Annotations are off" in status and "is not valid" in status


async def test_ctrl_q_asks_before_throwing_away_a_typed_annotation(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    """ctrl+q (Textual's quit) with text typed in the form asks first, as escape does; no
    answers go back to the form with the text; yes quits; an untouched form quits at once."""
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AnnotationForm)
        await pilot.press("end", *keys_for(" typed"), "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and app.is_running
        await pilot.press("ctrl+q")  # asked again while asking: one question only
        await pilot.pause()
        assert sum(isinstance(s, ConfirmScreen) for s in app.screen_stack) == 1
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form and form.current_fields()["claim"].endswith(" typed")
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.return_code == 0 and not app.is_running


async def test_ctrl_q_quits_at_once_from_an_untouched_form(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AnnotationForm)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
