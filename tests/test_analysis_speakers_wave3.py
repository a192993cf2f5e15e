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


# --- "Para <role> de <organisation>, <name>,": the person in apposition holds the view ---


def test_an_opening_para_with_a_role_of_a_body_and_a_name_is_the_persons_view() -> None:
    result = run(
        "El Ministerio de Agricultura presentó ayer el plan contra la sequía.",
        "Para el secretario general de Unión de Uniones, Ramiro Carbajo, el plan es "
        "«tardío y corto».",
        language="es",
    )
    assert speaker_of(result, "tardío y corto") == "Ramiro Carbajo"


def test_an_opening_para_with_a_body_alone_is_still_the_bodys_view() -> None:
    result = run(
        "Para la patronal Cepyme, la reforma laboral es «un paso atrás».",
        language="es",
    )
    assert speaker_of(result, "un paso atrás") == "Cepyme"


# --- "Así lo explicó" with its subject dropped: the one the sentence before is about -----


def test_a_next_sentence_cue_with_a_dropped_subject_continues_the_subject_before() -> None:
    result = run(
        "La directora del museo, Irati Goikoetxea Lasa, presentó la nueva sala de grabados. "
        "«Es la colección más completa del norte». Así lo explicó ante una veintena de "
        "periodistas.",
        language="es",
    )
    assert speaker_of(result, "Es la colección") == "Irati Goikoetxea Lasa"


# --- a possessed person noun and kin: a relative speaks, never the possessor -------------


def test_a_relative_introduced_by_a_possessive_is_not_the_person_named_before() -> None:
    result = run(
        "El ciclista Unai Etxeberria Arana sigue ingresado tras la caída del domingo. Su "
        "hermana explicó a los periodistas que está «consciente y de buen humor».",
        language="es",
    )
    assert speaker_of(result, "consciente y de") == "hermana"


def test_a_definite_neighbour_with_a_relative_clause_speaks() -> None:
    result = run(
        "La fallecida, una mujer de 81 años, vivía sola desde hacía una década. El vecino "
        "que dio el aviso contó que «la persiana llevaba tres días bajada».",
        language="es",
    )
    assert speaker_of(result, "la persiana llevaba") in ("vecino", "El vecino")


def test_an_english_possessed_relative_is_not_the_possessor() -> None:
    result = run(
        "The driver, Carl Whitcombe, was cut free after two hours. His daughter said he was "
        '"shaken but talking".',
        language="en",
    )
    assert speaker_of(result, "shaken but") == "daughter"


# --- a narration opening with "Acompañado por X, …": its names are not the subject -------


def test_names_in_an_opening_participle_phrase_do_not_answer_the_interview() -> None:
    result = run(
        "La nadadora gallega Uxía Mosquera Cendón batió el domingo el récord de Europa de "
        "los 400 libres.",
        "Acompañada por su preparador, el lucense Brais Neira Vilar, y por la directora de "
        "la federación, Sabela Outeiro, la nadadora atendió a la prensa en Ourense.",
        "—¿Esperaba bajar de cuatro minutos?",
        "—Ni en sueños —respondió riéndose—. Salí a disfrutar.",
        language="es",
    )
    assert speaker_of(result, "Ni en sueños") == "Uxía Mosquera Cendón"


def test_a_possessed_role_takes_up_the_person_given_it_past_an_epithet() -> None:
    result = run(
        "La nadadora Uxía Mosquera batió el récord acompañada por su preparador de "
        "siempre, el lucense Brais Neira Vilar, y por la directora de la federación, Sabela "
        "Outeiro.",
        "Su preparador explicó que la nadadora entrena «seis horas al día».",
        language="es",
    )
    assert speaker_of(result, "seis horas") == "Brais Neira Vilar"


# --- a debate: a line that states before it asks is the narrated speaker's turn ---------


