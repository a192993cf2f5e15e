"""The reader at common terminal widths: every library column visible, the text readable.

The library's columns are fitted to the width (title shrinks first, never below 24 cells,
counts right-aligned); the article's side panel hides itself below 100 columns and ``p``
or ``tab`` brings it back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_settle import settle
from rich.cells import cell_len
from rich.text import Text
from test_tui_app import library, make_app, open_first  # noqa: F401  (fixture)
from textual.widgets import DataTable

from reader.tui.library_columns import COLUMNS, DROP_ORDER, TITLE_MIN, column_widths, fit
from reader.tui.screens.article import PANEL_AUTO_HIDE
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.side_panel import SidePanel

WIDTHS = (80, 100, 110, 120)
LONG_TITLE = "A very long headline about a municipal budget vote that runs on and on and on"


@pytest.mark.parametrize("total", [*WIDTHS, 60, 200])
def test_columns_fill_the_width_and_keep_the_title_readable(total: int) -> None:
    widths = column_widths(total)
    if total >= 80:
        assert list(widths) == [column.key for column in COLUMNS]
    assert widths["title"] >= TITLE_MIN + 1
    assert sum(widths.values()) == total  # no horizontal scrolling, no wasted cells
    assert widths["title"] >= widths["source"]


@pytest.mark.parametrize(("total", "left_out"), [
    (77, []), (76, ["quotes"]), (60, ["language", "entities", "quotes"]),
    (50, ["language", "entities", "quotes", "claims"])])
def test_a_narrow_table_leaves_out_the_least_useful_columns(
        total: int, left_out: list[str]) -> None:
    """At 60 columns the table was 74 cells wide: it scrolled sideways, its scrollbar took
    a row, and Quotes and Claims were out of sight. Now columns leave in DROP_ORDER."""
    widths = column_widths(total)
    assert [c.key for c in COLUMNS if c.key not in widths] == left_out  # screen order
    assert len(left_out) == len(DROP_ORDER) or sum(widths.values()) == total


async def test_library_at_60_columns_has_no_sideways_scrolling(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert [str(c.label) for c in table.ordered_columns] == [
            "Title", "Source", "Date", "Annot", "Claims"]
        assert all(str(table.get_row_at(row)[-1]).isdigit() for row in range(table.row_count))


def test_fit_clips_by_cells_with_an_ellipsis() -> None:
    text = fit("Tokyo fair 東京 🤖 robots and more", 16)
    assert cell_len(text.plain) <= 15  # one cell of the column is the gap
    assert text.plain.endswith("…")
    assert fit("short", 16).plain == "short"
    assert fit("[bold]x[/]", 16).plain == "[bold]x[/]"  # never markup


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (110, 30), (120, 36)])
async def test_library_shows_every_column_without_scrolling(
    library: Path, tmp_path: Path, size: tuple[int, int]  # noqa: F811
) -> None:
    (library / "d_long.txt").write_text(f"Title: {LONG_TITLE}\n\nSome text.\n", encoding="utf-8")
    app = make_app(library, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert not table.show_horizontal_scrollbar
        assert [str(c.label) for c in table.ordered_columns] == [c.label for c in COLUMNS]
        titles = [str(table.get_row_at(row)[0]) for row in range(table.row_count)]
        clipped = next(title for title in titles if title.startswith("A very long"))
        assert clipped.endswith("…") and len(clipped) < len(LONG_TITLE)
        header = next(c for c in table.ordered_columns if str(c.label) == "Claims")
        assert header.label.justify == "right"
        assert table.get_row_at(0)[-1].justify == "right"


async def test_library_columns_follow_a_resize(library: Path, tmp_path: Path) -> None:  # noqa: F811
    app = make_app(library, tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        wide = table.ordered_columns[0].width
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        await pilot.pause()
        assert table.ordered_columns[0].width < wide
        assert table.virtual_size.width <= table.scrollable_content_region.width


async def test_narrow_article_hides_the_panel_and_p_or_tab_shows_it(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(app, pilot)
        panel = screen.query_one(SidePanel)
        view = screen.query_one(ArticleView)
        assert not panel.display
        assert view.size.width >= 76  # the text has the whole width
        await pilot.press("p")
        await pilot.pause()
        assert panel.display and view.size.width < 76
        await pilot.press("p")
        await pilot.pause()
        assert not panel.display
        await pilot.press("tab")  # going to the panel shows it
        await pilot.pause()
        assert panel.display and panel.has_focus_within
        await pilot.press("p")  # hiding it gives the focus back to the text
        await pilot.pause()
        assert not panel.display and view.has_focus


async def test_wide_article_shows_the_panel_and_p_hides_it(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    app = make_app(library, tmp_path)
    async with app.run_test(size=(PANEL_AUTO_HIDE + 10, 30)) as pilot:
        screen = await open_first(app, pilot)
        panel = screen.query_one(SidePanel)
        assert panel.display
        await pilot.press("p")
        await pilot.pause()
        assert not panel.display
        await pilot.resize_terminal(PANEL_AUTO_HIDE + 30, 30)  # the reader's choice holds
        await pilot.pause()
        assert not panel.display


# ----- `claimdesk annotations` at 80 columns (the table layout of reader/cli/annotations.py) -----


def test_annotations_table_is_two_lines_per_record_at_80_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.cli import main
    from reader.core.model import Article
    from reader.store import AnnotationStore
    from reader.store.records import new_record

    monkeypatch.setenv("COLUMNS", "80")
    text = "La ministra dijo que " + "el agua escasea en todo el país " * 8 + "y nada más."
    article = Article(path="a.txt", title=LONG_TITLE + " 東京 🤖", text=text, blocks=())
    store = AnnotationStore(tmp_path / "db.json")
    for verdict in ("mostly-false", "true", "unverifiable"):
        store.add(new_record(article, 0, len(text), verdict=verdict,
                             claimant="Ministerio de Transición Ecológica y Reto Demográfico"))
    store.close()
    assert main(["annotations", "--db", str(tmp_path / "db.json")]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert all(cell_len(line) <= 80 for line in lines)
    records = [line for line in lines if any(v in line for v in ("mostly-false", "true ",
                                                                 "unverifiable"))]
    assert len(records) == 3
    # Title and header (3 lines: title, header, rule), then two lines per annotation.
    assert len(lines) == 3 + 2 * 3
    assert all("…" in line for line in records)  # claimant and claim clipped, not wrapped


async def test_status_line_reasons_are_cut_with_an_ellipsis_by_cells(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    """At 80 columns a check-worthy sentence's reasons ran off the edge with no sign of
    the cut; wide CJK characters and combining marks must not upset the count."""
    from reader.core.model import Analysis, Claim
    from reader.tui.screens.article import candidate_note

    reasons = ("cifra 9 %", "数字と日本語の理由", "e\u0301nfasis a\u0308", "comparación anual",
               "한국어 이유")
    analysis = Analysis("es", "test", ((0, 10),), (), (), (Claim(0, 10, 0.87, reasons),))
    app = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(app, pilot)
        status = screen.query_one("#article-status")
        screen._set_status(Text("Sentence 1/3", style="bold") + candidate_note(analysis, (0, 10)))
        await pilot.pause()
        line = "".join(s.text for s in status.render_line(0)).rstrip()
        assert line.startswith("Sentence 1/3  ·  Check-worthy sentence 0.87: cifra 9 %")
        assert line.endswith("…") and cell_len(line) <= 78


# ----- text cut at a word, by cells, with a visible "…" -----


def test_cut_words_ends_after_a_whole_word_by_cells() -> None:
    from reader.tui.shown import cut_words

    assert cut_words(Text("short line"), 80).plain == "short line"
    assert cut_words(Text("el presupuesto municipal de Riverton"), 20).plain == "el presupuesto…"
    assert cut_words(Text("東京都の予算 東京都の予算 東京都"), 14).plain == "東京都の予算…"
    assert cell_len(cut_words(Text("東京都の予算東京都の予算"), 9).plain) <= 9  # one long word
    status = "3 of 9 annotations · sorted by date (descending) · enter opens · e edit · d delete"
    assert cut_words(Text(status), 76).plain == (
        "3 of 9 annotations · sorted by date (descending) · enter opens · e edit…")


def test_clamp_lines_marks_a_cut_selection() -> None:
    from reader.tui.shown import clamp_lines

    text = "uno dos tres cuatro cinco seis siete ocho nueve diez once doce"
    assert clamp_lines("uno dos", 10, 3) == "uno dos"
    lines = clamp_lines(text, 12, 3).split("\n")
    assert lines == ["uno dos tres", "cuatro cinco", "seis siete…"]
    assert all(cell_len(line) <= 12 for line in clamp_lines("🤖" * 40, 9, 2).split("\n"))


async def test_annotations_status_is_one_line_cut_at_a_word_at_80_columns(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    """It wrapped to a second row ("· d" / "delete") at 80 columns."""
    from reader.tui.screens.annotations import AnnotationsScreen

    app = make_app(library, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("A")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AnnotationsScreen)
        status = screen.query_one("#annotations-status")
        assert status.size.height == 1
        line = "".join(s.text for s in status.render_line(0)).rstrip()
        assert line == ("No annotations yet · press a in an article (v selects words first) · "
                        "esc q back")
        screen._status("word " * 30 + "終わり")
        await pilot.pause()
        line = "".join(s.text for s in status.render_line(0)).rstrip()
        assert line.endswith("word…") and cell_len(line) <= 80


async def test_form_shows_a_long_selection_cut_with_an_ellipsis_and_saves_it_whole() -> None:
    from test_annotation_form import Host

    from reader.tui.screens.annotation_form import AnnotationForm

    selection = " ".join(f"palabra{n} 東京" for n in range(60))
    form = AnnotationForm(selection, None)
    app = Host(form)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        box = form.query_one("#selected")
        lines = ["".join(s.text for s in box.render_line(y)).rstrip()
                 for y in range(box.size.height)]
        assert len(lines) == 3 and lines[-1].endswith("…")
        assert all(cell_len(line) <= box.size.width for line in lines)
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.result["claim"] == selection
