"""Speakers: every cue pattern in Spanish and English, resolved to the fullest name."""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of


def test_reporting_verb_after_the_quote_es() -> None:
    result = run(
        "«Vamos a ganar las elecciones», dijo Marta Quiroga. «Sin duda», afirmó Pedro Salas."
    )
    assert speaker_of(result, "Vamos") == "Marta Quiroga"
    assert speaker_of(result, "Sin duda") == "Pedro Salas"


def test_subject_and_verb_before_the_quote_es() -> None:
    result = run(
        "La ministra Marta Quiroga dijo que “el plan está listo para su aprobación”. "
        "El senador Pedro Salas afirmó que “no hay votos suficientes todavía”."
    )
    assert speaker_of(result, "el plan") == "Marta Quiroga"
    assert speaker_of(result, "no hay votos") == "Pedro Salas"


def test_segun_and_de_acuerdo_con_es() -> None:
    result = run(
        "Según Marta Quiroga, el proyecto es “una prioridad absoluta del gobierno”. "
        "De acuerdo con Pedro Salas, la ley es “un error que pagaremos todos”."
    )
    assert speaker_of(result, "prioridad") == "Marta Quiroga"
    assert speaker_of(result, "un error") == "Pedro Salas"


def test_colon_cue_es() -> None:
    result = run("Marta Quiroga: «No vamos a retroceder ni un paso en esto».")
    assert speaker_of(result, "retroceder") == "Marta Quiroga"


def test_statement_as_speaker_es() -> None:
    result = run(
        "El Ministerio de Salud publicó sus cifras. «Los casos bajaron por tercera semana "
        "consecutiva en todo el país», señala el comunicado."
    )
    quote = result.quotes[0]
    assert quote.speaker is not None and quote.speaker.text == "el comunicado"
    assert quote.speaker.name == "Ministerio de Salud"  # who issued it (issue 10)


def test_dropped_subject_is_the_nearest_earlier_speaker_es() -> None:
    result = run(
        "La ministra Marta Quiroga dijo que “el plan está listo para su aprobación”.",
        "«Lo votaremos el jueves sin falta», añadió.",
        "En ese sentido, subrayó que el país “merece un debate serio y sereno”.",
    )
    assert speaker_of(result, "jueves") == "Marta Quiroga"
    assert speaker_of(result, "debate") == "Marta Quiroga"


def test_role_noun_and_surname_resolve_to_the_full_name_es() -> None:
    result = run(
        "El presidente Andrés Villalba habló ayer con la prensa.",
        "El mandatario afirmó que el acuerdo “está más cerca que nunca de firmarse”.",
        "Villalba añadió que “no habrá más prórrogas para nadie”.",
    )
    assert speaker_of(result, "más cerca") == "Andrés Villalba"
    assert speaker_of(result, "prórrogas") == "Andrés Villalba"


def test_raya_with_verb_and_subject_es() -> None:
    result = run("«Si llueve, revisaremos todo —añadió Rocío Lanza—; si no, hablaremos».")
    assert speaker_of(result, "llueve") == "Rocío Lanza"


def test_pronoun_after_quote_en() -> None:
    result = run(
        "Mayor Helen Ward spoke to reporters on Monday.",
        '"We will not close a single library this year," she said.',
    )
    assert speaker_of(result, "library") == "Helen Ward"


def test_name_said_and_said_name_en() -> None:
    result = run(
        '"The numbers do not add up at all," Ms. Ward said. '
        '"We will appeal the ruling next week," said Tom Becker, the city\'s lawyer.'
    )
    assert speaker_of(result, "numbers") == "Ward"
    assert speaker_of(result, "appeal") == "Tom Becker"


def test_according_to_and_subject_verb_en() -> None:
    result = run(
        'Helen Ward met the council. According to Tom Becker, the deal is "dead on arrival in '
        'its current form." Helen Ward said the plan "keeps every bus route open."'
    )
    assert speaker_of(result, "dead on arrival") == "Tom Becker"
    assert speaker_of(result, "bus route") == "Helen Ward"


def test_the_statement_said_en() -> None:
    result = run('"Production will resume within two weeks at the latest," the statement said.')
    quote = result.quotes[0]
    assert quote.speaker is not None and quote.speaker.text == "the statement"


def test_continuing_quote_keeps_its_speaker_en() -> None:
    result = run(
        '"We kept every route," said Helen Ward. "And we did it without new taxes."',
    )
    assert speaker_of(result, "without new taxes") == "Helen Ward"


def test_no_cue_no_speaker() -> None:
    result = run("Un cartel decía «prohibido el paso a toda persona ajena» en la puerta.")
    assert speaker_of(result, "prohibido") is None


def test_compound_tense_after_the_quote_es() -> None:
    result = run('"No vamos a especular con rumores", ha afirmado Lucía Ferrer en Madrid.')
    assert speaker_of(result, "especular") == "Lucía Ferrer"


def test_main_clause_speaker_wins_over_a_subordinate_verb_es() -> None:
    result = run(
        "La ministra Lucía Ferrer añadió que el Gobierno que encabeza Tomás Ríos pidió la "
        "dimisión del diputado y que “no habrá excepciones para nadie”."
    )
    assert speaker_of(result, "excepciones") == "Lucía Ferrer"


def test_quoted_terms_get_no_speaker_by_continuation() -> None:
    result = run(
        "«Vamos a ganar este pulso», dijo Lucía Ferrer. Visitó la escuela ‘El Olivar’ y el "
        "programa ‘Hoy por Hoy’ de la radio."
    )
    terms = [q for q in result.quotes if not q.is_speech]
    assert [q.text for q in terms] == ["‘El Olivar’", "‘Hoy por Hoy’"]
    assert all(q.speaker is None for q in terms)


def test_lower_case_role_before_the_name_en() -> None:
    result = run('"Demand held up in every region," chief financial officer Dana Whitfield said.')
    assert speaker_of(result, "Demand") == "Dana Whitfield"


def test_named_spokesman_phrase_and_pronoun_fallback_en() -> None:
    result = run(
        '"We cannot confirm the visit yet," a Harbour Board spokesman told reporters. '
        'The port would "reopen within days," he added.'
    )
    assert speaker_of(result, "confirm") == "Harbour Board spokesman"
    assert speaker_of(result, "reopen") == "Harbour Board spokesman"
