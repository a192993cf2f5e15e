"""Quotations: mark styles, nesting, raya, robustness, and whether they are speech."""

from __future__ import annotations

from test_analysis_helpers import run


def _quotes(*parts: str) -> list[str]:
    return [q.text for q in run(*parts).quotes]


def test_every_mark_style_in_spanish() -> None:
    got = _quotes(
        'Ana dijo: «Vamos a ganar». Luis dijo “no lo sé del todo”. Eva dijo "quizá mañana sí". '
        "Olga dijo ‹ya está hecho›. Iván dijo „esto es otra cosa“ al salir."
    )
    assert got == [
        "«Vamos a ganar»",
        "“no lo sé del todo”",
        '"quizá mañana sí"',
        "‹ya está hecho›",
        "„esto es otra cosa“",
    ]


def test_every_mark_style_in_english() -> None:
    got = _quotes(
        '"We will win," she said. He said “not today, not ever”. '
        "The coach said ‘that was the plan all along’ and left."
    )
    assert got == ['"We will win,"', "“not today, not ever”", "‘that was the plan all along’"]


def test_nested_quotes_are_part_of_the_outer_one() -> None:
    got = _quotes("Dijo: «Cuando él nos dijo que “el agua es de todos”, nadie lo creyó».")
    assert got == ["«Cuando él nos dijo que “el agua es de todos”, nadie lo creyó»"]
    got = _quotes("\"The carers told us, 'Don't make it smarter,'\" he said.")
    assert got == ["\"The carers told us, 'Don't make it smarter,'\""]


def test_raya_interruption_is_one_quote_with_its_speaker() -> None:
    result = run("«Hemos hecho los números —dijo Pablo Ruiz— y no hay forma de evitarlo».")
    assert [q.text for q in result.quotes] == [
        "«Hemos hecho los números —dijo Pablo Ruiz— y no hay forma de evitarlo»"
    ]
    assert result.quotes[0].speaker is not None
    assert result.quotes[0].speaker.name == "Pablo Ruiz"


def test_unbalanced_mark_does_not_swallow_the_article() -> None:
    result = run(
        "Un “roto aquí que nunca se cierra.",
        "El segundo párrafo tiene «una cita de verdad», dijo Ana Paz.",
        "Y el tercero “otra completa” también.",
    )
    assert [q.text for q in result.quotes] == ["«una cita de verdad»", "“otra completa”"]


def test_stray_closing_mark_is_ignored() -> None:
    assert _quotes("Un cierre suelto» y luego «una cita bien cerrada» aquí.") == [
        "«una cita bien cerrada»"
    ]


def test_apostrophes_never_open_quotes() -> None:
    assert _quotes("Don't ask O'Brien about the players’ union or rock 'n' roll’s history.") == []
    assert _quotes("It’s the ’90s and we can’t stop.") == []


def test_a_quote_running_over_paragraphs_closes_at_the_paragraph_end() -> None:
    result = run(
        "«Primera parte de la cita sin cierre.", "«Segunda parte con cierre», dijo Ana Paz."
    )
    assert [q.text for q in result.quotes] == [
        "«Primera parte de la cita sin cierre.",
        "«Segunda parte con cierre»",
    ]


def test_quoted_terms_are_not_speech() -> None:
    result = run(
        "La capital denunció como una “provocación” el ejercicio. "
        "El ministro Luis Vega dijo: “Esto no va a quedar así, lo aseguro”."
    )
    term, speech = result.quotes
    assert term.text == "“provocación”" and term.is_speech is False
    assert speech.is_speech is True


def test_short_quote_with_a_reporting_verb_is_speech() -> None:
    result = run("“Nunca”, respondió Luis Vega.")
    assert result.quotes[0].is_speech is True
