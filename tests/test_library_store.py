"""The article store: dedup, versions, search with accents folded, state, pruning, safety."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.library import Incoming, LibraryError, LibraryStore, library_path
from reader.library.diff import word_diff
from reader.library.schema import SCHEMA_VERSION
from reader.library.urls import is_fetchable, normalise_url
from reader.sources.assemble import Meta, build_article

REPO = Path(__file__).resolve().parents[1]


def article(text: str, url: str = "https://news.example/a", title: str = "A title"):
    return build_article(url, "feed", [("paragraph", p, 0) for p in text.split("\n\n")],
                         Meta(title=title, url=url, source="News"))


@pytest.fixture
def store(tmp_path: Path) -> LibraryStore:
    with LibraryStore(tmp_path / "library.sqlite3") as opened:
        yield opened


@pytest.mark.parametrize(("raw", "normal"), [
    ("HTTPS://Example.COM:443/a/?utm_source=x&b=2&a=1#top", "https://example.com/a?a=1&b=2"),
    ("http://example.com:80", "http://example.com/"),
    ("http://example.com:8080/x/?fbclid=1&gclid=2&mc_cid=3&q=1", "http://example.com:8080/x?q=1"),
    ("https://example.com/%7euser/", "https://example.com/~user"),
    ("javascript:alert(1)", "javascript:alert(1)"),
])
def test_normalise_url(raw: str, normal: str) -> None:
    assert normalise_url(raw) == normal
    assert normalise_url(normal) == normal


def test_only_http_is_fetchable() -> None:
    assert is_fetchable("https://x.example/a")
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://x/",
                "http://", "", "http://[::1"):
        assert not is_fetchable(bad)


def test_store_sits_beside_the_annotation_database(tmp_path: Path) -> None:
    assert library_path(tmp_path / "x" / "notes.json") == tmp_path / "x" / "library.sqlite3"


def test_schema_version_wal_and_migration_row(store: LibraryStore) -> None:
    db = store.db
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT version FROM migrations").fetchall() == [
        (version,) for version in range(1, SCHEMA_VERSION + 1)]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    LibraryStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(LibraryError, match="schema version"):
        LibraryStore(path)


def test_not_a_database_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="not usable"):
        LibraryStore(path)


def test_same_text_is_one_version_and_changed_text_a_new_one(store: LibraryStore) -> None:
    first = store.save(Incoming(article("Old words here.")))
    assert first.outcome == "new"
    assert store.save(Incoming(article("Old words here."))).outcome == "same"
    changed = store.save(Incoming(article("New words here.")))
    assert (changed.outcome, changed.version) == ("changed", 2)
    [listed] = store.articles(changed=True)
    assert listed.versions == 2
    assert store.load(listed.id, 1).text == "Old words here."
    assert store.load(listed.id).text == "New words here."
    assert ("delete", "Old") in store.diff(listed.id)
    assert ("insert", "New") in store.diff(listed.id)


def test_dedup_by_normalised_url_and_feed_item(store: LibraryStore) -> None:
    feed = store.add_feed("https://feed.example/rss")
    other = store.add_feed("https://other.example/rss")
    a = store.save(Incoming(article("Text.", "https://news.example/a?utm_source=rss"),
                            item_key="guid-1"), feed.id)
    b = store.save(Incoming(article("Text.", "HTTPS://NEWS.example/a/#x"), item_key="g"),
                   other.id)
    # the same item id with a new link is still the same article
    c = store.save(Incoming(article("Text 2.", "https://news.example/moved"),
                            item_key="guid-1"), feed.id)
    assert a.article_id == b.article_id == c.article_id
    assert store.count() == 1
    assert [f.items for f in store.feeds()] == [1, 1]


def test_search_folds_accents_and_case_and_ranks(store: LibraryStore) -> None:
    store.save(Incoming(article("El presidente de México habló.", "https://n.example/1",
                                title="Otro")))
    store.save(Incoming(article("Texto sin nada.", "https://n.example/2", title="México hoy")))
    hits = store.search("MEXICO")
    assert len(hits) == 2
    assert hits[0].article.title == "México hoy"  # a title match ranks first
    assert "\x02México\x03" in hits[1].snippet
    assert store.search('"" OR * NEAR(') == []  # query syntax is never interpreted
    assert store.search("ausente") == []


def test_read_star_tags_and_counts(store: LibraryStore) -> None:
    ids = [store.save(Incoming(article(f"Text {i}.", f"https://n.example/{i}"))).article_id
           for i in range(3)]
    store.set_read(ids[:2])
    store.set_starred(ids[2:])
    store.set_tags(ids[0], ["politics", "a,b"])
    assert store.counts() == {"all": 3, "unread": 1, "starred": 1, "changed": 0, "files": 0}
    assert [a.id for a in store.articles(unread=True)] == ids[2:]
    assert store.articles(tag="politics")[0].id == ids[0]
    assert store.tags() == ["a b", "politics"]


def test_prune_keeps_annotated_and_starred(store: LibraryStore) -> None:
    ids = [store.save(Incoming(article(f"Text {i}.", f"https://n.example/{i}"))).article_id
           for i in range(3)]
    store.set_starred([ids[1]])
    assert store.prune("9999-01-01T00:00:00Z", keep={ids[0]}) == 1
    assert {a.id for a in store.articles()} == {ids[0], ids[1]}
    assert store.search("text 2") == []


def test_remove_feed_keeps_annotated_articles(store: LibraryStore) -> None:
    feed = store.add_feed("https://feed.example/rss", tags=("news",))
    ids = [store.save(Incoming(article(f"T {i}.", f"https://n.example/{i}"), item_key=str(i)),
                      feed.id).article_id for i in range(2)]
    assert store.remove_feed(feed.id, keep={ids[0]}) == 1
    assert [a.id for a in store.articles()] == [ids[0]]
    assert store.feeds() == []


def test_feed_errors_are_recorded_and_cleared(store: LibraryStore) -> None:
    feed = store.add_feed("https://feed.example/rss")
    store.record_fetch_error(feed.id, "HTTP 500\nserver error")
    found = store.find_feed("https://feed.example/rss")
    assert (found.status, found.last_error) == ("error", "HTTP 500 server error")
    since = found.failing_since
    store.record_fetch_error(feed.id, "again")
    assert store.find_feed(feed.id).failing_since == since
    store.record_fetch_ok(feed.id, title="Feed", etag='"e1"')
    found = store.find_feed("feed")  # by title, case folded
    assert (found.status, found.last_error, found.etag) == ("ok", "", '"e1"')


def test_word_diff_rebuilds_both_texts() -> None:
    old, new = "Uno dos  tres cuatro.", "Uno tres cinco cuatro. Seis"
    pieces = word_diff(old, new)
    assert "".join(t for op, t in pieces if op != "insert") == old
    assert "".join(t for op, t in pieces if op != "delete") == new


_WRITER = textwrap.dedent("""
    import sys
    from reader.library import Incoming, LibraryStore
    from reader.sources.assemble import Meta, build_article
    store = LibraryStore(sys.argv[1])
    tag = sys.argv[2]
    for i in range(int(sys.argv[3])):
        url = f"https://n.example/{tag}/{i}"
        a = build_article(url, "feed", [("paragraph", f"Body {tag} {i}.", 0)],
                          Meta(title=f"T {i}", url=url))
        store.save(Incoming(a))
        if i == 5:
            print("ready", flush=True)
    store.close()
