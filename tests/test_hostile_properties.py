"""Issue 5, property-based: random bytes never break the loaders, random markup never
reaches the markup parser.

- Loaders: bytes built from each format's opening (``{``, ``---``, ``<html>``, a BOM ...)
  followed by hostile chunks (escape sequences, lone C1 bytes, CR, NFD, bad UTF-8, JSON
  escapes of surrogates and NUL, huge exponents) and random bytes, written to a file with
  each supported suffix, give an ``Article`` that keeps the canonical-text invariants
  (NFC, LF, no control characters, blocks in order and inside the text) or raise
  ``reader.sources.SourceError``; nothing else. (``test_sources_props.py`` covers plain
  random bytes and text; this one aims at the hostile corners.)
- Rendering: any text with brackets, escapes and bidi marks, shown through
  ``reader.tui.shown`` in a DataTable, a Static and a notification of the real app, never
  raises ``MarkupError``, is drawn literally and leaves no control character on screen.
"""

from __future__ import annotations

import random
import re
import unicodedata
from io import StringIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Static

from reader.core.model import Article
from reader.sources import SUPPORTED_SUFFIXES, SourceError, load_file
from reader.tui.shown import shown

FORBIDDEN_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FORBIDDEN_ON_SCREEN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

PREFIXES = [
    b"", b"{", b"[", b'{"title": "', b'[{"text": "', b"---\n", b"---\ntitle: ", b"# ",
    b"<html><body><article><p>", b"<!DOCTYPE html><html><head><title>", b"Title: ",
    b"Title: x\nSource: ", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff",
]
CHUNKS = [
    b"\x1b]52;c;PWNED\x07", b"\x9b", b"\xc2\x9b", b"\x00", b"\r\n", b"\r", b"\n\n",
    b"\xe2\x80\xae", b"[/]", b"[@click=app.quit]x[/]", b"\xff", b"\xc3", b"<p>", b"</div>",
    b'"', b"\\u0000", b"\\ud800", b"1e999", b"A\xcc\x81", b"\xf0\x9f\x93\x88", b"\t",
]
RANDOM_BYTES = st.one_of(
    st.binary(max_size=600),
    st.builds(
        lambda prefix, parts: prefix + b"".join(parts),
        st.sampled_from(PREFIXES),
        st.lists(st.one_of(st.sampled_from(CHUNKS), st.binary(max_size=20)), max_size=30),
    ),
)


def _check_article(article: Article) -> None:
    text = article.text
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text
    assert not FORBIDDEN_IN_TEXT.search(text.replace("\n", ""))
    for field in (article.title, article.source, article.date, article.language):
        assert "\n" not in field and not FORBIDDEN_IN_TEXT.search(field), repr(field)
    previous_end = 0
    for block in article.blocks:
        assert previous_end <= block.start < block.end <= len(text)
        previous_end = block.end


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=RANDOM_BYTES, suffix=st.sampled_from(sorted(SUPPORTED_SUFFIXES)))
def test_random_bytes_give_an_article_or_a_source_error(
    data: bytes, suffix: str, tmp_path: Path
) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    try:
        article = load_file(str(path))
    except SourceError as error:
        line = str(error)
        assert line and "\n" not in line and not FORBIDDEN_IN_TEXT.search(line)
        return
    _check_article(article)


MARKUP_ALPHABET = list("[]/@=:;,.()'\"#abcxy 0123\\\n\t") + [
    "[/]", "[bold red]", "[@click=app.quit]", "[link=file:///etc/passwd]", "[on red]",
    "\x1b", "\x1b[31m", "\x1b]8;;", "\x07", "\x9b", "\x00", "\u202e", "\u200b", "\u2066",
    "$", "{", "}", "🙂", "東",
]
MARKUP_TEXT = st.lists(st.sampled_from(MARKUP_ALPHABET), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(value=MARKUP_TEXT)
def test_shown_text_renders_literally_through_rich(value: str) -> None:
    """Printing ``shown(value)`` never parses markup and writes no control sequence."""
    expected = shown(value).plain
    buffer = StringIO()
    console = Console(file=buffer, width=80, color_system=None, force_terminal=False)
    console.print(shown(value), soft_wrap=True, end="")
    assert buffer.getvalue() == expected
    assert not FORBIDDEN_ON_SCREEN.search(buffer.getvalue())


def _random_markup(generator: random.Random) -> str:
    return "".join(generator.choice(MARKUP_ALPHABET) for _ in range(generator.randint(0, 40)))


class _CellsApp(App[None]):
    """A table, a label and notifications fed with random bracket text."""

    def __init__(self, values: list[str]) -> None:
        super().__init__()
        self.values = values

    def compose(self) -> ComposeResult:
        yield Static(Text(""), id="label")
        yield DataTable(id="table")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("value", "again")
        for index, value in enumerate(self.values):
            table.add_row(shown(value, limit=30), shown(value[::-1], limit=30), key=str(index))


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_random_markup_in_table_label_and_notifications(seed: int) -> None:
    """200 random bracket strings per seed in the widgets the app uses: no MarkupError."""
    generator = random.Random(seed)
    values = [_random_markup(generator) for _ in range(200)]
    app = _CellsApp(values)
    async with app.run_test(size=(100, 40)) as pilot:
        table = app.query_one(DataTable)
        label = app.query_one("#label", Static)
        for index, value in enumerate(values):
            label.update(shown(value))
            if index % 20 == 0:
                app.notify(value, markup=False)
                table.move_cursor(row=index)
                await pilot.pause()
                screen = app.export_screenshot()
                assert app.is_running
        for row in range(table.row_count):
            assert str(table.get_row_at(row)[0]) == str(shown(values[row], limit=30))
        assert "MarkupError" not in screen
