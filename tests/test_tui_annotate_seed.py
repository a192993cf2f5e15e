"""Issue 4's "Done when", in the reader: the reference article annotated from the keyboard.

Select “del 9 % este año” with the keys, annotate it (mostly-false, a note), quit; a new
app on the same database shows it marked and listed; after a paragraph is added at the
top of a copy of the file (same name, so the same article id), it is re-anchored
``moved`` to the same words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_settle import settle
from textual.widgets import OptionList, Select, TextArea
from tui_doubles import install_if_missing

from reader.store import AnnotationStore
from reader.tui.app import ClaimdeskApp
from reader.tui.screens.annotation_form import AnnotationForm
from reader.tui.screens.article import ArticleScreen
from reader.tui.widgets.article_view import ArticleView

TARGET = "del 9 % este año"
NOTE = "INE data say 4"
SIZE = (120, 36)


@pytest.fixture
def real_data_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    if not install_if_missing(monkeypatch):
        pytest.skip("reader.sources / reader.analysis not available yet")


async def _settle(app: ClaimdeskApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)


async def _open(app: ClaimdeskApp, pilot) -> ArticleScreen:  # type: ignore[no-untyped-def]
    await _settle(app, pilot)
    await pilot.press("enter")
    await _settle(app, pilot)
    assert isinstance(app.screen, ArticleScreen)
    return app.screen


def _keys(text: str) -> list[str]:
    return ["space" if ch == " " else ch for ch in text]


def _span(record: dict) -> tuple[int, int]:  # type: ignore[type-arg]
    return record["target"]["position"]["start"], record["target"]["position"]["end"]


async def test_reference_article_annotated_reopened_and_reanchored(
    seed_path: Path, real_data_layer: None, tmp_path: Path
) -> None:
    db = tmp_path / "annotations.json"
    app = ClaimdeskApp(paths=[str(seed_path)], db_path=db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(app, pilot)
        view = screen.query_one(ArticleView)
        text = view.text
        start = text.index(TARGET)
        # Find the words, start a selection there and widen it word by word.
        await pilot.press("slash", *_keys("del 9 %"), "enter")
        assert view.cursor is not None and view.cursor[0] == start
        await pilot.press("v")
        for _ in range(10):
            if view.selection == (start, start + len(TARGET)):
                break
            await pilot.press("w")
        assert view.selection == (start, start + len(TARGET))
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AnnotationForm) and form.selected_text == TARGET
        form.query_one("#verdict", Select).value = "mostly-false"
        form.query_one("#note", TextArea).focus()
        await pilot.press(*_keys(NOTE), "ctrl+s")
        await _settle(app, pilot)
        await pilot.press("q", "q")
        await pilot.pause()

    with AnnotationStore(db) as store:
        (record,) = store.all()
    assert _span(record) == (start, start + len(TARGET))
    assert record["verdict"] == "mostly-false" and record["note"] == NOTE
    assert record["target"]["quote"]["exact"] == TARGET

    again = ClaimdeskApp(paths=[str(seed_path)], db_path=db)
    async with again.run_test(size=SIZE) as pilot:
        screen = await _open(again, pilot)
        view = screen.query_one(ArticleView)
        assert [r["id"] for r in screen.records] == [record["id"]]
        mark = view.get_component_rich_style("article-view--verdict-mostly-false").bgcolor
        assert mark is not None
        for offset in range(start, start + len(TARGET)):
            assert view.rendered_style_at(offset).bgcolor == mark
        assert view.rendered_style_at(start - 2).bgcolor != mark
        claims = screen.query_one("#claims-list", OptionList)
        listed = str(claims.get_option(f"annotation-{record['id']}").prompt)
        assert "[Mostly false]" in listed and "del 9 % este año" in listed

    edited = tmp_path / "edited" / seed_path.name
    edited.parent.mkdir()
    added = "Párrafo añadido arriba por la redacción para esta prueba.\n\n"
    edited.write_text(added + seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    third = ClaimdeskApp(paths=[str(edited)], db_path=db)
    async with third.run_test(size=SIZE) as pilot:
        screen = await _open(third, pilot)
        (moved,) = screen.records
        new_text = screen.article.text
        assert moved["anchor"]["status"] == "moved"
        assert new_text[slice(*_span(moved))] == TARGET
        assert _span(moved)[0] > start
        mark = screen.query_one(ArticleView).get_component_rich_style(
            "article-view--verdict-mostly-false").bgcolor
        assert screen.query_one(ArticleView).rendered_style_at(_span(moved)[0]).bgcolor == mark
    with AnnotationStore(db) as store:
        (stored,) = store.all()
    assert stored["anchor"]["status"] == "moved" and _span(stored) == _span(moved)
