"""Speakers in the constructions real agency copy uses (issue 10), one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

# --- indefinite and anonymous speakers: the noun phrase itself ----------------------


def test_an_unnamed_dealer_is_the_speaker_not_a_company_named_before() -> None:
    result = run(
        "Orion Metals said output fell 4% in March.",
        '"Nobody is selling at these prices," said one dealer.',
        language="en",
    )
    assert speaker_of(result, "Nobody is selling") == "dealer"


def test_an_unnamed_speaker_before_a_colon_after_a_relative_clause() -> None:
    result = run(
        "«Los precios bajarán en cuanto llegue la flota», comentó un mayorista de Cambados. "
        "Otra compradora, que prefirió no identificarse, fue más clara: «Nadie puede pagar esto».",
        language="es",
    )
    assert speaker_of(result, "Nadie puede") == "compradora"


def test_a_dropped_subject_goes_back_to_an_unnamed_reporter_of_the_paragraph() -> None:
    result = run(
        "La consejera de Sanidad, Pilar Ochoa, visitó el hospital de Teruel.",
        "Uno de los heridos, de 52 años, relató que el autobús se salió de la vía. "
        "«Oímos un golpe y después nada», explicó.",
        language="es",
    )
    assert speaker_of(result, "Oímos un golpe") == "Uno de los heridos"


def test_a_pronoun_takes_up_an_unnamed_spokeswoman() -> None:
    result = run(
        "The union, the Transit Workers Alliance, called the offer unacceptable.",
        "A spokeswoman for the Harbour Authority said talks would resume. "
        '"We remain at the table," she said.',
        language="en",
    )
    assert speaker_of(result, "remain at the table") == "spokeswoman for the Harbour Authority"


# --- organisations as speakers -----------------------------------------------------


def test_a_company_noun_stands_for_the_subject_not_an_object_of_a_preposition() -> None:
    result = run(
        "En el Ibex, Navalia ganó un 3 % tras cerrar un contrato con el Ministerio de Fomento. "
        "La compañía considera que el pedido «asegura la carga de trabajo hasta 2028».",
        language="es",
    )
    assert speaker_of(result, "carga de trabajo") == "Navalia"


def test_a_synonym_takes_up_the_body_that_spoke_before() -> None:
    result = run(
        "Regulators fined Westmoor Bank 12 million pounds, the Prudential Authority said.",
        'The bank said it had "learned lessons". '
        '"We have replaced the whole team," the lender said.',
        language="en",
    )
    assert speaker_of(result, "replaced the whole team") == "Westmoor Bank"


def test_a_plural_body_noun_takes_up_the_organisations_just_listed() -> None:
    result = run(
        "Los sindicatos STEI, USO y CSIF convocaron paros en los comedores escolares.",
        "«No aceptaremos un euro menos», advierten las tres centrales en su nota.",
        language="es",
    )
    assert speaker_of(result, "un euro menos") in ("STEI", "USO", "CSIF")


def test_a_document_speaks_for_whoever_announced_it() -> None:
    result = run(
        "Los sindicatos STEI y CSIF han convocado huelga en la enseñanza concertada. "
        "En un comunicado conjunto, las dos organizaciones acusan a la patronal ACADE de "
        "bloquear el convenio. «El salario lleva tres años congelado», señala el texto.",
        language="es",
    )
    assert speaker_of(result, "tres años congelado") in ("STEI", "CSIF")


def test_a_consultancy_described_in_apposition() -> None:
    result = run(
        "Agrolens, a consultancy based in Kyiv, cut its corn forecast by 3 million tons. "
        '"The frost came at the worst moment," the consultancy said.',
        language="en",
    )
    assert speaker_of(result, "worst moment") == "Agrolens"


# --- partial quotations in a row; a role noun after the name -----------------------


def test_partial_quotations_in_a_row_belong_to_the_subject() -> None:
    result = run(
        "El exdirector del puerto, Eusebio Lamas, negó ante el juez haber cobrado comisiones. "
        "El acusado atribuyó los ingresos a «herencias» que, según dijo, declaró "
        "«siempre a Hacienda».",
        language="es",
    )
    assert speaker_of(result, "herencias") == "Eusebio Lamas"
    assert speaker_of(result, "siempre a Hacienda") == "Eusebio Lamas"


def test_a_role_after_an_organisation_noun_refers_to_the_person() -> None:
    result = run(
        "City Council President Dana Holt said the vote would be delayed. "
        '"We need two more weeks," the council president said.',
        language="en",
    )
    assert speaker_of(result, "two more weeks") == "Dana Holt"


def test_a_role_noun_with_nobody_before_takes_the_person_introduced_next() -> None:
    result = run(
        "El acusado de incendiar un almacén en Lugo aseguró ante el tribunal que actuó "
        "«por miedo».",
        "El procesado, Iván Rivas, de 29 años, pidió perdón a los vecinos.",
        language="es",
    )
    assert speaker_of(result, "por miedo") == "Iván Rivas"


# --- relayed speech: the person quoted, not the agency ----------------------------


def test_an_agency_quoting_a_titled_minister() -> None:
    result = run(
        "The RIA news agency quoted Deputy Energy Minister Oleg Marin as saying "
        '"supplies will not be cut".',
        language="en",
    )
    assert speaker_of(result, "supplies") == "Oleg Marin"


def test_an_agency_quoting_an_unnamed_official() -> None:
    result = run('Kyodo quoted a senior official as saying "the plan is final".', language="en")
    assert speaker_of(result, "plan is final") == "senior official"


def test_according_to_an_outlet_the_person_speaks() -> None:
    result = run(
        "Según recoge la agencia Servimedia, la portavoz del Gobierno, Irene Salas, afirmó "
        "que el decreto «llegará al Consejo de Ministros en junio».",
        language="es",
    )
    assert speaker_of(result, "Consejo de Ministros") == "Irene Salas"


def test_a_relative_clause_holding_the_quotation_speaks_for_its_antecedent() -> None:
    result = run(
        "La agencia Europa Press cita al portavoz Andrés Campos, quien aseguró que "
        "«el plan sigue adelante».",
        language="es",
    )
    assert speaker_of(result, "plan sigue") == "Andrés Campos"


# --- speaker before a colon or in a title phrase -----------------------------------


def test_a_titled_speaker_before_a_colon() -> None:
    result = run(
        "The defence asked for a retrial. "
        'Judge Ellen Price was blunter: "This case should never have been brought."',
        language="en",
    )
    assert speaker_of(result, "never have been brought") == "Ellen Price"


def test_a_party_acronym_then_the_person_before_a_colon() -> None:
    result = run(
        "La ministra defendió la reforma en el pleno. "
        "La diputada del BNG Uxía Carballo fue más dura: «Esta ley llega tarde».",
        language="es",
    )
    assert speaker_of(result, "llega tarde") == "Uxía Carballo"


def test_a_judge_of_a_court_seated_in_a_city() -> None:
    result = run(
        '"The evidence is overwhelming," Judge Samuel Otieno of the High Court in Nairobi said.',
        language="en",
    )
    assert speaker_of(result, "overwhelming") == "Samuel Otieno"


def test_a_title_opening_a_sentence_keeps_the_full_name() -> None:
    result = run(
        "Mayor Quinlan Fisher said the bridge would reopen in May. "
        '"It is safe," the mayor said.',
        language="en",
    )
    assert speaker_of(result, "It is safe") == "Quinlan Fisher"


# --- raya dialogue -----------------------------------------------------------------


def test_raya_dialogue_with_an_aside_and_a_reporters_question() -> None:
    result = run(
        "El delegado del Gobierno, Tomás Iriarte, atendió a la prensa en Pamplona.",
        "—No vamos a tolerar más cortes —dijo Iriarte—. La autovía tiene que estar abierta.",
        "—¿Y los camioneros? —preguntó un periodista.",
        "—Tendrán su reunión el lunes.",
        language="es",
    )
    assert speaker_of(result, "No vamos a tolerar") == "Tomás Iriarte"
    assert speaker_of(result, "Y los camioneros") == "periodista"
    assert speaker_of(result, "Tendrán su reunión") == "Tomás Iriarte"
    lines = [q for q in result.quotes if q.text.startswith("—")]
    assert len(lines) == 3 and all(q.is_speech for q in lines)


# --- names of organisations that speak ----------------------------------------------


def test_an_english_compound_ends_in_its_head_noun() -> None:
    result = run(
        'The Riverside hospital trust said in a statement that it was "deeply sorry".',
        language="en",
    )
    assert speaker_of(result, "deeply sorry") == "Riverside hospital trust"


def test_an_english_verb_after_the_subject_noun_is_no_adjective() -> None:
    result = run(
        "In the FTSE, Corvel Group fell 6% after it cut 300 jobs. "
        'The company blamed "a collapse in orders".',
        language="en",
    )
    assert speaker_of(result, "collapse in orders") == "Corvel Group"


def test_an_acronym_speaker_takes_the_full_name_the_article_spells() -> None:
    result = run(
        "The National Farmers Union said prices were too low. "
        '"Growers are selling at a loss," the NFU said.',
        language="en",
    )
    assert speaker_of(result, "selling at a loss") == "National Farmers Union"


def test_quality_benchmark_counts_an_untagged_question_as_found() -> None:
    """The raya figure follows the scorer: a question nobody is named for is right when
    the analyser names nobody either."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("quality", root / "benchmarks" / "quality.py")
    assert spec is not None and spec.loader is not None
    quality = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quality)
    result = run("—¿Y el almacenamiento?", "—Es la gran asignatura pendiente.", language="es")
    question = result.quotes[0]
    item = {"start": question.start, "end": question.end, "head": "—¿Y el", "speaker": None}
    gold = {"quotes": [item]}
    extra = quality.extra_figures("x", result, gold, "")
    assert (extra.raya_ok, extra.raya_total) == (1, 1)


