"""Hostile text in the reader: no markup is parsed, no control character reaches the screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pilot_settle import settle
from textual.widgets import DataTable
from tui_doubles import install_if_missing

from reader.tui.app import ClaimdeskApp
from reader.tui.screens.article import ArticleScreen
from reader.tui.shown import shown
from reader.tui.widgets.article_view import ArticleView

FORBIDDEN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f]")

HOSTILE = (
    "Title: [@click=app.quit]x[/] \u202egnp.exe\n"
    "Source: [red]Wire[/]\n"
    "Language: en\n\n"
    "Evil \x1b[2J clear \x1b]52;c;aGVsbG8=\x07 clip \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ "
    "and C1 \x9b31m here. Bidi \u202eabc\u202c and zero\u200bwidth [/] [bold]x[/bold].\n\n"
    "Second paragraph says [@click=app.quit]quit[/] with 12% more.\n"
)


@pytest.fixture
def hostile_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    install_if_missing(monkeypatch)
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "hostile.txt").write_bytes(HOSTILE.encode("utf-8"))
    return folder


async def test_hostile_article_is_shown_literally_and_safely(
    hostile_folder: Path, tmp_path: Path
) -> None:
    app = ClaimdeskApp([str(hostile_folder)], tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        title = str(table.get_row_at(0)[0])
        assert "[@click=app.quit]x[/]" in title
        assert not FORBIDDEN.search(title)
        assert not FORBIDDEN.search(app.export_screenshot())
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)  # the click action did not quit
        view = app.screen.query_one(ArticleView)
        drawn = "".join(
            segment.text for y in range(view.line_count) for segment in view._strip(y)
        )
        assert "[@click=app.quit]quit[/]" in drawn
        assert not FORBIDDEN.search(drawn)
        assert len(drawn) <= len(view.text)
        assert not FORBIDDEN.search(app.export_screenshot())
        await pilot.press("j", "q")
        assert app.is_running


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("[]/@=:ab \\\x1b\x9b\u202e\u200b")), max_size=60))
def test_shown_never_parses_markup(value: str) -> None:
    text = shown(value)
    assert not text.spans
    assert not FORBIDDEN.search(text.plain)
    assert len(text.plain) == len(" ".join(value.split()))
