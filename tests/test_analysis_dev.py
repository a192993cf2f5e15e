"""Score guard on the dev set (tests/gold_dev): six hand-annotated articles written after
the analyser was tuned, to catch regressions on text it was not built on.

Reached when the guard was written: typed entity F1 0.988, speaker accuracy 41/41
(Spanish 23/23). The thresholds leave a margin for small, deliberate trade-offs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import analyze
from reader.analysis.evaluate import Scores, load_gold, score_article
from reader.sources import load_file

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "tests" / "gold_dev").glob("*.json"))


def _scores(language: str | None = None) -> Scores:
    total = Scores()
    for path in GOLD:
        gold = load_gold(path)
        if language and gold["language"] != language:
            continue
        article = load_file(str(ROOT / gold["file"]))
        total.add(score_article(article, analyze(article), gold))
    return total


def test_dev_gold_spans_match_the_canonical_text() -> None:
    assert len(GOLD) >= 6
    for path in GOLD:
        gold = load_gold(path)
        text = load_file(str(ROOT / gold["file"])).text
        for item in gold["entities"]:
            assert text[item["start"] : item["end"]] == item["text"], (path.name, item)
        for item in gold["quotes"]:
            assert text[item["start"] : item["start"] + len(item["head"])] == item["head"]


def test_dev_entities_typed_f1() -> None:
    scores = _scores()
    assert scores.reanchored == 0
    assert scores.typed()[2] >= 0.95


@pytest.mark.parametrize(("language", "floor"), [(None, 0.95), ("es", 0.95), ("en", 0.9)])
def test_dev_speaker_accuracy(language: str | None, floor: float) -> None:
    scores = _scores(language)
    assert scores.speaker_total >= (15 if language else 35)
    assert scores.speaker_accuracy >= floor


def test_dev_quotations_found() -> None:
    assert _scores().prf("speech")[2] >= 0.95
