"""Language detection for Spanish and English by the share of each language's grammar words.

Grammar words (articles, prepositions, pronouns) make up a large, stable share of any
running text, so counting them on the first few thousand characters is enough, fast and
needs no model. Anything that is clearly neither falls back to the declared language.
"""

from __future__ import annotations

import re

from reader.analysis.wordlist import words

SUPPORTED = ("es", "en")
_WORD = re.compile(r"[^\W\d_]+")
_MARKERS = {
    "es": frozenset(
        words(
            """
        de la que el en y los del se las por un para con una su al lo como más pero sus
        le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay
        donde quien desde todo nos durante todos uno les ni contra otros ese eso ante
        ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos
        mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros es
        son fue según
        """
        )
    ),
    "en": frozenset(
        words(
            """
        the of and to in a is that for it as was with be by on not he i this are or his
        from at which but have an they you were her she there been their has would will
        we can all if no so said its who more about up when than them into could other
        these some him only also after what over most most did should
        """
        )
    ),
}
_SAMPLE_CHARS = 6000


def detect_language(text: str, declared: str = "") -> str:
    """Return ``es`` or ``en`` when the text says so clearly, else the declared language."""
    counts = dict.fromkeys(SUPPORTED, 0)
    total = 0
    for match in _WORD.finditer(text, 0, _SAMPLE_CHARS):
        word = match.group().lower()
        total += 1
        for code in SUPPORTED:
            if word in _MARKERS[code]:
                counts[code] += 1
    declared = (declared or "").strip().lower().split("-")[0].split("_")[0]
    best = max(SUPPORTED, key=lambda code: counts[code])
    if total >= 5 and counts[best] >= 0.15 * total and counts[best] > 1.5 * min(counts.values()):
        return best
    return declared or (best if counts[best] else "und")


def rules_language(language: str) -> str:
    """The language whose word lists the rules use: Spanish rules suit other Romance text."""
    return (
        "en" if language == "en" else "es" if language in ("es", "pt", "it", "ca", "gl") else "en"
    )
