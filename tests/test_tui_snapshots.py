"""SVG snapshots of the library, the article screen and the help screen.

The data layer is replaced by the fixed doubles in ``tui_doubles`` so that the pictures
show the interface only and do not change when the analysis improves.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
import tui_doubles
from pilot_settle import settle
from test_tui_app import ALPHA, BETA, GAMMA

from reader.tui.app import ClaimdeskApp

SIZE = (110, 30)
WIDE = """Title: Delta 東京 robot fair 🤖
Source: Test Wire
Date: 2026-04-05
Language: en

# Visitors

The fair in Tokyo drew 120,000 visitors, said Kenji Sato. “ロボットは友達です 😀,” he said, adding
that 40% came from abroad.
"""


@pytest.fixture
def snapshot_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ClaimdeskApp:
    for name, attr, double in (("reader.sources", "load_paths", tui_doubles.load_paths),
                               ("reader.analysis", "analyze", tui_doubles.analyze)):
        module = sys.modules.get(name) or types.ModuleType(name)
        monkeypatch.setitem(sys.modules, name, module)
        monkeypatch.setattr(module, attr, double, raising=False)
    folder = tmp_path / "lib"
    folder.mkdir()
    for name, body in (("a.txt", ALPHA), ("b.txt", BETA), ("c.txt", GAMMA), ("d.txt", WIDE)):
        (folder / name).write_text(body, encoding="utf-8")
    return ClaimdeskApp(paths=[str(folder)], db_path=tmp_path / "db.json")


async def _settle(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)


def test_library_snapshot(snap_compare, snapshot_app: ClaimdeskApp) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=_settle)


def test_article_snapshot(snap_compare, snapshot_app: ClaimdeskApp) -> None:  # type: ignore[no-untyped-def]
    async def open_article(pilot) -> None:  # type: ignore[no-untyped-def]
        await _settle(pilot)
        await pilot.press("down", "down", "down", "enter")
        await _settle(pilot)
        await pilot.press("j", "j")
        await pilot.pause()

    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=open_article)


def test_article_quotes_snapshot(snap_compare, snapshot_app: ClaimdeskApp) -> None:  # type: ignore[no-untyped-def]
    async def open_article(pilot) -> None:  # type: ignore[no-untyped-def]
        await _settle(pilot)
        await pilot.press("enter")
        await _settle(pilot)
        await pilot.press("right_square_bracket", "tab")
        await pilot.pause()

    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=open_article)


def test_help_snapshot(snap_compare, snapshot_app: ClaimdeskApp) -> None:  # type: ignore[no-untyped-def]
    async def open_help(pilot) -> None:  # type: ignore[no-untyped-def]
        await _settle(pilot)
        await pilot.press("enter")
        await _settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=open_help)


def test_article_annotated_snapshot(snap_compare, snapshot_app: ClaimdeskApp) -> None:  # type: ignore[no-untyped-def]
    """An annotated span (verdict false) in the text, listed in the Claims tab."""

    async def annotate(pilot) -> None:  # type: ignore[no-untyped-def]
        from textual.widgets import Select

        await _settle(pilot)
        await pilot.press("enter")
        await _settle(pilot)
        await pilot.press("j", "v", "w", "w", "w", "a")
        await pilot.pause()
        pilot.app.screen.query_one("#verdict", Select).value = "false"
        await pilot.press("ctrl+s")
        await _settle(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket", "v", "w", "a",
                          "ctrl+s")
        await _settle(pilot)
        await pilot.press("j")
        pilot.app.screen.query_one("TabbedContent").active = "tab-claims"
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=annotate)
