""""Seen before": the other articles that carry the text under the cursor, earliest
first, with source, date and the words that differ, and the annotated claims it matches.

A modal list: ``enter`` opens the chosen article at the matched text (or the chosen
annotation), ``escape`` closes. The lookup runs in a thread worker.
"""

from __future__ import annotations

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.across import ClaimHit, Match
from reader.across.differs import differs_label
from reader.across.diffs import segments
from reader.across.normalise import tokens
from reader.across.thresholds import THRESHOLDS
from reader.tui.bindings import binding as _b
from reader.tui.shown import plain, shown
from reader.tui.widgets.key_footer import KeyFooter

DIFF_STYLES = {"changed": "bold reverse", "added": "bold reverse", "missing": "strike dim"}
DIFF_MARKS = {"changed": ("{+", "+}"), "added": ("{+", "+}"), "missing": ("[-", "-]")}
"""Changed words are styled AND marked, so the difference reads without colour."""


def match_text(query: str, match: Match, here: bool) -> Text:
    """One entry: date · source · title (similarity), then the text with the diff."""
    line = Text()
    line.append(plain(match.article.date or "no date"), style="bold")
    line.append("  ")
    line.append_text(shown(match.article.source or "(no source)", style="italic", limit=30))
    line.append("  ")
    line.append_text(shown(match.article.title or match.article.id, limit=60))
    score = match.wording if match.differs else match.similarity
    line.append(f"  {score:.0%}" + ("  (this article)" if here else ""),
                style="dim")
    if match.differs:
        line.append(f"  {differs_label(match.differs)}", style="bold yellow")
    line.append("\n  ")
    for piece, kind in segments(query, match.text, match.start, match.diff):
        opening, closing = DIFF_MARKS.get(kind, ("", ""))
        body = plain(piece) if piece.strip() else " "
        if piece[:1].isspace() and piece.strip():
            body = " " + body
        if piece[-1:].isspace() and piece.strip():
            body += " "
        line.append(opening + body + closing, style=DIFF_STYLES.get(kind, ""))
    return line


def too_short(text: str) -> bool:
    """Whether ``text`` has fewer words than any lookup needs (it is never matched)."""
    return len(tokens(text)) < THRESHOLDS.min_words


def claim_text(hit: ClaimHit) -> Text:
    line = Text("Already checked: ", style="bold")
    line.append_text(shown(hit.summary()))
    line.append("\n  ")
    line.append_text(shown(hit.claim, limit=200))
    return line


QUERY_LIMIT = 300
"""Characters of the looked-up text shown above the list."""
SHORT_BELOW = 24
SHORT_QUERY_LINES = 3
"""Below ``SHORT_BELOW`` rows the text gets about this many lines (word wrap adds one)."""


class SeenScreen(ModalScreen[None]):
    """Where the text was seen before, and where it was checked."""

    BINDINGS = [
        _b("escape,q", "close", "Close", "seen.close"),
        _b("enter", "choose", "Open", "seen.open"),
    ]

    def __init__(self, text: str, article_id: str, span: tuple[int, int]) -> None:
        super().__init__()
        self.text = text
        self.article_id = article_id
        self.span = span
        self.matches: list[Match] = []
        self.claims: list[ClaimHit] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="seen-box"):
            yield Static(Text("Seen before", style="bold"), id="seen-title")
            yield Static(shown(self.text, limit=QUERY_LIMIT), id="seen-query")
            yield OptionList(id="seen-list")
            yield Static(Text("Looking…", style="italic"), id="seen-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.look_up()

    def on_resize(self, event: events.Resize) -> None:
        """On a short terminal the looked-up text is cut to a few lines: in full it took
        the box at 60x20, leaving one row of the list (half an "Already checked" line)."""
        limit = QUERY_LIMIT
        if event.size.height < SHORT_BELOW:
            width = max(20, event.size.width * 9 // 10 - 4)  # the box's text width
            limit = min(QUERY_LIMIT, SHORT_QUERY_LINES * width)
        self.query_one("#seen-query", Static).update(shown(self.text, limit=limit))

    @work(thread=True, exclusive=True, exit_on_error=False, group="seen-lookup")
    def look_up(self) -> None:
        across = self.app.across  # type: ignore[attr-defined]
        error = across.error
        try:
            matches = across.lookup(self.text)
        except Exception as failure:  # noqa: BLE001 - damaged or deleted while running
            matches, error = [], " ".join(str(failure).split()) or type(failure).__name__
        across.wait_claims()
        self.app.follow_store()  # type: ignore[attr-defined]
        claims = across.claims(self.text, exclude_article="")
        self.app.call_from_thread(self._show, matches, claims, error)

    def _show(self, matches: list[Match], claims: list[ClaimHit], error: str | None) -> None:
        if not self.is_attached:
            return
        self.matches, self.claims = matches, claims
        options = self.query_one(OptionList)
        options.clear_options()
        for number, hit in enumerate(claims):
            options.add_option(Option(claim_text(hit), id=f"claim-{number}"))
        for number, match in enumerate(matches):
            here = match.article.id == self.article_id
            options.add_option(Option(match_text(self.text, match, here), id=f"match-{number}"))
        others = sum(1 for m in matches if m.article.id != self.article_id and not m.differs)
        alike = sum(1 for m in matches if m.article.id != self.article_id and m.differs)
        status = (f"In {others} other article{'s' if others != 1 else ''}"
                  f"{f' · {alike} look-alike(s) with another claim' if alike else ''}"
                  f"{f' · checked {len(claims)} time(s)' if claims else ''} · enter opens")
        if not matches and not claims and too_short(self.text):
            status = (f"Too short to look up (at least {THRESHOLDS.min_words} words): "
                      "select more with v and the selection keys")
        if error:
            status = f"The across index is unavailable: {error}"
        self.query_one("#seen-status", Static).update(shown(status))
        if options.option_count:
            options.highlighted = 0

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._open(event.option.id or "")

    def action_choose(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self._open(options.get_option_at_index(options.highlighted).id or "")

    def _open(self, option_id: str) -> None:
        kind, _, number = option_id.partition("-")
        app = self.app
        self.dismiss(None)
        if kind == "claim":
            app.open_annotation(self.claims[int(number)].record_id)  # type: ignore[attr-defined]
        elif kind == "match":
            match = self.matches[int(number)]
            app.open_article_at(match.article.id, (match.start, match.end))  # type: ignore[attr-defined]

    def action_close(self) -> None:
        self.dismiss(None)
