"""Quotation spans: every mark style, nesting, and robustness to a stray mark.

Each block (paragraph) is scanned on its own with a stack of open marks, so an opener
that is never closed cannot swallow the rest of the article: at the end of its paragraph
it is dropped (or, when the next paragraph opens with the same mark, the newsroom
convention for a quotation running over several paragraphs, it closes there). Apostrophes
(``don't``, ``O'Brien``, ``players’``) never open or close a quotation. Only the
outermost quotations are reported; inner ones are part of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from reader.core.model import Block

_MARKS = re.compile("[\"'“”«»‹›„‘’]")
_PAIRS = {"“": "”", "„": "“”", "«": "»", "‹": "›", "‘": "’", '"': '"', "'": "'"}
_OPEN_BEFORE = set(" \n([{—–-/:;¿¡\"'“‘«‹„")


def _kind(text: str, pos: int, start: int, end: int, stack: list[tuple[str, int]]) -> str:
    """Classify the mark at ``pos``: ``open``, ``close``, ``either`` or ``none``."""
    mark = text[pos]
    prev = text[pos - 1] if pos > start else " "
    nxt = text[pos + 1] if pos + 1 < end else " "
    if mark in "«‹„":
        return "open"
    if mark in "»›”":
        return "close"
    if mark == "“":
        return "close" if stack and stack[-1][0] == "„" else "open"
    if mark in "’'":
        if prev.isalnum() and nxt.isalnum():
            return "none"  # don't, O'Brien, l’État
        opened = (
            any(m in "‘'" for m, _ in stack) if mark == "’" else any(m == "'" for m, _ in stack)
        )
        if opened and not prev.isspace():
            return "close"
        if mark == "'" and prev in _OPEN_BEFORE and nxt.isalnum():
            return "open"
        return "none"
    if mark == "‘":
        if prev.isalnum():
            return "none"
        return "open" if not nxt.isspace() else "none"
    # straight double quote
    can_open = prev in _OPEN_BEFORE and not nxt.isspace()
    can_close = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    if can_open and can_close:
        return "either"
    return "open" if can_open else "close" if can_close else "either"


_MAX_DEPTH = 6


def _matches(opener: str, closer: str) -> bool:
    return closer in _PAIRS.get(opener, "")


def scan_block(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Quotation pairs of one block, and the position of an unclosed opener at its start."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for match in _MARKS.finditer(text, start, end):
        pos = match.start()
        mark = match.group()
        kind = _kind(text, pos, start, end, stack)
        if kind == "none":
            continue
        if kind == "either":
            kind = "close" if any(m == mark for m, _ in stack) else "open"
        if kind == "open":
            stack.append((mark, pos))
            if len(stack) > _MAX_DEPTH:
                del stack[1]  # real nesting is shallow; keep the work linear on junk input
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if _matches(stack[depth][0], mark):
                if mark in "'’" and pos - stack[depth][1] <= 3:
                    del stack[depth:]  # rock 'n' roll: a clipped word, not a quotation
                    break
                pairs.append((stack[depth][1], pos + 1))
                del stack[depth:]
                break
    # an opener left open at the end of its block, at its start or after a space ('Diaz
    # said. "We are not …'): a quotation that may run on into the next paragraph
    opened = stack[0][1] if stack else -1
    dangling = opened if opened >= 0 and (opened == start or text[opened - 1] in " :") else None
    return pairs, dangling


def outermost(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop pairs that sit inside another pair."""
    kept: list[tuple[int, int]] = []
    for pair in sorted(pairs, key=lambda p: (p[0], -p[1])):
        if kept and pair[0] < kept[-1][1]:
            continue
        kept.append(pair)
    return kept


# a raya may be followed by a space ("— Ya veremos — contestó X —."), as some copy writes it
_RAYA_OPEN = re.compile(r"[ \t]*(—)[ \t]?(?=\S)")
# (after a sentence only unspaced: "N.D. — Eleven clinics" is a dateline's dash)
_RAYA_AFTER_SENTENCE = re.compile(
    r"[.!?:]\s+(—)(?=[^\W\d_¿¡«])|[.!?:]\s+(—)(?=[¿¡])"
    r"|[.!?][ \t]+(—) (?=[A-ZÁÉÍÓÚÑ¿¡][^—\n]*\s— ?[a-záéíóúñ])"  # "asiente. — Aquí … — se queja"
)
_INCISO = re.compile(r" — ?[^\W\d_]")


