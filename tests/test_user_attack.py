"""A newsroom user's attacks outside the analysis and matching code: the command line with
wrong, hostile and huge arguments, feeds from a local server, exports onto awkward
targets, the annotation form with hostile input. Each test is a break found by hand
(a new user following the README), kept so it stays fixed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_tui_across import folder  # noqa: F401  (fixture)

from reader.cli import main


def _call(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as leave:  # argparse usage errors
        code = int(leave.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _one_clear_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in err and "internal error" not in err, err
    return lines[0]


# ----- the command line ------------------------------------------------------------------


def test_reader_refuses_an_unknown_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``claimdesk --lang zz`` used to open the app and analyse with a language code no
    analyser knows (different figures, no warning); ``analyze --lang zz`` refuses it."""
    # a regression opens the app: it exits when ready instead of hanging the test
    monkeypatch.setenv("CLAIMDESK_EXIT_WHEN_READY", str(tmp_path / "ready"))
    code, _, err = _call(capsys, "--lang", "zz")
    assert code == 2
    assert "--lang" in _one_clear_line(err)


@pytest.mark.parametrize(
    "argv",
    [
        ["stats", "--width", "100000000"],
        ["stats", "--width", "99999999999999999999"],
        ["search", "--limit", "99999999999999999999", "word"],
        ["refresh", "--keep-days", "99999999999999999999"],
    ],
    ids=["stats-width", "stats-width-overflow", "search-limit", "keep-days"],
)
def test_huge_numbers_are_refused_in_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A huge ``--width`` drew charts 100 million columns wide (1.7 GB of output); a huge
    ``--limit`` or ``--keep-days`` ended in "internal error: OverflowError"."""
    code, out, err = _call(capsys, *argv)
    assert code in (1, 2)
    line = _one_clear_line(err)
    assert argv[1] in line, line
    assert len(out) < 10_000


@pytest.mark.parametrize(
    "argv",
    [["add", "x" * 100_000], ["remove", "x" * 100_000], ["articles", "--feed", "x" * 100_000],
     ["x" * 100_000]],
    ids=["add", "remove", "articles", "reader"],
)
def test_a_huge_argument_is_not_echoed_whole(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """An error naming a 100,000-character argument printed all of it: one "line" of
    100 KB. The line is shortened in the middle and still says what went wrong."""
    code, _, err = _call(capsys, *argv)
    assert code == 1
    line = _one_clear_line(err)
    assert len(line) <= 400, len(line)
    assert "…" in line


# ----- exports ---------------------------------------------------------------------------


def _database_with_one_annotation(tmp_path: Path) -> tuple[Path, Path]:
    from reader.sources.dispatch import load_file
    from reader.store import AnnotationStore, new_record

    article = tmp_path / "article.txt"
    article.write_text("Title: Paro\nLanguage: es\n\n=CMD() dijo que el paro bajó un 9 %.\n",
                       encoding="utf-8")
    db = tmp_path / "db.json"
    with AnnotationStore(db) as store:
        store.add(new_record(load_file(str(article)), 0, 6))
    return db, article


def test_export_never_replaces_an_existing_file_unasked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export -o article.txt`` (a slip of the tab key) replaced the article being checked
    with JSON Lines, silently. An existing file is now refused in one line, kept as it was,
    and replaced only with ``--force``."""
    db, article = _database_with_one_annotation(tmp_path)
    before = article.read_bytes()
    code, out, err = _call(capsys, "export", "--db", str(db), "--format", "jsonl",
                           "-o", str(article))
    assert code == 1 and "--force" in _one_clear_line(err)
    assert article.read_bytes() == before
    code, _, err = _call(capsys, "export", "--db", str(db), "--format", "csv",
                         "-o", str(article), "--force")
    assert code == 0 and "exported 1 annotation" in err
    assert article.read_text(encoding="utf-8").startswith("id,")


