"""Pilot tests of the reading desk: panes, keys, search, diff, refresh, files kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from feed_server import FeedServer, long_text, rss, serving
from pilot_settle import settle as settle_workers
from textual.widgets import Input, OptionList, Static

from reader.cli.open_reader import _library_has_articles
from reader.core.text import clean_inline
from reader.library import Incoming, LibraryStore, library_path
from reader.sources.assemble import Meta, build_article
from reader.tui.app import ClaimdeskApp
from reader.tui.screens.desk import DeskScreen
from reader.tui.screens.desk_search import DeskSearchScreen
from reader.tui.screens.diff import DiffScreen
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.library_article import LibraryArticleScreen
from reader.tui.widgets.article_list import ArticleList

SIZE = (120, 36)
HOSTILE = "\x1b[31m[@click=app.quit]x[/] Título"
STORED = clean_inline(HOSTILE)  # the ESC became a visible control picture


def art(url: str, title: str, body: str, date: str):
    return build_article(url, "feed", [("paragraph", body, 0)],
                         Meta(title=title, url=url, date=date, source="Src"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A library with two feeds: three articles, one of them changed (two versions)."""
    path = tmp_path / "notes.json"
    with LibraryStore(library_path(path)) as store:
        wire = store.add_feed("https://wire.example/rss", "Wire", ("news",))
        other = store.add_feed("https://other.example/rss", "Other")
        store.save(Incoming(art("https://wire.example/1", "Crisis en México", "El agua de "
                                "México se acaba en la ciudad.", "2026-01-03"), item_key="1"),
                   wire.id)
        store.save(Incoming(art("https://wire.example/2", HOSTILE, "Texto hostil.",
                                "2026-01-02"), item_key="2"), wire.id)
        store.save(Incoming(art("https://other.example/3", "Budget vote", "The council voted "
                                "the budget.", "2026-01-01"), item_key="3"), other.id)
        store.save(Incoming(art("https://other.example/3", "Budget vote", "The council "
                                "rejected the budget.", "2026-01-01"), item_key="3"), other.id)
    return path


def desk_app(db: Path) -> ClaimdeskApp:
    return ClaimdeskApp(paths=[], db_path=db, desk=True)


