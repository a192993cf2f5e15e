"""Entity classes seen on messy wire text (gold_wire9 and earlier dev folders), each
tested on new sentences: datelines, Catalan connectors, places and organisations."""

from __future__ import annotations

from test_analysis_helpers import labels, run


def test_unknown_all_capital_dateline_is_a_place() -> None:
    found = labels(
        run(
            "VILLARRUBIA (Ciudad Real), 3 mar (EFE).- Los vecinos cortaron la carretera.",
            "ORUVALE, 12 abr (Agencia).- La cooperativa cerró el ejercicio con pérdidas.",
            language="es",
        )
    )
    assert found.get("VILLARRUBIA") == "LOC", found
    assert found.get("ORUVALE") == "LOC", found


def test_capital_acronym_inside_a_line_stays_an_organisation() -> None:
    found = labels(run("El sindicato CSIF convocó paros (EFE) - sin fecha.", language="es"))
    assert found.get("CSIF") == "ORG", found


def test_catalan_conjunction_joins_two_surnames() -> None:
    found = labels(
        run(
            "La alcaldesa de Reus, Montserrat Puigdemunt i Serra, pidió calma. "
            "Puigdemunt i Serra compareció después.",
            language="es",
        )
    )
    assert found.get("Montserrat Puigdemunt i Serra") == "PER", found
    assert "Serra" not in found, found


def test_catalan_elided_connectors_stay_inside_an_organisation() -> None:
    found = labels(
        run(
            "Según la Federació d'Associacions de Veïns de Girona y el Institut Català "
            "de l'Energia, el consumo bajó. También habló la Unió de Botiguers.",
            language="es",
        )
    )
    assert found.get("Federació d'Associacions de Veïns de Girona") == "ORG", found
    assert found.get("Institut Català de l'Energia") == "ORG", found
    assert found.get("Unió de Botiguers") == "ORG", found


def test_broadcaster_and_diocese_heads_keep_their_names() -> None:
    found = labels(
        run(
            "Lo dijo en la Cadena COPE. La Diócesis de Tarazona abrió un albergue.",
            language="es",
        )
    )
    assert found.get("Cadena COPE") == "ORG", found
    assert found.get("Diócesis de Tarazona") == "ORG", found