""")


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "library.sqlite3")
    LibraryStore(Path(path)).close()
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, path, tag, "60"], cwd=REPO,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for tag in ("a", "b")]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with LibraryStore(Path(path)) as store:
        assert store.count() == 120
        assert len(store.search("body")) == 50


def test_a_killed_writer_leaves_the_store_consistent(tmp_path: Path) -> None:
    path = str(tmp_path / "library.sqlite3")
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, path, "k", "100000"], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"ready"
    proc.kill()
    proc.wait(timeout=30)
    with LibraryStore(Path(path)) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = store.count()
        assert count >= 6
        versions = store.db.execute("SELECT count(*) FROM versions").fetchone()[0]
        indexed = store.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert versions == indexed == count  # no half-written article


def test_prune_setting_keeps_annotated(store: LibraryStore) -> None:
    from datetime import UTC, datetime, timedelta

    from reader.library.prune import keep_days, prune_by_setting, set_keep_days

    ids = [store.save(Incoming(article(f"Text {i}.", f"https://n.example/{i}"))).article_id
           for i in range(3)]
    assert prune_by_setting(store, set()) == 0  # off by default
    set_keep_days(store, 30)
    assert keep_days(store) == 30
    later = datetime.now(UTC) + timedelta(days=31)
    assert prune_by_setting(store, {ids[0]}, now=later) == 2
    assert [a.id for a in store.articles()] == [ids[0]]


def _long_article(seed: int) -> str:
    """100 paragraphs of four 15-word sentences from a small news vocabulary."""
    rnd = random.Random(seed)
    words = ["the", "council", "said", "budget", "rose", "fell", "percent", "million",
             "year", "minister", "city", "police", "report", "homes", "workers"]
    sentences = [" ".join(rnd.choice(words) for _ in range(15)).capitalize() + "."
                 for _ in range(400)]
    return "\n\n".join(" ".join(sentences[i:i + 4]) for i in range(0, 400, 4))


def test_word_diff_of_a_long_rewritten_article_stays_small_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One alignment over every word of a 6,000-word article (a live blog rewritten
    through the day) compared 144 million token pairs: the desk froze 9 s on d, and
    minutes for longer ones. Lines, then sentences, then words are aligned in turn."""
    import difflib

    work: list[int] = []
    original = difflib.SequenceMatcher.set_seqs

    def counted(self: difflib.SequenceMatcher, a: object, b: object) -> None:
        work.append(len(a) * len(b))  # type: ignore[arg-type]
        original(self, a, b)

    monkeypatch.setattr(difflib.SequenceMatcher, "set_seqs", counted)
    old = _long_article(1)
    for new in (_long_article(2), old.replace("minister said", "ministers said", 30)):
        work.clear()
        pieces = word_diff(old, new)
        assert "".join(t for op, t in pieces if op != "insert") == old
        assert "".join(t for op, t in pieces if op != "delete") == new
        assert sum(work) < 5_000_000
    assert ("insert", "ministers") in pieces and ("delete", "minister") in pieces


