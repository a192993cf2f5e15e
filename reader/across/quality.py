"""Precision and recall of "the same text" on a labelled set of pairs (JSON Lines of
``{"a", "b", "same", "kind"}``), through the index itself: every ``b`` is indexed as an
article of its own, every ``a`` is looked up, and a pair is called "the same" when its
``b`` is among the matches. Used by ``benchmarks/across_speed.py`` and a guard test."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reader.across.index import AcrossIndex
from reader.core.model import Analysis, Claim


@dataclass(frozen=True, slots=True)
class Score:
    """Counts and rates at one threshold."""

    threshold: float
    true_pos: int
    false_pos: int
    false_neg: int
    true_neg: int
    mistakes: tuple[str, ...]

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 1.0


def load_pairs(path: Path) -> list[dict]:
    """The labelled pairs of one file."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def similarities(pairs: list[dict]) -> list[float]:
    """For each pair, the similarity with which the index finds ``b`` for ``a`` (0 if not)."""
    index = AcrossIndex(":memory:")
    try:
        items = []
        for number, pair in enumerate(pairs):
            text = pair["b"]
            analysis = Analysis("", "test", ((0, len(text)),), (), (),
                                (Claim(0, len(text), 1.0, ()),))
            items.append((f"pair{number}", f"pair {number}", "test", "", text, analysis, ""))
        index.index_many(items)
        found = []
        for number, pair in enumerate(pairs):
            matches = index.lookup(pair["a"], threshold=0.0)
            found.append(max((m.similarity for m in matches
                              if m.article.id == f"pair{number}"), default=0.0))
        return found
    finally:
        index.close()


def score(pairs: list[dict], found: list[float], threshold: float) -> Score:
    """The counts at ``threshold``, and the pairs it gets wrong (``kind: a``)."""
    tp = fp = fn = tn = 0
    mistakes = []
    for pair, similarity in zip(pairs, found, strict=True):
        said = similarity >= threshold
        if said and pair["same"]:
            tp += 1
        elif said:
            fp += 1
            mistakes.append(f"false match ({pair['kind']}, {similarity:.2f}): {pair['a']}")
        elif pair["same"]:
            fn += 1
            mistakes.append(f"missed ({pair['kind']}, {similarity:.2f}): {pair['a']}")
        else:
            tn += 1
    return Score(threshold, tp, fp, fn, tn, tuple(mistakes))
