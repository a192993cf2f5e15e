"""Speakers, session 20's Spanish round: classes found on the fresh batches' first-run
errors, each tested on new text written for this file (not copied from the gold)."""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of

# --- a person's noun, then their name without a comma, after the verb ---------------


def test_a_neighbour_or_trade_noun_then_a_name_is_that_person() -> None:
    result = run(
        "«El agua nos llegaba a la cintura», contó la vecina Remedios Alcaide. "
        "«Perdimos la cosecha entera», dijo el agricultor Tobías Arenaza, de 58 años.",
        language="es",
    )
    assert speaker_of(result, "cintura") == "Remedios Alcaide"
    assert speaker_of(result, "cosecha entera") == "Tobías Arenaza"


def test_a_kin_noun_of_someone_stays_the_relative() -> None:
    result = run("«Nunca volvió a casa», relató la hija de Tobías Arenaza.", language="es")
    assert speaker_of(result, "Nunca volvió") != "Tobías Arenaza"


# --- an outlet that relays words already attributed in the sentence -----------------


def test_the_outlet_that_reports_after_the_quotation_is_no_speaker() -> None:
    result = run(
        "La consejera de Empleo, Vanesa Olaizola, avanzó que el plan «se aprobará antes "
        "del verano», informa Europa Press.",
        language="es",
    )
    assert speaker_of(result, "antes del verano") == "Vanesa Olaizola"


def test_the_outlet_alone_after_the_quotation_still_speaks() -> None:
    result = run("«El plan se aprobará antes del verano», informa Europa Press.", language="es")
    assert speaker_of(result, "antes del verano") == "Europa Press"


# --- the outlet told, then the speaker, in one capitalised run ------------------------


def test_the_person_after_the_outlet_told_is_split_from_it() -> None:
    result = run(
        "«Este año no compensa ni encender el tractor», dijo a Efe Casimiro Ledesma, "
        "productor de almendra. «Cerramos con pérdidas», aseguró a Prensa Latina Yunior "
        "Almaguer Ceballos, gerente de la cooperativa.",
        language="es",
    )
    found = labels(result)
    assert found.get("Casimiro Ledesma") == "PER"
    assert found.get("Yunior Almaguer Ceballos") == "PER"
    assert speaker_of(result, "tractor") == "Casimiro Ledesma"
    assert speaker_of(result, "pérdidas") == "Yunior Almaguer Ceballos"


# --- a trial's questioned party is never the person apposed another role -------------


def test_the_accused_is_not_the_lawyer_named_just_before() -> None:
    result = run(
        "El extesorero del club, Leandro Quiroga Balseiro, se sentó este martes en el "
        "banquillo acusado de apropiarse de 90.000 euros.",
        "—Yo no toqué ese dinero —repitió Quiroga.",
        "Su abogada, Maite Urquiza Solana, solo le preguntó por su sueldo.",
        "—Novecientos euros al mes —respondió el acusado.",
        language="es",
    )
    assert speaker_of(result, "Novecientos") == "Leandro Quiroga Balseiro"


def test_two_roles_of_one_person_still_name_them() -> None:
    result = run(
        "La presidenta de la sala, Begoña Iriarte, pidió silencio dos veces. "
        "«O se callan o desalojo», advirtió la magistrada.",
        language="es",
    )
    assert speaker_of(result, "desalojo") == "Begoña Iriarte"


# --- "la fiscal", "la juez": the article tells an epicene noun's gender ----------------


def test_she_after_la_fiscal_is_the_prosecutor_not_the_byline() -> None:
    result = run(
        "Sabela Rivas. Colpisa. LUGO",
        "El exalcalde de Becerreá, Xurxo Lamas Pardo, declaró este lunes ante el juez.",
        "La fiscal, Antía Vidal Seoane, pide para él tres años de prisión.",
        "Abrió ella el interrogatorio.",
        "—¿Quién adjudicó la obra?",
        "—La junta de gobierno, no yo.",
        language="es",
    )
    assert speaker_of(result, "Quién adjudicó") == "Antía Vidal Seoane"
    assert speaker_of(result, "La junta de gobierno") == "Xurxo Lamas Pardo"


