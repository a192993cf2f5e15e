"""Small builders shared by the analysis tests: articles from inline strings."""

from __future__ import annotations

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
