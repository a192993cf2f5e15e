"""The library subcommands against a local server: add, feeds, refresh, articles, search,
remove; output safe for a terminal, JSON with controls escaped, one-line errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from feed_server import FeedServer, long_text, rss, serving

from reader.cli import main

BODY = long_text("La ministra de Economía de México presentó el presupuesto.")
HOSTILE_TITLE = "\x1b[31mRed\x1b[0m [@click=app.quit]x[/] \u202eevil"


@pytest.fixture
def server() -> FeedServer:
    with serving() as running:
        yield running


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _wire(server: FeedServer, title: str = "Wire") -> str:
    return server.add("/wire.xml", rss(title, [
        {"title": "Budget", "link": server.url("/a/budget"), "guid": "b", "description": BODY},
        {"title": HOSTILE_TITLE.replace("\x1b", "&#27;"), "link": server.url("/a/2"),
         "guid": "h", "description": BODY},
    ]))


def test_add_feed_then_list_search_and_remove(capsys, server: FeedServer) -> None:
    url = _wire(server)
    code, out, _ = run(capsys, "add", url, "--tag", "wires")
    assert code == 0 and "subscribed: Wire" in out and "2 articles" in out
    code, out, _ = run(capsys, "feeds", "--json")
    [feed] = [json.loads(line) for line in out.splitlines()]
    assert (feed["title"], feed["items"], feed["unread"], feed["tags"]) == ("Wire", 2, 2,
                                                                             ["wires"])
    code, out, _ = run(capsys, "articles", "--feed", "Wire", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["title"] for r in rows} >= {"Budget"}
    assert set(rows[0]) >= {"id", "title", "url", "feed", "date", "read", "versions"}
    assert "\x1b" not in out and "\\u202e" in out
    code, out, _ = run(capsys, "articles")
    assert "\x1b" not in out and "\u202e" not in out and "[@click=app.quit]x[/]" in out
    code, out, _ = run(capsys, "search", "mexico", "--json")
    assert code == 0 and len(out.splitlines()) == 2
    assert "«México»" in json.loads(out.splitlines()[0])["snippet"]
    code, out, _ = run(capsys, "remove", "Wire")
    assert code == 0 and "removed Wire and its 2 articles" in out
    assert run(capsys, "articles")[1] == ""


def test_page_offers_its_feeds(capsys, server: FeedServer) -> None:
    _wire(server)
    server.add("/other.xml", rss("Other", [{"title": "O", "description": BODY}]))
    page = server.add("/", "<html><head><link rel='alternate' type='application/rss+xml' "
                      "href='/wire.xml' title='Wire feed'><link rel='alternate' "
                      "type='application/atom+xml' href='other.xml'></head><body>x</body></html>",
                      content_type="text/html")
    code, out, _ = run(capsys, "add", page)
    assert code == 0 and "subscribed" in out and "also offered" in out
    assert "other.xml" in out


def test_page_without_feed_is_one_article(capsys, server: FeedServer) -> None:
    page = server.add("/story", "<html><body><article><h1>Historia</h1>" + "".join(
        f"<p>{BODY} {i}</p>" for i in range(3)) + "</article></body></html>",
        content_type="text/html; charset=utf-8")
    code, out, _ = run(capsys, "add", page)
    assert code == 0 and "page added as an article" in out
    code, out, _ = run(capsys, "articles", "--json")
    assert json.loads(out)["url"] == page


def test_opml_import_export(capsys, server: FeedServer, tmp_path: Path) -> None:
    url = _wire(server)
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        f'<outline text="Noticias"><outline text="Wire" xmlUrl="{url}"/>'
        '<outline text="Bad" xmlUrl="javascript:alert(1)"/></outline></body></opml>',
        encoding="utf-8")
    code, out, _ = run(capsys, "add", "--opml", str(opml))
    assert code == 0 and "1 feed(s) added" in out and "1 outline" in out
    code, out, err = run(capsys, "refresh")
    assert code == 0 and "2 new articles" in out
    code, out, _ = run(capsys, "feeds", "--opml")
    assert '<outline text="Noticias"' in out and url in out
    code, out, _ = run(capsys, "articles", "--tag", "Noticias", "--unread")
    assert len(out.splitlines()) == 2


def test_refresh_failure_is_one_line(capsys, server: FeedServer) -> None:
    run(capsys, "add", "--opml", "/dev/null")  # an empty file is not OPML
    url = _wire(server)
    run(capsys, "add", url)
    server.routes["/wire.xml"].status = 410
    server.routes["/wire.xml"].etag = ""
    code, out, err = run(capsys, "refresh")
    assert code == 1 and "410" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "feeds")
    assert "gone" in out and "error: HTTP 410" in out


def test_bad_usage_and_errors(capsys, tmp_path: Path) -> None:
    assert run(capsys, "add")[0] == 1
    code, _, err = run(capsys, "add", "ftp://x.example/feed")
    assert code == 1 and "not an http(s) address" in err
    assert run(capsys, "remove", "nothing")[0] == 1
    assert run(capsys, "articles", "--feed", "nothing")[0] == 1
    bad = tmp_path / "bad.opml"
    bad.write_text('<!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><opml>&a;</opml>')
    code, _, err = run(capsys, "add", "--opml", str(bad))
    assert code == 1 and "entities" in err and "root:" not in err
    with pytest.raises(SystemExit) as usage:
        main(["search"])
    assert usage.value.code == 2


def test_add_files_and_folders(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text("Titular\n\nEl texto de México.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    code, out, err = run(capsys, "add", str(folder))
    assert code == 0 and "1 article added" in out and "empty" in err
    code, out, _ = run(capsys, "search", "MÉXICO")
    assert "Titular" in out


def test_keep_days_prunes_after_refresh_but_never_annotated(capsys, server: FeedServer,
                                                             tmp_path: Path) -> None:
    import os

    from reader.library import LibraryStore, library_path
    from reader.store import AnnotationStore, new_record

    url = _wire(server)
    run(capsys, "add", url)
    db = Path(os.environ["CLAIMDESK_DB"])
    with LibraryStore(library_path(db)) as store:
        first, second = store.articles()
        kept = store.load(first.id)
        store.db.execute("UPDATE articles SET seen_at = '2000-01-01T00:00:00Z'")
    with AnnotationStore(db) as notes:
        notes.add(new_record(kept, 0, 5))
    code, out, _ = run(capsys, "refresh", "--keep-days", "30")
    assert code == 0 and "1 article older than 30 days pruned" in out
    with LibraryStore(library_path(db)) as store:
        assert [a.id for a in store.articles()] == [first.id]
    code, out, _ = run(capsys, "refresh")  # still in the feed: not brought back
    assert "0 new" in out
    assert run(capsys, "refresh", "--keep-days", "-1")[0] == 1


def test_refreshed_articles_are_found_by_seen(capsys, server: FeedServer) -> None:
    """Issue 9 over issue 8: articles that arrive by a feed are in the across index, so
    `claimdesk seen` finds a quotation from them (added, then refreshed after an edit)."""
    quote = "«La economía crecerá un tres por ciento este año», dijo la ministra Ana Ruiz."
    path = "/quote.xml"
    feed = server.add(path, rss("Quotes", [
        {"title": "Economía", "link": server.url("/a/q"), "guid": "q",
         "description": long_text(quote)},
    ]))
    assert run(capsys, "add", feed)[0] == 0
    code, out, _ = run(capsys, "seen", "--json", "la economia crecera un tres por ciento este año")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["title"] for r in rows] == ["Economía"], out
    edited = quote.replace("tres", "cuatro")
    server.add(path, rss("Quotes", [
        {"title": "Economía", "link": server.url("/a/q"), "guid": "q",
         "description": long_text(edited)},
    ]))
    code, out, _ = run(capsys, "refresh", "--quiet")
    assert code == 0 and "1 source refreshed" in out
    code, out, _ = run(capsys, "seen", "--json",
                       "la economía crecerá un cuatro por ciento este año")
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["Economía"], out


def test_feeds_counts_one_item_in_the_singular(capsys, server: FeedServer) -> None:
    url = server.add("/one.xml", rss("One", [
        {"title": "Budget", "link": server.url("/a/one"), "guid": "o", "description": BODY},
    ]))
    assert run(capsys, "add", url)[0] == 0
    code, out, _ = run(capsys, "feeds")
    assert code == 0 and "ok, 1 item, 1 unread" in out, out


def test_add_tag_option_stores_no_control_characters(capsys, tmp_path: Path) -> None:
    """``--tag "$(…)"`` capturing colours stores the words, as the TUI's tag prompt does."""
    opml = tmp_path / "subs.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><head/><body>'
                    '<outline text="Wire" xmlUrl="https://wire.example/rss"/></body></opml>',
                    encoding="utf-8")
    code, _, _ = run(capsys, "add", "--opml", str(opml), "--tag", "\x1b[1;31mrojo\x1b[0m",
                     "--tag", "a\x00b\x7f\u202e", "--tag", "\x1b]0;t\x07")
    assert code == 0
    code, out, _ = run(capsys, "feeds", "--json")
    [feed] = [json.loads(line) for line in out.splitlines()]
    assert feed["tags"] == ["rojo", "ab\u202e"]