def test_a_statement_then_question_after_a_reproach_is_the_reproachers_turn() -> None:
    result = run(
        "El pleno de Burgos aprobó las ordenanzas fiscales con los votos del equipo de "
        "gobierno. Las defendió la concejala de Hacienda, Remedios Arnaiz Peña.",
        "La crítica más dura llegó de la portavoz de Vecinos por Burgos, Leire Campuzano "
        "Ortiz, que reprochó a la concejala la subida de la tasa de basuras.",
        "—Un 12 % más en dos años. Doce. ¿A eso le llaman congelar impuestos?",
        "—Le llamamos pagar el servicio —contestó Arnaiz.",
        "—Un servicio que no llega a los barrios.",
        language="es",
    )
    assert speaker_of(result, "Un 12 % más") == "Leire Campuzano Ortiz"
    assert speaker_of(result, "Un servicio que no") == "Leire Campuzano Ortiz"


def test_an_interviewers_plain_question_after_a_reporting_narration_stays_unnamed() -> None:
    result = run(
        "El bombero Iker Zabala Olano, jefe de la brigada, relató la extinción.",
        "—¿Cómo empezó todo?",
        "—Con una chispa de una desbrozadora.",
        language="es",
    )
    assert speaker_of(result, "Cómo empezó") is None
    assert speaker_of(result, "Con una chispa") == "Iker Zabala Olano"


# --- "según recoge el fallo": a document that records the words is their source ----------


def test_a_document_relaying_the_words_is_their_source_not_the_sentence_subject() -> None:
    result = run(
        "El Tribunal Superior de Justicia de Extremadura ha anulado el despido de un "
        "carnicero. La sentencia concluye que el cese fue «una represalia».",
        "La empresa, Cárnicas del Tiétar (CDT), alegó en el juicio bajas de productividad, "
        "pero, según recoge el fallo, no presentó «ninguna prueba documental».",
        language="es",
    )
    assert speaker_of(result, "ninguna prueba") == (
        "Tribunal Superior de Justicia de Extremadura"
    )


# --- an organisation in a prepositional aside after a person is not the subject -------------


def test_an_organisation_in_an_aside_after_the_named_subject_does_not_speak() -> None:
    result = run(
        "La abogada de los vecinos, Miren Agirre Lasa, del bufete del sindicato ELA, "
        "explicó que sus clientes «solo piden luz y agua».",
        language="es",
    )
    assert speaker_of(result, "solo piden") == "Miren Agirre Lasa"


# --- an organisation noun with its name in apposition after an article (a guard) ----------


def test_an_organisation_noun_with_an_articled_name_in_apposition_speaks_as_it() -> None:
    result = run(
        "La patronal hotelera, la Asociación de Hoteles de Cantabria, rechazó en una nota "
        "la tasa turística y la calificó de «castigo al visitante».",
        language="es",
    )
    assert speaker_of(result, "castigo al") == "Asociación de Hoteles de Cantabria"


def test_a_body_noun_takes_up_the_agent_of_a_passive_past_a_time_phrase() -> None:
    result = run(
        "El paro agrario cerró el año con 1.200 afiliados menos, según el informe "
        "presentado este martes por la Unión de Agricultores Extremeños. En una campaña "
        "que la organización califica de «la peor en veinte años», el olivar perdió un "
        "tercio de su cosecha.",
        language="es",
    )
    assert speaker_of(result, "la peor en veinte") == "Unión de Agricultores Extremeños"


# --- a word after a noun that disagrees in number or opens a clause is not its adjective ----


def test_a_verb_after_a_plural_source_is_not_part_of_its_name() -> None:
    result = run(
        "Los pescadores bloquearon el puerto de Celeiro contra un contrato que, según los "
        "armadores cambia las cuotas «sin avisar a nadie».",
        language="es",
    )
    assert speaker_of(result, "sin avisar") in ("armadores", "los armadores")


def test_a_participle_with_its_complement_is_not_part_of_the_speakers_name() -> None:
    result = run(
        "Los economistas consultados por esta agencia creen que la subida era «inevitable».",
        language="es",
    )
    assert speaker_of(result, "inevitable") == "economistas"


# --- a tag verb, an infinitive and a clause: "dejó entrever que" reports ------------------


def test_a_tag_verb_with_an_infinitive_before_its_clause_reports() -> None:
    result = run(
        "La Autoridad Portuaria de Vigo cerró el año con récord de cruceros, y su "
        "presidenta, Begoña Troncoso Lage, dejó entrever que la terminal «se quedará "
        "pequeña en 2028».",
        language="es",
    )
    assert speaker_of(result, "se quedará") == "Begoña Troncoso Lage"


