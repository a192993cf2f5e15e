"""The article's highlight colours, per theme and colour depth (issue 13).

A 256-colour terminal (no ``COLORTERM``) used to get Rich's per-channel rounding: the faint
candidate tint became solid maroon, or black once the text lost focus. Distances are CIE
ΔE (about 2 is just noticeable, above 10 clearly different).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color import Color, ColorSystem
from rich.color_triplet import ColorTriplet
from textual.app import App, ComposeResult

from reader.tui.palette import distance, for_256_colours, nearest_256, palette_rgb
from reader.tui.widgets.article_view import ArticleView

CSS = Path(__file__).resolve().parents[1] / "reader" / "tui" / "claimdesk.tcss"
THEMES = ["textual-dark", "textual-light", "nord", "gruvbox", "dracula", "tokyo-night",
          "monokai", "catppuccin-mocha", "rose-pine", "atom-one-dark"]


class ViewApp(App[None]):
    CSS_PATH = str(CSS)

    def compose(self) -> ComposeResult:
        yield ArticleView()


def background(view: ArticleView, kind: str | None) -> ColorTriplet:
    style = view._style_for(frozenset([kind]) if kind else frozenset())
    assert style.bgcolor is not None
    return style.bgcolor.get_truecolor()


@pytest.mark.parametrize("depth", ["truecolor", "256"])
@pytest.mark.parametrize("theme", THEMES)
async def test_highlights_keep_their_contrast(theme: str, depth: str) -> None:
    app = ViewApp()
    async with app.run_test() as pilot:
        app.theme = theme
        view = app.query_one(ArticleView)
        view.colours = depth
        for focused in (True, False):  # the text focused, or the side panel
            if focused:
                view.focus()
            else:
                app.set_focus(None)
            await pilot.pause()
            view._styles.clear()

            def gap(first: str | None, second: str) -> float:
                return distance(background(view, first), background(view, second))

            assert 1.0 <= gap(None, "claim") <= 12, "the candidate tint is subtle but seen"
            assert gap(None, "cursor") >= 12, "the cursor stands out"
            assert gap("claim", "cursor") >= 10
            assert gap("cursor", "match") >= 20, "search matches differ from the cursor"
            assert gap("claim", "verdict-half-true") >= 10, "half true is not the tint"
            assert gap(None, "verdict-false") >= 10


async def test_256_colours_are_palette_colours() -> None:
    app = ViewApp()
    async with app.run_test() as pilot:
        view = app.query_one(ArticleView)
        view.colours = "256"
        await pilot.pause()
        view._styles.clear()
        for kind in ("claim", "cursor", "match", "verdict-half-true", None):
            style = view._style_for(frozenset([kind]) if kind else frozenset())
            assert style.bgcolor is not None and style.bgcolor.number is not None
            assert 16 <= style.bgcolor.number <= 255  # never the terminal's own 16


def test_the_maroon_of_the_bug_is_gone() -> None:
    tint = Color.parse("#342d23")
    assert tint.downgrade(ColorSystem.EIGHT_BIT).number == 52  # Rich's rounding: maroon
    ours = nearest_256(tint.get_truecolor())
    assert distance(palette_rgb(ours), tint.get_truecolor()) < 8
    # a tint that differs from its background keeps differing from it
    from rich.style import Style

    base = Style(bgcolor="#1e1e1e")
    faint = for_256_colours(Style(bgcolor="#22201e"), base)
    assert faint.bgcolor is not None
    assert faint.bgcolor.number != nearest_256(Color.parse("#1e1e1e").get_truecolor())