def test_one_subscription_under_any_spelling_of_its_address(store: LibraryStore) -> None:
    first = store.add_feed("HTTP://Noticias.example/feed#x", tags=("a",))
    for spelling in ("http://noticias.example/feed", "http://noticias.example:80/feed",
                     "http://noticias.example/feed/?utm_source=boletin"):
        assert store.followed(spelling).id == first.id
        assert store.add_feed(spelling, tags=("b",)).id == first.id
    [feed] = store.feeds()
    assert (feed.url, feed.tags) == ("HTTP://Noticias.example/feed#x", ("a", "b"))
    assert store.find_feed("http://NOTICIAS.example/feed").id == first.id
    assert store.followed("https://noticias.example/feed") is None  # another scheme


def _version_2_library(path: Path) -> None:
    """A library as version 2 kept it: three spellings of one feed, each with history."""
    from reader.library.schema import STEPS

    with sqlite3.connect(path) as db:
        for version in (1, 2):
            for statement in STEPS[version].split(";\n"):
                db.execute(statement)
        db.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, applied_at TEXT)")
        feeds = [(1, "http://host.example/feed", "2026-01-02", "Diario", "e-1", "tarde"),
                 (2, "HTTP://host.example/feed#x", "2026-01-01", "Diario viejo", "e-0",
                  "mañana"),
                 (3, "http://host.example:80/feed", "2026-01-03", "", "", "noche"),
                 (4, "http://otro.example/feed", "2026-01-01", "Otro", "", "")]
        db.executemany("INSERT INTO feeds (id, url, added_at, title, etag, tags) "
                       "VALUES (?, ?, ?, ?, ?, ?)", feeds)
        articles = [("a1", 1, 1, 0), ("a2", 2, 0, 1), ("a3", 3, 1, 0), ("a4", 4, 0, 0)]
        db.executemany("INSERT INTO articles (id, norm_url, feed_id, read, starred, seen_at) "
                       "VALUES (?, ?, ?, ?, ?, '2026-01-05')",
                       [(i, f"https://n.example/{i}", f, r, s) for i, f, r, s in articles])
        db.executemany("INSERT INTO items VALUES (?, ?, ?)",
                       [(1, "k1", "a1"), (2, "k1", "a1"), (2, "k2", "a2"), (3, "k3", "a3"),
                        (4, "k4", "a4")])
        db.executemany("INSERT INTO pruned_items VALUES (?, ?)", [(1, "old"), (3, "old")])
        db.execute("PRAGMA user_version = 2")


