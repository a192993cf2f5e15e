"""Pilot tests of "across the library": seen before, Already checked, the Annotations,
Speakers, Entities and Stats screens, with two articles from different sources that
carry the same quotation, one word changed."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from test_tui_annotate import annotate_here, on_file, settle
from textual.widgets import DataTable, OptionList, Select, Static

from reader.tui.app import ClaimdeskApp
from reader.tui.screens.annotations import AnnotationsScreen, ExportScreen
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.seen import SeenScreen
from reader.tui.screens.speakers import EntitiesScreen, SpeakersScreen
from reader.tui.screens.stats import StatsScreen
from reader.tui.widgets.virtual_table import VirtualTable

ARTICLES = Path(__file__).parent / "across" / "articles"
SIZE = (120, 36)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "lib"
    shutil.copytree(ARTICLES, target)
    return target


def make_app(folder: Path, tmp_path: Path) -> ClaimdeskApp:
    return ClaimdeskApp(paths=[str(folder)], db_path=tmp_path / "db.json")


async def open_titled(app: ClaimdeskApp, pilot: Any, words: str) -> ArticleScreen:
    """From the library, open the article whose title contains ``words`` (keys only)."""
    while not isinstance(app.screen, LibraryScreen):
        await pilot.press("escape")
        await pilot.pause()
    await settle(app, pilot)
    table = app.screen.query_one(DataTable)
    await pilot.press("g")
    for _ in range(table.row_count):
        if words in str(table.get_row_at(table.cursor_row)[0]):
            break
        await pilot.press("j")
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, ArticleScreen)
    assert words in app.screen.article.title
    return app.screen


def status(screen: Any, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_seen_before_checked_annotations_and_speakers(folder: Path, tmp_path: Path) -> None:
    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        wire = await open_titled(app, pilot, "congelar")
        await pilot.press("right_square_bracket")
        await pilot.press("s")
        await settle(app, pilot)
        seen = app.screen
        assert isinstance(seen, SeenScreen)
        assert [m.article.source for m in seen.matches] == ["Agencia Meridiano",
                                                            "Diario del Norte"]
        options = seen.query_one(OptionList)
        second = str(options.get_option_at_index(1).prompt)
        assert "Diario del Norte" in second and "{+electricidad+}" in second
        assert "[-luz-]" in second
        assert "In 1 other article" in status(seen, "#seen-status")
        await pilot.press("escape")
        assert app.screen is wire
        # Annotate the quotation in the first article, verdict False.
        await annotate_here(app, pilot, verdict="false")
        (record,) = on_file(tmp_path)
        assert record["verdict"] == "false"
        # The second article: its matching candidate is marked and "Already checked".
        daily = await open_titled(app, pilot, "insiste")
        await settle(app, pilot)
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert "checked" in {span.kind for span in daily.view._spans}
        line = status(daily, "#article-status")
        assert "Already checked: False" in line and "congelar" in line
        await pilot.press("enter")
        await settle(app, pilot)
        opened = app.screen
        assert isinstance(opened, ArticleScreen) and opened.article.id == wire.article.id
        position = record["target"]["position"]
        assert opened.view.cursor == (position["start"], position["end"])
        # The Annotations screen filters to it and opens it.
        await pilot.press("A")
        await settle(app, pilot)
        notes = app.screen
        assert isinstance(notes, AnnotationsScreen)
        await pilot.press("slash", *"verdict:false", "enter")
        await pilot.pause()
        assert [r.id for r in notes.shown_rows] == [record["id"]]
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.view.cursor == (position["start"], position["end"])
        # The Speakers screen: one speaker, both quotations, by date.
        await pilot.press("S")
        await settle(app, pilot)
        speakers = app.screen
        assert isinstance(speakers, SpeakersScreen)
        assert speakers.items[0].name == "Carlos Ortega" and speakers.items[0].quotes == 2
        assert [d.source for d in speakers.details] == ["Agencia Meridiano", "Diario del Norte"]
        await pilot.press("tab", "j", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen) and "insiste" in app.screen.article.title


async def test_annotations_screen_keys(folder: Path, tmp_path: Path) -> None:
    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_titled(app, pilot, "congelar")
        await annotate_here(app, pilot)  # the first sentence, unrated
        await pilot.press("right_square_bracket")
        await annotate_here(app, pilot, verdict="false")
        await pilot.press("A")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, AnnotationsScreen)
        table = screen.query_one(VirtualTable)
        assert table.row_count == 2
        await pilot.press("r")  # the review queue: the unrated one
        await pilot.pause()
        assert [r.verdict for r in screen.shown_rows] == ["unrated"]
        await pilot.press("r", "o")
        assert screen.sort_column == "status" and table.row_count == 2
        await pilot.press("O")
        assert screen.reverse is True
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("escape")
        await pilot.press("x")
        export = app.screen.query_one("#export-path")
        export.value = str(tmp_path / "out.csv")
        await pilot.press("enter")
        await settle(app, pilot)
        assert (tmp_path / "out.csv").read_text(encoding="utf-8").count("\n") >= 3
        await pilot.press("g", "d")  # delete: opens the article and asks there
        await settle(app, pilot)
        await pilot.pause(0.3)
        await pilot.press("y")
        await settle(app, pilot)
        assert len(on_file(tmp_path)) == 1
        await pilot.press("A")
        await settle(app, pilot)
        assert app.screen.query_one(VirtualTable).row_count == 1
        status = str(app.screen.query_one("#annotations-status").render())
        assert status.startswith("1 of 1 annotation · sorted by "), status


async def test_entities_and_stats_screens(folder: Path, tmp_path: Path) -> None:
    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("E")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, EntitiesScreen)
        names = [e.name for e in screen.items]
        assert "Carlos Ortega" in names
        await pilot.press("escape", "T")
        await settle(app, pilot)
        assert isinstance(app.screen, StatsScreen)
        stats = app.screen.stats
        assert stats["library"]["most_quoted"][0] == ["Carlos Ortega", 2]
        assert stats["total_articles"] == 2
        shot = app.export_screenshot()
        assert "Most" in shot and "speakers" in shot and "Ortega" in shot
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_stats_screen_draws_the_library_first_and_keys_work_meanwhile(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import reader.tui.screens.stats as stats_screen

    counting = threading.Event()
    real = stats_screen.count_annotations

    def slow_count(counter: Any, documents: Any, before_full: Any) -> Any:
        before_full()  # as when every record must be counted again: held until let go
        counting.wait(10)
        return real(counter, documents, None)

    monkeypatch.setattr(stats_screen, "count_annotations", slow_count)
    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("T")
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        while screen.stats is None:
            await pilot.pause(0.01)
        await pilot.pause()
        assert not screen.complete and screen.stats["annotations"] is None
        shot = app.export_screenshot()
        assert "Counting" in shot and "Ortega" in shot  # the library's charts already
        assert "verdict" not in shot
        await pilot.press("escape")  # keys work while the annotations are counted
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("T")
        counting.set()
        await settle(app, pilot)
        assert isinstance(app.screen, StatsScreen) and app.screen.complete
        shot = app.export_screenshot()
        assert "verdict" in shot and "Counting" not in shot


async def test_hostile_titles_speakers_and_quotes_stay_text(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    payload = "[@click=app.quit]X[/] \x1b]8;;http://e\x07link\x1b[2J \u202eevil"
    for name, source, date in (("a.txt", "Wire " + payload, "2026-01-01"),
                               ("b.txt", "[b]Daily[/b]", "not a date")):
        (folder / name).write_text(
            f"Title: {name} {payload}\nSource: {source}\nDate: {date}\n\n"
            f"«Nadie va a pagar más por la luz {payload} este invierno en casa», afirmó "
            f"Carlos [red]Ortega[/red] en Madrid.\n", encoding="utf-8")
    app = make_app(folder, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await open_titled(app, pilot, "a.txt")
        await pilot.press("right_square_bracket", "s")
        await settle(app, pilot)
        assert isinstance(app.screen, SeenScreen) and len(app.screen.matches) == 2
        for key in ("escape", "escape", "A", "escape", "S", "escape", "E", "escape", "T"):
            await pilot.press(key)
            await settle(app, pilot)
            shot = app.export_screenshot()
            assert "\x1b" not in shot and "\u202e" not in shot
        assert app.is_running  # [@click=app.quit] was never an action


async def test_across_screens_do_not_pile_up(folder: Path, tmp_path: Path) -> None:
    """An across screen already open further down is shown again (the screens above it
    close) instead of a second one on top: alternating A, S, E and T stacked a new screen
    on each press, and escape had to be pressed as many times."""
    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        depth = len(app.screen_stack)
        for key in "ASETASETAS":
            await pilot.press(key)
            await settle(app, pilot)
        assert isinstance(app.screen, SpeakersScreen)
        assert len(app.screen_stack) == depth + 2  # Annotations, then Speakers
        speakers = app.screen
        await pilot.press("tab", "j", "enter")  # a quotation of the speaker's opens on top
        await settle(app, pilot)
        assert isinstance(app.screen, ArticleScreen) and len(app.screen_stack) == depth + 3
        await pilot.press("S")  # back to the open list, not a second one on top
        await settle(app, pilot)
        assert app.screen is speakers and len(app.screen_stack) == depth + 2
        await pilot.press("escape")
        assert isinstance(app.screen, AnnotationsScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_stats_screen_counts_follow_save_edit_undo_and_delete(
        folder: Path, tmp_path: Path) -> None:
    """The counts are kept between openings of the screen (only changes are counted):
    every save, edit, undo and delete shows the next time it opens."""
    app = make_app(folder, tmp_path)

    async def verdicts() -> dict[str, int]:
        await pilot.press("T")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatsScreen) and screen.complete
        counted = dict(screen.stats["annotations"]["by_verdict"])
        assert screen.stats["total_annotations"] == sum(counted.values())
        await pilot.press("escape")
        return counted

    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        article = await open_titled(app, pilot, "congelar")
        await pilot.press("right_square_bracket")
        assert await verdicts() == {}
        await annotate_here(app, pilot, verdict="false")
        assert await verdicts() == {"false": 1}
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#verdict", Select).value = "true"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert await verdicts() == {"true": 1}
        await pilot.press("u")  # undo the edit
        await settle(app, pilot)
        assert await verdicts() == {"false": 1}
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert app.screen is article
        assert await verdicts() == {}


async def test_annotations_screen_shows_saves_and_deletes_made_since_it_was_sorted(
        folder: Path, tmp_path: Path) -> None:
    """The list's order by date is kept between openings while nothing changed: a save
    or a delete made meanwhile shows the next time the screen opens."""
    app = make_app(folder, tmp_path)

    async def listed() -> list[str]:
        await pilot.press("A")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, AnnotationsScreen)
        verdicts = [row.verdict for row in screen.shown_rows]
        await pilot.press("escape")
        await settle(app, pilot)
        return verdicts

    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        article = await open_titled(app, pilot, "congelar")
        await pilot.press("right_square_bracket")
        assert await listed() == []
        await annotate_here(app, pilot, verdict="false")
        assert await listed() == ["false"]
        assert await listed() == ["false"]  # again, from the kept order
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert app.screen is article
        assert await listed() == []


async def test_seen_before_marks_a_look_alike_as_another_claim(tmp_path: Path) -> None:
    """The same quotation with another figure is listed in "seen before" (the diff shows
    the figure) and marked as another claim, in its row and in the status line."""
    said = "Hemos contratado a 4.000 sanitarios más desde enero en los hospitales públicos"
    folder = tmp_path / "lib"
    folder.mkdir()
    for name, date, figure in (("a", "2026-03-01", "4.000"), ("b", "2026-03-09", "9.000")):
        (folder / f"{name}.txt").write_text(
            f"Title: Sanidad {name}\nDate: {date}\nSource: Medio {name}\nLanguage: es\n\n"
            f"La consejera Ana Ruiz afirmó: «{said.replace('4.000', figure)}».\n",
            encoding="utf-8")
    app = make_app(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_titled(app, pilot, "Sanidad a")
        await pilot.press("right_square_bracket")
        await pilot.press("s")
        await settle(app, pilot)
        seen = app.screen
        assert isinstance(seen, SeenScreen)
        assert [m.differs for m in seen.matches] == ["", "number"]
        row = str(seen.query_one(OptionList).get_option_at_index(1).prompt)
        assert "another claim: a different figure" in row and "{+9.000+}" in row
        line = status(seen, "#seen-status")
        assert "In 0 other articles" in line and "1 look-alike(s) with another claim" in line


def test_filter_terms_that_can_match_nothing_are_named() -> None:
    from reader.across.annotation_list import unknown_terms

    notes = unknown_terms("verdict:flase from:2026-13-01 to:2026-02-30 status:lost "
                          "verdict:mostly-false from:2026-03 to:2026 status:orphan tag:x mayor")
    assert [n.split(":")[0] + ":" + n.split(":")[1] for n in notes] == [
        "verdict:flase", "from:2026-13-01", "to:2026-02-30", "status:lost"]
    assert "mostly-false" in notes[0] and "YYYY-MM-DD" in notes[1] and "orphan" in notes[3]
    assert unknown_terms("verdict:False status:changed from:2026-3-1") == []


async def test_a_mistyped_filter_says_why_the_list_is_empty(
    folder: Path, tmp_path: Path
) -> None:
    app = make_app(folder, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        await pilot.press("slash", *"verdict:flase")
        await settle(app, pilot)
        status = str(app.screen.query_one("#annotations-status").render())
        assert status.startswith("0 of 0 annotations · verdict:flase: a verdict is one of "), \
            status


async def test_an_empty_annotations_screen_says_how_to_make_one_with_the_live_keys(
    folder: Path, tmp_path: Path
) -> None:
    """Not only "0 of 0 annotations": the keys of the article screen that make one, as
    bound now (a user who moved Annotate to ``n`` reads ``n``)."""
    from reader.tui.keymap import config_dir

    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "keymap.toml").write_text('"claimdesk.article.annotate" = "n"\n',
                                              encoding="utf-8")
    app = make_app(folder, tmp_path)
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        status = str(app.screen.query_one("#annotations-status").render())
    assert status == ("No annotations yet · press n in an article (v selects words first) · "
                      "esc q back"), status


async def test_the_details_table_is_drawn_apart_from_the_list(
    folder: Path, tmp_path: Path
) -> None:
    """Side by side with nothing between them, the entities and the articles naming the
    current one read as one table (at 80 columns, when those were side by side): row 4's
    name beside row 1's article."""
    app = make_app(folder, tmp_path)
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(app, pilot)
        for key in ("E", "S"):
            await pilot.press(key)
            await settle(app, pilot)
            right = app.screen.query_one("#across-right")
            assert right.styles.border_left[0] == "solid"
            assert right.content_region.x == right.region.x + 1  # a column for the line
            await pilot.press("escape")