def test_the_byline_author_is_not_the_one_interviewed() -> None:
    result = run(
        "Nerea Cuesta. Servimedia. BILBAO",
        "—¿Cuántos socios tiene la cooperativa?",
        "—Unos 340, la mitad jubilados.",
        language="es",
    )
    assert speaker_of(result, "Unos 340") != "Nerea Cuesta"


def test_a_name_heading_an_interview_without_an_outlet_is_the_one_interviewed() -> None:
    result = run(
        "Mercedes Ortuño. Encuadernadora. 71 años",
        "—¿Cuántos libros ha cosido?",
        "—Más de los que caben en esta casa.",
        language="es",
    )
    assert speaker_of(result, "Más de los que caben") == "Mercedes Ortuño"


# --- the verb opens the sentence, its subject after it, then "que" ---------------------


def test_a_verb_first_then_a_body_or_role_then_que_names_that_subject() -> None:
    result = run(
        "La portavoz vecinal, Olvido Cebrián, ha criticado que el autobús pase «cada "
        "cuarenta minutos». Sostiene la empresa, en cambio, que el servicio «cumple el "
        "pliego». Insiste el Ayuntamiento en que la línea «no se toca».",
        language="es",
    )
    assert speaker_of(result, "cumple el pliego") == "empresa"
    assert speaker_of(result, "no se toca") == "Ayuntamiento"


def test_an_object_after_the_opening_verb_is_not_its_subject() -> None:
    result = run(
        "Presentó el plan desde el atril la consejera, Maribel Yuste Galán, que cifró el "
        "ahorro en «cuarenta millones, como mínimo».",
        language="es",
    )
    assert speaker_of(result, "cuarenta millones") == "Maribel Yuste Galán"


# --- a decimal comma does not close an apposition -----------------------------------


def test_a_body_before_a_decimal_figure_is_not_described_by_the_next_clause() -> None:
    result = run(
        "Los sindicatos rompieron con la patronal Asociación de Panaderos de Aragón "
        "(Apanar). Según el acta, a la que ha tenido acceso EFE, la patronal ofreció un "
        "2,5 % de subida.",
        "Sostiene la patronal que su oferta es «razonable».",
        language="es",
    )
    assert speaker_of(result, "razonable") != "EFE"


# --- "she" after a man titled by the article ("el alcalde, Federico X") ----------------


def test_she_does_not_go_back_to_the_mayor_the_title_made_a_man() -> None:
    result = run(
        "La concejala Noemí Ballesta agotó su turno. «Señora Ballesta, su tiempo ha "
        "acabado», le advirtió el alcalde, Eliseo Vaquerizo Plaza. «Esto no va a quedar "
        "así», contestó ella, ya de pie.",
        language="es",
    )
    assert speaker_of(result, "no va a quedar") == "Noemí Ballesta"


# --- an answer's second paragraph, unmarked, before the narration goes on --------------


def test_an_answers_second_paragraph_in_the_speakers_voice_is_their_quotation() -> None:
    result = run(
        "El luthier Anacleto Sarasola repara guitarras en Jaén desde 1979.",
        "—¿Quién le compra hoy?",
        "—Sobre todo extranjeros. Un instrumento mío cuesta lo que aquí se gana en dos meses.",
        "Me escriben desde Osaka y desde Hamburgo, y esperan lo que haga falta.",
        "Según el gremio, en la provincia quedan cinco talleres.",
        language="es",
    )
    assert speaker_of(result, "Me escriben desde Osaka") == "Anacleto Sarasola"
    assert not any("Según el gremio" in q.text for q in result.quotes)


def test_an_answer_carried_on_does_not_break_the_turns_after_it() -> None:
    result = run(
        "La fiscal, Elvira Montaner, interrogó al exalcalde, Damián Roig Sempere.",
        "—¿Firmó usted las facturas?",
        "—Las firmé, sí —respondió el exalcalde—. Me las traía el interventor.",
        "Yo no soy economista. Hagan ustedes las cuentas.",
        "—Pues las cuentas no salen.",
        "—Eso tendrá que explicarlo el interventor.",
        language="es",
    )
    assert speaker_of(result, "Yo no soy economista") == "Damián Roig Sempere"
    assert speaker_of(result, "Pues las cuentas") == "Elvira Montaner"
    assert speaker_of(result, "Eso tendrá que") == "Damián Roig Sempere"