def test_migration_merges_duplicate_feeds_into_the_oldest(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _version_2_library(path)
    with LibraryStore(path) as store:
        feeds = {feed.url: feed for feed in store.feeds()}
        assert sorted(feeds) == ["HTTP://host.example/feed#x", "http://otro.example/feed"]
        kept = feeds["HTTP://host.example/feed#x"]
        assert (kept.id, kept.title, kept.etag) == (2, "Diario viejo", "e-0")
        assert kept.tags == ("mañana", "tarde", "noche")
        assert (kept.items, kept.unread) == (3, 1)
        state = {a.id: (a.read, a.starred) for a in store.articles()}
        assert state == {"a1": (True, False), "a2": (False, True), "a3": (True, False),
                         "a4": (False, False)}
        db = store.db
        assert db.execute("SELECT DISTINCT feed_id FROM articles WHERE id != 'a4'"
                          ).fetchall() == [(2,)]
        assert db.execute("SELECT feed_id, item_key FROM pruned_items").fetchall() == [
            (2, "old")]
        assert store.add_feed("http://host.example/feed/").id == 2
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO feeds (url, norm_url, added_at) VALUES "
                       "('http://x.example/', 'http://host.example/feed', 'now')")


def test_the_desk_says_when_an_added_feed_is_already_followed() -> None:
    from reader.library.records import FeedInfo
    from reader.library.refresh import Outcome
    from reader.library.subscribe import Added
    from reader.tui.screens.desk_feeds import _feeds_message

    def feed(number: int, title: str) -> FeedInfo:
        return FeedInfo(number, f"http://h.example/{number}", title, "", (), "", "", "", "",
                        "ok", "", "")

    added = Added(feeds=[(feed(1, "Diario"), Outcome("Diario"))], already={1})
    assert _feeds_message(added) == "Already following Diario"
    added.feeds.append((feed(2, "Otro"), Outcome("Otro")))
    assert _feeds_message(added) == "Subscribed to 1 feed(s) (1 already followed)"


IDN = "http://bücher.example/feed"
PUNY = "http://xn--bcher-kva.example/feed"


def test_an_internationalised_host_has_one_key_and_keeps_its_spelling() -> None:
    from reader.library.urls import url_key

    assert url_key(IDN) == url_key(PUNY) == url_key("HTTP://BÜCHER.example:80/feed/") == PUNY
    assert url_key("https://bücher.example:8443/a?b=1") == "https://xn--bcher-kva.example:8443/a?b=1"
    assert normalise_url(IDN) == IDN  # what is shown (and an article's id) is unchanged
    assert url_key("http://a..ü.example/x") == "http://a..ü.example/x"  # no IDNA form
    assert url_key("http://[::1]:8080/x") == "http://[::1]:8080/x"


def test_one_subscription_and_one_article_under_either_host_spelling(
    store: LibraryStore,
) -> None:
    first = store.add_feed(IDN)
    assert store.add_feed(PUNY).id == first.id
    assert store.followed(PUNY).id == store.find_feed(PUNY).id == first.id
    assert [feed.url for feed in store.feeds()] == [IDN]  # shown as the user typed it
    saved = store.save(Incoming(article("Ein Satz.", url="https://bücher.example/a")))
    again = store.save(Incoming(article("Ein Satz.", url="https://xn--bcher-kva.example/a")))
    assert (again.article_id, again.outcome) == (saved.article_id, "same")
    assert [a.url for a in store.articles()] == ["https://bücher.example/a"]


