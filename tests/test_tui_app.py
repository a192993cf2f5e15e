"""Pilot tests of the Claimdesk app: every key of the library and the article screen."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pilot_settle import settle
from textual.widgets import DataTable, Input, OptionList
from tui_doubles import install_if_missing

from reader.tui.app import ClaimdeskApp
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.side_panel import SidePanel

SIZE = (120, 36)

ALPHA = """Title: Alpha harbour report
Source: Test Wire
Date: 2026-01-02
Language: en

The harbour authority in Rotterdam said cargo fell 12% in March. “We expected a slowdown,”
said Maria Jansen, the port director. Trade unions rejected the figures.

Officials in Brussels met on Tuesday. “The numbers are not final,” said Peter Vos of the
European Commission. The board will meet again in April.

Exports rose 4.5% compared with 2024, according to the statistics office. “This is a good
sign,” Jansen added. Nobody else commented.
"""

BETA = """Title: Beta railway strike
Source: Other Desk
Date: 2026-02-03
Language: en

Rail workers in Lyon stopped work on Monday. The company said 40 trains were cancelled.
"""

GAMMA = """Title: Gamma [bold]not markup[/]
Source: Diario Prueba
Date: 2026-03-04
Language: es

El Gobierno de España anunció ayer un plan de 300 millones. «Es un paso necesario», dijo
la ministra Ana López.
"""


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small library folder written by the test, and a data layer to read it."""
    install_if_missing(monkeypatch)
    folder = tmp_path / "lib"
    folder.mkdir()
    for name, body in (("a_alpha.txt", ALPHA), ("b_beta.txt", BETA), ("c_gamma.txt", GAMMA)):
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def make_app(folder: Path, tmp_path: Path) -> ClaimdeskApp:
    return ClaimdeskApp(paths=[str(folder)], db_path=tmp_path / "db.json")


def table_rows(screen: LibraryScreen) -> int:
    return screen.query_one(DataTable).row_count


async def open_first(app: ClaimdeskApp, pilot) -> ArticleScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(app.screen, ArticleScreen)
    return app.screen


async def test_library_lists_articles_with_counts(library: Path, tmp_path: Path) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == 3
        titles = [str(table.get_row_at(i)[0]) for i in range(3)]
        assert "Gamma [bold]not markup[/]" in titles  # shown literally, not as markup
        first = screen.articles[0]
        analysis = app.analyses.get(first)
        assert analysis is not None
        row = [str(cell) for cell in table.get_row("0")]
        assert row[4] == "0"  # no annotations yet
        assert row[5:] == [str(len(analysis.entities)), str(len(analysis.quotes)),
                           str(len(analysis.claims))]


async def test_library_lists_failed_files(library: Path, tmp_path: Path) -> None:
    os.mkfifo(library / "d_pipe.txt")  # never read: a special file is a one-line failure
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert table_rows(screen) == 3 and len(screen.failures) == 1
        failures = str(screen.query_one("#library-failures").render())
        assert "Could not read" in failures
        assert screen.failures[0].reason in failures


async def test_library_filter_and_escape(library: Path, tmp_path: Path) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        await pilot.press("slash")
        assert app.screen.query_one("#library-filter", Input).has_focus
        await pilot.press(*"rail")
        assert table.row_count == 1
        assert "Beta" in str(table.get_row_at(0)[0])
        await pilot.press("escape")
        assert table.row_count == 3
        assert not app.screen.query_one("#library-filter", Input).display
        await pilot.press("slash", *"diario", "enter")
        assert table.row_count == 1 and table.has_focus
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.article.title.startswith("Gamma")


async def test_enter_opens_and_q_escape_go_back(library: Path, tmp_path: Path) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        assert screen.article.title == "Alpha harbour report"
        await pilot.press("q")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.screen.article.title == "Beta railway strike"
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_sentence_keys_j_k_g_G(library: Path, tmp_path: Path) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        view = screen.query_one(ArticleView)
        sentences = list(screen.analysis.sentences)
        assert len(sentences) >= 3
        assert view.cursor == sentences[0]
        await pilot.press("j")
        assert view.cursor == sentences[1]
        await pilot.press("j", "j")
        assert view.cursor == sentences[3]
        await pilot.press("k")
        assert view.cursor == sentences[2]
        await pilot.press("G")
        assert view.cursor == sentences[-1]
        await pilot.press("g")
        assert view.cursor == sentences[0]
        # The cursor sentence is drawn with the cursor style.
        cursor_bg = view.get_component_rich_style("article-view--cursor").bgcolor
        assert view.rendered_style_at(sentences[0][0]).bgcolor == cursor_bg


