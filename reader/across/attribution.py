"""Who said it: an attribution the shorter text has outside the shared stretch ("…, the
minister said on Tuesday", "Según el titular de Trabajo, …") is context another newsroom
moved, cut or reworded, not a part of the claim left out (``attribution_cues.txt``).

``compare.py`` measures how much of the shorter text the shared stretch covers; words
outside it lower the similarity, as a claim cut short should. An attribution is the
exception: ``attributed`` counts the words of an edge of the shorter text that hold an
attribution cue and no figure nor negation, up to ``MAX_WORDS`` of them.
"""

from __future__ import annotations

from functools import cache

from reader.across.data_files import data_lines
from reader.across.normalise import Token

MAX_WORDS = 14
"""An edge longer than this is more than an attribution (a clause of its own)."""


@cache
def cues() -> frozenset[str]:
    """The words of ``attribution_cues.txt``."""
    return frozenset(word for line in data_lines("attribution_cues.txt")
                     for word in line.split())


def attributed(words: list[Token], head_end: int, tail_start: int) -> int:
    """How many words of the head (``words[:head_end]``) and the tail
    (``words[tail_start:]``) are an attribution."""
    found = 0
    for edge in (words[:head_end], words[tail_start:]):
        if (0 < len(edge) <= MAX_WORDS and any(t.form in cues() for t in edge)
                and not any(t.key in ("number", "negation") for t in edge)):
            found += len(edge)
    return found