async def settle(app: ClaimdeskApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait for the workers; one replaced by a newer one of its group is not an error."""
    await settle_workers(pilot)


def titles(app: ClaimdeskApp) -> list[str]:
    return [r.title for r in app.screen.query_one(ArticleList).rows]


async def test_desk_shows_sources_list_and_preview(db: Path) -> None:
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, DeskScreen)
        assert titles(app) == ["Crisis en México", STORED, "Budget vote"]
        sources = app.screen.query_one("#desk-sources", OptionList)
        prompts = [str(sources.get_option_at_index(i).prompt) for i in
                   range(sources.option_count)]
        assert prompts[:5] == ["All (3)", "Unread (3)", "Starred (0)", "Annotated (0)",
                               "Changed (1)"]
        assert "# news" in prompts and "Wire (2)" in prompts and "Files (0)" in prompts
        preview = str(app.screen.query_one("#desk-preview-text", Static).render())
        assert "El agua de México" in preview
        await pilot.press("j")
        await settle(app, pilot)
        # the preview follows the cursor after a short timer, which settling on workers
        # does not wait for (the test passed only while other workers outlasted it)
        app.screen.load_preview(app.screen.articles.current.id)
        await settle(app, pilot)
        preview = str(app.screen.query_one("#desk-preview-text", Static).render())
        assert "[@click=app.quit]x[/]" in preview and "\x1b" not in preview
        lines = "".join(s.text for s in app.screen.query_one(ArticleList).render_line(1))
        assert "[@click=app.quit]x[/]" in lines and "\x1b" not in lines
        assert app.return_code is None  # the markup in the title did nothing
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        listed = " ".join(str(row) for row in app.screen.rows)
        assert "Refresh" in listed and "Search" in listed and "Tags" in listed


async def test_sources_pane_filters_the_list(db: Path) -> None:
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("shift+tab")
        sources = app.screen.query_one("#desk-sources", OptionList)
        assert sources.has_focus
        for _ in range(4):
            await pilot.press("down")
        await settle(app, pilot)
        assert titles(app) == ["Budget vote"]  # Changed
        await pilot.press("down")
        await settle(app, pilot)
        assert titles(app) == ["Crisis en México", STORED]  # the tag "news"
        await pilot.press("enter")
        assert app.screen.query_one(ArticleList).has_focus


async def test_filter_folds_accents_sort_read_star(db: Path) -> None:
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f", *"MEXICO")
        await settle(app, pilot)
        assert titles(app) == ["Crisis en México"]
        await pilot.press("escape", "escape")
        await settle(app, pilot)
        assert len(titles(app)) == 3
        await pilot.press("o")  # by source
        await settle(app, pilot)
        assert titles(app)[0] == "Budget vote"  # feed "Other" before "Wire"
        await pilot.press("m", "s")
        await settle(app, pilot)
        row = app.screen.query_one(ArticleList).current
        assert row.read and row.starred
        await pilot.press("M")
        await settle(app, pilot)
        assert all(r.read for r in app.screen.query_one(ArticleList).rows)
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one(Input).value = "presupuesto, [b]x[/b]"
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.query_one(ArticleList).current.tags == ("presupuesto", "[b]x[/b]")
        sources = app.screen.query_one("#desk-sources", OptionList)
        assert sources.get_option("tag:presupuesto") is not None


async def test_open_read_and_diff(db: Path) -> None:
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("G", "d")
        await settle(app, pilot)
        assert isinstance(app.screen, DiffScreen)
        shown = app.screen.query_one("#diff-text", Static).render()
        styles = {str(shown)[s.start:s.end]: str(s.style) for s in shown.spans}
        assert "strike" in styles["[-voted-]"]
        assert "underline" in styles["{+rejected+}"]
        await pilot.press("escape")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryArticleScreen)
        assert "rejected" in app.screen.article.text
        await pilot.press("D")
        await settle(app, pilot)
        assert isinstance(app.screen, DiffScreen)
        await pilot.press("escape", "q")
        await settle(app, pilot)
        listing = app.screen.query_one(ArticleList)
        assert listing.current.read
        assert listing.current.analysis  # counted when the article was analysed
        line = "".join(s.text for s in listing.render_line(listing.cursor))
        assert line.rstrip().endswith("c") and "e " in line


async def test_full_text_search_opens_at_the_match(db: Path) -> None:
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"ciudad mexico")
        await settle(app, pilot)
        assert isinstance(app.screen, DeskSearchScreen)
        results = app.screen.query_one(OptionList)
        assert results.option_count == 1
        prompt = results.get_option_at_index(0).prompt
        assert any(str(prompt)[s.start:s.end] == "México" for s in prompt.spans)
        assert "de México se" in str(prompt)  # the spaces around a match are kept
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, LibraryArticleScreen)
        await pilot.press("q")
        await pilot.press("slash", *"budget", "enter", "enter")  # faster than the worker
        await settle(app, pilot)
        assert app.screen.article.title == "Budget vote"
        await pilot.press("q")
        await pilot.press("slash", *"ciudad mexico", "enter", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, LibraryArticleScreen)
        start, end = screen.view.cursor
        assert screen.article.text[start:end] == "México"


@pytest.fixture
def server() -> FeedServer:
    with serving() as running:
        yield running


async def test_refresh_keeps_the_selection(db: Path, server: FeedServer) -> None:
    body = long_text("Nueva noticia sobre el puerto.")
    url = server.add("/rss", rss("Local", [{"title": "Brand new", "guid": "n",
                                            "link": server.url("/n"), "description": body,
                                            "pubDate": "Mon, 05 Jan 2026 00:00:00 GMT"}]))
    with LibraryStore(library_path(db)) as store:
        store.add_feed(url)
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        selected = app.screen.query_one(ArticleList).current.id
        await pilot.press("r")
        await settle(app, pilot)
        status = str(app.screen.query_one("#desk-status", Static).render())
        assert "1 new" in status and "failed" in status
        assert "Brand new" in titles(app)
        assert app.screen.query_one(ArticleList).current.id == selected


async def test_add_feed_in_the_app(db: Path, server: FeedServer) -> None:
    url = server.add("/rss", rss("Added", [{"title": "From the app", "guid": "a",
                                            "description": long_text("Texto.")}]))
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one(Input).value = url
        await pilot.press("enter")
        await settle(app, pilot)
        assert "From the app" in titles(app)
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one(Input).value = "javascript:alert(1)"
        await pilot.press("enter")
        await settle(app, pilot)
        status = str(app.screen.query_one("#desk-status", Static).render())
        assert "only http and https" in status


async def test_files_opened_are_kept_and_empty_store_opens_samples(tmp_path: Path) -> None:
    db = tmp_path / "notes.json"
    assert not _library_has_articles(db)
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text("Un titular\n\nEl texto del artículo.", encoding="utf-8")
    app = ClaimdeskApp(paths=[str(folder)], db_path=db, keep_files=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
    assert _library_has_articles(db)
    with LibraryStore(library_path(db)) as store:
        assert [a.kind for a in store.articles()] == ["file"]


async def test_x_removes_the_highlighted_feed_after_asking(db: Path) -> None:
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("x")  # on "All": nothing to remove, says so
        await settle(app, pilot)
        assert any("Highlight a feed" in n.message for n in app._notifications)
        app.screen.query_one("#desk-sources", OptionList).focus()
        sources = app.screen.query_one("#desk-sources", OptionList)
        sources.highlighted = sources.get_option_index("feed:2")  # "Other"
        await settle(app, pilot)
        assert titles(app) == ["Budget vote"]
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert titles(app) == ["Crisis en México", STORED]
        with LibraryStore(library_path(db)) as store:
            assert [f.title for f in store.feeds()] == ["Wire"]


async def test_narrow_terminal_keeps_text_literal(db: Path) -> None:
    app = desk_app(db)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        await settle(app, pilot)
        listing = app.screen.query_one(ArticleList)
        line = "".join(s.text for s in listing.render_line(1))
        assert "\x1b" not in line and len(line) == listing.size.width
        assert app.return_code is None


async def test_unreadable_library_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "notes.json"
    library_path(db).write_bytes(b"not a database" * 100)
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        status = str(app.screen.query_one("#desk-status", Static).render())
        assert "The library cannot be read" in status and "\n" not in status


async def test_long_list_shows_its_top_first_then_all(tmp_path: Path) -> None:
    db = tmp_path / "notes.json"
    with LibraryStore(library_path(db)) as store:
        for n in range(230):
            store.save(Incoming(art(f"https://n.example/{n}", f"Item {n:03d}", f"Body {n}.",
                                    f"2026-01-01T00:{n // 60:02d}:{n % 60:02d}Z")))
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        listing = app.screen.query_one(ArticleList)
        assert len(listing.keys) == 230
        assert listing.current.title == "Item 229"  # newest first
        await pilot.press("G")
        assert listing.current.title == "Item 000"
        status = str(app.screen.query_one("#desk-status", Static).render())
        assert status.startswith("230 articles")


async def test_the_desk_footer_keeps_open_and_help_at_80_columns(db: Path) -> None:
    """The desk's footer ranks its keys as the other screens' do: at 80 columns it had cut
    Quit and Help at the edge and never named enter."""
    from test_tui_footer import assert_fits, shown

    app = desk_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, DeskScreen)
        assert {"⏎", "?", "^p"} <= shown(app)
        assert_fits(app)
        app.set_keymap({"claimdesk.desk.open": "O"})
        await pilot.pause()
        await pilot.press("O")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryArticleScreen)


async def test_tags_typed_at_the_desk_store_no_control_characters(db: Path) -> None:
    """The desk's tag prompt follows the form's rule (``typed_text``, ``parse_tags``)."""
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one(Input).value = "\x1b[31mrojo\x1b[0m, Rojo, a\x00b, \x1b]0;t\x07"
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.query_one(ArticleList).current.tags == ("rojo", "ab")


def desk_status(app: ClaimdeskApp) -> str:
    return str(app.screen.query_one("#desk-status", Static).render())


async def test_bulk_keys_with_nothing_to_act_on_say_so(tmp_path: Path) -> None:
    """``M`` on an empty list said "0 shown articles marked as read" and ``r`` with no
    feed "Refreshed 0: 0 new, 0 changed, 0 failed": each now says there is nothing."""
    app = desk_app(tmp_path / "empty.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("M")
        await settle(app, pilot)
        assert desk_status(app).startswith("Nothing to mark: no article is shown")
        await pilot.press("r")
        await settle(app, pilot)
        assert desk_status(app).startswith(
            "Nothing to refresh: no feed or added page yet (a subscribes to a feed)")


async def test_mark_shown_read_counts_only_the_unread(db: Path) -> None:
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("m")  # one of the three read by hand
        await settle(app, pilot)
        await pilot.press("M")
        await settle(app, pilot)
        assert desk_status(app).startswith("2 shown articles marked as read")
        await pilot.press("M")
        await settle(app, pilot)
        assert desk_status(app).startswith(
            "Nothing to mark: the 3 shown articles were read already")


def test_unreadable_library_opens_the_desk_that_says_so(tmp_path: Path) -> None:
    """A truncated article store, or a folder in its place, opened `claimdesk` on the
    bundled samples without a word, as if the user's library were gone: the desk opens
    instead, and its status line says the library cannot be read (tested above)."""
    truncated = tmp_path / "a" / "notes.json"
    truncated.parent.mkdir()
    with LibraryStore(library_path(truncated)) as store:
        store.save(Incoming(art("https://n.example/1", "Item", "Body.", "2026-01-01T00:00:00Z")))
    data = library_path(truncated).read_bytes()
    library_path(truncated).write_bytes(data[: len(data) // 2 + 123])
    assert _library_has_articles(truncated)
    folder = tmp_path / "b" / "notes.json"
    library_path(folder).mkdir(parents=True)
    assert _library_has_articles(folder)
    assert not _library_has_articles(tmp_path / "c" / "notes.json")


def _one_article_library_locking_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library of one article whose store gives up at once when another program holds
    it (no busy wait), for the tests where a test-held lock stands for that program."""
    import reader.library.connection as connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 0)
    db = tmp_path / "notes.json"
    with LibraryStore(library_path(db)) as store:
        store.save(Incoming(art("https://n.example/1", "Item", "Body.", "2026-01-01T00:00:00Z")))
    return db


