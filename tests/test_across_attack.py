"""Attacks on "across the library" as a new user makes them: keys pressed out of the happy
order, the reading desk instead of files, and state changed behind a screen's back.

Each test is a break found by hand in tmux (issue 9, adversarial pass) and fixed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from test_tui_across import folder, make_app  # noqa: F401  (fixture)
from test_tui_across_checked import desk_articles, open_desk_row
from test_tui_annotate import annotate_here, on_file, settle

from reader.tui.app import ClaimdeskApp
from reader.tui.screens.annotations import AnnotationsScreen
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library_article import LibraryArticleScreen
from reader.tui.screens.seen import SeenScreen
from reader.tui.screens.speakers import EntitiesScreen, SpeakersScreen
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.virtual_table import VirtualTable

SIZE = (100, 32)


def desk_app(tmp_path: Path) -> ClaimdeskApp:
    """The reading desk over a library holding the two articles (never opened before)."""
    from reader.library import Incoming, LibraryStore, library_path

    db = tmp_path / "notes.json"
    with LibraryStore(library_path(db)) as store:
        feed = store.add_feed("https://wire.example/rss", "Wire")
        for key, article in desk_articles().items():
            store.save(Incoming(article, item_key=key), feed.id)
    return ClaimdeskApp(paths=[], db_path=db, desk=True)


async def annotate_wire_on_desk(app: ClaimdeskApp, pilot: Any) -> None:
    """Annotate the wire story's quotation as False from the desk, and come back to it."""
    await settle(app, pilot)
    await open_desk_row(app, pilot, "congelar")
    await pilot.press("right_square_bracket")
    await annotate_here(app, pilot, verdict="false")
    await pilot.press("escape")
    await settle(app, pilot)


def status_of(screen: Any) -> str:
    return str(screen.query_one("#annotations-status").render())


async def test_desk_seen_before_finds_library_articles_never_opened(tmp_path: Path) -> None:
    """The desk indexes its library: "seen before" finds an article added with
    ``claimdesk add`` (or fetched) that was never opened in the app."""
    app = desk_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_desk_row(app, pilot, "congelar")
        await pilot.press("right_square_bracket", "s")
        await settle(app, pilot)
        seen = app.screen
        assert isinstance(seen, SeenScreen)
        assert {m.article.source for m in seen.matches} == {"Agencia Meridiano",
                                                            "Diario del Norte"}
        await pilot.press("escape")
        await annotate_here(app, pilot, verdict="false")
        await pilot.press("escape")
        await settle(app, pilot)
        listing = app.screen.query_one(ArticleList)
        marks = {row.title: "".join(s.text for s in listing._draw(row, 110, False))
                 for row in listing.rows}
        daily = next(title for title in marks if "insiste" in title)
        assert "✓1 Ortega insiste" in marks[daily], marks


async def test_desk_annotations_speakers_and_seen_open_their_article(tmp_path: Path) -> None:
    """On the desk, ``enter`` in the Annotations, Speakers and seen-before lists opens the
    stored article (it said "Its article is not in this library")."""
    app = desk_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        article = await open_desk_row(app, pilot, "congelar")
        await pilot.press("right_square_bracket")
        await annotate_here(app, pilot, verdict="false")
        span = next(iter(on_file_desk(tmp_path)))
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        opened = app.screen
        assert isinstance(opened, LibraryArticleScreen), opened
        assert opened.article.id == article.article.id
        assert opened.view.cursor is not None and opened.view.cursor[0] <= span[0]
        await pilot.press("escape", "escape")
        await settle(app, pilot)
        await pilot.press("S")
        await settle(app, pilot)
        assert isinstance(app.screen, SpeakersScreen)
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryArticleScreen)


def on_file_desk(tmp_path: Path) -> list[tuple[int, int]]:
    from reader.store import AnnotationStore

    with AnnotationStore(tmp_path / "notes.json") as store:
        return [(r["target"]["position"]["start"], r["target"]["position"]["end"])
                for r in store.all()]


