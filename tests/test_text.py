"""Unit and property tests for the canonical text (``reader.core.text``)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.model import BlockKind
from reader.core.text import (
    PLACEHOLDER,
    canonicalize,
    clean_inline,
    compose,
    for_display,
    split_paragraphs,
    typed_text,
)

_BAD = {chr(c) for c in range(0x20) if c != 10} | {chr(c) for c in range(0x7F, 0xA0)}
_PIECES = st.one_of(
    st.characters(),
    st.sampled_from(["\r\n", "\r", "\x1b", "\x85", "\u2028", "\u2029", "\x0c", "\t",
                     "\u202e", "\u200b", "e\u0301", "\x00", "\x9b", "\n\n", " "]),
)
_NASTY = st.lists(_PIECES, max_size=80).map("".join)
SETTINGS = settings(max_examples=300, deadline=None)


def test_canonicalize_rules() -> None:
    assert canonicalize("a\r\nb\rc\u2028d\u2029e\x85f\x0cg\x0bh") == "a\nb\nc\nd\ne\nf\ng\nh"
    assert canonicalize("a\tb") == "a b"
    assert canonicalize("e\u0301") == "é"
    assert canonicalize("x\x1b[31m") == "x\u241b[31m"
    assert canonicalize("\x00\x7f\x9b") == "\u2400\u2421" + PLACEHOLDER


def test_clean_inline_folds_spaces_and_newlines() -> None:
    assert clean_inline("  a \u00a0 b\n\nc\u3000d\t ") == "a b c d"
    assert clean_inline("") == ""


def test_split_paragraphs() -> None:
    assert split_paragraphs("a\nb\n\n \n\nc\r\n\r\nd") == ["a b", "c", "d"]


def test_compose_offsets_and_empty_parts() -> None:
    text, blocks = compose([("heading", " Título ", 2), ("paragraph", "", 0),
                            ("paragraph", "Uno\ndos", 0)])
    assert text == "Título\n\nUno dos"
    assert [(b.kind, b.start, b.end, b.level) for b in blocks] == [
        ("heading", 0, 6, 2), ("paragraph", 8, 15, 0)
    ]


def test_for_display_makes_invisible_characters_visible() -> None:
    shown = for_display("a\u202eb\u200bc\x1bd\ne")
    assert shown == "a\u2192b\u00b7c" + PLACEHOLDER + "d\ne"


@given(_NASTY)
@SETTINGS
def test_canonicalize_is_idempotent_and_clean(raw: str) -> None:
    once = canonicalize(raw)
    assert canonicalize(once) == once
    assert "\r" not in once and not _BAD & set(once)
    assert unicodedata.is_normalized("NFC", once)


@given(_NASTY)
@SETTINGS
def test_clean_inline_is_one_clean_line(raw: str) -> None:
    line = clean_inline(raw)
    assert "\n" not in line and line == line.strip() and "  " not in line
    assert clean_inline(line) == line


@given(st.lists(st.tuples(st.sampled_from(["paragraph", "heading", "caption"]), _NASTY,
                          st.integers(0, 6)), max_size=8))
@SETTINGS
def test_compose_block_offsets_slice_the_block_texts(
    parts: list[tuple[BlockKind, str, int]],
) -> None:
    text, blocks = compose(parts)
    expected = [(k, clean_inline(t), level) for k, t, level in parts if clean_inline(t)]
    assert [(b.kind, text[b.start:b.end], b.level) for b in blocks] == expected
    assert text == "\n\n".join(piece for _, piece, _ in expected)
    assert text == canonicalize(text)


@given(_NASTY)
@SETTINGS
def test_for_display_preserves_length_and_removes_controls(raw: str) -> None:
    shown = for_display(raw)
    assert len(shown) == len(raw)
    assert not _BAD & set(shown)
    assert "\u202e" not in shown and "\u200b" not in shown


def test_typed_text_drops_escape_sequences_and_controls_keeps_marks() -> None:
    assert typed_text("\x1b[1;31mRojo\x1b[0m") == "Rojo"
    assert typed_text("a\x1b]52;c;SECRET\x07b") == "ab"  # the payload goes with it
    assert typed_text("\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\") == "link"
    assert typed_text("\x9b31mC1\x9d0;t\x9c") == "C1"
    assert typed_text("a\x00b\x7fc\x85d\x0be") == "abcde"
    assert typed_text("uno\r\ndos\rtres\tcuatro") == "uno\ndos\ntres\tcuatro"
    assert typed_text("\u202bעברית\u202c\u200d👩\u200d💻") == "\u202bעברית\u202c\u200d👩\u200d💻"


def test_typed_text_never_drops_the_text_after_an_unterminated_string_sequence() -> None:
    """An OSC, DCS, APC or PM opened and never closed took every character after it to
    the end of the field: a paste holding mojibake of a closing quotation mark (U+201D
    read as Latin-1 is ``\u00e2\x80\x9d``: U+009D is the C1 OSC) or a paste whose
    sequence Textual's parser cut (it re-issues the first 32 characters as keys and keeps
    the ESC in the paste) silently dropped the rest of the note pasted into. Only the
    introducer and its number go; a payload never spans lines (C1: never a space)."""
    note = "my note, line one\n\nsecond paragraph of the note"
    assert typed_text("AAA \x1b]CCC" + note) == "AAA CCC" + note
    assert typed_text("a\x1b]52;c;x " + note) == "a" + "c;x " + note
    assert typed_text("x\x1bP" + note) == "x" + note
    assert typed_text("x\x1b_" + note) == "x" + note
    assert typed_text("\u00e2\x80\x9d he said. " + note) == "\u00e2 he said. " + note
    assert typed_text("a\x1b]0;title\x07b") == "ab"  # a closed one goes whole, as before
    latin1_mojibake = "\u00e2\x80\x9cYes,\u00e2\x80\x9d he said. \u00e2\x80\x9cNo.\u00e2\x80\x9d"
    assert typed_text(latin1_mojibake) == "\u00e2Yes,\u00e2 he said. \u00e2No.\u00e2"
    assert typed_text("x\x1b]0;one\ntwo\x07") == "xone\ntwo"  # no payload spans lines


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_typed_text_is_idempotent_and_control_free(raw: str) -> None:
    once = typed_text(raw)
    assert typed_text(once) == once
    assert not any(ord(ch) < 32 and ch not in "\t\n" or 0x7F <= ord(ch) <= 0x9F for ch in once)