def test_adding_a_file_again_says_whether_its_text_changed(capsys, tmp_path: Path) -> None:
    """A file added again after a silent edit was reported "1 article added to the
    library", exactly as a new one: the new version it kept went unnoticed, and adding an
    unchanged file again read as a duplicate."""
    story = tmp_path / "story.txt"
    story.write_text("Port strike\n\nThe union said 4,000 workers walked out on Monday.\n")
    assert run(capsys, "add", str(story))[1] == "1 article added to the library\n"
    story.write_text("Port strike\n\nThe union said 3,000 workers walked out on Monday.\n")
    other = tmp_path / "other.txt"
    other.write_text("Rail fares\n\nFares rise by 5 percent in March, the operator said.\n")
    code, out, _ = run(capsys, "add", str(story), str(other))
    assert (code, out) == (0, "1 article added to the library, 1 already there with a "
                              "changed text (a new version kept)\n")
    code, out, _ = run(capsys, "add", str(story))
    assert out == "0 articles added to the library, 1 already there unchanged\n"


def test_adding_a_folder_without_articles_says_so(capsys, tmp_path: Path) -> None:
    """An empty folder (or one of photos and PDFs) said "0 articles added to the library"
    as if it had been read: one line says it holds no article file and which kinds are
    read; exit 0, as ``import`` of an empty file ("nothing to import")."""
    empty = tmp_path / "clippings"
    empty.mkdir()
    (empty / "scan.pdf").write_bytes(b"%PDF-1.4")
    code, out, err = run(capsys, "add", str(empty))
    assert (code, err) == (0, "")
    assert out == (f"nothing to add: {empty} holds no article file (read: .htm .html .json "
                   ".markdown .md .text .txt); the library is unchanged\n")
    assert run(capsys, "articles", "--json")[1].strip() in ("", "[]")


