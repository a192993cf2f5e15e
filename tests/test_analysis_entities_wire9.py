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
