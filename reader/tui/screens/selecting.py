"""Keyboard and mouse selection on the article screen (mixed into ``ArticleScreen``).

A selection is a ``Selector`` from ``reader.core.selection``. While one is active,
``w b W B j k ] [ escape`` act on it: ``check_action`` switches those bindings on and the
reading keys of the same letters are skipped, so the footer, the help and the command
palette always show the keys that work now. A mouse selection (Textual's text
selection, mapped to offsets by ``ArticleView``) becomes the same kind of selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text

from reader.core.selection import Selection, Selector, trim
from reader.tui.bindings import binding as _b
from reader.tui.shown import shown
from reader.tui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.core.model import Analysis, Article
    from reader.tui.app import ClaimdeskApp


SELECTION_BINDINGS = [
    _b("w", "select_word(1)", "Extend word", "article.select_word_more", rank=10,
       group="Word"),
    _b("b", "select_word(-1)", "Shrink word", "article.select_word_less", rank=10,
       group="Word"),
    _b("W", "select_start(-1)", "Start a word later", "article.select_start_later", rank=11,
       group="Start"),
    _b("B", "select_start(1)", "Start a word earlier", "article.select_start_earlier",
       rank=11, group="Start"),
    _b("j", "select_sentence(1)", "Extend sentence", "article.select_sentence_more", rank=12,
       group="Sentence"),
    _b("k", "select_sentence(-1)", "Shrink sentence", "article.select_sentence_less",
       rank=12, group="Sentence"),
    _b("right_square_bracket", "select_quote(1)", "Snap next quote",
       "article.select_next_quote", rank=13, group="Quote"),
    _b("left_square_bracket", "select_quote(-1)", "Snap prev quote",
       "article.select_previous_quote", rank=13, group="Quote"),
]
"""Listed before the reading keys: while selecting, these win for the same keys."""

CLEAR_SELECTION = _b("escape", "clear_selection", "Clear selection", "article.select_clear",
                     priority=True, rank=3, group="Clear")
"""``priority`` makes it win over ``back`` (``q,escape``) for escape while a selection
exists (it is disabled otherwise); the footer shows it where ``escape`` first appears."""

SELECTION_ACTIONS = frozenset(
    binding.action.split("(")[0] for binding in [*SELECTION_BINDINGS, CLEAR_SELECTION]
)


class SelectingMixin:
    """The selection state of the article screen and the keys that change it."""

    article: Article
    analysis: Analysis | None
    app: ClaimdeskApp  # type: ignore[assignment]
    view: ArticleView
    refresh_bindings: Any
    clear_selection: Any
    _set_status: Callable[[Text], None]
    _update_status: Callable[[], None]
    _position: Callable[[], int]

    def _init_selection(self) -> None:
        self.selector: Selector | None = None
        self._mouse_selection = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The selection keys exist only while selecting; the reading keys otherwise."""
        if action in SELECTION_ACTIONS:
            return self.selector is not None
        return True

    def _set_selector(self, selector: Selector | None, from_mouse: bool = False) -> None:
        self.selector = selector
        self._mouse_selection = from_mouse and selector is not None
        self.view.selection = (
            (selector.selection.start, selector.selection.end) if selector else None)
        self.refresh_bindings()
        if selector is None:
            self._update_status()
        else:
            self._say_selection(selector.selection)

    def _say_selection(self, selection: Selection) -> None:
        words = len(selection.text(self.article.text).split())
        status = Text(f"Selected {words} word{'s' if words != 1 else ''}: ", style="bold")
        status.append(shown(selection.text(self.article.text), limit=60))
        status.append("  ·  a annotates, escape clears", style="dim")
        self._set_status(status)

    def action_toggle_selection(self) -> None:
        if self.selector is not None:
            self.action_clear_selection()
            return
        if self.analysis is None:
            self._set_status(Text("Wait for the analysis to finish"))
            return
        selector = Selector.start(self.article.text, self.analysis, max(0, self._position()))
        if selector is None:
            self.app.bell()
            return
        self._set_selector(selector)

    def _changed(self, before: Selection, after: Selection) -> None:
        if before == after:
            self.app.bell()
        self.view.selection = (after.start, after.end)
        self._say_selection(after)

    def action_select_word(self, direction: int) -> None:
        if self.selector is not None:
            self._changed(self.selector.selection, self.selector.word(direction))

    def action_select_start(self, direction: int) -> None:
        if self.selector is not None:
            self._changed(self.selector.selection, self.selector.word(direction, "start"))

    def action_select_sentence(self, direction: int) -> None:
        if self.selector is not None:
            self._changed(self.selector.selection, self.selector.sentence(direction))

    def action_select_quote(self, direction: int) -> None:
        if self.selector is not None:
            self._changed(self.selector.selection, self.selector.quote(direction))

    def action_clear_selection(self) -> None:
        mouse = self._mouse_selection
        self._set_selector(None)
        if mouse:
            self.clear_selection()  # Textual's own record of the mouse selection

    def on_article_view_mouse_selected(self, event: ArticleView.MouseSelected) -> None:
        """A mouse selection becomes the keyboard selection (so ``w``/``b`` adjust it)."""
        if event.span is None:
            if self._mouse_selection:
                self._set_selector(None)
            return
        selection = trim(self.article.text, *event.span)
        if self.analysis is not None and selection is not None:
            self._set_selector(Selector(self.article.text, self.analysis, selection), True)
