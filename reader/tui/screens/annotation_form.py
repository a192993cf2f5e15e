"""The annotation form: a modal that asks what a marked claim is, who made it, what it is worth.

The screen only edits values; it never touches the store. It is pushed with the selected
text and, for an edit, the annotation's current values, and dismisses with a dict of the
new values (one per row of the field table, ``reader.core.annotation_fields``: its rows
are the form's rows) on ``ctrl+s`` or with None when cancelled. Cancelling after typing
asks first, because the typed note may be minutes of work. Everything the user or the
article supplies is shown as plain ``Content``, never parsed as markup.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Select, Static, TextArea

from reader.core.annotation_fields import FIELDS, FieldSpec
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
from reader.core.text import for_display, typed_text
from reader.core.verdicts import select_options
from reader.tui.bindings import binding
from reader.tui.screens.confirm import ConfirmScreen
from reader.tui.typed import without_fragments
from reader.tui.widgets.claim_count import ClaimCount
from reader.tui.widgets.fitted_text import FittedText
from reader.tui.widgets.safe_input import SafeInput, SafeTextArea

DISCARD_QUESTION = "Discard the typed text?"
TABLE = FIELDS  # the field table: one form row per field
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


def _raw(spec: FieldSpec, value: object) -> str:
    """A stored value as the text its widget edits (lists one item per separator)."""
    items = [str(v) for v in value] if isinstance(value, list | tuple) else []
    if spec.kind == "tags":
        return ", ".join(items)
    if spec.kind == "links":
        return "\n".join(items)
    if spec.kind == "choice":
        return value if isinstance(value, str) and value in spec.choices else str(spec.default)
    return str(value or "")


def _initial_fields(
    selected_text: str, initial: Mapping[str, Any] | None, claimant: str
) -> dict[str, str]:
    """The raw text of every field when the form opens (lists joined back into text)."""
    given = dict(initial) if initial is not None else {"claimant": claimant}
    fields = {spec.name: _raw(spec, given.get(spec.name, spec.default)) for spec in TABLE}
    fields["claim"] = fields.get("claim") or " ".join(selected_text.split())
    return fields


def _parse(spec: FieldSpec, raw: str) -> Any:
    """A widget's text as the value to save, by the field's kind and the model's rules;
    what was typed loses its control characters first (``typed_text``, as on the CLI),
    and what the input parser left of an escape sequence (``without_fragments``)."""
    if spec.kind == "choice":
        return raw
    raw = without_fragments(typed_text(raw))
    if spec.kind == "tags":
        return parse_tags(raw)
    if spec.kind == "links":
        return parse_evidence(raw)
    if spec.kind == "text":
        return raw.strip()
    return " ".join(raw.split())  # line


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
        max-height: 3;  /* FittedText ends a longer selection in "…" (the claim keeps it) */
        color: $text-muted;
        border-left: outer $accent;
        padding-left: 1;
        margin-bottom: 1;
    }
    AnnotationForm #grid {
        layout: grid;
        grid-size: 2;
        grid-columns: 10 1fr;
        grid-rows: 1 1 1 1 4 1 3;  /* replaced from the field table at mount */
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
        binding("ctrl+s", "save", "Save", "form.save"),
        binding("escape", "cancel", "Cancel", "form.cancel"),
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
        """One row per field of the table (``reader.core.annotation_fields``)."""
        start = self.initial_fields
        with VerticalScroll(id="form"):
            yield FittedText(Text(for_display(self.selected_text)), lines=3, id="selected")
            with Vertical(id="grid"):
                for spec in TABLE:
                    yield _label(spec.label)
                    yield self._widget(spec, start[spec.name])
                    if spec.name == "claim":
                        yield _label("")
                        yield ClaimCount(len(start["claim"]), CLAIM_LIMIT, id="claim-count")
            yield Static(Content(""), id="error")

    def _widget(self, spec: FieldSpec, value: str) -> Input | Select[str] | TextArea:
        if spec.kind == "choice":
            options = select_options() if spec.name == "verdict" else [
                (choice, choice) for choice in spec.choices]
            return Select(options, value=value, allow_blank=False, id=spec.name, compact=True)
        if spec.kind in ("text", "links"):
            area = SafeTextArea(value, id=spec.name, soft_wrap=True, compact=True,
                                placeholder=spec.placeholder)
            area.styles.height = spec.form_height
            return area
        suggester = NameSuggester(self.claimants) if spec.name == "claimant" else None
        return SafeInput(value, id=spec.name, select_on_focus=False, compact=True,
                         suggester=suggester, placeholder=spec.placeholder)

    def on_mount(self) -> None:
        rows = [str(h) for spec in TABLE
                for h in ((spec.form_height, 1) if spec.name == "claim" else (spec.form_height,))]
        self.query_one("#grid").styles.grid_rows = " ".join(rows)
        form = self.query_one("#form")
        form.border_title = "New annotation" if self.is_new else "Edit annotation"
        if self.unsaved:
            form.border_title = "Not saved yet"
            self.show_error(self.unsaved)
        form.border_subtitle = "ctrl+s save · escape cancel"
        claim = self.query_one("#claim", Input)
        claim.focus()
        claim.cursor_position = len(claim.value)

    @on(Input.Changed, "#claim")
    def _claim_changed(self, event: Input.Changed) -> None:
        self.query_one("#claim-count", ClaimCount).length = len(event.value)

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        """``enter`` in a one-line field moves on, as in most forms (it never saves)."""
        event.stop()
        self.focus_next()

    def current_fields(self) -> dict[str, str]:
        """The raw text of every field now."""
        fields = {}
        for spec in TABLE:
            widget = self.query_one(f"#{spec.name}")
            if isinstance(widget, Select):
                value = widget.value
                fields[spec.name] = value if isinstance(value, str) else str(spec.default)
            elif isinstance(widget, TextArea):
                fields[spec.name] = widget.text
            else:
                fields[spec.name] = widget.value  # type: ignore[attr-defined]
        return fields

    @property
    def is_changed(self) -> bool:
        """True when any field differs from what it held when the form opened, or when
        the values were never saved (a failed save re-opened them)."""
        return bool(self.unsaved) or self.current_fields() != self.initial_fields

    def values(self) -> dict[str, Any]:
        """The values to save; raises ``InvalidForm`` with the line to show when invalid."""
        values = {spec.name: _parse(spec, raw) for spec, raw in zip(
            TABLE, self.current_fields().values(), strict=True)}
        if not values["claim"]:
            raise InvalidForm("The claim summary is empty.")
        return values

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
