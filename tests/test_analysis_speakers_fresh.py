"""Speakers, third Spanish generalisation round: classes found on new messy text written
for this round (not on the gold files). Every sentence here is new text.
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

# --- an unnamed person by trade or status, whose noun has no person ending -----------


def test_an_unnamed_person_by_trade_with_a_relative_clause_speaks() -> None:
    result = run(
        "La cofradía de Burela votó parar la flota una semana.",
        "Un propietario que prefirió no dar su nombre calificó el acuerdo de «ruina». "
        "«Con el gasóleo a este precio no salimos», lamentó.",
        language="es",
    )
    assert speaker_of(result, "ruina") == "propietario"
    assert speaker_of(result, "Con el gasóleo") == "propietario"


def test_an_unnamed_official_or_young_person_speaks() -> None:
    result = run(
        "Una funcionaria de la oficina de empleo de Lorca explicó que «las colas empiezan "
        "a las seis». Un joven que esperaba en la puerta contó que «aquí no hay nada».",
        language="es",
    )
    assert speaker_of(result, "las colas") in (
        "funcionaria",
        "funcionaria de la oficina de empleo de Lorca",
    )
    assert speaker_of(result, "aquí no hay") == "joven"


# --- relayed speech through a relative clause ------------------------------------------


def test_a_quotation_in_a_relative_clause_after_the_outlet_is_the_antecedents() -> None:
    result = run(
        "La cadena Onda Cero recogió las palabras de la consejera, Nieves Armenteros, "
        "que aseguró que el hospital «abrirá en primavera».",
        language="es",
    )
    assert speaker_of(result, "abrirá en primavera") == "Nieves Armenteros"


def test_a_main_verb_after_the_relative_clause_still_names_the_subject() -> None:
    result = run(
        "El delegado, Bautista Orduña, que había pedido calma, afirmó que la obra "
        "«no se para».",
        language="es",
    )
    assert speaker_of(result, "no se para") == "Bautista Orduña"


# --- an unlisted verb that reports a clause, or stands in a short quotation's tag -----


def test_an_unlisted_verb_reporting_a_clause_names_its_subject() -> None:
    result = run(
        "A la salida del juzgado, el abogado de la familia deslizó ante las cámaras que el "
        "alcalde «sabía lo que firmaba».",
        language="es",
    )
    speaker = speaker_of(result, "sabía lo que") or ""
    assert speaker.removeprefix("el ") in ("abogado", "abogado de la familia")


def test_a_short_quotation_tagged_by_an_unlisted_verb_is_speech() -> None:
    result = run(
        "«Nadie quiere esta huelga», sostuvo la delegada sindical Begoña Irazu. "
        "«Pero llegaremos», remató.",
        language="es",
    )
    quote = next(q for q in result.quotes if q.text.startswith("«Pero"))
    assert quote.is_speech
    assert speaker_of(result, "Pero llegaremos") == "Begoña Irazu"


# --- "las mismas fuentes": a source phrase taking up one named before -----------------


def test_the_same_sources_speak_as_the_phrase_they_take_up() -> None:
    result = run(
        "Fuentes de la investigación situaron el origen del fuego en un taller de la nave.",
        "Las mismas fuentes apuntaron después que «no hay indicios de que fuera provocado».",
        language="es",
    )
    assert speaker_of(result, "no hay indicios") == "Fuentes de la investigación"


def test_dichas_fuentes_after_an_organisations_sources() -> None:
    result = run(
        "Fuentes de la Guardia Civil confirmaron el hallazgo en el embalse. Horas después, "
        "dichas fuentes añadieron que el fallecido «llevaba días desaparecido».",
        language="es",
    )
    assert speaker_of(result, "llevaba días") in ("Guardia Civil", "Fuentes de la Guardia Civil")


# --- a body noun ("la institución") stands for the body given as a source, not for a
# --- broadcaster someone spoke to ----------------------------------------------------


def test_a_body_noun_takes_up_the_source_body_not_the_broadcaster() -> None:
    result = run(
        "Según el Tribunal de Cuentas, que auditó el contrato, el sobrecoste supera "
        "los seis millones. «Nadie nos avisó», contestó a la emisora Radio Tajo el alcalde, "
        "Eusebio Marín. La institución reclamó en su informe «una revisión completa».",
        language="es",
    )
    assert speaker_of(result, "una revisión completa") in ("Tribunal de Cuentas", "institución")


# --- a participle after the quotation's comma opens a phrase, not a speech tag -------


def test_a_participle_after_the_comma_is_no_inverted_tag() -> None:
    result = run(
        "La constructora Obras Levante afirmó que el proyecto «tiene todos los informes», "
        "incluido el estudio de tráfico aprobado en marzo.",
        language="es",
    )
    assert speaker_of(result, "tiene todos") == "Obras Levante"


def test_an_english_gerund_after_the_comma_is_no_inverted_tag() -> None:
    result = run(
        'Brightwater Energy said the plant "meets every standard", including the noise '
        "rules set last year.",
        language="en",
    )
    assert speaker_of(result, "meets every") == "Brightwater Energy"


# --- a company speaks without its legal form ----------------------------------------


def test_a_company_speaks_without_its_legal_form() -> None:
    result = run(
        "La conservera Pescanova S.A. aseguró en un comunicado que la planta "
        "«seguirá abierta».",
        language="es",
    )
    assert speaker_of(result, "seguirá abierta") == "Pescanova"


# --- a name in a relative clause on the subject, before a second predicate -------------


def test_a_name_in_a_relative_clause_is_not_the_coordinated_subject() -> None:
    result = run(
        "La junta de personal, que encabeza Rosario Etxebarria, de LAB, registró un "
        "escrito en el ayuntamiento y tachó el recorte de «chapuza».",
        language="es",
    )
    assert speaker_of(result, "chapuza") == "junta de personal"


# --- a raya answer carried on into an unmarked paragraph ---------------------------------


def test_an_unmarked_first_person_paragraph_carries_the_answer_on() -> None:
    result = run(
        "La directora del observatorio, Amaranta Villaseñor, atiende a la agencia en la "
        "cúpula.",
        "—¿Por qué cierran el telescopio?",
        "—Por la luz —responde Villaseñor—. La ciudad ha crecido hacia la sierra.",
        "Lo peor son las farolas nuevas. Las medimos cada invierno y esperábamos una "
        "ordenanza que nunca llegó.",
        "—¿Y ahora?",
        "—Ahora, a esperar.",
        language="es",
    )
    assert speaker_of(result, "Lo peor son las farolas") == "Amaranta Villaseñor"


def test_third_person_narration_between_turns_is_no_quotation() -> None:
    result = run(
        "—¿Por qué cierran el telescopio?",
        "—Por la luz —responde Amaranta Villaseñor—. La ciudad ha crecido hacia la sierra.",
        "La astrónoma señala las farolas nuevas desde la ventana y guarda silencio un rato. "
        "Los mínimos de luz se registran en enero.",
        "—¿Y ahora?",
        "—Ahora, a esperar.",
        language="es",
    )
    assert not any(q.text.startswith("La astrónoma") for q in result.quotes)


# --- a named reporter introduced by narration asks the next untagged question ----------


def test_a_reporter_named_in_apposition_asks_the_next_question() -> None:
    result = run(
        "El consejero de Sanidad, Anselmo Ribera, defendió el nuevo calendario de vacunas.",
        "Un corresponsal de la Cadena Norte, Baltasar Quiroga, le planteó después el "
        "retraso de las dosis de refuerzo.",
        "—¿Cuándo llegarán a los centros de salud?",
        "—En la primera semana de enero —contestó Ribera.",
        language="es",
    )
    assert speaker_of(result, "Cuándo llegarán") == "Baltasar Quiroga"
    assert speaker_of(result, "En la primera semana") == "Anselmo Ribera"


# --- "según la gremial": a body noun after "según"; never a name inside the quotation ---


def test_segun_a_body_noun_names_the_body_not_a_name_in_the_quotation() -> None:
    result = run(
        "El paro, convocado por la Federación de Transportistas Autónomos, deja sin gasóleo "
        "a las comarcas del sur, y según la plataforma durará «hasta que la Consejería de "
        "Fomento retire el peaje».",
        language="es",
    )
    assert speaker_of(result, "hasta que la") == "Federación de Transportistas Autónomos"


# --- "según recoge X" after a sentence with its own subject: the subject speaks -------


def test_an_outlet_relaying_after_the_subject_is_not_the_speaker() -> None:
    result = run(
        "La alcaldesa, Nuria Valcárcel, fue más lejos en una entrevista radiofónica, según "
        "recoge el diario digital de la emisora: a su juicio, la obra «no tiene sentido».",
        language="es",
    )
    assert speaker_of(result, "no tiene sentido") == "Nuria Valcárcel"


# --- "uno de ellos": one member of the group named before ---------------------------


def test_one_of_them_speaks_as_a_member_of_the_group() -> None:
    result = run(
        "Los vendimiadores de la finca protestaron por el retraso de los pagos, y una de "
        "ellas, que prefirió no dar su nombre, lo dejó claro: «Sin contrato no vuelvo».",
        language="es",
    )
    assert speaker_of(result, "Sin contrato") == "vendimiador"


# --- a person after the outlet or the medium in the tag is the speaker ----------------


def test_a_person_after_the_outlet_in_a_raya_tag_speaks() -> None:
    result = run(
        "El alcalde de Tineo, Remigio Arbesú, recibió a los periodistas en la plaza.",
        "—¿Cuándo abrirá el puente?",
        "—En febrero, si no llueve —contestó a este diario Arbesú—. Antes es imposible.",
        "—Hemos perdido la cosecha —relata en conversación telefónica Carmen Quintás, "
        "vecina de la parroquia—. Pero la casa sigue en pie.",
        language="es",
    )
    assert speaker_of(result, "En febrero") == "Remigio Arbesú"
    assert speaker_of(result, "Hemos perdido") == "Carmen Quintás"


# --- dialogue stand-ins: a line after narration inside a paragraph; a year before the
# --- closing dash of an aside ----------------------------------------------------------


def test_a_hyphen_line_after_narration_in_the_same_paragraph_is_a_turn() -> None:
    result = run(
        "- ¿Cuántos quedan en el puerto? - preguntó un periodista.",
        "- Seis barcos, y bajando - respondió el patrón, Ginés Alarcón.",
        "A su lado, su sobrino Adrián remienda una red. - Yo me iré a Francia - dice -. "
        "Aquí no hay futuro.",
        language="es",
    )
    assert speaker_of(result, "Yo me iré a Francia") == "Adrián"


def test_a_spaced_raya_line_after_narration_in_the_same_paragraph_is_a_turn() -> None:
    result = run(
        "Su vecina Remedios Galán se asoma al balcón. — Aquí no vino nadie — protesta —. "
        "Lo apagamos nosotros.",
        language="es",
    )
    assert speaker_of(result, "Aquí no vino nadie") == "Remedios Galán"


def test_an_en_dash_closing_an_aside_after_a_year_keeps_the_turn_whole() -> None:
    result = run(
        "–¿Y el turismo?",
        "–Eso ya se dijo en Cádiz –responde la concejala, en el cargo desde 2019– y allí "
        "siguen llegando cruceros.",
        language="es",
    )
    quote = next(q for q in result.quotes if q.text.startswith("–Eso"))
    assert quote.text.endswith("llegando cruceros.")


def test_a_name_in_apposition_after_an_unlisted_role_and_the_outlet_speaks() -> None:
    result = run(
        '"Los pozos están al 40 %", dijo a la AFP la interventora de Aguas municipal, '
        "Yadira Montoya Restrepo, quien culpó a la sequía.",
        language="es",
    )
    assert speaker_of(result, "Los pozos") == "Yadira Montoya Restrepo"


# --- an unlisted role noun ("el tesorero") is no nationality or age noun -----------------


def test_an_unlisted_role_does_not_take_the_last_person_named_in_passing() -> None:
    result = run(
        "A medianoche compareció Garrido, visiblemente afectado, acompañado por la "
        "interventora de su partido, Visitación Pardo. «Hemos perdido», dijo el tesorero "
        "en funciones.",
        language="es",
    )
    assert speaker_of(result, "Hemos perdido") != "Visitación Pardo"


# --- "que dirige X": the name in a comma-less relative clause is not the subject -------


def test_a_name_after_que_and_a_verb_is_not_the_main_subject() -> None:
    result = run(
        "Fuentes de la consejería que encabeza Inmaculada Roldán aseguraron que las obras "
        "«acabarán en verano».",
        language="es",
    )
    assert speaker_of(result, "acabarán en verano") != "Inmaculada Roldán"


# --- an unnamed post at a named body is the speaker, not whoever spoke last -----------


def test_an_unnamed_post_at_a_body_is_not_the_last_speaker() -> None:
    result = run(
        "«Nos dejaron tirados», dijo Bernardino Luaces, portavoz de los usuarios.",
        "Preguntado por los autobuses, el gerente de Monbus en Lugo respondió: «Saldrán "
        "mañana».",
        language="es",
    )
    assert speaker_of(result, "Saldrán mañana") != "Bernardino Luaces"


# --- a «quotation» carried over paragraphs, reopened with » -------------------------------


def test_a_quotation_reopened_with_a_closing_guillemet_is_found() -> None:
    result = run(
        "La presidenta del tribunal, Casilda Ortuño, leyó el fallo en voz alta:",
        "«El acusado actuó con pleno conocimiento de la ilicitud de su conducta.",
        "»No cabe apreciar atenuante alguna, y así se declara».",
        "La defensa anunció recurso.",
        language="es",
    )
    texts = [q.text for q in result.quotes]
    assert texts[0].startswith("«El acusado") and texts[0].endswith("conducta.")
    assert texts[1] == "»No cabe apreciar atenuante alguna, y así se declara»"
    assert speaker_of(result, "No cabe apreciar") == "Casilda Ortuño"


# --- a speech tag set off by hyphens inside the quotation marks --------------------------


def test_a_hyphen_aside_inside_quotation_marks_names_the_speaker() -> None:
    result = run(
        '"Ningún año -lamentó la alcaldesa de Níjar, Esperanza Pomares- habíamos visto '
        'tanta agua".',
        "Los vecinos siguen sin luz.",
        language="es",
    )
    assert speaker_of(result, "Ningún año") == "Esperanza Pomares"


def test_hyphens_outside_a_quotation_are_left_alone() -> None:
    result = run(
        "La carretera Níjar -Almería sigue cortada; el tramo -dijeron los técnicos- es "
        "inestable.",
        language="es",
    )
    assert result.quotes == ()


def test_two_partial_quotations_of_one_role_mention_share_the_speaker() -> None:
    result = run(
        "«No subiremos el billete», aseguró la alcaldesa, Iratxe Lasa, en un acto donde "
        "estuvo acompañada por el concejal de Movilidad, Koldo Arana.",
        "El titular de Movilidad explicó después que la obra costará «unos 30 millones» "
        "y que cerrará «tres calles del centro».",
        language="es",
    )
    assert speaker_of(result, "unos 30 millones") == "Koldo Arana"
    assert speaker_of(result, "tres calles") == "Koldo Arana"


# --- a quotation standing alone, then a paragraph saying whose words they were ---------


def test_the_paragraph_after_a_lone_quotation_names_its_speaker() -> None:
    result = run(
        "El teatro Calderón bajó el telón por última vez el domingo.",
        "«Aquí aprendimos a mirar.»",
        "Con esas palabras se despidió del público la actriz Pilar Bardem Otero, que "
        "debutó en ese escenario en 1971.",
        language="es",
    )
    assert speaker_of(result, "Aquí aprendimos") == "Pilar Bardem Otero"


# --- a role noun takes up the person given a synonym of it ------------------------------


def test_a_role_noun_takes_up_the_person_given_its_synonym() -> None:
    result = run(
        "La acusación particular, que ejerce la letrada Remedios Collado, pidió nueve años "
        "de cárcel para la acusada, Pilar Gómez.",
        "«La víctima no ha cobrado un euro», afirmó la abogada a la salida del juzgado.",
        language="es",
    )
    assert speaker_of(result, "La víctima no ha cobrado") == "Remedios Collado"


# --- posts the role list missed -------------------------------------------------------


def test_an_unnamed_post_relayed_by_an_agency_speaks() -> None:
    result = run(
        "Fuentes del Ministerio de Industria restaron importancia al alza. Según recoge "
        "Reuters, el viceministro saudí de Energía dijo en Viena que el grupo «actuará "
        "de forma preventiva».",
        language="es",
    )
    speaker = speaker_of(result, "actuará de forma") or ""
    assert "viceministro" in speaker


# --- "En opinión de X, … «…», según un comunicado": the opening attribution holds it ----


def test_the_opening_attribution_beats_a_later_segun_a_document() -> None:
    result = run(
        "En opinión de la Federación de Cofradías, los pescadores de bajura son los que "
        "«pagan la crisis del gasóleo», según un comunicado difundido por la entidad.",
        language="es",
    )
    assert speaker_of(result, "pagan la crisis") == "Federación de Cofradías"


# --- "según el escrito de la fiscal": the document's author speaks ---------------------


def test_a_document_by_a_person_speaks_as_that_person() -> None:
    result = run(
        "La jueza instructora, Nieves Olabarria, citó a declarar a los tres investigados.",
        "Según el auto de la jueza, los acusados desviaron fondos de forma «sistemática».",
        language="es",
    )
    assert speaker_of(result, "sistemática") == "Nieves Olabarria"


# --- a name the recogniser missed, opening the clause before its verb ---------------------


def test_a_capitalised_name_opening_the_clause_speaks_even_unrecognised() -> None:
    result = run(
        "Las asociaciones vecinales fueron más duras. Zazpiak, en una nota, recordó que la "
        "obra lleva dos años parada y acusó al ayuntamiento de «mentir a los vecinos».",
        language="es",
    )
    assert speaker_of(result, "mentir a los vecinos") == "Zazpiak"


def test_a_sentence_opener_is_no_unrecognised_name() -> None:
    result = run(
        "Los vecinos protestaron. Ayer, en una nota, recordaron que la obra «sigue parada».",
        language="es",
    )
    assert speaker_of(result, "sigue parada") != "Ayer"


# --- a quotation inside the clause a "según" source brings is the source's ------------


def test_a_quotation_in_the_segun_clause_is_the_sources() -> None:
    result = run(
        "El presidente de Ecuador, que suspendió una visita a Panamá, declaró el estado de "
        "excepción, según informó la Secretaría de Riesgos en una nota en la que aseguraba que "
        "«todas las familias tendrán albergue».",
        language="es",
    )
    assert speaker_of(result, "todas las familias") == "Secretaría de Riesgos"


# --- a body noun takes up the body it introduced, however far back --------------------


def test_a_body_noun_takes_up_its_introduction_far_back() -> None:
    filler = (
        "La Sala de lo Social recordó que el convenio colectivo del sector obliga a "
        "mantener la plantilla durante la subrogación del servicio. "
    ) * 12
    result = run(
        "El Tribunal Superior ha condenado a la naviera Armas Canarias a readmitir a 40 "
        "marineros despedidos en 2024.",
        filler,
        "La naviera, por su parte, anunció en una nota que «acatará» el fallo.",
        language="es",
    )
    assert speaker_of(result, "acatará") == "Armas Canarias"


# --- "La Sala, en una sentencia …" then "La sentencia es tajante: «…»" --------------------


def test_a_document_speaks_for_the_body_that_issued_it() -> None:
    result = run(
        "La Sección Tercera, en una sentencia conocida este lunes y de la que ha sido "
        "ponente la magistrada Elvira Cano, anula la multa impuesta por el Ayuntamiento de "
        "Gijón.",
        "La sentencia es rotunda: «La ordenanza carecía de cobertura legal».",
        language="es",
    )
    assert speaker_of(result, "La ordenanza carecía") == "Sección Tercera"


# --- a term inside a clause someone reports is that speaker's word ----------------------


def test_a_term_in_a_reported_clause_is_speech_of_the_reporter() -> None:
    result = run(
        "Su portavoz, Inés Lacalle, explicó en rueda de prensa que muchos pisos se anuncian "
        "ya como «habitaciones compartidas» para esquivar el tope.",
        "El barrio fue rebautizado por la prensa local como el «pequeño Soho».",
        language="es",
    )
    shared = next(q for q in result.quotes if "compartidas" in q.text)
    soho = next(q for q in result.quotes if "Soho" in q.text)
    assert shared.is_speech and shared.speaker is not None
    assert shared.speaker.name == "Inés Lacalle"
    assert not soho.is_speech


# --- "añade el texto": a bare document noun takes up the document just quoted ----------


def test_the_text_takes_up_the_document_quoted_before() -> None:
    result = run(
        "El informe, elaborado por técnicos independientes, concluye que la presa «no "
        "cumple la normativa». «Las filtraciones son visibles desde 2021», añade el "
        "documento.",
        language="es",
    )
    assert speaker_of(result, "no cumple") == speaker_of(result, "Las filtraciones")


# --- "…, aunque precisaron": a contrast clause with no subject keeps the main one; two
# --- organisations joined by "y" speak together ---------------------------------------


def test_a_subjectless_contrast_clause_keeps_the_pair_of_bodies() -> None:
    result = run(
        "Los alcaldes respaldaron la protesta.",
        "Las secciones sindicales de ELA y LAB, por su parte, anunciaron que apoyarán el "
        "paro, aunque matizaron en una nota que prefieren «negociar hasta el final».",
        language="es",
    )
    assert speaker_of(result, "negociar hasta") == "ELA y LAB"


def test_a_name_in_apposition_to_a_role_is_that_person_whatever_its_type() -> None:
    result = run(
        "«Las cuentas no salen —advirtió la tesorera, Urraca Villanueva Ibarrola—, y nadie "
        "lo quiere ver».",
        language="es",
    )
    assert speaker_of(result, "Las cuentas no salen") == "Urraca Villanueva Ibarrola"


def test_one_of_them_after_the_quotation_and_a_group_opened_by_otros() -> None:
    result = run(
        "La armadora Begoña Ibarra fue pesimista sobre la campaña.",
        "Otros patrones consultados son menos alarmistas. «Hemos tenido años peores», "
        "comentaba uno de ellos en el muelle.",
        language="es",
    )
    assert speaker_of(result, "Hemos tenido años peores") == "patrón"


# --- a relative clause with its own subject right before the quotation -----------------


def test_the_subject_of_a_relative_clause_before_the_quotation_used_the_words() -> None:
    result = run(
        "La lonja vivió una mañana que los pescadores describían como de «desastre "
        "absoluto».",
        language="es",
    )
    assert speaker_of(result, "desastre absoluto") in ("pescadores", "los pescadores")


# --- a role at a body, past the body's acronym, then its holder; the role later ---------


def test_a_role_at_a_body_past_its_acronym_names_the_holder() -> None:
    result = run(
        '"Nunca habíamos visto tanta agua", dijo a la prensa el director de la Agencia '
        "Estatal de Emergencias (AEE), Baltasar Quiñones Ferrer, quien pidió calma.",
        "Horas después, el director pidió a los vecinos «no cruzar los vados».",
        language="es",
    )
    assert speaker_of(result, "Nunca habíamos visto") == "Baltasar Quiñones Ferrer"
    assert speaker_of(result, "no cruzar los vados") == "Baltasar Quiñones Ferrer"


# --- "X, a través de Y, respondió": the channel speaks ----------------------------------


def test_the_body_or_person_spoken_through_is_the_speaker() -> None:
    result = run(
        "El Gobierno regional, a través de la Consejería de Obras Públicas, respondió en "
        "una nota que el puente «se licitó en octubre».",
        "Vox, por boca de su portavoz parlamentario, Ignacio Garriga, calificó el plan de "
        "«agonía».",
        language="es",
    )
    assert speaker_of(result, "se licitó") == "Consejería de Obras Públicas"
    assert speaker_of(result, "agonía") == "Ignacio Garriga"


# --- an identified but unnamed asker carries the noun phrase -----------------------------


def test_an_identified_unnamed_asker_is_named_by_the_phrase() -> None:
    result = run(
        "La acusada, Rosalía Peña, negó los hechos.",
        "El abogado de la familia, que ejerce la acusación particular, le preguntó "
        "después por los cheques.",
        "—¿Quién firmaba los cheques?",
        "—Yo no, desde luego.",
        "La primera pregunta de la defensa fue sobre el testamento.",
        "—¿Lo leyó usted?",
        "—Nunca.",
        language="es",
    )
    assert speaker_of(result, "Quién firmaba") in ("abogado", "abogado de la familia")
    assert speaker_of(result, "Lo leyó usted") is None


# --- the first answer of an exchange is the questioned person's, not the last named ------


def test_the_first_answer_goes_to_the_accused_not_the_last_person_named() -> None:
    result = run(
        "La fiscal, Amparo Lozano, que pide cuatro años para el acusado, Ramiro Tejada, "
        "centró el interrogatorio en las visitas al domicilio del anciano, Eusebio Garrido.",
        "—¿Por qué siguió cobrando la pensión?",
        "—Porque él me lo pidió.",
        language="es",
    )
    assert speaker_of(result, "Porque él me lo pidió") == "Ramiro Tejada"


# --- an unnamed person whose relative clause gives a questioned role --------------------


def test_an_unnamed_person_with_a_questioned_role_in_a_relative_clause() -> None:
    result = run(
        "El hombre que regentaba el bar y que está acusado de incendiarlo defendió ante el "
        "juez que el fuego fue «un accidente».",
        "La fiscal, Inés Carrasco, pide para el acusado, Teodoro Villalba, cinco años.",
        language="es",
    )
    assert speaker_of(result, "un accidente") == "Teodoro Villalba"


def test_la_tecnica_in_a_relative_clause_takes_up_the_coach() -> None:
    result = run(
        "La entrenadora del Gasteiz Neskak, Irati Olano Mujika, convocó a 18 jugadoras.",
        "El equipo perdió 3-0 en la ida, un resultado que la técnica calificó de «injusto».",
        language="es",
    )
    assert speaker_of(result, "injusto") == "Irati Olano Mujika"


def test_one_of_them_after_bare_sources_or_an_unnamed_group() -> None:
    result = run(
        "Fuentes del sector consultadas por esta agencia dudan del plan. «Es papel "
        "mojado», resumió una de ellas.",
        "En el puerto, estibadores veteranos lo ven de otra manera. «Al menos hay plan», "
        "admitió uno de ellos, que pidió no ser citado.",
        language="es",
    )
    assert speaker_of(result, "Es papel mojado") == "Fuentes del sector"
    assert speaker_of(result, "Al menos hay plan") in ("uno de ellos", "estibador")


# --- a quotation opening its paragraph after a sentence about a document ---------------


def test_a_quotation_after_a_sentence_about_a_document_is_its_issuers() -> None:
    result = run(
        "La Federación Vecinal de Vigo (FVV), la más numerosa de Galicia, difundió este "
        "martes un largo manifiesto contra el cierre del ambulatorio.",
        "El texto, leído ante el ayuntamiento por su presidenta, Aurora Castiñeiras, "
        "empieza con una pregunta.",
        "«¿Quién atenderá a nuestros mayores? Nadie nos lo ha explicado.",
        "»Exigimos una reunión antes de Navidad».",
        language="es",
    )
    assert speaker_of(result, "Quién atenderá") == "Federación Vecinal de Vigo"
    assert speaker_of(result, "Exigimos una reunión") == "Federación Vecinal de Vigo"


def test_a_role_names_its_holder_however_far_back() -> None:
    filler = (
        "El satélite orbitará a 550 kilómetros de altura y enviará imágenes cada seis "
        "horas a la estación de tierra, según los planes de la misión. "
    ) * 14
    result = run(
        "El director general de la firma, Anacleto Uc Balam, celebró el lanzamiento.",
        filler,
        "La empresa prevé un segundo lanzamiento en 2027, según su director, quien dijo "
        "que la compañía «ya tiene clientes».",
        language="es",
    )
    assert speaker_of(result, "ya tiene clientes") == "Anacleto Uc Balam"


# --- people by trade or kin whose nouns have no person ending (gold_wire13 round) -------


def test_an_unnamed_worker_or_relative_without_a_person_ending_speaks() -> None:
    result = run(
        "La dirección de la fábrica de Azkoitia negó cualquier despido «encubierto».",
        "Un operario del turno de noche, que pidió no figurar con su nombre, lo contó así: "
        "«Llevamos tres meses sin saber si volvemos en enero». Una abuela del barrio "
        "aseguró que «ya nadie pasa por la plaza».",
        language="es",
    )
    assert speaker_of(result, "Llevamos tres meses").startswith("operario")
    assert speaker_of(result, "ya nadie pasa").startswith("abuela")


# --- a sentence closed by a reporting verb with its subject after it ------------------


def test_a_dropped_subject_continues_the_subject_after_a_closing_reporting_verb() -> None:
    """Not the phrase opening the sentence (the injured), but the one who said it."""
    result = run(
        "Las tres víctimas, dos hermanos y su padre, quedaron atrapadas en un garaje de "
        "Alzira, informó a los "
        "periodistas la concejala de Emergencias, Remedios Climent Ortolà. «Hacía treinta "
        "años que no veíamos algo así», reconoció.",
        language="es",
    )
    assert speaker_of(result, "Hacía treinta") == "Remedios Climent Ortolà"



# --- an outlet in an aside that relays the words is no subject ------------------------


def test_the_outlet_in_a_relaying_aside_is_not_the_speaker() -> None:
    result = run(
        "La marea roja obligó a cerrar cuatro bancos de marisqueo en la ría de Arousa.",
        "Dirigentes vecinales de Cambados, citados por el diario Faro de Vigo, advirtieron "
        "que el cierre «nos deja sin ingresos hasta la primavera».",
        "Las mariscadoras, citadas por la radio Onda Arousa, dijeron que «nadie avisó».",
        "Un bateeiro, según la emisora Radio Arousa, aseguró que «esto no se veía desde 2009».",
        language="es",
    )
    assert speaker_of(result, "nos deja sin").lower().startswith("dirigentes")
    assert speaker_of(result, "nadie avisó") != "Onda Arousa"
    assert speaker_of(result, "esto no se veía") == "bateeiro"


def test_a_subject_with_a_relaying_participle_before_its_verb_speaks() -> None:
    result = run(
        "La consejera de Pesca, Rosa Quintana Carballo, se reunió con la cofradía de Burela, "
        "y fuentes de la consellería citadas por la agencia aseguraron que la veda «no se "
        "adelantará este año».",
        language="es",
    )
    assert speaker_of(result, "no se adelantará").lower().startswith("fuentes de la consellería")