async def test_quote_and_claim_keys(library: Path, tmp_path: Path) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        view = screen.query_one(ArticleView)
        quotes = [(q.start, q.end) for q in screen.analysis.quotes]
        claims = [(c.start, c.end) for c in screen.analysis.claims]
        assert len(quotes) >= 2 and len(claims) >= 1
        await pilot.press("right_square_bracket")
        assert view.cursor == quotes[0]
        await pilot.press("right_square_bracket")
        assert view.cursor == quotes[1]
        await pilot.press("left_square_bracket")
        assert view.cursor == quotes[0]
        status = str(screen.query_one("#article-status").render())
        assert "Quotation by" in status
        await pilot.press("g")
        start = view.cursor[0]
        after = [c for c in claims if c[0] > start]
        assert after, "the fixture article has candidates after its first sentence"
        await pilot.press("right_curly_bracket")
        assert view.cursor == after[0]
        if len(after) > 1:
            await pilot.press("right_curly_bracket")
            assert view.cursor == after[1]
            await pilot.press("left_curly_bracket")
            assert view.cursor == after[0]
        claim_bg = view.get_component_rich_style("article-view--claim").bgcolor
        outside_cursor = next(c for c in claims if c != view.cursor)
        assert view.rendered_style_at(outside_cursor[0]).bgcolor == claim_bg


async def test_search_with_n_and_N(library: Path, tmp_path: Path) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        view = screen.query_one(ArticleView)
        text = view.text
        await pilot.press("slash")
        assert screen.query_one("#article-search", Input).has_focus
        await pilot.press(*"JANSEN", "enter")  # case-insensitive
        first = text.index("Jansen")
        second = text.index("Jansen", first + 1)
        assert view.cursor == (first, first + 6)
        match_style = view.get_component_rich_style("article-view--match").bgcolor
        assert view.rendered_style_at(second).bgcolor == match_style
        await pilot.press("n")
        assert view.cursor == (second, second + 6)
        status = screen.query_one("#article-status")
        assert "wrapped" not in str(status.render())
        await pilot.press("n")  # wraps around, and says so
        assert view.cursor == (first, first + 6)
        assert "wrapped to the top" in str(status.render())
        await pilot.press("N")
        assert view.cursor == (second, second + 6)
        assert "wrapped to the bottom" in str(status.render())
        await pilot.press("slash", "escape")
        assert not screen.query_one("#article-search", Input).display
        assert isinstance(app.screen, ArticleScreen)


async def test_layer_toggles(library: Path, tmp_path: Path) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        view = screen.query_one(ArticleView)
        quote = screen.analysis.quotes[0]
        inside = quote.start + 2
        quote_style = view.get_component_rich_style("article-view--quote", partial=True)
        assert view.rendered_style_at(inside).italic == quote_style.italic is True
        await pilot.press("2")
        assert "quotes" in view.hidden_layers
        assert not view.rendered_style_at(inside).italic
        await pilot.press("2")
        assert view.rendered_style_at(inside).italic
        for key, layer in (("1", "entities"), ("3", "claims")):
            await pilot.press(key)
            assert layer in view.hidden_layers
            await pilot.press(key)
            assert layer not in view.hidden_layers


async def test_tab_switches_focus_and_panel_moves_cursor(library: Path, tmp_path: Path) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        view = screen.query_one(ArticleView)
        assert view.has_focus
        await pilot.press("tab")
        focused = app.focused
        assert isinstance(focused, OptionList) and focused.id == "entities-list"
        await pilot.press("tab")
        assert view.has_focus
        # Choose a quotation in the panel: the article cursor moves to it.
        screen.query_one("TabbedContent").active = "tab-quotes"
        await pilot.pause()
        await pilot.press("tab")
        assert app.focused.id == "quotes-list"
        await pilot.press("down", "enter")
        quote = screen.analysis.quotes[1]
        assert view.cursor == (quote.start, quote.end)