# --- more unnamed and group speakers ------------------------------------------------


def test_one_of_a_group_with_an_apposition_before_the_verb() -> None:
    result = run(
        '"Everyone was running," one of the protesters, a 34-year-old teacher, said.',
        language="en",
    )
    assert speaker_of(result, "running") == "one of the protesters"
    assert result.quotes[0].is_speech


def test_one_of_the_demonstrators_before_a_colon() -> None:
    result = run(
        "Uno de los manifestantes, un profesor de 34 años, contó a Efe: «Todo el mundo corría».",
        language="es",
    )
    assert speaker_of(result, "corría") == "Uno de los manifestantes"


def test_analysts_at_a_firm_after_an_opening_phrase() -> None:
    result = run(
        'In a note to clients, analysts at Jefferies wrote: "We see limited upside from here."',
        language="en",
    )
    assert speaker_of(result, "limited upside") == "Jefferies"


def test_a_dropped_subject_after_an_organisation_reported() -> None:
    result = run(
        "El Ministerio de Defensa confirmó el ataque. "
        "«No hubo víctimas civiles», indicó en un comunicado.",
        language="es",
    )
    assert speaker_of(result, "víctimas") == "Ministerio de Defensa"


def test_a_shortened_organisation_takes_its_full_name() -> None:
    result = run(
        "The European Commission said in a statement that it regretted the outcome. "
        '"Scientific advice must come first," the Commission said.',
        language="en",
    )
    assert speaker_of(result, "Scientific advice") == "European Commission"


def test_a_relative_clause_about_an_organisation_is_no_voice() -> None:
    result = run(
        "La ministra del Trabajo, Jeannette Rivas, defendió la oferta del Ejecutivo, que "
        "calificó de «responsable».",
        language="es",
    )
    assert speaker_of(result, "responsable") == "Jeannette Rivas"


