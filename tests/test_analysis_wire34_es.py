"""Spanish entity classes left on the gold_wire34 development batch after t_es10, one
class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_a_name_opening_with_an_article_is_no_compound_surname() -> None:
    """"el diario La Voz de Asturias, el alcalde …": "La Voz" is no given name and
    patronymic (the "-z" of Ruiz, Díaz), so "de Asturias" is no compound surname."""
    result = run(
        "Según publicó el periódico La Voz de Cádiz, el concejal de Obras, Iván Roca, dimitió.",
        language="es",
    )
    found = labels(result)
    assert found["La Voz de Cádiz"] == "ORG"
    assert found["Iván Roca"] == "PER"


def test_an_agency_credit_after_a_spanish_dateline_is_a_body() -> None:
    """"PEKÍN, 21 feb. (Xinhua) --": Spanish datelines put the month's abbreviation after
    the day; the name in brackets before the dash is still the filing agency, even one
    spelt like a place, and the article's later mention of it is the agency too."""
    result = run(
        "PEKÍN, 21 feb. (Xinhua) -- Las exportaciones crecieron. "
        "Un portavoz habló con Xinhua por teléfono.",
        "ASUNCIÓN, 9 oct (Ñanduti) -- Un juez ordenó el cierre del local.",
        language="es",
    )
    assert [(e.text, e.label) for e in result.entities if e.text != "PEKÍN"][:2] == [
        ("Xinhua", "ORG"),
        ("Xinhua", "ORG"),
    ]
    assert labels(result)["Ñanduti"] == "ORG"


def test_anonymous_sources_keep_an_adjective_both_genders_share() -> None:
    """"fuentes del sector importador", "fuentes de la policía local": the adjective of
    the sources' complement shows no gender vowel ("-dor", "-al"), yet belongs to it."""
    result = run(
        'Fuentes del sector importador admitieron que "el puerto está colapsado".',
        'Según fuentes de la policía local, "el conductor huyó a pie".',
        language="es",
    )
    assert speaker_of(result, "colapsado") == "Fuentes del sector importador"
    assert speaker_of(result, "huyó") == "fuentes de la policía local"