def test_narration_with_a_turn_inside_is_no_carried_answer() -> None:
    result = run(
        "—El humo llegó a las diez —cuenta Genoveva Ibarz, de 80 años.",
        "Su nieto, Rubén Ibarz, asiente. —Nosotros lo vimos desde el tejado —dice.",
        language="es",
    )
    assert speaker_of(result, "Nosotros lo vimos") == "Rubén Ibarz"
    assert not any(q.text.startswith("Su nieto") for q in result.quotes)


# --- how often, between the verb and its subject -------------------------------------


def test_a_frequency_between_the_verb_and_the_subject_is_no_speaker() -> None:
    result = run(
        "«Mi cliente no sabía nada», insistió varias veces a lo largo de la vista el "
        "letrado de la defensa, Pascual Irigoyen.",
        language="es",
    )
    assert speaker_of(result, "no sabía nada") == "Pascual Irigoyen"


# --- a verb coordinated after a contrast clause goes back to the main subject --------


def test_a_verb_after_a_contrast_clause_and_y_is_the_main_subjects() -> None:
    result = run(
        "La delegada sindical, Iratxe Goñi, defendió que la huelga «no es por dinero», "
        "aunque la plantilla pide también un plus de nocturnidad, y acusó a la empresa de "
        "«maquillar los turnos».",
        language="es",
    )
    assert speaker_of(result, "maquillar los turnos") == "Iratxe Goñi"


def test_a_quotation_in_the_contrast_clause_is_its_own_subjects() -> None:
    result = run(
        "El alcalde defendió el plan de tráfico, aunque la oposición lo tachó de «chapuza».",
        language="es",
    )
    assert speaker_of(result, "chapuza") == "oposición"


# --- "Para la portavoz de …, X, …": the role's holder after a long complement ----------


def test_the_holder_after_a_long_role_phrase_holds_the_view() -> None:
    result = run(
        "Para el portavoz de la plataforma vecinal Salvemos el Arenal en la junta de "
        "distrito, Teodoro Barrachina, el proyecto «llega diez años tarde».",
        language="es",
    )
    assert speaker_of(result, "diez años tarde") == "Teodoro Barrachina"


# --- "el colectivo X", "la ONG X": an association, which a later noun takes up --------


def test_a_collective_named_after_its_noun_is_an_organisation_that_speaks() -> None:
    result = run(
        "La Junta recortará el programa de prevención. El colectivo Arcoíris Norte ha "
        "pedido que se mantenga. En una nota, recuerda que las consultas «se han "
        "duplicado». «Se recorta en lo que no se ve», lamenta la organización.",
        language="es",
    )
    assert labels(result).get("Arcoíris Norte") == "ORG"
    assert speaker_of(result, "lo que no se ve") == "Arcoíris Norte"


# --- a reporter's follow-up: at a press conference, nobody named for it ----------------


def test_an_untagged_follow_up_after_a_reporters_question_names_nobody() -> None:
    result = run(
        "El consejero de Medio Ambiente, Leandro Ucha, compareció tras el incendio.",
        "—¿Cuántas hectáreas han ardido? —preguntó Nieves Calleja, de Radio Bierzo.",
        "—Unas 1.200, según la primera estimación.",
        "—¿Y las casas?",
        "—Ninguna, por suerte.",
        language="es",
    )
    assert speaker_of(result, "Cuántas hectáreas") == "Nieves Calleja"
    assert speaker_of(result, "Y las casas") is None
    assert speaker_of(result, "Ninguna, por suerte") == "Leandro Ucha"


def test_a_prosecutors_follow_up_still_goes_on_with_the_prosecutor() -> None:
    result = run(
        "La fiscal, Elvira Montaner, interrogó al exalcalde, Damián Roig Sempere.",
        "—¿Firmó usted las facturas? —preguntó la fiscal.",
        "—Las firmé, sí.",
        "—¿Y las leyó?",
        "—No todas.",
        language="es",
    )
    assert speaker_of(result, "Y las leyó") == "Elvira Montaner"


# --- a compound surname whose last word is also a place -------------------------------


