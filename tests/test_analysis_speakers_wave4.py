"""Speakers, wave-4 round (Spanish speakers and raya): two-party examinations and
interviews in raya, a role noun taking up a long subject phrase, and the answer to a
question after the narration quoted a third voice. Every sentence here is new text
written for these tests.
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

# --- a long subject phrase: its head noun is the role of the name apposed after it -----


def test_a_role_noun_takes_up_the_head_of_a_long_subject_phrase() -> None:
    result = run(
        "GIJÓN, 2 abr (EFE).- La conductora investigada por atropellar a un ciclista en la "
        "carretera de Villaviciosa el pasado mes de agosto de 2025, Marta Cuervo Llano, "
        "negó ayer ante el juez que fuera bebida.",
        "El abogado del ciclista, Pelayo Suárez, pidió que se repitiera la prueba.",
        "—Había tomado una caña a mediodía, nada más —insistió la investigada.",
        language="es",
    )
    assert speaker_of(result, "Había tomado") == "Marta Cuervo Llano"


def test_a_person_named_inside_the_long_phrase_keeps_the_role_to_himself() -> None:
    result = run(
        "El juez Tomás Larrea interrogó durante casi dos horas y con bastante dureza a la "
        "única superviviente del naufragio frente a la costa de Barbate, Aisha Diallo, "
        "según fuentes del juzgado.",
        "«No tengo nada más que añadir», zanjó el juez.",
        language="es",
    )
    assert speaker_of(result, "No tengo nada") == "Tomás Larrea"


# --- the answer to a question is a voice of the exchange, not a remark quoted between --


def test_an_answer_goes_to_the_examined_not_to_a_judge_quoted_in_narration() -> None:
    result = run(
        "El interrogatorio del fiscal, Andrés Pozuelo Rey, al exalcalde de Lliria, Vicent "
        "Sanz, se alargó toda la mañana.",
        "—¿Firmó usted la adjudicación?",
        "—La firmé porque me la trajo el secretario.",
        "El presidente del tribunal, Ramón Eced, le pidió que fuera \"más concreto\".",
        "—¿Leyó el informe del interventor? —le preguntó entonces la abogada de la "
        "acusación popular, Clara Benlloch.",
        "—No lo leí. Nadie me dijo que existiera.",
        language="es",
    )
    assert speaker_of(result, "No lo leí") == "Vicent Sanz"


# --- a strict examination: untagged turns keep the rhythm of the questions -------------


def _examination() -> object:
    return run(
        "BILBAO, 5 nov (EFE).- El encargado del almacén de Zorrotza donde se perdieron 300 "
        "kilos de cobre, Iker Zabala Etxeberria, declaró este jueves como testigo.",
        "La fiscal del caso, Amaia Urkiola, lo interrogó durante media hora.",
        "—¿Quién cerraba el almacén por las noches?",
        "—Yo, salvo los fines de semana.",
        "—Pero el sábado 4 la puerta apareció abierta.",
        "—Ese sábado no trabajé —respondió el testigo tras consultar un papel—. Lo cerró "
        "un compañero.",
        "—¿Qué compañero?",
        "—No lo recuerdo. Había tres aquel mes.",
        language="es",
    )


def test_a_statement_in_the_questioners_place_is_the_questioners() -> None:
    assert speaker_of(_examination(), "Pero el sábado") == "Amaia Urkiola"


def test_an_answer_tagged_by_a_role_keeps_the_examined() -> None:
    result = _examination()
    assert speaker_of(result, "Ese sábado no trabajé") == "Iker Zabala Etxeberria"
    assert speaker_of(result, "No lo recuerdo") == "Iker Zabala Etxeberria"


def test_a_question_in_the_rhythm_goes_to_the_named_examiner() -> None:
    assert speaker_of(_examination(), "Qué compañero") == "Amaia Urkiola"


def test_an_unnamed_interviewers_statement_turn_is_nobodys() -> None:
    result = run(
        "Conversación con la rectora de la Universidad de Huelva, Pilar Domínguez Vela, "
        "tras el recorte de la financiación autonómica.",
        "—¿Va a subir las tasas?",
        "—No. Las tasas las fija la Junta, no yo.",
        "—El consejero dice que la universidad tiene remanentes.",
        "—Tiene remanentes comprometidos en obras que ya están adjudicadas.",
        "—¿Cuánto dinero falta?",
        "—Unos nueve millones este año.",
        language="es",
    )
    assert speaker_of(result, "El consejero dice") is None
    assert speaker_of(result, "Tiene remanentes") == "Pilar Domínguez Vela"


def test_an_exchange_with_a_third_named_voice_is_left_alone() -> None:
    result = run(
        "El debate entre los candidatos a la alcaldía de Teruel, Jaime Pons y Elena "
        "Ruiz Gil, lo moderó la periodista Sara Lanau.",
        "—¿Qué harán con la estación?",
        "—Soterrarla —respondió Jaime Pons.",
        "—Eso es imposible con este presupuesto —replicó Elena Ruiz Gil.",
        "—¿Y con el del Estado?",
        "—Tampoco —zanjó Elena Ruiz Gil.",
        language="es",
    )
    assert speaker_of(result, "Eso es imposible") == "Elena Ruiz Gil"
    assert speaker_of(result, "Soterrarla") == "Jaime Pons"


# --- the narration before an untagged question puts its subject after the verb ---------


def test_an_inverted_subject_of_the_narration_asks_the_question() -> None:
    result = run(
        "La exconsejera de Vivienda Begoña Arrieta compareció ayer en el Parlamento vasco "
        "por el retraso de las promociones de alquiler social.",
        "Inició la ronda de preguntas el parlamentario de EH Bildu, Xabier Olano Garmendia.",
        "—¿Cuántas viviendas se entregaron en 2025?",
        language="es",
    )
    assert speaker_of(result, "Cuántas viviendas") == "Xabier Olano Garmendia"


# --- a name apposed to a role a preposition governs is no subject -----------------------


def test_a_name_beside_the_speaker_after_junto_a_is_not_who_answers() -> None:
    result = run(
        "El consejero de Medio Ambiente, Íñigo Larrañaga Sola, anunció este miércoles el "
        "cierre de la planta de compostaje de Zubieta.",
        "Apareció en rueda de prensa junto al gerente del consorcio, Mikel Etxabe, y explicó "
        "que los olores superaban los límites.",
        "—¿Cuándo se reabrirá?",
        "—Cuando tengamos un informe que lo garantice.",
        language="es",
    )
    assert speaker_of(result, "Cuando tengamos") == "Íñigo Larrañaga Sola"


def test_the_questioned_of_an_interrogation_is_still_its_subject() -> None:
    result = run(
        "El interrogatorio de la fiscal, Marina Oyarzun, se prolongó toda la mañana.",
        "—¿Dónde estaba usted el día 12?",
        language="es",
    )
    assert speaker_of(result, "Dónde estaba") == "Marina Oyarzun"


def test_an_en_dash_interview_with_a_continuation_paragraph_keeps_its_rhythm() -> None:
    result = run(
        "Posadas, 4 de marzo (Télam).- Ramona Ifrán Benítez cultiva té desde hace treinta "
        "años en Campo Viera y preside la asociación de tealeros de la zona.",
        "–¿Cuánto les pagan hoy el kilo de brote?",
        "–Noventa pesos, cuando producirlo cuesta el doble.",
        "Y encima cobramos a noventa días, con la plata que ya no vale nada.",
        "–Las industrias dicen que exportan a pérdida.",
        "–Exportan menos, eso sí, pero no a pérdida –responde, y muestra una factura.",
        "–¿Qué esperan de la provincia?",
        "–Que alguien se siente con nosotros.",
        language="es",
    )
    assert speaker_of(result, "Las industrias dicen") is None
    assert speaker_of(result, "Y encima cobramos") == "Ramona Ifrán Benítez"
    assert speaker_of(result, "Exportan menos") == "Ramona Ifrán Benítez"


# --- "que" before an article opens no relative clause with an inverted subject ----------


def test_a_body_after_mientras_que_speaks_its_own_quotation() -> None:
    result = run(
        "El concejal de Urbanismo, Aitor Gorostiza, defendió que la obra «no puede "
        "esperar», mientras que la Federación Vecinal de Barakaldo (FVB) replicó en un "
        "comunicado que el proyecto es «un despilfarro».",
        language="es",
    )
    assert speaker_of(result, "un despilfarro") == "Federación Vecinal de Barakaldo"
    assert speaker_of(result, "no puede esperar") == "Aitor Gorostiza"


def test_a_name_after_que_and_a_verb_is_still_the_relative_clauses() -> None:
    result = run(
        "Fuentes del departamento que dirige Olatz Garamendi insistieron en que el plazo "
        "es «inamovible».",
        language="es",
    )
    assert speaker_of(result, "inamovible") != "Olatz Garamendi"


# --- a noun of sex or age alone takes up the unnamed person introduced before ------------


def test_la_mujer_takes_up_the_unnamed_traveller_not_the_last_name() -> None:
    result = run(
        "El director del aeropuerto de Vigo, Anxo Cendón Piñeiro, atribuyó los retrasos a "
        "la niebla.",
        "Junto a los mostradores, una viajera con destino a Lanzarote contó que nadie le "
        "ofreció un bocadillo. “Llevamos aquí desde las seis”, protestó la mujer, que "
        "viajaba con su madre.",
        language="es",
    )
    assert speaker_of(result, "Llevamos aquí") == "viajera"


def test_a_man_after_a_woman_introduced_is_not_taken_as_her() -> None:
    result = run(
        "Una enfermera del turno de noche, Laura Prado, relató que el ascensor llevaba una "
        "semana averiado.",
        "“Subimos las camillas a pulso”, dijo el hombre, un celador que pidió no ser "
        "identificado.",
        language="es",
    )
    assert speaker_of(result, "Subimos las camillas") != "enfermera del turno de noche"


# --- a verb after a clitic, its subject after an adverbial ----------------------------


def test_le_replico_al_dia_siguiente_names_the_inverted_subject() -> None:
    result = run(
        "La alcaldesa de Mieres, Noelia Canal Díez, acusó a los ganaderos de dejar el "
        "ganado suelto en el monte.",
        "Le contestó al día siguiente Baldomero Rañón: «Que venga ella a subirlo a la "
        "braña».",
        language="es",
    )
    assert speaker_of(result, "Que venga ella") == "Baldomero Rañón"


def test_le_dijo_a_someone_keeps_the_object_out() -> None:
    result = run(
        "El portavoz del PP, Enol Suárez, pidió explicaciones en el pleno.",
        "Le dijo luego a Covadonga Prieto que su plan era «papel mojado».",
        language="es",
    )
    assert speaker_of(result, "papel mojado") != "Covadonga Prieto"


# --- "Según el informe del X": the body that issued the cited document speaks later -----


def test_the_issuer_of_a_cited_report_is_the_body_a_noun_takes_up() -> None:
    result = run(
        "La Autoridad Portuaria de la Bahía de Algeciras suspendió ayer las operaciones de "
        "carga durante seis horas por el temporal de levante.",
        "Según el informe vespertino de la Agencia Estatal de Meteorología (Aemet), las "
        "rachas superaron los 90 kilómetros por hora en el Estrecho.",
        "El aviso se mantiene en naranja, precisó el organismo, que pidió a los conductores "
        "«extremar la precaución».",
        language="es",
    )
    assert speaker_of(result, "extremar la precaución") == "Agencia Estatal de Meteorología"


# --- a role at a body, its acronym in brackets, then the holder's name with no comma -----


def test_a_raya_tag_names_the_holder_after_the_bodys_acronym() -> None:
    result = run(
        "La comisión de investigación del Parlamento de Cantabria citó ayer al exgerente "
        "del Servicio Cántabro de Salud.",
        "—¿Quién autorizó las compras de mascarillas? —preguntó la diputada del Partido "
        "Regionalista de Cantabria (PRC) Irene Solórzano Gutiérrez.",
        language="es",
    )
    assert speaker_of(result, "Quién autorizó") == "Irene Solórzano Gutiérrez"


# --- a relative clause whose own subject is a name: that person used the quoted words ----


def test_a_named_subject_of_a_relative_clause_owns_the_quoted_term() -> None:
    result = run(
        "La gerente de la cooperativa, Maite Urrutia Larrañaga, pidió ayudas para el "
        "viñedo.",
        "El consejero de Agricultura, Bingen Zupiria, presentó por su parte un plan de "
        "arranque, que Urrutia calificó de «un entierro con flores».",
        language="es",
    )
    assert speaker_of(result, "un entierro con flores") == "Maite Urrutia Larrañaga"


def test_a_name_after_a_that_clause_with_no_reporting_verb_is_not_the_speaker() -> None:
    result = run(
        "En su auto, la Audiencia de Bizkaia da por probado que Urtzi Garay cobró "
        "comisiones «sin control alguno».",
        language="es",
    )
    assert speaker_of(result, "sin control alguno") != "Urtzi Garay"


# --- a statement whose aside turns to someone hands them the next turn --------------------


def test_a_turn_that_looks_at_the_director_hands_him_the_next_turn() -> None:
    result = run(
        "El consejero de Transportes, Alfonso Peláez Vigil, compareció junto al gerente del "
        "metro, Nicanor Rubio, tras la avería que dejó sin servicio la línea 2.",
        "—¿Por qué tardaron tres horas en avisar?",
        "—Porque primero había que saber qué había pasado —respondió, y se volvió hacia el "
        "gerente—. Él lo sabe mejor que yo.",
        "—Falló un transformador de la subestación de Ventas y el sistema de respaldo no "
        "entró.",
        language="es",
    )
    assert speaker_of(result, "Falló un transformador") == "Nicanor Rubio"
    assert speaker_of(result, "Porque primero") == "Alfonso Peláez Vigil"


# --- a long apposition that opens with the role ---------------------------------------


def test_a_role_opening_a_long_apposition_names_its_holder() -> None:
    result = run(
        "CÁCERES, 9 mar (EFE).- La tasadora Elvira Gallardo Rubio, procesada por inflar el "
        "valor de 40 fincas rústicas entre 2020 y 2023 para obtener créditos, negó ayer los "
        "hechos.",
        "La fiscal, Sonia Carrasco, le preguntó por los informes.",
        "—Yo tasaba lo que veía —respondió la procesada.",
        language="es",
    )
    assert speaker_of(result, "Yo tasaba") == "Elvira Gallardo Rubio"


# --- a plain paragraph between two turns keeps the exchange going ----------------------


def test_an_unquoted_continuation_between_turns_keeps_the_alternation() -> None:
    result = run(
        "Abrió el interrogatorio el fiscal, Álvaro Mateos Cid, frente al contable de la "
        "cooperativa, Jacinto Bermejo Lara.",
        "—¿Quién autorizaba las transferencias?",
        "—El presidente. Yo solo las ejecutaba —respondió el contable.",
        "Durante doce años hice lo mismo cada viernes.",
        "—Pero la firma que figura en los justificantes es la suya.",
        "—Porque me lo pedían así.",
        language="es",
    )
    assert speaker_of(result, "Pero la firma") == "Álvaro Mateos Cid"
    assert speaker_of(result, "Porque me lo pedían") == "Jacinto Bermejo Lara"



# --- a kin noun with an article takes up the relative just mentioned ------------------


def test_el_hijo_after_su_hijo_is_the_unnamed_son() -> None:
    result = run(
        "El juicio contra el constructor Ramiro Olmedo Paz se reanudó ayer en Logroño.",
        "Una de las compradoras estafadas, de 79 años, acudió a la vista con su hijo. "
        "“Mi madre pagó el piso entero y no tiene ni las llaves”, dijo el hijo al salir.",
        language="es",
    )
    assert speaker_of(result, "Mi madre pagó") == "hijo"
