"""Entity classes seen on the third fresh Spanish batch (gold_wire19, with gold_wire15/17),
each tested on new sentences: portfolios after a department's head, compound surnames."""

from __future__ import annotations

from test_analysis_helpers import labels, run


def test_portfolio_after_a_department_head_is_a_body() -> None:
    found = labels(
        run(
            "La concejala de Deportes del Cabildo, Noelia Ferrera, cerró el pabellón. "
            "La consellera de Comercio, Pilar Ventós, pidió calma. "
            "El director general de Salud Mental, Teodoro Aranda, compareció. "
            "Los ministros de Energía de los cinco países se reunieron.",
            language="es",
        )
    )
    for portfolio in ("Deportes", "Comercio", "Salud Mental", "Energía"):
        assert found.get(portfolio) == "ORG", (portfolio, found)
    assert found.get("Teodoro Aranda") == "PER", found


def test_town_after_a_department_head_stays_a_place() -> None:
    found = labels(
        run("El delegado de Zaragoza, Julio Pardos, visitó la obra.", language="es")
    )
    assert found.get("Zaragoza") == "LOC", found
