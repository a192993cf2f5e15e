"""The footer fits its width with the most useful keys; help shows every id whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_settle import settle
from test_tui_app import library, make_app, open_first  # noqa: F401  (fixture)
from textual.widgets import DataTable
from textual.widgets._footer import FooterKey

from reader.tui.app import ClaimdeskApp
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.help import HelpScreen
from reader.tui.widgets.key_footer import Entry, KeyFooter, fit


def footer_keys(app: ClaimdeskApp) -> list[FooterKey]:
    return list(app.screen.query_one(KeyFooter).query(FooterKey))


def assert_fits(app: ClaimdeskApp) -> None:
    """Every key drawn whole inside the footer, none over another (no stray text)."""
    footer = app.screen.query_one(KeyFooter)
    regions = sorted((key.region for key in footer_keys(app)), key=lambda r: r.x)
    assert regions, "the footer shows keys"
    for region in regions:
        assert footer.region.x <= region.x and region.right <= footer.region.right
        assert region.width == key_width(app, region)
    for left, right in zip(regions, regions[1:], strict=False):
        assert left.right <= right.x, f"{left} overlaps {right}"


def key_width(app: ClaimdeskApp, region) -> int:  # type: ignore[no-untyped-def]
    key = next(k for k in footer_keys(app) if k.region == region)
    return key.get_content_width(key.size, key.size) + key.styles.gutter.width


def shown(app: ClaimdeskApp) -> set[str]:
    return {key.key_display for key in footer_keys(app)}


@pytest.mark.parametrize("width", [80, 95, 120])
async def test_footer_keys_fit_in_every_mode(
    library: Path, tmp_path: Path, width: int  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        assert_fits(app)
        await open_first(app, pilot)
        await pilot.pause()
        assert_fits(app)
        assert {"?", "a", "v", "j/k"} <= shown(app)
        await pilot.press("v")
        await pilot.pause()
        await pilot.pause()
        assert_fits(app)
        # the selection keys the issue saw cut at 80 columns: k, W, B and [
        assert {"w/b", "W/B", "j/k", "]/[", "esc", "a", "?"} <= shown(app)
        await pilot.press("tab")
        await pilot.pause()
        await pilot.pause()
        assert_fits(app)
        assert {"j/k", "h/l"} <= shown(app)


async def test_footer_refits_on_resize(library: Path, tmp_path: Path) -> None:  # noqa: F811
    app = make_app(library, tmp_path)
    async with app.run_test(size=(140, 30)) as pilot:
        await open_first(app, pilot)
        await pilot.pause()
        wide = shown(app)
        assert "^p" in wide and "q" in wide
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        await pilot.pause()
        assert_fits(app)
        assert shown(app) < wide and "?" in shown(app)


def test_fit_keeps_by_rank_and_shows_in_order() -> None:
    def entry(key: str, rank: int, order: int) -> Entry:
        return Entry(key, [key], "Word", "a", True, "", rank, order)

    entries = [entry("q", 45, 0), entry("j", 20, 1), entry("?", 0, 2), entry("a", 4, 3)]
    kept = fit(entries, 14)  # each takes 7 cells: "x Word "
    assert [e.key for e in kept] == ["?", "a"]
    assert [e.key for e in fit(entries, 21)] == ["j", "?", "a"]
    assert fit(entries, 3) == []


@pytest.mark.parametrize("width", [60, 80, 100, 130])
async def test_help_shows_every_binding_id_whole(
    library: Path, tmp_path: Path, width: int  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=(width, 160)) as pilot:
        await open_first(app, pilot)
        await pilot.press("v", "question_mark")  # selection mode: the longest ids
        await pilot.pause()
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        picture = app.export_screenshot()
        for _, _, ident in help_screen.rows:
            assert ident in picture, f"{ident} is cut at {width} columns"
        table = help_screen.query_one(DataTable)  # at 60 the ids ran off behind a scrollbar
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert any(ident.endswith("select_previous_quote") for _, _, ident in help_screen.rows)


async def test_the_library_footer_says_how_to_open_an_article(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    """The table's own hidden ``enter`` had shadowed the screen's: the footer said Filter,
    Quit, Help and never Open. A remap of ``claimdesk.library.open`` moves both."""
    app = make_app(library, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "⏎" in shown(app)
        app.set_keymap({"claimdesk.library.open": "o"})
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ArticleScreen)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