async def test_a_long_virtual_table_never_scrolls_sideways() -> None:
    """Its virtual width counted the vertical scrollbar's cell: once the rows needed that
    scrollbar a sideways one appeared too, taking the last row (a stray ▏ in the Speakers
    and Entities lists at 60 columns)."""
    from textual.app import App, ComposeResult

    from reader.tui.widgets.virtual_table import Column

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield VirtualTable([Column("name", "Name"), Column("n", "N", 4)])

    app = One()
    async with app.run_test(size=(30, 10)) as pilot:
        table = app.query_one(VirtualTable)
        table.set_rows([(f"name {n}", str(n)) for n in range(50)])
        await pilot.pause()
        await pilot.pause()
        assert table.show_vertical_scrollbar and not table.show_horizontal_scrollbar
        assert table.scrollable_content_region.height == 10


async def test_speakers_and_entities_headers_whole_at_every_width(
    folder: Path, tmp_path: Path
) -> None:
    """Side by side the headers were cut mid-word at 60 columns ("Qu…", "Men…"), at 80
    ("Quo…", "Art…"), at 100 ("Artic…", "Ment…") and at 110 ("Mentio…"): below 120
    columns the details go under the list, and every header is whole at every width;
    from 120 columns the two stay side by side."""
    app = make_app(folder, tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        for key in ("S", "E"):
            await pilot.press(key)
            await settle(app, pilot)
            for width, height in ((60, 20), (80, 24), (100, 30), (110, 30), (119, 30),
                                  (120, 30), (160, 40), (80, 24)):
                await pilot.resize_terminal(width, height)
                await settle(app, pilot)
                left, right = app.screen.left, app.screen.right
                stacked = right.region.y > left.region.y
                assert stacked is (width < 120), width
                if stacked:
                    assert right.region.width >= width - 2, width
                for table in (left, right):
                    header = table.render_line(0).text
                    assert "…" not in header, (width, header)
                    assert header.split() == [c.label for c in table.columns], width
            await pilot.press("escape")

@pytest.mark.parametrize(("size", "whole"), [((60, 20), False), ((80, 24), True)])
async def test_seen_before_leaves_the_list_room_on_a_short_terminal(
    folder: Path, tmp_path: Path, size: tuple[int, int], whole: bool
) -> None:
    """At 60x20 a long looked-up text filled the box and left the list one row: half an
    "Already checked" line, the article's title cut off. There the text is cut to a few
    lines (with an ellipsis); at 80x24 it is shown as before."""
    text = " ".join(f"palabra{n}" for n in range(40))  # 358 characters
    app = make_app(folder, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        app.push_screen(SeenScreen(text, "none", (0, len(text))))
        await settle(app, pilot)
        query = status(app.screen, "#seen-query")
        assert query.endswith("…") and len(query) == (300 if whole else 150)
        assert app.screen.query_one(OptionList).region.height >= (5 if whole else 6)


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (100, 30)])
async def test_the_annotation_filter_hint_is_never_cut(
    folder: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    """At 80 columns the hint ended "from:2026-03-0": the widest hint that fits is shown
    whole (the full one from 90 columns, as before)."""
    from reader.tui.screens.annotations import FILTER_HINTS

    app = make_app(folder, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        field = app.screen.filter_input
        assert len(str(field.placeholder)) <= field.content_region.width
        assert (str(field.placeholder) == FILTER_HINTS[0]) is (size[0] >= 100)
        assert str(field.placeholder) in FILTER_HINTS[:3]
