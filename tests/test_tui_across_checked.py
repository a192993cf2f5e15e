"""Checked candidates counted in the library: annotating a claim in one article marks the
library row of another article that carries a matching candidate (``✓1`` before its
title), and deleting the annotation takes the mark away."""

from __future__ import annotations

from pathlib import Path

from test_tui_across import folder, make_app, open_titled  # noqa: F401  (fixture)
from test_tui_annotate import annotate_here, settle
from textual.widgets import DataTable

from reader.tui.screens.confirm import ConfirmScreen
from reader.tui.screens.library import LibraryScreen

SIZE = (120, 36)
ARTICLES = Path(__file__).parent / "across" / "articles"


def title_cells(app) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Title cell of every library row, by article title."""
    screen = app.screen
    assert isinstance(screen, LibraryScreen)
    table = screen.query_one(DataTable)
    cells = {}
    for row in range(table.row_count):
        key = table.coordinate_to_cell_key((row, 0)).row_key.value
        article = screen.articles[int(key)]
        cells[article.title] = str(table.get_row_at(row)[0])
    return cells


async def back_to_library(app, pilot) -> None:  # type: ignore[no-untyped-def]
    while not isinstance(app.screen, LibraryScreen):
        await pilot.press("escape")
        await pilot.pause()
    await settle(app, pilot)


async def test_library_counts_checked_candidates(folder: Path, tmp_path: Path) -> None:  # noqa: F811
    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert not any(cell.startswith("✓") for cell in title_cells(app).values())
        wire = await open_titled(app, pilot, "congelar")
        await pilot.press("right_square_bracket")
        await annotate_here(app, pilot, verdict="false")
        await back_to_library(app, pilot)
        cells = title_cells(app)
        daily = next(title for title in cells if "insiste" in title)
        assert cells[daily].startswith("✓1 "), cells
        assert not cells[wire.article.title].startswith("✓")  # its own annotation: not counted
        assert app.across.checked_counts() == {
            next(a.id for a in app.screen.articles if a.title == daily): 1}
        # Delete the annotation: the mark goes.
        await open_titled(app, pilot, "congelar")
        await pilot.press("right_square_bracket")
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(app, pilot)
        await back_to_library(app, pilot)
        assert not any(cell.startswith("✓") for cell in title_cells(app).values())
        assert app.across.checked_counts() == {}


async def open_desk_row(app, pilot, words: str):  # type: ignore[no-untyped-def]
    """On the desk, open the first article whose title holds ``words`` (keys only)."""
    from reader.tui.screens.article import ArticleScreen
    from reader.tui.widgets.article_list import ArticleList

    listing = app.screen.query_one(ArticleList)
    await pilot.press("g")
    while words not in listing.current.title:
        await pilot.press("j")
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, ArticleScreen)
    return app.screen


def desk_articles():  # type: ignore[no-untyped-def]
    from reader.sources.assemble import Meta, build_article

    texts = {}
    for name in ("wire", "daily"):
        head, body = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8").split("\n\n", 1)
        meta = dict(line.split(": ", 1) for line in head.splitlines())
        url = f"https://{name}.example/1"
        blocks = [("paragraph", p, 0) for p in body.strip().split("\n\n")]
        texts[name] = build_article(url, "feed", blocks, Meta(
            title=meta["Title"], url=url, date=meta["Date"], source=meta["Source"]))
    return texts


async def test_desk_list_counts_checked_candidates(tmp_path: Path) -> None:
    from reader.library import Incoming, LibraryStore, library_path
    from reader.tui.app import ClaimdeskApp
    from reader.tui.screens.desk import DeskScreen
    from reader.tui.widgets.article_list import ArticleList

    db = tmp_path / "notes.json"
    with LibraryStore(library_path(db)) as store:
        feed = store.add_feed("https://wire.example/rss", "Wire")
        for key, article in desk_articles().items():
            store.save(Incoming(article, item_key=key), feed.id)
    app = ClaimdeskApp(paths=[], db_path=db, desk=True)

    def lines() -> dict[str, str]:
        listing = app.screen.query_one(ArticleList)
        return {row.title: "".join(s.text for s in listing._draw(row, 110, False))
                for row in listing.rows}

    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, DeskScreen)
        await open_desk_row(app, pilot, "insiste")  # opening an article indexes it
        await pilot.press("escape")
        await open_desk_row(app, pilot, "congelar")
        await pilot.press("right_square_bracket")
        await annotate_here(app, pilot, verdict="false")
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, DeskScreen)
        shown = lines()
        daily = next(title for title in shown if "insiste" in title)
        assert "✓1 Ortega insiste" in shown[daily], shown
        assert "✓" not in shown[next(t for t in shown if "congelar" in t)]
        await open_desk_row(app, pilot, "congelar")
        await pilot.press("right_square_bracket", "d")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert not any("✓" in line for line in lines().values())


def test_checked_mark_is_ascii_safe() -> None:
    import io

    from rich.console import Console

    from reader.tui.checked_mark import checked_mark

    ascii_console = Console(file=io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    utf_console = Console(file=io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    assert checked_mark(3, ascii_console).plain == "v3 "
    assert checked_mark(3, utf_console).plain == "✓3 "
    assert checked_mark(0, utf_console).plain == ""