def test_a_question_put_to_someone_is_not_theirs() -> None:
    result = run(
        "El seleccionador, Luis Ortega, atendió a los medios.",
        "—¿Y el portero? —le preguntaron.",
        "—Jugará el que esté mejor.",
        language="es",
    )
    assert speaker_of(result, "portero") is None
    assert speaker_of(result, "Jugará") == "Luis Ortega"


def test_raya_inside_guillemets_and_a_line_after_narration() -> None:
    result = run(
        "«Las cifras no mienten —afirmó la consejera, Marta Gil—, y el paro ha bajado»",
        "El vecino Antonio Sanz mira el río. —Aquí nadie vino a avisarnos —lamenta.",
        language="es",
    )
    assert speaker_of(result, "cifras") == "Marta Gil"
    assert speaker_of(result, "Aquí nadie") == "Antonio Sanz"


def test_a_short_answer_after_a_colon_is_speech() -> None:
    result = run(
        'Asked whether the bank would cut rates, Governor Mira Sen said: "Not yet."',
        language="en",
    )
    assert result.quotes[0].is_speech
    assert speaker_of(result, "Not yet") == "Mira Sen"


def test_an_office_named_by_a_possessive_and_lawyers_for_a_company() -> None:
    result = run(
        "The prime minister's office said in a statement: "
        '"The government will respond in due course."',
        'Lawyers for the company argued the fine was "disproportionate".',
        language="en",
    )
    assert speaker_of(result, "due course") == "prime minister's office"
    assert speaker_of(result, "disproportionate") == "Lawyers"


def test_groups_of_people_who_speak_together() -> None:
    result = run(
        '"Enough is enough," protesters chanted outside parliament. '
        '"We have not been paid since May," two workers told Reuters.',
        language="en",
    )
    assert speaker_of(result, "Enough") == "protesters"
    assert speaker_of(result, "paid since May") == "workers"


def test_a_spanish_verb_after_the_subject_is_no_adjective() -> None:
    result = run("Los vecinos cortaron la calle al grito de «¡Queremos agua!».", language="es")
    assert speaker_of(result, "Queremos agua") == "vecinos"


def test_long_official_names_stay_whole_for_their_spokespeople() -> None:
    english = run(
        'A spokesman for the Department of Health and Social Care said the offer was "fair".',
        language="en",
    )
    assert speaker_of(english, "fair") == "spokesman for the Department of Health and Social Care"
    spanish = run(
        "La flota capturó un 38 % menos, según los datos de la Consellería do Mar.",
        "«El expediente está en trámite», indicó una portavoz de la Consellería do Mar.",
        language="es",
    )
    assert speaker_of(spanish, "expediente") == "portavoz de la Consellería do Mar"


# --- generalisation round on fresh text (gold_wire5) --------------------------------


def test_a_retort_verb_with_a_particle_tags_the_named_speaker() -> None:
    result = run(
        'Governor Ellen Price said the bridge would open in May. "It will not," said Mark '
        'Tobin, her rival. "Then check the contract," Price fired back.',
        language="en",
    )
    assert speaker_of(result, "Then check the contract") == "Ellen Price"


def test_an_interjecting_verb_tags_the_person_after_it() -> None:
    result = run(
        "La concejala Rosa Lago acusó al alcalde de mentir. «Aquí nadie miente», terció el "
        "portavoz de Vox, Pablo Arce.",
        language="es",
    )
    assert speaker_of(result, "Aquí nadie miente") == "Pablo Arce"


def test_an_unnamed_speaker_ends_before_an_adverbial_place() -> None:
    result = run(
        'Acme Foods said the plant would close. "We found out on the radio," said one '
        "worker outside the factory.",
        language="en",
    )
    assert speaker_of(result, "We found out") == "worker"


def test_it_said_is_the_organisation_that_reported_not_the_last_person() -> None:
    result = run(
        '"We want our jobs back," said Tina Holt, a packer.',
        "The water utility said repairs would take a week. "
        '"Crews are working around the clock," it said in a statement.',
        language="en",
    )
    assert speaker_of(result, "Crews are working") == "water utility"


def test_it_said_falls_back_to_the_organisation_named_before() -> None:
    result = run(
        "Northway Airlines cancelled 40 flights after a signal failure, a day after Paul Hart "
        'resigned. "Safety comes first," it said.',
        language="en",
    )
    assert speaker_of(result, "Safety comes first") == "Northway Airlines"


def test_a_possessive_view_phrase_gives_the_quotation_to_the_last_speaker() -> None:
    result = run(
        "«Las ventas han tocado fondo», dijo la economista Marta Vidal. A su juicio, la "
        "subida de tipos fue «prematura».",
        language="es",
    )
    assert speaker_of(result, "prematura") == "Marta Vidal"


def test_a_catalan_regional_title_points_back_to_its_holder() -> None:
    result = run(
        "El pleno debatió la gestión del conseller de Interior, Lluís Pons, tras los "
        "incendios. La diputada Ana Mir pidió su dimisión. «No dimitiré», dijo Mir.",
        "El conseller respondió que el operativo «funcionó como estaba previsto».",
        language="es",
    )
    assert speaker_of(result, "funcionó como") == "Lluís Pons"


def test_a_compound_body_noun_is_the_speaker() -> None:
    result = run(
        '"Nobody was hurt," said Ann Bole, a neighbour. The fire service said the blaze '
        'was "fully contained" by dawn.',
        language="en",
    )
    assert speaker_of(result, "fully contained") == "fire service"


def test_an_indefinite_role_with_a_name_in_apposition_is_that_person() -> None:
    result = run(
        "Halvorsen Bank reported a 12% fall in profit. A strategist at Nordea, Eva Lind, "
        'said the results were "a warning" for the sector.',
        language="en",
    )
    assert speaker_of(result, "a warning") == "Eva Lind"


