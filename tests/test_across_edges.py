"""The edges of the shared stretch (reader/across/compare.py): a negation right before it
on one side only, and an opening rewritten with another subject. Sentences written for
these tests, not taken from the labelled pairs."""

from __future__ import annotations

from reader.across import compare
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text


def test_a_negation_opening_one_text_only_turns_the_claim_round() -> None:
    result = compare("No hemos cerrado ningún acuerdo con las navieras para rebajar las tasas "
                     "del puerto de Vigo",
                     "Hemos cerrado ningún acuerdo con las navieras para rebajar las tasas del "
                     "puerto de Vigo")
    assert (result.similarity, result.conflict) == (0.0, "negation")
    result = compare("Never before have so many ferries been cancelled on the Solent in a "
                     "single week",
                     "Before have so many ferries been cancelled on the Solent in a single week")
    assert result.conflict == "negation"


def test_a_negation_in_both_openings_agrees() -> None:
    assert compare("Nunca se habían matriculado tantas motos eléctricas en un solo trimestre",
                   "Jamás se habían matriculado tantas motos eléctricas en un solo trimestre"
                   ).similarity >= SAME


def test_an_opening_with_another_subject_is_another_claim() -> None:
    """The opening is judged on its content words, not on the function words nearest the
    shared stretch ("que … en el")."""
    claim = (" del puerto de Gijón denunciaron que la falta de grúas obliga a cerrar uno de "
             "los dos muelles en las horas punta del verano")
    result = compare("Los vigilantes nocturnos" + claim,
                     "Los estibadores de las navieras que trabajan en el"
                     + claim.replace(" del ", " ", 1))
    assert result.similarity == 0.0


def test_a_name_far_out_in_the_opening_is_context() -> None:
    assert compare("El Gobierno chileno anunció que prohibirá las redes de arrastre en la "
                   "costa de Aysén mientras los científicos evalúan los daños",
                   "Chile prohibirá las redes de arrastre en la costa de Aysén mientras los "
                   "científicos evalúan los daños").similarity >= SAME


def test_a_hedge_in_a_clause_one_text_adds_is_a_comment_not_a_hedge() -> None:
    assert compare("The board will not approve the merger until every pension is protected, "
                   "and that might take months, the regulator told reporters in Leeds",
                   "The board will not approve the merger until every pension is protected, "
                   "the regulator told reporters in Leeds").similarity >= SAME
    # a hedge beside the shared claim still makes a possibility of it
    assert compare("The board will approve the merger this week, the regulator told reporters",
                   "The board might approve the merger this week, the regulator told reporters"
                   ).conflict == "hedge"
