"""Issue 5, row T1/T2/T4/T7: hostile articles in the real reader, checked on the raw bytes.

The app runs as a user would start it (``python -m reader PATH ...``) under a pseudo-terminal
of a fixed size with ``TERM=xterm-256color``. The test reads everything the app writes to the
terminal, sends keys (open the article, move, go back, quit) and then scans the bytes: no OSC
(52 clipboard, 0/2 title, 8 link) or DCS sequence from the article, nothing carrying the
``PWNED`` marker inside an escape sequence, no raw C1 control, and the app quits on ``q``.

Cost: each PTY run starts a Python process with Textual (about 1-3 s on 2 cores), so the
suite does not run one process per fixture. It runs one process with *every* hostile file
at once (the library draws every title, source, date and failure reason), one per format
(txt, md, html, json) that opens the article and moves in it, and one with the 5 MB line.
Every wait is bounded in time; a run that overstays is killed and fails.

A Pilot test checks that markup payloads are shown literally and that clicking them does
nothing but the ordinary click.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import hostile
import pytest
from pilot_settle import settle
from pty_driver import PtyRun
from rich.text import Text
from textual.widgets import DataTable, Static

from reader.core.text import for_display
from reader.tui.app import ClaimdeskApp
from reader.tui.screens.article import ArticleScreen
from reader.tui.widgets.article_view import ArticleView

ROWS, COLUMNS = 32, 110
RUN_DEADLINE = 60.0
"""Seconds one whole PTY run may take before it is killed (start, keys, exit)."""
QUIT_WITHIN = 10.0
"""Seconds from ``q`` to the terminal being given back (the UI answered the key)."""
LIBRARY_SHOWN = b"Claimdesk library"
TERMINAL_RESTORED = b"\x1b[?1049l"
ARTICLE_SHOWN = b" Sentence"  # the footer's "j/k Sentence" (and the status line)
MARKER = hostile.MARKER.encode()

OSC = re.compile(rb"\x1b\]([^\x07\x1b]*)(?:\x07|\x1b\\|$)")
DCS = re.compile(rb"\x1bP")
C1_CODE_POINTS = re.compile("[\x80-\x9f]")
RAW_C1_BYTES = re.compile("[\udc80-\udc9f]")
"""After ``surrogateescape`` decoding, a byte 0x80-0x9F outside valid UTF-8."""


def assert_terminal_safe(output: bytes) -> None:
    """No escape sequence from an article reached the terminal."""
    for match in OSC.finditer(output):
        body = match.group(1)
        assert MARKER not in body, f"OSC from the article: {body[:60]!r}"
        number = body.split(b";", 1)[0]
        assert number not in (b"0", b"2", b"8", b"52"), f"OSC {number!r} written: {body[:60]!r}"
    assert not DCS.search(output), "a DCS sequence was written"
    assert b"\x1b[31m" + MARKER not in output
    assert b"\x1b[2J clear" not in output
    text = output.decode("utf-8", "surrogateescape")
    assert not RAW_C1_BYTES.search(text), "a raw C1 byte was written"
    assert not C1_CODE_POINTS.search(text), "a C1 control (UTF-8 encoded) was written"
    for control in ("\x00", "\x9b", "\u202e", "\u2066", "\u200b"):
        assert control not in text, f"{control!r} reached the terminal"


def run_app(paths: list[Path], keys: list[bytes], open_article: bool, loaded: bytes) -> PtyRun:
    """Start the app on ``paths``, wait until ``loaded`` is drawn (the rows are there),
    send ``keys``, quit, and check the bytes."""
    run = PtyRun([str(path) for path in paths])
    try:
        assert run.wait_for(LIBRARY_SHOWN), "the library was not shown"
        assert run.wait_for(loaded, limit=30), f"the library rows never showed {loaded!r}"
        run.settle()
        if open_article:
            mark = run.press(b"\r")
            assert run.wait_for(ARTICLE_SHOWN, after=mark), "the article did not open"
            run.settle()
            for key in keys:
                run.press(key)
                run.settle()
            mark = run.press(b"q")
            assert run.wait_for(b"Filter", after=mark, limit=10), "q did not go back"
            run.settle()
        mark = run.press(b"q")
        restored = run.wait_for(TERMINAL_RESTORED, after=mark, limit=QUIT_WITHIN)
        assert restored, "the app did not quit on q (not responsive)"
        assert run.wait_exit(limit=RUN_DEADLINE), "the process did not end after quitting"
        assert run.status == 0, f"exit status {run.status}"
    finally:
        run.close()
    assert b"Traceback" not in run.output
    assert_terminal_safe(bytes(run.output))
    return run


def test_every_hostile_file_at_once_in_the_library(tmp_path: Path) -> None:
    """All fixtures in one library: titles, sources, dates and failure reasons drawn safely."""
    paths = [make(tmp_path) for _, make in sorted(hostile.GENERATORS.items())]
    run = run_app(paths, [], open_article=False, loaded=b"Could not read")
    output = bytes(run.output)
    assert b"Could not read" in output  # the refused files are listed, with their reasons
    assert MARKER in output  # the hostile titles were really drawn


@pytest.mark.parametrize("name", ["txt_header", "markdown", "html", "json_object"])
def test_hostile_article_opened_read_and_closed(name: str, tmp_path: Path) -> None:
    """Per format: open the article, move by sentence and quotation, go back, quit."""
    path = hostile.GENERATORS[name](tmp_path)
    run = run_app([path], [b"j", b"j", b"]", b"G"], open_article=True, loaded=MARKER)
    output = bytes(run.output)
    assert MARKER in output
    if name != "html":  # the HTML parser drops control characters before we see them
        assert "\u241b".encode() in output  # ESC shown as a visible placeholder (T1)


def test_five_megabyte_line_opens_and_stays_responsive(tmp_path: Path) -> None:
    """T4: one 5 MB line opens, a key moves the cursor and q quits, within the deadline."""
    path = hostile.long_line(tmp_path)
    started = time.monotonic()
    run_app([path], [b"j", b"G"], open_article=True, loaded=b"word word")
    assert time.monotonic() - started < RUN_DEADLINE


# ----- Pilot: markup payloads stay text, and clicking them does nothing special -----

PILOT_FORMATS = ["txt_header", "markdown", "html", "json_object"]


def _cells(table: DataTable[Text], row: int) -> list[str]:
    return [str(cell) for cell in table.get_row_at(row)]


async def test_markup_payloads_are_literal_and_clicks_are_harmless(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    for name in PILOT_FORMATS:
        hostile.GENERATORS[name](folder)
    (folder / "[@click=app.quit]bad[bold red].txt").write_bytes(b"")  # listed as a failure
    app = ClaimdeskApp(paths=[str(folder)], db_path=tmp_path / "db.json")
    async with app.run_test(size=(COLUMNS, ROWS)) as pilot:
        await settle(pilot)
        failures = app.screen.query_one("#library-failures", Static)
        assert "[@click=app.quit]bad[bold red].txt" in str(failures.render())
        table = app.screen.query_one(DataTable)
        assert table.row_count == len(PILOT_FORMATS)
        for row in range(table.row_count):
            title, source, *_ = _cells(table, row)
            assert "[@click=app.quit]" in title, title
            assert source.startswith("[@click=app.quit]S[/]"), source
        await pilot.click(DataTable, offset=(5, 2))  # the second title: moves the cursor
        await pilot.pause()
        assert app.is_running and table.cursor_row == 1
        await pilot.click(DataTable, offset=(52, 2))  # its source cell
        await pilot.click(DataTable, offset=(52, 2))  # again: selects the row, opens it
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.screen, ArticleScreen)
        heading = app.screen.query_one("#article-title", Static)
        assert "[@click=app.quit]" in str(heading.render())
        await pilot.click("#article-title", offset=(10, 0))
        view = app.screen.query_one(ArticleView)
        assert "[@click=app.quit]" in view.text
        assert "[bold red]" in view.text and "[link=file:///etc/passwd]" in view.text
        await pilot.click(ArticleView, offset=(3, 0))
        await pilot.press("j")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ArticleScreen)


@pytest.mark.parametrize("payload", sorted(hostile.CONTROL_PAYLOADS))
def test_the_byte_scan_catches_each_payload(payload: str) -> None:
    """The scan is not vacuous: each payload, written raw, is caught."""
    if payload == "nul":
        raw = hostile.CONTROL_PAYLOADS[payload].encode()
    else:
        raw = b"\x1b[?1049h ok " + hostile.CONTROL_PAYLOADS[payload].encode("utf-8")
    with pytest.raises(AssertionError):
        assert_terminal_safe(raw)
    with pytest.raises(AssertionError):
        assert_terminal_safe(b"\x9b31m")  # a raw C1 byte, not UTF-8
    assert_terminal_safe("\u241b[31mPWNED \u2400 ok".encode())


BIDI_AND_ZERO_WIDTH = ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
                       "\u2068", "\u2069", "\u200b", "\u200e", "\u200f")


@pytest.mark.parametrize("fmt", ["txt", "json"])
async def test_bidi_is_kept_in_the_text_and_neutralised_on_screen(fmt: str, tmp_path: Path) -> None:
    """T3: the stored text keeps the marks (offsets and quotes stay true); the screen
    shows a visible stand-in, one for one, in the library and in the article."""
    folder = tmp_path / "lib"
    folder.mkdir()
    if fmt == "txt":
        hostile.bidi(folder)
    else:
        (folder / "bidi.json").write_text(
            json.dumps({"title": hostile.BIDI_PAYLOAD, "text": hostile.BIDI_PAYLOAD}),
            encoding="utf-8",
        )
    app = ClaimdeskApp(paths=[str(folder)], db_path=tmp_path / "db.json")
    async with app.run_test(size=(COLUMNS, ROWS)) as pilot:
        await settle(pilot)
        library = app.export_screenshot()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        view = app.screen.query_one(ArticleView)
        assert hostile.BIDI_PAYLOAD.strip() in view.text  # stored unchanged
        article = app.export_screenshot()
    visible = for_display("abc\u202ePWNED\u202c")
    assert visible != "abc\u202ePWNED\u202c"
    for screen in (library, article):
        assert visible in screen  # the stand-ins are drawn, one for one
        for mark in BIDI_AND_ZERO_WIDTH:
            assert mark not in screen, repr(mark)
