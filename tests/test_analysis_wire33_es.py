"""Spanish classes seen on the blind batch gold_wire33, each tested on new text: an age
that says a person, interview answers, married names, bodies named with a place."""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_age_after_a_name_with_de_says_a_person() -> None:
    found = labels(
        run(
            "Wendolyn Quispe de la Vega tiene 52 años y un puesto de flores en el mercado. "
            "Ayer también habló Yessenia Ortuño del Pino, de 61 años, jubilada. "
            "La Fundación Ortuño del Pino lleva 40 años en el barrio.",
            language="es",
        )
    )
    assert found.get("Wendolyn Quispe de la Vega") == "PER", found
    assert found.get("Yessenia Ortuño del Pino") == "PER", found
    assert found.get("Fundación Ortuño del Pino") == "ORG", found


def test_verb_before_an_infinitive_is_not_an_adjective_of_the_role() -> None:
    result = run(
        "De su sueldo, la alcaldesa prefiere no hablar. Lo resume ella misma: "
        '"No es asunto de nadie".',
        "Del pacto, el portavoz suele decir poco. Lo zanja así: «Ya hablaremos en otoño».",
        language="es",
    )
    assert speaker_of(result, "asunto de nadie") == "alcaldesa"
    assert speaker_of(result, "hablaremos en otoño") == "portavoz"


def test_sources_of_a_named_body_speak_as_the_sources() -> None:
    result = run(
        "Fuentes de la Agencia Estatal de Puertos indicaron que el muelle abrirá "
        '"cuando el viento amaine". «No hubo avería», añadieron fuentes del Servicio '
        "Canario de Salud. «La obra sigue en plazo», señala un comunicado del Cabildo.",
        language="es",
    )
    assert speaker_of(result, "viento amaine") == "Fuentes de la Agencia Estatal de Puertos"
    assert speaker_of(result, "avería") == "fuentes del Servicio Canario de Salud"
    assert speaker_of(result, "plazo") == "Cabildo"


def test_a_document_brought_in_mid_sentence_speaks_for_the_sentence_opening_body() -> None:
    result = run(
        "La asociación, presidida por un jubilado, respondió con un comunicado en el que "
        "recuerda que el Ayuntamiento de Lugo prometió la obra en 2021. «Nos han tomado el "
        "pelo», resume el texto.",
        "La cooperativa Agrovid contestó con una nota en la que cita a la Diputación de "
        "Soria. «No cerraremos la planta», añade el escrito.",
        language="es",
    )
    assert speaker_of(result, "tomado el pelo") == "asociación"
    assert speaker_of(result, "No cerraremos") == "Agrovid"


def test_a_phrase_inside_the_opening_quotation_is_no_subject_of_a_later_verb() -> None:
    result = run(
        "«La demanda de cemento ha caído a la mitad», sostiene la cementera en una carta a "
        "la plantilla, en la que atribuye el cierre al «precio de la luz».",
        language="es",
    )
    assert speaker_of(result, "precio de la luz") == "cementera"


def test_a_role_noun_names_again_the_person_it_named_before() -> None:
    result = run(
        "La presidenta de la sala, Amaia Etxarri Lasa, leyó el fallo.",
        "«Faltan facturas de dos años», afirmó la magistrada.",
        "En la sala estaba Begoña Lumbreras, cuyo hijo trabajó en la obra. «Mi hijo no "
        "firmó nada», dijo.",
        "La magistrada recordó después que nadie sabe «dónde acabó el dinero» de la subvención.",
        language="es",
    )
    assert speaker_of(result, "dónde acabó el dinero") == "Amaia Etxarri Lasa"


def test_an_organisation_noun_with_its_complements_introduces_a_name_with_del() -> None:
    found = labels(
        run(
            "La fabricante de envases para conservas Latas del Cantábrico cerró su planta. "
            "La empresa pidió a Juan del Río que mediara.",
            language="es",
        )
    )
    assert found.get("Latas del Cantábrico") == "ORG", found
    assert found.get("Juan del Río") == "PER", found


def test_a_named_unit_of_an_institute_is_two_bodies() -> None:
    found = labels(
        run(
            "El Centro Oceanográfico del Instituto Canario de Ciencias Marinas midió el "
            "oleaje.",
            language="es",
        )
    )
    assert found.get("Centro Oceanográfico") == "ORG", found
    assert found.get("Instituto Canario de Ciencias Marinas") == "ORG", found


def test_a_deputy_role_is_a_role_in_an_opinion_opening() -> None:
    result = run(
        "Para la subdirectora de estudios de mercado de Finanzas Lares, Irene Zabala "
        'Mugica, la subida "no cambia el ciclo" del euro.',
        language="es",
    )
    assert speaker_of(result, "no cambia el ciclo") == "Irene Zabala Mugica"


def test_a_reporting_infinitive_with_an_object_pronoun_reports() -> None:
    result = run(
        "El portavoz del PNV, Joseba Urrutikoetxea Lasa, rechazó el plan tras calificarlo "
        'de "chapuza" en el pleno.',
        language="es",
    )
    assert speaker_of(result, "chapuza") == "Joseba Urrutikoetxea Lasa"


def test_an_adjective_of_the_sources_complement_stays_in_the_phrase() -> None:
    result = run(
        "Según fuentes del sector lácteo, el precio «no cubre los costes». Fuentes de la "
        "industria hotelera indicaron que la ocupación «roza el lleno». Fuentes del "
        "ministerio indican que el plan «sigue en pie».",
        language="es",
    )
    assert speaker_of(result, "roza el lleno") == "Fuentes de la industria hotelera"
    assert speaker_of(result, "sigue en pie") == "Fuentes del ministerio"