# --- the addressee phrase after a tag ("a la emisora local X") is no subject ---------------


def test_an_outlet_in_the_addressee_phrase_does_not_speak() -> None:
    result = run(
        "La alcaldesa de Ribadavia, Noelia Cid Outumuro, confirmó el corte del puente. "
        "«Tardarán al menos un mes», explicó a la emisora comarcal Radio Ribeiro.",
        language="es",
    )
    assert speaker_of(result, "Tardarán al menos") == "Noelia Cid Outumuro"


# --- an interview resumes after a company's statement: the same person answers -----------


def test_the_interviewee_answers_again_after_a_quoted_company_statement() -> None:
    result = run(
        "Un equipo del Museo del Jurásico de Asturias presentó este lunes, en un acto con el "
        "consejero de Cultura, Pelayo Fernández Riera, las huellas de un terópodo halladas en "
        "la playa de La Griega.",
        "La paleontóloga Covadonga Suárez Llaneza, que dirige el yacimiento, habló con esta "
        "agencia junto al acantilado.",
        "—¿Cómo las encontraron?",
        "—Las destapó un temporal en febrero.",
        "La empresa de la obra del paseo, Construcciones Sella S.A., aseguró en un comunicado "
        "que colaborará con el museo «en lo que sea necesario».",
        "—¿Corren peligro?",
        "—Cada marea se lleva un poco. Hay que moldearlas este invierno.",
        language="es",
    )
    assert speaker_of(result, "Cada marea") == "Covadonga Suárez Llaneza"


# --- a plural tag verb with its subject dropped: the plural group named before ------------


def test_a_plural_chant_goes_to_the_plural_group_not_the_singular_reporter() -> None:
    result = run(
        "La presidenta de la Diputación, Rosa Villar Pardo, pidió calma al público, entre el "
        "que había medio centenar de bomberos forestales, que reclaman un convenio propio. "
        "«¡Convenio ya!», corearon al acabar el pleno.",
        language="es",
    )
    assert speaker_of(result, "Convenio ya") == "bomberos"


# --- a relative clause with its own subject before the quotation beats the main verb -------


def test_a_relative_clause_subject_uses_the_quoted_words_not_the_main_subject() -> None:
    result = run(
        "El consejero de Medio Rural, Xosé Balseiro Couto, anunció ayudas de 400 euros por "
        "hectárea quemada, una cantidad que los ganaderos consideran «una limosna».",
        language="es",
    )
    assert speaker_of(result, "una limosna") in ("ganaderos", "los ganaderos")


def test_a_that_clause_after_a_reporting_verb_keeps_the_main_speaker() -> None:
    result = run(
        "La fiscal, Olga Requena Bastida, le recordó que las facturas hablan de «material "
        "sanitario» y no de mascarillas.",
        language="es",
    )
    assert speaker_of(result, "material") == "Olga Requena Bastida"


# --- "hablar de «…»": speaking of something in quoted words --------------------------------


def test_speaking_of_something_in_quoted_words_is_reported_speech() -> None:
    result = run(
        "El paro subió en 3.000 personas en noviembre, según el informe presentado ayer por "
        "la Confederación de Empresarios de Cuenca, que habla de «un otoño negro».",
        language="es",
    )
    assert speaker_of(result, "un otoño negro") == "Confederación de Empresarios de Cuenca"


# --- a subject pronoun, then an aside closed by commas, then the verb ----------------------


def test_a_pronoun_subject_before_an_aside_is_resolved_to_its_person() -> None:
    result = run(
        "El rector de la Universidad de León, Benito Cadenas Prieto, y la decana de "
        "Veterinaria, Inés Robles Calvo, inauguraron el curso.",
        "Él aseguró que el nuevo hospital «abrirá en enero». Ella, por su parte, habló de "
        "«un curso de transición».",
        language="es",
    )
    assert speaker_of(result, "un curso de transición") == "Inés Robles Calvo"


# --- "la también ministra": a person already named, under another role --------------------


def test_la_tambien_role_is_the_person_already_named_not_the_last_speaker() -> None:
    result = run(
        "La vicepresidenta segunda, Lucía Carrascal Moya, y el portavoz de la oposición, "
        "Tomás Enebral Rey, se enfrentaron en la sesión de control.",
        "«Es un Gobierno agotado», le espetó el portavoz. La también ministra de Trabajo "
        "replicó que la oposición «no tiene ni una propuesta».",
        language="es",
    )
    assert speaker_of(result, "ni una propuesta") == "Lucía Carrascal Moya"