async def test_annotations_screen_opened_empty_shows_a_later_annotation(
    folder: Path, tmp_path: Path  # noqa: F811
) -> None:
    """A, then S, enter on a quotation, annotate, back: the Annotations screen that was
    empty shows the new annotation (it stayed at "0 of 0")."""
    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        annotations = app.screen
        assert isinstance(annotations, AnnotationsScreen)
        assert status_of(annotations).startswith("No annotations yet")
        await pilot.press("S")
        await settle(app, pilot)
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        await annotate_here(app, pilot)
        assert len(on_file(tmp_path)) == 1
        while app.screen is not annotations:
            await pilot.press("escape")
            await pilot.pause()
        await settle(app, pilot)
        assert annotations.query_one(VirtualTable).row_count == 1
        assert "1 of 1" in status_of(annotations)


async def test_claim_saved_by_another_copy_is_already_checked_here(
    folder: Path, tmp_path: Path  # noqa: F811
) -> None:
    """Two copies of the app on one database: a claim annotated in the other copy is
    "Already checked" in this one when the matching article is opened, and the library's
    ✓ count follows on return (the matcher held only the claims loaded at start)."""
    from test_tui_across import open_titled
    from test_tui_across_checked import back_to_library, title_cells

    from reader.sources import load_file
    from reader.store import AnnotationStore, new_record

    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        wire = load_file(str(folder / "wire.txt"))
        start = wire.text.index("«Ninguna")
        end = wire.text.index("»", start) + 1
        with AnnotationStore(tmp_path / "db.json") as other:  # the other copy saves
            other.add(new_record(wire, start, end, claim="Ninguna familia pagará más por "
                                 "la luz este invierno", verdict="false"))
        daily = await open_titled(app, pilot, "insiste")
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert daily.checked_under_cursor() is not None
        await back_to_library(app, pilot)
        cells = title_cells(app)
        assert cells[daily.article.title].startswith("✓1"), cells


async def test_index_failing_while_running_is_one_line_not_looking_for_ever(
    folder: Path, tmp_path: Path, monkeypatch: Any  # noqa: F811
) -> None:
    """across.sqlite damaged while the app runs (SQLite says so at the next query): seen
    before, the Speakers and Entities details and the Stats screen say it in one line
    instead of "Looking…" for ever or an empty list."""
    import sqlite3

    from test_tui_across import open_titled

    from reader.across import AcrossIndex

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise sqlite3.DatabaseError("database disk image is malformed")

    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_titled(app, pilot, "congelar")
        monkeypatch.setattr(AcrossIndex, "lookup", broken)
        await pilot.press("right_square_bracket", "s")
        await settle(app, pilot)
        assert isinstance(app.screen, SeenScreen)
        seen_status = str(app.screen.query_one("#seen-status").render())
        assert "malformed" in seen_status and "Looking" not in seen_status
        await pilot.press("escape")
        monkeypatch.setattr(AcrossIndex, "connection", broken)
        for key in ("S", "E"):
            await pilot.press(key)
            await settle(app, pilot)
            status = str(app.screen.query_one("#across-status").render())
            assert "malformed" in status, status
            await pilot.press("escape")
            await settle(app, pilot)


async def test_entity_details_failing_say_so(folder: Path, tmp_path: Path,  # noqa: F811
                                             monkeypatch: Any) -> None:
    """The list loaded, then the index fails on an entity's articles: one line says so
    (the details stayed empty without a word)."""
    import sqlite3

    from reader.across import views

    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("E")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, EntitiesScreen) and len(screen.items) >= 2

        def broken(*args: Any) -> Any:
            raise sqlite3.DatabaseError("disk I/O error")

        monkeypatch.setattr(views, "entity_articles", broken)
        await pilot.press("j")
        await settle(app, pilot)
        assert "disk I/O error" in str(screen.query_one("#across-status").render())


def changed_library(tmp_path: Path, new_text: Callable[[str], str]) -> tuple[Path, dict]:
    """A library whose wire story was annotated at its quotation, then rewritten."""
    import shutil

    from test_tui_across import ARTICLES

    from reader.sources import load_file
    from reader.store import AnnotationStore, new_record

    lib = tmp_path / "lib"
    shutil.copytree(ARTICLES, lib)
    wire = load_file(str(lib / "wire.txt"))
    start = wire.text.index("«Ninguna")
    end = wire.text.index("»", start) + 1
    record = new_record(wire, start, end, claim="Ninguna familia pagará más", verdict="false")
    with AnnotationStore(tmp_path / "db.json") as store:
        store.add(record)
    head, body = (lib / "wire.txt").read_text(encoding="utf-8").split("\n\n", 1)
    (lib / "wire.txt").write_text(head + "\n\n" + new_text(body), encoding="utf-8")
    return lib, record