async def test_a_store_another_program_holds_locked_is_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`s`, `m`, `t` while another program (a long refresh) held the article store past
    the busy time-out ended the app with a traceback (sqlite3.OperationalError)."""
    import sqlite3

    db = _one_article_library_locking_at_once(tmp_path, monkeypatch)
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        other = sqlite3.connect(library_path(db), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        for key in ("s", "m", "enter"):
            await pilot.press(key)
            await settle(app, pilot)
            desk = app.screen_stack[1]
            status = str(desk.query_one("#desk-status", Static).render())
            assert status.startswith("the article store") and "is busy" in status, key
            assert "\n" not in status
        # reading needs no write: the article opens, only its read mark was refused
        assert isinstance(app.screen, LibraryArticleScreen)
        await pilot.press("escape")
        other.execute("COMMIT")
        other.close()
        await pilot.press("s")
        await settle(app, pilot)
        assert app.return_code is None
    with LibraryStore(library_path(db)) as store:
        assert [a.starred for a in store.articles()] == [True]


async def test_saves_wait_in_workers_while_another_program_holds_the_store(
        tmp_path: Path) -> None:
    """`s` and `t` wrote on the UI thread: while another program held the article store
    locked the desk froze for up to the busy time-out (15 s). Now they say "Saving…" at
    once, keys keep working, and the saves land in the order asked (`s s` stars then
    unstars; two tag edits keep the second) once the lock is released."""
    import sqlite3

    db = tmp_path / "notes.json"
    with LibraryStore(library_path(db)) as store:
        for n in (1, 2):
            store.save(Incoming(art(f"https://n.example/{n}", f"Item {n}", "Body.",
                                    f"2026-01-0{n}T00:00:00Z")))
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        desk = app.screen
        assert isinstance(desk, DeskScreen)
        first = desk.articles.current.id
        other = sqlite3.connect(library_path(db), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # held by "another program" (this test)
        try:
            await pilot.press("s")
            status = str(desk.query_one("#desk-status", Static).render())
            assert status == "Saving…"
            await pilot.press("s", "t", *"first", "enter", "t", "ctrl+u", *"second", "enter")
            await pilot.press("j")  # the desk still answers while the saves wait
            assert desk.articles.cursor == 1
            assert str(desk.query_one("#desk-status", Static).render()) == "Saving…"
        finally:
            other.execute("COMMIT")
            other.close()
        await settle(app, pilot)
        assert str(desk.query_one("#desk-status", Static).render()).startswith("Tags — saved")
    with LibraryStore(library_path(db)) as store:
        stored = store.article(first)
        assert stored is not None and not stored.starred and stored.tags == ("second",)


async def test_tags_a_failed_save_refused_are_offered_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A tag save the store refuses (held locked past the time-out) keeps what was typed:
    one line says so, and `t` opens with the typed tags, which then save."""
    import sqlite3

    db = _one_article_library_locking_at_once(tmp_path, monkeypatch)
    app = desk_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        desk = app.screen
        other = sqlite3.connect(library_path(db), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        await pilot.press("t", *"urgent, agua", "enter")
        await settle(app, pilot)
        other.execute("COMMIT")
        other.close()
        status = str(desk.query_one("#desk-status", Static).render())
        assert "is busy" in status and "t offers the typed tags again" in status
        await pilot.press("t")
        assert app.screen.query_one(Input).value == "urgent, agua"
        await pilot.press("enter")
        await settle(app, pilot)
    with LibraryStore(library_path(db)) as store:
        assert sorted(store.articles()[0].tags) == ["agua", "urgent"]


async def test_an_article_another_program_removed_is_one_line(tmp_path: Path) -> None:
    """`claimdesk remove` (or pruning) in another terminal, then `enter` on the article
    still listed: a LibraryError traceback ended the app; `s` and `t` on it did nothing
    and said nothing (the tag was silently lost)."""
    db = tmp_path / "notes.json"
    with LibraryStore(library_path(db)) as store:
        store.save(Incoming(art("https://n.example/1", "Item", "Body.", "2026-01-01T00:00:00Z")))
    for keys in (["enter"], ["s"], ["t", "x", "enter"]):
        app = desk_app(db)
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            with LibraryStore(library_path(db)) as store:
                store.db.execute("DELETE FROM articles")
            for key in keys:
                await pilot.press(key)
                await settle(app, pilot)
            status = str(app.screen.query_one("#desk-status", Static).render())
            assert status.startswith("This article has left the library meanwhile"), keys
            assert isinstance(app.screen, DeskScreen) and app.return_code is None
        with LibraryStore(library_path(db)) as store:
            store.save(Incoming(art("https://n.example/1", "Item", "Body.",
                                    "2026-01-01T00:00:00Z")))


async def test_at_60_columns_the_list_keeps_room_and_prompts_fit(db: Path) -> None:
    """At 60x20 (tmux) the sources pane kept its 30 cells and left the titles 3 ("Car…"),
    and the tags prompt, 70 cells wide, ran off the right edge without its border."""
    from reader.tui.screens.desk_prompt import PromptScreen

    app = desk_app(db)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one("#desk-sources").region.width <= 23
        assert app.screen.query_one(ArticleList).region.width >= 37
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        box = app.screen.query_one(Input).parent
        assert box is not None and box.region.right <= 60
