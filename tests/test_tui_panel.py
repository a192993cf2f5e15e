"""The side panel's own keys, and orphaned annotations chosen in it (issue 13)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from test_tui_annotate import make_app as make_memory_app
from test_tui_annotate import memory, on_disk, settle
from test_tui_app import SIZE, library, make_app, open_first  # noqa: F401  (fixture)
from textual.widgets import OptionList, TabbedContent

from reader.store import new_record, open_store
from reader.tui.palette import distance
from reader.tui.screens.annotation_form import AnnotationForm
from reader.tui.screens.confirm import ConfirmScreen
from reader.tui.screens.orphan import OrphanScreen
from reader.tui.widgets.article_view import ArticleView


async def test_j_k_move_in_the_panel_and_h_l_switch_tabs(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("j")
        cursor = view.cursor
        await pilot.press("tab")
        entities = screen.query_one("#entities-list", OptionList)
        assert entities.has_focus
        first = entities.highlighted
        await pilot.press("j")
        assert entities.highlighted != first and view.cursor == cursor
        await pilot.press("k")
        assert entities.highlighted == first and view.cursor == cursor
        await pilot.press("G")
        assert entities.highlighted == entities.option_count - 1 and view.cursor == cursor
        tabs = screen.query_one(TabbedContent)
        await pilot.press("l")
        assert tabs.active == "tab-quotes"
        assert screen.query_one("#quotes-list", OptionList).has_focus
        await pilot.press("l")
        assert tabs.active == "tab-claims"
        await pilot.press("l")  # wraps around
        assert tabs.active == "tab-entities"
        await pilot.press("h")
        assert tabs.active == "tab-claims"
        assert view.cursor == cursor, "the article kept its cursor"
        # the footer shows the panel's keys while it has focus
        keys = {b.binding.id for b in screen.active_bindings.values()}
        assert {"claimdesk.panel.next_item", "claimdesk.panel.next_tab"} <= keys


async def test_the_article_keeps_cursor_and_tint_while_the_panel_has_focus(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        view = screen.query_one(ArticleView)
        view.colours = "256"  # a terminal without COLORTERM
        await pilot.press("j", "tab")
        await pilot.pause()
        assert not view.has_focus
        claim = next(c for c in screen.analysis.claims if c.start != view.cursor[0])
        base = view._style_for(frozenset()).bgcolor.get_truecolor()
        tint = view.rendered_style_at(claim.start).bgcolor.get_truecolor()
        cursor = view.rendered_style_at(view.cursor[0]).bgcolor.get_truecolor()
        assert 1.0 <= distance(base, tint) <= 12
        assert distance(base, cursor) >= 12


async def test_enter_on_an_orphan_explains_and_offers_edit_or_delete(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    from reader.sources import load_file

    article = load_file(library / "a_alpha.txt")
    gone = dataclasses.replace(article, text="Zebras painted the lighthouse purple overnight.")
    orphan = new_record(gone, 7, 39, verdict="false", claim="[@click=app.quit]x[/]")
    with open_store(memory(tmp_path)) as store:
        store.add(orphan)
    app = make_memory_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first(app, pilot)
        await settle(app, pilot)
        view = screen.query_one(ArticleView)
        cursor = view.cursor
        await pilot.press("tab", "l", "l")
        claims = screen.query_one("#claims-list", OptionList)
        assert claims.has_focus
        ids = [claims.get_option_at_index(i).id for i in range(claims.option_count)]
        claims.highlighted = ids.index(f"annotation-{orphan['id']}")
        await pilot.press("enter")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, OrphanScreen)
        said = str(modal.query_one("#orphan-text").render())
        assert "no longer in this version of the article" in said
        assert "painted the lighthouse purple" in said
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, AnnotationForm) and not app.screen.is_new
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and view.cursor == cursor
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")  # keep it
        await pilot.pause()
        assert app.screen is screen and len(on_disk(tmp_path)) == 1
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(app, pilot)
        assert on_disk(tmp_path) == []


async def test_help_from_the_text_also_lists_the_panel_keys(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_first(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        rows = {ident: (keys, description) for keys, description, ident in app.screen.rows}
        assert rows["claimdesk.panel.next_tab"] == ("l →", "Next tab (side panel)")
        assert rows["claimdesk.panel.next_item"][1] == "Next item (side panel)"
        assert "claimdesk.article.next_sentence" in rows  # the live keys are still there
