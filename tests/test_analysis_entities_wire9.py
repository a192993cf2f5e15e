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


def test_guessed_person_with_an_article_or_saint_word_is_a_place() -> None:
    found = labels(
        run(
            "El fuego alcanzó Las Cañadillas y obligó a desalojar Sant Feliu. "
            "Los bomberos llegaron desde Los Pinarejos.",
            language="es",
        )
    )
    assert found.get("Las Cañadillas") == "LOC", found
    assert found.get("Sant Feliu") == "LOC", found
    assert found.get("Los Pinarejos") == "LOC", found


def test_office_named_with_an_abstract_noun_is_no_person() -> None:
    found = labels(
        run(
            "Según Protección Ciudadana, el río bajó. Migración Panamá registró 200 "
            "entradas y Panamá pidió ayuda.",
            language="es",
        )
    )
    assert found.get("Protección Ciudadana") == "ORG", found
    assert found.get("Migración Panamá") == "ORG", found
    assert found.get("Panamá") == "LOC", found


def test_party_named_after_a_place_is_no_person() -> None:
    found = labels(run("Soria Ya logró dos escaños. Huesca Existe no logró ninguno.", language="es"))
    assert found.get("Soria Ya") == "ORG", found
    assert found.get("Huesca Existe") == "ORG", found


def test_given_name_spelt_like_a_town_keeps_the_person() -> None:
    found = labels(
        run(
            "Ganó ante la rusa Mira Petrova en tres sets. Petrova no habló después. "
            "Encarnación Molina, vecina del barrio, lo vio todo.",
            language="es",
        )
    )
    assert found.get("Mira Petrova") == "PER", found
    assert found.get("Encarnación Molina") == "PER", found