def test_a_given_name_surname_de_place_without_a_comma_is_one_person() -> None:
    result = run(
        "«El puerto no cierra», aseguró el presidente de la autoridad portuaria, Jacinto "
        "Pérez de Tudela. Su antecesor, Marcos Leal, de Vigo, no quiso opinar.",
        language="es",
    )
    found = labels(result)
    assert found.get("Jacinto Pérez de Tudela") == "PER"
    assert found.get("Marcos Leal") == "PER" and found.get("Vigo") == "LOC"
    assert speaker_of(result, "no cierra") == "Jacinto Pérez de Tudela"


# --- a place name that is the first surname of a person named before ----------------


def test_the_first_surname_that_is_also_a_town_is_the_person() -> None:
    result = run(
        "La directora del Centro de Salud, Nerea Ibarra Olano, atendió a la prensa. "
        "Recordó Ibarra, por su parte, que faltan dos médicos.",
        "—¿Habrá refuerzos en verano?",
        "—Eso no depende de mí.",
        language="es",
    )
    found = {(e.text, e.label) for e in result.entities}
    assert ("Ibarra", "PER") in found
    assert speaker_of(result, "no depende de mí") == "Nerea Ibarra Olano"


def test_the_town_after_en_stays_a_place() -> None:
    result = run("La directora, Nerea Ibarra Olano, trabajó en Ibarra, en Ecuador.", language="es")
    assert ("Ibarra", "LOC") in {(e.text, e.label) for e in result.entities}


# --- the narration before a turn opens with its verb, the person after it -------------


def test_a_turn_after_verb_first_narration_is_the_person_who_took_the_floor() -> None:
    result = run(
        "La consejera de Hacienda, Amaia Lekuona, y el director de Presupuestos, Iñaki "
        "Sarasua, presentaron las cuentas.",
        "—¿Subirán los impuestos?",
        "—No. Ni uno.",
        "Quiso matizar entonces Sarasua, pero la consejera solo le dejó dar las cifras.",
        "—El déficit cerrará en el 0,4 %. Es lo que pactamos con Madrid.",
        language="es",
    )
    assert speaker_of(result, "déficit cerrará") == "Iñaki Sarasua"
    assert speaker_of(result, "Ni uno") == "Amaia Lekuona"


# --- an outlet relays someone's words "en las que afirma …" --------------------------


def test_the_author_of_relayed_words_says_what_the_relative_clause_reports() -> None:
    result = run(
        "La emisora Radio Galega recoge unas declaraciones del conselleiro Ramón Varela "
        "en las que sostiene que la autovía «estará lista en 2028».",
        language="es",
    )
    assert speaker_of(result, "lista en 2028") == "Ramón Varela"


def test_an_answers_plain_second_paragraph_that_names_nobody_goes_on() -> None:
    result = run(
        "El práctico Anselmo Ferreyra guía barcos por el Paraná desde 1998.",
        "—¿Es la peor bajante que recuerda?",
        "—No sé si la peor. Pero es larga.",
        "Bajantes hubo antes, y la de 2021 fue peor durante semanas. Lo que cambió es que "
        "los barcos son cada vez más grandes y el margen es cada vez más chico.",
        "Según la Bolsa de Comercio de Rosario, la bajante costará 300 millones.",
        "La alcaldesa se ríe.",
        language="es",
    )
    assert speaker_of(result, "Bajantes hubo antes") == "Anselmo Ferreyra"
    assert not any(q.text.startswith(("Según la Bolsa", "La alcaldesa")) for q in result.quotes)


# --- an unlisted verb reporting a clause after an aside set off by commas ------------


def test_an_unlisted_verb_then_an_aside_then_que_reports_the_clause() -> None:
    result = run(
        "Iberdrola objetó, a través de una portavoz, que las tarifas de Aguas del Norte "
        "no dependen de ella, y adelantó que presentará «alegaciones en plazo».",
        language="es",
    )
    assert speaker_of(result, "alegaciones en plazo") == "Iberdrola"


# --- a verb alone between commas is the sentence speaker's aside ----------------------


