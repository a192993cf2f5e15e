"""The reference article in the reader: highlights checked on the drawn segments."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_settle import settle
from tui_doubles import install_if_missing

from reader.tui.app import ClaimdeskApp
from reader.tui.screens.article import ArticleScreen
from reader.tui.widgets.article_view import ArticleView


@pytest.fixture
def real_data_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    if not install_if_missing(monkeypatch):
        pytest.skip("reader.sources / reader.analysis not available yet")


def _component(view: ArticleView, name: str):  # type: ignore[no-untyped-def]
    return view.get_component_rich_style(f"article-view--{name}", partial=True)


async def test_reference_article_highlights(
    seed_path: Path, real_data_layer: None, tmp_path: Path
) -> None:
    app = ClaimdeskApp(paths=[str(seed_path)], db_path=tmp_path / "db.json")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        view = screen.query_one(ArticleView)
        text = view.text
        per, loc = _component(view, "entity-per"), _component(view, "entity-loc")
        assert per.color != loc.color

        start = text.index("Nicolás Maduro")
        for offset in range(start, start + len("Nicolás Maduro")):
            assert view.rendered_style_at(offset).color == per.color
        start = text.index("Bielorrusia")
        for offset in range(start, start + len("Bielorrusia")):
            assert view.rendered_style_at(offset).color == loc.color

        quotes = screen.analysis.quotes
        assert len(quotes) == 13
        quote = _component(view, "quote")
        assert quote.italic and quote.color is not None
        for q in quotes:
            # The opening mark is never part of an entity, so it shows the quote style.
            drawn = view.rendered_style_at(q.start)
            assert drawn.italic and drawn.color == quote.color
            assert text[q.start] in "“«\"'‘"
            # ... and so does every character of the quotation outside entities.
            inside = [o for o in range(q.start, q.end)
                      if not any(e.start <= o < e.end for e in screen.analysis.entities)]
            assert all(view.rendered_style_at(o).color == quote.color for o in inside)
        # Plain text outside every layer carries none of them.
        plain = text.index("representante diplomático")
        assert not view.rendered_style_at(plain).italic
        assert view.rendered_style_at(plain).color not in (per.color, loc.color)