# --- "según <person>" right after the quotation beats the body before the verb ------------


def test_segun_a_named_person_after_the_quotation_names_the_speaker() -> None:
    result = run(
        "El Ayuntamiento de Teruel considera que la subida del agua es «inevitable», según su "
        "portavoz, Arturo Lisbona Gil.",
        language="es",
    )
    assert speaker_of(result, "inevitable") == "Arturo Lisbona Gil"


def test_segun_a_document_after_the_quotation_keeps_the_verbs_subject() -> None:
    result = run(
        "La consejera de Sanidad, Pilar Gaspar Ruiz, aseguró que las listas de espera son "
        "«las más cortas de España», según el último informe del ministerio.",
        language="es",
    )
    assert speaker_of(result, "las más cortas") == "Pilar Gaspar Ruiz"


# --- Q&A labels set off by a period or a dash ("Pregunta. ¿…?", "R. …", "Respuesta.— …") ---


def test_period_and_dash_interview_labels_are_turns_of_the_interviewee() -> None:
    for question, answer in (
        ("P. ¿Faltan médicos en Soria?", "R. Faltan en toda la España vacía."),
        ("Pregunta. ¿Faltan médicos en Soria?", "Respuesta. Faltan en toda la España vacía."),
        ("Pregunta.— ¿Faltan médicos en Soria?", "Respuesta.— Faltan en toda la España vacía."),
    ):
        result = run(
            "La presidenta del Colegio de Médicos de Soria, Yolanda Ortega Pascual, deja el "
            "cargo tras ocho años.",
            question,
            answer,
            language="es",
        )
        assert speaker_of(result, "Faltan en toda") == "Yolanda Ortega Pascual"
        assert speaker_of(result, "Faltan médicos") is None


def test_initials_opening_a_paragraph_are_no_interview_label() -> None:
    result = run(
        "La cantante británica actuó ayer en el festival de Benicàssim.",
        "P. J. Harvey cerró la noche con un concierto de dos horas.",
        language="es",
    )
    assert result.quotes == ()


# --- "X le recordó que …" before a dialogue line: the one told answers -------------------


def test_a_line_after_a_narrated_remark_to_someone_is_that_persons_answer() -> None:
    result = run(
        "La consejera de Educación de Aragón, María Pilar Lacruz Bueno, presentó el calendario "
        "escolar.",
        "—¿Cuándo empieza el curso?",
        "—El 8 de septiembre —respondió—. Como siempre.",
        "Un periodista de Aragón Radio le recordó que los sindicatos piden retrasarlo.",
        "—Los sindicatos piden muchas cosas.",
        language="es",
    )
    assert speaker_of(result, "Los sindicatos piden muchas") == "María Pilar Lacruz Bueno"


def test_a_clitic_in_another_clause_does_not_make_the_narrated_person_the_one_told() -> None:
    result = run(
        "La alcaldesa de Ansó, Marta Lacasta Pérez, enseña la antigua escuela.",
        "—Cerró en 2011. Quedaban dos niños.",
        "Desde la puerta, Julián Garcés, de 79 años, interviene sin que nadie le pregunte.",
        "—Aquí lo que falta es trabajo.",
        language="es",
    )
    assert speaker_of(result, "Aquí lo que falta") == "Julián Garcés"


# --- a court's chamber taken up by its common noun ------------------------------------------


def test_la_sala_stands_for_the_court_named_before() -> None:
    result = run(
        "La Audiencia Nacional ha condenado a seis años al exdirector de la caja, Baltasar "
        "Urquiza Leal. La sala considera probado que desvió «fondos de los clientes».",
        language="es",
    )
    assert speaker_of(result, "fondos de los clientes") == "Audiencia Nacional"


# --- a raya aside that opens with the speaker's name instead of a verb ---------------------


