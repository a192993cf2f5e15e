"""Speakers in harder newswire patterns: pronouns across names, appositions, sources."""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

from reader.analysis.gender import compatible, cue_gender, name_gender


def test_pronoun_skips_a_person_named_after_a_preposition() -> None:
    result = run(
        "Maria Lopez, who worked with John Smith for years, said the plan was flawed.",
        '"It will never pass the Senate," she said.',
        language="en",
    )
    assert speaker_of(result, "never pass") == "Maria Lopez"


def test_pronoun_agrees_in_gender() -> None:
    result = run(
        "Jane Roe, chief executive of Acme Corp, said on Monday that sales fell. "
        "Her deputy, Peter Hall, disagreed with the forecast.",
        '"We expect a rebound next year," she said.',
        language="en",
    )
    assert speaker_of(result, "rebound") == "Jane Roe"


def test_title_gives_gender() -> None:
    assert cue_gender("Dijo la ministra Ana", len("Dijo la ministra ")) == "f"
    assert cue_gender("said Mr. Lee", len("said Mr. ")) == "m"
    assert name_gender("Carmen Vidal") == "f" and name_gender("Luis Gil") == "m"
    assert name_gender("Kim Park") == ""
    assert compatible("f", "") and not compatible("f", "m")


def test_they_points_to_a_group_not_a_person() -> None:
    result = run(
        "Researchers at the university studied the glacier with Tom Hill. "
        '"The ice is retreating faster than any model predicted," they write in the paper.',
        language="en",
    )
    assert speaker_of(result, "The ice") == "researchers"


def test_spokeswoman_for_org_then_name() -> None:
    result = run(
        '"We will appeal the ruling to the higher court," said the spokeswoman for '
        "Northwind Bank, Alice Brown.",
        language="en",
    )
    assert speaker_of(result, "appeal") == "Alice Brown"


def test_org_and_title_before_the_name() -> None:
    result = run(
        '"The numbers simply do not add up here," Northwind Bank Chief Executive '
        "Officer Tom Black said.",
        language="en",
    )
    assert speaker_of(result, "numbers") == "Tom Black"


def test_document_and_group_sources_es() -> None:
    result = run(
        "«El conductor circulaba a 140 kilómetros por hora», señala el atestado. "
        "El jurado destacó «la valentía de una obra que mira de frente al dolor».",
        "«No hay indicios de sabotaje en el descarrilamiento», según fuentes policiales.",
        language="es",
    )
    assert speaker_of(result, "conductor") == "atestado"
    assert speaker_of(result, "valentía") == "jurado"
    assert speaker_of(result, "sabotaje") == "fuentes policiales"


def test_quoted_titles_after_title_nouns_are_not_speech() -> None:
    result = run(
        "Pedro Ruiz recordó su infancia en la novela «Cuando el río era nuestro», publicada "
        "en 2001. Ganó el premio por «Las horas perdidas del invierno».",
        "El buque «Nuestra Señora del Mar» llegó al puerto de Vigo.",
        language="es",
    )
    assert [q.is_speech for q in result.quotes] == [False, False, False]
    assert all(q.speaker is None for q in result.quotes)
    english = run(
        'She starred in the film "Night Falls on the City" last year. The book '
        '"How We Lost the River Forever" sold 10,000 copies, the publisher said.',
        language="en",
    )
    assert [q.is_speech for q in english.quotes] == [False, False]


def test_colon_takes_the_subject_not_the_last_place() -> None:
    result = run(
        "El ministro Luis Vega habló de la crisis con los alcaldes de Galicia: "
        "«Vamos a pagar todas las ayudas antes de junio».",
        language="es",
    )
    assert speaker_of(result, "Vamos") == "Luis Vega"


def test_raya_with_dropped_subject_takes_the_subject_of_its_sentence() -> None:
    result = run(
        "Marta Ruiz publicó su primer libro en 1990. Pedro Gil lo presentó ayer.",
        "La autora explicó su método en la feria de Madrid: «Escribo de noche —comentó— "
        "porque el día es ruidoso».",
        language="es",
    )
    assert speaker_of(result, "Escribo") == "Marta Ruiz"


def test_a_company_noun_phrase_is_a_source() -> None:
    result = run(
        'The company called the deal "a historic step for our shareholders" on Monday.',
        language="en",
    )
    assert speaker_of(result, "historic") == "company"


def test_quote_after_a_reporting_sentence_belongs_to_its_subject() -> None:
    result = run(
        '"We will win this vote," said Mary Jones.',
        "Tom Hale, the club's coach, said the team would appeal the fine. "
        '"We believe the referee was wrong and we will say so."',
        language="en",
    )
    assert speaker_of(result, "win this") == "Mary Jones"
    assert speaker_of(result, "referee") == "Tom Hale"
    same = run('"We will win this vote," said Mary Jones. "And we will win the next one."')
    assert speaker_of(same, "next one") == "Mary Jones"


