"""Pure parts of the TUI: wrapping by cells, navigation, spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.tui.layout import LineTable, line_index, offset_at_cell, wrap_text
from reader.tui.navigation import find_all, next_range, previous_range, range_containing
from reader.tui.spans import Span
from reader.tui.widgets.article_view import _segment

ALPHABET = st.sampled_from(list("ab cd\nxyzé漢字😀 ,.«»[]/"))


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=200), st.integers(min_value=1, max_value=40))
def test_wrap_covers_text_in_order_and_fits(text: str, width: int) -> None:
    lines = wrap_text(text, width)
    position = 0
    for start, end in lines:
        assert start >= position
        assert "\n" not in text[start:end]
        # Only newlines are left out between lines (never text).
        assert set(text[position:start]) <= {"\n"}
        visible = text[start:end].rstrip(" ")
        assert cell_len(visible) <= max(width, 2)
        position = end
    assert position == len(text)
    assert text.count("\n") + 1 <= len(lines)


def test_wrap_wide_characters_by_cells() -> None:
    text = "漢字漢字漢字 😀😀 abc"
    lines = wrap_text(text, 6)
    assert [text[s:e].rstrip() for s, e in lines] == ["漢字漢", "字漢字", "😀😀", "abc"]


def test_line_lookup_and_click_position() -> None:
    text = "hello world\n\n漢字 ab"
    lines = LineTable(wrap_text(text, 20))
    assert line_index(lines, text.index("漢")) == 2
    assert line_index(lines, 0) == 0
    line = lines[2]
    assert offset_at_cell(text, line, 0) == text.index("漢")
    assert offset_at_cell(text, line, 1) == text.index("漢")
    assert offset_at_cell(text, line, 2) == text.index("字")
    assert offset_at_cell(text, line, 5) == text.index("a")


def test_navigation() -> None:
    ranges = [(0, 5), (6, 10), (11, 20)]
    assert next_range(ranges, -1) == (0, 5)
    assert next_range(ranges, 0) == (6, 10)
    assert next_range(ranges, 11) is None
    assert previous_range(ranges, 11) == (6, 10)
    assert previous_range(ranges, 0) is None
    assert range_containing(ranges, 7) == (6, 10)
    assert find_all("Ab ab AB", "ab") == [(0, 2), (3, 5), (6, 8)]
    assert find_all("x", "") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20),
                          st.sampled_from(["quote", "claim", "entity-per"])), max_size=12))
def test_segments_match_spans(raw: list[tuple[int, int, str]]) -> None:
    spans = [Span(start, start + length, kind) for start, length, kind in raw]
    breaks, active = _segment(spans)
    for offset in range(0, 75):
        expected = {s.kind for s in spans if s.start <= offset < s.end}
        index = max((i for i, b in enumerate(breaks) if b <= offset), default=-1)
        got = set(active[index]) if index >= 0 else set()
        assert got == expected
