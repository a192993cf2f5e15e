"""Across the library, on the article screen (a mixin): "seen before" on the quotation
or sentence under the cursor (``s``), "Already checked: …" said on the spot, ``enter``
opening that annotation, and the candidates that match an annotated claim marked.

The lookups run in thread workers through the app's ``AcrossLink``; the screen only
shows the results.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work

from reader.across.claims import ClaimHit
from reader.across.passages import inner
from reader.tui.bindings import binding as _b
from reader.tui.shown import shown
from reader.tui.spans import Span

if TYPE_CHECKING:
    from reader.core.model import Analysis, Article
    from reader.tui.widgets.article_view import ArticleView

Range = tuple[int, int]

ACROSS_BINDINGS = [
    _b("s", "seen_before", "Seen before", "article.seen_before", False),
    _b("enter", "open_checked", "Open the checked claim", "article.open_checked", False),
]


class ArticleAcrossMixin:
    """The across-the-library hooks of ``ArticleScreen``."""

    article: Article
    analysis: Analysis | None
    view: ArticleView
    app: Any
    is_attached: bool
    _set_status: Any

    def _init_across(self) -> None:
        self._checked: dict[Range, ClaimHit] = {}
        self._pending_action = ""
        """An action to run once the annotations and the analysis are loaded."""
        self._pending_record = ""
        """The annotation that action is for (opened from the Annotations screen)."""
        """Quotations and candidates of this article that match a claim annotated in
        another article, with the best matching annotation."""

    # ----- what is under the cursor -----

    def across_text(self) -> tuple[str, Range] | None:
        """The selection, else the quotation under the cursor (without its marks), else
        the sentence: the text to look up and its span."""
        view = self.view
        if view.selection is not None:
            span = view.selection
        elif view.cursor is None:
            return None
        else:
            span = view.cursor
            for quote in (self.analysis.quotes if self.analysis else ()):
                if quote.start <= span[0] < quote.end and quote.is_speech:
                    span = inner(self.article.text, quote.start, quote.end)
                    break
        text = self.article.text[span[0]:span[1]]
        return (text, span) if text.strip() else None

    def checked_under_cursor(self) -> ClaimHit | None:
        """The annotated claim matching the candidate under the cursor, if any."""
        cursor = self.view.cursor
        if cursor is None:
            return None
        for (start, end), hit in self._checked.items():
            if start < cursor[1] and cursor[0] < end:
                return hit
        return None

    def across_status(self) -> Text:
        """``Already checked: False · 3 Mar 2026 · title (⏎ opens)  ·  `` (shown first:
        it is what the fact-checker must not miss)."""
        hit = self.checked_under_cursor()
        if hit is None:
            return Text("")
        status = Text("Already checked: ", style="bold reverse")
        status.append_text(shown(hit.summary(), style="bold", limit=60))
        status.append(" (enter opens)  ·  ", style="dim")
        return status

    # ----- marks -----

    def _all_spans(self) -> list[Span]:
        """The article's spans (``AnnotatingMixin``) plus the checked-elsewhere marks."""
        return super()._all_spans() + [  # type: ignore[misc]
            Span(start, end, "checked") for start, end in self._checked
        ]

    @work(thread=True, exclusive=True, exit_on_error=False, group="across-marks")
    def find_checked(self) -> None:
        """Match this article's quotations and candidates against annotated claims."""
        analysis, article = self.analysis, self.article
        if analysis is None:
            return
        across = self.app.across
        across.add(article, analysis)  # opening an article indexes it
        across.wait_claims()
        self.app.follow_store()  # claims another copy of the app saved meanwhile
        spans = [inner(article.text, q.start, q.end) for q in analysis.quotes if q.is_speech]
        spans += [(c.start, c.end) for c in analysis.claims]
        found: dict[Range, ClaimHit] = {}
        for start, end in spans:
            hits = across.claims(article.text[start:end], exclude_article=article.id)
            if hits:
                found[(start, end)] = hits[0]
        self.app.call_from_thread(self._show_checked, found)

    def _show_checked(self, found: dict[Range, ClaimHit]) -> None:
        if not self.is_attached:
            return
        self._checked = found
        self.view.set_spans(self._all_spans())  # type: ignore[attr-defined]
        self._update_status()  # type: ignore[attr-defined]

    # ----- keys -----

    def action_seen_before(self) -> None:
        """Show where the text under the cursor appears in the library."""
        found = self.across_text()
        if found is None:
            self.app.bell()
            self._set_status(Text("Nothing under the cursor to look up"))
            return
        from reader.tui.screens.seen import SeenScreen

        text, span = found
        self.app.push_screen(SeenScreen(text, self.article.id, span))

    def after_annotations(self, action: str, record_id: str = "") -> None:
        """Run ``action`` (``edit_annotation``, ``delete_annotation``) once this article's
        annotations and analysis are loaded (opened from the Annotations screen); with
        ``record_id``, on that annotation where it is now (re-anchored: the stored
        offsets may point at other words, or past the end of a shortened text)."""
        self._pending_action = action
        self._pending_record = record_id
        self.run_pending_action()

    def run_pending_action(self) -> None:
        """Called when the annotations or the analysis arrive: run the waiting action
        once both are there."""
        action, record_id = self._pending_action, self._pending_record
        if not (action or record_id) or not self.is_attached:
            return
        if self.session.history is None or self.analysis is None:  # type: ignore[attr-defined]
            return
        self._pending_action = self._pending_record = ""
        if record_id:
            self.open_record(record_id, action)  # type: ignore[attr-defined]
        else:
            getattr(self, f"action_{action}")()

    def action_open_checked(self) -> None:
        """Open the annotation the text under the cursor was checked in."""
        hit = self.checked_under_cursor()
        if hit is None:
            self.app.bell()
            self._set_status(Text("No checked claim under the cursor"))
            return
        self.app.open_annotation(hit.record_id)
