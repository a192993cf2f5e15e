"""The analysis behind the highlights: sentences, entities, quotations, claims.

``analyze(article)`` is pure and thread-safe: it reads the article and returns a frozen
``Analysis``. The built-in backend needs no download; ``backend="spacy:MODEL"`` uses a
spaCy pipeline the user installed, with the same post-processing.
"""

from __future__ import annotations

from reader.analysis.pipeline import AnalysisError, analyze

__all__ = ["AnalysisError", "analyze"]
