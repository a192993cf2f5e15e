"""Entity types in English and Spanish wire copy, third tuning round: one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run


def test_a_township_is_a_place_even_when_it_sues() -> None:
    found = labels(
        run(
            "Bellmore Township and Osprey Ridge Township sued the county on Friday, "
            "saying the new landfill would poison their wells.",
            language="en",
        )
    )
    assert found["Bellmore Township"] == "LOC"
    assert found["Osprey Ridge Township"] == "LOC"


def test_a_name_ending_in_plural_lakes_is_a_place() -> None:
    found = labels(
        run(
            "Barges carrying iron ore were stuck for a week on the Finger Lakes "
            "after an early freeze, shippers said.",
            language="en",
        )
    )
    assert found["Finger Lakes"] == "LOC"


def test_philippine_is_an_adjective_of_nationality() -> None:
    found = labels(
        run(
            "Philippine exporters asked Manila for help as the peso weakened, and "
            "Philippine bonds fell for a third day.",
            language="en",
        )
    )
    assert found["Philippine"] == "MISC"


def test_a_plural_possessive_inside_a_body_name_keeps_it_whole() -> None:
    found = labels(
        run(
            "The Scottish Crofters' Federation and the Retired Teachers' Association "
            "both opposed the levy.",
            language="en",
        )
    )
    assert found["Scottish Crofters' Federation"] == "ORG"
    assert found["Retired Teachers' Association"] == "ORG"
    assert "Association" not in found


def test_a_plural_possessive_before_a_person_still_splits_the_names() -> None:
    found = labels(
        run("Wales' Aaron Pritchard scored twice as the visitors won in Cardiff.", language="en")
    )
    assert found["Wales"] == "LOC"
    assert found["Aaron Pritchard"] == "PER"


def test_a_plural_possessive_body_speaks_as_its_whole_name() -> None:
    result = run(
        "The Independent Pharmacists' Association said the cuts were "
        '"a death sentence for village chemists".',
        language="en",
    )
    speaker = result.quotes[0].speaker
    assert speaker is not None and speaker.name == "Independent Pharmacists' Association"


def test_a_place_noun_used_as_an_adjective_after_a_body_noun_makes_a_body() -> None:
    found = labels(
        run(
            "La empresa municipal Aguas de Lorca (Emalsa) subirá el recibo en marzo, "
            "y el grupo municipal Lorca Avanza votará en contra.",
            language="es",
        )
    )
    assert found["Aguas de Lorca"] == "ORG"
    assert found["Emalsa"] == "ORG"


def test_a_town_after_the_place_noun_alone_stays_a_place() -> None:
    found = labels(run("El incendio empezó en el término municipal Villarrasa.", language="es"))
    assert found["Villarrasa"] == "LOC"


def test_a_consortium_opens_a_body_with_its_whole_complement() -> None:
    found = labels(
        run(
            "El Consorcio de Residuos de la Sierra Norte aprobó el nuevo contrato de recogida.",
            language="es",
        )
    )
    assert found["Consorcio de Residuos de la Sierra Norte"] == "ORG"


def test_a_title_word_between_a_given_name_and_a_surname_is_a_surname() -> None:
    found = labels(
        run(
            "La concejala Lucía Reina Barrera y el edil Tomás Rey Salcedo firmaron la moción.",
            language="es",
        )
    )
    assert found["Lucía Reina Barrera"] == "PER"
    assert found["Tomás Rey Salcedo"] == "PER"


def test_a_title_after_a_country_still_opens_the_holder_s_name() -> None:
    found = labels(run("Jordan King Abdullah met the envoy in Amman on Tuesday.", language="en"))
    assert found["Abdullah"] == "PER"
    assert "Jordan King Abdullah" not in found


def test_a_field_of_study_after_an_academics_noun_is_no_entity() -> None:
    """Session 20 (i10): "catedrática de Geografía Humana" names a field, not a person."""
    result = run(
        "La catedrática de Sociología Rural Pilar Ezquerra, profesora de Historia "
        "Económica en la Universidad de Oviedo, presentó el estudio.",
        language="es",
    )
    found = labels(result)
    assert "Sociología Rural" not in found and "Historia Económica" not in found
    assert found.get("Pilar Ezquerra") == "PER"
    assert found.get("Universidad de Oviedo") == "ORG"