def test_a_long_relative_clause_does_not_hide_an_unnamed_reporter() -> None:
    result = run(
        "Chief Inspector Ruth Dale said the unit would stay open.",
        "One guard, who spoke on condition of anonymity because he feared losing his job, "
        'said the cells were overcrowded. "We sleep in shifts," he said.',
        language="en",
    )
    assert speaker_of(result, "We sleep in shifts") == "guard"


def test_a_plural_role_of_an_organisation_is_that_group_not_the_last_speaker() -> None:
    result = run(
        "«Hay que esperar al dato de empleo», señaló un gestor de fondos de Bilbao.",
        "Los economistas de Funcas estiman que el consumo está «prácticamente estancado» "
        "desde la primavera.",
        language="es",
    )
    assert speaker_of(result, "prácticamente estancado") == "Funcas"


def test_a_contrast_clause_gives_its_quotation_to_its_own_subject() -> None:
    result = run(
        "El sindicato UGT considera que el acuerdo es «un paso adelante», mientras que la "
        "patronal Cepyme advierte de que «las pymes no pueden asumir más costes».",
        language="es",
    )
    assert speaker_of(result, "un paso adelante") == "UGT"
    assert speaker_of(result, "las pymes no pueden") == "Cepyme"


def test_a_dropped_subject_takes_the_person_opening_the_narrated_sentence_before() -> None:
    result = run(
        "La ministra de Trabajo, Elena Sanz, defendió la reforma ante el diputado Luis Prat. "
        "«Es un engaño», dijo Prat.",
        "«Este país lleva años esperando», señalaron fuentes sindicales.",
        "La ministra se levantó de su escaño al final de la sesión.",
        "«No voy a retirar ni una coma», dijo, antes de abandonar el hemiciclo.",
        language="es",
    )
    assert speaker_of(result, "ni una coma") == "Elena Sanz"


def test_the_defence_speaks_as_a_party_not_as_the_last_witness() -> None:
    result = run(
        "«Vi al acusado salir del banco», declaró una testigo, vecina de la calle Mayor. "
        "La defensa tachó su relato de «pura invención».",
        language="es",
    )
    assert speaker_of(result, "pura invención") == "defensa"
    result = run(
        '"He was holding a knife," a witness told the court. The defence called that '
        'account "a fabrication from start to finish".',
        language="en",
    )
    assert speaker_of(result, "a fabrication") == "defence"


def test_answer_and_counter_verbs_tag_their_speakers() -> None:
    result = run(
        "La alcaldesa, Irene Solís, visitó la obra. «¿Habrá retrasos?», le preguntó una vecina.",
        "«Ninguno», contestó Solís.",
        language="es",
    )
    assert speaker_of(result, "Ninguno") == "Irene Solís"
    result = run(
        'Senator Joan Wyatt called the bill "reckless". "It pays for itself," countered '
        "Representative Owen Marsh.",
        language="en",
    )
    assert speaker_of(result, "It pays for itself") == "Owen Marsh"


def test_a_role_answering_an_unnamed_voice_is_not_that_voice() -> None:
    result = run(
        "—¿Y las listas de espera? —preguntó una enfermera desde el público.",
        "—Bajarán este año —respondió el gerente.",
        language="es",
    )
    assert speaker_of(result, "Bajarán este año") == "gerente"


def test_an_unnamed_source_is_a_person_and_its_adjective_complement_is_not_its_name() -> None:
    result = run(
        "Prime Minister Lena Voss met the unions on Monday. "
        '"Nobody wants a strike," one source close to the talks told Reuters.',
        language="en",
    )
    assert speaker_of(result, "Nobody wants a strike") == "source"
    result = run(
        "El ministro Rubén Castro se reunió con la patronal. «Queda mucho por negociar», "
        "dijo una fuente próxima a las conversaciones.",
        language="es",
    )
    assert speaker_of(result, "Queda mucho") == "fuente"


def test_a_quotation_opened_mid_paragraph_runs_on_into_the_next() -> None:
    result = run(
        "Coach Dan Reilly said the team had trained in the snow all week.",
        'Reilly said the conditions were no excuse. "We knew what was coming.',
        '"We just did not handle it," he said.',
        language="en",
    )
    assert speaker_of(result, "We knew what was coming") == "Dan Reilly"
    quote = next(q for q in result.quotes if "We knew" in q.text)
    assert quote.text == '"We knew what was coming.'


def test_a_statement_phrase_between_verb_and_subject_is_passed() -> None:
    result = run(
        "La consejera de Medio Ambiente, Pilar Soto, visitó la playa afectada.",
        "«La arena estará limpia antes del verano», ha asegurado en una nota la Diputación.",
        language="es",
    )
    assert speaker_of(result, "La arena estará limpia") == "Diputación"


def test_one_of_them_takes_the_unnamed_person_in_apposition() -> None:
    result = run(
        "Mayor Ida Kent thanked the crews.",
        'Miners dug by hand for two days. "We could hear them knocking," said one of '
        "them, a driller from Oruro.",
        language="en",
    )
    assert speaker_of(result, "We could hear them") == "driller"  # where from, not whose
    result = run(
        "La consejera Nuria Gil agradeció el esfuerzo.",
        "Los mineros cavaron a mano durante dos días. «Les oíamos golpear», relató una de "
        "ellas, una geóloga de Huelva.",
        language="es",
    )
    assert speaker_of(result, "Les oíamos") == "geóloga"


def test_an_organisation_opening_a_view_holds_it() -> None:
    result = run(
        "«Hay que esperar a los datos», dijo la consejera Ana Paz.",
        "Para la patronal Cepyme, la subida del salario mínimo es «una carga que muchas "
        "pequeñas empresas no podrán asumir».",
        language="es",
    )
    assert speaker_of(result, "una carga que") == "Cepyme"


# --- generalisation round before gold_wire6 (new text written for issue 10) ---------


def test_an_opening_participle_clause_leaves_the_subject_next_to_its_verb() -> None:
    result = run(
        "El pleno aprobó la moción con los votos de la oposición.",
        "Preguntado por su posible dimisión, el consejero contestó: «No me voy a ir».",
        language="es",
    )
    assert speaker_of(result, "No me voy") in ("consejero", "el consejero")


