"""Silent edits of summary-only items' pages: young pages are re-checked at each refresh."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from feed_server import FeedServer, rss, serving
from pilot_settle import settle

from reader.core.model import Article
from reader.library import LibraryStore
from reader.library.fetch import FetchLimits
from reader.library.recheck import Recheck
from reader.library.records import Incoming
from reader.library.refresh import refresh
from reader.library.schema import SCHEMA_VERSION, STEPS

FAST = FetchLimits(connect_timeout=2, read_timeout=2, total_timeout=2.5, retries=1,
                   backoff=0.01, max_bytes=1024 * 1024, max_retry_after=1)
SENTENCE = "El desempleo subió al nueve por ciento según el instituto de estadística."


@pytest.fixture
def feed_server() -> FeedServer:
    with serving() as server:
        yield server


@pytest.fixture
def store(tmp_path: Path) -> LibraryStore:
    with LibraryStore(tmp_path / "library.sqlite3") as opened:
        yield opened


def page(sentence: str = SENTENCE) -> str:
    paragraphs = "".join(f"<p>{sentence} Párrafo {i} con más detalles del informe.</p>"
                         for i in range(4))
    return (f"<html lang='es'><head><title>Informe</title></head><body><article>"
            f"<h1>Informe</h1>{paragraphs}</article></body></html>")


def publish(server: FeedServer, count: int = 1, teaser: str = "Un adelanto.",
            **page_options: object) -> str:
    """A summary-only feed (it answers 304 once fetched) with ``count`` item pages."""
    items = []
    for n in range(count):
        server.add(f"/p/{n}", page(), content_type="text/html; charset=utf-8", **page_options)
        items.append({"title": f"Informe {n}", "link": server.url(f"/p/{n}"),
                      "guid": f"g{n}", "description": f"{teaser} {n}"})
    return server.add("/rss", rss("Wire", items), etag='"feed-1"')


def first(store: LibraryStore, url: str, recheck: Recheck | None = None):
    feed = store.add_feed(url)
    [outcome] = refresh(store, [feed], FAST, recheck=recheck)
    assert outcome.error == "" and outcome.new >= 1
    return store.find_feed(feed.id)  # with the feed's ETag: the next refresh gets a 304


def page_hits(server: FeedServer) -> list[str]:
    return [path for path, _ in server.requests if path.startswith("/p/")]


def test_silent_edit_of_the_page_becomes_a_new_version(store, feed_server) -> None:
    feed = first(store, publish(feed_server))
    [article] = store.articles()
    assert "nueve" in store.load(article.id).text
    feed_server.routes["/p/0"].body = page(SENTENCE.replace("nueve", "doce")).encode()
    [outcome] = refresh(store, [feed], FAST)
    assert (outcome.status, outcome.changed, outcome.warnings) == ("not modified", 1, [])
    [changed] = store.articles(changed=True)
    assert changed.versions == 2 and [v.number for v in store.versions(changed.id)] == [1, 2]
    assert "doce" in store.load(changed.id).text and "nueve" in store.load(changed.id, 1).text
    assert ("insert", "doce") in store.diff(changed.id)
    [again] = refresh(store, [feed], FAST)  # the same page again: no third version
    assert again.changed == 0 and store.articles()[0].versions == 2


def test_a_304_page_is_not_downloaded_and_makes_no_version(store, feed_server) -> None:
    feed = first(store, publish(feed_server, etag='"page-1"'))
    ident = store.articles()[0].id
    checked = store.db.execute("SELECT page_etag, page_checked_at FROM articles").fetchone()
    assert checked[0] == '"page-1"'
    # the body changes but the ETag does not: only a full download could see the edit
    feed_server.routes["/p/0"].body = page("Texto que nunca debe llegar.").encode()
    [outcome] = refresh(store, [feed], FAST)
    assert outcome.changed == 0 and store.articles()[0].versions == 1
    assert feed_server.requests[-1][1].get("if-none-match") == '"page-1"'
    assert "nunca" not in store.load(ident).text
    later = store.db.execute("SELECT page_checked_at FROM articles").fetchone()[0]
    assert later > checked[1]


def test_old_articles_are_not_fetched_again(store, feed_server) -> None:
    feed = first(store, publish(feed_server))
    store.db.execute("UPDATE articles SET seen_at = '2020-01-01T00:00:00Z'")
    before = len(page_hits(feed_server))
    feed_server.routes["/p/0"].body = page(SENTENCE.replace("nueve", "doce")).encode()
    [outcome] = refresh(store, [feed], FAST)
    assert outcome.changed == 0 and len(page_hits(feed_server)) == before


def test_at_most_k_pages_per_feed_oldest_checked_first(store, feed_server) -> None:
    policy = Recheck(days=3, per_feed=2)
    feed = first(store, publish(feed_server, count=5), policy)
    assert sorted(page_hits(feed_server)) == [f"/p/{n}" for n in range(5)]
    rounds = []
    for _ in range(3):
        before = len(page_hits(feed_server))
        refresh(store, [feed], FAST, recheck=policy)
        rounds.append(set(page_hits(feed_server)[before:]))
    assert [len(r) for r in rounds] == [2, 2, 2]
    assert len(rounds[0] | rounds[1] | rounds[2]) == 5  # the longest-unchecked go first
    before = len(page_hits(feed_server))
    refresh(store, [feed], FAST, recheck=Recheck(per_feed=0))
    assert len(page_hits(feed_server)) == before


@pytest.mark.parametrize("status", [404, 500])
def test_a_page_that_now_fails_keeps_the_stored_version(store, feed_server, status) -> None:
    feed = first(store, publish(feed_server))
    ident = store.articles()[0].id
    text = store.load(ident).text
    feed_server.routes["/p/0"].status = status
    [outcome] = refresh(store, [feed], FAST)
    assert outcome.error == "" and outcome.changed == 0
    assert len(outcome.warnings) == 1 and str(status) in outcome.warnings[0]
    [kept] = store.articles()
    assert (kept.versions, kept.note, store.load(ident).text) == (1, "", text)
    assert store.find_feed(feed.id).last_error == ""


def test_a_changed_summary_fetches_the_page_and_a_failure_keeps_it(store, feed_server) -> None:
    feed = first(store, publish(feed_server))
    ident = store.articles()[0].id
    feed_server.routes["/p/0"].body = page(SENTENCE.replace("nueve", "once")).encode()
    publish_again = feed_server.routes["/rss"]
    publish_again.body = publish_again.body.replace(b"Un adelanto.", b"Otro adelanto.")
    publish_again.etag = '"feed-2"'
    [outcome] = refresh(store, [feed], FAST)
    assert outcome.changed == 1 and "once" in store.load(ident).text
    before = len(page_hits(feed_server))
    feed_server.routes["/p/0"].status = 404
    publish_again.body = publish_again.body.replace(b"Otro", b"Tercer")
    publish_again.etag = '"feed-3"'
    [failed] = refresh(store, [feed], FAST)
    assert len(page_hits(feed_server)) == before + 1  # fetched once, not re-checked again
    assert failed.changed == 0 and failed.warnings and "404" in failed.warnings[0]
    assert store.articles()[0].versions == 2 and "once" in store.load(ident).text


def test_full_text_items_are_never_page_checked(store, feed_server) -> None:
    body = " ".join([SENTENCE] * 20)
    feed_server.add("/p/0", page(), content_type="text/html")
    url = feed_server.add("/rss", rss("Full", [
        {"title": "Completo", "link": feed_server.url("/p/0"), "guid": "c",
         "description": body}]))
    feed = first(store, url)
    refresh(store, [feed], FAST)
    assert page_hits(feed_server) == []


def test_a_version_1_store_gains_the_page_columns(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(STEPS[1])
        db.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, applied_at TEXT)")
        db.execute("INSERT INTO migrations VALUES (1, 'then')")
        db.execute("PRAGMA user_version = 1")
    with LibraryStore(path) as store:
        columns = {row[1] for row in store.db.execute("PRAGMA table_info(articles)")}
        assert {"page_url", "page_etag", "page_last_modified", "page_checked_at"} <= columns
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_cli_refresh_shows_the_edit_and_reports_a_failing_page(capsys, feed_server) -> None:
    import json

    from reader.cli import main

    assert main(["add", publish(feed_server)]) == 0
    feed_server.routes["/p/0"].body = page(SENTENCE.replace("nueve", "doce")).encode()
    capsys.readouterr()
    assert main(["refresh", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert "1 changed, 0 failed" in out and err == ""
    assert main(["articles", "--changed", "--json"]) == 0
    [row] = [json.loads(line) for line in capsys.readouterr()[0].splitlines()]
    assert (row["changed"], row["versions"]) == (True, 2)
    feed_server.routes["/p/0"].status = 404
    assert main(["refresh", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert "0 changed, 0 failed" in out
    assert err.startswith("  ! Wire: page re-check failed, stored text kept:") and "404" in err
    assert len(err.splitlines()) == 1



def test_an_article_removed_meanwhile_is_not_brought_back(store, feed_server,
                                                          monkeypatch) -> None:
    """Another process removes the article while its page is being re-checked."""
    import asyncio

    from reader.library import recheck
    from reader.library.fetch import Fetcher

    feed = first(store, publish(feed_server))
    [due] = recheck.due_checks(store, feed.id, Recheck())
    store.db.execute("DELETE FROM articles")
    monkeypatch.setattr(recheck, "due_checks", lambda *args: [due])
    feed_server.routes["/p/0"].body = page("Otro texto del informe, ya editado.").encode()

    async def go() -> tuple[int, list[str]]:
        async with Fetcher(FAST) as fetcher:
            return await recheck.recheck_pages(fetcher, store, feed.id, Recheck())
    assert asyncio.run(go()) == (0, []) and store.count() == 0
    assert store.save_version(due.article_id, Incoming(article=Article(
        path="x", title="x", text="x", blocks=()))).outcome == "gone"
    assert store.db.execute("SELECT count(*) FROM versions").fetchone()[0] == 0


def test_cli_recheck_days_setting(capsys, feed_server) -> None:
    from reader.cli import main

    assert main(["add", publish(feed_server)]) == 0
    assert main(["refresh", "--quiet", "--recheck-days", "0"]) == 0
    before = len(page_hits(feed_server))
    feed_server.routes["/p/0"].body = page(SENTENCE.replace("nueve", "doce")).encode()
    assert main(["refresh", "--quiet"]) == 0  # the setting stays: still off
    assert len(page_hits(feed_server)) == before and "0 changed" in capsys.readouterr()[0]
    assert main(["refresh", "--quiet", "--recheck-days", "2"]) == 0
    assert "1 changed" in capsys.readouterr()[0]
    assert main(["refresh", "--recheck-days", "-1"]) == 1
    assert "--recheck-days must be between 0 and 365" in capsys.readouterr()[1]


async def test_the_desk_shows_the_rechecked_version(tmp_path: Path, feed_server) -> None:
    """The page edit found by a re-check is the desk's version 2 and its diff."""
    import asyncio

    from textual.widgets import Static

    from reader.library import library_path
    from reader.tui.app import ClaimdeskApp
    from reader.tui.screens.diff import DiffScreen
    from reader.tui.widgets.article_list import ArticleList

    notes = tmp_path / "notes.json"

    def edited_library() -> None:
        with LibraryStore(library_path(notes)) as opened:
            feed = first(opened, publish(feed_server))
            feed_server.routes["/p/0"].body = page(SENTENCE.replace("nueve", "doce")).encode()
            assert refresh(opened, [feed], FAST)[0].changed == 1
    await asyncio.to_thread(edited_library)  # refresh runs its own event loop
    app = ClaimdeskApp(paths=[], db_path=notes, desk=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        [row] = app.screen.query_one(ArticleList).rows
        assert (row.versions, row.changed) == (2, True)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, DiffScreen)
        shown = str(app.screen.query_one("#diff-text", Static).render())
        assert "{+doce+}" in shown and "[-nueve-]" in shown
        await pilot.press("escape")
        feed_server.routes["/p/0"].status = 404
        await pilot.press("r")
        await settle(pilot)
        assert app.screen.summary.endswith(", 1 stored page kept (fetch failed)")
        assert app.screen.query_one(ArticleList).rows[0].versions == 2


def test_a_non_ascii_validator_is_not_sent_back(store, feed_server) -> None:
    """A server's ETag with a non-ASCII byte cannot go into a request header: the page
    (and the feed) are fetched in full instead of failing at every refresh."""
    url = publish(feed_server, etag='"café"')
    feed_server.routes["/rss"].etag = '"fé"'
    feed = first(store, url)
    feed_server.routes["/p/0"].body = page(SENTENCE.replace("nueve", "doce")).encode()
    [outcome] = refresh(store, [feed], FAST)
    assert (outcome.error, outcome.warnings, outcome.changed) == ("", [], 1)
    assert "if-none-match" not in feed_server.requests[-1][1]
