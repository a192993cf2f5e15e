"""The annotation pieces of the TUI without an app: spans, lookups, prompts, the store link."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.geometry import Offset
from textual.selection import Selection

from reader.core.model import Article
from reader.store import new_record
from reader.tui.layout import LineTable, wrap_text
from reader.tui.session import overlapping
from reader.tui.spans import VERDICT_KINDS, annotation_spans
from reader.tui.store_link import StoreLink
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.side_panel import annotation_prompt

TEXT = "Alpha said 12% fell. Beta said “no change”. Gamma agreed with both of them."
ARTICLE = Article("/tmp/x/alpha.txt", "Alpha", TEXT, ())


def _record(start: int, end: int, verdict: str = "false", status: str = "exact") -> dict:  # type: ignore[type-arg]
    record = new_record(ARTICLE, start, end, verdict=verdict)
    record["anchor"]["status"] = status
    return record


def test_annotation_spans_by_verdict_without_orphans() -> None:
    newer = _record(0, 3)
    newer["verdict"] = "from-a-newer-version"  # drawn as unrated, never a crash
    spans = annotation_spans(
        [_record(0, 5), _record(6, 10, "mostly-true", "moved"),
         _record(11, 14, "true", "orphan"), newer],
        len(TEXT),
    )
    assert [(s.start, s.end, s.kind) for s in spans] == [
        (0, 5, "verdict-false"), (6, 10, "verdict-mostly-true"), (0, 3, "verdict-unrated")]
    assert set(VERDICT_KINDS) >= {s.kind for s in spans}
    # A position past the end of the text (an old record) is never drawn.
    assert annotation_spans([_record(0, 5)], 4) == []


def test_the_annotation_under_a_span() -> None:
    first, second, orphan = _record(0, 20), _record(21, 43), _record(21, 43, status="orphan")
    records = [first, orphan, second]
    assert overlapping(records, (21, 43)) is second  # same range
    assert overlapping(records, (25, 30)) is second  # holds the start
    assert overlapping(records, (15, 25)) is first  # overlaps
    assert overlapping(records, (44, 60)) is None
    assert overlapping([orphan], (21, 43)) is None  # an orphan is nowhere in the text


def test_claims_tab_prompt_shows_user_text_literally() -> None:
    record = _record(0, 5, "mostly-false", "orphan")
    record["claimant"] = "[@click=app.quit]Boss[/]"
    record["claim"] = "[bold red]12%[/] \x1b[31m fell"
    prompt = annotation_prompt(record)
    plain = prompt.plain
    assert "[@click=app.quit]Boss[/]" in plain and "[bold red]12%[/]" in plain
    assert "\x1b" not in plain  # the escape is shown as a visible placeholder
    assert "[Mostly false]" in plain and "ORPHAN" in plain and "“Alpha”" in plain
    assert not any("click" in str(span.style) for span in prompt.spans)


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab 東😀\n."), min_size=1, max_size=120),
    st.integers(4, 30),
    st.tuples(st.integers(0, 40), st.integers(0, 12)),
    st.tuples(st.integers(0, 40), st.integers(0, 12)),
)
def test_mouse_selection_maps_to_offsets_inside_the_text(
    text: str, width: int, a: tuple[int, int], b: tuple[int, int]
) -> None:
    view = ArticleView()
    view._text = text
    view._lines = LineTable(wrap_text(text, width))
    first, second = sorted([a, b], key=lambda p: (p[1], p[0]))
    span = view.span_of_selection(Selection(Offset(*first), Offset(*second)))
    if span is None:
        return
    start, end = span
    assert 0 <= start < end <= len(text)
    if first[1] < len(view._lines):
        line_start, line_end = view._lines[first[1]]
        assert start == min(line_start + first[0], line_end)
    assert view.get_selection(Selection(Offset(*first), Offset(*second))) == (
        text[start:end], "\n")


def test_store_link_runs_writes_in_ticket_order(tmp_path: Path) -> None:
    link = StoreLink(tmp_path / "db.json")
    order: list[int] = []
    tickets = [link.ticket() for _ in range(6)]

    def write(ticket: int) -> None:
        with link.turn(ticket):
            order.append(ticket)

    threads = [threading.Thread(target=write, args=(t,)) for t in reversed(tickets)]
    for thread in threads:
        thread.start()
        time.sleep(0.001)  # later tickets ask first; they must still wait their turn
    for thread in threads:
        thread.join(5)
    assert order == tickets


def test_store_link_keeps_the_reason_when_the_database_cannot_open(tmp_path: Path) -> None:
    folder = tmp_path / "db.json"
    folder.mkdir()  # a directory where the database should be
    link = StoreLink(folder)
    assert link.open() is None and link.is_open
    assert link.error is not None and str(folder) in link.error and "\n" not in link.error
    assert link.wait(0.1) is None
    ok = StoreLink(tmp_path / "good.json")
    assert ok.open() is not None and ok.error is None
    ok.close()