_LABEL = re.compile(r"[ \t]*([^\W\d_]+)\s?:[ \t]+(?=\S)")


# "Pregunta. ¿…?", "R. No.", "Respuesta.— Sí": the press's other ways to set a label off
_LABEL_STOP = re.compile(r"[ \t]*([^\W\d_]+)(\.[ \t]?[—–-]|\.|[ \t]?[—–])[ \t]*(?=\S)")
_INITIAL = re.compile(r"[^\W\d_]\.")  # "R. J. Smith": initials, no label


def _label_match(text: str, start: int, end: int, labels: frozenset[str]) -> re.Match[str] | None:
    """The label and its separator opening a paragraph: a colon, or a period or a dash
    (a one-letter label with a bare period only before a question or a sentence, never
    before another initial)."""
    first = start
    while first < end and text[first] in " \t":
        first += 1
    if text[first : first + 1] not in _initials(labels):
        return None  # most paragraphs: no label's letter opens them, neither pattern asked
    match = _LABEL.match(text, start, end)
    if match is not None and match.group(1) in labels:
        return match
    match = _LABEL_STOP.match(text, start, end)
    if match is None or match.group(1) not in labels:
        return None
    following = text[match.end() : match.end() + 2]
    capitals = following.isalpha() and following.isupper()
    initial = _INITIAL.match(text, match.end(), end) is not None or capitals
    if len(match.group(1)) == 1 and match.group(2) == "." and initial:
        return None  # "P. J. Harvey", "A. EEUU"
    return match


@lru_cache(maxsize=8)
def _initials(labels: frozenset[str]) -> frozenset[str]:
    """The first letters of the labels: what the first word of a labelled paragraph
    opens with (both patterns read the label from the paragraph's first letter)."""
    return frozenset(label[:1] for label in labels)


def interview_label(text: str, start: int, end: int, labels: frozenset[str]) -> str:
    """The Q&A label opening a paragraph ("Q", "Pregunta"), or ""."""
    match = _label_match(text, start, end, labels)
    return match.group(1) if match is not None else ""


def label_span(
    text: str, start: int, end: int, labels: frozenset[str]
) -> tuple[int, int] | None:
    """``Q: Is the eruption cycle over?``: the turn runs from after its label to the end
    of the paragraph."""
    if not interview_label(text, start, end, labels):
        return None
    begin = _label_match(text, start, end, labels).end()  # type: ignore[union-attr]
    stop = end
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    return (begin, stop) if stop > begin else None


