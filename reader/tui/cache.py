"""The session's analysis cache: each article is analysed once per session.

Thread-safe because workers of several screens may ask for the same article at once;
a second caller waits for the first instead of analysing twice.
"""

from __future__ import annotations

import threading

from reader.core.model import Analysis, Article


class AnalysisCache:
    """Analyses keyed by (path, text hash), computed with ``reader.analysis.analyze``."""

    def __init__(self, language: str | None = None) -> None:
        self.language = language
        self._results: dict[tuple[str, str], Analysis] = {}
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._guard = threading.Lock()

    @staticmethod
    def key(article: Article) -> tuple[str, str]:
        return article.path, article.text_sha256

    def get(self, article: Article) -> Analysis | None:
        """The analysis if it is ready, without computing it."""
        return self._results.get(self.key(article))

    def compute(self, article: Article) -> Analysis:
        """The analysis, computed now if needed (call from a worker thread)."""
        key = self.key(article)
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            cached = self._results.get(key)
            if cached is None:
                from reader.analysis import analyze

                cached = analyze(article, language=self.language)
                self._results[key] = cached
            return cached