def test_a_store_locked_by_another_program_is_one_clear_line(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holding the article store locked (a second refresh, a backup
    tool, sqlite3 at the prompt) made add and refresh end in "internal error:
    OperationalError: database is locked" after the busy time-out."""
    import os
    import sqlite3

    from reader.library import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    story = tmp_path / "story.txt"
    story.write_text("Port strike\n\nThe union said 4,000 workers walked out on Monday.\n")
    run(capsys, "add", str(story))
    store = Path(os.environ["CLAIMDESK_DB"]).parent / "library.sqlite3"
    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        story.write_text("Port strike\n\nThe union said 3,000 workers walked out.\n")
        code, out, err = run(capsys, "add", str(story))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert (code, out) == (1, "")
    assert err == (f"claimdesk: the article store {store} is busy: another program kept it "
                   "locked for 0 s; this change was not saved, try again\n")
    assert run(capsys, "articles", "--json")[1].count('"versions": 1') == 1


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "🙂"])
def test_a_search_without_any_word_says_so(capsys, query: str) -> None:
    """A search of only quotes, stars or an emoji (a mis-pasted phrase) answered "no
    article contains all of these words", which read as a search done and failed."""
    code, out, err = run(capsys, "search", query)
    assert (code, out) == (1, "")
    shown = repr(" ".join(query.split()))
    assert err == f"claimdesk: nothing to search for: {shown} holds no letter or digit\n"


def test_adding_a_page_again_says_whether_its_text_changed(capsys, server: FeedServer) -> None:
    """A page added again after a silent edit said "page added as an article", as the
    first time: the new version it kept went unnoticed."""
    def story(figure: str) -> str:
        return ("<html><body><article><h1>Housing</h1><p>" + long_text(
            f"The mayor promised {figure} new homes before the end of the year.")
            + "</p></article></body></html>")

    page = server.add("/housing", story("300"), content_type="text/html; charset=utf-8")
    code, first, _ = run(capsys, "add", page)
    ident = first.rsplit("[", 1)[1].rstrip("]\n")
    assert first == f"page added as an article: Housing [{ident}]\n"
    assert run(capsys, "add", page)[1] == (f"page already in the library, unchanged: "
                                           f"Housing [{ident}]\n")
    server.add("/housing", story("200"), content_type="text/html; charset=utf-8")
    assert run(capsys, "add", page)[1] == ("page already in the library, its text changed "
                                           f"(version 2 kept): Housing [{ident}]\n")


