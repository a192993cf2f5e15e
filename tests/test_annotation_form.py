"""The annotation form and the confirmation modal, driven with Pilot in a tiny host app."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App
from textual.widgets import Input, Select, Static, TextArea

from reader.tui.screens.annotation_form import (
    AnnotationForm,
    InvalidForm,
    NameSuggester,
    fold_name,
    looks_like_url,
    parse_evidence,
    parse_tags,
)
from reader.tui.screens.confirm import ConfirmScreen

SELECTED = "del 9 % este año"
PENDING = object()


class Host(App[None]):
    """Pushes one form on start and keeps what it was dismissed with."""

    def __init__(self, form: AnnotationForm) -> None:
        super().__init__()
        self.form = form
        self.result: Any = PENDING

    def on_mount(self) -> None:
        self.push_screen(self.form, self._done)

    def _done(self, result: dict[str, Any] | None) -> None:
        self.result = result


def _new_form(text: str = SELECTED) -> AnnotationForm:
    return AnnotationForm(
        text,
        None,
        claimants=["Nicolás Maduro", "Vladímir Putin", "Belta"],
        suggested_claimant="Nicolás Maduro",
    )


async def _type(pilot, form: AnnotationForm, selector: str, text: str) -> None:
    form.query_one(selector).focus()
    await pilot.pause()
    await pilot.press(*["space" if ch == " " else ("enter" if ch == "\n" else ch)
                        for ch in text])


# -- pure helpers ----------------------------------------------------------------------------


def test_tags_are_trimmed_and_deduplicated() -> None:
    assert parse_tags(" economía, Venezuela ,,ECONOMÍA,  cifras  oficiales ") == [
        "economía", "Venezuela", "cifras oficiales"]
    assert parse_tags("") == []


def test_evidence_keeps_references_and_checks_links() -> None:
    raw = "https://example.org/a\n\n  INE, informe 2024  \nNota: ver anexo\nhttps://example.org/a"
    assert parse_evidence(raw) == ["https://example.org/a", "INE, informe 2024", "Nota: ver anexo"]
    for bad in ("javascript:alert(1)", "ftp://example.org/x", "https://", "http://a b"):
        assert looks_like_url(bad)
        with pytest.raises(InvalidForm, match="line 2"):
            parse_evidence("ok\n" + bad)
    assert not looks_like_url("www.example.org")


async def test_names_complete_without_case_or_accents() -> None:
    suggester = NameSuggester(["Nicolás Maduro", "Ñuño Pérez", "Belta"])
    assert fold_name("Nicolás ÑUÑO") == "nicolas nuno"
    assert len(fold_name("Straße ﬁ")) == len("Straße ﬁ")
    assert await suggester.get_suggestion("nicolas m") == "Nicolás Maduro"
    assert await suggester.get_suggestion("nuño") == "Ñuño Pérez"
    assert await suggester.get_suggestion("maduro") is None
    assert await suggester.get_suggestion("") is None


# -- the form ---------------------------------------------------------------------------------


async def test_a_new_form_starts_from_the_selection_and_the_suggestion() -> None:
    form = _new_form("del 9 %\n\neste año")
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert form.query_one("#claim", Input).value == "del 9 % este año"
        assert form.query_one("#claimant", Input).value == "Nicolás Maduro"
        assert form.query_one("#verdict", Select).value == "unrated"
        assert app.focused is form.query_one("#claim", Input)
        assert form.query_one("#form").border_title == "New annotation"


async def test_ctrl_s_returns_the_typed_values() -> None:
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("backspace", "backspace", "s")
        await _type(pilot, form, "#note", "FMI:\n5 %")
        await _type(pilot, form, "#tags", "a, PIB,A")
        form.query_one("#evidence", TextArea).text = "https://example.org/fmi\n\n INE 2024 "
        form.query_one("#verdict", Select).focus()
        await pilot.press("enter", "down", "down", "down", "down", "enter")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.result == {
        "claim": "del 9 % este as",
        "claimant": "Nicolás Maduro",
        "verdict": "mostly-false",
        "note": "FMI:\n5 %",
        "tags": ["a", "PIB"],
        "evidence": ["https://example.org/fmi", "INE 2024"],
    }


async def test_the_claimant_is_completed_from_the_entities() -> None:
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        claimant = form.query_one("#claimant", Input)
        claimant.value = ""
        await _type(pilot, form, "#claimant", "vla")
        await pilot.pause()
        await pilot.press("right")
        assert claimant.value == "Vladímir Putin"


async def test_escape_on_an_unchanged_form_dismisses_at_once() -> None:
    app = Host(_new_form())
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.result is None
        assert not isinstance(app.screen, (ConfirmScreen, AnnotationForm))


async def test_escape_after_typing_asks_and_n_keeps_y_discards() -> None:
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await _type(pilot, form, "#note", "bor")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert str(app.screen.query_one("#confirm-question", Static).render()) == (
            "Discard the typed text?")
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form and app.result is PENDING
        assert form.query_one("#note", TextArea).text == "bor"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # escape answers no
        await pilot.pause()
        assert app.screen is form
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.result is None
        assert not isinstance(app.screen, (ConfirmScreen, AnnotationForm))


async def test_escape_in_the_open_verdict_list_only_closes_the_list() -> None:
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        verdict = form.query_one("#verdict", Select)
        verdict.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert verdict.expanded
        await pilot.press("escape")
        await pilot.pause()
        assert not verdict.expanded
        assert app.screen is form and app.result is PENDING


async def test_enter_in_a_one_line_field_moves_to_the_next_field() -> None:
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        assert app.focused is form.query_one("#claimant", Input)
        await pilot.press("enter")
        assert app.focused is form.query_one("#verdict", Select)
        assert app.result is PENDING


async def test_enter_answers_yes_in_the_confirmation() -> None:
    answers: list[bool] = []

    class Asker(App[None]):
        def on_mount(self) -> None:
            self.push_screen(ConfirmScreen("Discard?"), answers.append)

    async with Asker().run_test() as pilot:
        await pilot.press("enter")
        await pilot.pause()
    assert answers == [True]


async def test_an_invalid_link_shows_an_error_instead_of_saving() -> None:
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await _type(pilot, form, "#evidence", "ftp://x")
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = form.query_one("#error", Static)
        assert app.screen is form and app.result is PENDING
        assert error.has_class("-shown")
        assert "only http(s) links" in str(error.render())
        form.query_one("#evidence", TextArea).text = "https://example.org"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.result["evidence"] == ["https://example.org"]


async def test_an_empty_claim_is_refused() -> None:
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        form.query_one("#claim", Input).value = "   "
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.result is PENDING
        assert "claim summary is empty" in str(form.query_one("#error", Static).render())


async def test_the_character_count_follows_the_claim() -> None:
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        count = form.query_one("#claim-count", Static)
        assert str(count.render()).startswith("16/75 characters")
        form.query_one("#claim", Input).value = "x" * 75
        await pilot.pause()
        assert str(count.render()).startswith("75/75") and not count.has_class("-over")
        form.query_one("#claim", Input).action_end()
        await pilot.press("y")
        await pilot.pause()
        assert str(count.render()).startswith("76/75")
        assert count.has_class("-over")


async def test_an_edit_form_shows_the_current_values() -> None:
    initial = {
        "claim": "Venezuela crecerá un 9 %",
        "claimant": "Nicolás Maduro",
        "verdict": "misleading",
        "note": "línea 1\nlínea 2",
        "tags": ["economía", "PIB"],
        "evidence": ["https://example.org", "INE"],
    }
    form = AnnotationForm(SELECTED, initial, claimants=[])
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert form.query_one("#form").border_title == "Edit annotation"
        assert form.query_one("#tags", Input).value == "economía, PIB"
        assert form.query_one("#verdict", Select).value == "misleading"
        assert not form.is_changed
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.result == initial


@pytest.mark.parametrize("text", ["[bold]x[/]", "[@click=app.quit]x[/]", "[link=file:///etc]y"])
async def test_markup_in_the_selection_is_shown_literally(text: str) -> None:
    form = _new_form(f"dijo {text} hoy")
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        shown = form.query_one("#selected", Static).render()
        assert str(shown) == f"dijo {text} hoy"
        assert form.query_one("#claim", Input).value == f"dijo {text} hoy"
        await pilot.click("#selected")
        await pilot.pause()
        assert app.is_running and app.screen is form


def test_the_form_snapshot(snap_compare) -> None:
    initial = {
        "claim": "Venezuela liderará el crecimiento regional del 9 % este año",
        "claimant": "Nicolás Maduro",
        "verdict": "mostly-false",
        "note": "El FMI prevé un 4 % [fuente]\nRevisar el informe de octubre.",
        "tags": ["economía", "cifras"],
        "evidence": ["https://example.org/fmi-weo", "Informe del BCV, 2025"],
    }
    selected = (
        "el país se proyecta para liderar el crecimiento económico regional del 9 % este año"
    )
    form = AnnotationForm(selected, initial, claimants=["Nicolás Maduro"])

    async def steady(pilot) -> None:
        for widget in form.query("Input, TextArea"):
            widget.cursor_blink = False
        await pilot.pause()

    assert snap_compare(Host(form), terminal_size=(90, 24), run_before=steady)


async def test_for_target_suggests_the_speaker_and_completes_from_entities() -> None:
    from reader.core.model import Analysis, Entity, Quote, Speaker

    text = "Maduro dijo: «creceremos un 9 %». Putin calló."
    quote_start = text.index("«")
    quote_end = text.index("»") + 1
    analysis = Analysis(
        "es", "t", ((0, 33), (34, len(text))),
        (Entity(0, 6, "PER", "Maduro", "Nicolás Maduro"),
         Entity(34, 39, "PER", "Putin", "Vladímir Putin")),
        (Quote(quote_start, quote_end, text[quote_start:quote_end],
               Speaker(0, 6, "Maduro", "Nicolás Maduro")),),
        (),
    )
    form = AnnotationForm.for_target(text, analysis, quote_start, quote_end)
    app = Host(form)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert form.query_one("#claim", Input).value == "«creceremos un 9 %»"
        claimant = form.query_one("#claimant", Input)
        assert claimant.value == "Nicolás Maduro"
        claimant.value = ""
        await _type(pilot, form, "#claimant", "vl")
        await pilot.press("right")
        assert claimant.value == "Vladímir Putin"


async def test_in_a_small_terminal_the_form_scrolls_to_the_error() -> None:
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(80, 14)) as pilot:
        await pilot.pause()
        form.query_one("#evidence", TextArea).text = "file:///etc/passwd"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        error = form.query_one("#error", Static)
        box = form.query_one("#form")
        assert app.result is PENDING
        assert box.max_scroll_y > 0  # the form does not fit: it scrolls
        assert error.region.height >= 1
        assert box.scrollable_content_region.contains_region(error.region)


@pytest.mark.parametrize("size", [(60, 24), (80, 24), (60, 40), (72, 30), (100, 40)])
async def test_the_character_count_is_never_cut(size: tuple[int, int]) -> None:
    """At 60 columns the count read "240/75 characters · ClaimReview prefers" (cut): it
    now takes the longest wording that fits, and the count itself always shows."""
    from rich.cells import cell_len

    form = _new_form("x" * 240)
    app = Host(form)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        count = form.query_one("#claim-count", Static)
        shown = str(count.render())
        assert shown.startswith("240/75") and cell_len(shown) <= count.content_size.width
        assert "ClaimReview" in shown and count.has_class("-over")
        assert shown in app.export_screenshot().replace("&#160;", " ")


async def _deliver(pilot, raw: str) -> None:  # type: ignore[no-untyped-def]
    """``raw`` as a terminal would deliver it, through Textual's own input parser: keys
    are pressed, a bracketed paste is posted to the focused field."""
    from textual import events
    from textual._xterm_parser import XTermParser

    parser = XTermParser()
    for event in [*parser.feed(raw), *parser.feed("")]:
        if isinstance(event, events.Key):
            await pilot.press(event.key)
        elif isinstance(event, events.Paste):
            focused = pilot.app.screen.focused
            assert focused is not None
            focused.post_message(event)
            await pilot.pause()


@pytest.mark.parametrize("raw,name", [
    ("a\x1b[200~ b\x1b[31mred\x1b[0m c\x1b[201~", "coloured paste"),  # ^[31mred^[0m
    ("a\x1b[1;5X b", "unknown key sequence"),
    ("a\x1b]52;c;aGk=\x07 b", "clipboard write"),
    ("a\x1b[<0;10;5 b", "cut mouse report"),
])
async def test_no_fragment_of_an_escape_sequence_is_saved(raw: str, name: str) -> None:
    """Textual re-issues a sequence it does not understand as keys, without its ESC (or
    with it shown as ``^``): the saved claimant and note hold no control character and
    none of those fragments; what was meant as text is kept."""
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        for selector in ("#claimant", "#note"):
            widget = form.query_one(selector)
            widget.clear() if isinstance(widget, TextArea) else setattr(widget, "value", "")
            widget.focus()
            await pilot.pause()
            await _deliver(pilot, raw)
        shown = form.query_one("#claimant", Input).value
        assert any(mark in shown for mark in ("[", "]")), f"{name}: parser changed: {shown!r}"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert isinstance(app.result, dict), app.result
    for field in ("claimant", "note"):
        saved = app.result[field]
        assert saved.isprintable() and not any(c in saved for c in "[]^~;"), (name, saved)
        assert saved.replace(" ", "").startswith("a") and "b" in saved, (name, saved)


async def test_a_pasted_mojibake_quote_never_drops_the_note_it_was_pasted_into() -> None:
    """A quotation copied from a page whose UTF-8 was read as Latin-1 (``\u201d`` shows as
    ``\u00e2\x80\x9d``) pasted at the start of a note: U+009D is the C1 OSC, and saving
    removed it with everything after it, the whole note, without a word."""
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        note = form.query_one("#note", TextArea)
        note.text = "Checked with the ministry.\n\nSecond paragraph of my note."
        note.focus()
        note.move_cursor((0, 0))
        await pilot.pause()
        await _deliver(pilot, "\x1b[200~\u00e2\x80\x9cNo,\u00e2\x80\x9d he said. \x1b[201~")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert isinstance(app.result, dict), app.result
    saved = app.result["note"]  # (the helper may deliver the paste twice: not the point)
    assert saved.startswith("\u00e2No,\u00e2 he said. "), saved
    assert saved.endswith("Checked with the ministry.\n\nSecond paragraph of my note."), saved


async def test_an_escape_key_then_a_paste_marker_typed_saves_no_marker() -> None:
    """ESC, ``[``, ``2``, ``0``, ``0``, ``~`` pressed one by one (a slow link, ``tmux
    send-keys`` key by key): ESC is the escape key, so the form asks before discarding
    and the rest goes to that question; ``n`` returns to the form, nothing typed into it."""
    form = _new_form()
    app = Host(form)
    async with app.run_test(size=(100, 40)) as pilot:
        await _type(pilot, form, "#claimant", "Ana")
        await pilot.press("escape", "left_square_bracket", "2", "0", "0", "tilde")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        await _type(pilot, form, "#note", "x[200~y")  # typed by hand: the marker goes
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.result["claimant"] == "Nicolás MaduroAna" and app.result["note"] == "xy"


def test_what_looks_like_a_bare_colour_code_is_a_person_s_text() -> None:
    """Removing ``[10m`` as a colour code ate the start of "[10m people displaced, per
    UN]" from a note: only fragments no person types go (``^[31m`` from a paste does)."""
    from reader.tui.typed import without_fragments

    note = "[10m people displaced, per UN] and [2m more [5m], turnout [<5 %] [<0.1]"
    assert without_fragments(note) == note
    assert without_fragments("Council^[31mred^[0m ba") == "Councilred ba"
