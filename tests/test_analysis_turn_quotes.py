"""Quotations inside raya dialogue turns, and answers carried on into unmarked paragraphs
(``turn_quotes``, ``quotations``); text written for these tests."""

from __future__ import annotations

from test_analysis_helpers import run


def _spoken(result) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.text[:24], q.speaker.name if q.speaker else "") for q in result.quotes]


def test_a_relative_quoted_inside_a_turn_is_a_nested_quotation_of_its_own() -> None:
    result = run(
        "Teruel, 3 dic (EFE).- Nieves Lahoz Gracia lleva cuarenta años subiendo ovejas "
        "al puerto de Valdelinares.",
        "—¿Le da miedo la nieve?",
        "—Siempre. Mi abuelo, que fue pastor toda su vida, me lo repetía cada invierno: "
        "“Al monte se sube despacio y se baja antes de la niebla”. Y tenía razón.",
    )
    assert _spoken(result) == [
        ("—¿Le da miedo la nieve?", ""),
        ("—Siempre. Mi abuelo, que", "Nieves Lahoz Gracia"),
        ("“Al monte se sube despac", "abuelo"),
    ]


def test_a_promise_quoted_inside_a_turn_goes_to_the_clause_subject() -> None:
    result = run(
        "El alcalde de Fresnedo, Julián Arce Mata, compareció ante la comisión.",
        "—Hace dos años vino aquí el delegado del Gobierno, Tomás Ferrer Alonso, y nos "
        "prometió: “Tendréis carretera antes del verano”. Seguimos esperando —dijo Arce—.",
    )
    assert _spoken(result)[1] == ("“Tendréis carretera ante", "Tomás Ferrer Alonso")


def test_words_put_to_the_one_questioned_are_that_persons() -> None:
    result = run(
        "La fiscal, Lidia Fuentes Mora, interrogó al acusado, Aurelio Sanz Pardo, "
        "exgerente de la cooperativa.",
        "—La cajera contó al juez que usted le advirtió: “Borra esas facturas esta misma noche”.",
        "—Eso es mentira —respondió el acusado—. Yo nunca di esa orden.",
    )
    inner = next(q for q in result.quotes if q.text.startswith("“"))
    assert inner.speaker is not None and inner.speaker.name == "Aurelio Sanz Pardo"


def test_an_answer_paragraph_that_quotes_a_saying_carries_the_answer_on() -> None:
    result = run(
        "Huesca, 4 dic (EFE).- Ramiro Latre Gil cultiva trufa negra en Graus desde 1998.",
        "—¿Cómo ha ido la campaña?",
        "—Corta. Las lluvias llegaron tarde.",
        "Mi padre siempre decía: “La trufa no se siembra, se espera”. Y ahora lo entiendo.",
    )
    assert _spoken(result)[2:] == [
        ("Mi padre siempre decía: ", "Ramiro Latre Gil"),
        ("“La trufa no se siembra,", "padre"),
    ]


def test_an_answer_paragraph_opening_with_a_first_person_verb_carries_it_on() -> None:
    result = run(
        "Soria, 5 dic (EFE).- La jefa de bomberos, Marta Ibáñez Royo, atendió a la prensa.",
        "—¿Está controlado el fuego?",
        "—El frente oeste sí. El este sigue activo cerca de Covaleda.",
        "Tenemos dos helicópteros de la Junta en el aire desde las ocho de la mañana.",
        "—¿Y los vecinos?",
        "—Vuelven mañana.",
        "Con el viento que hay no es seguro antes, se lo aseguro.",
    )
    spoken = _spoken(result)
    assert spoken[2] == ("Tenemos dos helicópteros", "Marta Ibáñez Royo")
    assert spoken[5] == ("Con el viento que hay no", "Marta Ibáñez Royo")