async def test_annotations_enter_and_edit_follow_a_moved_annotation(tmp_path: Path) -> None:
    """The article changed since the annotation was made (a paragraph added before it):
    ``enter`` in the Annotations screen puts the cursor on the annotation where it is
    now, and ``e`` edits it (the stored offsets pointed at other words)."""
    from reader.tui.screens.annotation_form import AnnotationForm

    lib, record = changed_library(tmp_path, lambda body: "Un párrafo nuevo, añadido al "
                                  "principio de la noticia para moverlo todo.\n\n" + body)
    app = ClaimdeskApp(paths=[str(lib)], db_path=tmp_path / "db.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        article = app.screen
        assert isinstance(article, ArticleScreen)
        cursor = article.view.cursor
        assert cursor is not None
        assert "Ninguna familia" in article.article.text[cursor[0]:cursor[1] + 1]
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        assert isinstance(app.screen, AnnotationForm)
        assert "Ninguna familia" in app.screen.selected_text


async def test_annotations_enter_on_an_orphan_explains_and_offers_edit(tmp_path: Path) -> None:
    """The annotated words are gone from the article: ``enter`` in the Annotations screen
    says so and offers edit or delete (it put the cursor past the end of the text and
    said nothing; ``e`` did nothing at all)."""
    from reader.tui.screens.annotation_form import AnnotationForm
    from reader.tui.screens.orphan import OrphanScreen

    lib, record = changed_library(tmp_path, lambda body: "Texto completamente distinto.\n")
    app = ClaimdeskApp(paths=[str(lib)], db_path=tmp_path / "db.json")
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, OrphanScreen)
        article = app.screen_stack[-2]
        assert isinstance(article, ArticleScreen)
        cursor = article.view.cursor
        assert cursor is None or cursor[1] <= len(article.article.text)
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        await pilot.press("e")
        await settle(app, pilot)
        assert isinstance(app.screen, OrphanScreen)
        await pilot.press("e")
        await settle(app, pilot)
        assert isinstance(app.screen, AnnotationForm)