def raya_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A dialogue paragraph opened by a raya (``—No vamos a permitirlo —dijo Fuentes—.
    Las cifras son claras.``): the speech runs from the raya to the end of the paragraph,
    except a narrator's aside that closes it (``—¿Y las ayudas? —preguntó un periodista.``).
    """
    if text.find("—", start, end) < 0:
        return None  # every pattern below needs a raya: most paragraphs have none
    opened = _RAYA_OPEN.match(text, start, end)
    if opened is None:  # "Su vecino asiente. —Aquí nadie vino …": a line after narration
        opened = _RAYA_AFTER_SENTENCE.search(text, start, end)
    if opened is None or text[start:end].lstrip().startswith("——"):
        return None
    begin = next(opened.start(g) for g in range(1, opened.re.groups + 1) if opened.group(g))
    stop = end
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    asides = list(_INCISO.finditer(text, begin + 1, stop))
    if asides:
        last = asides[-1]
        closing = text.find("—", last.end(), stop)
        tail = text[closing + 1 : stop] if closing >= 0 else ""
        if closing < 0 or not any(ch.isalnum() for ch in tail):
            stop = last.start()  # the aside ends the paragraph: it is no speech
    if stop - begin < 3:
        return None
    return begin, stop


def find_quote_spans(
    text: str,
    blocks: tuple[Block, ...],
    labels: frozenset[str] = frozenset(),
    voice: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """All outermost quotation spans of the article, marks included, in order; a
    paragraph opened by an interview label (``Q:``, ``R:``) is one span after it; with
    ``voice``, an unmarked paragraph that carries a raya answer on (``continued_turn``)
    is one span too."""
    spans: list[tuple[int, int]] = []
    reopened = False  # the paragraph before left a «…» open for this one to reopen with »
    for index, block in enumerate(blocks):
        if voice is not None:
            going_on = continued_turn(text, blocks, index, voice)
            if going_on is not None:
                spans.append(going_on)
                continue
        if reopened and text[block.start : block.start + 1] == "»":
            going_on, reopened = _reopened(text, blocks, index)
            spans.append(going_on)
            continue
        reopened = False
        pairs, dangling = scan_block(text, block.start, block.end)
        raya = raya_span(text, block.start, block.end) if block.kind == "paragraph" else None
        if raya is None:  # a short "Q: …?" line may have been read as a heading
            raya = label_span(text, block.start, block.end, labels)
        if raya is not None:
            pairs = [p for p in pairs if not raya[0] <= p[0] < raya[1]] + [raya]
        if dangling is not None and index + 1 < len(blocks):
            nxt = blocks[index + 1]
            mark = text[nxt.start : nxt.start + 1]
            if mark == text[dangling] or (mark == "»" and text[dangling] == "«"):
                pairs.append((dangling, block.end))
                reopened = mark == "»"  # Spanish copy reopens with »: «A … ¶ »B …»
        spans.extend(outermost(pairs))
    return spans


def _reopened(text: str, blocks: tuple[Block, ...], index: int) -> tuple[tuple[int, int], bool]:
    """``»No consta que …, y la compañía … debe cargar con las consecuencias».``: a
    paragraph that carries on a «quotation» opens with »; the quotation closes at the »
    that balances it, or runs to the paragraph's end when the next one reopens it too
    (the flag)."""
    block = blocks[index]
    depth = 1
    for match in _GUILLEMETS.finditer(text, block.start + 1, block.end):
        depth += 1 if match.group() == "«" else -1
        if depth == 0:
            return (block.start, match.end()), False
    stop = block.end
    while stop > block.start and text[stop - 1].isspace():
        stop -= 1
    following = blocks[index + 1].start if index + 1 < len(blocks) else -1
    return (block.start, stop), following >= 0 and text[following : following + 1] == "»"


_GUILLEMETS = re.compile("[«»]")


def continued_turn(
    text: str, blocks: tuple[Block, ...], index: int, voice: Callable[[int, int], bool]
) -> tuple[int, int] | None:
    """``—A la temperatura —explica X—. …`` ``El otro factor es el lago. … que medimos
    con sonar.``: in a raya interview, an unmarked paragraph right after an answer that
    speaks in the first person (or to the one asking: "te digo", "ustedes") carries the
    answer on, whatever follows it (wire copy opens only an answer's first paragraph with
    the raya). Narration speaks of the one interviewed in the third person, and a
    paragraph with a turn of its own inside ("Su vecino asiente. —Aquí …") is none. The
    answer may quote someone ("Mi vecino siempre dice: “…”"): ``voice`` reads it without
    the quoted words."""
    if not 0 < index < len(blocks) or blocks[index].kind != "paragraph":
        return None
    block, before = blocks[index], blocks[index - 1]
    if text[block.start : block.end].lstrip()[:1] in "—–-«“\"'‘„‹":
        return None
    if _MARKS.search(text, block.start, block.end) and scan_block(text, block.start, block.end)[1]:
        return None  # a mark left open: a quotation runs on, no answer does
    answer = raya_span(text, before.start, before.end) if before.kind == "paragraph" else None
    if answer is None or text[answer[1] - 1] == "?" or text[before.start : answer[0]].strip():
        return None
    if "—" in text[block.start : block.end]:
        return None  # "Su vecino X asiente. —Aquí nadie …": a turn of its own starts inside
    if not voice(block.start, block.end):
        return None
    stop = block.end
    while stop > block.start and text[stop - 1].isspace():
        stop -= 1
    return block.start, stop
