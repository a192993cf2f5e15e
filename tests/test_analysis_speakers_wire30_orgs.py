"""Speakers, session 23's Spanish round on organisation speakers: classes found on the
development errors, each tested on new text written for this file (not from the gold)."""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of

# --- "Según informaron X en un comunicado … señala el texto": the document is X's -------


def test_a_statement_speaks_for_the_subject_that_issued_it_after_segun() -> None:
    result = run(
        "Los sindicatos CCOO y UGT anunciaron este martes una huelga en la limpieza de los "
        "hospitales de Sevilla, un servicio que presta la empresa Limpiezas Giralda.",
        "Según explicaron ambas organizaciones en un comunicado, la plantilla lleva tres "
        "años sin subida.",
        '"Nadie puede vivir con este sueldo", señala el texto, que acusa a la empresa de '
        "bloquear el convenio.",
        language="es",
    )
    assert speaker_of(result, "Nadie puede") == "CCOO"


def test_a_named_body_that_issued_the_note_after_segun_speaks_for_it() -> None:
    result = run(
        "La Confederación Hidrográfica del Ebro ha abierto un expediente a la empresa "
        "Áridos Moncayo por extraer grava del cauce.",
        "Según indicó la Confederación Hidrográfica del Ebro en una nota, la extracción "
        "se hizo sin permiso.",
        "«El daño al río es evidente», añade la nota, que pide a Áridos Moncayo que "
        "restaure la orilla.",
        language="es",
    )
    assert speaker_of(result, "El daño al río") == "Confederación Hidrográfica del Ebro"


# --- "la patronal Foro X del Y": an organisation noun names the body, not an event ------


def test_an_organisation_noun_before_a_foro_name_makes_it_an_organisation() -> None:
    result = run(
        "Según datos de la patronal Foro Naval del Atlántico, el sector da empleo a 4.000 "
        "personas en la provincia. «Cada contrato cuenta», subraya la organización.",
        language="es",
    )
    assert labels(result)["Foro Naval del Atlántico"] == "ORG"
    assert speaker_of(result, "Cada contrato") == "Foro Naval del Atlántico"


def test_a_foro_name_with_no_organisation_noun_stays_an_event() -> None:
    result = run(
        "Más de 300 expertos asistieron al Foro Naval del Atlántico, celebrado en Vigo.",
        language="es",
    )
    assert labels(result)["Foro Naval del Atlántico"] == "MISC"


# --- "la concesionaria X" … "La empresa": company nouns take up one body ---------------


def test_a_company_noun_takes_up_the_body_another_company_noun_introduced() -> None:
    result = run(
        "Los estibadores del puerto de Valencia pararon este martes contra el plan de la "
        "concesionaria Muelles Levante Sur (MLS) para automatizar la terminal.",
        "Según la Autoridad Portuaria de Valencia, el paro dejó nueve buques amarrados.",
        'La empresa, en un comunicado, aseguró que "no habrá despidos" en la terminal.',
        language="es",
    )
    assert speaker_of(result, "no habrá despidos") == "Muelles Levante Sur"


def test_a_company_described_after_para_is_not_taken_up_by_la_empresa() -> None:
    result = run(
        "Astilleros Zorrotza anunció despidos tras perder el encargo de un ferri para la "
        "naviera danesa Skovlund. «Sin ese barco no hay trabajo», sostiene la empresa.",
        language="es",
    )
    assert speaker_of(result, "Sin ese barco") == "Astilleros Zorrotza"


# --- "ELA, LAB, CCOO y UGT": a comma list of organisations speaks whole ----------------


def test_a_comma_list_of_unions_speaks_whole() -> None:
    result = run(
        "Los sindicatos USO, CGT, CCOO y UGT calificaron de «abusivo» el plan de la "
        "dirección.",
        language="es",
    )
    assert speaker_of(result, "abusivo") == "USO, CGT, CCOO y UGT"


def test_a_body_governed_by_a_preposition_is_not_in_the_list() -> None:
    result = run(
        "Según Reuters, CCOO y UGT calificaron de «abusivo» el plan de la dirección.",
        language="es",
    )
    assert speaker_of(result, "abusivo") == "CCOO y UGT"
