"""Dialogue written with the raya's stand-ins: ``–Ya veremos –contestó Cuesta–.``,
``- Ya veremos - contestó Cuesta -.``.

Many newsrooms, and most text that passed through a web page or a word processor, open
a dialogue line with an en dash, a hyphen or a horizontal bar instead of the raya
(``—``). The quotation and speaker rules read the raya; ``dialogue_view`` gives them a
copy of the text, one character for one (offsets unchanged), in which the stand-ins of
a paragraph that opens with one become rayas: the opening dash, and every dash next to a
space or closing an aside (``–dijo X–.``). Hyphens inside words (``ex-ministro``,
``García-Pelayo``, ``2-1``) are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.model import Block

_STANDINS = "–\\-―‒"
_FIRST = frozenset(" \t–-―‒")  # what a paragraph opened by a stand-in starts with
_OPENING = re.compile(rf"[ \t]*([{_STANDINS}])(?=[ \t]?(?:[^\W\d_]|[¿¡«\"“']))")
# an aside opening after a space ("… –dijo", "… - dijo") or closing one ("X–.", "X -,")
_INNER = re.compile(
    rf"(?<=\s)[{_STANDINS}](?=[ \t]?[^\W\d_]|[.,;:!?]|\s*$)"
    rf"|(?<=[^\W_.!?])[{_STANDINS}](?=[.,;:!?]|\s|$)"  # "… desde 2023– y allí"
)
# a line after narration inside the paragraph: "Iván escucha. - Yo no sé - reconoce -."
_AFTER_SENTENCE = re.compile(rf"(?<=[.!?])[ \t]+([{_STANDINS}])[ \t]?(?=[A-ZÁÉÍÓÚÑ¿¡])")


_ASIDE = re.compile(rf"\s[{_STANDINS}—][ \t]?[^\W\d_A-ZÁÉÍÓÚÑ]")


def dialogue_view(
    text: str, blocks: tuple[Block, ...], is_tag_verb: Callable[[str], bool] | None = None
) -> str:
    """``text`` with the dialogue stand-in dashes of raya paragraphs turned into rayas
    (same length); ``text`` itself when there are none.

    A list written with dashes is no dialogue: the article's dialogue style is the dash
    of a line with an aside (``–dijo X–``), one opening with ``¿``/``¡`` or one after a
    colon; every line opened by that dash is then dialogue. An en dash or a bar set off
    by a space inside any paragraph is an aside's dash (``«Nadie –subrayó X– …»``)."""
    found: list[tuple[int, re.Match[str], bool]] = []
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or text[block.start : block.start + 1] not in _FIRST:
            continue
        opened = _OPENING.match(text, block.start, block.end)
        if opened is not None:
            lead = text[opened.end() : opened.end() + 2].lstrip()
            strong = (
                _ASIDE.search(text, opened.end(), block.end) is not None
                or lead[:1] in "¿¡"
                or (  # "Rosa Gil lo cuenta así:" then a line; a list has no full stops
                    text[max(0, block.start - 8) : block.start].rstrip().endswith(":")
                    and text[block.start : block.end].rstrip()[-1:] in ".!?…»"
                )
            )
            found.append((index, opened, strong))
    # the article writes its dialogue with this dash: every line opened by it is one
    styles = {text[opened.start(1)] for _, opened, strong in found if strong}
    chars: list[str] | None = None
    for index, opened, _ in found:
        if text[opened.start(1)] not in styles:
            continue
        if chars is None:
            chars = list(text)
        chars[opened.start(1)] = "—"
        for dash in _INNER.finditer(text, opened.end(), blocks[index].end):
            chars[dash.start()] = "—"
    for block in blocks if styles else ():
        line = _AFTER_SENTENCE.search(text, block.start, block.end)
        if block.kind != "paragraph" or line is None or text[line.start(1)] not in styles:
            continue
        if _ASIDE.search(text, line.end(), block.end) is None:
            continue  # "… 2,5 %. - Fuente: INE": a line after narration has its tag
        if chars is None:
            chars = list(text)
        chars[line.start(1)] = "—"
        for dash in _INNER.finditer(text, line.end(), block.end):
            chars[dash.start()] = "—"
    if is_tag_verb is not None and " -" in text:
        chars = _hyphen_asides(text, blocks, is_tag_verb, chars)
    if "–" not in text and "―" not in text:
        return "".join(chars) if chars is not None else text
    for block in blocks:  # «Nadie –subrayó la ministra– va a quedar atrás»
        for dash in _INCISO.finditer(text, block.start, block.end):
            if chars is None:
                chars = list(text)
            chars[dash.start()] = "—"
    return "".join(chars) if chars is not None else text


# "Nadie -subrayó el presidente de Asaja, X- esperaba esto": a hyphen aside in a quotation
_HYPHEN_ASIDE = re.compile(
    r"(?<=[^\W_]) -([^\W\d_]+)[^-\n«»“”\"]{0,120}?[^\W_](-)(?=[\s,.;:])"
)


def _hyphen_asides(
    text: str,
    blocks: tuple[Block, ...],
    is_tag_verb: Callable[[str], bool],
    chars: list[str] | None,
) -> list[str] | None:
    """Hyphens that set off a speech tag inside an open quotation become rayas: the
    aside opens with a tag verb (``-subrayó``) and closes with a hyphen after a word."""
    for block in blocks:
        state = _Marks(text, block.start)
        for aside in _HYPHEN_ASIDE.finditer(text, block.start, block.end):
            if not state.open_at(aside.start()) or not is_tag_verb(aside.group(1)):
                continue
            if chars is None:
                chars = list(text)
            chars[aside.start() + 1] = "—"
            chars[aside.start(2)] = "—"
    return chars


class _Marks:
    """Whether a quotation is open at a position of a paragraph, read left to right once
    (positions asked in order): straight quotes by parity, «» and “” by the last seen."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.pos = text, start
        self.straight, self.guillemet, self.curly = 0, False, False

    def open_at(self, pos: int) -> bool:
        for mark in _QUOTE_MARK.finditer(self.text, self.pos, pos):
            char = mark.group()
            if char == '"':
                self.straight += 1
            elif char in "«»":
                self.guillemet = char == "«"
            else:
                self.curly = char == "“"
        self.pos = max(self.pos, pos)
        return self.straight % 2 == 1 or self.guillemet or self.curly


_QUOTE_MARK = re.compile('["«»“”]')


# an en dash or a bar next to a space and a word, never between figures ("2010–2015")
_INCISO = re.compile(r"(?<=\s)[–―](?=[^\W\d_])|(?<=[^\W\d_])[–―](?=[\s.,;:])")