def test_an_unnamed_speaker_with_an_age_compound_before_the_noun() -> None:
    result = run(
        "Mayor Jo Bell toured the flooded street on Sunday.",
        '"We lost everything in an hour," said a 45-year-old shopkeeper. '
        'A 70-year-old neighbour said the water had come in "like a wall".',
        language="en",
    )
    assert speaker_of(result, "lost everything") == "45-year-old shopkeeper"
    assert speaker_of(result, "like a wall") == "70-year-old neighbour"


def test_an_unnamed_analyst_of_a_named_firm_past_a_relative_clause() -> None:
    result = run(
        "El ministro de Hacienda, Luis Prado, defendió el ajuste.",
        "Un economista de la consultora Vértice, que pidió no ser identificado, explicó "
        "que el superávit es «frágil».",
        language="es",
    )
    assert speaker_of(result, "frágil") == "economista de la consultora Vértice"


def test_a_warning_verb_in_a_compound_tense_tags_its_subject() -> None:
    result = run(
        "Por su parte, el responsable de UGT, Marcos Benítez, ha advertido de que el paro "
        "«será indefinido» si no hay avances.",
        language="es",
    )
    assert speaker_of(result, "indefinido") == "Marcos Benítez"


def test_a_bare_plural_of_people_is_a_group_speaker() -> None:
    result = run(
        "Energy Minister Jo Bell spoke on Monday.",
        'Brent rose 2%, and traders said supply worries were "back on the table". '
        'Witnesses told local radio the blast was "deafening".',
        language="en",
    )
    assert speaker_of(result, "back on the table") == "traders"
    assert speaker_of(result, "deafening") == "Witnesses"
    spanish = run(
        "El ministro Jo Bell habló el lunes.",
        "El crudo subió un 2 %, y los operadores advirtieron de que la subida es «frágil».",
        language="es",
    )
    assert speaker_of(spanish, "frágil") == "operadores"


def test_a_nationality_noun_refers_back_to_the_player() -> None:
    result = run(
        "Lena Vogt beat Astrid Holm 6-3 6-4 to reach the final.",
        'Holm, who needed treatment on her shoulder, was downcast. "I had nothing left," '
        "the Dane said.",
        language="en",
    )
    assert speaker_of(result, "nothing left") == "Astrid Holm"
    spanish = run(
        "«Hicimos un partido serio», dijo Marco Ferri tras ganar al Getafe.",
        "«El equipo está bien», añadió el italiano.",
        language="es",
    )
    assert speaker_of(spanish, "está bien") == "Marco Ferri"


def test_an_adjective_before_a_body_noun_keeps_the_body_as_subject() -> None:
    result = run(
        "La Corte Suprema de Chile confirmó la condena del exalcalde.",
        "En su fallo, el máximo tribunal consideró que los hechos quedaron «plenamente "
        "acreditados».",
        language="es",
    )
    assert speaker_of(result, "plenamente") == "Corte Suprema de Chile"


def test_a_tag_ending_in_a_colon_introduces_the_next_quotation() -> None:
    result = run(
        "Mayor Ann Pryce faced her challenger on Tuesday.",
        'Pryce said the debate had shown "who has a plan." Her campaign manager, Tom Reid, '
        'added: "Voters saw a mayor who delivers."',
        language="en",
    )
    assert speaker_of(result, "who has a plan") == "Ann Pryce"
    assert speaker_of(result, "Voters saw") == "Tom Reid"


def test_a_capitalised_compound_adjective_is_no_part_of_the_speakers_name() -> None:
    result = run(
        "Top-seeded Lena Vogt beat Astrid Holm 6-3 6-4 on Monday.",
        '"I did not feel great physically," Vogt said.',
        language="en",
    )
    assert speaker_of(result, "feel great") == "Lena Vogt"


def test_a_surname_with_a_lower_case_article_stays_whole() -> None:
    result = run(
        "El diputado del PP Jaime de los Santos replicó que la ley es «un ataque a la "
        "propiedad privada».",
        language="es",
    )
    assert speaker_of(result, "un ataque") == "Jaime de los Santos"


def test_it_before_a_reporting_verb_is_the_organisation_not_the_last_person() -> None:
    result = run(
        "The Asian Development Bank cut its growth forecast for the region on Tuesday.",
        '"The outlook has darkened," chief economist Albert Park told a briefing.',
        'The lender now expects growth of 4.1%. It said risks were "tilted to the downside."',
        language="en",
    )
    assert speaker_of(result, "tilted") == "Asian Development Bank"


def test_a_pronoun_before_its_verb_skips_a_person_of_the_other_gender() -> None:
    result = run(
        "Foreign Minister Ana Paz met her counterpart John Smith in Lima on Monday.",
        'He told reporters the talks had been "very useful".',
        language="en",
    )
    assert speaker_of(result, "very useful") == "John Smith"


def test_a_dropped_subject_continues_the_organisation_of_the_sentence_before() -> None:
    result = run(
        "«Es el mejor dato de la serie», afirmó la ministra de Trabajo, Ana Ribas.",
        "La asociación de autónomos ATA fue más prudente. En un comunicado, alertó de que "
        "la morosidad «sigue creciendo» en el comercio.",
        language="es",
    )
    assert speaker_of(result, "sigue creciendo") == "ATA"


def test_a_dropped_subject_continues_an_unnamed_person_of_the_sentence_before() -> None:
    result = run(
        "La alcaldesa, Rosa Ibarra, celebró el resultado en la plaza.",
        "Un concejal de la oposición, que pidió no ser citado, fue menos optimista. «Esto "
        "no dura ni un año», aseguró a esta agencia.",
        language="es",
    )
    assert speaker_of(result, "ni un año") == "concejal de la oposición"


