"""One word written the way another newsroom writes it: British and American spellings,
regional Spanish, a phrasal verb whose particle both texts share, and the broad families
of news vocabulary by domain (reader/across/spelling.py, paraphrases.txt)."""

from __future__ import annotations

import pytest

from reader.across import compare
from reader.across.spelling import respelled, same_spelling
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text


def same(a: str, b: str) -> bool:
    return compare(a, b).similarity >= SAME


def conflict(a: str, b: str) -> str:
    result = compare(a, b)
    assert result.similarity == 0.0, result
    return result.conflict


@pytest.mark.parametrize(("a", "b"), [
    ("colour", "color"), ("organised", "organized"), ("organising", "organized"),
    ("centres", "centers"), ("travelled", "traveled"), ("cancelling", "canceling"),
    ("defence", "defense"), ("programmes", "programs"), ("paediatric", "pediatric"),
    ("manoeuvre", "maneuver"), ("analysed", "analyzed"), ("catalogue", "catalog"),
    ("judgement", "judgment"), ("labour", "labor"), ("theatre", "theater"),
])
def test_british_and_american_spellings_are_one_word(a: str, b: str) -> None:
    assert same_spelling(a, b, None) or same_spelling(a, b, lambda x, y: x[:6] == y[:6])


@pytest.mark.parametrize(("a", "b"), [
    ("four", "for"), ("pollo", "polo"), ("tour", "tor"), ("valle", "vale"), ("entre", "enter"),
])
def test_a_replacement_too_near_the_start_makes_no_spelling(a: str, b: str) -> None:
    assert not same_spelling(a, b)


def test_a_hostile_word_is_not_respelled() -> None:
    assert respelled("our" * 10_000) == frozenset(("our" * 10_000,))
    assert respelled("colour\x1b[31m") == frozenset(("colour\x1b[31m",))


def test_spellings_of_two_newsrooms_keep_the_claim() -> None:
    assert same("The council has cancelled the summer festival because the harbour walls "
                "need urgent repairs, a spokesman said",
                "The council has canceled the summer festival because the harbor walls "
                "need urgent repairs, a spokesman said")
    assert same("Hospitals will prioritise paediatric surgery in the neighbourhood centres "
                "from next month",
                "Hospitals will prioritize pediatric surgery in the neighborhood centers "
                "from next month")
    # a spelling does not hide another word beside it
    assert conflict("The ministry has organised free courses for unemployed welders",
                    "The ministry has organized free courses for unemployed plumbers") != ""


def test_a_phrasal_verb_whose_particle_both_texts_share_is_one_family() -> None:
    assert same("Coastguards have ramped up searches for two fishermen missing off Cornwall "
                "since Tuesday",
                "Coastguards have stepped up searches for two fishermen missing off Cornwall "
                "since Tuesday")
    assert same("La empresa ha puesto en marcha un plan de bajas voluntarias para 300 "
                "empleados de la planta",
                "La empresa ha lanzado un plan de bajas voluntarias para 300 empleados de "
                "la planta")
