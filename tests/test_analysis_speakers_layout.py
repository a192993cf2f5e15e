"""Speakers under the layout rewrites of ``benchmarks/perturb_layout.py``: a surname
replaced on its later mentions by the noun the article first put before the name.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

_FILLER = (
    "La prueba se disputó con viento de costado y doce grados de temperatura, y la "
    "organización retrasó la salida veinte minutos por la lluvia de la mañana. "
) * 14


def test_a_noun_the_article_put_before_a_name_takes_that_person_up() -> None:
    # "velocista" is in no list: the article itself made it a title ("la velocista X")
    result = run(
        "La velocista gallega Uxía Barreiro ganó este sábado los 200 metros del "
        "campeonato de invierno.",
        "El seleccionador, Amadeo Prieto, avanzó que habrá cambios. «Tenemos tres "
        "plazas para el europeo», dijo Prieto.",
        "En la zona mixta, la velocista aseguró: «Todavía me tiemblan las piernas».",
        language="es",
    )
    assert speaker_of(result, "Tenemos tres") == "Amadeo Prieto"
    assert speaker_of(result, "Todavía me tiemblan") == "Uxía Barreiro"


def test_the_title_holds_however_far_back_the_name_was_given() -> None:
    result = run(
        "La escaladora navarra Maite Urquiola coronó el domingo su tercer ochomil.",
        _FILLER,
        "El jefe de la expedición, Ovidio Larrañaga, confirmó el descenso. «Bajamos "
        "todos sin congelaciones», señaló Larrañaga.",
        "La escaladora volverá a Pamplona el jueves. Preguntada por el siguiente reto, "
        "fue prudente: «Primero descansar, luego ya veremos».",
        language="es",
    )
    assert speaker_of(result, "Primero descansar") == "Maite Urquiola"


def test_an_adjective_between_a_listed_role_and_the_name() -> None:
    result = run(
        "El portavoz socialista Evaristo Manjón criticó el presupuesto en el pleno.",
        "La alcaldesa, Remedios Ocaña, defendió las cuentas. «Son las más sociales de la "
        "década», afirmó Ocaña.",
        "«Son las mismas de siempre con otro lazo», replicó el portavoz.",
        language="es",
    )
    assert speaker_of(result, "Son las mismas") == "Evaristo Manjón"


# --- gold_wire9 classes (fresh messy Spanish wire): new text for each -------------------


def test_the_first_answer_in_a_dialogue_goes_to_the_one_the_lead_is_about() -> None:
    result = run(
        "El exalcalde de Benaguasil Teodoro Climent ha negado este martes ante el juez "
        "haber cobrado comisiones del constructor Eliseo Roig.",
        "La jueza, Amparo Soler, abrió el interrogatorio con los extractos bancarios.",
        "—¿Reconoce estas transferencias?",
        "—No. Esa cuenta no es mía.",
        language="es",
    )
    assert speaker_of(result, "No. Esa cuenta") == "Teodoro Climent"


def test_a_role_noun_skips_a_name_given_another_role() -> None:
    result = run(
        "El exgerente Bernardo Lluch ha negado este lunes haber desviado fondos del "
        "concejal de Alzira Ramiro Espí, según la Fiscalía.",
        "El fiscal, Julio Montero, abrió el interrogatorio.",
        "—¿Firmó usted estas facturas?",
        "—Las firmaba todo el mundo —replicó el acusado—. Era la costumbre.",
        language="es",
    )
    assert speaker_of(result, "Las firmaba") == "Bernardo Lluch"


def test_a_verb_joined_by_y_shares_the_subject_that_opens_the_sentence() -> None:
    result = run(
        "La candidata socialista, Esperanza Mollà, compareció de madrugada, acompañada "
        "del alcalde de Gandia, Rafael Ivars, y aseguró que el partido ha obtenido "
        "«un resultado digno en un mal momento».",
        language="es",
    )
    assert speaker_of(result, "un resultado digno") == "Esperanza Mollà"


def test_a_subject_inside_a_clause_after_the_tag_verb_did_not_speak() -> None:
    result = run(
        "El alcalde, Cipriano Baeza, cerró el pleno pasada la medianoche.",
        "«Mañana seguiremos», zanjó cuando los vecinos empezaron a silbar.",
        language="es",
    )
    assert speaker_of(result, "Mañana seguiremos") == "Cipriano Baeza"


def test_the_person_the_narration_is_about_answers_an_unnamed_asker() -> None:
    result = run(
        "El delegado del Gobierno, Faustino Ares, visitó la zona con la alcaldesa, "
        "Herminia Cao. «Nadie debe volver a casa todavía», dijo Ares.",
        "Ante los periodistas, el capataz de la cuadrilla que trabajó en Vilariño, "
        "Tarsicio Mouriño, relató la noche.",
        "—¿Cómo fue?",
        "—Larga. El viento cambió tres veces.",
        language="es",
    )
    assert speaker_of(result, "Larga. El viento") == "Tarsicio Mouriño"


def test_a_definite_role_phrase_before_a_name_is_its_title() -> None:
    result = run(
        "El ministro de Trabajo, Julián Ferreyra, cifró en un 40 % el seguimiento del paro.",
        "En la rueda de prensa, celebrada en la sede de la calle Tucumán, el cosecretario "
        "general del gremio Evaristo Luján compareció junto a su compañera, Nélida Ocampo.",
        "—¿Habrá otro paro?",
        "—Si no nos llaman, sí.",
        language="es",
    )
    assert speaker_of(result, "Si no nos llaman") == "Evaristo Luján"


def test_a_name_inside_a_relative_clause_on_the_subject_did_not_speak() -> None:
    result = run(
        "La consejera, Iciar Lasa, que visitó el embalse junto al director de la agencia, "
        "Gorka Uribe, calificó la situación de «muy delicada».",
        language="es",
    )
    assert speaker_of(result, "muy delicada") == "Iciar Lasa"


def test_a_clause_opened_by_aunque_has_its_own_subject() -> None:
    result = run(
        "La Asociación de Navieros Canarios celebró la rebaja, aunque su secretario, "
        "Nicasio Afonso, advirtió de que las tasas portuarias «siguen siendo las más altas».",
        language="es",
    )
    assert speaker_of(result, "siguen siendo") == "Nicasio Afonso"


def test_a_name_after_a_noun_governed_by_a_preposition_names_a_thing() -> None:
    result = run(
        "La ministra de Hacienda, Rocío Almagro, defendió el acuerdo fiscal ante sus socios.",
        "«Es lo que nos pedían las comunidades», dijo a la salida del hotel Bristol Palace.",
        language="es",
    )
    assert speaker_of(result, "Es lo que nos pedían") == "Rocío Almagro"


def test_a_segun_past_a_semicolon_belongs_to_another_clause() -> None:
    result = run(
        "Para el portavoz cántabro, Amancio Sotelo, la pérdida obedece a «una decisión "
        "tomada en un despacho»; según los datos del Gobierno de Cantabria, votó el 61,4 % "
        "del censo.",
        language="es",
    )
    assert speaker_of(result, "una decisión tomada") == "Amancio Sotelo"


def test_a_noun_titled_with_a_complement_takes_up_its_holder() -> None:
    result = run(
        "El informe, firmado por la geógrafa de Urbanismo Leonor Bastida y el ingeniero "
        "Próspero Cuesta, analiza cuarenta barrios.",
        "«Las aceras son el problema», explicó la geógrafa en la presentación.",
        language="es",
    )
    assert speaker_of(result, "Las aceras") == "Leonor Bastida"


def test_a_relative_clause_with_its_own_subject_names_the_speaker() -> None:
    result = run(
        "El BNG, que encabezaba la exconcejala Rosalía Abelenda, perdió dos escaños, un "
        "resultado que la candidata atribuyó a «una campaña que nos ha pasado por encima».",
        language="es",
    )
    assert speaker_of(result, "una campaña que nos") == "Rosalía Abelenda"