def test_a_dateline_with_a_province_in_brackets_is_no_speaker() -> None:
    result = run(
        "CANGAS (Pontevedra), 3 feb (EFE).- Rosa Vidal lleva 30 años mariscando en la ría.",
        "—La marea ya no trae lo que traía —dice mientras limpia las almejas—. Antes "
        "llenábamos el cubo.",
        language="es",
    )
    assert speaker_of(result, "La marea") == "Rosa Vidal"


def test_a_pronoun_takes_up_the_unnamed_subject_of_the_sentence_before() -> None:
    result = run(
        "Union leader Mick Shaw told BBC Radio that the strike would go ahead.",
        "One stranded passenger, asked how she would get to work, shrugged. "
        '"I will cycle, I suppose," she said.',
        language="en",
    )
    assert speaker_of(result, "cycle") == "stranded passenger"


def test_a_pronoun_skips_a_man_a_pronoun_already_named() -> None:
    result = run(
        'Chief executive Dana Kell said sales fell 4%. "That is on us," Kell said.',
        'Analyst Robin Tate pressed her on prices. "Will you cut them?" he asked.',
        '"Not this quarter," she replied.',
        language="en",
    )
    assert speaker_of(result, "Not this quarter") == "Dana Kell"


def test_a_slogan_or_title_in_title_case_is_not_speech() -> None:
    result = run(
        'Campaigners held up a banner reading "Clean Air, Not Hot Air." Councillor Ruth '
        'Hale waved a copy of the strategy, "Greener Streets for Everyone."',
        language="en",
    )
    kinds = {q.text: q.is_speech for q in result.quotes}
    assert kinds['"Clean Air, Not Hot Air."'] is False
    assert kinds['"Greener Streets for Everyone."'] is False


def test_a_common_noun_ending_an_organisations_name_stands_for_it() -> None:
    result = run(
        "Volunteers at the Riverside Soup Kitchen served 900 meals on Sunday.",
        'Nearby, a queue formed before dawn. The kitchen said in a statement that demand '
        'had "never been higher".',
        language="en",
    )
    assert speaker_of(result, "never been higher") == "Riverside Soup Kitchen"


def test_a_time_phrase_opened_by_a_preposition_is_no_speaker() -> None:
    result = run(
        "El Ibex cayó un 1 % lastrado por la banca.",
        "«Nadie esperaba un recorte así», comentaba a media tarde un operador de una "
        "agencia de valores.",
        language="es",
    )
    assert speaker_of(result, "Nadie esperaba") == "operador"


def test_a_bare_noun_takes_up_the_unnamed_or_aged_subject_before() -> None:
    result = run(
        "Prime Minister Ivo Kask conceded defeat shortly after midnight.",
        "A senior aide to Kask, who spoke on condition of anonymity, was blunter. "
        '"We lost the cities and we lost the young," the aide said.',
        "At the station, Mara Lind had waited three hours for a bus. "
        '"I support the drivers, but I need to get to work," the 29-year-old said.',
        language="en",
    )
    assert speaker_of(result, "lost the cities") == "senior aide"
    assert speaker_of(result, "support the drivers") == "Mara Lind"


def test_a_quotation_left_open_takes_the_speaker_tagged_in_the_next_paragraph() -> None:
    result = run(
        "In Keaton Beach, Lou Farris waded through the flooded yard of his bait shop.",
        '"Two storms in two years. Every time we say this is the last time we rebuild.',
        '"I am not sure we can say it again," he said.',
        "Gov. Nora Blake urged residents to stay away from the coast.",
        language="en",
    )
    assert speaker_of(result, "Two storms") == "Lou Farris"


def test_a_given_name_tells_the_gender_when_the_title_is_neutral_in_english() -> None:
    result = run(
        "Union leader Tom Hart called the offer an insult.",
        "Its managing director, Susan Pryce, told the BBC that passengers had fallen by "
        'a fifth. "We cannot keep raising fares," she said.',
        language="en",
    )
    assert speaker_of(result, "raising fares") == "Susan Pryce"


def test_a_person_noun_opening_the_sentence_is_no_part_of_the_name() -> None:
    result = run(
        "The trumpeter died on Sunday in New Orleans.",
        "Drummer Walter Beaulieu, who toured with him for 20 years, recalled a night the "
        'lights failed. "He just kept playing," Beaulieu said.',
        language="en",
    )
    assert speaker_of(result, "kept playing") == "Walter Beaulieu"


def test_a_pronoun_subject_beats_a_name_inside_the_opening_phrase() -> None:
    result = run(
        "Prime Minister Ada Rus did not concede.",
        "Speaking at party headquarters beside Finance Minister Karl Vane, she urged "
        'supporters to "wait for real numbers." "Exit polls have been wrong before," '
        "she said.",
        language="en",
    )
    assert speaker_of(result, "real numbers") == "Ada Rus"
    assert speaker_of(result, "Exit polls") == "Ada Rus"


def test_a_nationality_introduced_with_a_name_points_back_to_that_person() -> None:
    result = run(
        "El ecuatoriano Jhonatan Narváez ganó la etapa por delante del belga Remco Lambrecht.",
        "Lambrecht, que llegó a tres segundos, conserva el liderato.",
        "«Se lo dedico a mi familia», dijo emocionado el ecuatoriano.",
        language="es",
    )
    assert speaker_of(result, "mi familia") == "Jhonatan Narváez"


def test_a_role_of_an_organisation_then_the_name_is_that_person() -> None:
    result = run(
        "Los sindicatos CCOO y UGT valoraron los datos del paro.",
        "Para la analista de Funcas Marta Pereda, las cifras son «unas cifras buenas sin "
        "matices».",
        language="es",
    )
    assert speaker_of(result, "buenas sin matices") == "Marta Pereda"


