"""A body named after an article is a subject of the claim (issue 9, session 19 wave 3):
another kind of body or people in its place is another claim; its members or a generic noun
for it are the same one. Sentences written for these tests, not taken from any pair set."""

from __future__ import annotations

import pytest

from reader.across import compare
from reader.across.bodies import body_name
from reader.across.normalise import tokens
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text


def _same(a: str, b: str) -> bool:
    return compare(a, b).similarity >= SAME


@pytest.mark.parametrize(("a", "b"), [
    ("La Guardia Civil evacuó a 80 vecinos de una urbanización amenazada por el fuego",
     "Los bomberos evacuaron a 80 vecinos de una urbanización amenazada por el fuego"),
    ("The Coast Guard towed a stricken yacht into Falmouth harbour overnight",
     "The lifeboat crew towed a stricken yacht into Falmouth harbour overnight"),
    ("El Ministerio de Trabajo inspeccionó 40 explotaciones agrícolas en Huelva",
     "Los sindicatos inspeccionaron 40 explotaciones agrícolas en Huelva"),
])
def test_a_body_swapped_for_other_people_is_another_claim(a: str, b: str) -> None:
    assert not _same(a, b)
    assert not _same(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("La Guardia Civil evacuó a 80 vecinos de una urbanización amenazada por el fuego",
     "Los agentes evacuaron a 80 vecinos de una urbanización amenazada por el fuego"),
    ("The Food Standards Agency ordered the recall of two brands of hummus",
     "The agency ordered the recall of two brands of hummus"),
    ("El Ministerio de Trabajo inspeccionó 40 explotaciones agrícolas en Huelva",
     "El departamento inspeccionó 40 explotaciones agrícolas en Huelva"),
    ("The Army sent 200 soldiers to help clear the snow in the Highlands",
     "The military sent 200 soldiers to help clear the snow in the Highlands"),
    # the kind of body a named one is called by
    ("El Constitucional avaló la ley de amnistía fiscal aprobada en 2024",
     "El tribunal avaló la ley de amnistía fiscal aprobada en 2024"),
    ("The Bundesbank cut its growth forecast for Germany to 0.3 per cent",
     "The central bank cut its growth forecast for Germany to 0.3 per cent"),
])
def test_a_body_named_again_by_its_members_or_a_generic_noun_is_a_rewrite(
        a: str, b: str) -> None:
    assert _same(a, b)


def test_only_a_name_after_an_article_is_a_body() -> None:
    words = tokens("Ayer la Guardia Civil y Sánchez hablaron")
    assert [body_name(words, i) for i in range(len(words))] == [
        False, False, True, False, False, False, False]


@pytest.mark.parametrize(("a", "b"), [
    ("La confianza en el Gobierno cayó cuatro puntos, según el Centro de Investigaciones "
     "Sociológicas",
     "La confianza en el Gobierno cayó cuatro puntos, según el CIS"),
    ("The World Health Organization warned of a cholera outbreak in northern Mozambique",
     "The WHO warned of a cholera outbreak in northern Mozambique"),
])
def test_a_body_and_its_initials_are_one_name(a: str, b: str) -> None:
    assert _same(a, b)
    assert _same(b, a)


def test_other_initials_are_another_body() -> None:
    assert not _same("The World Health Organization warned of a cholera outbreak in Mozambique",
                     "The WTO warned of a cholera outbreak in Mozambique")
    assert not _same("The UN warned of a cholera outbreak in northern Mozambique",
                     "The EU warned of a cholera outbreak in northern Mozambique")


@pytest.mark.parametrize(("a", "b"), [
    ("La Guardia Civil desalojó a 60 bañistas de una cala de Menorca por un desprendimiento",
     "La empresa desalojó a 60 bañistas de una cala de Menorca por un desprendimiento"),
    ("The Metropolitan Police closed three roads around Parliament Square on Monday",
     "The company closed three roads around Parliament Square on Monday"),
    ("El Hospital General de Alicante contrató a 45 enfermeras para el verano",
     "El banco contrató a 45 enfermeras para el verano"),
    ("The University of Exeter will cut 150 jobs over two years",
     "The council will cut 150 jobs over two years"),
    ("Los árbitros fueron sancionados por la Federación Gallega de Fútbol",
     "Los árbitros fueron sancionados por la empresa"),
])
def test_a_generic_noun_of_another_kind_is_another_body(a: str, b: str) -> None:
    """A generic noun stands in only for a body of its own kind (body_kinds.txt)."""
    assert not _same(a, b)
    assert not _same(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("The Metropolitan Police closed three roads around Parliament Square on Monday",
     "The force closed three roads around Parliament Square on Monday"),
    ("El Hospital General de Alicante contrató a 45 enfermeras para el verano",
     "El hospital contrató a 45 enfermeras para el verano"),
    ("El Grupo Inditex abrirá 12 tiendas en Marruecos el próximo año",
     "La compañía abrirá 12 tiendas en Marruecos el próximo año"),
    # a name of no known kind takes any generic noun; a noun of no kind fits any body
    ("The Bundesbank cut its estimate of German output for next year",
     "The bank cut its estimate of German output for next year"),
    ("La Guardia Civil desalojó a 60 bañistas de una cala de Menorca por un desprendimiento",
     "El organismo desalojó a 60 bañistas de una cala de Menorca por un desprendimiento"),
])
def test_a_generic_noun_of_its_own_kind_is_the_body_named_again(a: str, b: str) -> None:
    assert _same(a, b)
