"""ArticleView on its own: wide characters, theme changes, cheap cursor moves."""

from __future__ import annotations

from pilot_settle import settle
from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.screen import Screen

from reader.tui.spans import Span
from reader.tui.widgets.article_view import ArticleView

TEXT = "東京で 😀 Kenji Sato dijo «hola» 40%.\n\nSegunda línea con Ana López aquí."


class ViewApp(App[None]):
    CSS_PATH = "../reader/tui/claimdesk.tcss"

    def compose(self) -> ComposeResult:
        yield ArticleView()


def _spans() -> list[Span]:
    name = TEXT.index("Kenji Sato")
    quote = TEXT.index("«hola»")
    ana = TEXT.index("Ana López")
    return [Span(name, name + 10, "entity-per"), Span(quote, quote + 6, "quote"),
            Span(ana, ana + 9, "entity-per")]


async def test_wide_characters_keep_highlights_on_the_right_cells() -> None:
    app = ViewApp()
    async with app.run_test(size=(60, 10)) as pilot:
        view = app.query_one(ArticleView)
        view.load(TEXT, _spans())
        await pilot.pause()
        per = view.get_component_rich_style("article-view--entity-per", partial=True).color
        strip = view.render_line(0)
        cells = 0
        styled_at = None
        for segment in strip:
            if segment.style and segment.style.color == per and styled_at is None:
                styled_at = (cells, segment.text)
            cells += cell_len(segment.text)
        name = TEXT.index("Kenji Sato")
        assert styled_at == (cell_len(TEXT[:name]), "Kenji Sato")
        assert cell_len(TEXT[:name]) != name  # the wide characters really are wide


async def test_narrow_width_wraps_wide_text_without_splitting_characters() -> None:
    app = ViewApp()
    async with app.run_test(size=(12, 20)) as pilot:
        view = app.query_one(ArticleView)
        view.load("漢字漢字漢字漢字漢字 😀😀😀😀😀😀", [])
        await pilot.pause()
        width = view.scrollable_content_region.width
        for y in range(view.line_count):
            start, end = view._lines[y]
            assert cell_len(view.text[start:end].rstrip()) <= width


async def test_theme_change_restyles_the_text() -> None:
    app = ViewApp()
    async with app.run_test(size=(60, 10)) as pilot:
        view = app.query_one(ArticleView)
        view.load(TEXT, _spans())
        await pilot.pause()
        offset = TEXT.index("Kenji")
        before = view.rendered_style_at(offset).color
        app.theme = "textual-light"
        await pilot.pause()
        after = view.rendered_style_at(offset).color
        assert before != after
        expected = view.get_component_rich_style("article-view--entity-per", partial=True)
        assert after == expected.color


async def test_cursor_move_redraws_only_its_lines() -> None:
    app = ViewApp()
    long_text = "\n\n".join(f"Paragraph {i} has one sentence here." for i in range(400))
    async with app.run_test(size=(60, 20)) as pilot:
        view = app.query_one(ArticleView)
        view.load(long_text, [])
        await pilot.pause()
        cached = {y: view._strips.get(y) for y in range(10)}
        assert all(strip is not None for strip in cached.values())
        first = long_text.index("Paragraph 2 ")
        view.set_cursor((first, first + 10))
        assert view._strips.get(4) is None  # the cursor's line was dropped from the cache
        for y in (0, 2, 6, 8):
            assert view._strips.get(y) is cached[y]  # others kept
        await pilot.pause()
        cursor_bg = view.get_component_rich_style("article-view--cursor").bgcolor
        assert view.rendered_style_at(first).bgcolor == cursor_bg
        assert view.rendered_style_at(first + 11).bgcolor != cursor_bg
        far = long_text.index("Paragraph 350 ")
        view.set_cursor((far, far + 5))
        await pilot.pause()
        assert view.scroll_offset.y > 0  # scrolled to the cursor


async def test_huge_text_is_wrapped_off_the_ui_thread() -> None:
    from reader.tui.widgets import article_view

    app = ViewApp()
    huge = "palabra " * 60_000  # one line, 480,000 characters
    assert len(huge) > article_view.THREADED_WRAP
    async with app.run_test(size=(60, 10)) as pilot:
        view = app.query_one(ArticleView)
        view.load(huge, [Span(0, 7, "entity-per")])
        await settle(pilot)
        assert view.line_count > 8000  # about 480,000 / 59 cells
        assert view._lines[-1][1] == len(huge)
        per = view.get_component_rich_style("article-view--entity-per", partial=True).color
        assert view.rendered_style_at(3).color == per


class SelectingScreen(Screen[None]):
    """Keeps the spans the view reports for mouse selections."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[tuple[int, int] | None] = []

    def compose(self) -> ComposeResult:
        yield ArticleView()

    def on_article_view_mouse_selected(self, event: ArticleView.MouseSelected) -> None:
        self.spans.append(event.span)


class SelectingApp(ViewApp):
    def get_default_screen(self) -> SelectingScreen:
        return SelectingScreen()


async def test_mouse_drag_over_wide_characters_gives_code_point_offsets() -> None:
    app = SelectingApp()
    async with app.run_test(size=(60, 10)) as pilot:
        view = app.query_one(ArticleView)
        view.load(TEXT, _spans())
        await pilot.pause()
        name = TEXT.index("Kenji Sato")
        # Cells, not code points: the CJK characters and the emoji are two cells wide;
        # the view has one cell of padding on the left.
        first = 1 + cell_len(TEXT[:name])
        last = 1 + cell_len(TEXT[: name + 10]) - 1
        await pilot.mouse_down(ArticleView, offset=(first, 0))
        await pilot.hover(ArticleView, offset=(last, 0))
        await pilot.mouse_up(ArticleView, offset=(last, 0))
        await pilot.pause()
        assert app.screen.spans and app.screen.spans[-1] == (name, name + 10)
        assert app.screen.get_selected_text() == "Kenji Sato"
        # A click elsewhere clears the mouse selection, and the view says so.
        await pilot.click(ArticleView, offset=(2, 2))
        await pilot.pause()
        assert app.screen.spans[-1] is None


async def test_selection_is_reactive_state_of_the_view() -> None:
    app = ViewApp()
    async with app.run_test(size=(60, 10)) as pilot:
        view = app.query_one(ArticleView)
        view.load(TEXT, _spans())
        await pilot.pause()
        selected = view.get_component_rich_style("article-view--selection").bgcolor
        start = TEXT.index("Segunda")
        view.selection = (start, start + 7)  # setting it is enough: the lines redraw
        await pilot.pause()
        assert view.rendered_style_at(start + 3).bgcolor == selected
        assert view.rendered_style_at(start + 8).bgcolor != selected
        view.selection = None
        await pilot.pause()
        assert view.rendered_style_at(start + 3).bgcolor != selected
        view.selection = (0, 2)
        view.load(TEXT, [])  # a new text starts with no selection
        assert view.selection is None