def test_a_raya_aside_opening_with_a_name_names_the_speaker() -> None:
    result = run(
        "Los hosteleros de la plaza Mayor recogieron firmas contra las nuevas terrazas.",
        "—Esto nos hunde —Eusebio Valcárcel, dueño de un bar desde 1987, no levanta la "
        "vista de la barra—. Con cuatro mesas no pago ni la luz.",
        language="es",
    )
    assert speaker_of(result, "Esto nos hunde") == "Eusebio Valcárcel"


# --- the one a question is put to ("a la testigo, X") is no apposition of the asker --------


def test_the_addressee_named_after_a_role_asker_is_not_the_asker() -> None:
    result = run(
        "—¿Vio usted el coche? —preguntó el magistrado al testigo, Óscar Peñalba Ruiz.",
        "—Solo las luces.",
        language="es",
    )
    assert speaker_of(result, "Vio usted") in ("magistrado", "el magistrado")
    assert speaker_of(result, "Solo las luces") == "Óscar Peñalba Ruiz"


# --- a short quotation whose next sentence says who said it is speech -----------------------


def test_a_short_quotation_named_by_the_next_sentence_is_speech_with_that_speaker() -> None:
    result = run(
        "Para los comerciantes, la peatonalización es «una ruina». Así lo denuncia el "
        "presidente de la asociación del centro, Fermín Azcona Lizarraga.",
        language="es",
    )
    assert speaker_of(result, "una ruina") == "Fermín Azcona Lizarraga"


# --- a narration paragraph opening with an inverted reporting verb is about that person ----


def test_an_answer_after_a_paragraph_opening_with_an_inverted_verb_is_that_persons() -> None:
    result = run(
        "La esquiadora Ainhoa Ibarzabal Goñi ganó ayer su primera prueba de la Copa del Mundo.",
        "—¿Lo esperaba?",
        "—Para nada. Venía de dos caídas.",
        "Explicó el seleccionador, Koldo Arrieta Sanz, que el equipo lleva dos años "
        "preparando la temporada. Según la federación, el presupuesto ha crecido un 20 %.",
        "—¿Habrá más dinero para el equipo femenino?",
        "—Eso lo decide la federación, no yo.",
        language="es",
    )
    assert speaker_of(result, "Eso lo decide") == "Koldo Arrieta Sanz"


# --- "estas fuentes" takes up the sources just named --------------------------------------


def test_demonstrative_sources_take_up_the_sources_named_before() -> None:
    result = run(
        "Fuentes de la Consejería de Medio Ambiente explicaron que el incendio está "
        "«estabilizado». Estas fuentes añadieron que no hay «ninguna casa en peligro».",
        language="es",
    )
    first = speaker_of(result, "estabilizado")
    assert first is not None
    assert speaker_of(result, "ninguna casa") == first


# --- "su colega" is the other person named with the one who spoke --------------------------


def test_a_peer_noun_is_the_other_person_named_not_the_last_speaker() -> None:
    result = run(
        "Las geólogas del IGME Leire Zubiaur y Paula Cendrero Gil firman el informe. «El "
        "acuífero no se ha recuperado», explicó Zubiaur, mientras su colega advirtió de que "
        "el riesgo es «muy alto».",
        language="es",
    )
    assert speaker_of(result, "muy alto") == "Paula Cendrero Gil"


# --- a prepositional opening with a companion in apposition: not the subject ---------------


def test_a_companion_named_in_a_prepositional_opening_does_not_answer() -> None:
    result = run(
        "La consejera de Hacienda de Navarra, Elma Saiz Delgado, presentó ayer los "
        "presupuestos de 2027.",
        "En una comparecencia de dos horas en el Parlamento, junto al director general de "
        "Presupuestos, Iñigo Arregui Sola, la consejera defendió que las cuentas son "
        "prudentes.",
        "—¿Habrá subida de impuestos?",
        "—No, ninguna —respondió—. Ni este año ni el que viene.",
        language="es",
    )
    assert speaker_of(result, "No, ninguna") == "Elma Saiz Delgado"


def test_an_inverted_subject_after_a_prepositional_opening_still_speaks() -> None:
    result = run(
        "A la vista asistió la madre del fallecido, Rocío Abellán Ruiz, que a la salida "
        "declaró que lleva «tres años esperando justicia».",
        language="es",
    )
    assert speaker_of(result, "tres años esperando") == "Rocío Abellán Ruiz"