def test_an_organisation_noun_then_its_name_is_that_organisation() -> None:
    result = run(
        "Los servicios mínimos fijados por el Gobierno Vasco son del 40 %.",
        "A juicio de la patronal Adegi, consultada por esta agencia, el paro «llega en el "
        "peor momento».",
        language="es",
    )
    assert speaker_of(result, "peor momento") == "Adegi"


def test_a_person_in_a_relative_clause_of_an_organisation_does_not_speak_for_it() -> None:
    result = run(
        "La dirección de Renfe Cercanías, que preside Inés Gárate, ha sostenido en un "
        "comunicado que su oferta es «la más alta del sector».",
        language="es",
    )
    assert speaker_of(result, "la más alta") != "Inés Gárate"


def test_a_rhetorical_question_tagged_by_a_reflexive_verb_is_the_subjects() -> None:
    result = run(
        "El presidente de la compañía, Joseba Arana, lamentó los perjuicios.",
        "En el andén, una enfermera esperaba su tercer tren. «Si llego tarde, ¿quién me "
        "lo paga?», se quejaba.",
        language="es",
    )
    assert speaker_of(result, "quién me lo paga") == "enfermera"


def test_a_colon_clause_about_someone_else_keeps_the_speaker_of_the_sentence_before() -> None:
    result = run(
        "La entrenadora del Ribera, Lucía Monzón, admitió que a su equipo le costó "
        "«entrar en el partido». Sobre la lesión de su delantera Noa Vidal, fue clara: "
        "«No volverá hasta marzo, y es una pérdida enorme».",
        language="es",
    )
    assert speaker_of(result, "No volverá") == "Lucía Monzón"


def test_an_answer_to_a_named_asker_belongs_to_the_person_questioned() -> None:
    result = run(
        "El empresario Iván Roldán, acusado de estafar a 300 inversores, negó ante la "
        "Audiencia haber engañado a nadie.",
        "El interrogatorio del fiscal, Hugo Sanmartín, fue el momento más tenso.",
        "—¿Sabía que los intereses eran imposibles? —le preguntó el fiscal.",
        "—No lo sabía. Yo también perdí dinero.",
        language="es",
    )
    assert speaker_of(result, "No lo sabía") == "Iván Roldán"


def test_an_untagged_line_after_narration_belongs_to_the_person_narrated() -> None:
    result = run(
        "Rosa Lasheras lleva nueve años como alcaldesa y atiende a esta agencia en el bar.",
        "En la barra, Julián Pardo, de 79 años, interviene sin que nadie le pregunte.",
        "—Aquí lo que falta es cobertura.",
        "La alcaldesa asiente.",
        "—Tiene razón Julián —admite—, pero la fibra no depende de mí.",
        language="es",
    )
    assert speaker_of(result, "falta es cobertura") == "Julián Pardo"
    assert speaker_of(result, "Tiene razón") == "Rosa Lasheras"


def test_crowds_and_benches_speak_as_a_group() -> None:
    result = run(
        '"We will govern for everyone," Mayor-elect Tom Baird told supporters, as the '
        'crowd chanted "four more years"',
        'Opposition councillors shouted "Shame!" from the gallery.',
        language="en",
    )
    assert speaker_of(result, "four more years") == "crowd"
    assert speaker_of(result, "Shame!") == "councillors"
    spanish = run(
        "La alcaldesa salió al balcón, mientras sus simpatizantes coreaban «¡Alcaldesa, "
        "alcaldesa!».",
        language="es",
    )
    assert speaker_of(spanish, "Alcaldesa, alcaldesa") == "simpatizantes"


def test_an_accusation_carries_a_partial_quotation_of_its_subject() -> None:
    result = run(
        'Transport Minister Jane Orr said the plan was "on track".',
        "Orr's opposite number, Colin Reeve, accused her of \"hiding behind the weather.\"",
        language="en",
    )
    assert speaker_of(result, "hiding behind") == "Colin Reeve"


def test_a_hyphenated_adjective_after_a_dateline_is_no_part_of_the_name() -> None:
    result = run(
        "PARIS, June 2 (AP) — Fifth-seeded Lena Vogt beat Astrid Holm 6-3 6-4 on Monday.",
        '"I did not feel great physically," Vogt said.',
        language="en",
    )
    assert speaker_of(result, "feel great") == "Lena Vogt"


def test_one_of_a_group_named_in_the_sentence_before() -> None:
    result = run(
        "Stocks fell for a third day on Monday.",
        'Some strategists see value. "Valuations have come down a lot," said one, who '
        "declined to be named.",
        language="en",
    )
    assert speaker_of(result, "Valuations") == "strategists"


def test_a_body_noun_takes_up_a_member_introduced_by_its_plural() -> None:
    result = run(
        "La patronal Cepyme pidió prudencia con los datos.",
        "Los sindicatos ELA y LAB reclamaron una subida salarial. «No hay recuperación sin "
        "salarios dignos», subrayó el sindicato en un comunicado.",
        language="es",
    )
    assert speaker_of(result, "salarios dignos") in ("LAB", "ELA")


def test_a_parenthetical_pronoun_takes_up_the_person_named_in_apposition_before() -> None:
    result = run(
        '"I stopped thinking and just played," Mia Lund said after her win.',
        "Her coach, former tour player Piotr Nowak, watched from the box. Lund, he said, "
        'had been "the braver player all week."',
        language="en",
    )
    assert speaker_of(result, "braver player") == "Piotr Nowak"


def test_an_outlet_inside_a_phrase_before_a_colon_is_no_speaker() -> None:
    result = run(
        "La ministra Elena Sáez restó importancia al expediente en una entrevista en la "
        "Cadena COPE: «Es un trámite habitual que afecta a otros doce países».",
        language="es",
    )
    assert speaker_of(result, "trámite habitual") == "Elena Sáez"


