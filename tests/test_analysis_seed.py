"""The reference article and the hand-made gold files (the project's own yardstick)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.analysis import analyze
from reader.analysis.evaluate import Scores, load_gold, score_article
from reader.sources import load_file

GOLD = Path(__file__).parent / "gold"
SAMPLES = Path(__file__).resolve().parents[1] / "sample_articles"


@pytest.fixture
def seed(seed_path: Path):  # type: ignore[no-untyped-def]
    article = load_file(str(seed_path))
    return article, analyze(article)


def _gold_for(name: str) -> dict:
    for path in GOLD.glob("*.json"):
        data = load_gold(path)
        if data["file"] == name:
            return data
    raise AssertionError(f"no gold for {name}")


def test_reference_entities(seed) -> None:  # type: ignore[no-untyped-def]
    article, result = seed
    labels = {(e.text, e.label) for e in result.entities}
    assert ("Nicolás Maduro", "PER") in labels
    assert ("Bielorrusia", "LOC") in labels
    assert ("San Petersburgo", "LOC") in labels and ("América Latina", "LOC") in labels
    canon = {e.text: e.canonical for e in result.entities}
    assert canon["Velázquez"] == "Jesús Rafael Salazar Velázquez"
    assert canon["Maduro"] == "Nicolás Maduro"
    assert not {e.text for e in result.entities} & {"Según", "Además", "Previamente", "habían"}


def test_reference_quotations_and_speakers(seed, seed_path: Path) -> None:  # type: ignore[no-untyped-def]
    article, result = seed
    assert len(result.quotes) == 13
    gold = _gold_for(seed_path.name)
    scores = score_article(article, result, gold)
    assert scores.speaker_total == 13
    assert scores.speaker_ok >= 12, scores.errors
    scare = [q for q in result.quotes if q.text == "“amenaza”"]
    assert scare and scare[0].is_speech is False


def test_reference_claims(seed, seed_path: Path) -> None:  # type: ignore[no-untyped-def]
    article, result = seed
    claims = [article.text[c.start : c.end] for c in result.claims]
    for needle in ("del 9 % este año", "el segundo en menos de 17 días"):
        assert any(needle in claim for claim in claims), needle
    # The gold marks 13 of the 15 body sentences and the half cap allows 7. Since the
    # session-22 refit (Spanish threshold 0.39) five pass it, each a gold claim; the relayed
    # amnesty condition ("siempre y cuando … amnistía legal") ranks below the cap's seven.
    assert 5 <= len(claims) <= 7
    scores = score_article(article, result, _gold_for(seed_path.name))
    assert scores.fp["claim"] == 0
    for block in article.blocks:
        if block.kind != "paragraph" or article.text[block.start : block.end].endswith("Cortesía)"):
            assert not any(block.start <= c.start < block.end for c in result.claims)


def test_reference_typed_f1_against_gold(seed, seed_path: Path) -> None:  # type: ignore[no-untyped-def]
    article, result = seed
    scores = score_article(article, result, _gold_for(seed_path.name))
    assert scores.reanchored == 0
    assert scores.typed()[2] >= 0.90, scores.errors


def _gold_articles() -> list[tuple[Path, dict]]:
    out = []
    for path in sorted(GOLD.glob("*.json")):
        data = load_gold(path)
        base = data["file"].split("#")[0]
        if (SAMPLES / base).exists():
            out.append((path, data))
    return out


@pytest.mark.parametrize("gold_path,gold", _gold_articles(), ids=lambda v: getattr(v, "name", ""))
def test_gold_files_match_their_articles(gold_path: Path, gold: dict) -> None:
    base, _, index = gold["file"].partition("#")
    article = load_file(str(SAMPLES / base) + (f"#{index}" if index else ""))
    for item in gold["entities"]:
        assert article.text[item["start"] : item["end"]] == item["text"], item
        assert item["label"] in ("PER", "ORG", "LOC", "MISC")
    for item in gold["quotes"] + gold.get("claims", []):
        assert article.text[item["start"] :].startswith(item["head"]), item
    assert json.dumps(gold, ensure_ascii=False)


def test_samples_quality_floor() -> None:
    """A regression floor on the samples (the benchmark prints the full table)."""
    total = Scores()
    for _, gold in _gold_articles():
        base, _, index = gold["file"].partition("#")
        article = load_file(str(SAMPLES / base) + (f"#{index}" if index else ""))
        total.add(score_article(article, analyze(article), gold))
    assert len(_gold_articles()) >= 6
    assert total.typed()[2] >= 0.85
    assert total.prf("quote")[2] >= 0.9
    assert total.speaker_accuracy >= 0.85
