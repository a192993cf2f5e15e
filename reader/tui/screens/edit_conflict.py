"""Keep mine or keep theirs: the question asked when an edit meets a concurrent change.

Another process (a second Claimdesk, an import) changed a field of the annotation the
user was editing, and the user changed it too. The store wrote nothing
(``EditConflict``); this modal shows each such field with both values and asks, one
field at a time: ``m`` keeps mine, ``t`` keeps theirs, ``escape`` saves nothing. It
dismisses with ``{field: "mine" | "theirs"}`` or None. Both values are user text, shown
as plain ``Content``, never markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.core.annotation_fields import field_spec
from reader.core.text import for_display

Choices = dict[str, str]
LIMIT = 300


def _as_text(value: object) -> str:
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    text = " ".join(for_display(str(value)).split()) or "(empty)"
    return text if len(text) <= LIMIT else text[: LIMIT - 1] + "…"


def _label(name: str) -> str:
    try:
        return field_spec(name).label
    except KeyError:
        return name


class EditConflictScreen(ModalScreen[Choices | None]):
    """Ask, field by field, whether to keep the user's value or the other change."""

    AUTO_FOCUS = ""

    DEFAULT_CSS = """
    EditConflictScreen {
        align: center middle;
    }
    EditConflictScreen > #conflict-box {
        width: 80%;
        max-width: 90;
        height: auto;
        padding: 1 2;
        border: thick $warning 80%;
        background: $surface;
    }
    EditConflictScreen .conflict-title {
        text-style: bold;
        margin-bottom: 1;
    }
    EditConflictScreen #conflict-keys {
        color: $text-muted;
        margin-top: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "choose('mine')", "Keep mine", id="claimdesk.conflict.keep_mine",
                priority=True),
        Binding("t", "choose('theirs')", "Keep theirs", id="claimdesk.conflict.keep_theirs",
                priority=True),
        Binding("escape", "cancel", "Save nothing", id="claimdesk.conflict.cancel",
                priority=True),
    ]

    def __init__(self, conflicts: Mapping[str, tuple[object, object]]) -> None:
        super().__init__()
        self.conflicts = dict(conflicts)
        self.fields = list(self.conflicts)
        self.choices: Choices = {}

    @property
    def current(self) -> str:
        """The field asked about now."""
        return self.fields[len(self.choices)]

    def compose(self) -> ComposeResult:
        with Vertical(id="conflict-box"):
            yield Static(Content(""), id="conflict-title", classes="conflict-title")
            yield Static(Content(""), id="conflict-mine")
            yield Static(Content(""), id="conflict-theirs")
            yield Static(Content("m keep mine · t keep theirs · escape save nothing"),
                         id="conflict-keys")

    def on_mount(self) -> None:
        self._show()

    def _show(self) -> None:
        name = self.current
        mine, theirs = self.conflicts[name]
        where = f" ({len(self.choices) + 1} of {len(self.fields)})" if len(self.fields) > 1 else ""
        title = f"{_label(name)} was changed elsewhere while you edited it{where}"
        self.query_one("#conflict-title", Static).update(Content(title))
        self.query_one("#conflict-mine", Static).update(Content(f"Yours:   {_as_text(mine)}"))
        self.query_one("#conflict-theirs", Static).update(
            Content(f"Theirs:  {_as_text(theirs)}"))

    def action_choose(self, which: str) -> None:
        """Keep ``which`` for the current field; ask the next or dismiss with all choices."""
        self.choices[self.current] = which
        if len(self.choices) == len(self.fields):
            self.dismiss(self.choices)
        else:
            self._show()

    def action_cancel(self) -> None:
        self.dismiss(None)


def resolve(values: Mapping[str, object], base: Mapping[str, object],
            conflicts: Mapping[str, tuple[object, object]], choices: Choices
            ) -> tuple[dict[str, object], dict[str, object]]:
    """The values and base to save again after the user chose: every conflicting field
    now starts from theirs; a field kept as theirs takes their value (so it is not
    written), a field kept as mine keeps the user's value (so it overwrites theirs)."""
    new_values, new_base = dict(values), dict(base)
    for name, (_mine, theirs) in conflicts.items():
        new_base[name] = theirs
        if choices.get(name) == "theirs":
            new_values[name] = theirs
    return new_values, new_base
