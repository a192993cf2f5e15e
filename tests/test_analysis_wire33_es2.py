"""Spanish classes left on the gold_wire33 development batch after t_es8, one class per
test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_the_complement_of_a_mayor_is_a_town_before_an_apposition() -> None:
    """"el alcalde de Fresno de Cantespino, Tomás Gil,": the head of a town names the town
    after "de", and the apposition after its comma is no part of the town's name."""
    result = run(
        "El alcalde de Fresno de Cantespino, Tomás Gil Ortega, pidió más guardias en verano.",
        language="es",
    )
    found = labels(result)
    assert found["Fresno de Cantespino"] == "LOC"
    assert found["Tomás Gil Ortega"] == "PER"
    assert "Fresno" not in found and "Cantespino" not in found


def test_a_pair_of_towns_after_their_mayors_are_both_places() -> None:
    """"los alcaldes de Peranzanes y Candamo": the second name of a pair closed by "y"/"e"
    after a town's head is a town as the first is, in one word or more."""
    result = run(
        "Hablaron ayer los alcaldes de Peranzanes y Candamo.",
        "Los alcaldes de Candín e Ibeas de Juarros firmaron el convenio.",
        language="es",
    )
    found = labels(result)
    assert (found["Peranzanes"], found["Candamo"]) == ("LOC", "LOC")
    assert (found["Candín"], found["Ibeas de Juarros"]) == ("LOC", "LOC")


def test_a_mountain_hut_is_a_place() -> None:
    """"el refugio Elola", "el refugio Meicola": a hut named after its noun is a place."""
    result = run("Pasaron la noche en el refugio Arrablo, a dos horas de la cumbre.", language="es")
    assert labels(result)["Arrablo"] == "LOC"


def test_a_town_on_its_own_line_under_the_byline_is_the_town() -> None:
    """A regional daily sets the town under the byline in capitals, with no dateline tail;
    the text names it again as a place, so the capital line is that place."""
    result = run(
        "MARTA LÓPEZ GIL",
        "VILLAR DEL MONTE",
        "El alcalde de Villar del Monte dijo que el puente se abrirá en marzo.",
        language="es",
    )
    found = labels(result)
    assert found["VILLAR DEL MONTE"] == "LOC"
    assert found["MARTA LÓPEZ GIL"] == "PER"


def test_a_married_name_closing_with_a_noun_of_names_stays_one_person() -> None:
    """"Justina Huanca de Copa,", "Rocío Jiménez de la Iglesia,": a given name and a
    surname, then "de" and one word closing the name before a comma, is one person even
    when the last word is a cup or a church."""
    result = run(
        "Entre los testigos estaba Justina Mamani de Copa, vecina del barrio.",
        "La secretaria, Rocío Pardo de la Iglesia, leyó el acta.",
        language="es",
    )
    found = labels(result)
    assert found["Justina Mamani de Copa"] == "PER"
    assert found["Rocío Pardo de la Iglesia"] == "PER"
    assert "Copa" not in found and "Iglesia" not in found


def test_an_action_noun_of_a_body_takes_its_field_with_en() -> None:
    """"Grupo de Rescate e Intervención en Montaña": a body's name ending in an action
    noun goes on with "en" and its field; "en" and a place after another body is its seat,
    no part of the name."""
    result = run(
        "Los rescató el Equipo de Búsqueda y Intervención en Cuevas (EBIC) de Cantabria.",
        "La Federación de Pesca en Asturias convocó el campeonato.",
        language="es",
    )
    found = labels(result)
    assert found["Equipo de Búsqueda y Intervención en Cuevas"] == "ORG"
    assert found["EBIC"] == "ORG"
    assert "Cuevas" not in found
    assert (found["Federación de Pesca"], found["Asturias"]) == ("ORG", "LOC")


def test_an_official_takes_up_the_director_named_before() -> None:
    """"El funcionario reiteró …": the copy names a director again as "el funcionario",
    "la funcionaria" (``role_synonyms``), across a second person named in between."""
    result = run(
        "En rueda de prensa, la directora del hospital, Marta Giménez Ortiz, detalló el plan.",
        "La jefa de enfermería, la supervisora Lucía Ramos Vidal, tomó la palabra.",
        'La funcionaria reiteró el pedido de "no acudir a urgencias" por un resfriado.',
        language="es",
    )
    assert speaker_of(result, "no acudir") == "Marta Giménez Ortiz"


def test_a_quoted_word_qualifying_an_object_noun_is_a_term() -> None:
    """"priorizará el tabaco "tapado"": one or two lower-case words quoted right after an
    object's article and noun name a kind, not a remark, even in a reported clause; a
    predicate quoted after "que" and its subject is still speech."""
    result = run(
        'La cooperativa anunció que venderá el café "lavado", secado al sol, a Japón.',
        'El gremio advirtió que el invierno "será duro" para los pescadores.',
        language="es",
    )
    kinds = {q.text: q.is_speech for q in result.quotes}
    assert kinds == {'"lavado"': False, '"será duro"': True}


def test_a_park_and_its_qualifier_after_a_job_noun_are_one_name() -> None:
    """"el director del Parque Nacional Doñana": a place or body noun alone ("Parque",
    "Federación") names nothing, so the run after it is no employer and then a person."""
    result = run(
        "Los guardas del Parque Natural Somiedo cerraron la senda.",
        "El director del Parque Regional Sierra Espuña, Álvaro Gil Nieto, lo confirmó.",
        language="es",
    )
    found = labels(result)
    assert "Natural Somiedo" not in found and "Regional Sierra Espuña" not in found
    assert found["Parque Natural Somiedo"] == "LOC"
    assert found["Parque Regional Sierra Espuña"] == "LOC"


def test_a_service_number_inside_a_body_name_keeps_the_name_whole() -> None:
    """"el Centro de Emergencias 112 de Castilla y León": a number that designates the
    body (an emergency line, a court's number) sits inside its name, before the "de"
    of its seat; a number after a brand before "de" still parts two names."""
    result = run(
        "La llamada entró en el Centro Coordinador 061 de Aragón a las 4.10.",
        "El herido viajó en un Airbus 320 de Iberia.",
        language="es",
    )
    found = labels(result)
    assert found["Centro Coordinador 061 de Aragón"] == "ORG"
    assert "Aragón" not in found
    assert "Iberia" in found


def test_a_hospital_complex_is_one_body_with_its_seat() -> None:
    """"el Complejo Asistencial de Ávila", "el Complejo Hospitalario de Navarra": a
    "complejo" of care is a body whose name runs on with the "de" of its seat."""
    result = run("Lo trasladaron al Complejo Hospitalario de Toledo en ambulancia.", language="es")
    found = labels(result)
    assert found["Complejo Hospitalario de Toledo"] == "ORG"
    assert "Toledo" not in found
