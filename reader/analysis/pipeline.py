"""``analyze``: run every analyser over one article and return a frozen ``Analysis``."""

from __future__ import annotations

import bisect
import re

from reader.analysis.claims import score_sentences
from reader.analysis.entities import find_mentions
from reader.analysis.language import detect_language, rules_language
from reader.analysis.lexicon import Lexicon, lexicon
from reader.analysis.linking import consolidate
from reader.analysis.quotes import find_quote_spans
from reader.analysis.sentences import article_blocks, split_sentences
from reader.analysis.speakers import Context, attribute
from reader.analysis.wordlist import words
from reader.core.model import Analysis, Article, Block, Entity, Quote

_WORD = re.compile(r"[^\W\d_]+")
_CAPTION = re.compile(r"\((?:Foto|Fotos|Imagen|Photo|Photos|Image|Picture|Vídeo|Video)\s*:", re.I)
_CAPTION_START = re.compile(
    r"^(?:Foto|Fotografía|Imagen|Photo|Image|Picture|Pie de foto)\s*:", re.I
)


class AnalysisError(Exception):
    """The analysis cannot run as asked (for example, an absent spaCy model)."""


def analyze(article: Article, language: str | None = None, backend: str = "builtin") -> Analysis:
    """Analyse ``article``; ``language`` overrides detection; ``backend`` picks the recogniser."""
    text = article.text
    code = language or detect_language(text, article.language)
    lex = lexicon(rules_language(code))
    blocks = article_blocks(article)
    sentences = split_sentences(article)
    if backend == "builtin":
        entities = consolidate(text, find_mentions(text, sentences, lex), lex.keywords)
        backend_name = "builtin"
    elif backend.startswith("spacy:"):
        from reader.analysis.spacy_backend import spacy_entities

        entities, backend_name = spacy_entities(article, sentences, lex, backend[6:])
    else:
        raise AnalysisError(f"unknown backend {backend!r} (use builtin or spacy:MODEL)")
    quotes = _quotes(text, blocks, sentences, entities, lex)
    entities = quoted_titles(text, entities, quotes)
    excluded = [(b.start, b.end) for b in blocks if _not_claimable(text, b)]
    claims = score_sentences(
        text, sentences, excluded, entities, [(q.start, q.end) for q in quotes], lex
    )
    return Analysis(code, backend_name, sentences, entities, quotes, claims)


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
        titles.append(Entity(inner_start, inner_end, "MISC", name, name))
    if not titles:
        return entities
    kept = [e for e in entities if not any(t.start <= e.start < t.end for t in titles)]
    return tuple(sorted(kept + titles, key=lambda e: (e.start, e.end)))


def _not_claimable(text: str, block: Block) -> bool:
    """Headings and captions, including paragraphs that are really one of them."""
    if block.kind != "paragraph":
        return True
    body = text[block.start : block.end]
    if _CAPTION.search(body) or _CAPTION_START.match(body):
        return True
    return looks_like_heading(body)


def looks_like_heading(body: str) -> bool:
    """A short line with no final punctuation, as plain-text sources write sub-headings."""
    stripped = body.rstrip()
    return len(_WORD.findall(stripped)) <= 14 and not stripped.endswith(
        (".", "!", "?", "…", ":", ";", ",", "»", "”", '"', ")")
    )


_CONTEXT = 600  # characters of a sentence the speaker rules look at around a quotation


def _clipped(span: tuple[int, int], pos: int) -> tuple[int, int]:
    """A sentence span cut to a window around ``pos``: run-on junk stays linear."""
    return max(span[0], pos - _CONTEXT), min(span[1], pos + _CONTEXT)


