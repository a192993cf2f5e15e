"""Every field a person types into draws its text neutralised, wherever it sits.

A paste out of a terminal brings escape sequences (colours, ``OSC 52`` clipboard writes,
title changes) and bidi overrides. The annotation form always drew them as visible
stand-ins; the desk's one-line prompt, its filter and search, the annotations filter,
the export prompt and the command palette drew them raw. Two checks: no module of
``reader.tui`` builds a plain ``Input`` or ``TextArea`` (so a new field cannot forget),
and a hostile paste into each field leaves nothing unsafe on the screen.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from test_tui_desk import db, desk_app, settle  # noqa: F401  (fixture)
from test_tui_form_safety import assert_nothing_unsafe, screen_text
from textual import events
from textual.app import App
from textual.command import CommandInput
from textual.screen import Screen
from textual.widgets import Input

import reader.tui
from reader.tui.screens.annotations import ExportScreen
from reader.tui.screens.desk_prompt import PromptScreen
from reader.tui.widgets.safe_palette import SafeCommandPalette

PASTE = "\x1b]52;c;ZXZpbA==\x07\x1b[31mred\x1b[0m \u202eevil\u202c \x9b1m end"
UNSAFE_WIDGETS = {"Input", "TextArea"}


def test_no_module_of_the_tui_builds_a_plain_input() -> None:
    found = []
    for path in sorted(Path(reader.tui.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in UNSAFE_WIDGETS:
                    found.append(f"{path.name}:{node.lineno} {name}(")
    assert found == []


@pytest.mark.parametrize("keys", [("a",), ("f",), ("slash",), ("ctrl+p",), ("t",)],
                         ids=["feed-address", "filter", "search", "palette", "tags"])
async def test_a_hostile_paste_into_a_desk_field_is_drawn_neutralised(
        db: Path, keys: tuple[str, ...]) -> None:  # noqa: F811  (fixture)
    app = desk_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press(*keys)
        for _ in range(50):  # a pushed screen (the palette) mounts and focuses its field
            if isinstance(app.focused, Input):
                break
            await pilot.pause()
        assert isinstance(app.focused, Input)
        app.focused.post_message(events.Paste(PASTE))
        await pilot.pause()
        assert "red" in app.focused.value  # kept as typed until it is used
        assert_nothing_unsafe(screen_text(app), f"after {keys}")


async def test_the_palette_and_the_theme_picker_are_the_safe_palette(
        db: Path) -> None:  # noqa: F811  (fixture)
    app = desk_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, SafeCommandPalette)
        await pilot.press("escape")
        app.search_themes()
        await pilot.pause()
        assert isinstance(app.screen, SafeCommandPalette)
        assert isinstance(app.focused, CommandInput)
        app.focused.post_message(events.Paste(PASTE))
        await pilot.pause()
        assert_nothing_unsafe(screen_text(app), "theme picker")


class _Asks(App[None]):
    """Pushes one question and keeps the answer."""

    def __init__(self, screen: Screen[str | None]) -> None:
        super().__init__()
        self.question = screen
        self.answer: str | None = "(none)"

    def on_mount(self) -> None:
        self.push_screen(self.question, self._answered)

    def _answered(self, answer: str | None) -> None:
        self.answer = answer


@pytest.mark.parametrize("make", [lambda: PromptScreen("Feed address"),
                                  lambda: ExportScreen(3)], ids=["prompt", "export"])
async def test_a_pasted_escape_sequence_is_not_in_the_answer(
        make: Callable[[], Screen[str | None]]) -> None:
    """A feed address or an export file name pasted with colour codes: the answer is the
    words (a file was created with ESC [ 31 m in its name)."""
    app = _Asks(make())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        field = app.screen.query_one(Input)
        field.value = ""
        field.post_message(events.Paste("\x1b[31mnotes.jsonl\x1b[0m\x07"))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    answer = getattr(app.answer, "path", app.answer)  # the export prompt: an ExportChoice
    assert str(answer) == "notes.jsonl"


# -- a paste holding escape sequences is text, never keys (paste_guard.py) ----------------

COPIED_FROM_A_TERMINAL = [
    "see \x1b[1mu\x1b[0m",  # a bold u: undo on the article screen
    "\x1b[1mxy\x1b[0m and more",  # m, x, y on the desk: mark read, remove a feed, yes
    "AAA \x1b]52;c;aGk=\x07 BBB [@click=app.quit]CCC",  # an OSC run past 32 characters
    "\x1b]8;;https://x.example/r\x1b\\report\x1b]8;;\x1b\\ q",  # a hyperlink, then q
    "nested \x1b[200~start marker\x1b[20 and a cut end",
]


def _parsed(parser_class: type, chunks: list[str]) -> list[events.Event]:
    parser = parser_class()
    found: list[events.Event] = []
    for chunk in chunks:
        found.extend(parser.feed(chunk))
    return found


@pytest.mark.parametrize("pasted", COPIED_FROM_A_TERMINAL)
def test_a_paste_holding_escape_sequences_is_one_paste_and_no_key(pasted: str) -> None:
    """Textual's parser re-issued an ESC's next characters inside a paste as key presses
    (so a paste ran commands: u undid an edit and saved); through the guard the paste is
    one Paste event with every character, and no key, however the input is cut."""
    from textual._xterm_parser import XTermParser

    from reader.tui.paste_guard import GuardedParser

    raw = f"k\x1b[200~{pasted}\x1b[201~j"
    assert any(isinstance(e, events.Key) and e.key not in ("k", "j")
               for e in _parsed(XTermParser, [raw])), "Textual fixed it: drop the guard"
    for chunks in ([raw], list(raw), [raw[:9], raw[9:20], raw[20:]]):
        found = _parsed(GuardedParser, chunks)
        assert [e.key for e in found if isinstance(e, events.Key)] == ["k", "j"], chunks
        assert [e.text for e in found if isinstance(e, events.Paste)] == [pasted], chunks


def test_keys_outside_a_paste_are_read_as_before() -> None:
    from textual._xterm_parser import XTermParser

    from reader.tui.paste_guard import GuardedParser

    raw = "ab\x1b[A\x1b[1;5C\x1b[200~x\x1b[201~\x1b[B"
    plain, guarded = _parsed(XTermParser, [raw]), _parsed(GuardedParser, list(raw))
    assert [repr(e) for e in guarded] == [repr(e) for e in plain]


def test_the_app_reads_the_terminal_through_the_guard() -> None:
    """The guard is installed where the Linux driver builds its parser (a name of Textual's
    driver module): if an upgrade moves it, this fails instead of the guard going quiet."""
    from textual.drivers import linux_driver

    from reader.tui.app import ClaimdeskApp
    from reader.tui.paste_guard import GuardedLinuxDriver

    assert hasattr(linux_driver, "XTermParser")
    assert "XTermParser(" in __import__("inspect").getsource(
        linux_driver.LinuxDriver.run_input_thread)
    app = ClaimdeskApp([], Path("/nonexistent/annotations.json"))
    assert app.get_driver_class() is GuardedLinuxDriver
