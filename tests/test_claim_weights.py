"""Learned check-worthiness weights: data per language, loaded through the Lexicon, covering
every reason and cue; the scorer keeps the half cap and the reasons stay the explanation."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path

import pytest
from test_analysis_helpers import run, scored

from reader.analysis.claim_features import features
from reader.analysis.claim_weights import FEATURES, HIDDEN, INTERACTIONS, REASONS, ClaimWeights
from reader.analysis.lexicon import languages, lexicon

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("code", languages())
def test_every_language_has_weights_for_every_reason_and_cue(code: str) -> None:
    path = ROOT / "reader" / "analysis" / "lexicons" / code / "claim_weights.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(FEATURES)
    weights = lexicon(code).claim_weights
    assert 0.0 < weights.threshold < 1.0
    assert set(weights.weights) >= set(REASONS) | set(HIDDEN) | set(INTERACTIONS)
    assert all(math.isfinite(w) for w in weights.weights.values())


def test_a_weight_file_missing_a_feature_or_naming_an_unknown_one_is_refused() -> None:
    full = dict.fromkeys(FEATURES, 0.5)
    ClaimWeights(0.0, full, 0.5)  # complete: accepted
    partial = {k: v for k, v in full.items() if k != "percentage"}
    with pytest.raises(ValueError, match="percentage"):
        ClaimWeights(0.0, partial, 0.5)
    with pytest.raises(ValueError, match="no-such-cue"):
        ClaimWeights(0.0, {**full, "no-such-cue": 1.0}, 0.5)
    with pytest.raises(ValueError):
        ClaimWeights(0.0, full, 1.5)


def test_every_reason_and_cue_the_scorer_gives_has_a_name_and_a_weight() -> None:
    for text, language in (
        (
            "MADRID, 3 mar (EFE).- La inflación subió al 5,9 % en febrero, según el INE. "
            "«Hemos invertido 40 millones», dijo la ministra Ana Prieto, que habló ante "
            "la comisión del Congreso y el Senado durante casi tres horas el 12 de marzo. "
            "Según recoge la agencia, el ministro afirmó que el acuerdo «beneficia a los dos "
            "países». Es la mayor subida desde 1992. ¿Y ahora qué?",
            "es",
        ),
        (
            "LONDON (Reuters) - Revenue rose 12 percent to $4.1 billion in 2025. "
            '"We lost 40 jobs," said Tom Hale of Hale Metals. The agency quoted Minister '
            'Kemal Aydin as saying "the border will stay open". Fewer buses ran than ever.',
            "en",
        ),
    ):
        for sentence in scored(text, language=language):
            if sentence.reasons is not None:
                assert set(sentence.reasons) <= set(REASONS), sentence
                assert 0.0 < sentence.probability < 1.0


def test_the_interactions_follow_the_reasons() -> None:
    assert "quote-plain" in features(["attribution", "entity"], ["quote"])
    assert "quote-plain" not in features(["attribution", "figure"], ["quote"])
    assert "number" in features(["money"], []) and "quoted-number" in features(
        ["quoted-percentage"], ["quote"]
    )
    assert "unmeasured-comparison" in features(["comparison", "entity"], [])
    assert "unmeasured-comparison" not in features(["comparison", "figure"], [])


def test_a_narrated_figure_outweighs_the_same_figure_in_a_line_of_dialogue() -> None:
    """Learned, not set by hand: in both languages the gold marks the reporter's figures
    far more often than a speaker's short quoted line."""
    for text, language in (
        (
            "El ayuntamiento de Tudela gastó 2,3 millones de euros en el puente. "
            "«Gastamos 2,3 millones», dijo.",
            "es",
        ),
        (
            "The Tudela council spent $2.3 million on the bridge. "
            '"We spent $2.3 million," she said.',
            "en",
        ),
    ):
        narrated, quoted = scored(text, language=language)
        assert narrated.probability > quoted.probability
        result = run(text, language=language)
        assert [result.sentences.index((c.start, c.end)) for c in result.claims] == [0]


def test_the_half_cap_still_holds_when_every_sentence_has_a_figure() -> None:
    text = " ".join(f"Las ventas de la planta {n} subieron un {n} % en marzo." for n in range(2, 9))
    result = run(text, language="es")
    assert len(result.sentences) == 7
    assert len(result.claims) == 3
    assert all(0.0 <= c.score <= 1.0 and c.reasons for c in result.claims)


