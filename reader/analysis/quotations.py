"""The quotation stage: spans, speech or term, speakers, and quoted titles as names.

Quotation spans come from ``quotes``, their kind from ``quote_kind``, their speakers from
``speakers``; this module builds the context those rules share and turns a capitalised
quotation that is no speech into a MISC entity (a work, a ship, an operation).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from reader.analysis.dashes import dialogue_view
from reader.analysis.lexicon import Lexicon
from reader.analysis.orgs import KNOWN_ORGS
from reader.analysis.phrase_search import spaced
from reader.analysis.quote_kind import is_speech
from reader.analysis.quotes import find_quote_spans, interview_label, outermost, scan_block
from reader.analysis.speakers import Context, attribute
from reader.analysis.transcript_turns import transcript_turns
from reader.analysis.turn_quotes import turn_quote_speaker, turn_spans
from reader.core.model import Block, Entity, Quote, Speaker

_WORD = re.compile(r"[^\W\d_]+")


_CONTEXT = 600  # characters of a sentence the speaker rules look at around a quotation


def _clipped(span: tuple[int, int], pos: int) -> tuple[int, int]:
    """A sentence span cut to a window around ``pos``: run-on junk stays linear."""
    return max(span[0], pos - _CONTEXT), min(span[1], pos + _CONTEXT)


def _span_index(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    index = bisect.bisect_right(spans, (pos, 10**12)) - 1
    return spans[max(index, 0)] if spans else (0, 0)


def find_quotes(
    text: str,
    blocks: tuple[Block, ...],
    sentences: tuple[tuple[int, int], ...],
    entities: tuple[Entity, ...],
    lex: Lexicon,
) -> tuple[Quote, ...]:
    labels = lex.question_labels | lex.answer_labels
    shown = text  # quotation texts come from the article's own characters
    text = dialogue_view(text, blocks, lex.is_tag_verb)  # "–Ya veremos –contestó X–.": rayas
    spans = find_quote_spans(text, blocks, labels, _answer_voice(text, lex, entities))
    turns = dict(transcript_turns(text, blocks, entities))  # "DC Whitlock: Did you …?"
    if turns:
        spans = sorted([s for s in spans if not any(a <= s[0] < b for a, b in turns)] + list(turns))
    inner = turn_spans(text, spans)  # "—Mi madre decía: “…”.": a third voice in a turn
    sentence_list = list(sentences)
    block_list = [(b.start, b.end) for b in blocks]
    entities = tuple(  # never a voice
        e for e in entities if not (_byline(text, e) or _credited(text, e, lex))
    )
    ctx = Context(
        text=text,
        lex=lex,
        entities=entities,
        entity_starts=[e.start for e in entities],
        quotes=spans,
        sentence_of={s: _clipped(_span_index(sentence_list, s), s) for s, _ in spans + inner},
        block_of={s: _span_index(block_list, s) for s, _ in spans + inner},
        headings=frozenset((b.start, b.end) for b in blocks if b.kind == "heading"),
        sentence_starts=[s for s, _ in sentences],
        sentence_ends=[e for _, e in sentences],
    )
    speech = [
        is_speech(text, s, e, ctx.sentence_of[s], lex)
        or _labelled(text, s, ctx, labels)
        or (s, e) in turns
        for s, e in spans
    ]
    speakers = [
        turns.get(span, speaker)
        for span, speaker in zip(spans, attribute(ctx, spans, speech), strict=True)
    ]
    quotes = [
        Quote(start, end, shown[start:end], speaker, flag)
        for (start, end), speaker, flag in zip(spans, speakers, speech, strict=True)
    ]
    if inner:
        quotes += _inner_quotes(ctx, shown, inner, quotes)
        quotes.sort(key=lambda q: (q.start, -q.end))
    return tuple(quotes)


def _inner_quotes(
    ctx: Context, shown: str, inner: list[tuple[int, int]], turns: list[Quote]
) -> list[Quote]:
    """The quotations nested in dialogue turns, each with its own kind and speaker: read
    with the turns that hold them taken as narration, the cues inside a turn count."""
    starts = [q.start for q in turns]
    holders = [turns[bisect.bisect_right(starts, start) - 1] for start, _ in inner]
    held = {(h.start, h.end) for h in holders}
    quotes = sorted([s for s in ctx.quotes if s not in held] + inner)
    ctx = replace(ctx, quotes=quotes, subjects={})  # read with other quotations
    found = []
    for (start, end), holder in zip(inner, holders, strict=True):
        flag = is_speech(ctx.text, start, end, ctx.sentence_of[start], ctx.lex)
        answer = _answer_to(turns, holder)
        speaker = turn_quote_speaker(ctx, start, end, holder.speaker, answer) if flag else None
        found.append(Quote(start, end, shown[start:end], speaker, flag))
    return found


def _answer_to(turns: list[Quote], holder: Quote) -> Speaker | None:
    """The voice of the turn right after ``holder`` when it is another voice: the one the
    holder's words were put to."""
    index = turns.index(holder)
    if index + 1 >= len(turns) or holder.speaker is None:
        return None
    following = turns[index + 1].speaker
    return following if following is not None and following.name != holder.speaker.name else None


