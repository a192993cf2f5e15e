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
