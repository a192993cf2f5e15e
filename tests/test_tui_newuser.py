"""What a new user tripped over (issue 13): accents, messages, quotation marks, wrapping."""

from __future__ import annotations

from pathlib import Path

import pytest
from pilot_settle import settle
from test_tui_app import (
    library,  # noqa: F401  (fixture)
    make_app,
    open_first,
)
from textual.widgets import DataTable, Input

from reader.cli import main
from reader.core.plural import counted
from reader.sources import load_paths
from reader.sources.html import not_html
from reader.tui.shown import quoted
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.side_panel import annotation_prompt

ACCENTED = """Title: La sequía de Valparaíso y México
Source: Crónica Continental
Date: 2026-02-19
Language: es

La sequía golpea Valparaíso. El gobierno de México dijo que la SEQUÍA durará meses.
"""


@pytest.fixture
def accented(library: Path) -> Path:  # noqa: F811
    (library / "d_mexico.txt").write_text(ACCENTED, encoding="utf-8")
    return library


@pytest.mark.parametrize("typed", ["mexico", "valparaiso", "sequia", "CRONICA"])
async def test_library_filter_folds_case_and_accents(
    accented: Path, tmp_path: Path, typed: str
) -> None:
    app = make_app(accented, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        await pilot.press("slash", *typed)
        assert table.row_count == 1
        title, source = table.get_row_at(0)[:2]
        word = {"mexico": "México", "valparaiso": "Valparaíso", "sequia": "sequía",
                "CRONICA": "Crónica"}[typed]
        marked = source if typed == "CRONICA" else title
        start = marked.plain.index(word)
        assert any(span.start == start and span.end == start + len(word)
                   for span in marked.spans), "the match is marked on the original text"


@pytest.mark.parametrize("threaded", [False, True])
@pytest.mark.parametrize(("typed", "word"), [("mexico", "México"), ("valparaiso", "Valparaíso"),
                                             ("sequia", "sequía")])
async def test_search_folds_case_and_accents(
    accented: Path, tmp_path: Path, typed: str, word: str, threaded: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if threaded:  # as a very long article is searched: in a thread worker
        monkeypatch.setattr("reader.tui.screens.article.THREADED_SEARCH", 10)
    app = make_app(accented, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"mexico", "enter")
        screen = await open_first(app, pilot)
        view = screen.query_one(ArticleView)
        text = view.text
        await pilot.press("slash")
        assert screen.query_one("#article-search", Input).has_focus
        await pilot.press(*typed, "enter")
        await settle(pilot)
        first = text.index(word)
        assert view.cursor == (first, first + len(word))
        assert text[view.cursor[0]:view.cursor[1]] == word


def test_quotation_marks_are_not_doubled() -> None:
    assert quoted("“We will appeal,”") == "“We will appeal,”"
    assert quoted("«Es un paso necesario»") == "«Es un paso necesario»"
    assert quoted("We will appeal") == "“We will appeal”"
    assert quoted("We will appeal,”") == "“We will appeal,”"  # a quotation cut at its start
    assert quoted("“We will") == "“We will”"
    assert quoted("") == "“”"
    from reader.core.model import Article
    from reader.store.records import new_record

    article = Article("a.txt", "A", "He said: “We will appeal,” and left.", ())
    start = article.text.index("“")
    record = new_record(article, start, start + len("“We will appeal,”"), claim="Appeal")
    plain = annotation_prompt(record).plain
    assert "““" not in plain and "””" not in plain
    assert "“We will appeal,”" in plain


def test_plurals() -> None:
    assert counted(1, "annotation") == "1 annotation"
    assert counted(0, "annotation") == "0 annotations"
    assert counted(2, "match", "matches") == "2 matches"


def test_annotations_table_says_one_annotation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.json"
    record = tmp_path / "one.jsonl"
    import json

    from reader.core.model import Article
    from reader.store.records import new_record

    article = Article("a.txt", "A", "Alpha beta gamma.", ())
    record.write_text(json.dumps(new_record(article, 0, 5, claim="Alpha")) + "\n",
                      encoding="utf-8")
    assert main(["import", "--db", str(db), str(record)]) == 0
    capsys.readouterr()
    assert main(["annotations", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "1 annotation" in out and "1 annotations" not in out


def test_reader_on_a_folder_without_articles_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "notes.odt").write_bytes(b"x")
    code = main([str(empty)])  # returns before any app starts
    err = capsys.readouterr().err
    assert code == 1
    assert "no articles found in" in err and str(empty) in err and ".html" in err
    assert len(err.strip().splitlines()) == 1


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><description>First story text here.</description></item>
</channel></rss>
"""


def test_a_feed_renamed_html_is_refused_naming_what_it_looks_like(tmp_path: Path) -> None:
    feed = tmp_path / "feed.html"
    feed.write_text(RSS, encoding="utf-8")
    atom = tmp_path / "atom.html"
    atom.write_text('<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>',
                    encoding="utf-8")
    results = load_paths([str(feed), str(atom)])
    reasons = [getattr(r, "reason", "") for r in results]
    assert "looks like an RSS feed, not an HTML page" in reasons[0]
    assert "looks like an Atom feed" in reasons[1]
    assert not_html('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body/></html>') is None
    assert not_html("<!doctype html><p>hi</p>") is None
    assert "XML document" in (not_html('<?xml version="1.0"?><urlset/>') or "")


# ----- a data folder that cannot be created at all -----


async def _start_messages(folder: Path, db_path: Path) -> list[str]:
    from reader.tui.app import ClaimdeskApp

    app = ClaimdeskApp(paths=[str(folder)], db_path=db_path)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        return [n.message for n in app._notifications]


async def test_a_data_folder_under_a_file_is_said_in_one_line(
    library: Path, tmp_path: Path  # noqa: F811
) -> None:
    """It said "Annotations are off (reading still works): … cannot be read: a part of
    the path is not a folder": no word of the folder, nor that nothing will be saved."""
    (tmp_path / "blocker").write_text("x", encoding="utf-8")
    folder = tmp_path / "blocker" / "data" / "claimdesk"
    messages = await _start_messages(library, folder / "annotations.json")
    assert messages == [f"Nothing will be saved: the data folder {folder} cannot be created: "
                        f"{tmp_path / 'blocker'} is a file, not a folder"]
    assert not (tmp_path / "blocker").is_dir()


async def test_a_data_folder_in_a_read_only_parent_is_said_in_one_line(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    """As root nothing is read-only: mkdir and access fail as they would for a user.
    It said "View only: annotations are shown but cannot be saved: … its folder cannot
    be locked: permission denied"."""
    import os

    parent = tmp_path / "readonly"
    parent.mkdir()
    folder = parent / "claimdesk"
    real_mkdir, real_access = Path.mkdir, os.access

    def mkdir(self: Path, *args: object, **kwargs: object) -> None:
        if self == folder or parent in self.parents:
            raise PermissionError(13, "Permission denied", str(self))
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if Path(str(path)) == parent and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", mkdir)
    monkeypatch.setattr(os, "access", access)
    messages = await _start_messages(library, folder / "annotations.json")
    assert messages == [f"Nothing will be saved: the data folder {folder} cannot be created: "
                        f"{parent} cannot be written"]
    assert list(parent.iterdir()) == []
