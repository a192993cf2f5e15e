"""Entity patterns found on the dev set (tests/gold_dev): names typed by their shape."""

from __future__ import annotations

from test_analysis_helpers import labels, run


def test_given_name_before_a_place_head_is_a_person() -> None:
    found = labels(
        run(
            "Linda Park, who runs a bakery on Front Street, said parking worried her. "
            "The team plays at Delaney Field.",
            language="en",
        )
    )
    assert found.get("Linda Park") == "PER", found
    assert found.get("Front Street") == "LOC", found
    assert found.get("Delaney Field") == "LOC", found


def test_surname_after_according_to_links_to_the_person() -> None:
    found = labels(
        run(
            "The team's president, Marcus Bell, called the result humbling. "
            "According to Bell, the stadium will host concerts.",
            language="en",
        )
    )
    assert found.get("Bell") == "PER", found


def test_spanish_plural_common_noun_opens_an_organisation() -> None:
    found = labels(
        run(
            "Los trabajadores de Talleres Urdaibai y de Construcciones Albarrán se sumaron "
            "a Comisiones Obreras en la protesta.",
            language="es",
        )
    )
    for name in ("Talleres Urdaibai", "Construcciones Albarrán", "Comisiones Obreras"):
        assert found.get(name) == "ORG", (name, found)


def test_repeated_de_lists_two_names_but_not_inside_one() -> None:
    found = labels(
        run(
            "Votaron a favor los diputados del Partido Regionalista y de Nueva Izquierda "
            "Cántabra. Lo confirmó la Cámara Nacional de la Industria del Hierro y del Acero.",
            language="es",
        )
    )
    assert found.get("Partido Regionalista") == "ORG", found
    assert found.get("Nueva Izquierda Cántabra") == "ORG", found
    assert found.get("Cámara Nacional de la Industria del Hierro y del Acero") == "ORG", found


def test_comma_and_article_do_not_join_two_organisations() -> None:
    found = labels(
        run(
            "Según fuentes de la Consejería de Economía, el Gobierno aceptó el acuerdo.",
            language="es",
        )
    )
    assert found.get("Consejería de Economía") == "ORG", found
    assert found.get("Gobierno") == "ORG", found


def test_institution_named_after_a_person_stays_whole() -> None:
    found = labels(
        run(
            "La consejera lo presentó en el Hospital Universitario Miguel Servet el lunes.",
            language="es",
        )
    )
    assert found.get("Hospital Universitario Miguel Servet") == "ORG", found
    assert "Miguel Servet" not in found


def test_spanish_town_prefix_joins_its_complement() -> None:
    found = labels(
        run(
            "Declaró el alcalde de Villafranca de los Barros, Julián Caballero.",
            language="es",
        )
    )
    assert found.get("Villafranca de los Barros") == "LOC", found
    assert found.get("Julián Caballero") == "PER", found


def test_lone_unknown_word_after_a_corporate_role_is_a_firm() -> None:
    found = labels(
        run(
            "La Audiencia Nacional ha citado al expresidente de Renfe, Isaías Táboas. "
            "El alcalde de Villanúa no acudió.",
            language="es",
        )
    )
    assert found.get("Renfe") == "ORG", found
    assert found.get("Villanúa") == "LOC", found