async def test_annotations_export_refuses_the_database_itself(
    folder: Path, tmp_path: Path  # noqa: F811
) -> None:
    """``x`` with the database's own name (a database named ``.jsonl``), its backup or
    journal: refused in one line, the database untouched (it was replaced by the export,
    as ``claimdesk export -o`` refuses to do)."""
    from test_tui_across import open_titled

    db = tmp_path / "notes.jsonl"
    app = ClaimdeskApp(paths=[str(folder)], db_path=db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_titled(app, pilot, "congelar")
        await annotate_here(app, pilot, verdict="false")
        before = db.read_bytes()
        await pilot.press("A")
        await settle(app, pilot)
        screen = app.screen
        for target in (db, tmp_path / "notes.jsonl.journal"):
            await pilot.press("x")
            await pilot.pause()
            app.screen.query_one("#export-path").value = str(target)
            await pilot.press("enter")
            await settle(app, pilot)
            if target.exists():  # "exists: enter again to replace it"
                await pilot.press("enter")
                await settle(app, pilot)
            assert db.read_bytes() == before
            assert not (tmp_path / "notes.jsonl.journal").exists()
            assert "Export failed" in str(screen.query_one("#annotations-status").render())


async def test_annotations_claim_stays_readable_at_80_and_60_columns(
    folder: Path, tmp_path: Path  # noqa: F811
) -> None:
    """At 80×24 the claim column was 9 cells wide ("Taxes w…") beside a 14-cell claimant;
    fixed columns now give up cells first, so the claim and the article stay readable."""
    from test_tui_across import open_titled

    app = make_app(folder, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await open_titled(app, pilot, "congelar")
        await pilot.press("right_square_bracket")
        await annotate_here(app, pilot, verdict="mostly-false")
        await pilot.press("A")
        await settle(app, pilot)
        table = app.screen.query_one(VirtualTable)
        for width in (80, 60):
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            line = "".join(s.text for s in table.render_line(1))
            assert len(line) <= width
            claim = line.split("…")[0] if "…" in line[:30] else line[:30]
            assert len(claim) >= (16 if width == 80 else 7), line
            assert "Mostly" in line and "2026-12" in line, line


BIDI_ETC = "\u202eRTL\u202c\u200b\u2066x\u2069"


def hostile_json_folder(tmp_path: Path) -> Path:
    """Two articles sharing a quotation, with bidi overrides and zero-width characters in
    the title, the source and the quotation itself."""
    import json

    said = f"Taxes will fall by ten percent next year {BIDI_ETC} for every family"
    articles = [{"title": f"Tax {BIDI_ETC}", "source": f"Wire {BIDI_ETC}",
                 "date": f"2026-04-0{n}", "language": "en",
                 "text": f"\"{said},\" Mayor Juan Pérez said on Monday."} for n in (1, 2)]
    target = tmp_path / "hostile"
    target.mkdir()
    (target / "a.json").write_text(json.dumps(articles[:1]), encoding="utf-8")
    (target / "b.json").write_text(json.dumps(articles[1:]), encoding="utf-8")
    return target


def test_seen_and_stats_json_escape_bidi_and_zero_width(
    tmp_path: Path, capsys: Any
) -> None:
    """``seen --json`` and ``stats --json`` wrote U+202E and friends raw (a terminal then
    shows the line reversed); like every other JSON output they are ``\\uXXXX`` now, and
    the values read back are unchanged."""
    import json
    import re

    from reader.cli import main

    hostile = hostile_json_folder(tmp_path)
    db = tmp_path / "data" / "annotations.json"
    said = f"Taxes will fall by ten percent next year {BIDI_ETC} for every family"
    unsafe = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\x00-\x08\x1b\x7f-\x9f]")
    assert main(["seen", said, str(hostile), "--db", str(db), "--json"]) == 0
    out = capsys.readouterr().out
    assert not unsafe.search(out), out
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 2 and all("\u202e" in row["source"] for row in rows)
    assert main(["stats", "--db", str(db), "--json"]) == 0
    out = capsys.readouterr().out
    assert not unsafe.search(out), out
    assert any("\u202e" in source for source in
               json.loads(out)["library"]["articles_per_source_per_day"])


def test_seen_with_a_missing_or_empty_path_says_so(tmp_path: Path, capsys: Any) -> None:
    """``claimdesk seen TEXT /mistyped/folder`` printed "Not seen in any indexed article."
    and exit 0: a fact-checker reads that as "nowhere". A missing path is now an error
    (exit 1, one line, as ``claimdesk PATH`` says), and so is a folder with no article;
    a file that cannot be read is named on stderr."""
    from reader.cli import main

    db = tmp_path / "data" / "annotations.json"
    said = "Ninguna familia pagará más por la luz este invierno"
    assert main(["seen", said, str(tmp_path / "missing"), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "no such file or folder" in err and "missing" in err
    assert err.count("\n") == 1
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["seen", said, str(empty), "--db", str(db)]) == 1
    assert "no articles found" in capsys.readouterr().err
    (empty / "bad.json").write_text("{not json", encoding="utf-8")
    (empty / "good.txt").write_text("Title: Luz\n\n«" + said + "», dijo.", encoding="utf-8")
    assert main(["seen", said, str(empty), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert "bad.json" in captured.err and "Luz" in captured.out


async def test_entities_and_speakers_names_readable_at_80_columns(
    folder: Path, tmp_path: Path  # noqa: F811
) -> None:
    """At 80 columns the Entities list showed names in 7 cells ("Carlos…") beside three
    8-cell counts; the counts now give up cells first."""
    app = make_app(folder, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        for key in ("E", "S"):
            await pilot.press(key)
            await settle(app, pilot)
            lines = ["".join(s.text for s in app.screen.left.render_line(row))
                     for row in range(1, 6)]
            assert any("Carlos Ortega" in line for line in lines), lines
            await pilot.press("escape")
            await settle(app, pilot)


async def test_export_prompt_fits_a_60_column_terminal(folder: Path, tmp_path: Path  # noqa: F811
                                                      ) -> None:
    """The export prompt was 70 cells wide: at 60 columns its question and the right of
    the input were cut off."""
    from test_tui_across import open_titled

    from reader.tui.screens.annotations import ExportScreen

    app = make_app(folder, tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        await open_titled(app, pilot, "congelar")
        await annotate_here(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        for child in app.screen.children:
            assert child.region.right <= 60, child


async def test_annotation_of_an_article_not_in_the_library_is_one_message(
    tmp_path: Path,
) -> None:
    """The annotated article is not in this library (its file removed or not given):
    ``enter`` says so once, naming it (two warnings said it twice)."""
    lib, record = changed_library(tmp_path, lambda body: body)
    (lib / "wire.txt").unlink()
    app = ClaimdeskApp(paths=[str(lib)], db_path=tmp_path / "db.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        messages = [n.message for n in app._notifications]
        assert len(messages) == 1 and "El Gobierno promete" in messages[0], messages


def test_first_appearance_is_never_later_than_the_annotated_article(
    tmp_path: Path, capsys: Any
) -> None:
    """The annotated article (2 March) is not in the index, a later rewrite (4 March) is:
    ClaimReview's firstAppearance named the later one, "first" only because the earlier
    was missing. The annotated article stays the first appearance then."""
    import json

    from test_tui_across import ARTICLES

    from reader.cli import main
    from reader.sources import load_file
    from reader.store import AnnotationStore, new_record

    db = tmp_path / "data" / "annotations.json"
    wire = load_file(str(ARTICLES / "wire.txt"))
    start = wire.text.index("«Ninguna")
    end = wire.text.index("»", start) + 1
    with AnnotationStore(db) as store:
        store.add(new_record(wire, start, end, claim="Ninguna familia pagará más",
                             verdict="false"))
    said = "Ninguna familia pagará más por la electricidad este invierno"
    assert main(["seen", said, str(ARTICLES / "daily.txt"), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["export", "--format", "claimreview", "--db", str(db)]) == 0
    (review,) = json.loads(capsys.readouterr().out)
    first = review["itemReviewed"]["firstAppearance"]
    assert first["headline"] == wire.title and first["datePublished"] == "2026-03-02"


async def test_desk_review_queue_lists_annotations_whose_article_changed(
    tmp_path: Path,
) -> None:
    """On the desk, a feed brought a new version of an annotated article: the review
    queue lists the annotation as changed (only files loaded in the file library were
    compared, so on the desk it never was)."""
    import dataclasses

    from reader.library import Incoming, LibraryStore, library_path

    app = desk_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await annotate_wire_on_desk(app, pilot)
        wire = desk_articles()["wire"]
        newer = dataclasses.replace(wire, text=wire.text + "\n\nActualización: el plan "
                                    "se votará el jueves.")
        with LibraryStore(library_path(tmp_path / "notes.json")) as store:
            feed = store.feeds()[0]
            store.save(Incoming(newer, item_key="wire"), feed.id)
        await pilot.press("A")
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        rows = app.screen.shown_rows
        assert len(rows) == 1 and rows[0].changed, rows


async def test_stats_screen_says_when_the_annotations_cannot_be_read(
    folder: Path, tmp_path: Path  # noqa: F811
) -> None:
    """A damaged annotation database: the Stats screen drew "0 annotations" and empty
    charts as if nothing had been annotated; it now says the annotations cannot be read
    (``claimdesk stats`` exits 1 then)."""
    from reader.tui.screens.stats import StatsScreen

    db = tmp_path / "db.json"
    db.write_text('{"annotations": {"1": [1, 2]}', encoding="utf-8")
    app = ClaimdeskApp(paths=[str(folder)], db_path=db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("T")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        from rich.console import Console

        console = Console(width=100, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
        console.print(screen.query_one("#stats-body").content)
        text = console.export_text()
        assert "Annotations are off" in text, text
        assert "0 annotations" not in text


async def test_hostile_annotations_through_every_across_screen(tmp_path: Path) -> None:
    """Annotations carrying markup, escape sequences, bidi overrides, CJK, emoji and a
    5,000-character claim (an import can bring any of them): every across screen, every
    sort and a hostile filter show them as text, and the app keeps running."""
    from test_tui_across import open_titled

    from reader.sources import load_file
    from reader.store import AnnotationStore, new_record

    lib, _ = changed_library(tmp_path, lambda body: body)
    payload = "[@click=app.quit]X[/] \x1b]52;c;ZXZpbA==\x07 \x1b[2J \u202eevil\u202c 市长 🚀"
    wire = load_file(str(lib / "wire.txt"))
    start = wire.text.index("«Ninguna")
    end = wire.text.index("»", start) + 1
    with AnnotationStore(tmp_path / "db.json") as store:
        store.add(new_record(wire, start, end, claim=payload + " " + "x" * 5000,
                             claimant=payload, verdict="misleading", note=payload,
                             tags=[payload, "[b]tag[/b]"]))
    app = ClaimdeskApp(paths=[str(lib)], db_path=tmp_path / "db.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await open_titled(app, pilot, "insiste")
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        keys = ["s", "escape", "escape", "A", *["o"] * 8, "O", "r", "r", "slash",
                *"[@click", "enter", "escape", "T", "escape", "S", "escape", "E", "escape"]
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            shot = app.export_screenshot()
            assert "\x1b" not in shot and "\u202e" not in shot and "\x07" not in shot
        assert app.is_running


async def test_export_of_an_empty_filtered_list_says_why(folder: Path, tmp_path: Path  # noqa: F811
                                                        ) -> None:
    """``x`` with a filter that matches nothing only rang the bell (silent in most
    terminals): the status line now says there is nothing to export."""
    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        await pilot.press("slash", *"zzzz", "enter", "x")
        await settle(app, pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        assert "Nothing to export" in status_of(app.screen)


async def test_stats_screen_redraws_its_charts_for_a_narrower_terminal(
    folder: Path, tmp_path: Path  # noqa: F811
) -> None:
    """The charts were drawn once for the width at opening: after the terminal narrowed
    to 60 columns their bars wrapped onto a second line."""
    from rich.console import Console

    from reader.tui.screens.stats import StatsScreen

    app = make_app(folder, tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("T")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        await pilot.resize_terminal(60, 30)
        await settle(app, pilot)
        console = Console(width=200, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
        console.print(screen.query_one("#stats-body").content)
        widest = max(len(line) for line in console.export_text().splitlines())
        assert widest <= 60, widest


async def test_desk_review_queue_lists_annotations_whose_article_is_gone(
    tmp_path: Path,
) -> None:
    """On the desk the whole library is known: an annotation whose article left it (a
    prune, ``claimdesk remove`` from another terminal) is listed in the review queue as
    "article gone" (it read "exact" and was in no queue)."""
    from reader.library import LibraryStore, library_path

    app = desk_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await annotate_wire_on_desk(app, pilot)
        with LibraryStore(library_path(tmp_path / "notes.json")) as store:
            store.remove_feed(store.feeds()[0].id)  # nothing kept: the annotated one goes
        await pilot.press("A")
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        rows = app.screen.shown_rows
        assert len(rows) == 1 and "gone" in rows[0].cells()[-1], rows


async def test_pressing_a_again_reloads_the_annotations_list(folder: Path, tmp_path: Path  # noqa: F811
                                                            ) -> None:
    """Another copy of the app saved an annotation while this one shows the list: ``A``
    again reloads it (it did nothing; only leaving and coming back did)."""
    from reader.sources import load_file
    from reader.store import AnnotationStore, new_record

    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, AnnotationsScreen) and len(screen.shown) == 0
        wire = load_file(str(folder / "wire.txt"))
        with AnnotationStore(tmp_path / "db.json") as other:
            other.add(new_record(wire, 0, 20, verdict="false"))
        await pilot.press("A")
        await settle(app, pilot)
        assert app.screen is screen and len(screen.shown) == 1


async def test_desk_feed_removed_leaves_seen_before_and_speakers(tmp_path: Path) -> None:
    """``x`` removed a feed and its articles from the library, but "seen before" kept
    listing them (``enter`` then said "not in this library") and the Speakers and Stats
    screens kept counting them. Removed articles leave the index too."""
    from reader.library import Incoming, LibraryStore, library_path

    db = tmp_path / "notes.json"
    articles = desk_articles()
    with LibraryStore(library_path(db)) as store:
        wire_feed = store.add_feed("https://wire.example/rss", "Wire")
        daily_feed = store.add_feed("https://daily.example/rss", "Daily")
        store.save(Incoming(articles["wire"], item_key="wire"), wire_feed.id)
        store.save(Incoming(articles["daily"], item_key="daily"), daily_feed.id)
    app = ClaimdeskApp(paths=[], db_path=db, desk=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        from textual.widgets import OptionList

        sources = app.screen.query_one("#desk-sources", OptionList)
        sources.focus()
        daily_row = next(n for n in range(sources.option_count)
                         if "Daily" in str(sources.get_option_at_index(n).prompt))
        sources.highlighted = daily_row
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert len(app.screen.articles.keys) == 1  # the daily story left the library
        app.screen.articles.focus()
        article = await open_desk_row(app, pilot, "congelar")
        await pilot.press("right_square_bracket", "s")
        await settle(app, pilot)
        seen = app.screen
        assert isinstance(seen, SeenScreen)
        assert [m.article.id for m in seen.matches] == [article.article.id]


def test_claimdesk_remove_takes_its_articles_out_of_seen(tmp_path: Path, capsys: Any) -> None:
    """``claimdesk remove FEED`` removed the articles from the library; ``claimdesk seen``
    kept listing them from the index."""
    import json

    from reader.cli import main
    from reader.library import Incoming, LibraryStore, library_path

    db = tmp_path / "data" / "annotations.json"
    db.parent.mkdir()
    articles = desk_articles()
    with LibraryStore(library_path(db)) as store:
        wire_feed = store.add_feed("https://wire.example/rss", "Wire")
        daily_feed = store.add_feed("https://daily.example/rss", "Daily")
        store.save(Incoming(articles["wire"], item_key="wire"), wire_feed.id)
        store.save(Incoming(articles["daily"], item_key="daily"), daily_feed.id)
    said = "Ninguna familia pagará más por la luz este invierno"
    assert main(["seen", said, "--db", str(db), "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["remove", "https://daily.example/rss", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["seen", said, "--db", str(db), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["source"] for r in rows] == [articles["wire"].source]


async def test_seen_before_on_a_too_short_text_says_so(tmp_path: Path) -> None:
    """``s`` on a three-word sentence said "In 0 other articles" (read as "seen nowhere")
    although such a short text is never looked up; it now says it is too short."""
    short = tmp_path / "lib"
    short.mkdir()
    (short / "a.txt").write_text("Title: Short\n\nPrices rose sharply.\n\nThe council met on "
                                 "Monday to discuss the new budget plan.\n", encoding="utf-8")
    app = ClaimdeskApp(paths=[str(short)], db_path=tmp_path / "db.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("g", "s")
        await settle(app, pilot)
        assert isinstance(app.screen, SeenScreen)
        status = str(app.screen.query_one("#seen-status").render())
        assert "too short" in status.lower() and "0 other" not in status, status


def test_annotation_filter_dates_as_people_type_them() -> None:
    """``from:2026-3-1`` hid every March annotation ("2026-03-05" < "2026-3-1" as text),
    and ``to:2026-03`` hid the whole of March; dates typed without zeros, a month or a
    year alone now mean what they say."""
    from reader.across import annotation_list as listing

    records = [{"id": str(n), "claim": "c", "created": f"2026-{m}T10:00:00Z",
                "article": {"id": "a", "title": "t"}}
               for n, m in enumerate(("02-28", "03-01", "03-05", "03-31", "04-01"))]
    rows = listing.rows(records)

    def days(text: str) -> list[str]:
        return [r.date[5:] for r in listing.select(rows, text)]

    assert days("from:2026-3-1") == ["03-01", "03-05", "03-31", "04-01"]
    assert days("to:2026-03") == ["02-28", "03-01", "03-05", "03-31"]
    assert days("from:2026-03 to:2026-3") == ["03-01", "03-05", "03-31"]
    assert days("from:2026-03-05 to:2026-03-05") == ["03-05"]
    assert days("to:2025") == [] and len(days("from:2026")) == 5


def test_pruned_articles_leave_the_index(tmp_path: Path, capsys: Any) -> None:
    """``claimdesk refresh --keep-days N`` pruned old articles from the library, but
    ``claimdesk seen`` kept listing them from the index."""
    import json

    from reader.cli import main
    from reader.library import Incoming, LibraryStore, library_path

    db = tmp_path / "data" / "annotations.json"
    db.parent.mkdir()
    articles = desk_articles()
    with LibraryStore(library_path(db)) as store:
        store.save(Incoming(articles["wire"], item_key="wire"))
        store.save(Incoming(articles["daily"], item_key="daily"))
        store.db.execute("UPDATE articles SET seen_at = '2020-01-02T00:00:00Z' WHERE id = ?",
                         (articles["daily"].id,))
        store.db.commit()
    said = "Ninguna familia pagará más por la luz este invierno"
    assert main(["seen", said, "--db", str(db), "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    main(["refresh", "--keep-days", "90", "--db", str(db)])
    assert "pruned" in capsys.readouterr().out
    assert main(["seen", said, "--db", str(db), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["source"] for r in rows] == [articles["wire"].source]
