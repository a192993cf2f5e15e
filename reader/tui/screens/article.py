"""The article screen: the text with its layers, a side panel, search and navigation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from reader.core.model import Analysis, Article
from reader.core.plural import counted
from reader.tui.bindings import binding as _b
from reader.tui.navigation import (
    Range,
    cycle,
    find_all,
    next_range,
    previous_range,
    range_containing,
)
from reader.tui.screens.across_article import ACROSS_BINDINGS, ArticleAcrossMixin
from reader.tui.screens.annotating import ANNOTATION_BINDINGS, AnnotatingMixin
from reader.tui.screens.selecting import CLEAR_SELECTION, SELECTION_BINDINGS, SelectingMixin
from reader.tui.shown import plain, shown
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.key_footer import KeyFooter
from reader.tui.widgets.safe_input import SafeInput
from reader.tui.widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from reader.tui.app import ClaimdeskApp

LAYER_NAMES = {"entities": "Entities", "quotes": "Quotations", "claims": "Claim candidates"}
THREADED_SEARCH = 400_000
"""Texts longer than this (code points) are searched in a thread worker."""
SHOWN_QUERY = 60
"""The status line repeats at most this much of a search (a pasted page would hide the count)."""
PANEL_AUTO_HIDE = 100
"""Below this screen width the side panel starts hidden, so the text keeps a readable
measure (at 80 columns a panel would leave it about 48); ``p`` or ``tab`` shows it."""


def candidate_note(analysis: Analysis, cursor: Range) -> Text:
    """Say that the cursor is on a check-worthy sentence, with its score and reasons.

    Below 100 columns the side panel (where the Claims tab lists them) starts hidden, so
    without this a reader moving with ``}`` would see only a faint tint and never learn why.
    """
    for claim in analysis.claims:
        if claim.start < cursor[1] and cursor[0] < claim.end:
            note = Text(f"  ·  Check-worthy sentence {claim.score:.2f}")
            if claim.reasons:
                note.append(": ")
                note.append(shown(", ".join(claim.reasons), style="italic"))
            return note
    return Text("")


class ArticleScreen(ArticleAcrossMixin, AnnotatingMixin, SelectingMixin, Screen[None]):
    """One article, read by sentence, quotation and candidate; annotated claim by claim."""

    # Footer order follows the first binding of each key: Back first, then (while
    # selecting) the selection keys, which win over the reading keys of the same letters.
    # ``rank`` says which keys a narrow footer keeps (reader/tui/widgets/key_footer.py).
    BINDINGS = [
        _b("q,escape", "back", "Back", "article.back", rank=45),
        *SELECTION_BINDINGS,
        _b("j", "next_sentence", "Next sentence", "article.next_sentence", rank=20,
           group="Sentence"),
        _b("k", "previous_sentence", "Prev sentence", "article.previous_sentence", rank=20,
           group="Sentence"),
        _b("right_square_bracket", "next_quote", "Next quotation", "article.next_quote",
           rank=21, group="Quotation"),
        _b("left_square_bracket", "previous_quote", "Prev quotation", "article.previous_quote",
           rank=21, group="Quotation"),
        _b("right_curly_bracket", "next_claim", "Next candidate", "article.next_claim",
           rank=22, group="Candidate"),
        _b("left_curly_bracket", "previous_claim", "Prev candidate", "article.previous_claim",
           rank=22, group="Candidate"),
        _b("g", "top", "Top", "article.top", False),
        _b("G", "bottom", "Bottom", "article.bottom", False),
        _b("slash", "search", "Search", "article.search", rank=23),
        _b("n", "next_match", "Next match", "article.next_match", False),
        _b("N", "previous_match", "Prev match", "article.previous_match", False),
        _b("1", "toggle_layer('entities')", "Entities on/off", "article.toggle_entities",
           False),
        _b("2", "toggle_layer('quotes')", "Quotations on/off", "article.toggle_quotes", False),
        _b("3", "toggle_layer('claims')", "Candidates on/off", "article.toggle_claims", False),
        _b("tab", "switch_focus", "Text/panel", "article.switch_focus", rank=40,
           group="Panel"),
        _b("p", "toggle_panel", f"Side panel on/off (hidden below {PANEL_AUTO_HIDE} columns)",
           "article.toggle_panel", False),
        *ANNOTATION_BINDINGS,
        *ACROSS_BINDINGS,
        CLEAR_SELECTION,
    ]

    def __init__(self, article: Article, at: Range | None = None) -> None:
        super().__init__()
        self.article = article
        self._open_at = at
        """Where the cursor starts (opened from another screen at a quotation or claim)."""
        self.analysis: Analysis | None = None
        self._matches: list[Range] = []
        self._panel_choice: bool | None = None
        """The reader's own choice (p), or None: shown when the screen is wide enough."""
        self._init_selection()
        self._init_annotations()
        self._init_across()

    @property
    def claimdesk(self) -> ClaimdeskApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(shown(self.article.title or self.article.path), id="article-title")
        yield Static(Text(""), id="article-view-only")  # shown while saves are refused
        with Horizontal(id="article-body"):
            with Vertical(id="article-column"):
                yield ArticleView(id="article-view")
                yield Static(Text(""), id="article-status")
                yield SafeInput(placeholder="Search the article", id="article-search")
            yield SidePanel(id="side-panel")
        yield KeyFooter()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        self.query_one("#article-search").display = False
        self.query_one("#article-view-only").display = False
        self._place_panel(self.size.width)
        cached = self.claimdesk.analyses.get(self.article)
        self.analysis = cached
        self.view.load(self.article.text, self._all_spans())
        if self._open_at is not None:
            self.view.set_cursor(self._open_at)
        self.view.focus()
        self.load_annotations()
        warning = self.article.extra.get("warning")
        if warning:  # e.g. an HTML page over the extraction budget, shown as plain text
            self.notify(warning, title="Read with a warning", severity="warning", timeout=10)
        if cached is not None:
            self._show_analysis(cached)
        else:
            self.query_one(SidePanel).show_analysis(self.article.text, None)
            self._set_status(Text("Analysing…", style="italic"))
            self.analyse()

    @work(thread=True, exclusive=True, exit_on_error=False, group="article-analysis")
    def analyse(self) -> Analysis:
        """Analyse in a thread so a long article never freezes the screen."""
        return self.claimdesk.analyses.compute(self.article)

    @on(Worker.StateChanged)
    def _analysis_done(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "article-analysis":
            return
        if event.state == WorkerState.SUCCESS and isinstance(event.worker.result, Analysis):
            self._show_analysis(event.worker.result)
        elif event.state == WorkerState.ERROR:
            message = f"Analysis failed: {event.worker.error}"
            self._set_status(shown(message))
            self.notify(plain(message), severity="error", markup=False)

    def _show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.view.set_spans(self._all_spans())
        # The panel is filled after the highlighted text is drawn: the text comes first.
        self.call_after_refresh(self.query_one(SidePanel).show_analysis, self.article.text,
                                analysis)
        if self.view.cursor is None and analysis.sentences:
            self.view.set_cursor(analysis.sentences[0], scroll=False)
        self._update_status()
        self.run_pending_action()
        self.find_checked()

    # ----- ranges -----

    def _ranges(self, kind: str) -> list[Range]:
        analysis = self.analysis
        if analysis is None:
            return []
        if kind == "sentences":
            return list(analysis.sentences)
        if kind == "quotes":
            return [(q.start, q.end) for q in analysis.quotes]
        return [(c.start, c.end) for c in analysis.claims]

    def _position(self) -> int:
        cursor = self.view.cursor
        return cursor[0] if cursor is not None else -1

    def _move(self, target: Range | None, what: str) -> None:
        if target is None:
            self.app.bell()
            self._set_status(Text(f"No {what} in that direction"))
            return
        self.view.set_cursor(target)
        self._update_status()

    def action_next_sentence(self) -> None:
        self._move(next_range(self._ranges("sentences"), self._position()), "sentence")

    def action_previous_sentence(self) -> None:
        self._move(previous_range(self._ranges("sentences"), self._position()), "sentence")

    def action_next_quote(self) -> None:
        self._move(next_range(self._ranges("quotes"), self._position()), "quotation")

    def action_previous_quote(self) -> None:
        self._move(previous_range(self._ranges("quotes"), self._position()), "quotation")

    def action_next_claim(self) -> None:
        self._move(next_range(self._ranges("claims"), self._position()), "candidate")

    def action_previous_claim(self) -> None:
        self._move(previous_range(self._ranges("claims"), self._position()), "candidate")

    def action_top(self) -> None:
        sentences = self._ranges("sentences")
        self._move(sentences[0] if sentences else None, "sentence")
        self.view.scroll_home(animate=False)

    def action_bottom(self) -> None:
        sentences = self._ranges("sentences")
        self._move(sentences[-1] if sentences else None, "sentence")
        self.view.scroll_end(animate=False)

    def action_toggle_layer(self, layer: str) -> None:
        shown = self.view.toggle_layer(layer)
        self._set_status(Text(f"{LAYER_NAMES.get(layer, layer)} {'shown' if shown else 'hidden'}"))

    def on_resize(self, event: events.Resize) -> None:
        self._place_panel(event.size.width)

    def _place_panel(self, width: int) -> None:
        """Show the side panel unless the reader hid it or the screen is narrow."""
        choice = self._panel_choice
        panel = self.query_one(SidePanel)
        panel.display = choice if choice is not None else width >= PANEL_AUTO_HIDE
        if not panel.display and panel.has_focus_within:
            self.view.focus()

    def action_toggle_panel(self) -> None:
        self._panel_choice = not self.query_one(SidePanel).display
        self._place_panel(self.size.width)
        self._set_status(Text("Side panel " + ("shown" if self._panel_choice else "hidden")))

    def action_switch_focus(self) -> None:
        if self.view.has_focus:
            if not self.query_one(SidePanel).display:
                self._panel_choice = True  # tab to a hidden panel shows it
                self._place_panel(self.size.width)
            option_list = self.query_one(SidePanel).active_list
            option_list.focus()
            if option_list.highlighted is None:
                option_list.action_first()
        else:
            self.view.focus()

    def action_back(self) -> None:
        search = self.query_one("#article-search", Input)
        if search.display:
            self._close_search(keep=False)
        else:
            self.app.pop_screen()

    # ----- search -----

    def action_search(self) -> None:
        search = self.query_one("#article-search", Input)
        search.display = True
        search.focus()

    @on(Input.Changed, "#article-search")
    def _search_changed(self, event: Input.Changed) -> None:
        if len(self.article.text) > THREADED_SEARCH and event.value:
            self._set_status(Text("Searching…", style="italic"))
            self._search_in_thread(event.value)
            return
        self._show_matches(event.value, find_all(self.article.text, event.value))

    @work(thread=True, exclusive=True, exit_on_error=False, group="article-search")
    def _search_in_thread(self, query: str) -> None:
        """Fold and search a very long text off the UI thread (5 MB: about 2 s once)."""
        matches = find_all(self.article.text, query)
        self.app.call_from_thread(self._show_matches, query, matches)

    def _show_matches(self, query: str, matches: list[Range]) -> None:
        if not self.is_attached or query != self.query_one("#article-search", Input).value:
            return  # the user typed on meanwhile: a newer search is coming
        self._matches = matches
        self.view.set_matches(matches)
        found = counted(len(matches), "match", "matches")
        self._set_status(Text(f"{found} for ", end="") + shown(query, limit=SHOWN_QUERY))
        if matches and not self.query_one("#article-search", Input).display:
            self._search_submitted(None)  # enter came before a threaded search ended

    @on(Input.Submitted, "#article-search")
    def _search_submitted(self, event: Input.Submitted | None) -> None:
        self._close_search(keep=True)
        if self._matches:
            target, notice = cycle(self._matches, self._position() - 1, forward=True)
            if target is not None:
                self._go_to_match(target, notice)

    def _close_search(self, keep: bool) -> None:
        search = self.query_one("#article-search", Input)
        search.display = False
        if not keep:
            search.value = ""
            self._matches = []
            self.view.set_matches([])
        self.view.focus()

    def _go_to_match(self, match: Range, notice: str = "") -> None:
        self.view.set_matches(self._matches, current=match)
        self.view.set_cursor(match)
        number = self._matches.index(match) + 1
        self._say_step(f"Match {number} of {len(self._matches)}", notice)

    def _say_step(self, where: str, notice: str, extra: Text | None = None) -> None:
        """The status after n/N/m/M: where the cursor is, and whether it wrapped around."""
        status = Text(where, style="bold")
        if notice:
            status.append(f" — {notice}", style="italic")
        if extra is not None:
            status.append_text(extra)
        self._set_status(status)

    def action_next_match(self) -> None:
        self._step_match(forward=True)

    def action_previous_match(self) -> None:
        self._step_match(forward=False)

    def _step_match(self, forward: bool) -> None:
        target, notice = cycle(self._matches, self._position(), forward)
        if target is None:
            query = self.query_one("#article-search", Input).value
            self._set_status(Text("0 matches for ", end="") + shown(query, limit=SHOWN_QUERY)
                             if query else Text("No search yet: / searches the article"))
            return
        self._go_to_match(target, notice)

    # ----- the panel and the mouse -----

    @on(SidePanel.Chosen)
    def _panel_chosen(self, event: SidePanel.Chosen) -> None:
        position = self._position()
        target = next_range(event.ranges, position) or event.ranges[0]
        self._move(target, "item")

    @on(ArticleView.Clicked)
    def _text_clicked(self, event: ArticleView.Clicked) -> None:
        sentence = range_containing(self._ranges("sentences"), event.offset)
        if sentence is not None:
            self._move(sentence, "sentence")

    # ----- status line -----

    def _set_status(self, text: Text) -> None:
        if self.is_attached:  # a late worker result may arrive after the screen closed
            self.query_one("#article-status", Static).update(text, layout=False)

    def _update_status(self) -> None:
        """Say where the cursor is and who speaks in the quotation under it."""
        cursor, analysis = self.view.cursor, self.analysis
        if cursor is None or analysis is None:
            self._set_status(Text(""))
            return
        sentences = self._ranges("sentences")
        here = range_containing(sentences, cursor[0])
        number = sentences.index(here) + 1 if here in sentences else 0
        status = Text(f"Sentence {number}/{len(sentences)}", style="bold")
        for quote in analysis.quotes:
            if quote.start < cursor[1] and cursor[0] < quote.end:
                who = quote.speaker.name if quote.speaker else "speaker unknown"
                status.append("  ·  Quotation by ")
                status.append(shown(who, style="bold"))
                break
        status.append_text(self.annotation_status(cursor))
        status.append_text(candidate_note(analysis, cursor))
        checked = self.across_status()
        self._set_status(checked + status if checked else status)
