"""A verb and the noun made of it are one word (the ``derivations:`` section of
reader/across/inflections.txt); a short stem left by such an ending is no word. Words
chosen for these tests, not taken from the labelled pairs."""

from __future__ import annotations

import pytest

from reader.across import compare
from reader.across.inflection import one_word
from reader.across.thresholds import THRESHOLDS


@pytest.mark.parametrize(("a", "b"), [
    ("denial", "denied"), ("arrival", "arrives"), ("acceptance", "accepted"),
    ("adherence", "adhered"), ("crecimiento", "crecieron"), ("exigencia", "exigieron"),
    ("confianza", "confiaba"), ("proteccion", "protegio"), ("correccion", "corrigieron"),
])
def test_a_noun_made_of_a_verb_is_one_word_with_it(a: str, b: str) -> None:
    assert one_word(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("finance", "fined"), ("moment", "moved"), ("medal", "meddled"), ("comment", "comes"),
])
def test_a_short_stem_left_by_a_derivation_is_no_word(a: str, b: str) -> None:
    assert not one_word(a, b)


def test_a_sentence_naming_the_action_as_a_thing_keeps_the_claim() -> None:
    assert compare("The union announced the withdrawal of its members from the talks after "
                   "the refusal of the employers to raise wages",
                   "The union announced the withdrawal of its members from the talks after "
                   "the employers refused to raise wages").similarity >= THRESHOLDS.same_text
    assert compare("La patronal reconoció el crecimiento del empleo temporal en la hostelería",
                   "La patronal reconoció que creció el empleo temporal en la hostelería"
                   ).similarity >= THRESHOLDS.same_text


@pytest.mark.parametrize(("a", "b"), [
    # session 19, wave 3: a verb and the noun naming its action, by ending rule or listed
    ("El tribunal aplazó admitir la demanda de los vecinos contra la autopista",
     "El tribunal aplazó la admisión de la demanda de los vecinos contra la autopista"),
    ("El pleno votó conceder la medalla de oro de la ciudad a la coral",
     "El pleno votó la concesión de la medalla de oro de la ciudad a la coral"),
    ("The board agreed to sell the harbour warehouses to a housing association",
     "The board agreed the sale of the harbour warehouses to a housing association"),
    ("Los socios decidieron vender la sede del club en el centro de Oviedo",
     "Los socios decidieron la venta de la sede del club en el centro de Oviedo"),
    ("The judge ordered police to detain the two men for a further 48 hours",
     "The judge ordered the detention of the two men for a further 48 hours"),
    ("El ayuntamiento anunció que abrirá la piscina cubierta de Txurdinaga en mayo",
     "El ayuntamiento anunció la apertura de la piscina cubierta de Txurdinaga en mayo"),
])
def test_a_verb_and_its_action_noun_are_one_claim(a: str, b: str) -> None:
    assert compare(a, b).similarity >= THRESHOLDS.same_text


@pytest.mark.parametrize(("a", "b"), [
    ("The board agreed to sell the harbour warehouses to a housing association",
     "The board agreed the purchase of the harbour warehouses from a housing association"),
    ("El ayuntamiento anunció que abrirá la piscina cubierta de Txurdinaga en mayo",
     "El ayuntamiento anunció el cierre de la piscina cubierta de Txurdinaga en mayo"),
])
def test_another_action_noun_or_span_is_another_claim(a: str, b: str) -> None:
    assert compare(a, b).similarity < THRESHOLDS.same_text
