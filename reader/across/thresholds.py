"""Every number that decides "the same quotation" or "the same claim", in one place.

Tuned on ``tests/across/quality_dev*.jsonl`` only; ``quality_sealed.jsonl`` is never used
for tuning (``benchmarks/across_speed.py`` reports both). The word lists the decision
rules read are data beside this module (``synonyms.txt``, ``opposites.txt``, …).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The matching rules' numbers (one frozen instance, ``THRESHOLDS``)."""

    shingle_words: int = 3
    """Words per shingle: three keep candidates specific without losing short quotations."""
    winnow_window: int = 4
    """Indexed passages keep the smallest shingle hash of every window of this many
    shingles: any shared run of ``shingle_words + winnow_window - 1`` words is found."""
    min_words: int = 4
    """Passages (and lookups) shorter than this many words are not matched at all."""
    min_shared_words: int = 4
    """A match shares at least this many words in order."""
    same_text: float = 0.80
    """Similarity from which two passages are "the same or nearly the same text".
    Look-alikes (another figure, name, subject, pole, negation, one content word swapped
    for another, or other content) score 0 by the rules of ``decision.py``, so this only
    bounds how much rewording, trimming and moving is tolerated. 0.85 until rule 5b made
    a swapped word a conflict; then lowered: on dev16's first run (fresh pairs) precision
    stayed flat from 0.85 to 0.75 (0.977 → 0.980) while recall rose (0.796 → 0.889)."""
    same_claim: float = 0.80
    """Similarity from which a text matches an annotated claim ("Already checked")."""
    max_postings: int = 1000
    """A shingle found in more passages than this is boilerplate: its list is cut."""
    max_candidates: int = 80
    """Candidates verified per lookup, those sharing the most shingles first."""
    prefilter: float = 0.6
    """Before the full comparison, a candidate must share this share of the shorter
    text's distinct words (a match at the threshold shares far more)."""
    max_query_words: int = 400
    """A longer lookup text is cut: a quotation or a sentence is never this long."""


THRESHOLDS = Thresholds()