def test_a_database_path_that_is_no_file_adds_nothing_beside_it(
        capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`claimdesk add FOLDER --db /dev/null` created /dev/library.sqlite3 and said
    "1 article added" (the annotation commands refuse that path); a folder given as the
    database put the store beside it the same way. Both are refused in one line."""
    monkeypatch.delenv("CLAIMDESK_LIBRARY", raising=False)
    articles = tmp_path / "arts"
    articles.mkdir()
    (articles / "a.txt").write_text("Un titular\n\nEl texto del artículo.", encoding="utf-8")
    folder_db = tmp_path / "db" / "notes.json"
    folder_db.mkdir(parents=True)
    fifo_db = tmp_path / "fifo" / "notes.json"  # as /dev/null: a special file
    fifo_db.parent.mkdir()
    os.mkfifo(fifo_db)
    for db in (folder_db, fifo_db):
        for argv in (["add", str(articles)], ["articles"], ["feeds"]):
            code, out, err = run(capsys, *argv, "--db", str(db))
            assert code == 1 and out == "", argv
            assert err.count("\n") == 1 and "nothing was done" in err, err
    assert not (tmp_path / "db" / "library.sqlite3").exists()
    assert not (tmp_path / "fifo" / "library.sqlite3").exists()


def test_a_feed_added_under_another_spelling_is_already_followed(
    capsys, server: FeedServer
) -> None:
    url = _wire(server)
    assert run(capsys, "add", url)[0] == 0
    again = url.replace("http://", "HTTP://", 1) + "#arriba"
    code, out, _ = run(capsys, "add", again, "--tag", "agencias")
    assert code == 0 and out.startswith(f"already followed: Wire <{url}> — ")
    assert len(out.splitlines()) == 1
    code, out, _ = run(capsys, "feeds", "--json")
    [feed] = [json.loads(line) for line in out.splitlines()]
    assert (feed["url"], feed["tags"]) == (url, ["agencias"])


def _paths(capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    code, out, _ = run(capsys, "articles", "--json")
    assert code == 0
    return {row["title"]: row["path"] for row in map(json.loads, out.splitlines())}


def test_a_file_added_by_a_relative_path_is_stored_where_it_is(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``claimdesk add .`` stored "./story.txt": run from another folder, that named no
    file. The folder is stored absolute and resolved, the name as given."""
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    (news / "story.txt").write_text("Port strike\n\nThe union said 4,000 workers left.\n")
    (news / "sub" / "fares.txt").write_text("Rail fares\n\nFares rise by 5 percent.\n")
    monkeypatch.chdir(news / "sub")
    assert run(capsys, "add", "..")[0] == 0
    monkeypatch.chdir(tmp_path)
    real = os.path.realpath(news)
    assert _paths(capsys) == {"Port strike": os.path.join(real, "story.txt"),
                              "Rail fares": os.path.join(real, "sub", "fares.txt")}


def test_a_relative_path_stored_earlier_is_left_said_and_mended_by_adding_again(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows an earlier claimdesk stored relative are never resolved against today's folder
    (it may not be the one they were added from): they stay as they are, ``articles``
    says one cannot be found from here and how to mend it, and adding the file again
    records its full path (same article: its annotations follow)."""
    import sqlite3

    from reader.library import library_path

    news = tmp_path / "news"
    news.mkdir()
    (news / "story.txt").write_text("Port strike\n\nThe union said 4,000 workers left.\n")
    monkeypatch.chdir(news)
    run(capsys, "add", ".")
    store = library_path(Path(os.environ["CLAIMDESK_DB"]))
    with sqlite3.connect(store) as db:  # as an earlier claimdesk left it
        db.execute("UPDATE articles SET path = './story.txt'")
    db.close()
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "articles")
    assert code == 0 and "Port strike" in out
    assert err == ("claimdesk: 1 file article stored with a path relative to an unknown "
                   "folder (e.g. ./story.txt), so the file cannot be found from here; "
                   "claimdesk add it again to record its full path\n")
    assert _paths(capsys) == {"Port strike": "./story.txt"}
    code, out, _ = run(capsys, "add", "news/story.txt")
    assert out == "0 articles added to the library, 1 already there unchanged\n"
    assert _paths(capsys) == {"Port strike": os.path.join(os.path.realpath(news),
                                                          "story.txt")}
    assert run(capsys, "articles")[2] == ""