def _fitter():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "fit_claim_weights", ROOT / "benchmarks" / "fit_claim_weights.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fit_claim_weights", module)
    spec.loader.exec_module(module)
    return module


def test_the_fitter_learns_the_sign_of_a_cue_and_names_every_feature() -> None:
    fitter = _fitter()
    rows = [(["figure"], 1)] * 40 + [(["figure"], 0)] * 10 + [(["quote"], 0)] * 40
    rows += [(["quote"], 1)] * 10 + [([], 0)] * 30 + [([], 1)] * 10
    bias, weights = fitter.fit(rows, 1.0)
    assert set(weights) == set(FEATURES)
    assert weights["figure"] > 0 > weights["quote"]
    assert bias < 0
    assert weights["money"] == pytest.approx(0.0)  # no row has it: no weight
    curve = [(0.3, 0.80, 0.90), (0.5, 0.86, 0.82), (0.7, 0.95, 0.60)]
    assert fitter.pick(curve)[0] == 0.5  # both targets met


def test_a_remembered_combination_scores_as_a_fresh_sum() -> None:
    weights = lexicon("en").claim_weights
    for reasons, hidden in (
        (["figure", "entity"], []),
        (["attribution", "entity"], ["quote", "quote-first", "short-quote"]),
        ([], ["long"]),
    ):
        fresh = weights.probability(features(list(reasons), list(hidden)))
        assert weights.of(list(reasons), list(hidden)) == fresh
        assert weights.of(list(reasons), list(hidden)) == fresh  # the second time, remembered


def test_a_quotation_that_runs_through_a_whole_sentence_is_unnarrated() -> None:
    """A multi-sentence quotation's later sentence has no word of the reporter's."""
    sentences = scored(
        "La alcaldesa de Tarazona, Pilar Gracia, habló con los vecinos. «Llevamos dos "
        "inviernos sin calefacción en el colegio. Cerramos 14 aulas en enero», dijo.",
        language="es",
    )
    hidden = {s.text: s.hidden for s in sentences}
    assert "unnarrated" in hidden["«Llevamos dos inviernos sin calefacción en el colegio."]
    assert "unnarrated" not in hidden["Cerramos 14 aulas en enero», dijo."]
    assert "unnarrated" not in hidden[
        "La alcaldesa de Tarazona, Pilar Gracia, habló con los vecinos."
    ]


def test_a_quoted_count_in_words_is_told_apart_from_a_quoted_figure() -> None:
    """A speaker's round count ("dos o tres", "thousands") is not a measured figure."""
    for text, language in (
        (
            "El entrenador dijo que el equipo necesita «dos o tres refuerzos». "
            "El entrenador dijo que el equipo «perdió 14 partidos».",
            "es",
        ),
        (
            'The mayor said the rule would "hurt thousands of tenants". '
            'The mayor said the rule "covers 4,200 flats".',
            "en",
        ),
    ):
        words, digits = scored(text, language=language)
        assert "quoted-figure" in (words.reasons or ()), words
        assert "quoted-in-words" in words.hidden
        assert "quoted-in-words" not in digits.hidden


def test_a_narration_that_announces_what_is_to_come_has_the_future_cue() -> None:
    for text, language in (
        (
            "La nueva tarifa entrará en vigor el 1 de marzo. "
            "La nueva tarifa subió un 3 % el 1 de marzo.",
            "es",
        ),
        ("The toll will rise on March 1. The toll rose on March 1.", "en"),
    ):
        ahead, past = scored(text, language=language)
        assert "future" in ahead.hidden and "future" not in past.hidden


def test_a_story_told_in_quotations_marks_each_quoted_sentence() -> None:
    """Half the body sentences or more hold a quotation: an interview, a feature."""
    told = scored(
        "Ana Ruiz cuida 40 colmenas en Albarracín. «Este año perdimos la mitad», dice. "
        "«El calor llegó en marzo», añade.",
        language="es",
    )
    assert [s.hidden.count("told-in-quotes") for s in told] == [0, 1, 1]
    narrated = scored(
        "Ana Ruiz cuida 40 colmenas en Albarracín. La sequía secó los campos en marzo. "
        "El ayuntamiento abrió una ayuda en abril. «Este año perdimos la mitad», dice.",
        language="es",
    )
    assert all("told-in-quotes" not in s.hidden for s in narrated)