# --- a question that calls on someone ("¿…, ministra?") is answered by them -----------------


def test_a_vocative_in_a_question_names_who_answers_it() -> None:
    result = run(
        "La ministra de Vivienda, Carmen Ledesma Prieto, compareció junto al secretario de "
        "Estado, Julián Arrieta Vidal.",
        "—Los datos de noviembre son los mejores del año —explicó Arrieta.",
        "—¿Y los alquileres, ministra? Siguen subiendo en todas las capitales —preguntó "
        "una periodista.",
        "—Suben menos que hace un año.",
        language="es",
    )
    assert speaker_of(result, "Suben menos") == "Carmen Ledesma Prieto"


# --- a colon closing a paragraph whose subject follows an opening phrase ------------------


def test_a_paragraph_ending_in_a_colon_after_an_opening_phrase_names_the_body() -> None:
    result = run(
        "La Asociación de Controladores Aéreos (ACA) anunció ayer paros parciales en "
        "Barajas.",
        "En una carta enviada a los diputados de la comisión de Transportes, la asociación "
        "resume así su postura:",
        "«Trabajamos con radares de los años noventa y turnos de doce horas.",
        "»Nadie quiere una huelga, pero nadie nos escucha.»",
        language="es",
    )
    assert speaker_of(result, "Trabajamos con radares") == "Asociación de Controladores Aéreos"


# --- an unnamed role after a company spoke is the role, not the company ---------------------


def test_an_unnamed_role_after_a_company_quote_is_not_the_company() -> None:
    result = run(
        "La aerolínea Iberia replicó en un comunicado que la huelga es «injustificada».",
        "La responsable de relaciones laborales de uno de los sindicatos, que pidió no ser "
        "citada, admitió que la negociación está «encallada».",
        language="es",
    )
    assert speaker_of(result, "encallada") != "Iberia"
    assert speaker_of(result, "encallada") in ("responsable", "responsable de relaciones laborales")


# --- the opposition speaks as a group ------------------------------------------------------


def test_the_opposition_in_a_relative_clause_uses_the_quoted_words() -> None:
    result = run(
        "El Ayuntamiento de Gijón cerró el año con 4.000 plazas de aparcamiento menos, una "
        "cifra que la oposición municipal califica de «castigo al comercio».",
        language="es",
    )
    assert speaker_of(result, "castigo al comercio") in ("oposición municipal", "oposición")


# --- "fuentes de la patronal de envasadores": a nested complement stays in the name -------


def test_sources_keep_a_nested_complement() -> None:
    result = run(
        "El precio de la leche en origen bajó un 4 % en noviembre. Fuentes de la "
        "asociación de ganaderos explicaron que el sector está «al límite».",
        language="es",
    )
    assert speaker_of(result, "al límite") == "Fuentes de la asociación de ganaderos"


# --- two quotations with only a raya aside between them: one speaker ----------------------


def test_a_quotation_after_a_raya_aside_goes_on_with_the_same_speaker() -> None:
    result = run(
        "Un mayorista de Mercamadrid, que pidió no ser identificado, lo veía claro. «La "
        "fruta de fuera ya ha bajado los precios» —explicaba—, «lo que no ha bajado es el "
        "gasóleo».",
        language="es",
    )
    first = speaker_of(result, "La fruta de fuera")
    assert first == "mayorista"
    assert speaker_of(result, "lo que no ha bajado") == first


# --- "describen como «…»": a term named by the subject of a relative clause ----------------


def test_a_term_described_in_a_relative_clause_is_its_subjects() -> None:
    result = run(
        "La lonja de Burela cerró la semana sin subasta, en un mercado que los armadores "
        "describen como «muerto».",
        language="es",
    )
    assert speaker_of(result, "muerto") in ("armadores", "los armadores")


# --- a participle after a noun describes it; a name after a comma is no prepositional object -


def test_a_long_role_phrase_with_a_participle_then_the_name_speaks_as_that_name() -> None:
    result = run(
        "El conductor investigado por el accidente del autobús que cayó al río Sil en "
        "agosto de 2024, Marcos Cereijo Lago, aseguró ante la jueza que los frenos «no "
        "respondieron».",
        language="es",
    )
    assert speaker_of(result, "no respondieron") == "Marcos Cereijo Lago"
