"""Session 19 (wave 3) classes of issue 9's "seen before" matching: a restrictive clause
dropped is another claim, an aside dropped is not. Sentences written for these tests, not
taken from any pair set."""

from __future__ import annotations

import pytest

from reader.across import compare
from reader.across.normalise import tokens
from reader.across.restrictive import restriction_clause_dropped
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text


def _same(a: str, b: str) -> bool:
    return compare(a, b).similarity >= SAME


@pytest.mark.parametrize(("a", "b"), [
    ("Tenants who rent from housing associations will get the rebate from April",
     "Tenants will get the rebate from April"),
    # the sentence goes on with function words first ("will be …")
    ("Patients who waited more than a year will be offered surgery in private clinics",
     "Patients will be offered surgery in private clinics"),
    ("The minister said drivers who fail the eye test will lose their licence",
     "The minister said drivers will lose their licence"),
    ("Los agricultores que perdieron la cosecha cobrarán la ayuda en junio",
     "Los agricultores cobrarán la ayuda en junio"),
    ("La consejera anunció que los alumnos cuyas familias cobren el ingreso mínimo "
     "tendrán comedor gratis",
     "La consejera anunció que los alumnos tendrán comedor gratis"),
])
def test_a_restrictive_clause_dropped_is_another_claim(a: str, b: str) -> None:
    assert not _same(a, b)
    assert not _same(b, a)
    assert compare(a, b).conflict == "scope"


@pytest.mark.parametrize(("a", "b"), [
    ("The charity, which runs 40 shelters in the north, said demand had doubled",
     "The charity said demand had doubled"),
    ("El alcalde, que gobierna la ciudad desde 2015, anunció que bajará el IBI",
     "El alcalde anunció que bajará el IBI"),
    # the clause kept on both sides, and "said that" dropping only its "that"
    ("Tenants who rent from housing associations will get the rebate from April",
     "Tenants who rent from housing associations will receive the rebate from April"),
    ("The regulator said that energy bills would fall in the spring",
     "The regulator said energy bills would fall in the spring"),
])
def test_an_aside_or_a_kept_clause_is_still_the_same_claim(a: str, b: str) -> None:
    assert _same(a, b)


def test_the_clause_check_needs_the_sentence_to_resume() -> None:
    # the other text says the clause elsewhere: the restriction is moved, not dropped
    assert not restriction_clause_dropped(
        tokens("Workers who joined the strike lost a day's pay"),
        tokens("Workers lost a day's pay after joining the strike"))
    # a comma inside the run: not one restrictive clause
    assert not restriction_clause_dropped(
        tokens("Parents who asked, and there were many, got a reply"),
        tokens("Parents got a reply"))


@pytest.mark.parametrize(("a", "b"), [
    ("La depuradora vertió el doble de fósforo del autorizado, según la Confederación",
     "La depuradora vertió dos veces más fósforo del autorizado, según la Confederación"),
    ("The mine pumped three times as much water as its licence allowed, the agency said",
     "The mine pumped triple the water its licence allowed, the agency said"),
])
def test_one_multiple_written_two_ways_is_one_figure(a: str, b: str) -> None:
    assert _same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("La depuradora vertió el doble de fósforo del autorizado, según la Confederación",
     "La depuradora vertió el triple de fósforo del autorizado, según la Confederación"),
    ("The mine pumped three times as much water as its licence allowed, the agency said",
     "The mine pumped twice as much water as its licence allowed, the agency said"),
])
def test_two_multiples_are_two_figures(a: str, b: str) -> None:
    assert compare(a, b).conflict == "number"


def test_a_word_of_a_figure_in_words_does_not_move_to_a_phrase_moved_elsewhere() -> None:
    # "cuarenta y DOS" must stay one figure although "DOS semanas" moved to the front
    a = ("El Cabildo invertirá 42 millones de euros durante las próximas dos semanas en "
         "reparar los caminos rurales de la isla")
    b = ("Durante las próximas dos semanas, el Cabildo invertirá cuarenta y dos millones de "
         "euros en reparar los caminos rurales de la isla")
    assert compare(a, b).conflict != "number"
    assert _same(a, b)


def test_a_decade_is_ten_years_and_no_other_span() -> None:
    assert _same("The trees will be planted over the next decade, the trust said",
                 "The trees will be planted over the next ten years, the trust said")
    assert _same("El paro juvenil es el más bajo del último decenio, según el INE",
                 "El paro juvenil es el más bajo de los últimos diez años, según el INE")
    assert not _same("The trees will be planted over the next decade, the trust said",
                     "The trees will be planted over the next five years, the trust said")


def test_a_multiple_followed_by_less_is_no_multiple() -> None:
    assert not _same("La depuradora vertió el doble de fósforo del autorizado, según la "
                     "Confederación",
                     "La depuradora vertió dos veces menos fósforo del autorizado, según la "
                     "Confederación")


def test_a_floor_written_two_ways_is_one_and_a_ceiling_is_another() -> None:
    frame = "Inspectors found {} 40 breaches of the rules at the abattoir last year"
    assert _same(frame.format("at least"), frame.format("a minimum of"))
    assert not _same(frame.format("a minimum of"), frame.format("a maximum of"))
    assert not _same(frame.format("at least"), frame.format("up to"))
    es = "Los inspectores detectaron {} 40 incumplimientos en el matadero el año pasado"
    assert _same(es.format("al menos"), es.format("como mínimo"))
    assert not _same(es.format("como mínimo"), es.format("como máximo"))


def test_a_figure_and_a_half_written_in_words_is_one_figure() -> None:
    assert _same("The dairy is cutting what it pays farmers by 1.5 pence a litre",
                 "The dairy is cutting what it pays farmers by one and a half pence a litre")
    assert not _same("The dairy is cutting what it pays farmers by 2.5 pence a litre",
                     "The dairy is cutting what it pays farmers by one and a half pence a litre")