def test_a_parenthetical_verb_keeps_the_sentences_speaker() -> None:
    result = run(
        "El portavoz vecinal, Aniceto Barral, contó a la emisora municipal Onda Llanes que "
        "la depuradora «huele desde mayo», en un barrio donde, recalcó, los niños «ya no "
        "juegan en la calle».",
        language="es",
    )
    assert speaker_of(result, "ya no juegan") == "Aniceto Barral"


def test_a_verb_alone_after_an_aside_is_the_main_verb_not_an_aside() -> None:
    # the only reporting verb of the sentence has its subject before the aside
    result = run(
        'Councillor Priya Okonjo, who chaired the hearing, added, "The tender was never '
        'advertised."',
        language="en",
    )
    assert speaker_of(result, "never advertised") == "Priya Okonjo"
    result = run('The mayor, in a written answer, replied, "It was, in March."', language="en")
    assert speaker_of(result, "in March") == "mayor"
    result = run(
        "La edil Begoña Urquiola, que presidió la comisión, añadió, «el concurso nunca se "
        "publicó».",
        language="es",
    )
    assert speaker_of(result, "nunca se publicó") == "Begoña Urquiola"


def test_she_opens_the_examination_at_the_end_of_a_run_on_narration() -> None:
    result = run(
        "El exalcalde de Becerreá, Xurxo Lamas Pardo, declaró este lunes ante el juez. La "
        "fiscal, Antía Vidal Seoane, pide para él tres años de prisión. Abrió ella el "
        "interrogatorio.",
        "—¿Quién adjudicó la obra?",
        "—La junta de gobierno, no yo.",
        language="es",
    )
    assert speaker_of(result, "Quién adjudicó") == "Antía Vidal Seoane"


# --- a relative clause opened by a preposition, or holding a name in apposition -------


def test_a_prepositional_relative_clause_hides_the_name_inside_it() -> None:
    result = run(
        "La jueza decana, Sagrario Ontiveros, a quien acompañaba el fiscal jefe Hilario "
        "Baztán, aseguró que el juzgado «no puede más».",
        language="es",
    )
    assert speaker_of(result, "no puede más") == "Sagrario Ontiveros"


def test_a_role_with_a_relative_clause_and_a_name_in_it_is_still_the_subject() -> None:
    result = run(
        "La rectora, a la que acompañaba el gerente de la universidad, Tadeo Orbaneja, "
        "admitió que las obras «van con retraso».",
        language="es",
    )
    assert speaker_of(result, "van con retraso") == "rectora"


def test_a_party_represented_by_the_lawyer_in_its_relative_clause_is_the_lawyer() -> None:
    result = run(
        "La acusación popular, que ejerce la abogada Zuriñe Olabe, sostiene que el "
        "acusado «sabía lo que firmaba».",
        language="es",
    )
    assert speaker_of(result, "sabía lo que firmaba") == "Zuriñe Olabe"


# --- two answers in a row, then an untagged question: the unnamed interviewer's -------


def test_a_question_after_two_answering_voices_is_the_interviewers() -> None:
    result = run(
        "Los hermanos Críspulo y Eulalia Montoro llevan desde 1979 la última mercería "
        "del barrio, que cerrará en enero.",
        "—¿Por qué cierran?",
        "—Porque nos jubilamos y nadie quiere seguir —dice Críspulo—. Lo hemos ofrecido a todos.",
        "—Y porque el alquiler se ha doblado —tercia Eulalia.",
        "—¿Han tenido ofertas?",
        "—Una franquicia quería el local —responde ella—. Dijimos que no.",
        language="es",
    )
    assert speaker_of(result, "Han tenido ofertas") is None
    assert speaker_of(result, "el alquiler se ha doblado") == "Eulalia Montoro"


# --- two quotations joined by a conjunction share their speaker ----------------------


def test_a_second_quotation_joined_by_pero_is_the_first_ones_speakers() -> None:
    result = run(
        "El Cabildo anunció un plan de 300 viviendas, algo que el arquitecto Fabián "
        "Luzardo considera «bien pensado» pero «escaso». Desde la institución, una "
        "portavoz recordó que el plan se ampliará.",
        language="es",
    )
    assert speaker_of(result, "bien pensado") == "Fabián Luzardo"
    assert speaker_of(result, "escaso") == "Fabián Luzardo"


