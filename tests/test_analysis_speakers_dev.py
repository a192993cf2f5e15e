"""Speaker cues found on the dev set (tests/gold_dev): Spanish press conventions."""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of


def test_appositive_with_a_role_in_lower_case() -> None:
    result = run(
        "Los médicos matizan el balance del Hospital Central Pedro Ruiz. "
        "“Operamos por la tarde”, lamentó su presidente, el cirujano Jorge Lasarte, ayer.",
        language="es",
    )
    assert speaker_of(result, "Operamos") == "Jorge Lasarte"


def test_role_noun_resolves_to_the_role_phrase_before_a_name() -> None:
    result = run(
        "La fiscal del caso, Beatriz Lomas, mantiene su petición de cárcel.",
        "«Las facturas describen obras que no existen», aseguró la fiscal en la sala.",
        language="es",
    )
    assert speaker_of(result, "Las facturas") == "Beatriz Lomas"


def test_indefinite_role_is_a_new_unnamed_speaker() -> None:
    result = run(
        "El consejero Tomás Prieto habló con la prensa por la mañana.",
        "«No hubo ni café», bromeó un delegado de UGT que prefirió no dar su nombre.",
        language="es",
    )
    assert speaker_of(result, "No hubo") == "delegado de UGT"


def test_sources_keep_their_complement() -> None:
    result = run(
        "Fuentes del ministerio precisaron que la comparación «debe hacerse con cautela».",
        language="es",
    )
    assert speaker_of(result, "debe hacerse") == "Fuentes del ministerio"


def test_organisation_named_after_the_verb_wins_over_the_previous_speaker() -> None:
    result = run(
        "El dirigente Luis Bedia calificó de «insuficiente» la subida. "
        "La patronal celebró la rebaja: «Es una señal para invertir», señaló la "
        "Confederación de Empresarios de Soria en un comunicado.",
        language="es",
    )
    assert speaker_of(result, "Es una señal") == "Confederación de Empresarios de Soria"


def test_perfect_tense_request_before_the_quotation() -> None:
    result = run(
        "Fuentes de la mesa admiten que la reunión duró poco.",
        "La consejera de Trabajo, Amaia Zubieta, ha pedido a las partes que «no cierren "
        "ninguna puerta» y ha recordado el último convenio.",
        language="es",
    )
    assert speaker_of(result, "no cierren") == "Amaia Zubieta"


def test_collective_speakers_of_labour_news() -> None:
    result = run(
        "La patronal, por su parte, considera que «no hay margen».",
        "Los sindicatos sostienen que «la oferta es una burla».",
        language="es",
    )
    assert speaker_of(result, "no hay margen") == "patronal"
    assert speaker_of(result, "burla") == "sindicatos"


def test_whole_sentence_quotation_then_asi_lo_ha_asegurado() -> None:
    result = run(
        "El ministro Luis Vidal habló ayer. «No aceptaremos chantajes». Así lo ha "
        "asegurado la portavoz del Gobierno, Ana Ruiz.",
        language="es",
    )
    quote = next(q for q in result.quotes if "chantajes" in q.text)
    assert quote.is_speech
    assert speaker_of(result, "chantajes") == "Ana Ruiz"


def test_organisation_after_desde_and_present_tense_zanja() -> None:
    result = run(
        "«No firmaremos», advierten desde CCOO.",
        "El juez Mario Sanz ha rechazado la petición. «No procede», zanja el auto.",
        language="es",
    )
    assert speaker_of(result, "No firmaremos") == "CCOO"
    assert speaker_of(result, "No procede") == "auto"


def test_delegation_is_an_organisation_that_speaks() -> None:
    result = run(
        "La Policía Nacional ha detenido a dos personas, según ha informado la Delegación "
        "del Gobierno en Madrid, que ha señalado que «no hay más implicados».",
        language="es",
    )
    assert (speaker_of(result, "más implicados") or "").startswith("Delegación del Gobierno")


def test_son_palabras_de_names_the_speaker_in_the_next_sentence() -> None:
    result = run(
        "«Es una vergüenza». Son palabras del alcalde de Lugo, José Tomé, tras la sentencia.",
        language="es",
    )
    assert speaker_of(result, "vergüenza") == "José Tomé"


def test_indefinite_subject_after_a_time_word() -> None:
    result = run(
        "«Esto no es una crisis, es un colapso», resumía ayer un técnico del servicio.",
        language="es",
    )
    assert speaker_of(result, "colapso") == "técnico del servicio"


def test_document_after_a_named_organisation_is_not_the_speaker() -> None:
    result = run(
        "La patronal celebró la rebaja: «Es una señal para invertir», señaló la "
        "Federación de Empresarios de Lugo en un comunicado.",
        language="es",
    )
    assert speaker_of(result, "señal") == "Federación de Empresarios de Lugo"


def test_english_institution_noun_as_speaker() -> None:
    result = run(
        'The ministry said in a statement that it "regrets the incident and will investigate."',
        language="en",
    )
    assert speaker_of(result, "regrets") == "ministry"


def test_officials_at_an_organisation_speak_for_it() -> None:
    result = run(
        'Officials at the Department of Energy said the plan was "on track."', language="en"
    )
    assert speaker_of(result, "on track") == "Department of Energy"


def test_con_esta_frase_names_the_speaker_after_the_verb() -> None:
    result = run(
        "«Seguiremos luchando». Con esta frase cerró su intervención la activista Greta Ruiz.",
        language="es",
    )
    assert speaker_of(result, "Seguiremos") == "Greta Ruiz"


def test_a_juicio_del_and_en_palabras_del() -> None:
    result = run(
        "A juicio del investigador del CSIC Pablo Gómez, los datos «son muy preocupantes "
        "para todos». En palabras del alcalde, Luis Mora, la obra «ha sido un desastre sin "
        "paliativos».",
        language="es",
    )
    assert speaker_of(result, "preocupantes") == "Pablo Gómez"
    assert speaker_of(result, "desastre") == "Luis Mora"
