"""Issue 12, items 2 and 4: the annotation form draws neutralised text and saves what was typed.

Item 2: fields holding control sequences (an imported annotation), a selection with bidi
and zero-width marks, an error line quoting a hostile evidence line, a confirm question
and a notification: what is *drawn* (every rendered line of every field, and the whole
screen) holds no control, C1, bidi or zero-width character. The values the form saves
keep the bidi and zero-width marks but lose escape sequences and control characters
(``typed_text``, the rule the command line applies to its options too).

Item 4: keys and a paste queued just ahead of ``ctrl+s`` (posted at once, no pause in
between, as a fast typist or a terminal paste delivers them) are all in the saved value.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

import hostile
import pytest
from test_annotation_form import PENDING, Host, _new_form
from textual import events
from textual.widget import Widget
from textual.widgets import Input, TextArea

from reader.core.text import typed_text
from reader.tui.app import ClaimdeskApp
from reader.tui.screens.annotation_form import AnnotationForm
from reader.tui.screens.confirm import ConfirmScreen
from reader.tui.widgets.safe_input import SafeInput, SafeTextArea

UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f"
                    "\u061c\u2060\ufeff]")
"""What must never be drawn: C0 (but newline), DEL, C1, bidi controls, zero-width marks."""
UNSAFE_STORED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""What is never saved from a form: C0 (but tab and newline), DEL, C1."""
CONTROLS = hostile.ALL_CONTROLS
BIDI = hostile.BIDI_PAYLOAD
HOSTILE = {
    "claim": f"Claim {CONTROLS} {BIDI}",
    "claimant": f"Who {CONTROLS}\u202eevil",
    "verdict": "false",
    "note": f"Note line {CONTROLS}\nsecond {BIDI}",
    "tags": [f"tag{CONTROLS}", BIDI],
    "evidence": [f"https://example.org/{hostile.MARKER}\u202e", f"ref {CONTROLS}"],
}


def drawn_lines(widget: Widget) -> list[str]:
    """Every line the widget renders now, as the characters sent to the terminal."""
    return ["".join(segment.text for segment in widget.render_line(y))
            for y in range(widget.size.height)]


def screen_text(app: Any) -> str:
    """The characters of the whole screen (a screenshot without its SVG markup)."""
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]*>", "", svg.split("<g class=", 1)[-1]))


def assert_nothing_unsafe(text: str, where: str) -> None:
    found = UNSAFE.search(text)
    assert found is None, f"{where}: {found.group()!r} drawn" if found else ""


async def test_hostile_imported_values_are_drawn_neutralised_and_kept() -> None:
    form = AnnotationForm("selected \u202eX\u200b", HOSTILE, claimants=[f"Name{CONTROLS}"])
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        fields = list(form.query(SafeInput)) + list(form.query(SafeTextArea))
        assert len(fields) == 5  # claim, claimant, tags, note, evidence
        for field in fields:
            field.focus()  # the cursor and the suggestion are drawn only when focused
            await pilot.pause()
            lines = drawn_lines(field)
            assert hostile.MARKER in "".join(lines), field.id  # the text itself is drawn
            for line in lines:
                assert_nothing_unsafe(line, str(field.id))
        assert_nothing_unsafe(screen_text(app), "screen")
        assert form.query_one("#claim", Input).value == HOSTILE["claim"]  # kept intact
        assert form.query_one("#note", TextArea).text == HOSTILE["note"]
        await pilot.press("end", "ctrl+s")
        await pilot.pause()
    assert app.result is not None
    # Saved as typed text: the escape sequences and controls go (``typed_text``, the
    # command line's rule too), the bidi and zero-width marks and the words stay.
    assert app.result["note"] == typed_text(HOSTILE["note"]).strip()
    assert app.result["claim"] == " ".join(typed_text(HOSTILE["claim"]).split())
    assert app.result["claimant"] == "Who PWNEDclickPWNEDaPWNED\u202eevil"
    assert app.result["evidence"] == [f"https://example.org/{hostile.MARKER}\u202e",
                                      f"ref {typed_text(CONTROLS)}"]
    assert not any(UNSAFE_STORED.search(str(value)) for value in app.result.values())
    assert "\u202e" in app.result["claim"] and "\u200b" in app.result["claim"]


async def test_a_bidi_selection_is_kept_in_the_claim_and_drawn_visible() -> None:
    form = _new_form(f"Dijo {BIDI} hoy")
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        claim = form.query_one("#claim", Input)
        assert "\u202e" in claim.value and "\u200b" in claim.value
        drawn = "".join(drawn_lines(claim))
        assert_nothing_unsafe(drawn, "claim")
        assert "→" in drawn and "·" in drawn  # the stand-ins, one for one
        assert_nothing_unsafe(screen_text(app), "screen")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert "\u202e" in app.result["claim"]


async def test_the_error_line_quoting_a_hostile_link_is_neutralised() -> None:
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        osc52 = hostile.CONTROL_PAYLOADS["osc52"]
        form.query_one("#evidence", TextArea).text = f"javascript:{osc52}"
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = form.query_one("#error")
        drawn = "".join(drawn_lines(error))
        assert "only http(s) links" in drawn
        assert_nothing_unsafe(drawn, "error line")
        assert_nothing_unsafe(screen_text(app), "screen")
    assert app.result is PENDING  # still open: nothing was dismissed