def test_joined_quotations_with_their_own_tag_take_the_tag() -> None:
    result = run(
        "La consejera defendió la reforma. «Es justa» y «es necesaria», replicaron los "
        "sindicatos.",
        language="es",
    )
    assert speaker_of(result, "es necesaria") == "sindicatos"


# --- a club's board or its supporters speak as one ------------------------------------


def test_the_board_of_a_club_speaks_as_a_body() -> None:
    result = run(
        "El capitán, Ander Larrea, fue autocrítico. «Nos ha faltado todo», admitió. La "
        "directiva del club, en un comunicado, pidió «calma» y recordó que el equipo "
        "sigue cuarto.",
        language="es",
    )
    assert speaker_of(result, "calma") == "directiva del club"


# --- a name something was given is no speech ------------------------------------------


def test_a_quotation_after_a_naming_participle_is_a_name_without_speaker() -> None:
    result = run(
        "La diputada Rosalía Quiñones acusó al ministro de mentir sobre la fuga, bautizada "
        "por la prensa local como la «huida del mediodía». El decreto, conocido como «plan "
        "de choque», entra hoy en vigor.",
        language="es",
    )
    for needle in ("huida del mediodía", "plan de choque"):
        quote = next(q for q in result.quotes if needle in q.text)
        assert not quote.is_speech and quote.speaker is None


def test_a_perfect_of_calling_someone_something_is_still_speech() -> None:
    result = run(
        "El alcalde Ismael Rubio ha llamado «traidor de la patria» al concejal.", language="es"
    )
    assert speaker_of(result, "traidor de la patria") == "Ismael Rubio"


# --- "Para los vecinos de X,", "se lee en el comunicado", "se limitó a decir X" --------


def test_an_unnamed_group_after_para_holds_the_view() -> None:
    result = run("Para los vecinos de Triana, la peatonalización «llega tarde».", language="es")
    assert speaker_of(result, "llega tarde") == "vecinos"


def test_words_read_in_a_document_are_the_documents() -> None:
    result = run(
        "«La empresa ha incumplido el convenio», se lee en el comunicado difundido por "
        "el comité de huelga.",
        language="es",
    )
    assert speaker_of(result, "incumplido el convenio") == "comunicado"


def test_the_subject_after_se_limito_a_decir_speaks() -> None:
    result = run(
        "«No hay marcha atrás», se limitó a decir la consejera de Hacienda, Pilar Ezcurra.",
        language="es",
    )
    assert speaker_of(result, "marcha atrás") == "Pilar Ezcurra"


# --- a conjunction after a closed quotation opens a clause with a subject of its own ---


def test_a_second_clause_after_a_quotation_has_its_own_speaker() -> None:
    result = run(
        "La gerente del hospital dijo que la reforma es «imprescindible» y el comité de "
        "empresa respondió que es «un recorte encubierto».",
        language="es",
    )
    assert speaker_of(result, "imprescindible") == "gerente"
    assert speaker_of(result, "recorte encubierto") == "comité de empresa"
    result = run(
        'Councillor Ines Albright said the toll was "overdue" and Harold Mbeki said it '
        'was "a tax on commuters".',
        language="en",
    )
    assert speaker_of(result, "overdue") == "Ines Albright"
    assert speaker_of(result, "tax on commuters") == "Harold Mbeki"


def test_a_second_clause_without_a_subject_goes_on_with_the_first_speaker() -> None:
    result = run(
        "La gerente, Olvido Casares, dijo que la reforma es «imprescindible» y añadió que "
        "no habrá «ni un despido».",
        language="es",
    )
    assert speaker_of(result, "ni un despido") == "Olvido Casares"


def test_but_after_a_quotation_opens_someone_elses_clause() -> None:
    result = run(
        'The port director said the dredging was "on schedule", but skipper Ruth Okoro '
        'said it was "months behind".',
        language="en",
    )
    assert speaker_of(result, "on schedule") == "port director"
    assert speaker_of(result, "months behind") == "Ruth Okoro"


# --- an unnamed role asking at a trial is never the party questioned ------------------


def test_an_epicene_role_takes_its_articles_gender_when_resolved() -> None:
    result = run(
        "La vista se reanudó con la declaración del acusado, Casimiro Lezcano.",
        "—¿Cobró usted la comisión? —preguntó la fiscal.",
        "—Nunca.",
        language="es",
    )
    assert speaker_of(result, "Cobró usted") == "fiscal"
    assert speaker_of(result, "Nunca") == "Casimiro Lezcano"


