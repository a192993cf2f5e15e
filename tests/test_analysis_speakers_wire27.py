"""Interviews and press conferences of Spanish news copy: the club a coach leaves, a
rank before a name, a byline, and a person named in a phrase of company. New text
written for these tests, not copied from a gold file."""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_a_club_named_sportivo_is_an_organisation_not_the_coach() -> None:
    result = run(
        "Rafael Ochoa Ibarra dejó este martes el cargo de director técnico de Sportivo "
        "Belgrano, un día después de perder la categoría.",
        "El entrenador, de 61 años, habló en la sala de prensa del estadio.",
        "—¿Por qué se va ahora?",
        "—Porque ya no hay margen —dijo—. El grupo necesita otra voz.",
        language="es",
    )
    assert labels(result)["Sportivo Belgrano"] == "ORG"
    assert speaker_of(result, "Porque ya no hay margen") == "Rafael Ochoa Ibarra"


def test_a_rank_before_a_name_makes_a_person() -> None:
    result = run(
        "El suboficial Wilson Acosta Pereyra, de 48 años, cuida el puerto desde 2009.",
        language="es",
    )
    assert labels(result)["Wilson Acosta Pereyra"] == "PER"


def test_a_headland_name_is_a_place_even_in_a_capitalised_dateline() -> None:
    result = run(
        "PUNTA MOGOTES (Argentina). La marea arrastró tres botes en Punta Mogotes.",
        language="es",
    )
    assert labels(result) == {"PUNTA MOGOTES": "LOC", "Argentina": "LOC", "Punta Mogotes": "LOC"}


def test_the_bylined_writer_is_not_the_one_interviewed() -> None:
    result = run(
        "TERUEL (España). Por Marta Ibáñez Soler",
        "El pastor Anselmo Tena Bielsa, de 71 años, lleva medio siglo subiendo ovejas a "
        "Gúdar. La Diputación de Teruel anunció en mayo que cerrará el último refugio.",
        "—¿Qué sintió al saberlo?",
        "—Pena, sobre todo pena. Antes éramos doce.",
        language="es",
    )
    assert speaker_of(result, "Pena, sobre todo pena") == "Anselmo Tena Bielsa"


def test_a_person_in_a_phrase_of_company_is_not_the_role_that_speaks() -> None:
    result = run(
        "Tepic, 4 de mayo (Notimex).- El presidente municipal de Tepic, Aurelio Campos "
        "Lira, anunció este lunes que la recolección de basura se hará en días alternos.",
        "En conferencia de prensa, acompañado por el director de Servicios Públicos, "
        "Fermín Ocaña Ruelas, el edil explicó que tres camiones están averiados.",
        "—¿Cuándo volverá el servicio diario?",
        "—Cuando lleguen las refacciones —dijo—. Ya están pagadas.",
        language="es",
    )
    assert speaker_of(result, "Cuando lleguen las refacciones") == "Aurelio Campos Lira"


def test_a_name_in_a_clause_after_que_is_no_tag_of_the_quotation() -> None:
    result = run(
        "Fuentes del Ayuntamiento de Soria señalaron a esta agencia que el retraso se debe "
        "a «un problema de suministro» y que la Diputación garantizará el servicio.",
        language="es",
    )
    assert speaker_of(result, "un problema de suministro") == "Fuentes del Ayuntamiento de Soria"


def test_a_document_of_the_company_speaks_for_the_company_not_the_nearest_body() -> None:
    result = run(
        "El servicio de autobuses de Alzira lo gestiona la empresa Transportes Sequer "
        "Ribera, que anunció ayer recortes de horarios.",
        "La Generalitat no ha actualizado la tarifa desde 2021.",
        "«Lamentamos las molestias y buscamos una solución», concluye el comunicado de la "
        "empresa.",
        language="es",
    )
    assert speaker_of(result, "Lamentamos las molestias") == "Transportes Sequer Ribera"
