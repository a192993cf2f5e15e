"""The reading desk at 80 and 120 columns: one line a source row, whatever the tag or
feed name (a long compound word, CJK), cut with "…" by cell width, counts kept; and an
empty library that says how to fill it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from test_tui_desk import art, desk_app, settle
from textual.widgets import OptionList

from reader.library import Incoming, LibraryStore, library_path

LONG_TAGS = ("Arbeitszeitverlängerungsgesetzesnovelle", "政府予算案の修正に関する長い議論の記録",
             "e\u0301le\u0301ments-de-contexte-tre\u0300s-longs")
FEED = "経済産業省ニュースリリース配信サービス公式"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "notes.json"
    with LibraryStore(library_path(path)) as store:
        feed = store.add_feed("https://wire.example/rss", FEED)
        store.save(Incoming(art("https://wire.example/1", "Budget vote", "The council voted.",
                                "2026-01-03"), item_key="1"), feed.id)
    return path


def drawn(widget: OptionList) -> list[str]:
    return ["".join(s.text for s in widget.render_line(y)).rstrip()
            for y in range(widget.size.height)]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_long_tags_and_feed_names_stay_on_one_line(
    db: Path, size: tuple[int, int]
) -> None:
    app = desk_app(db)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        app.screen.data.set_tags(app.screen.query_one("ArticleList").current.id, list(LONG_TAGS))
        app.screen.load_sources()
        await settle(app, pilot)
        sources = app.screen.query_one("#desk-sources", OptionList)
        lines = drawn(sources)
        for tag in LONG_TAGS:
            (line,) = [x for x in lines if x.lstrip().startswith("# " + tag[:3])]
            assert line.endswith("…") and cell_len(line) <= sources.size.width
            assert not [x for x in lines if tag[-3:] in x]  # no wrapped remainder
        (feed,) = [x for x in lines if FEED[:3] in x]
        assert feed.endswith("(1)") and "…" in feed  # the unread count is kept
        assert cell_len(feed) <= sources.size.width


async def test_an_empty_desk_says_how_to_fill_it(tmp_path: Path) -> None:
    """A first start on ``--desk`` showed an empty list, an empty pane and "0 articles"."""
    app = desk_app(tmp_path / "notes.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        preview = str(app.screen.query_one("#desk-preview-text").render())
        assert preview.startswith("The library is empty.")
        assert "a subscribes to a feed" in preview and "claimdesk add URL" in preview
        await pilot.press("f")  # a filter on an empty library: the hint stays
        await pilot.press("x", "enter")
        await settle(app, pilot)
        assert "The library is empty." in str(app.screen.query_one("#desk-preview-text")
                                              .render())


async def test_a_filled_desk_shows_no_empty_hint(db: Path) -> None:
    app = desk_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("f", "z", "z", "z", "enter")  # nothing matches: not "empty"
        await settle(app, pilot)
        assert "empty" not in str(app.screen.query_one("#desk-preview-text").render())


async def test_a_failed_add_keeps_its_reason_in_sight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A newsroom address with a few hundred characters of tracking pushed the reason
    off the 80-column status line, and no notice said the add failed."""
    from reader.library import subscribe

    def refused(_store: object, url: str, *args: object, **kwargs: object) -> None:
        raise subscribe.AddError(f"{url}: connection refused")

    monkeypatch.setattr(subscribe, "add_url", refused)
    url = "https://news.example/2026/budget?" + "utm_source=x&" * 30
    app = desk_app(tmp_path / "notes.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.screen.add_address(url)
        await settle(app, pilot)
        (notice,) = [n for n in app._notifications if n.severity == "error"]
        assert notice.message.endswith("…: connection refused")
        assert len(notice.message) < 100
        status = app.screen.query_one("#desk-status")
        line = "".join(s.text for s in status.render_line(0))
        assert "connection refused" in line


@pytest.mark.parametrize("key", ["t", "s", "m", "d"])
async def test_article_keys_on_an_empty_list_say_so(tmp_path: Path, key: str) -> None:
    """Tags, star, read and changes on an empty list did nothing at all."""
    app = desk_app(tmp_path / "notes.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press(key)
        await settle(app, pilot)
        assert app.screen is app.screen_stack[-1] and not app.screen.is_modal
        status = str(app.screen.query_one("#desk-status").render())
        assert status == "No article here: the list is empty"


async def test_adding_a_page_again_in_the_desk_says_whether_it_changed(tmp_path: Path) -> None:
    """The desk said "Page added: …" for a page already in the library, changed or not;
    it now says what the command line says (one shared wording)."""
    from feed_server import long_text, serving

    def story(figure: str) -> str:
        return ("<html><body><article><h1>Ferry fares</h1><p>" + long_text(
            f"The island council said fares would rise by {figure} percent in spring.")
            + "</p></article></body></html>")

    with serving() as server:
        url = server.add("/ferry", story("4"), content_type="text/html; charset=utf-8")
        app = desk_app(tmp_path / "notes.json")
        said = []
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(app, pilot)
            for figure in ("4", "4", "6"):
                server.add("/ferry", story(figure), content_type="text/html; charset=utf-8")
                app.screen.add_address(url)
                await settle(app, pilot)
                said.append(app.screen.summary)
    assert said == ["Page added as an article: Ferry fares",
                    "Page already in the library, unchanged: Ferry fares",
                    "Page already in the library, its text changed (version 2 kept): "
                    "Ferry fares"]


async def test_titles_get_the_room_of_the_analysis_counts_at_80_columns(db: Path) -> None:
    """Beside the sources pane the list is 50 cells: titles were cut to 11 ("Crisis en
    M…") while 12 cells stayed blank for analysis counts; narrow, the title has them."""
    from reader.tui.widgets.article_list import ArticleList

    with LibraryStore(library_path(db)) as store:
        feed = store.add_feed("https://other.example/rss", "Other")
        store.save(Incoming(art("https://other.example/2", "Crisis en México: el agua se acaba",
                                "El agua se acaba.", "2026-01-04"), item_key="2"), feed.id)
    app = desk_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        articles = app.screen.query_one(ArticleList)
        assert articles.size.width < 70
        lines = ["".join(s.text for s in articles.render_line(y)) for y in range(3)]
        assert any("Crisis en México: el a…" in line for line in lines), lines
        assert all(cell_len(line) == articles.size.width for line in lines)


async def test_a_long_article_list_never_scrolls_sideways() -> None:
    """The desk's list counted the vertical scrollbar's cell in its virtual width: once
    the rows needed that scrollbar a sideways one appeared too, taking the last row (a
    stray ▏ under the filter at 60x20)."""
    from textual.app import App, ComposeResult

    from reader.tui.widgets.article_list import ArticleList

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield ArticleList(lambda rows: {})

    app = One()
    async with app.run_test(size=(30, 10)) as pilot:
        rows = app.query_one(ArticleList)
        rows.set_keys(list(range(50)))
        await pilot.pause()
        await pilot.pause()
        assert rows.show_vertical_scrollbar and not rows.show_horizontal_scrollbar
        assert rows.scrollable_content_region.height == 10
