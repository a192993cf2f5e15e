"""Speakers, session 22's Spanish round on the gold_wire30 batch: classes found on its
errors, each tested on new text written for this file (not copied from the gold)."""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of

# --- a signature in capitals heading the piece is who wrote it ------------------------


def test_a_capitalised_signature_is_not_the_one_interviewed() -> None:
    result = run(
        ("heading", "MAITE ZUBELDIA ORTIZ"),
        "Tolosa (Gipuzkoa)",
        "Anselmo Garmendia Etxeberria tiene 81 años y lleva sesenta haciendo boinas en un "
        "taller de Tolosa. Según sus cuentas, ha cosido más de 40.000.",
        "—¿Cómo empezó?",
        "—Con mi padre —dice, y se ríe—. Él me enseñó todo.",
        "—¿Cuántas hace al día?",
        "—Ahora, cuatro o cinco. Antes eran veinte.",
        language="es",
    )
    assert speaker_of(result, "Con mi padre") == "Anselmo Garmendia Etxeberria"
    assert speaker_of(result, "cuatro o cinco") == "Anselmo Garmendia Etxeberria"


def test_a_name_in_ordinary_case_heading_an_interview_still_answers() -> None:
    result = run(
        ("heading", "Anselmo Garmendia"),
        "—¿Cuántas boinas hace al día?",
        "—Ahora, cuatro o cinco.",
        language="es",
    )
    assert speaker_of(result, "cuatro o cinco") == "Anselmo Garmendia"


# --- a married woman's name: given name, surnames, then "de" and a patronymic ---------


def test_a_married_name_with_de_and_a_patronymic_is_a_person_who_answers() -> None:
    result = run(
        "Fermina Cutipa Mamani de Gutiérrez vende quesos en el mercado de Juliaca desde 1980.",
        "—¿Cómo va la venta?",
        "—Peor que antes. Ahora todos compran en el supermercado.",
        "Doña Fermina lo dice sin enfado. «Aquí seguiré», promete.",
        language="es",
    )
    assert labels(result)["Fermina Cutipa Mamani de Gutiérrez"] == "PER"
    assert speaker_of(result, "Peor que antes") == "Fermina Cutipa Mamani de Gutiérrez"
    assert speaker_of(result, "Aquí seguiré") == "Fermina Cutipa Mamani de Gutiérrez"


def test_a_body_with_its_article_before_de_and_a_surname_stays_no_person() -> None:
    result = run("La Casa Blanca de Sánchez abrió sus puertas en 1932.", language="es")
    assert labels(result).get("Casa Blanca de Sánchez") != "PER"


# --- a court noun takes up the court named before, not a body named in passing --------


def test_the_court_noun_speaks_for_the_court_named_before() -> None:
    result = run(
        "León, 3 mar (EFE).- La Audiencia Provincial de León ha absuelto al exalcalde de "
        "Riaño, según ha informado a EFE su defensa.",
        "El Ayuntamiento de Riaño, que se personó como acusación, pidió dos años de "
        "prisión, pero el tribunal considera que no hubo \"ánimo de lucro alguno\".",
        language="es",
    )
    assert speaker_of(result, "ánimo de lucro") == "Audiencia Provincial de León"


# --- a title in marks credited to its author with "de" is a work, not speech ----------


def test_a_title_then_de_and_its_authors_name_is_no_speech() -> None:
    result = run(
        "En la sección oficial compiten «Nadie vuelve del todo al pueblo», de la "
        "guionista Marta Ibáñez Soler, y «Los veranos que no vinieron», del uruguayo "
        "Gastón Pereira Lema. \"Es mi película más personal\", dijo Ibáñez Soler.",
        language="es",
    )
    kinds = {q.text: q.is_speech for q in result.quotes}
    assert kinds["«Nadie vuelve del todo al pueblo»"] is False
    assert kinds["«Los veranos que no vinieron»"] is False
    assert speaker_of(result, "más personal") == "Marta Ibáñez Soler"


def test_speech_then_de_acuerdo_con_stays_speech() -> None:
    result = run(
        "La obra «se terminará antes de que acabe el año», de acuerdo con Julia Robles Paz.",
        language="es",
    )
    assert speaker_of(result, "se terminará") == "Julia Robles Paz"


# --- narration opening with its verb, articles between it and the one who speaks next ---


def test_taking_the_floor_with_articles_between_names_the_next_voice() -> None:
    result = run(
        "El alcalde de Caspe, Julián Ortas Lacambra, abrió la rueda de prensa.",
        "—¿Habrá que desalojar?",
        "—De momento no —respondió Ortas—. Lo decidiremos esta noche.",
        "Enseguida tomó la palabra la hidróloga Inés Barrenechea Sáenz, de la "
        "Confederación Hidrográfica del Ebro.",
        "—El caudal del río empezará a bajar a partir de la medianoche.",
        language="es",
    )
    assert speaker_of(result, "El caudal del río") == "Inés Barrenechea Sáenz"