def test_an_opinion_verb_reports_and_a_tag_never_crosses_into_the_next_sentence() -> None:
    result = run(
        "El jefe de análisis de Ibercaja, Tomás Gil, cree que la bolsa «sigue barata».",
        "La patronal Cepyme advirtió de que el empleo «muestra síntomas de fatiga» en la "
        "industria. ¿Es un cambio de ciclo? Los analistas de Funcas creen que es pronto.",
        language="es",
    )
    assert speaker_of(result, "sigue barata") == "Tomás Gil"
    assert speaker_of(result, "síntomas de fatiga") == "Cepyme"


def test_a_name_in_apposition_after_a_role_is_that_person_even_if_typed_a_place() -> None:
    result = run(
        "La delegada del Gobierno, Mar Moreno, ha asegurado que la investigación está "
        "«muy avanzada». «No descartamos ninguna hipótesis», ha añadido.",
        language="es",
    )
    assert speaker_of(result, "muy avanzada") == "Mar Moreno"
    assert speaker_of(result, "ninguna hipótesis") == "Mar Moreno"


def test_a_question_and_answer_interview_gives_each_answer_to_the_interviewee() -> None:
    result = run(
        "GENEVA (Reuters) - Dr. Amara Okoye has led the agency's cholera response for six "
        "years. Reuters spoke to her in her office.",
        "Q: Is the outbreak slowing?",
        "A: Not yet. Cases rose 12% last week, mostly in the north.",
        "Q: What do you need most?",
        "A: Clean water, and people who can deliver it.",
        language="en",
    )
    assert speaker_of(result, "Is the outbreak slowing") is None
    assert speaker_of(result, "Not yet") == "Amara Okoye"
    assert speaker_of(result, "Clean water") == "Amara Okoye"
    spanish = run(
        "MADRID, 4 mar (EFE).- La científica Rosa Beltrán dirige el proyecto desde 2019.",
        "P: ¿Cuándo habrá resultados?",
        "R: En otoño, si los datos acompañan.",
        language="es",
    )
    assert speaker_of(spanish, "Cuándo habrá") is None
    assert speaker_of(spanish, "En otoño") == "Rosa Beltrán"


def test_a_title_still_tells_the_gender_of_a_name_used_by_both_sexes() -> None:
    result = run(
        "La ministra Elena Ruiz recibió a su homólogo, el ministro francés Jean Morel.",
        "«Ha sido una reunión franca», declaró él después.",
        language="es",
    )
    assert speaker_of(result, "reunión franca") == "Jean Morel"


# --- a speaker introduced by a colon that ends the paragraph before a raya turn ------


def test_a_raya_question_after_a_paragraph_ending_in_a_colon_is_that_persons() -> None:
    result = run(
        "La alcaldesa de Soria, Marta Ibáñez, compareció tras el pleno.",
        "El concejal de la oposición Rubén Aldea la interrumpió:",
        "—¿Cuándo se van a pagar las facturas de la piscina?",
        "—Este mes, como anunciamos —contestó la alcaldesa.",
        language="es",
    )
    assert speaker_of(result, "Cuándo se van") == "Rubén Aldea"
    assert speaker_of(result, "Este mes") == "Marta Ibáñez"


def test_an_untagged_raya_question_belongs_to_the_named_person_the_narration_has_ask() -> None:
    result = run(
        "La comisión de investigación citó este martes al exdirector de Aguas del Sil.",
        "La diputada Noelia Cambre abrió el interrogatorio con las facturas de 2021.",
        "—¿Quién autorizó los pagos a la constructora?",
        "—No lo recuerdo.",
        "Un periodista preguntó después por el rescate.",
        "—¿Habrá más cargos imputados?",
        language="es",
    )
    assert speaker_of(result, "Quién autorizó") == "Noelia Cambre"
    assert speaker_of(result, "Habrá más cargos") is None


def test_raya_turns_alternate_between_the_two_voices_of_an_exchange() -> None:
    result = run(
        "El diputado Álvaro Peñas interpeló al consejero de Industria Luis Carbonell.",
        "—¿Por qué se cerró la planta de Villadangos sin avisar a la plantilla?",
        "—Se avisó con tres meses —respondió el responsable autonómico.",
        "—¿Y las indemnizaciones?",
        "—Están pagadas. Todas.",
        "—Eso lo dice usted —replicó—. Los trabajadores dicen otra cosa.",
        language="es",
    )
    assert speaker_of(result, "Por qué se cerró") == "Álvaro Peñas"
    assert speaker_of(result, "Se avisó con") == "Luis Carbonell"
    assert speaker_of(result, "Y las indemnizaciones") == "Álvaro Peñas"
    assert speaker_of(result, "Están pagadas") == "Luis Carbonell"
    assert speaker_of(result, "Eso lo dice") == "Álvaro Peñas"


def test_an_untagged_question_after_a_tagged_answer_opening_the_exchange_has_no_speaker() -> None:
    result = run(
        "La ciclista Irene Sotillo, segunda en la etapa, atendió a la prensa en meta.",
        "Su director, Marco Bellini, la esperaba junto al autobús.",
        "—Hoy las piernas respondieron —admitió Sotillo.",
        "—¿Teme la etapa de mañana?",
        language="es",
    )
    assert speaker_of(result, "Teme la etapa") is None


def test_a_dropped_subject_after_a_sentence_opening_with_segun_continues_that_source() -> None:
    result = run(
        "La geóloga Marina Ocón, del Instituto de Ciencias de la Tierra, visitó Lanzarote.",
        "Según la geóloga, que midió la zona durante tres semanas, el suelo del valle se ha "
        "elevado cuatro centímetros desde enero. Añadió que «no hay motivo para la alarma».",
        language="es",
    )
    assert speaker_of(result, "no hay motivo") == "Marina Ocón"


def test_a_role_and_name_open_the_clause_before_a_named_addressee_after_a_comma() -> None:
    result = run(
        "El senador Iván Loyola interpeló a la ministra de Minería, Rocío Barrenechea.",
        "—¿Cuántas concesiones siguen sin auditar?",
        language="es",
    )
    assert speaker_of(result, "Cuántas concesiones") == "Iván Loyola"