def test_migration_rekeys_internationalised_hosts_and_finds_old_keys(tmp_path: Path) -> None:
    """A version-3 library kept the host as typed: both spellings of a feed and of an
    article were stored. After step 4 each is found under either spelling, the two feeds
    are one (the older), and no article is lost."""
    path = tmp_path / "library.sqlite3"
    with LibraryStore(path) as store:
        pass
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM migrations WHERE version = 4")
        db.execute("DROP INDEX feeds_norm_url")
        db.executemany("INSERT INTO feeds (id, url, norm_url, added_at, tags) "
                       "VALUES (?, ?, ?, ?, ?)",
                       [(1, IDN, IDN, "2026-01-01", "a"), (2, PUNY, PUNY, "2026-01-02", "b"),
                        (3, "http://solo.example/f", "http://solo.example/f", "2026-01-03", "")])
        db.execute("CREATE UNIQUE INDEX feeds_norm_url ON feeds(norm_url)")
        db.executemany("INSERT INTO articles (id, norm_url, url, feed_id, seen_at) "
                       "VALUES (?, ?, ?, ?, ?)",
                       [("u1", "https://bücher.example/a", "https://bücher.example/a", 1, "1"),
                        ("p1", "https://xn--bcher-kva.example/a",
                         "https://xn--bcher-kva.example/a", 2, "2"),
                        ("u2", "https://münchen.example/b", "https://münchen.example/b", 1, "3")])
        db.execute("PRAGMA user_version = 3")
    with LibraryStore(path) as store:
        [kept, solo] = store.feeds()
        assert (kept.id, kept.url, kept.tags, solo.id) == (1, IDN, ("a", "b"), 3)
        assert store.followed(PUNY).id == store.followed(IDN).id == 1
        assert sorted(a.id for a in store.articles()) == ["p1", "u1", "u2"]
        keys = dict(store.db.execute("SELECT id, norm_url FROM articles").fetchall())
        assert keys == {"u1": None, "p1": "https://xn--bcher-kva.example/a",
                        "u2": "https://xn--mnchen-3ya.example/b"}
        moved = store.save(Incoming(article("Zwei.", url="https://münchen.example/b")))
        assert moved.article_id == "u2"
        assert store.db.execute("SELECT 1 FROM feeds WHERE norm_url = ?",
                                ("http://solo.example/f",)).fetchone()


def test_a_typographic_flip_is_no_new_version(store: LibraryStore) -> None:
    """A feed served by two renderers (one "smartens" quotes and dashes, one does not, a
    CDN alternating between them) changed the article's text on every fetch: each refresh
    stored a new version and flagged the article changed, without end. Quotation marks,
    dashes, apostrophes and spacing written another way are the same text."""
    plain = 'The mayor said "we will cut 20% - not 30%" and it\'s final.\n\nNext  paragraph.'
    smart = ("The mayor said \u201cwe will cut 20% \u2014 not 30%\u201d and it\u2019s final."
             "\n\nNext paragraph.")
    first = store.save(Incoming(article(plain)))
    for _ in range(3):
        assert store.save(Incoming(article(smart))).outcome == "same"
        assert store.save(Incoming(article(plain))).outcome == "same"
    [listed] = store.articles()
    assert (listed.versions, listed.changed) == (1, False)
    assert store.load(first.article_id).text == article(plain).text
    real = store.save(Incoming(article(plain.replace("20%", "25%"))))
    assert (real.outcome, real.version) == ("changed", 2)


def test_a_local_files_folder_is_resolved_and_its_name_kept(
    store: LibraryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file's path is stored absolute, its folder resolved (``..``, a symlinked folder),
    its own name as given: the article id comes from that name, so a symlink to a file
    keeps the id its annotations carry. Other kinds keep their path as given."""
    real = tmp_path / "real"
    (real / "in").mkdir(parents=True)
    (tmp_path / "alias").symlink_to(real)
    target = real / "target.txt"
    target.write_text("x")
    (real / "link.txt").symlink_to(target)
    monkeypatch.chdir(real / "in")
    for given, stored in (("../link.txt", real / "link.txt"),
                          (str(tmp_path / "alias" / "in" / ".." / "target.txt"), target)):
        piece = build_article(given, "txt", [("paragraph", f"Text of {given}.", 0)],
                              Meta(title=given, url="", source="Desk"))
        saved = store.save(Incoming(article=piece, kind="file"))
        assert saved.article_id == piece.id
        [row] = [a for a in store.articles() if a.id == piece.id]
        assert row.path == os.path.join(os.path.realpath(stored.parent), stored.name)
    page = article("A page.", url="https://news.example/p")
    store.save(Incoming(article=page, kind="page"))
    assert [a.path for a in store.articles() if a.id == page.id] == [page.path]
