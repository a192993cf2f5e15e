"""What of an article is indexed: its quotations (speech) and its check-worthy sentences,
plus the entities it mentions (for the Entities screen)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.model import Analysis

QUOTE_MARKS = "\"'«»“”„‟‘’‚‛‹›「」『』"


@dataclass(frozen=True, slots=True)
class Passage:
    """One indexed span of an article's canonical text."""

    kind: str  # "quote" or "claim"
    start: int
    end: int
    text: str
    speaker: str = ""


def inner(text: str, start: int, end: int) -> tuple[int, int]:
    """A quotation's span without its marks (and the spaces just inside them)."""
    while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in QUOTE_MARKS or text[end - 1].isspace()):
        end -= 1
    return start, end


def passages(text: str, analysis: Analysis) -> list[Passage]:
    """The quotations that are speech (marks dropped) and the claim sentences."""
    return [Passage(*row) for row in passage_rows(text, analysis)]


def passage_rows(text: str, analysis: Analysis) -> list[tuple[str, int, int, str, str]]:
    """``passages`` as plain (kind, start, end, text, speaker) tuples: the indexer makes
    a dozen an article, and a frozen dataclass costs several times a tuple to build."""
    result: list[tuple[str, int, int, str, str]] = []
    for quote in analysis.quotes:
        if not quote.is_speech:
            continue
        start, end = inner(text, quote.start, quote.end)
        if end > start:
            speaker = quote.speaker.name if quote.speaker else ""
            result.append(("quote", start, end, text[start:end], speaker))
    for claim in analysis.claims:
        result.append(("claim", claim.start, claim.end, text[claim.start:claim.end], ""))
    return result


def entity_counts(analysis: Analysis) -> dict[tuple[str, str], int]:
    """(canonical name, label) → mentions in the article (a plain dict: a ``Counter``
    costs a Python call to make, which the indexer paid for every article)."""
    counts: dict[tuple[str, str], int] = {}
    for entity in analysis.entities:
        key = (entity.canonical or entity.text, entity.label)
        counts[key] = counts.get(key, 0) + 1
    return counts
