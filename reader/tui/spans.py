"""Turn an article and its analysis into styled spans for the ArticleView.

A span names a component class suffix (``entity-per``, ``quote`` ...) of the view; the
view decides what each looks like from the theme. Each span belongs to a layer that the
reader can switch off.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from reader.core.annotation import Annotation, annotations
from reader.core.model import Analysis, Article
from reader.core.verdicts import VERDICTS, verdict_class


class Span(NamedTuple):
    """A styled stretch of the text: offsets in code points, end exclusive."""

    start: int
    end: int
    kind: str


LAYERS: dict[str, str] = {
    "entity-per": "entities",
    "entity-org": "entities",
    "entity-loc": "entities",
    "entity-misc": "entities",
    "quote": "quotes",
    "term": "quotes",
    "speaker": "quotes",
    "claim": "claims",
}
"""Which toggleable layer a span kind belongs to; kinds not listed are always shown."""

VERDICT_KINDS: tuple[str, ...] = tuple(verdict.component_class for verdict in VERDICTS)
"""One span kind per verdict (``verdict-false`` ...): annotated spans, coloured by verdict."""

PRIORITY: tuple[str, ...] = (
    "caption", "heading", "claim", "checked", *VERDICT_KINDS, "quote", "term", "speaker",
    "entity-misc", "entity-loc", "entity-org", "entity-per", "cursor", "selection",
    "match", "match-current",
)
"""Order in which styles are laid on top of each other (later wins)."""


def block_spans(article: Article) -> list[Span]:
    """Headings and captions, which need no analysis."""
    return [
        Span(block.start, block.end, block.kind)
        for block in article.blocks
        if block.kind in ("heading", "caption")
    ]


def analysis_spans(analysis: Analysis) -> list[Span]:
    """Entities, quotations, speakers and claim candidates."""
    spans = [Span(e.start, e.end, "entity-" + e.label.lower()) for e in analysis.entities]
    for quote in analysis.quotes:
        # Every quotation gets the quote style; a quoted term (not speech) is also dimmed.
        spans.append(Span(quote.start, quote.end, "quote"))
        if not quote.is_speech:
            spans.append(Span(quote.start, quote.end, "term"))
        if quote.speaker is not None and quote.speaker.end > quote.speaker.start:
            spans.append(Span(quote.speaker.start, quote.speaker.end, "speaker"))
    spans.extend(Span(c.start, c.end, "claim") for c in analysis.claims)
    return spans


def article_spans(article: Article, analysis: Analysis | None) -> list[Span]:
    """Every span for an article; only structure while the analysis is not ready."""
    spans = block_spans(article)
    if analysis is not None:
        spans.extend(analysis_spans(analysis))
    return [span for span in spans if 0 <= span.start < span.end <= len(article.text)]


def annotation_spans(
    records: Iterable[Mapping[str, Any] | Annotation], length: int
) -> list[Span]:
    """Annotated spans by verdict; orphans are left out (their offsets mean nothing now)."""
    spans = []
    for annotation in annotations(records):
        if annotation.is_orphan:
            continue
        start, end = annotation.span
        if 0 <= start < end <= length:
            spans.append(Span(start, end, verdict_class(annotation.verdict)))
    return spans