_BYLINE_LONGEST = 120  # characters of a byline paragraph: "Iria Fontán. Colpisa. VIGO"


def _byline(text: str, entity: Entity) -> bool:
    """``Iria Fontán. Colpisa. VIGO``: a person's name opening a short paragraph as a
    sentence of its own, then an outlet or a place in capitals, is who wrote the piece,
    never whom it quotes ("Mercedes Alcaraz. Librera." heads an interview: no outlet);
    so is a name in capitals alone on its line (``SONIA XILOJ TZOC``)."""
    if entity.label == "PER" and _signature(text, entity):
        return True
    if entity.label != "PER" or text[entity.end : entity.end + 1] != ".":
        return False
    opening = text.rfind("\n", 0, entity.start) + 1
    if text[opening : entity.start].strip():
        return False
    closing = text.find("\n", entity.end)
    rest = text[entity.end : closing if closing >= 0 else len(text)]
    if entity.end - opening + len(rest) > _BYLINE_LONGEST:
        return False
    return any(
        word in KNOWN_ORGS or (word.isupper() and len(word) > 2) for word in _WORD.findall(rest)
    )


def _signature(text: str, entity: Entity) -> bool:
    """``NEREA OLABARRIETA`` then ``Bilbao``: a name of two or more words set in
    capitals and filling its own line is the piece's signature, the way papers print
    it; a name heading an interview comes in ordinary case or with the role after it."""
    if not entity.text.isupper():
        return False  # most names: no line is sliced
    line_start = text.rfind("\n", 0, entity.start) + 1
    line_end = text.find("\n", entity.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = _WORD.findall(entity.text)
    return line.strip() == entity.text and len(words) > 1 and entity.text.isupper()


_CREDIT_OPENING = re.compile(r"(?:^|[.:|]\s+)([^\W\d_]+)\s+$", re.M)


def _credited(text: str, entity: Entity, lex: Lexicon) -> bool:
    """``PUNTA DEL ESTE (Uruguay). Por Florencia Viera``, ``By Jane Doe``: a person's name
    closing a short paragraph right after a byline preposition opening its sentence is
    who wrote the piece, never the one an interview questions nor a voice it quotes."""
    if entity.label != "PER":
        return False
    if text[entity.end : entity.end + 1] not in ("", "\n", " ", "."):
        return False  # most names: a word follows, no paragraph's rest is sliced
    closing = text.find("\n", entity.end)
    if text[entity.end : closing if closing >= 0 else len(text)].strip(" ."):
        return False
    opening = text.rfind("\n", 0, entity.start) + 1
    if entity.end - opening > _BYLINE_LONGEST:
        return False
    credit = _CREDIT_OPENING.search(text, opening, entity.start)
    return credit is not None and credit.group(1).lower() in lex.byline_words


_PAUSE_LONGEST = 60  # characters of a stage direction between turns ("La alcaldesa se ríe.")


def _answer_voice(
    text: str, lex: Lexicon, entities: tuple[Entity, ...]
) -> Callable[[int, int], bool]:
    """Whether an unmarked paragraph right after a raya answer goes on with it: it speaks
    in the first person or to the one asking, or it is plain talk that names nobody,
    cites no source and reports nothing ("Bajantes hubo antes, y la de 2021 fue peor"),
    as narration between turns does; a short stage direction ("La alcaldesa se ríe.") or
    a line that introduces the next turn ("… para cerrar el turno:") is narration."""
    speaks = _first_person(lex)
    starts = [e.start for e in entities]

    def going_on(start: int, end: int) -> bool:
        body = _unquoted(text, start, end).strip()
        if speaks(body):
            return True
        if len(body) < _PAUSE_LONGEST or body.endswith(":"):
            return False
        inside = entities[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        if any(e.label in ("PER", "ORG") for e in inside):
            return False
        words = _WORD.findall(body)
        lowered = " " + " ".join(w.lower() for w in words) + " "
        if spaced(lex.according).search(lowered) is not None:
            return False  # "Según los datos del ministerio, …": narration citing a source
        return not any(lex.is_reporting(w) for w in words)

    return going_on


def _unquoted(text: str, start: int, end: int) -> str:
    """The paragraph with the words inside its quotation marks left out: whose voice an
    answer's paragraph is in is told by its own words, not by those it quotes."""
    pairs = outermost(scan_block(text, start, end)[0])
    if not pairs:
        return text[start:end]
    kept, cursor = [], start
    for opened, closed in pairs:
        kept.append(text[cursor:opened])
        cursor = closed
    return " ".join(kept) + text[cursor:end]


def _first_person(lex: Lexicon) -> Callable[[str], bool]:
    """Whether a paragraph speaks in the first person: a listed word ("yo", "nuestro")
    or a verb with a first-person ending ("medimos", "esperamos", "teníamos") that no
    determiner or preposition governs ("los préstamos", "de mínimos" are nouns)."""
    endings = sorted(lex.first_person_endings, key=len, reverse=True)
    governors = lex.determiners | lex.articles | lex.prepositions

    def verb(word: str) -> bool:
        """A first-person ending, with no accent before it ("mínimos", "préstamos" are
        no verbs; "estábamos" carries its accent in the ending)."""
        ending = next((e for e in endings if word.endswith(e)), "")
        stem = word[: -len(ending)] if ending else ""
        return len(stem) > 0 and not any(ch in _ACCENTED for ch in stem)

    def speaks(paragraph: str) -> bool:
        previous = ""
        for match in _WORD.finditer(paragraph):
            word = match.group()
            lower = word.lower()
            if lower in lex.first_person_words:
                return True
            if word.islower() and previous not in governors and verb(lower):
                return True
            if _opening_verb(paragraph, match) and verb(lower):
                return True  # "Estamos en contacto con la Junta …"
            previous = lower
        return False

    return speaks


_ACCENTED = frozenset("áéíóú")


def _opening_verb(paragraph: str, match: re.Match[str]) -> bool:
    """A capitalised word opening a sentence of the paragraph, with more than one letter
    before a first-person ending ("Estamos", "Tenemos"; not "Ramos", "Lemos", names)."""
    word = match.group()
    if len(word) < 7 or not word[0].isupper() or not word[1:].islower():
        return False
    pos = match.start() - 1
    while pos >= 0 and paragraph[pos].isspace():
        pos -= 1
    return pos < 0 or paragraph[pos] in ".!?:"


def marked_spans(text: str, quotes: tuple[Quote, ...]) -> list[tuple[int, int]]:
    """The quotations set off by marks or a raya; a Q&A turn (``A: No. The ground …``)
    is the article's own text in the interviewee's voice, weighed as narration by the
    check-worthy rules. A quotation nested in a turn is part of the turn's span."""
    spans: list[tuple[int, int]] = []
    for quote in quotes:
        if not text[quote.start].isalnum() and not (spans and quote.start < spans[-1][1]):
            spans.append((quote.start, quote.end))
    return spans


def _labelled(text: str, start: int, ctx: Context, labels: frozenset[str]) -> bool:
    """A Q&A turn: speech, whatever its length."""
    block_start, block_end = ctx.block_of[start]
    return block_start < start and bool(interview_label(text, block_start, block_end, labels))


_TITLE_TRIM = " \t,.;:"


def quoted_titles(
    text: str, entities: tuple[Entity, ...], quotes: tuple[Quote, ...]
) -> tuple[Entity, ...]:
    """A capitalised quotation that is no speech names a work, a ship, an operation:
    one MISC entity over the words inside the marks ("la novela «Cuando el río …»")."""
    titles: list[Entity] = []
    for quote in quotes:
        inner_start, inner_end = quote.start + 1, quote.end - 1
        while inner_start < inner_end and text[inner_start] in _TITLE_TRIM:
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1] in _TITLE_TRIM:
            inner_end -= 1
        if quote.is_speech or inner_end - inner_start < 2 or not text[inner_start].isupper():
            continue
        if len(_WORD.findall(text, inner_start, inner_end)) > 12:
            continue
        name = text[inner_start:inner_end]
        if _CLAUSES.search(name):
            continue  # "No farms, no food": a slogan of clauses, no work's title
        titles.append(Entity(inner_start, inner_end, "MISC", name, name))
    if not titles:
        return entities
    titles.sort(key=lambda t: t.start)
    starts = [t.start for t in titles]
    kept = [e for e in entities if not _inside_title(e.start, starts, titles)]
    return tuple(sorted(kept + titles, key=lambda e: (e.start, e.end)))


_CLAUSES = re.compile(r", [^\W\d_A-ZÀ-Þ]")  # a comma, then a lower-case word


def _inside_title(position: int, starts: list[int], titles: list[Entity]) -> bool:
    """Whether ``position`` falls in one of the (disjoint, sorted) titles: a bisection,
    so a page of thousands of quoted titles stays linear."""
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < titles[index].end