async def test_confirm_question_and_notifications_are_neutralised(tmp_path: Any) -> None:
    app = ClaimdeskApp(paths=[str(tmp_path)], db_path=tmp_path / "db.json")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        app.notify(f"Saved {CONTROLS} {BIDI}", title=f"T{CONTROLS}", markup=True)
        app.screen.notify(f"[b]{hostile.MARKER}[/b] {CONTROLS}", severity="error")
        app.push_screen(ConfirmScreen(f"Delete “{CONTROLS} {BIDI}”?"))
        await pilot.pause()
        await pilot.pause()
        screen = screen_text(app)
        assert "[b]PWNED[/b]" in screen  # text, never markup
        assert screen.count(hostile.MARKER) >= 3
        assert_nothing_unsafe(screen, "screen")


async def test_ctrl_s_sees_the_keys_and_the_paste_queued_before_it() -> None:
    """Keys and a paste posted at once with ctrl+s right behind: none is lost."""
    form = _new_form("claim")
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        events_in_order: list[events.Event] = [events.Key(ch, ch) for ch in "ABC"]
        events_in_order.append(events.Paste(" pasted text"))
        events_in_order.append(events.Key("ctrl+s", None))
        for event in events_in_order:  # no await between them: one terminal read
            app.post_message(event)
        await pilot.pause()
        await pilot.pause()
    assert app.result is not None, "ctrl+s did not save"
    assert app.result["claim"] == "claimABC pasted text"


async def test_ctrl_s_right_after_typing_in_the_note() -> None:
    form = _new_form("claim")
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        form.query_one("#note", TextArea).focus()
        await pilot.pause()
        for event in [events.Key("x", "x"), events.Paste("yz\nw"), events.Key("ctrl+s", None)]:
            app.post_message(event)
        await pilot.pause()
        await pilot.pause()
    assert app.result is not None and app.result["note"] == "xyz\nw"


async def test_a_hostile_completion_is_drawn_neutralised() -> None:
    """The claimant completion comes from the article's names: drawn through the same filter."""
    form = AnnotationForm("x", None, claimants=[f"Na{CONTROLS}\u202eme"])
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        claimant = form.query_one("#claimant", Input)
        claimant.value = ""
        claimant.focus()
        await pilot.press("N")
        await pilot.pause()
        await pilot.pause()
        drawn = "".join(drawn_lines(claimant))
        assert "PWNED" in drawn  # the suggestion is drawn
        assert_nothing_unsafe(drawn, "suggestion")
        await pilot.press("right")  # accept it: the value is the name as found
        assert claimant.value == f"Na{CONTROLS}\u202eme"


async def test_a_hostile_keymap_is_refused_and_its_problems_drawn_neutralised(
    tmp_path: Any, isolated_dirs: Any
) -> None:
    """Keys and ids from the user's keymap file reach the footer, the help modal and the
    notifications: a key with controls is refused, and the problem lines are neutralised."""
    config = isolated_dirs / "config" / "claimdesk"
    config.mkdir(parents=True)
    (config / "keymap.json").write_text(json.dumps({
        "claimdesk.next_sentence": f"x{CONTROLS}",
        f"claimdesk.{CONTROLS}\u202e": "y",
    }), encoding="utf-8")
    app = ClaimdeskApp(paths=[str(tmp_path)], db_path=tmp_path / "db.json")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("printable key names" in m for m in messages), messages
        assert_nothing_unsafe(screen_text(app), "screen with the help modal")
        assert_nothing_unsafe("".join(messages), "notifications")


async def test_pasted_escape_sequences_are_not_saved() -> None:
    """A paste out of a terminal brings colour codes: the saved values are the words."""
    form = _new_form("claim")
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("end")
        app.post_message(events.Paste(" \x1b[1;31mRED\x1b[0m\x07"))
        await pilot.pause()
        form.query_one("#claimant", Input).value = "Ana\x00 \x9b31mPérez"
        form.query_one("#note", TextArea).text = "uno\r\ndos \x1b]0;title\x07tres\x7f"
        form.query_one("#tags", Input).value = "\x1b[32mverde\x1b[0m, Verde, x\x08"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.result["claim"] == "claim RED"
    assert app.result["claimant"] == "Ana Pérez"
    assert app.result["note"] == "uno\ndos tres"
    assert app.result["tags"] == ["verde", "x"]


@pytest.mark.parametrize(("size", "box_width"), [((60, 20), 58), ((80, 24), 70)])
async def test_a_long_question_fits_a_narrow_screen(size: tuple[int, int],
                                                    box_width: int) -> None:
    """At 60 columns the delete question's box was 70 wide: its right border and the end
    of every line were off the screen. It now wraps inside; 80 columns are unchanged."""
    from textual.app import App

    question = "Delete the annotation “" + "word " * 30 + "”? (u undoes it)"
    app: App[None] = App()
    async with app.run_test(size=size) as pilot:
        app.push_screen(ConfirmScreen(question))
        await pilot.pause()
        box = app.screen.query_one("#confirm-box").region
        assert box.right <= size[0] and box.x >= 0
        assert box.width == box_width
