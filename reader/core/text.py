"""The canonical text: the one string every offset in the program refers to.

Rules (applied in this order, so that the result is stable when applied twice):
NFC normalisation; CRLF, CR, U+2028, U+2029, NEL and form feed become LF; tabs become a
space; every other control character (C0, DEL, C1) becomes a visible placeholder so it
can never reach the terminal while its presence stays visible to the reader. A lone
surrogate (a JSON ``"\\ud800"`` escape) becomes U+FFFD: no encoder accepts one, so it made
``analyze --json``, the terminal and every save fail on the whole article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from reader.core.model import Block, BlockKind

PLACEHOLDER = "\ufffd"
_NEWLINES = re.compile(r"[\r\u2028\u2029\u0085\x0c\x0b]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_PICTURES = {i: chr(0x2400 + i) for i in range(0x20)} | {0x7F: "\u2421"}
_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def _picture(match: re.Match[str]) -> str:
    return _CONTROL_PICTURES.get(ord(match.group()), PLACEHOLDER)


def canonicalize(raw: str) -> str:
    """Return ``raw`` in canonical form (NFC, LF newlines, controls neutralised)."""
    text = _NEWLINES.sub("\n", raw.replace("\r\n", "\n"))
    text = text.replace("\t", " ")
    text = _CONTROLS.sub(_picture, text)
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def clean_inline(raw: str) -> str:
    """Canonical text for a one-line field (title, source, date): spaces folded, no newlines."""
    # str.split() folds exactly the spaces and newlines left after canonicalize (plus
    # U+1680, also a space) and is ten times faster than a regex on a 5 MB line.
    return " ".join(canonicalize(raw).split())


def split_paragraphs(raw: str) -> list[str]:
    """Split text at blank lines; single newlines inside a paragraph become spaces."""
    text = canonicalize(raw)
    parts = _BLANK_LINES.split(text)
    return [p for p in (clean_inline(part) for part in parts) if p]


def compose(parts: Iterable[tuple[BlockKind, str, int]]) -> tuple[str, tuple[Block, ...]]:
    """Join blocks into one canonical text, separated by blank lines.

    Each part is ``(kind, text, level)``; its text is cleaned to one line. Empty parts
    are dropped. Returns the text and the blocks with their offsets into it.
    """
    pieces: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, raw, level in parts:
        body = clean_inline(raw)
        if not body:
            continue
        if pieces:
            pieces.append("\n\n")
            offset += 2
        blocks.append(Block(kind, offset, offset + len(body), level))
        pieces.append(body)
        offset += len(body)
    return "".join(pieces), tuple(blocks)


# Characters that change how text reads without being seen: bidi embeddings, overrides
# and isolates, and zero-width spaces. ZWJ/ZWNJ are kept: emoji and several scripts need them.
_INVISIBLE = {
    **{cp: "\u2192" for cp in range(0x202A, 0x202F)},
    **{cp: "\u2192" for cp in range(0x2066, 0x206A)},
    0x200E: "\u2192",
    0x200F: "\u2192",
    0x061C: "\u2192",
    0x200B: "\u00b7",
    0x2060: "\u00b7",
    0xFEFF: "\u00b7",
}
_DISPLAY_TABLE = str.maketrans(_INVISIBLE | {cp: PLACEHOLDER for cp in range(0x20) if cp != 10})
_DISPLAY_TABLE.update({cp: PLACEHOLDER for cp in range(0x7F, 0xA0)})


def for_display(text: str) -> str:
    """Make invisible direction and zero-width characters visible, one for one.

    The result has exactly the same length as ``text``, so offsets stay valid; the
    stored text is never changed, only what is drawn.
    """
    return text.translate(_DISPLAY_TABLE)


def printable_line(message: str) -> str:
    """A message made safe for one line of a terminal: undecodable bytes of file names
    (surrogate escapes) become U+FFFD and control characters visible placeholders."""
    try:
        readable = message.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeError:
        readable = message.encode("utf-8", "replace").decode("utf-8")
    return clean_inline(readable)


# A terminal escape sequence whole (CSI, the string commands OSC/DCS/SOS/PM/APC with
# their payload, two-character escapes), in 7-bit and C1 spellings: removing only the
# ESC of "\x1b[31mred\x1b[0m" would store "[31mred[0m". A string command goes with its
# payload only when it is closed (BEL or ST): one left open (Textual's parser re-issues a
# pasted sequence's end as keys) loses its opening and number, never the text after it,
# which would be the rest of a note; a payload never spans lines, and a C1 one (U+009D
# is mojibake's "”" more often than a terminal's OSC) never spans a space.
_ESCAPE_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b\](?:\d+;)?|\x1b[PX^_]"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c\s]*(?:\x07|\x1b\\|\x9c)"
    r"|\x9d(?:\d+;)?"
)
_TYPED_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def typed_text(raw: str) -> str:
    """Text a person typed or pasted (a form field, a command-line option), as stored.

    Terminal escape sequences (with their payload) and every other control character
    (C0 but tab and newline, DEL, C1) are removed: they come from a paste out of a
    terminal or a shell's ``$(…)`` capturing colours, never from intent, and stored they
    would show as placeholders in every list and export. CRLF and CR become LF. Bidi
    marks and zero-width characters stay: right-to-left names need them (they are shown
    visibly, never stored differently). The one rule for the TUI's forms and the CLI.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return _TYPED_CONTROLS.sub("", _ESCAPE_SEQUENCES.sub("", text))
