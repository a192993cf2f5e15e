"""The analysis as the JSON object of the ``claimdesk analyze --json`` contract."""

from __future__ import annotations

from typing import Any

from reader.core.model import Analysis, Article, Speaker


def _speaker(speaker: Speaker | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    return {"start": speaker.start, "end": speaker.end, "text": speaker.text, "name": speaker.name}


def analysis_to_json(article: Article, analysis: Analysis) -> dict[str, Any]:
    """One article and its analysis; offsets are code points into ``text``."""
    return {
        "path": article.path,
        "title": article.title,
        "language": analysis.language,
        "backend": analysis.backend,
        "text": article.text,
        "sentences": [[start, end] for start, end in analysis.sentences],
        "entities": [
            {
                "start": e.start,
                "end": e.end,
                "label": e.label,
                "text": e.text,
                "canonical": e.canonical,
            }
            for e in analysis.entities
        ],
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "speaker": _speaker(q.speaker),
                "is_speech": q.is_speech,
            }
            for q in analysis.quotes
        ],
        "claims": [
            {"start": c.start, "end": c.end, "score": c.score, "reasons": list(c.reasons)}
            for c in analysis.claims
        ],
    }
