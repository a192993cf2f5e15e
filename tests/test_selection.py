"""Keyboard selection: pure functions over the canonical text (reader.core.selection)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.model import Analysis, Quote, Speaker
from reader.core.selection import (
    Selection,
    Selector,
    default_target,
    extend_sentence,
    extend_word,
    snap_to_quote,
    start_selection,
    trim,
)
from reader.core.text import compose, split_paragraphs

SEED = Path("/work/shared/seed/000_383e20ee8a737327.txt")

ALPHABET = "abc ÁéñZ09 \n\n.,;:%«»“”\"'—-()¿?¡!€$中文😀\u00a0\t"
texts = st.text(alphabet=ALPHABET, min_size=1, max_size=80)


def _valid(sel: Selection, text: str) -> None:
    assert 0 <= sel.start < sel.end <= len(text)
    assert not text[sel.start].isspace()
    assert not text[sel.end - 1].isspace()


def _analysis(sentences=(), quotes=()) -> Analysis:
    return Analysis("es", "test", tuple(sentences), (), tuple(quotes), ())


# -- word steps ---------------------------------------------------------------------------


def test_word_steps_stop_at_words_then_attached_punctuation() -> None:
    text = "Dijo: «crecerá del 9 % este año». Fin"
    sel = start_selection(text, text.index("del"))
    seen = [sel.text(text)]
    for _ in range(6):
        sel = extend_word(sel, text, +1)
        seen.append(sel.text(text))
    assert seen == [
        "del",
        "del 9",
        "del 9 %",
        "del 9 % este",
        "del 9 % este año",
        "del 9 % este año».",
        "del 9 % este año». Fin",
    ]


def test_abbreviations_and_decimals_are_one_word() -> None:
    text = "EE.UU. creció 3,5 % y U.S. no"
    sel = start_selection(text, 0)
    assert sel.text(text) == "EE.UU"
    assert extend_word(sel, text, +1).text(text) == "EE.UU."
    sel = start_selection(text, text.index("3,5"))
    assert sel.text(text) == "3,5"


def test_shrink_never_empties_and_grow_stops_at_the_edges() -> None:
    text = "una palabra"
    sel = start_selection(text, 0)
    assert extend_word(sel, text, -1) == sel
    assert extend_word(sel, text, -1, side="start") == sel
    assert extend_word(sel, text, +1, side="start") == sel
    whole = extend_word(sel, text, +1)
    assert whole.text(text) == text
    assert extend_word(whole, text, +1) == whole


def test_start_side_grows_backwards_and_shrinks_forwards() -> None:
    text = "el crecimiento del 9 %"
    sel = start_selection(text, text.index("del"))
    grown = extend_word(sel, text, +1, side="start")
    assert grown.text(text) == "crecimiento del"
    assert extend_word(grown, text, -1, side="start") == sel


def test_start_selection_on_whitespace_only_text_is_none() -> None:
    assert start_selection("  \n\n ", 2) is None
    assert start_selection("", 0) is None


def test_start_selection_beyond_the_last_word_takes_the_last_word() -> None:
    text = "uno dos  "
    assert start_selection(text, len(text)).text(text) == "dos"


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=-5, max_value=100), st.lists(
    st.tuples(st.integers(-1, 1).filter(bool), st.sampled_from(["start", "end"])), max_size=12
))
def test_word_steps_always_give_a_valid_selection(text, offset, steps) -> None:
    sel = start_selection(text, offset)
    if not text.strip():
        assert sel is None
        return
    assert sel is not None
    _valid(sel, text)
    for direction, side in steps:
        sel = extend_word(sel, text, direction, side)
        _valid(sel, text)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 80), st.integers(0, 6), st.sampled_from(["start", "end"]))
def test_extend_then_shrink_returns_to_the_original(text, offset, grows, side) -> None:
    sel = start_selection(text, offset)
    if sel is None:
        return
    for _ in range(grows):
        sel = extend_word(sel, text, +1, "end")
    original = sel
    grown = extend_word(original, text, +1, side)
    if grown != original:
        assert extend_word(grown, text, -1, side) == original
    shrunk = extend_word(original, text, -1, side)
    if shrunk != original:
        assert extend_word(shrunk, text, +1, side) == original


# -- sentences and quotations ----------------------------------------------------------------

TEXT = "Uno dijo algo. «Dos y “tres” más», dijo. Cuatro."
SENTENCES = ((0, 14), (15, 40), (41, 48))
QUOTES = (
    Quote(15, 33, TEXT[15:33], Speaker(0, 3, "Uno", "Uno")),
    Quote(22, 28, TEXT[22:28], None, is_speech=False),
)


def test_the_fixture_spans_are_what_the_tests_assume() -> None:
    assert TEXT[15:33] == "«Dos y “tres” más»"
    assert TEXT[22:28] == "“tres”"
    assert [TEXT[a:b] for a, b in SENTENCES][-1] == "Cuatro."


def test_sentence_steps_extend_and_shrink_by_whole_sentences() -> None:
    sel = start_selection(TEXT, 0)
    one = extend_sentence(sel, TEXT, SENTENCES, +1)
    assert one.text(TEXT) == "Uno dijo algo."
    two = extend_sentence(one, TEXT, SENTENCES, +1)
    assert two.end == 40
    assert extend_sentence(two, TEXT, SENTENCES, -1) == one
    assert extend_sentence(one, TEXT, SENTENCES, -1) == one  # never to or before the start
    last = extend_sentence(extend_sentence(two, TEXT, SENTENCES, +1), TEXT, SENTENCES, +1)
    assert last.end == len(TEXT)


def test_quote_snapping_walks_quotations_in_document_order() -> None:
    sel = start_selection(TEXT, 0)
    outer = snap_to_quote(sel, TEXT, QUOTES, +1)
    assert outer.text(TEXT) == "«Dos y “tres” más»"
    inner = snap_to_quote(outer, TEXT, QUOTES, +1)
    assert inner.text(TEXT) == "“tres”"
    assert snap_to_quote(inner, TEXT, QUOTES, +1) == inner  # no later quotation
    assert snap_to_quote(inner, TEXT, QUOTES, -1) == outer
    assert snap_to_quote(outer, TEXT, QUOTES, -1) == outer  # none earlier
    inside = start_selection(TEXT, TEXT.index("más"))
    assert snap_to_quote(inside, TEXT, QUOTES, -1) == inner


@settings(max_examples=200, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 90), st.integers(0, 90)), max_size=6),
       st.integers(0, 80), st.lists(st.sampled_from([-1, 1]), max_size=8))
def test_sentence_and_quote_steps_stay_valid(text, spans, offset, steps) -> None:
    sel = start_selection(text, offset)
    if sel is None:
        return
    for direction in steps:
        sel = extend_sentence(sel, text, spans, direction)
        _valid(sel, text)
        sel = snap_to_quote(sel, text, spans, direction)
        _valid(sel, text)


# -- default target and trimming -------------------------------------------------------------


def test_default_target_is_the_innermost_quotation_else_the_sentence() -> None:
    analysis = _analysis(SENTENCES, QUOTES)
    assert default_target(23, analysis, TEXT).text(TEXT) == "“tres”"
    assert default_target(16, analysis, TEXT).text(TEXT) == "«Dos y “tres” más»"
    assert default_target(35, analysis, TEXT) == Selection(15, 40)
    assert default_target(3, analysis, TEXT).text(TEXT) == "Uno dijo algo."
    assert default_target(14, analysis, TEXT).text(TEXT).startswith("«Dos")  # between
    assert default_target(999, analysis, TEXT).text(TEXT) == "Cuatro."
    assert default_target(0, _analysis(), TEXT) is None


def test_trim_clamps_and_strips_whitespace() -> None:
    assert trim("  ab  ", -10, 99) == Selection(2, 4)
    assert trim("   ", 0, 3) is None
    assert trim("ab", 2, 1) is None


@given(texts, st.integers(-10, 100), st.integers(-10, 100))
def test_trim_is_valid_or_none(text, start, end) -> None:
    sel = trim(text, start, end)
    if sel is not None:
        _valid(sel, text)
        assert text[max(0, start) : max(0, end)].strip() == sel.text(text).strip()


def test_selection_rejects_empty_ranges() -> None:
    with pytest.raises(ValueError):
        Selection(3, 3)


# -- the reference article ---------------------------------------------------------------------


def _reference_text() -> str:
    if not SEED.exists():
        pytest.skip("reference article absent")
    try:
        from reader.sources import load_file
    except ImportError:
        text, _ = compose(("paragraph", p, 0) for p in split_paragraphs(SEED.read_text("utf-8")))
        return text
    return load_file(str(SEED)).text


def test_reference_figure_selected_from_its_first_word() -> None:
    text = _reference_text()
    sel = start_selection(text, text.index("del 9 %"))
    for _ in range(4):
        sel = extend_word(sel, text, +1)
    assert sel.text(text) == "del 9 % este año"


def test_reference_figure_selected_from_the_sentence_start() -> None:
    """From the sentence cursor: `v`, then `w` past the figure, then shrink the start."""
    text = _reference_text()
    target = "del 9 % este año"
    sentence_start = text.index("Maduro, por su parte")
    sel = start_selection(text, sentence_start)
    assert sel.text(text) == "Maduro"
    while sel.end < text.index(target) + len(target):
        sel = extend_word(sel, text, +1)
    while sel.start < text.index(target):
        sel = extend_word(sel, text, -1, side="start")
    assert sel.text(text) == target


def test_selector_keeps_the_state_of_the_keys() -> None:
    analysis = _analysis(SENTENCES, QUOTES)
    selector = Selector.start(TEXT, analysis, 0)
    assert selector.selection.text(TEXT) == "Uno"
    assert selector.word(+1).text(TEXT) == "Uno dijo"
    assert selector.sentence(+1).text(TEXT) == "Uno dijo algo."
    assert selector.word(-1).text(TEXT) == "Uno dijo algo"
    assert selector.quote(+1).text(TEXT) == "«Dos y “tres” más»"
    assert selector.quote(+1).text(TEXT) == "“tres”"
    assert selector.word(+1, side="start").text(TEXT) == "y “tres”"
    assert selector.sentence(+1).text(TEXT) == "y “tres” más», dijo."
    assert selector.sentence(-1).text(TEXT) == "y “tres” más», dijo."  # would empty it
    assert Selector.start("   ", analysis, 0) is None


@settings(max_examples=150, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 90), st.integers(0, 90)), max_size=6),
       st.integers(0, 80),
       st.lists(st.tuples(st.sampled_from(["word", "start", "sentence", "quote"]),
                          st.sampled_from([-1, 1])), max_size=10))
def test_selector_agrees_with_the_functions(text, spans, offset, keys) -> None:
    analysis = _analysis(spans, [Quote(a, b, "", None) for a, b in spans])
    selector = Selector.start(text, analysis, offset)
    if selector is None:
        return
    sel = selector.selection
    for key, direction in keys:
        if key == "word":
            sel = extend_word(sel, text, direction)
            assert selector.word(direction) == sel
        elif key == "start":
            sel = extend_word(sel, text, direction, side="start")
            assert selector.word(direction, side="start") == sel
        elif key == "sentence":
            sel = extend_sentence(sel, text, spans, direction)
            assert selector.sentence(direction) == sel
        else:
            sel = snap_to_quote(sel, text, spans, direction)
            assert selector.quote(direction) == sel
        _valid(sel, text)
