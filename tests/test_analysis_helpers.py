"""Small builders shared by the analysis tests: articles from inline strings."""

from __future__ import annotations

from typing import NamedTuple

from reader.analysis import analyze
from reader.core.model import Analysis, Article, BlockKind
from reader.core.text import compose


def article(*parts: str | tuple[BlockKind, str], language: str = "") -> Article:
    """An article whose blocks are the given paragraphs (or ``(kind, text)`` pairs)."""
    blocks = [("paragraph", p, 0) if isinstance(p, str) else (p[0], p[1], 1) for p in parts]
    text, spans = compose(blocks)
    return Article(path="inline.txt", title="t", text=text, blocks=spans, language=language)


def run(*parts: str | tuple[BlockKind, str], language: str | None = None) -> Analysis:
    """Analyse an inline article."""
    return analyze(article(*parts), language=language)


def labels(analysis: Analysis) -> dict[str, str]:
    """Entity text → label (last mention wins)."""
    return {e.text: e.label for e in analysis.entities}


def speaker_of(analysis: Analysis, needle: str) -> str | None:
    """The speaker name of the quotation containing ``needle``."""
    for quote in analysis.quotes:
        if needle in quote.text:
            return quote.speaker.name if quote.speaker else None
    raise AssertionError(f"no quotation contains {needle!r}: {[q.text for q in analysis.quotes]}")


def scored(*parts: str | tuple[BlockKind, str], language: str | None = None) -> list[Scored]:
    """Every body sentence of an inline article with its reasons (None: no claim at all, a
    question or a procedural sentence) and its learned probability, whatever the
    threshold and the half cap: the cues themselves, for tests of one class of cue."""
    from reader.analysis import pipeline
    from reader.analysis.claim_features import features
    from reader.analysis.claims import sentence_cues

    captured: list[tuple] = []
    original = pipeline.score_sentences

    def capture(*args):  # type: ignore[no-untyped-def]
        captured.append(args)
        return original(*args)

    pipeline.score_sentences = capture
    try:
        run(*parts, language=language)
    finally:
        pipeline.score_sentences = original
    text, lex = captured[0][0], captured[0][-1]
    weights = lex.claim_weights
    return [
        Scored(
            text[start:end],
            None if reasons is None else tuple(reasons),
            0.0 if reasons is None else weights.probability(features(reasons, hidden)),
            tuple(hidden),
        )
        for start, end, reasons, hidden in sentence_cues(*captured[0])
    ]


class Scored(NamedTuple):
    """One sentence as the check-worthiness scorer sees it."""

    text: str
    reasons: tuple[str, ...] | None
    probability: float
    hidden: tuple[str, ...] = ()  # the cues the user never sees (claim_features)
