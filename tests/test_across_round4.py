"""Issue 9, session 19 wave 4: classes found on quality_dev25's first run, each tested on
sentences written for these tests (not taken from any pair set)."""

from __future__ import annotations

import pytest

from reader.across import compare
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text


def _same(a: str, b: str) -> bool:
    return compare(a, b).similarity >= SAME


@pytest.mark.parametrize(("a", "b"), [
    # a refusal written beside the word it refuses: the pole is checked before pairing
    ("The ferry operator said its new route was approved by the harbour board on Tuesday",
     "The ferry operator said its new route was refused approval by the harbour board on "
     "Tuesday"),
    ("La constructora dijo que el proyecto fue autorizado por el ayuntamiento en enero",
     "La constructora dijo que el proyecto fue rechazado por el ayuntamiento en enero"),
    # knowing and not knowing
    ("The club's chairman said the board had known about the debts before the takeover",
     "The club's chairman said the board had been unaware of the debts before the takeover"),
    ("El alcalde aseguró que el equipo de gobierno sabía de las grietas antes de la obra",
     "El alcalde aseguró que el equipo de gobierno desconocía las grietas antes de la obra"),
])
def test_the_other_pole_beside_a_shared_word_is_another_claim(a: str, b: str) -> None:
    assert not _same(a, b)
    assert not _same(b, a)


def test_the_same_pole_reworded_stays_a_rewrite() -> None:
    assert _same("The ferry operator said its new route was approved by the harbour board",
                 "The ferry operator said its new route was given approval by the harbour "
                 "board")


@pytest.mark.parametrize(("a", "b"), [
    ("Union members said Carla Mendes had been chosen as general secretary after her rival, "
     "Tom Reilly, pulled out of the race",
     "Union members said Tom Reilly had been chosen as general secretary after his rival, "
     "Carla Mendes, pulled out of the race"),
    ("Fuentes del club dijeron que Iker Arana sustituirá a Pablo Ledesma como capitán tras "
     "la lesión",
     "Fuentes del club dijeron que Pablo Ledesma sustituirá a Iker Arana como capitán tras "
     "la lesión"),
])
def test_two_names_trading_places_across_a_shared_verb_is_another_claim(a: str, b: str) -> None:
    assert not _same(a, b)
    assert not _same(b, a)


def test_a_list_of_names_turned_round_stays_a_rewrite() -> None:
    assert _same("Ministers from Portugal and Morocco signed a water-sharing deal in Rabat",
                 "Ministers from Morocco and Portugal signed a water-sharing deal in Rabat")


@pytest.mark.parametrize(("a", "b"), [
    ("Tras dos semanas de huelga, los conductores de autobús de Vigo aceptaron una subida "
     "del 4 % y volverán al trabajo el lunes, informó el comité",
     "Los conductores de autobús de Vigo volverán al trabajo el lunes tras aceptar una subida "
     "del 4 % después de dos semanas de huelga, informó el comité"),
    ("After a week of heavy rain, the river burst its banks in Tewkesbury and flooded 40 "
     "homes, the Environment Agency said",
     "The river burst its banks in Tewkesbury and flooded 40 homes after a week of heavy "
     "rain, the Environment Agency said"),
])
def test_the_same_parts_in_another_order_are_a_rewrite(a: str, b: str) -> None:
    assert _same(a, b)
    assert _same(b, a)


@pytest.mark.parametrize(("a", "b"), [
    # a word carried to another part must still agree with the one it stands for
    ("Tras dos semanas de huelga, los conductores de autobús de Vigo aceptaron una subida "
     "del 4 % y volverán al trabajo el lunes, informó el comité",
     "Los conductores de autobús de Vigo volverán al trabajo el lunes tras rechazar una "
     "subida del 4 % después de dos semanas de huelga, informó el comité"),
    ("After a week of heavy rain, the river burst its banks in Tewkesbury and flooded 40 "
     "homes, the Environment Agency said",
     "The river burst its banks in Tewkesbury and flooded 60 homes after a week of heavy "
     "rain, the Environment Agency said"),
    # roles are read in the texts' own orders, before any reordering
    ("The defending champion Ana Ruiz beat Lena Vogt in three sets on Thursday, after a rain "
     "delay of two hours, organisers said",
     "Organisers said Lena Vogt beat the defending champion Ana Ruiz in three sets on "
     "Thursday after a rain delay of two hours"),
])
def test_parts_in_another_order_with_another_fact_are_another_claim(a: str, b: str) -> None:
    assert not _same(a, b)
    assert not _same(b, a)


def test_reorder_lays_the_candidate_out_in_the_query_order() -> None:
    from reader.across.normalise import tokens
    from reader.across.reordered import reorder

    q = tokens("after the storm the ferry to Arran was cancelled for two days")
    c = tokens("the ferry to Arran was cancelled for two days after the storm")
    turned = reorder(q, c)
    assert turned is not None
    assert [t.form for t in turned] == [t.form for t in q]
    assert reorder(q, q) is None  # one order already


def test_two_doers_trading_places_at_the_edges_is_another_claim() -> None:
    """Runs at the edges of the alignment count too ("LIFEGUARDS pulled TWO SWIMMERS …" /
    "TWO SWIMMERS pulled LIFEGUARDS …"), whatever the first verdict was."""
    assert not _same("Lifeguards pulled two swimmers from a rip current at Polzeath on Monday",
                     "Two swimmers pulled lifeguards from a rip current at Polzeath on Monday")


def test_two_clauses_traded_whole_stay_a_rewrite() -> None:
    a = ("Con una inversión de 3 millones de euros, el Ayuntamiento de Lugo cubrirá la piscina "
         "municipal antes del invierno, anunció la alcaldesa")
    b = ("La alcaldesa anunció que el Ayuntamiento de Lugo cubrirá la piscina municipal antes "
         "del invierno con una inversión de 3 millones de euros")
    assert _same(a, b)
    assert _same(b, a)


def test_parts_in_another_order_with_another_verb_are_another_claim() -> None:
    """The words left outside the shared phrases may not hold one verb swapped for another
    ("desalojaron" / "registrado") even when the rest was reordered."""
    a = "Los Mossos desalojaron el polideportivo de Badalona tras una amenaza de bomba el sábado"
    b = ("El polideportivo de Badalona fue registrado por los Mossos tras una amenaza de bomba "
         "el sábado")
    assert not _same(a, b)
    assert not _same(b, a)
    assert _same(a, "El polideportivo de Badalona fue desalojado por los Mossos tras una "
                    "amenaza de bomba el sábado")


@pytest.mark.parametrize("b", [
    "La tenista gallega Nerea Pazos ganó el torneo de Vigo tras derrotar en la final a la "
    "favorita local",
    "La tenista gallega Nerea Pazos ganó el torneo de Vigo tras imponerse en la final a la "
    "favorita local",
])
def test_beating_in_the_infinitive_is_one_family(b: str) -> None:
    """'vencer' (the infinitive after 'tras') was missing from the family of beating."""
    a = ("La tenista gallega Nerea Pazos ganó el torneo de Vigo tras vencer en la final a la "
         "favorita local")
    assert _same(a, b)
