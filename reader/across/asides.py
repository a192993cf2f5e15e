"""An aside dropped whole: a run of words on one side only that is a clause set off by
punctuation and opened by a relative word (``aside_openers.txt``: "which", "whose",
"donde", "cuyo") describes the subject; the claim is what both texts keep. A wire
rewrite trims such clauses ("The agency, which has spent a decade on the mission, will
launch a probe" / "The agency will launch a probe"), so the whole aside costs what one
word costs instead of one a word. Conflicts inside it (a negation, a figure the other text
contradicts) are judged before this (``decision.assess``)."""

from __future__ import annotations

from functools import cache

from reader.across.data_files import data_lines
from reader.across.normalise import Token

MIN_ASIDE = 3
"""Words from which a run is a clause (a relative word and two more)."""
MAX_ASIDE = 25
"""Words up to which a run can be an aside: a longer one is another passage, not a clause
describing the subject (and a hostile text cannot hide a page behind one comma)."""
ASIDE_COST = 1.0
"""What a dropped aside costs, whole."""


@cache
def aside_openers() -> frozenset[str]:
    """The relative words of ``aside_openers.txt``."""
    return frozenset(word for line in data_lines("aside_openers.txt") for word in line.split())


def dropped_aside(words: list[Token], ids: list[int]) -> bool:
    """Whether ``ids`` (consecutive positions of ``words``) are one aside: opened after
    punctuation by a relative word and closed by punctuation before the next word."""
    if not MIN_ASIDE <= len(ids) <= MAX_ASIDE or ids != list(range(ids[0], ids[-1] + 1)):
        return False
    first, after = ids[0], ids[-1] + 1
    return (words[first].clause_before and words[first].form in aside_openers()
            and after < len(words) and words[after].clause_before)
