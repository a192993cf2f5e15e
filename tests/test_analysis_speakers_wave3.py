"""Speakers, wave-3 generalisation round (Spanish speakers and raya): classes found on
the first-run misses of fresh wire and on perturbed development gold. Every sentence here
is new text written for these tests.
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

# --- an unnamed person from a place: the place is their origin, not their employer ----


def test_an_unnamed_person_from_a_town_is_named_by_the_noun() -> None:
    result = run(
        "Las lonjas gallegas pagaron ayer la sardina a 0,80 euros el kilo.",
        "Un marinero de Ribadeo que faena desde hace treinta años aseguró que la campaña "
        "«no da ni para el gasóleo».",
        language="es",
    )
    assert speaker_of(result, "no da ni") == "marinero"


def test_an_unnamed_neighbour_of_a_village_after_the_quotation() -> None:
    result = run(
        "El temporal dejó sin luz a unas 3.000 casas del interior de Lugo.",
        "«Estuvimos dos días con velas y sin agua caliente», relató una vecina de Becerreá "
        "a la radio local.",
        language="es",
    )
    assert speaker_of(result, "Estuvimos dos") == "vecina"


# --- "Preguntado por X": the agent put the dialogue question that follows ----------------


def test_the_agent_of_preguntado_por_asks_and_the_one_asked_answers() -> None:
    result = run(
        "La alcaldesa de Langreo, Carmen Villaverde Quirós, defendió este martes el cierre "
        "del mercado de abastos.",
        "—¿Cuándo reabrirá? —le preguntaron.",
        "—Cuando el techo sea seguro.",
        "Preguntada por una reportera de Radio Nalón por los retrasos en la obra, que "
        "acumula siete meses, fue más tajante.",
        "—¿Habrá responsabilidades?",
        "—No mientras yo esté en este despacho. Yo lo que digo es que la empresa cumplirá.",
        language="es",
    )
    assert speaker_of(result, "Habrá responsabilidades") == "reportera de Radio Nalón"
    assert speaker_of(result, "No mientras yo") == "Carmen Villaverde Quirós"


def test_a_named_agent_of_consultado_por_asks() -> None:
    result = run(
        "El consejero de Pesca, Anxo Lamas Regueira, presentó el plan de ayudas a la flota.",
        "Consultado por el periodista Brais Outeiro sobre el gasóleo, el consejero dudó.",
        "—¿Llegarán las ayudas antes del verano?",
        "—Esa es la intención.",
        language="es",
    )
    assert speaker_of(result, "Llegarán las ayudas") == "Brais Outeiro"
    assert speaker_of(result, "Esa es la intención") == "Anxo Lamas Regueira"


# --- an answer whose aside drops its subject is the one questioned --------------------


def test_an_answer_tagged_with_a_dropped_subject_is_the_interviewees() -> None:
    result = run(
        "La directora del festival, Olaia Berasategi Zubiri, presentó la programación, "
        "que abre el cineasta Kepa Urkiola con su último documental.",
        "—¿Cuánto ha costado?",
        "—Menos que el año pasado —contestó, y señaló el cartel—. Hemos recortado en "
        "hoteles, no en películas.",
        language="es",
    )
    assert speaker_of(result, "Menos que el año") == "Olaia Berasategi Zubiri"