async def annotate_and_export(app, pilot, verdict: str, target: Path,  # type: ignore[no-untyped-def]
                              include_unrated: bool = False) -> None:
    """Annotate the "congelar" article with ``verdict`` and export the Annotations list to
    ``target`` from its export prompt (``x``), as a person would (``tab``, ``space``
    tick Include unrated)."""
    from test_tui_across import open_titled
    from test_tui_annotate import annotate_here, settle

    await settle(app, pilot)
    await open_titled(app, pilot, "congelar")
    await annotate_here(app, pilot, verdict=verdict)
    await pilot.press("A")
    await settle(app, pilot)
    await pilot.press("x")
    await pilot.pause()
    app.screen.query_one("#export-path").value = str(target)
    if include_unrated:
        await pilot.press("tab", "space", "shift+tab")
    await pilot.press("enter")
    await settle(app, pilot)


async def test_annotations_export_asks_before_replacing_a_file(
    folder: Path, tmp_path: Path  # noqa: F811
) -> None:
    """``x`` on the Annotations screen replaced an existing file of the typed name (an
    earlier export a colleague was working from) without a word. Now the first ``enter``
    says it exists; a second ``enter`` on the same name replaces it."""
    from test_across_attack import SIZE
    from test_tui_annotate import settle

    from reader.tui.app import ClaimdeskApp

    target = tmp_path / "checks.csv"
    target.write_text("a colleague's sheet\n", encoding="utf-8")
    app = ClaimdeskApp(paths=[str(folder)], db_path=tmp_path / "db.json")
    async with app.run_test(size=SIZE) as pilot:
        await annotate_and_export(app, pilot, "false", target)
        assert target.read_text(encoding="utf-8") == "a colleague's sheet\n"
        assert "exists" in str(app.screen.query_one("#export-problem").render())
        await pilot.press("enter")
        await settle(app, pilot)
        assert target.read_text(encoding="utf-8").startswith("id,")


# ----- feeds and pages -------------------------------------------------------------------


def test_a_page_announcing_a_dead_feed_becomes_an_article(
    capsys: pytest.CaptureFixture[str]
) -> None:
    """A news page whose ``<link rel=alternate>`` names a feed that no longer exists (404)
    or the page itself: ``claimdesk add PAGE`` subscribed to it (a feed failing from its
    first fetch) and never kept the article the user asked for. Announced feeds are now
    tried in order; one that is no feed is not subscribed, and with none left the page is
    kept as one article."""
    from feed_server import long_text, serving

    body = long_text("La ministra de Economía de México presentó el presupuesto.")
    with serving() as server:
        server.add("/dead.xml", "gone", status=404, content_type="text/plain")
        page = server.add("/story", (
            "<html><head><link rel='alternate' type='application/rss+xml' href='/dead.xml'>"
            "<link rel='alternate' type='application/rss+xml' href='/story'></head>"
            "<body><article><h1>Historia</h1>" + "".join(f"<p>{body} {i}</p>" for i in range(3))
            + "</article></body></html>"), content_type="text/html; charset=utf-8")
        code, out, err = _call(capsys, "add", page)
        assert code == 0, err
        assert "page added as an article" in out
        assert "dead.xml" in out  # the user is told why the announced feed was not taken
        code, out, _ = _call(capsys, "feeds", "--json")
        assert out.strip() == ""  # no subscription failing from day one
        code, out, _ = _call(capsys, "articles", "--json")
        assert page in out


