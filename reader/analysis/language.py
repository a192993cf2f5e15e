"""Language detection by the share of each language's grammar words (its ``markers`` list).

Grammar words (articles, prepositions, pronouns) make up a large, stable share of any
running text, so counting them on the first few thousand characters is enough, fast and
needs no model. Anything that is clearly neither falls back to the declared language.
"""

from __future__ import annotations

import re

from reader.analysis.letters import LETTER
from reader.analysis.lexicon import flags, languages, lexicon

_WORD = re.compile(LETTER + "+")
_SAMPLE_CHARS = 6000


def detect_language(text: str, declared: str = "") -> str:
    """Return ``es`` or ``en`` when the text says so clearly, else the declared language."""
    supported = languages()
    markers = {code: lexicon(code).markers for code in supported}
    words = [word.lower() for word in _WORD.findall(text, 0, _SAMPLE_CHARS)]
    total = len(words)
    # one pass per language, counted in C (this runs on every article)
    counts = {code: sum(map(markers[code].__contains__, words)) for code in supported}
    declared = (declared or "").strip().lower().split("-")[0].split("_")[0]
    best = max(supported, key=lambda code: counts[code])
    if total >= 5 and counts[best] >= 0.15 * total and counts[best] > 1.5 * min(counts.values()):
        return best
    return declared or (best if counts[best] else "und")


def rules_language(language: str) -> str:
    """The language whose lexicon the rules use: its own, one whose ``also_for`` flag
    names it (Spanish rules suit other Romance text), else the fallback lexicon."""
    supported = languages()
    if language in supported:
        return language
    for code in supported:
        if language in flags(code)["also_for"]:  # type: ignore[operator]
            return code
    return next(code for code in supported if flags(code)["fallback"])
