"""The half cap: at most half of an article's body sentences are check-worthy candidates.

Issue 10 found candidates too generous (19 of 26 sentences in one English sample); the cap
is a guarantee, not a statistic, so no rule may lift it for a kind of article.
"""

from __future__ import annotations

from reader.core.model import Claim

# The cues that pass the half cap first: a figure, a sourced fact, a wire story's lead
# (the first sentence of a datelined story states the news: 96 % of them are marked in
# the development gold, as often as a narrated percentage).
_STRONG = frozenset(
    ["percentage", "money", "figure", "quoted-percentage", "reported-fact", "lead"]
)
_CAP_FROM = 2  # a one-sentence brief is what it is


def at_most_half(claims: list[Claim], scored: int) -> tuple[Claim, ...]:
    """Candidates guide the eye: when more than half of an article's ``scored`` body
    sentences (questions and procedural ones included: half of what the reader reads)
    pass, only half are kept (in text order): sentences with a figure (a percentage, an
    amount of money, a count; a quoted percentage too), a sourced fact ("según el
    atestado, …") or a wire story's lead first, then the better scored. A brief of
    fewer than ``_CAP_FROM`` sentences may be all facts and is left alone."""
    limit = max(1, scored // 2)
    if len(claims) <= limit or scored < _CAP_FROM:
        return tuple(claims)
    strong = [c for c in claims if _STRONG.intersection(c.reasons)]
    others = sorted(
        (c for c in claims if not _STRONG.intersection(c.reasons)),
        key=lambda c: (-c.score, c.start),
    )
    ranked = sorted(strong, key=lambda c: (-c.score, c.start)) + others
    kept = ranked[:limit]
    return tuple(sorted(kept, key=lambda c: c.start))