def _span_index(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    index = bisect.bisect_right(spans, (pos, 10**12)) - 1
    return spans[max(index, 0)] if spans else (0, 0)


def _quotes(
    text: str,
    blocks: tuple[Block, ...],
    sentences: tuple[tuple[int, int], ...],
    entities: tuple[Entity, ...],
    lex: Lexicon,
) -> tuple[Quote, ...]:
    spans = find_quote_spans(text, blocks)
    sentence_list = list(sentences)
    block_list = [(b.start, b.end) for b in blocks]
    ctx = Context(
        text=text,
        lex=lex,
        entities=entities,
        entity_starts=[e.start for e in entities],
        quotes=spans,
        sentence_of={s: _clipped(_span_index(sentence_list, s), s) for s, _ in spans},
        block_of={s: _span_index(block_list, s) for s, _ in spans},
        headings=frozenset((b.start, b.end) for b in blocks if b.kind == "heading"),
        sentence_starts=[s for s, _ in sentences],
        sentence_ends=[e for _, e in sentences],
    )
    speech = [is_speech(text, s, e, ctx.sentence_of[s], lex) for s, e in spans]
    speakers = attribute(ctx, spans, speech)
    return tuple(
        Quote(start, end, text[start:end], speaker, flag)
        for (start, end), speaker, flag in zip(spans, speakers, speech, strict=True)
    )


_OF = frozenset(["del", "al"])

# Nouns that announce the title of a work or the name of a ship, an operation, a
# campaign: what follows in quotation marks is a name, not something someone said.
TITLE_NOUNS = frozenset(
    words(
        """
        novela novelas libro libros relato relatos cuento cuentos poemario poema poemas
        ensayo película películas filme documental serie series obra obras canción
        canciones disco álbum tema programa espectáculo exposición muestra ópera
        buque barco crucero yate nave fragata operación campaña proyecto plan titulado
        titulada titulados tituladas bautizado bautizada llamado llamada denominado
        denominada lema eslogan apodo alias sección columna editorial
        novel novels book books story stories memoir poem poems essay film films movie
        movies documentary series show play plays song songs album track opera exhibition
        ship vessel boat yacht cruise operation campaign project titled entitled named
        dubbed nicknamed slogan motto column podcast
        """
    )
)


def _after_title_noun(before: list[str], lex: Lexicon) -> bool:
    """``la novela «…»``, ``the film "…"``, ``libros de relatos «…»``, ``premiada por «…»``."""
    tail = [w.lower() for w in before[-3:]]
    while tail and (tail[-1] in lex.determiners or tail[-1] in ("de", "of")):
        tail.pop()
    return bool(tail) and (tail[-1] in TITLE_NOUNS or before[-1].lower() in ("por", "by"))


def is_speech(text: str, start: int, end: int, sentence: tuple[int, int], lex: Lexicon) -> bool:
    """Reported speech, or a quoted term, title or scare quote (short, no cue)?"""
    words = _WORD.findall(text, start, end)
    before = _WORD.findall(text, sentence[0], start)
    if before and words and words[0][0].isupper() and _after_title_noun(before, lex):
        after = _WORD.findall(text, end, min(len(text), end + 30))
        if not (text[end - 2 : end - 1] == "," and after and lex.is_reporting(after[0])):
            return False  # a title: "la novela «Cuando …»", "the film "Night …""
    if len(words) >= 4:
        return True
    if before and (before[-1].lower() in lex.determiners or before[-1].lower() in _OF):
        return False  # "como una “amenaza”", "la trama del ‘caso X’"
    if (
        before
        and words
        and words[0][0].isupper()
        and all(w[0].isupper() or len(w) < 4 for w in words)
    ):
        return False  # a quoted name or title: "la Escuela ‘El Blauet’"
    if text[max(sentence[0], start - 3) : start].rstrip().endswith(":"):
        return True
    after = _WORD.findall(text, end, min(len(text), end + 40))
    if after and lex.is_reporting(after[0]) and text[end : end + 2].startswith((",", " ")):
        return text[end : end + 1] == "," or len(words) > 1
    tagged = text[end - 2 : end - 1] == "," or text[end : end + 1] == ","
    if tagged and any(lex.is_reporting(w) for w in after[:4]):
        return True  # a short quotation tagged ", he added" is speech
    if start <= sentence[0] + 1 and text[end - 2 : end - 1] in ".!?":
        return True
    if start <= sentence[0] + 1 and text[end : end + 1] in ".!?" and len(words) > 1:
        return True  # «No aceptaremos chantajes». : a whole sentence in quotation marks
    return any(lex.is_reporting(w) for w in before)
