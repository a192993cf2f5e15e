"""End to end: the real CLI and app against a local server, as a new user would go.

Three feeds are added (one by OPML) and refreshed; articles are listed per feed with
unread counts; one is read in the app with the server stopped, annotated, and found again
by a full-text search; the server then edits it; a refresh flags it as changed, the word
diff shows the edit, and the annotation is re-anchored on the new version.
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import pytest
from feed_server import FeedServer, long_text, rss, serving
from pilot_settle import settle as settle_workers
from textual.widgets import OptionList, Static

from reader.cli import main
from reader.library import LibraryStore, library_path
from reader.store import AnnotationStore
from reader.tui.app import ClaimdeskApp
from reader.tui.screens.desk import DeskScreen
from reader.tui.screens.desk_search import DeskSearchScreen
from reader.tui.screens.diff import DiffScreen
from reader.tui.screens.library_article import LibraryArticleScreen
from reader.tui.widgets.article_list import ArticleList

SIZE = (120, 36)
STORY = ("La alcaldesa de Guadalajara anunció que el agua llegará a todos los barrios en "
         "marzo. «Es un compromiso», dijo ante el pleno. " + long_text(
             "Los vecinos de México esperan el servicio desde hace años.", 12))


@pytest.fixture
def server() -> FeedServer:
    with serving() as running:
        yield running


async def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The real command line, in a thread (it runs its own event loop)."""
    assert await asyncio.to_thread(main, list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def publish(server: FeedServer, story: str) -> None:
    server.add("/agua.xml", rss("Agua Hoy", [
        {"title": "El agua llega a los barrios", "guid": "agua-1",
         "link": server.url("/agua/1"), "description": story,
         "pubDate": "Mon, 05 Jan 2026 10:00:00 GMT"},
        {"title": "Otra nota", "guid": "agua-2", "description": long_text("Nota breve aquí.")},
    ]), etag=f'"{hash(story)}"')


async def settle(app: ClaimdeskApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait for the workers; one replaced by a newer one of its group is not an error."""
    await settle_workers(pilot)


async def test_feeds_to_changed_article_end_to_end(capsys, server: FeedServer,
                                                   tmp_path: Path) -> None:
    publish(server, STORY)
    atom = server.add("/port.atom", (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Port</title>'
        '<entry><id>p1</id><title>Cargo falls</title><link href="https://port.example/1"/>'
        f"<content>{long_text('Cargo fell twelve percent in March.')}</content></entry>"
        "</feed>"), content_type="application/atom+xml")
    wire = server.add("/wire.xml", rss("Wire", [
        {"title": f"Wire {i}", "guid": f"w{i}", "description": long_text(f"Story {i}.")}
        for i in range(3)]))
    opml = tmp_path / "subs.opml"
    opml.write_text(f'<opml version="2.0"><body><outline text="Agencias"><outline text="W" '
                    f'xmlUrl="{wire}"/></outline></body></opml>', encoding="utf-8")

    # 1. three feeds added, one by OPML, and refreshed
    await cli(capsys, "add", server.url("/agua.xml"))
    await cli(capsys, "add", atom)
    await cli(capsys, "add", "--opml", str(opml))
    assert "0 failed" in await cli(capsys, "refresh")
    out = await cli(capsys, "feeds", "--json")
    feeds = {f["title"]: f for f in map(json.loads, out.splitlines())}
    assert {k: (v["items"], v["unread"]) for k, v in feeds.items()} == {
        "Agua Hoy": (2, 2), "Port": (1, 1), "Wire": (3, 3)}
    assert feeds["Wire"]["tags"] == ["Agencias"]
    out = await cli(capsys, "articles", "--feed", "Agua Hoy", "--json")
    listed = [json.loads(x) for x in out.splitlines()]
    assert {a["title"] for a in listed} == {"El agua llega a los barrios", "Otra nota"}

    # 2. read offline in the app, annotate, find it again by full-text search
    server.stopped = True
    db = Path(os.environ["CLAIMDESK_DB"])
    app = ClaimdeskApp(paths=[], db_path=db, desk=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, DeskScreen)
        sources = app.screen.query_one("#desk-sources", OptionList)
        labels = [str(sources.get_option_at_index(i).prompt) for i in
                  range(sources.option_count)]
        assert "Agua Hoy (2)" in labels and "Wire (3)" in labels
        rows = app.screen.query_one(ArticleList)
        rows.move_to([r.title for r in rows.rows].index("El agua llega a los barrios"))
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, LibraryArticleScreen)
        assert "Guadalajara" in screen.article.text
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await pilot.press("q")
        await settle(app, pilot)
        await pilot.press("slash", *"guadalajara")
        await settle(app, pilot)
        assert isinstance(app.screen, DeskSearchScreen)
        assert app.screen.hits[0].article.title == "El agua llega a los barrios"
    with AnnotationStore(db) as notes:
        [record] = notes.all()
    assert record["article"]["version"] == "1"
    exact = record["target"]["quote"]["exact"]

    # 3. the publisher edits the article; a refresh flags it and keeps both versions
    server.stopped = False
    publish(server, "Actualización: " + STORY.replace("en marzo", "en abril"))
    assert "1 changed" in await cli(capsys, "refresh")
    out = await cli(capsys, "articles", "--changed", "--json")
    [changed] = [json.loads(x) for x in out.splitlines()]
    assert (changed["title"], changed["versions"]) == ("El agua llega a los barrios", 2)

    app = ClaimdeskApp(paths=[], db_path=db, desk=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        rows = app.screen.query_one(ArticleList)
        rows.move_to([r.id for r in rows.rows].index(changed["id"]))
        assert rows.current.changed
        await pilot.press("d")
        await settle(app, pilot)
        assert isinstance(app.screen, DiffScreen)
        diff = str(app.screen.query_one("#diff-text", Static).render())
        assert "[-marzo.-]" in diff or "[-marzo-]" in diff
        assert "{+abril" in diff and "{+Actualización:" in diff
        await pilot.press("escape", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryArticleScreen)
        assert app.screen.article.extra["version"] == "2"
        title = str(app.screen.query_one("#article-title").render())
        assert "version 2" in title
        status = str(app.screen.query_one("#article-status").render())
        assert "Annotated: Unrated (fuzzy)" in status  # the anchor status is shown
    with AnnotationStore(db) as notes:
        [record] = notes.all()
    assert record["anchor"]["status"] in {"moved", "exact", "fuzzy"}
    start = record["target"]["position"]["start"]
    with LibraryStore(library_path(db)) as store:
        text = store.load(changed["id"]).text
    assert exact.startswith("La alcaldesa de Guadalajara")
    assert start == len("Actualización: ")  # moved with the inserted words
    assert text[start:].startswith("La alcaldesa de Guadalajara")
    assert record["article"]["version"] == "1"  # made on version 1, now anchored on 2