async def test_click_in_text_moves_cursor_to_sentence(library: Path, tmp_path: Path) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        view = screen.query_one(ArticleView)
        sentences = screen.analysis.sentences
        last = sentences[-1]
        row = next(i for i, line in enumerate(view._lines) if line[0] <= last[0] < line[1] or
                   line[0] > last[0])
        await pilot.click(ArticleView, offset=(4, row))
        await pilot.pause()
        assert view.cursor is not None and view.cursor != sentences[0]
        assert view.cursor in sentences


async def test_help_lists_live_bindings(library: Path, tmp_path: Path) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        ids = [row[2] for row in app.screen.rows]
        for ident in ("claimdesk.article.next_sentence", "claimdesk.article.next_quote",
                      "claimdesk.article.search",
                      "claimdesk.article.back", "claimdesk.app.help"):
            assert ident in ids
        keys = dict((row[2], row[0]) for row in app.screen.rows)
        assert "j" in keys["claimdesk.article.next_sentence"].split()
        await pilot.press("escape")
        assert isinstance(app.screen, ArticleScreen)


async def test_command_palette_lists_actions(library: Path, tmp_path: Path) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        titles = [command.title for command in app.get_system_commands(screen)]
        assert "Next sentence" in titles and "Theme" in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        from textual.command import CommandPalette

        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"next sentence")
        await pilot.pause()
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.query_one(ArticleView).cursor == screen.analysis.sentences[1]


async def test_keymap_file_remaps_keys(
    library: Path, tmp_path: Path, isolated_dirs: Path
) -> None:
    config = isolated_dirs / "config" / "claimdesk"
    config.mkdir(parents=True)
    (config / "keymap.toml").write_text('"claimdesk.article.next_sentence" = "x"\n',
                                        encoding="utf-8")
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        view = screen.query_one(ArticleView)
        sentences = screen.analysis.sentences
        await pilot.press("j")
        assert view.cursor == sentences[0]  # j no longer moves
        await pilot.press("x")
        assert view.cursor == sentences[1]
        await pilot.press("question_mark")
        await pilot.pause()
        rows = {ident: keys for keys, _, ident in app.screen.rows}
        assert rows["claimdesk.article.next_sentence"] == "x"  # the help follows the remap


async def test_bad_keymap_is_a_notification(
    library: Path, tmp_path: Path, isolated_dirs: Path
) -> None:
    config = isolated_dirs / "config" / "claimdesk"
    config.mkdir(parents=True)
    (config / "keymap.json").write_text("{not json", encoding="utf-8")
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("cannot read keymap" in m for m in messages)
        assert isinstance(app.screen, LibraryScreen)


async def test_unknown_theme_is_a_notification(library: Path, tmp_path: Path) -> None:
    app = ClaimdeskApp([str(library)], tmp_path / "db.json", theme_name="no-such-theme")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("Unknown theme" in n.message for n in app._notifications)
    light = ClaimdeskApp([str(library)], tmp_path / "db.json", theme_name="textual-light")
    assert light.theme == "textual-light"


def test_keymap_json_parses(tmp_path: Path) -> None:
    from reader.tui.keymap import load_keymap

    (tmp_path / "keymap.json").write_text(json.dumps(
        {"claimdesk.article.top": "home, ctrl+g", "nope": "z", "claimdesk.article.bottom": 3}))
    keymap, problems = load_keymap(tmp_path, {"claimdesk.article.top", "claimdesk.article.bottom"})
    assert keymap == {"claimdesk.article.top": "home,ctrl+g"}
    assert len(problems) == 2


async def test_mouse_click_on_a_row_opens_it(library: Path, tmp_path: Path) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # Header is line 0, so line 2 is the second article: a click highlights it,
        # a click on the highlighted row opens it (DataTable's convention).
        await pilot.click(DataTable, offset=(5, 2))
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.query_one(DataTable).cursor_row == 1
        await pilot.click(DataTable, offset=(5, 2))
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.article.title == "Beta railway strike"


