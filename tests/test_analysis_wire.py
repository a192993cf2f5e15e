"""Classes of error seen on real agency newswire (issue 10), each from new text.

None of these sentences comes from the gold articles: they check that a rule holds for
the pattern, not for one article.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of

from reader.core.model import Analysis


def _quote(result: Analysis, needle: str):  # type: ignore[no-untyped-def]
    return next(q for q in result.quotes if needle in q.text)


# Indefinite and anonymous speakers: the noun phrase itself.


def test_anonymous_speaker_after_the_verb_is_the_noun_phrase() -> None:
    result = run(
        "Tin prices fell 4% in Kuala Lumpur after Indonesia lifted its export ban, "
        'Minister Budi Santoso said. "Everyone is selling before the weekend," said one dealer.',
        language="en",
    )
    assert speaker_of(result, "Everyone is selling") == "dealer"


def test_anonymous_speaker_before_the_verb_is_the_noun_phrase() -> None:
    result = run(
        "Director Paula Greene opened the new terminal on Monday. "
        '"We had no warning at all," a port official said.',
        language="en",
    )
    assert speaker_of(result, "no warning") == "port official"


def test_spanish_anonymous_speaker_keeps_whom_they_work_for() -> None:
    result = run(
        "El ministro Julián Ortega presentó el plan de vivienda. «Nadie se cree esas cifras», "
        "comentó un técnico de Hacienda.",
        language="es",
    )
    assert speaker_of(result, "Nadie se cree") == "técnico de Hacienda"


# Organisations as speakers.


def test_organisation_noun_speaks_for_the_organisation_named_before() -> None:
    result = run(
        "Harbour View Hospitals NHS Trust cancelled 120 operations as Dr. Omar Reyes, a "
        'surgeon, joined the strike. "Emergency care will continue as normal," the hospital '
        "trust said in a statement.",
        language="en",
    )
    assert speaker_of(result, "Emergency care") == "Harbour View Hospitals NHS Trust"


def test_spanish_employers_association_speaks() -> None:
    result = run(
        "La patronal Cepyme rechazó la subida propuesta por la ministra Elena Vidal. "
        "«Las pequeñas empresas no pueden asumirla», sostiene la patronal en un comunicado.",
        language="es",
    )
    assert speaker_of(result, "pequeñas empresas") == "Cepyme"


# Partial quotations from the sentence subject, and role nouns.


def test_several_partial_quotations_belong_to_the_sentence_subject() -> None:
    result = run(
        'The opposition leader, Mark Hollis, called the budget "reckless", "unfair" and '
        '"a gift to landlords" during a debate with Premier Joan Stiles.',
        language="en",
    )
    assert {speaker_of(result, w) for w in ("reckless", "unfair", "gift")} == {"Mark Hollis"}


def test_role_noun_refers_back_to_the_named_person() -> None:
    result = run(
        "La alcaldesa de Gijón, Carmen Moriyón, presentó el presupuesto junto al concejal "
        "Pedro Sanz. «Es el más social de la década», insistió la alcaldesa.",
        language="es",
    )
    assert speaker_of(result, "más social") == "Carmen Moriyón"


# Relayed speech: the person quoted, not the agency.


def test_agency_quoted_x_as_saying() -> None:
    result = run(
        'The Tass news agency quoted Deputy Minister Sergei Ryabkov as saying "the door '
        'remains open".',
        language="en",
    )
    assert speaker_of(result, "door remains") == "Sergei Ryabkov"


def test_segun_recoge_la_agencia_x_afirmo() -> None:
    result = run(
        "Según recoge la agencia Europa Press, el consejero Luis Marín afirmó que «el "
        "hospital abrirá en mayo».",
        language="es",
    )
    assert speaker_of(result, "abrirá en mayo") == "Luis Marín"


# Speaker before a colon, or inside a title phrase.


def test_speaker_before_a_colon() -> None:
    result = run(
        "The hearing lasted four hours. Judge Rosa Delgado was blunter: "
        '"This company ignored every warning."',
        language="en",
    )
    assert speaker_of(result, "ignored every warning") == "Rosa Delgado"


def test_speaker_inside_a_title_phrase() -> None:
    result = run(
        '"The evidence does not support the charge," Judge Rosa Delgado of the Fourth '
        "Circuit Court said on Friday.",
        language="en",
    )
    assert speaker_of(result, "evidence does not") == "Rosa Delgado"


# Raya dialogue (Spanish).


def test_raya_dialogue_with_an_aside_is_one_quotation() -> None:
    result = run(
        "Los trabajadores de la fábrica de Avilés llevan tres días encerrados.",
        "—No vamos a permitir otro despido —dijo Fuentes—. Las cifras son claras.",
        language="es",
    )
    quote = _quote(result, "No vamos")
    assert quote.text.endswith("Las cifras son claras.") and quote.is_speech
    assert speaker_of(result, "No vamos") == "Fuentes"


def test_raya_question_with_a_closing_aside() -> None:
    result = run(
        "El comité se reunió con la dirección de la empresa Metales Norte.",
        "—¿Y los trabajadores? —preguntó un periodista.",
        "—Cobrarán todo lo que se les debe.",
        language="es",
    )
    question = _quote(result, "Y los trabajadores")
    assert question.text == "—¿Y los trabajadores?"
    assert speaker_of(result, "Y los trabajadores") == "periodista"
    assert _quote(result, "Cobrarán").is_speech


# English organisations.


def test_companies_clubs_and_national_teams() -> None:
    result = run(
        "Shares of Norvik Robotics rose 6% after the results. Spain coach Luis de la Fuente "
        "named his squad. Chelsea beat Fulham 3-1 on Sunday, and Portugal beat Wales 2-0.",
        language="en",
    )
    got = labels(result)
    assert got["Norvik Robotics"] == "ORG"
    assert got["Spain"] == "ORG" and got["Chelsea"] == "ORG" and got["Portugal"] == "ORG"


def test_abbreviated_agency_and_news_agency() -> None:
    result = run(
        "The FAA grounded the jets, the Kyodo news agency reported on Tuesday.",
        language="en",
    )
    got = labels(result)
    assert got["FAA"] == "ORG" and got["Kyodo"] == "ORG"


def test_state_abbreviation_and_all_caps_dateline() -> None:
    result = run(
        "FRESNO, Calif. (AP) — Growers in Fresno said the water cut would cost them dearly.",
        language="en",
    )
    by_text = {e.text: e for e in result.entities}
    assert by_text["Calif."].label == "LOC"
    assert by_text["FRESNO"].label == "LOC"
    assert by_text["FRESNO"].canonical == by_text["Fresno"].canonical
    assert len(result.sentences) == 1


# Check-worthy candidates: less generous.


def test_questions_and_procedural_sentences_are_no_candidates() -> None:
    result = run(
        "Why did the city wait until 2025 to act? Council member Ann Roe asked why the "
        "city had waited 14 months. The mayor declined to comment on the 2024 audit.",
        language="en",
    )
    assert result.claims == ()


def test_no_more_than_half_of_a_long_article_is_marked() -> None:
    sentences = [f"Minister Ana Roe said the plan was {w}." for w in "good bad fair odd new old"]
    sentences += [f"The agency said in March that costs rose {n} percent." for n in (3, 4)]
    result = run(" ".join(sentences), language="en")
    assert len(result.claims) <= len(result.sentences) // 2


def test_a_datelines_day_and_an_age_are_no_figures() -> None:
    result = run(
        "LEÓN, 9 may (EFE).- La vecina Rosa Gil, de 83 años, pasea por la plaza. "
        "La Fiscalía pide 12 años de prisión para el acusado.",
        language="es",
    )
    marked = [result.sentences.index((c.start, c.end)) for c in result.claims]
    assert marked == [1]


def test_a_document_speaks_for_the_organisation_that_issued_it() -> None:
    result = run(
        "La naviera Balearia anunció nuevas rutas. «Habrá tres salidas diarias», "
        "precisa el comunicado.",
        language="es",
    )
    assert speaker_of(result, "tres salidas") == "Balearia"


def test_plural_verb_with_a_dropped_subject_goes_back_to_the_group() -> None:
    result = run(
        "Los estibadores del puerto anunciaron paros en junio. «No aceptaremos despidos», "
        "advierten.",
        language="es",
    )
    assert speaker_of(result, "despidos") == "estibadores del puerto"
