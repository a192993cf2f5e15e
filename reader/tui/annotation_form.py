"""The annotation form: a modal that asks what a marked claim is, who made it, what it is worth.

The screen only edits values; it never touches the store. It is pushed with the selected
text and, for an edit, the annotation's current values, and dismisses with a dict of the
new values (``claim``, ``claimant``, ``verdict``, ``note``, ``tags``, ``evidence``) on
``ctrl+s`` or with None when cancelled. Cancelling after typing asks first, because the
typed note may be minutes of work. Everything the user or the article supplies is shown
as plain ``Content``, never parsed as markup.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Select, Static, TextArea

from reader.core.annotation_rules import (
    CLAIM_LIMIT,
    InvalidValue,
    is_web_link,
    looks_like_url,
    parse_evidence,
    parse_tags,
)
from reader.core.claimant import claimant_choices, suggest_claimant
from reader.core.model import Analysis
from reader.core.text import for_display
from reader.core.verdicts import DEFAULT_VERDICT, is_verdict, select_options
from reader.tui.confirm import ConfirmScreen
from reader.tui.widgets.safe_input import SafeInput, SafeTextArea

DISCARD_QUESTION = "Discard the typed text?"
FIELDS = ("claim", "claimant", "verdict", "note", "tags", "evidence")
InvalidForm = InvalidValue  # the form's values cannot be saved (one line for the user)
__all__ = ["CLAIM_LIMIT", "AnnotationForm", "InvalidForm", "is_web_link", "looks_like_url",
           "parse_evidence", "parse_tags"]


def fold_name(text: str) -> str:
    """A name without case or accents, one character for each character of ``text``.

    Keeping the length lets the input show the rest of a suggestion after what was
    typed: ``nicolas m`` completes to ``Nicolás Maduro``.
    """
    return "".join(unicodedata.normalize("NFD", ch)[:1].casefold()[:1] or ch for ch in text)


class NameSuggester(SuggestFromList):
    """Completes names from a list, ignoring case and accents (users type ``Nicolas``)."""

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__(names, case_sensitive=False)
        self._names = [(name, fold_name(name)) for name in names]

    async def get_suggestion(self, value: str) -> str | None:
        """The first name that starts like ``value`` once both are folded."""
        key = fold_name(value)
        if not key:
            return None
        return next((name for name, folded in self._names if folded.startswith(key)), None)


def _initial_fields(
    selected_text: str, initial: Mapping[str, Any] | None, claimant: str
) -> dict[str, str]:
    """The raw text of every field when the form opens (lists joined back into text)."""
    if initial is None:
        return {"claim": " ".join(selected_text.split()), "claimant": claimant,
                "verdict": DEFAULT_VERDICT, "note": "", "tags": "", "evidence": ""}
    verdict = initial.get("verdict", DEFAULT_VERDICT)
    return {
        "claim": str(initial.get("claim") or " ".join(selected_text.split())),
        "claimant": str(initial.get("claimant") or ""),
        "verdict": verdict if is_verdict(verdict) else DEFAULT_VERDICT,
        "note": str(initial.get("note") or ""),
        "tags": ", ".join(str(t) for t in initial.get("tags") or ()),
        "evidence": "\n".join(str(e) for e in initial.get("evidence") or ()),
    }


def _label(text: str) -> Static:
    return Static(Content(text), classes="label")


class AnnotationForm(ModalScreen[dict[str, Any] | None]):
    """Edit one annotation's values; dismisses with the values dict, or None when cancelled.

    ``initial`` is None for a new annotation (the claim defaults to the selected text and
    the claimant to ``suggested_claimant``); ``claimants`` feed the claimant completion.
    ``unsaved`` (a one-line reason) re-opens values whose save failed: the reason is shown,
    and ``escape`` asks before discarding them even if nothing was typed since.
    """

    DEFAULT_CSS = """
    AnnotationForm {
        align: center middle;
    }
    AnnotationForm > #form {
        width: 90%;
        max-width: 100;
        height: auto;
        max-height: 100%;
        border: round $primary;
        border-title-color: $text;
        border-title-style: bold;
        border-subtitle-color: $text-muted;
        background: $surface;
        padding: 0 1;
    }
    AnnotationForm #selected {
        max-height: 3;
        overflow-y: auto;
        color: $text-muted;
        border-left: outer $accent;
        padding-left: 1;
        margin-bottom: 1;
    }
    AnnotationForm #grid {
        layout: grid;
        grid-size: 2;
        grid-columns: 10 1fr;
        grid-rows: 1 1 1 1 4 1 3;
        grid-gutter: 0 1;
        height: auto;
    }
    AnnotationForm .label {
        color: $text-primary;
        text-style: bold;
    }
    AnnotationForm #claim-count {
        color: $text-muted;
    }
    AnnotationForm #claim-count.-over {
        color: $text-warning;
    }
    AnnotationForm Input, AnnotationForm TextArea, AnnotationForm SelectCurrent {
        background: $boost;
    }
    AnnotationForm Input:focus, AnnotationForm TextArea:focus,
    AnnotationForm Select:focus > SelectCurrent {
        background-tint: $primary 25%;
    }
    AnnotationForm TextArea {
        padding: 0;
    }
    AnnotationForm #note {
        height: 4;
    }
    AnnotationForm #evidence {
        height: 3;
    }
    AnnotationForm #error {
        color: $text-error;
        text-style: bold;
        display: none;
    }
    AnnotationForm #error.-shown {
        display: block;
    }
    """

    # Not a priority binding: a priority binding runs when the app dequeues the key, before
    # the focused field has handled the keys and pastes queued ahead of it, and would save
    # the old value. A plain binding is checked once ctrl+s has passed through that field.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="claimdesk.form_save"),
        Binding("escape", "cancel", "Cancel", id="claimdesk.form_cancel"),
    ]

    def __init__(
        self,
        selected_text: str,
        initial: Mapping[str, Any] | None = None,
        claimants: Sequence[str] = (),
        suggested_claimant: str = "",
        unsaved: str = "",
    ) -> None:
        super().__init__()
        self.selected_text = selected_text
        self.is_new = initial is None
        self.unsaved = unsaved
        self.claimants = list(claimants)
        self.initial_fields = _initial_fields(selected_text, initial, suggested_claimant)

    @classmethod
    def for_target(
        cls,
        text: str,
        analysis: Analysis,
        start: int,
        end: int,
        initial: Mapping[str, Any] | None = None,
        unsaved: str = "",
    ) -> AnnotationForm:
        """The form for the span ``text[start:end]``, with the article's claimant suggestions."""
        return cls(
            text[start:end],
            initial,
            claimants=claimant_choices(analysis),
            suggested_claimant=suggest_claimant(text, start, end, analysis),
            unsaved=unsaved,
        )

    def compose(self) -> ComposeResult:
        start = self.initial_fields
        with VerticalScroll(id="form"):
            yield Static(Content(for_display(self.selected_text)), id="selected")
            with Vertical(id="grid"):
                yield _label("Claim")
                yield SafeInput(start["claim"], id="claim", select_on_focus=False, compact=True)
                yield _label("")
                yield Static(self._count_text(start["claim"]), id="claim-count")
                yield _label("Claimant")
                yield SafeInput(
                    start["claimant"],
                    id="claimant",
                    select_on_focus=False,
                    compact=True,
                    suggester=NameSuggester(self.claimants),
                )
                yield _label("Verdict")
                yield Select(select_options(), value=start["verdict"], allow_blank=False,
                             id="verdict", compact=True)
                yield _label("Note")
                yield SafeTextArea(start["note"], id="note", soft_wrap=True, compact=True)
                yield _label("Tags")
                yield SafeInput(start["tags"], id="tags", select_on_focus=False,
                                compact=True, placeholder="comma-separated")
                yield _label("Evidence")
                yield SafeTextArea(start["evidence"], id="evidence", soft_wrap=True,
                                   compact=True, placeholder="one link or reference per line")
            yield Static(Content(""), id="error")

    def on_mount(self) -> None:
        form = self.query_one("#form")
        form.border_title = "New annotation" if self.is_new else "Edit annotation"
        if self.unsaved:
            form.border_title = "Not saved yet"
            self.show_error(self.unsaved)
        form.border_subtitle = "ctrl+s save · escape cancel"
        claim = self.query_one("#claim", Input)
        claim.focus()
        claim.cursor_position = len(claim.value)

    @staticmethod
    def _count_text(claim: str) -> Content:
        return Content(
            f"{len(claim)}/{CLAIM_LIMIT} characters · ClaimReview prefers under {CLAIM_LIMIT}"
        )

    @on(Input.Changed, "#claim")
    def _claim_changed(self, event: Input.Changed) -> None:
        count = self.query_one("#claim-count", Static)
        count.update(self._count_text(event.value))
        count.set_class(len(event.value) > CLAIM_LIMIT, "-over")

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        """``enter`` in a one-line field moves on, as in most forms (it never saves)."""
        event.stop()
        self.focus_next()

    def current_fields(self) -> dict[str, str]:
        """The raw text of every field now."""
        verdict = self.query_one("#verdict", Select).value
        return {
            "claim": self.query_one("#claim", Input).value,
            "claimant": self.query_one("#claimant", Input).value,
            "verdict": verdict if isinstance(verdict, str) else DEFAULT_VERDICT,
            "note": self.query_one("#note", TextArea).text,
            "tags": self.query_one("#tags", Input).value,
            "evidence": self.query_one("#evidence", TextArea).text,
        }

    @property
    def is_changed(self) -> bool:
        """True when any field differs from what it held when the form opened, or when
        the values were never saved (a failed save re-opened them)."""
        return bool(self.unsaved) or self.current_fields() != self.initial_fields

    def values(self) -> dict[str, Any]:
        """The values to save; raises ``InvalidForm`` with the line to show when invalid."""
        raw = self.current_fields()
        claim = " ".join(raw["claim"].split())
        if not claim:
            raise InvalidForm("The claim summary is empty.")
        return {
            "claim": claim,
            "claimant": " ".join(raw["claimant"].split()),
            "verdict": raw["verdict"],
            "note": raw["note"].strip(),
            "tags": parse_tags(raw["tags"]),
            "evidence": parse_evidence(raw["evidence"]),
        }

    def show_error(self, message: str) -> None:
        """Show one line under the fields (empty hides it)."""
        error = self.query_one("#error", Static)
        error.update(Content(for_display(message)))
        error.set_class(bool(message), "-shown")
        if message:
            self.call_after_refresh(error.scroll_visible)

    def action_save(self) -> None:
        """Dismiss with the values, or show why they cannot be saved."""
        try:
            values = self.values()
        except InvalidForm as error:
            self.show_error(str(error))
            return
        self.dismiss(values)

    def action_cancel(self) -> None:
        """Dismiss with None, asking first when something was typed."""
        if not self.is_changed:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen(DISCARD_QUESTION), answered)
