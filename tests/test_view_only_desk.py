"""The reading desk on a library it cannot write (a read-only data folder): it opened
the bundled samples instead, as if the library were gone. Now the desk opens VIEW-ONLY:
the articles are listed and read, the status line says "View only" for as long as the
mode holds, every change key answers in one line, and no file in the folder changes.

As root nothing is read-only, so the writable open is made to fail as it would
(``LibraryError``); the read-only open is the real one (SQLite ``immutable``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_tui_desk import db, desk_app, settle  # noqa: F401  (fixture)
from textual.widgets import Static

from reader.cli.open_reader import _library_has_articles
from reader.library import LibraryError, LibraryStore, library_path
from reader.tui import desk_data
from reader.tui.screens.library_article import LibraryArticleScreen


def _state(folder: Path) -> list[tuple[str, int, int]]:
    """The article store's files (its WAL and shared memory too): name, size, mtime.
    The annotation database beside it is writable in these tests."""
    return sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns)
                  for p in folder.glob("library.sqlite3*"))


class _ReadOnlyFolder(LibraryStore):
    """A LibraryStore whose writable open fails as in a folder that cannot be written."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        if not read_only:
            raise LibraryError(f"cannot open the article store {path}: attempt to write a "
                               "readonly database")
        super().__init__(path, read_only=True)


@pytest.fixture
def read_only_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desk_data, "LibraryStore", _ReadOnlyFolder)
    monkeypatch.setattr("reader.library.LibraryStore", _ReadOnlyFolder)


def test_read_only_store_reads_and_writes_nothing(db: Path) -> None:  # noqa: F811
    folder = library_path(db).parent
    with LibraryStore(library_path(db)) as store:  # leave it closed, WAL folded
        count = store.count()
    before = _state(folder)
    with LibraryStore(library_path(db), read_only=True) as store:
        assert store.count() == count
        with pytest.raises(sqlite3.OperationalError):
            store.db.execute("UPDATE articles SET read = 1")
    assert _state(folder) == before


def test_the_command_line_opens_the_desk_of_a_read_only_library(
    db: Path, read_only_library: None  # noqa: F811
) -> None:
    assert _library_has_articles(db)


async def test_desk_view_only_lists_reads_refuses_and_writes_nothing(
    db: Path, read_only_library: None  # noqa: F811
) -> None:
    folder = library_path(db).parent
    with LibraryStore(library_path(db)):
        pass
    before = _state(folder)
    app = desk_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        desk = app.screen
        status = desk.query_one("#desk-status", Static)
        assert str(status.render()).startswith("View only · 3 articles")
        for key in ("m", "s", "t", "M", "r", "a", "x"):
            await pilot.press(key)
            await settle(app, pilot)
            assert app.screen is desk, key  # no form opened for a change that cannot be kept
            line = str(status.render())
            assert line.startswith("View only, nothing changed: cannot open the article store")
            assert "\n" not in line
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryArticleScreen)
        await pilot.press("q")
        await settle(app, pilot)
    assert _state(folder) == before
