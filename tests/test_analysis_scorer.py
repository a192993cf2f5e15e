"""The quality scorer's speaker matching (``evaluate._norm_name``): what counts as one name."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from reader.analysis.evaluate import _norm_name, _same_speaker


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("a dealer", "dealer"),
        ("One London-based dealer", "london-based dealer"),
        ("another trader", "trader"),
        ("otro corredor", "corredor"),
        ("otra vecina", "vecina"),
        ("El alcalde", "alcalde"),
        ("the company’s statement", "company's statement"),
    ],
)
def test_a_determiner_names_no_one(written: str, normal: str) -> None:
    """``one dealer`` and ``dealer`` are the same speaker, as ``a dealer`` always was."""
    assert _norm_name(written) == normal


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("two people familiar with the matter", "two people familiar with the matter"),
        ("uno de los rescatados", "uno de los rescatados"),
        ("One Direction", "direction"),
    ],
)
def test_only_single_determiners_are_dropped(written: str, normal: str) -> None:
    """A count above one or a partitive says how many spoke: it stays. (A name that starts
    with a determiner loses it on both sides alike, so matching is unaffected.)"""
    assert _norm_name(written) == normal


@pytest.mark.parametrize(
    ("got", "accepted"),
    [
        ("portavoz de la cofradía de pescadores", ["portavoz"]),
        ("spokesman for the harbour board", ["harbour board", "spokesman"]),
        ("grain buyer in rotterdam", ["grain buyer"]),
        ("port authority spokeswoman", ["Port Authority", "spokeswoman"]),
        ("29-year-old nurse", ["Amira Haddad", "nurse"]),
        ("consejería de sanidad de aragón", ["Consejería de Sanidad", "consejería"]),
    ],
)
def test_a_noun_phrase_keeps_its_head(got: str, accepted: list[str]) -> None:
    """Writers list an anonymous speaker as a phrase and its head, cut at different places:
    a complement after the accepted phrase, or a modifier before an accepted common noun,
    names the same speaker."""
    assert _same_speaker(got, accepted)


@pytest.mark.parametrize(
    ("got", "accepted"),
    [
        ("causa", ["Causa en Común"]),
        ("clyde", ["NHS Greater Glasgow and Clyde"]),
        ("biologist marta ruiz", ["Marta Ruiz", "Ruiz"]),
        ("portavoz municipal", ["portavoz de la cofradía"]),
        ("rafael ortiz", ["Ortiz"]),
        ("trader", ["metals trader in shanghai"]),
        ("department", ["spokesman"]),
    ],
)
def test_a_cut_or_different_name_still_fails(got: str, accepted: list[str]) -> None:
    """A shorter piece of the name, a title glued to a proper name, a different head, or a
    name before a capitalised (proper) surname is not accepted."""
    assert not _same_speaker(got, accepted)


def _agreement_module() -> ModuleType:
    root = Path(__file__).resolve().parent.parent
    path = root / "benchmarks" / "annotator_agreement.py"
    spec = importlib.util.spec_from_file_location("annotator_agreement", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_second_annotator_named_every_quotation(language: str) -> None:
    """The agreement benchmark's answers cover every gold quotation of its batches, in
    order, so its figure is over all of them (a gap would read as a disagreement)."""
    agreement = _agreement_module()
    answers = agreement.read_answers(language)
    expected = set()
    for batch in agreement.BATCHES:
        for gold_path in sorted((agreement.ROOT / "tests" / batch).glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if gold["language"] == language:
                stem = Path(gold["file"]).stem
                expected |= {(stem, n) for n in range(1, len(gold["quotes"]) + 1)}
    assert expected and set(answers) == expected
    assert agreement.first_name("?") is None and agreement.first_name("-") is None
    assert agreement.first_name("Ana Ruiz/Ruiz/consejera") == "Ana Ruiz"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_second_annotator_judged_every_sentence(language: str) -> None:
    """The check-worthiness answers cover every gold article of the batches, each with
    sentences that tile its text in order and lie inside it, so the agreement figure is over
    whole articles (a missing article or a shifted offset would read as disagreement)."""
    agreement = _agreement_module()
    answers = agreement.read_claim_answers(language)
    stems = set()
    for batch in agreement.BATCHES:
        for gold_path in sorted((agreement.ROOT / "tests" / batch).glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if gold["language"] != language:
                continue
            stem = Path(gold["file"]).stem
            stems.add(stem)
            text = (agreement.ROOT / gold["file"]).read_text(encoding="utf-8")
            spans = answers[stem]
            assert all(0 <= s < e <= len(text) for s, e, _ in spans)
            assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert stems and set(answers) == stems


def test_kappa_is_one_for_agreement_and_zero_for_chance() -> None:
    kappa = _agreement_module()._kappa
    assert kappa([(True, True), (False, False), (True, True)]) == 1.0
    assert kappa([(True, True), (True, False), (False, True), (False, False)]) == 0.0
