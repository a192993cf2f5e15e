"""The ``witness`` hidden cue (``reader/analysis/claim_witness.py``): a sentence that
presents a witness the reporter met, an unnamed source or a person placed by a fronted
phrase of place. The learned weights decide how much it counts; the tests check the cue."""

from __future__ import annotations

from test_analysis_helpers import scored


def _hidden(sentence: str, language: str) -> tuple[str, ...]:
    """The hidden cues of a one-sentence article."""
    [only] = scored(sentence, language=language)
    return only.hidden


def test_an_unnamed_source_is_a_witness() -> None:
    for sentence, language in (
        ("Un pescador del puerto, que pidió no ser identificado, contó que la lonja cerró "
         "a las seis.", "es"),
        ("Una enfermera de la planta, que prefirió no dar su nombre, dijo que faltan camas.",
         "es"),
        ("A dock worker, who asked not to be named, said the cranes stopped at noon.", "en"),
        ("One broker, speaking on condition of anonymity, said the sale was delayed.", "en"),
    ):
        assert "witness" in _hidden(sentence, language), sentence


def test_a_person_placed_by_a_fronted_place_is_a_witness() -> None:
    for sentence, language in (
        ("En el mercado de abastos de Ronda, Carmen Vílchez Ortega atiende su puesto "
         "desde el martes.", "es"),
        ("En Tafí del Valle, en el oeste tucumano, Ramón Quiroga Luna perdió la cosecha "
         "en marzo.", "es"),
        ("Outside the flooded bakery, Tomas Reyes stacked sandbags on Tuesday.", "en"),
    ):
        assert "witness" in _hidden(sentence, language), sentence


def test_an_official_a_time_or_a_statement_sets_no_scene() -> None:
    for sentence, language in (
        # a role before the name: an official speaks
        ("En Bruselas, el ministro Luis Planas defendió el acuerdo el lunes.", "es"),
        # a fronted time, document or speech event
        ("En marzo, Dolores Fuertes Barrios abrió una segunda panadería en Linares.", "es"),
        ("En rueda de prensa, Marta Gil Ferrer explicó el plan el lunes.", "es"),
        ("In March, Dana Whitlock opened a second bakery in Dayton.", "en"),
        ("In a statement, Dana Whitlock said the bakery would reopen on Monday.", "en"),
        # a named source who keeps nothing back
        ("Un pescador del puerto, Andrés Lema, contó que la lonja cerró a las seis.", "es"),
    ):
        assert "witness" not in _hidden(sentence, language), sentence
