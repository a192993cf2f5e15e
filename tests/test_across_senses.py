"""General mechanisms that let an unseen rewrite through without letting a look-alike in
(issue 9, wave 2): a family entry knows its word in the other number, prepositions of time
are function words, and families by sense of common newswire verbs and nouns. Sentences
written for these tests, not taken from any pair set."""

from __future__ import annotations

import pytest

from reader.across import compare
from reader.across.lexicon import number_forms, synonyms
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text


def _same(a: str, b: str) -> bool:
    return compare(a, b).similarity >= SAME


def _labels(word: str) -> set[int]:
    return {label for label, _ in synonyms().starting([word], 0)}


def test_a_family_entry_knows_its_word_in_the_other_number() -> None:
    # "vecinos | residentes" lists plurals; the singulars are the same family
    assert _labels("vecino") & _labels("residente")
    assert _labels("resident") & _labels("neighbour")


def test_number_forms_undo_only_a_plural_ending() -> None:
    assert number_forms("vecinos") == ("vecinos", "vecino")
    assert "autocar" in number_forms("autocares")
    assert number_forms("news") == ("news",)  # "new" is too short to be a stem
    assert number_forms("enfermera") == ("enfermera",)  # no derivation


def test_a_singular_swapped_within_a_family_is_a_rewrite() -> None:
    assert _same("Un vecino llamó a los bomberos al ver humo en el garaje del edificio",
                 "Un residente llamó a los bomberos al ver humo en el garaje del edificio")
    assert _same("A resident filmed the flood water pouring into the underpass on Sunday",
                 "A neighbour filmed the flood water pouring into the underpass on Sunday")


def test_a_derivation_is_still_another_person() -> None:
    # "enfermos" (patients) is in a family; "enfermera" (nurse) is another word
    assert not _same("Una enfermera denunció amenazas en el hospital comarcal de Jaca",
                     "Una paciente denunció amenazas en el hospital comarcal de Jaca")


@pytest.mark.parametrize(("a", "b"), [
    ("Un guardia resultó herido durante un motín en la cárcel de Zuera",
     "Un guardia resultó lesionado tras un motín en la cárcel de Zuera"),
    ("Three fans were hurt during clashes outside the stadium, police said",
     "Three fans were hurt amid clashes outside the stadium, police said"),
    ("La carretera quedó cortada sin causar víctimas según el servicio de emergencias",
     "La carretera quedó cortada sin que hubiera víctimas según el servicio de emergencias"),
])
def test_a_preposition_of_time_is_no_claim(a: str, b: str) -> None:
    assert _same(a, b)


def test_before_against_after_is_still_another_claim() -> None:
    assert not _same("El sospechoso fue detenido antes del tiroteo en el barrio de Usera",
                     "El sospechoso fue detenido tras el tiroteo en el barrio de Usera")