def test_subject_after_time_place_and_addressee_es() -> None:
    result = run(
        "«Vamos a recurrir la sanción», explicó a EFE el portavoz de la empresa, Juan Pérez. "
        "«Hay que vacunar ya», dijo este lunes en rueda de prensa la ministra de Sanidad, "
        "Carmen Vidal.",
        language="es",
    )
    assert speaker_of(result, "recurrir") == "Juan Pérez"
    assert speaker_of(result, "vacunar") == "Carmen Vidal"


def test_role_noun_after_addressee_resolves_to_the_person_es() -> None:
    result = run(
        "Carmen Vidal visitó el hospital.",
        "«Hay que vacunar ya», ha explicado a Europa Press la ministra.",
        language="es",
    )
    assert speaker_of(result, "vacunar") == "Carmen Vidal"


def test_apposition_between_name_and_verb_en() -> None:
    result = run(
        '"We are not going anywhere," the company\'s chief executive, Jane Roe, told '
        'reporters. "It was a mistake," Roe, 54, told Reuters in an interview.',
        language="en",
    )
    assert speaker_of(result, "anywhere") == "Jane Roe"
    assert speaker_of(result, "mistake") == "Jane Roe"


def test_next_sentence_names_the_speaker_es() -> None:
    result = run(
        "Ana Gómez visitó la planta.",
        "«No habrá despidos este año». Así lo aseguró este lunes Pedro Ruiz, director de la "
        "fábrica.",
        language="es",
    )
    assert speaker_of(result, "despidos") == "Pedro Ruiz"


def test_documents_and_institutions_as_sources_es() -> None:
    result = run(
        "«El acusado actuó con plena conciencia de sus actos», recoge la sentencia. "
        "Según ha informado la Guardia Civil, «el conductor dio positivo en alcohol».",
        language="es",
    )
    assert speaker_of(result, "acusado") == "sentencia"
    assert speaker_of(result, "conductor") == "Guardia Civil"


def test_role_noun_goes_to_the_person_given_that_role() -> None:
    result = run(
        "Tom Hill, the mayor, met Jane Roe on Friday.",
        '"We have a deal," the mayor said.',
        language="en",
    )
    assert speaker_of(result, "deal") == "Tom Hill"


def test_sources_of_a_named_organisation_take_its_name() -> None:
    result = run(
        "«No hubo negligencia», indicaron fuentes del Ministerio de Defensa. "
        "«Se cumplirá la ley», señala el comunicado en Madrid.",
        language="es",
    )
    assert speaker_of(result, "negligencia") == "fuentes del Ministerio de Defensa"
    assert speaker_of(result, "cumplirá") == "Ministerio de Defensa"  # who issued it
    english = run('"We deny every allegation," a statement from Northwind Bank said.')
    assert speaker_of(english, "deny") == "Northwind Bank"


def test_dropped_subject_skips_a_titled_name_after_a_preposition() -> None:
    result = run(
        "El ministro Luis Vega se reunió ayer con el presidente Pedro Gil en Lima.",
        "«Ha sido una reunión muy productiva», añadió.",
        language="es",
    )
    assert speaker_of(result, "productiva") == "Luis Vega"


def test_pronoun_after_an_opening_phrase() -> None:
    result = run(
        "In the Cerro Norte district, neighbour Grace Hill still keeps bottles she bought "
        "from Tom Rowe.",
        '"I spent half my pension on water," she said.',
        language="en",
    )
    assert speaker_of(result, "pension") == "Grace Hill"


def test_opinion_holder_after_para_and_statement_read() -> None:
    result = run(
        "Para el economista Juan Torres, la subida es «un error que pagarán las familias».",
        language="es",
    )
    assert speaker_of(result, "error") == "Juan Torres"
    english = run(
        'For Jane Roe, the measure is "a step backwards for every worker". '
        '"The plan is dead," the statement read.',
        language="en",
    )
    assert speaker_of(english, "backwards") == "Jane Roe"
    assert speaker_of(english, "plan is dead") == "statement"


def test_capitalised_term_has_no_speaker_but_a_scare_quote_does() -> None:
    result = run('The company said the so-called "Project Falcon" would cut costs.', language="en")
    assert [q.is_speech for q in result.quotes] == [False]
    assert speaker_of(result, "Falcon") is None
    spanish = run(
        "En estos momentos, Caracas denuncia como una «amenaza» la presencia militar.",
        language="es",
    )
    assert speaker_of(spanish, "amenaza") == "Caracas"


def test_with_these_words_names_the_speaker() -> None:
    result = run(
        "Ana Gómez escuchó.",
        "«No vamos a subir los impuestos». Con estas palabras, el ministro Luis Vega "
        "defendió ayer los presupuestos.",
        language="es",
    )
    assert speaker_of(result, "impuestos") == "Luis Vega"
