"""The learned weights of check-worthy sentences, one set per language, and the names of
every feature they weigh.

The weights are data (``lexicons/<code>/claim_weights.json``), fitted on the development
gold by ``benchmarks/fit_claim_weights.py``: an L2-regularised logistic regression whose
held-out precision and recall, folder by folder, beat the hand-set weights it replaced.
A weight file must name every feature and no other: a new cue without a weight is an error
at load, never a silent zero.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from reader.analysis.claim_features import features

# Every reason the scorer can give (``claims._reasons`` and its caller): shown to the user.
REASONS = (
    "percentage", "money", "figure", "comparison", "superlative", "date", "calendar-date",
    "attribution", "reported-statement", "several-entities", "reported-fact",
    "relayed-statement", "dated-event", "entity+factual-verb", "quantity-word",
    "counted-in-words", "quoted-figure", "quoted-amount", "quoted-percentage", "entity", "lead",
)
# The cues the user never sees (``hidden_cues``, ``told_cues``) and the interactions (``features``).
HIDDEN = (
    "quote", "quote-first", "long", "short-quote", "unnarrated", "quoted-in-words",
    "told-in-quotes", "future", "quoted-year", "aside-only", "witness",
)
INTERACTIONS = (
    "number", "quoted-number", "quote-plain", "quote-plain-comparison", "unmeasured-comparison"
)
FEATURES = REASONS + HIDDEN + INTERACTIONS
_SEEN = 4096  # sets of features remembered


class ClaimWeights:
    """A language's learned weights (``lexicons/<code>/claim_weights.json``): a bias, one
    weight per feature, and the probability from which a sentence is a candidate."""

    def __init__(self, bias: float, weights: Mapping[str, float], threshold: float) -> None:
        missing = sorted(set(FEATURES) - set(weights))
        unknown = sorted(set(weights) - set(FEATURES))
        if missing or unknown or not 0.0 < threshold < 1.0:
            raise ValueError(f"claim weights: missing {missing}, unknown {unknown}")
        self.bias = float(bias)
        self.weights = {name: float(weights[name]) for name in FEATURES}
        self.threshold = float(threshold)
        self._seen: dict[tuple[tuple[str, ...], tuple[str, ...]], float] = {}

    def probability(self, found: list[str]) -> float:
        """The logistic of the bias plus the weights of the distinct features, summed in
        name order (the fitter sums the same way: the same float at the threshold)."""
        z = self.bias + sum(map(self.weights.__getitem__, sorted(set(found))))
        return 1.0 / (1.0 + math.exp(-z))

    def of(self, reasons: list[str], hidden: list[str]) -> float:
        """The probability of a sentence with these reasons and hidden cues. An article
        repeats a few combinations: each is weighed once (a bounded dict)."""
        key = (tuple(reasons), tuple(hidden))
        known = self._seen.get(key)
        if known is None:
            known = self.probability(features(reasons, hidden))
            if len(self._seen) >= _SEEN:
                self._seen.clear()  # a bound, never reached by real text
            self._seen[key] = known
        return known
