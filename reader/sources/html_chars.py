"""Carry the characters trafilatura would drop through HTML extraction, and back.

Why: trafilatura deletes every character Python calls non-printable (controls, bidi
marks, zero-width spaces and joiners, soft hyphens, private-use and unassigned code
points), and a control written as a character reference (``&#27;``) even makes it give
up on the whole page, because lxml refuses the decoded character. The other loaders keep
all of these: the canonical text turns controls into visible placeholders, and
``for_display`` makes bidi and zero-width characters visible when drawing. To give an
HTML page the same text, each such character (raw, or written as a numeric or named
reference) is replaced before parsing by a printable token, ``MARK`` + hex code point +
``;``, which trafilatura keeps untouched; ``restore`` turns the tokens back into the
characters in the extracted text. ``MARK`` itself and U+2424 (which trafilatura also
deletes) are protected the same way, so no page text can be mistaken for a token.

Numeric references follow the HTML standard: ``&#0;``, surrogates and values past
U+10FFFF mean U+FFFD, and 0x80–0x9F mean the windows-1252 character where there is one
(``&#147;`` is “), else the C1 control.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from html.entities import html5

MARK = "\u2bd1"
_ALSO_DROPPED = MARK + "\u2424"
_TOKEN = re.compile(MARK + "([0-9a-f]{1,6});")
_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?|&([A-Za-z][A-Za-z0-9]{0,31});")
_ASTRAL_START = 0x40000
"""From here on, all code points but plane 14 (tags) are unassigned or private use:
dropped by trafilatura, so scanned no further (a test checks this against a full scan)."""
_TAGS = range(0xE0000, 0xE1000)


def needs_token(char: str) -> bool:
    """True for a character trafilatura would delete from the extracted text."""
    return (not char.isprintable() and not char.isspace()) or char in _ALSO_DROPPED


def _ranges(code_points: list[int]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for cp in code_points:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return ranges


def protected_code_points() -> list[tuple[int, int]]:
    """Ranges of every code point that needs a token (built once, in about 0.1 s)."""
    scanned = [*range(_ASTRAL_START), *_TAGS]
    found = [cp for cp in scanned if needs_token(chr(cp))]
    ranges = _ranges(found)
    ranges += [(_ASTRAL_START, _TAGS.start - 1), (_TAGS.stop, sys.maxunicode)]
    return sorted(ranges)


@cache
def _protected() -> re.Pattern[str]:
    """Every protected BMP character, or any astral one (checked in ``_token_for``).

    A class holding only BMP ranges compiles to a bitmap (one lookup per character); with
    astral ranges in it, ``re`` would test hundreds of ranges per character."""

    def piece(first: int, last: int) -> str:
        low = re.escape(chr(first))
        return low if first == last else f"{low}-{re.escape(chr(last))}"

    bmp = [(a, min(b, 0xFFFF)) for a, b in protected_code_points() if a <= 0xFFFF]
    return re.compile("[" + "".join(piece(a, b) for a, b in bmp) + "]|[\U00010000-\U0010FFFF]")


def _token_for(match: re.Match[str]) -> str:
    char = match.group()
    return _token(char) if needs_token(char) else char


def _token(char: str) -> str:
    return f"{MARK}{ord(char):x};"


def _tokens(text: str) -> str:
    return "".join(_token(c) if needs_token(c) else c for c in text)


@cache
def _named() -> dict[str, str]:
    """Named references whose characters trafilatura would drop (``&shy;``, ``&zwj;``…)."""
    return {name[:-1]: _tokens(value) for name, value in html5.items()
            if name.endswith(";") and any(needs_token(c) for c in value)}


def _numeric_char(digits: str, base: int) -> str:
    """The character a numeric reference means in HTML."""
    if len(digits.lstrip("0")) > 7:
        return "\ufffd"
    value = int(digits, base)
    if value == 0 or value > sys.maxunicode or 0xD800 <= value <= 0xDFFF:
        return "\ufffd"
    if 0x80 <= value <= 0x9F:
        try:
            return bytes([value]).decode("cp1252")
        except UnicodeDecodeError:
            return chr(value)
    return chr(value)


def _reference(match: re.Match[str]) -> str:
    hex_digits, decimal, name = match.groups()
    if name is not None:
        return _named().get(name, match.group())
    char = _numeric_char(hex_digits, 16) if hex_digits else _numeric_char(decimal, 10)
    if needs_token(char):
        return _token(char)
    # A remapped character is never markup (all are past ASCII); an unchanged one keeps
    # its reference, so that ``&#60;`` stays text and never becomes a tag.
    return char if ord(char) >= 0x80 else match.group()


def protect(page: str) -> str:
    """The page with every character trafilatura would drop replaced by its token.

    Raw characters first (this also protects ``MARK`` in the page), then references,
    whose tokens must not be protected a second time."""
    visible = "".join(page.split())
    if not visible.isprintable() or any(c in visible for c in _ALSO_DROPPED):
        page = _protected().sub(_token_for, page)
    if "&" in page:
        page = _REFERENCE.sub(_reference, page)
    return page


def restore(text: str) -> str:
    """Extracted text with the tokens turned back into their characters."""
    if MARK not in text:
        return text
    return _TOKEN.sub(_restore_one, text)


def _restore_one(match: re.Match[str]) -> str:
    value = int(match.group(1), 16)
    return chr(value) if value <= sys.maxunicode else match.group()