def test_another_role_asking_is_not_the_accused_of_the_same_gender() -> None:
    result = run(
        "La vista se reanudó con la declaración del acusado, Casimiro Lezcano.",
        "—¿Cobró usted la comisión? —le preguntó el abogado de la acusación popular.",
        "—Nunca.",
        language="es",
    )
    assert speaker_of(result, "Cobró usted") == "abogado"
    assert speaker_of(result, "Nunca") == "Casimiro Lezcano"


def test_a_second_role_of_a_titled_person_still_names_them() -> None:
    result = run(
        "El obispo Anselmo Quirós presidió la misa del domingo. Según recoge la diócesis, el "
        "prelado afirmó que «la caridad no es un adorno».",
        language="es",
    )
    assert speaker_of(result, "la caridad") == "Anselmo Quirós"


# --- "Desde X" opening a clause whose verb has no subject of its own ---------------------


def test_the_side_a_statement_comes_from_speaks_before_its_verb() -> None:
    result = run(
        "Desde la Diputación de Soria explican que el firme «se renovará en otoño». Desde "
        "la cofradía de pescadores, en cambio, lamentan que nadie les haya «consultado».",
        language="es",
    )
    assert speaker_of(result, "se renovará") == "Diputación de Soria"
    assert speaker_of(result, "consultado") == "cofradía de pescadores"


def test_a_subject_after_the_side_or_a_time_after_desde_is_not_the_side() -> None:
    result = run(
        "Desde la Diputación de Soria, su vicepresidenta, Leire Arnáiz, dijo que el firme "
        "«se renovará en otoño». Desde el martes repiten que el puente «aguanta».",
        language="es",
    )
    assert speaker_of(result, "se renovará") == "Leire Arnáiz"
    assert speaker_of(result, "aguanta") != "martes"


# --- a raya interview whose one questioned is an unnamed role ---------------------------


def test_an_unnamed_role_the_lead_is_about_answers_the_questions() -> None:
    result = run(
        "La directora del conservatorio atendió a los periodistas tras el claustro.",
        "—¿Se cerrará la sede de la calle Mayor?",
        "—No mientras yo esté aquí.",
        language="es",
    )
    assert speaker_of(result, "No mientras") == "directora"
    assert speaker_of(result, "Se cerrará") is None


def test_a_reporter_opening_the_lead_is_never_the_one_questioned() -> None:
    result = run(
        "La periodista del diario local preguntó por la sede de la calle Mayor.",
        "—¿Se cerrará?",
        "—No mientras yo esté aquí.",
        language="es",
    )
    assert speaker_of(result, "No mientras") != "periodista del diario local"


# --- the outlet of an opening "según …" clause is never whom a role noun names ----------


def test_an_unnamed_role_after_a_relaying_outlet_is_not_the_outlet() -> None:
    result = run(
        "Según informó ayer el diario, el consejero dijo que el informe era «papel mojado».",
        language="es",
    )
    assert speaker_of(result, "papel mojado") == "consejero"


def test_a_witness_still_names_the_neighbour_who_reported_before() -> None:
    result = run(
        "Un vecino del portal declaró a la Policía Local que oyó golpes. «Serían las dos», "
        "aseguró el testigo.",
        language="es",
    )
    assert speaker_of(result, "Serían las dos") == "vecino"


# --- a question put "al concejal X": the preposition swallowed the article -------------


def test_a_question_put_to_a_role_after_al_is_answered_by_that_person() -> None:
    result = run(
        "—¿Cuándo abrirá el mercado? —le preguntó una vendedora al concejal Eulogio Marqués.",
        "—Antes de Navidad, se lo aseguro.",
        language="es",
    )
    assert speaker_of(result, "Antes de Navidad") == "Eulogio Marqués"
    result = run(
        "—¿Cuándo abrirá el mercado? —le preguntó una vendedora al concejal.",
        "—Antes de Navidad, se lo aseguro.",
        language="es",
    )
    assert speaker_of(result, "Antes de Navidad") == "concejal"