def test_a_page_whose_first_feed_is_dead_subscribes_to_the_next(
    capsys: pytest.CaptureFixture[str]
) -> None:
    """The first announced feed is dead, the second works: the working one is subscribed,
    the dead one is not."""
    from feed_server import long_text, rss, serving

    body = long_text("El Banco Central mantuvo la tasa de interés.")
    with serving() as server:
        server.add("/dead.xml", "gone", status=404, content_type="text/plain")
        live = server.add("/live.xml", rss("Live", [{"title": "T", "guid": "t",
                                                    "description": body}]))
        page = server.add("/", "<html><head>"
                          "<link rel='alternate' type='application/rss+xml' href='/dead.xml'>"
                          "<link rel='alternate' type='application/rss+xml' href='/live.xml'>"
                          "</head><body>x</body></html>", content_type="text/html")
        code, out, err = _call(capsys, "add", page)
        assert code == 0, err
        assert f"<{live}>" in out and "subscribed" in out
        code, out, _ = _call(capsys, "feeds", "--json")
        assert "live.xml" in out and "dead.xml" not in out


@pytest.mark.parametrize(
    "argv",
    [["import", "--db", "", "{records}"], ["annotations", "--db", " "],
     ["export", "--format", "jsonl", "-o", ""], ["export", "--format", "claimreview",
                                                "--config", ""],
     ["add", "--opml", ""], ["annotations", "--article", ""], ["--db", ""]],
    ids=["import-db", "annotations-db", "export-o", "export-config", "add-opml",
         "annotations-article", "reader-db"],
)
def test_an_empty_file_name_is_bad_usage(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, isolated_dirs: Path,
) -> None:
    """``claimdesk import --db "$DB" FILE`` with ``DB`` unset imported into the user's own
    database (an empty --db fell back to the default); ``-o ""`` wrote to the screen."""
    db, _ = _database_with_one_annotation(tmp_path)
    records = tmp_path / "records.jsonl"
    assert _call(capsys, "export", "--db", str(db), "--format", "jsonl", "-o",
                 str(records))[0] == 0
    monkeypatch.setenv("CLAIMDESK_EXIT_WHEN_READY", str(tmp_path / "ready"))
    default = isolated_dirs / "annotations.json"  # CLAIMDESK_DB, the "real" database
    code, out, err = _call(capsys, *[a.format(records=records) for a in argv])
    assert code == 2, (out, err)
    assert "empty file name" in _one_clear_line(err)
    assert not default.exists()


def test_a_title_naming_two_feeds_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """Two sections of one paper often share a feed title. ``claimdesk remove TITLE``
    removed whichever came first, with its articles, and ``articles --feed TITLE`` listed
    one of them; a title naming several feeds is refused, nothing is removed."""
    from feed_server import long_text, rss, serving

    body = long_text("El Banco Central mantuvo la tasa de interés.")
    with serving() as server:
        first = server.add("/a.xml", rss("Wire", [{"title": "A", "guid": "a",
                                                  "description": body}]))
        second = server.add("/b.xml", rss("Wire", [{"title": "B", "guid": "b",
                                                   "description": body + " Otro."}]))
        assert _call(capsys, "add", first, second)[0] == 0
        for argv in (["remove", "Wire"], ["remove", "wire"], ["articles", "--feed", "Wire"],
                     ["refresh", "Wire"]):
            code, _, err = _call(capsys, *argv)
            assert code == 1, argv
            line = _one_clear_line(err)
            assert "2 feeds" in line and "(1, 2)" in line, line
        code, out, _ = _call(capsys, "feeds", "--json")
        assert out.count("\n") == 2  # both still there
        assert _call(capsys, "remove", "2")[0] == 0
        assert _call(capsys, "remove", "Wire")[0] == 0  # one left: the title names it