async def test_analysis_error_is_a_notification_not_a_crash(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.analysis

    def broken(article, language=None, backend="builtin"):  # type: ignore[no-untyped-def]
        raise ValueError("analyser exploded [bold]here[/]")

    monkeypatch.setattr(reader.analysis, "analyze", broken)
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert str(table.get_cell("0", "entities")) == "error"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.query_one(ArticleView).text  # the text is shown anyway
        messages = [n.message for n in app._notifications]
        assert any("analyser exploded [bold]here[/]" in m for m in messages)
        await pilot.press("j")  # nothing to move to, and no crash
        assert app.is_running


async def test_library_vim_keys_move_and_filter_still_takes_letters(
    library: Path, tmp_path: Path
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert table.cursor_row == 0
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == 2
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("slash", *"jkgG")
        assert app.screen.query_one("#library-filter", Input).value == "jkgG"
        assert table.row_count == 0


async def test_status_line_names_a_candidates_score_and_reasons(
    library: Path, tmp_path: Path
) -> None:
    """At 80x24 the side panel starts hidden: the status line is where a reader moving with
    ``}`` learns that the sentence is check-worthy, how strongly, and why."""
    app = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(app, pilot)
        view = screen.query_one(ArticleView)
        assert not screen.query_one(SidePanel).display
        await pilot.press("g", "right_curly_bracket")
        claim = next(c for c in screen.analysis.claims if (c.start, c.end) == view.cursor)
        status = str(screen.query_one("#article-status").render())
        assert f"Check-worthy sentence {claim.score:.2f}: " + ", ".join(claim.reasons) in status
        claims = {(c.start, c.end) for c in screen.analysis.claims}
        await pilot.press("g")
        while view.cursor in claims:
            await pilot.press("j")
        assert "Check-worthy" not in str(screen.query_one("#article-status").render())


async def test_a_title_too_long_for_the_screen_ends_with_an_ellipsis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A title cut mid-phrase ("costará un 18 % más de") would read as a different claim:
    the one-line title says it is cut."""
    install_if_missing(monkeypatch)
    folder = tmp_path / "long"
    folder.mkdir()
    title = "El tren costará un 18 % más de lo previsto " + "y mucho más " * 10 + "FIN"
    (folder / "a.txt").write_text(f"Title: {title}\n\nEl tren costará 4.720 millones.\n",
                                  encoding="utf-8")
    app = make_app(folder, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(app, pilot)
        line = screen.query_one("#article-title").render_line(0).text.rstrip()
        assert line.endswith("…") and "FIN" not in line and len(line) <= 80, line


async def test_a_pasted_page_as_search_still_shows_the_count(
    library: Path, tmp_path: Path
) -> None:
    """A 10,000-character query (markup included) is repeated clipped, on the one status
    line: the count stays readable and the markup stays text."""
    app = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(app, pilot)
        await pilot.press("slash")
        search = screen.query_one("#article-search", Input)
        search.value = "[@click=app.quit]x[/]" + "y" * 10_000
        await pilot.pause()
        drawn = screen.query_one("#article-status").render_line(0).text
        assert drawn.strip().startswith("0 matches for [@click=app.quit]x[/]yyy"), drawn
        await pilot.press("enter", "n")  # n after a search that found nothing says so again
        drawn = screen.query_one("#article-status").render_line(0).text
        assert drawn.strip().startswith("0 matches for [@click=app.quit]x[/]yyy"), drawn
        assert app.is_running


async def test_palette_and_help_list_only_commands_of_claimdesk(
    library: Path, tmp_path: Path
) -> None:
    """No Textual entry a keymap cannot remap or that does nothing here (``Keys``,
    ``Maximize``, ``Cursor left`` of a row table, ``Scroll Right`` of wrapped text,
    ``Focus Next``): Claimdesk's remappable commands, Theme, Quit with its key, and the
    few fixed Textual keys the help marks as fixed."""
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for screen in (app.screen, await open_first(app, pilot)):
            commands = {command.title: command.help
                        for command in app.get_system_commands(screen)}
            builtin = {"Theme", "Quit", "Screenshot"}
            assert builtin <= set(commands)
            assert commands["Quit"].startswith("key: ^q")
            for title, help_text in commands.items():
                assert title in builtin or "(claimdesk." in help_text, title
            app.action_help()
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            for _, _, ident in app.screen.rows:
                assert ident.startswith("claimdesk.") or ident == "(fixed)", ident
            fixed = {row[1]: row[0] for row in app.screen.rows if row[2] == "(fixed)"}
            assert fixed["Quit"] == "^q" and fixed["Command palette"] == "^p"
            await pilot.press("escape")
            await pilot.pause()