@pytest.mark.parametrize("body", ["{nope", '{"items": []}', "[1, 2]"])
def test_json_that_is_no_feed_says_so(body: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A broken or foreign JSON address was read as a web page and refused with "the HTML
    page could not be parsed (too deeply nested?)", which sent the user hunting in HTML."""
    from feed_server import serving

    with serving() as server:
        url = server.add("/feed.json", body, content_type="application/json")
        code, _, err = _call(capsys, "add", url)
    assert code == 1
    line = _one_clear_line(err)
    assert "not a JSON Feed" in line and "HTML" not in line, line


def test_a_page_offering_thousands_of_feeds_is_summed_up(
    capsys: pytest.CaptureFixture[str]
) -> None:
    """A page announcing 3,000 feeds printed 3,000 "also offered" lines; the first ten are
    named and the rest counted."""
    from feed_server import long_text, rss, serving

    with serving() as server:
        server.add("/live.xml", rss("Live", [{"title": "T", "guid": "t",
                                             "description": long_text("Hola.")}]))
        links = "".join(f"<link rel='alternate' type='application/rss+xml' href='/f{i}.xml'>"
                        for i in range(3000))
        page = server.add("/", "<html><head><link rel='alternate' type='application/rss+xml'"
                          f" href='/live.xml'>{links}</head><body>x</body></html>",
                          content_type="text/html")
        code, out, _ = _call(capsys, "add", page)
    assert code == 0
    assert out.count("also offered") == 10
    assert "3000 more feeds offered" not in out and "2990 more feeds offered" in out


# ----- session 21's attack ---------------------------------------------------------------


def test_an_opml_fifo_is_refused_not_waited_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``add --opml`` read its file with ``read_bytes``: a FIFO (a named pipe a script
    left behind) blocked the command for ever and ``/dev/zero`` filled the memory. The
    OPML file is read like an article: a regular file only, of bounded size. Here a
    writer is ready on the pipe, so a regression reads its OPML instead of hanging."""
    import os
    import threading

    fifo = tmp_path / "subs.opml"
    os.mkfifo(fifo)
    opml = (b'<?xml version="1.0"?><opml version="2.0"><head/><body>'
            b'<outline text="F" xmlUrl="http://127.0.0.1:9/f.xml"/></body></opml>')

    def writer() -> None:
        try:
            with open(fifo, "wb") as pipe:
                pipe.write(opml)
        except OSError:
            pass

    threading.Thread(target=writer, daemon=True).start()
    code, out, err = _call(capsys, "add", "--opml", str(fifo))
    os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))  # release the waiting writer
    assert code == 1, (out, err)
    assert "FIFO" in _one_clear_line(err)
    assert _call(capsys, "feeds", "--json")[1] == ""


def test_a_binary_address_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    """``add`` of an address serving a binary file (an image, a zip) ended with
    "internal error: PageError: binary file, not text": the page decoder's refusal was
    raised outside the code that reports a page without an article."""
    from feed_server import serving

    with serving() as server:
        url = server.add("/report.bin", bytes(range(256)) * 64,
                         content_type="application/octet-stream")
        code, _, err = _call(capsys, "add", url)
    assert code == 1
    line = _one_clear_line(err)
    assert line.startswith(f"claimdesk: {url}: no feed found") and "binary" in line, line


@pytest.mark.parametrize(
    ("flags", "config"),
    [(["--org-url", "javascript:alert(1)"], ""),
     (["--review-url-base", "file:///etc/"], ""),
     ([], '[claimreview]\norganization_url = "javascript:alert(1)"\n'),
     ([], '[claimreview]\nreview_url_base = "data:text/html,x"\n')],
    ids=["org-url-flag", "review-base-flag", "org-url-config", "review-base-config"],
)
def test_claimreview_links_are_http_only(
    flags: list[str], config: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The organisation URL and the review URL base became the ``url`` of the published
    ClaimReview and of its author whatever their scheme: ``javascript:`` and ``file:``
    links went into JSON-LD a fact-checker pastes into a web page. They are refused, as
    non-http(s) evidence links are, and nothing is written."""
    db, _ = _database_with_one_annotation(tmp_path)
    settings = tmp_path / "config.toml"
    settings.write_text(config or "[claimreview]\n", encoding="utf-8")
    target = tmp_path / "reviews.json"
    code, _, err = _call(capsys, "export", "--db", str(db), "--format", "claimreview",
                         "--config", str(settings), "--org-name", "Verifica",
                         "-o", str(target), *flags)
    assert code == 1
    assert "only an http(s) address" in _one_clear_line(err)
    assert not target.exists()


@pytest.mark.parametrize("fmt", ["jsonl", "w3c", "claimreview"])
def test_an_export_saved_with_a_bom_imports(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export opened and saved again in Notepad starts with a UTF-8 byte order mark;
    importing it failed with "Unexpected UTF-8 BOM (decode using utf-8-sig)". The mark
    is skipped, as the article reader and the CSV check already did."""
    db, _ = _database_with_one_annotation(tmp_path)
    exported = tmp_path / f"export.{fmt}"
    assert _call(capsys, "export", "--db", str(db), "--format", fmt, "--org-name", "V",
                 "--org-url", "https://v.example", "--review-url-base",
                 "https://v.example/r/", "--include-unrated", "-o", str(exported))[0] == 0
    exported.write_bytes(b"\xef\xbb\xbf" + exported.read_bytes())
    fresh = tmp_path / "fresh.json"
    code, out, err = _call(capsys, "import", "--db", str(fresh), str(exported))
    assert code == 0, err
    assert "1 new, 0 already present" in out
    code, out, err = _call(capsys, "import", "--db", str(fresh), str(exported))
    assert "0 new, 1 already present" in out


@pytest.mark.parametrize("body", ["", " \r\n\t "])
def test_an_empty_page_says_it_is_empty(body: str, capsys: pytest.CaptureFixture[str]) -> None:
    """An address answering 200 with an empty body was refused with "the HTML page could
    not be parsed (too deeply nested?)", which sent the user looking for deep HTML."""
    from feed_server import serving

    with serving() as server:
        url = server.add("/story", body, content_type="text/html")
        code, _, err = _call(capsys, "add", url)
    assert code == 1
    line = _one_clear_line(err)
    assert "the page is empty" in line and "nested" not in line, line


@pytest.mark.parametrize(
    ("charset", "body"),
    [("utf-16", "Año de récord".encode()), ("utf-8", "Año de récord".encode("cp1252"))],
    ids=["utf8-declared-utf16", "cp1252-declared-utf8"],
)
def test_a_page_in_another_charset_than_declared_keeps_its_letters(
    charset: str, body: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    """The declared charset was applied whatever the bytes: a Windows-1252 page served as
    UTF-8 lost every accented letter ("A\ufffdo"), and a UTF-8 page served as UTF-16 was
    refused as "the HTML page could not be parsed (too deeply nested?)"."""
    import json

    from feed_server import long_text, serving

    text = long_text("El ministro de Economía dijo que la inflación bajó del 9 %.")
    page = (b"<html><head><title>" + body + b"</title></head><body><p>"
            + text.encode("ascii", "ignore") + b"</p></body></html>")
    with serving() as server:
        url = server.add("/story", page, content_type=f"text/html; charset={charset}")
        code, _, err = _call(capsys, "add", url)
    assert code == 0, err
    [article] = [json.loads(line) for line in _call(capsys, "articles", "--json")[1].splitlines()]
    assert article["title"] == "Año de récord"


def test_export_never_replaces_the_library_or_a_special_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export -o`` guarded the annotation database and its companions only:
    ``-o library.sqlite3 --force`` (the file beside it, a tab-completion away) replaced
    every feed, article and version with a page of JSON, and so did ``-o across.sqlite``
    for the index. And the atomic replace swapped the node itself: a FIFO became a plain
    file, and as root ``-o /dev/full --force`` turned the device into one."""
    import os
    import stat

    db, article = _database_with_one_annotation(tmp_path)
    assert _call(capsys, "add", "--db", str(db), str(article))[0] == 0
    assert _call(capsys, "seen", "--db", str(db), "el paro bajó un 9", str(article))[0] == 0
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for name in ("library.sqlite3", "library.sqlite3-wal", "across.sqlite", "pipe"):
        code, _, err = _call(capsys, "export", "--db", str(db), "--format", "jsonl",
                             "-o", str(tmp_path / name), "--force")
        assert code == 1, name
        assert "choose another output file" in err or "not a regular file" in err, err
        _one_clear_line(err)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    code, out, _ = _call(capsys, "articles", "--db", str(db), "--json")
    assert code == 0 and '"title": "Paro"' in out


def test_a_symlinked_config_file_stays_a_symlink(tmp_path: Path) -> None:
    """Choosing a theme in the app rewrote ``config.toml`` with an atomic replace of the
    path itself: a config kept in a dotfiles folder and linked into place (stow,
    chezmoi) became a plain copy, and the dotfiles' file never saw the change. The
    replace now writes the file the link names."""
    import os

    from reader.store.settings import load_settings, load_theme, save_theme

    real = tmp_path / "dotfiles" / "config.toml"
    real.parent.mkdir()
    real.write_text('[claimreview]\norganization_name = "Verifica"\n', encoding="utf-8")
    link = tmp_path / "config" / "config.toml"
    link.parent.mkdir()
    link.symlink_to(real)
    save_theme("textual-light", link)
    assert os.path.islink(link)
    assert load_theme(real) == "textual-light"
    assert load_settings(real).organization_name == "Verifica"


def test_feeds_opml_is_valid_xml_whatever_the_tags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``add --tag`` keeps what is typed, escape characters included; ``feeds --opml``
    then wrote ESC and BEL raw: to the terminal, and into a file no XML parser reads
    ("PCDATA invalid Char value 27"), so the subscriptions could not be moved."""
    from feed_server import long_text, rss, serving

    tag = "\x1b]0;EVIL\x07 política"
    with serving() as server:
        url = server.add("/f.xml", rss("Wire", [{"title": "T", "guid": "t",
                                                 "description": long_text("Hola.")}]))
        assert _call(capsys, "add", "--tag", tag, url)[0] == 0
    code, out, _ = _call(capsys, "feeds", "--opml")
    assert code == 0
    assert not any(ord(ch) < 32 and ch != "\n" for ch in out), out
    opml = tmp_path / "subs.opml"
    opml.write_text(out, encoding="utf-8")
    code, out, err = _call(capsys, "add", "--db", str(tmp_path / "other.json"),
                           "--opml", str(opml))
    assert code == 0 and "1 feed(s) added" in out, err


async def test_annotations_screen_claimreview_export_leaves_out_unrated(
    folder: Path, tmp_path: Path  # noqa: F811
) -> None:
    """``x`` to a ``.claimreview.json`` file published an unrated annotation as an
    "Unrated" fact-check; it is left out and the status line says so."""
    from test_across_attack import SIZE

    from reader.tui.app import ClaimdeskApp

    target = tmp_path / "checks.claimreview.json"
    app = ClaimdeskApp(paths=[str(folder)], db_path=tmp_path / "db.json")
    async with app.run_test(size=SIZE) as pilot:
        await annotate_and_export(app, pilot, "unrated", target)
        assert json.loads(target.read_text(encoding="utf-8")) == []
        [said] = [n.message for n in app._notifications if "Exported" in n.message]
        assert said == (f"Exported 0 annotations (claimreview) to {target}. 1 annotation "
                        "without a verdict (unrated) was left out of the ClaimReview export, "
                        "so that no unreviewed claim is published as a fact-check; tick "
                        "Include unrated in the export prompt to export unrated ones too")


async def test_annotations_screen_claimreview_export_can_include_unrated(
    folder: Path, tmp_path: Path  # noqa: F811
) -> None:
    """The TUI had no ``--include-unrated``: an unrated annotation could reach a
    ClaimReview file only from the command line. The export prompt's box does it, and
    says with the CLI's words what it does; with another format it says it changes
    nothing, as the CLI's note does."""
    from test_across_attack import SIZE

    from reader.tui.app import ClaimdeskApp
    from reader.tui.screens.export_prompt import UNRATED_HELP

    assert UNRATED_HELP in _cli_help()
    target = tmp_path / "checks.claimreview.json"
    app = ClaimdeskApp(paths=[str(folder)], db_path=tmp_path / "db.json")
    async with app.run_test(size=SIZE) as pilot:
        await annotate_and_export(app, pilot, "unrated", target, include_unrated=True)
        [review] = json.loads(target.read_text(encoding="utf-8"))
        assert review["reviewRating"]["alternateName"] == "Unrated"
        [said] = [n.message for n in app._notifications if "Exported" in n.message]
        assert said == f"Exported 1 annotation (claimreview) to {target}"
        other = tmp_path / "all.jsonl"
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one("#export-path").value = str(other)
        await pilot.press("tab", "space", "shift+tab", "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        said = [n.message for n in app._notifications if str(other) in n.message]
        assert said == [f"Exported 1 annotation (jsonl) to {other}. Include unrated only "
                        "changes ClaimReview; jsonl always exports every annotation"]


async def test_export_prompt_reopened_is_not_covered_by_the_last_exports_toast(
    folder: Path, tmp_path: Path  # noqa: F811
) -> None:
    """At 80x24 the prompt opened again after a ClaimReview export that left an unrated
    annotation out showed "Include unrated" twice: the box, and the toast still up over
    the prompt's right half ("tick Include unrated in the export prompt"). The prompt
    clears the toasts; the status line keeps the export's words."""
    from test_tui_form_safety import screen_text

    from reader.tui.app import ClaimdeskApp
    from reader.tui.screens.export_prompt import ExportScreen

    def drawn(app: ClaimdeskApp) -> str:
        return screen_text(app).replace("\xa0", " ")

    target = tmp_path / "checks.claimreview.json"
    app = ClaimdeskApp(paths=[str(folder)], db_path=tmp_path / "db.json")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await annotate_and_export(app, pilot, "unrated", target)
        await pilot.pause()
        assert "Include unrated in the export prompt" in drawn(app)  # the toast
        for _ in range(3):
            await pilot.press("x")
            await pilot.pause()
            await pilot.pause()
            assert isinstance(app.screen, ExportScreen)
            assert not app.screen.query("Toast")
            assert drawn(app).count("Include unrated") == 1
            await pilot.press("tab", "space")
            await pilot.pause()
            assert drawn(app).count("Include unrated") == 1
            await pilot.press("escape")
            await pilot.pause()


def _cli_help() -> str:
    """``claimdesk export --help``, one line (argparse wraps it)."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main(["export", "--help"])
    return " ".join(out.getvalue().split())


def test_feeds_opml_writes_bidi_and_zero_width_marks_as_references(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An OPML folder named "F\\u202eevil\\u200b" (a tag) reached `feeds --opml` on the
    terminal raw: the override reversed the rest of the line. It is now written as a
    character reference (the same value for a parser), and the file still imports."""
    from feed_server import long_text, rss, serving

    tag = "Econom\u00eda\u202eevil\u200b"
    with serving() as server:
        url = server.add("/f.xml", rss("Wire\u2066x", [{"title": "T", "guid": "t",
                                                         "description": long_text("Hola.")}]))
        assert _call(capsys, "add", "--tag", tag, url)[0] == 0
    code, out, _ = _call(capsys, "feeds", "--opml")
    assert code == 0 and "&#x202E;evil&#x200B;" in out
    assert not any(ch in out for ch in "\u202e\u200b\u2066"), out
    opml = tmp_path / "subs.opml"
    opml.write_text(out, encoding="utf-8")
    other = str(tmp_path / "other.json")
    assert _call(capsys, "add", "--db", other, "--opml", str(opml))[0] == 0
    code, out, _ = _call(capsys, "feeds", "--db", other, "--json")
    assert json.loads(out.splitlines()[0])["tags"] == [tag]
