"""Speakers under the layout rewrites of ``benchmarks/perturb_layout.py``: a surname
replaced on its later mentions by the noun the article first put before the name.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

_FILLER = (
    "La prueba se disputó con viento de costado y doce grados de temperatura, y la "
    "organización retrasó la salida veinte minutos por la lluvia de la mañana. "
) * 14


def test_a_noun_the_article_put_before_a_name_takes_that_person_up() -> None:
    # "velocista" is in no list: the article itself made it a title ("la velocista X")
    result = run(
        "La velocista gallega Uxía Barreiro ganó este sábado los 200 metros del "
        "campeonato de invierno.",
        "El seleccionador, Amadeo Prieto, avanzó que habrá cambios. «Tenemos tres "
        "plazas para el europeo», dijo Prieto.",
        "En la zona mixta, la velocista aseguró: «Todavía me tiemblan las piernas».",
        language="es",
    )
    assert speaker_of(result, "Tenemos tres") == "Amadeo Prieto"
    assert speaker_of(result, "Todavía me tiemblan") == "Uxía Barreiro"


def test_the_title_holds_however_far_back_the_name_was_given() -> None:
    result = run(
        "La escaladora navarra Maite Urquiola coronó el domingo su tercer ochomil.",
        _FILLER,
        "El jefe de la expedición, Ovidio Larrañaga, confirmó el descenso. «Bajamos "
        "todos sin congelaciones», señaló Larrañaga.",
        "La escaladora volverá a Pamplona el jueves. Preguntada por el siguiente reto, "
        "fue prudente: «Primero descansar, luego ya veremos».",
        language="es",
    )
    assert speaker_of(result, "Primero descansar") == "Maite Urquiola"


def test_an_adjective_between_a_listed_role_and_the_name() -> None:
    result = run(
        "El portavoz socialista Evaristo Manjón criticó el presupuesto en el pleno.",
        "La alcaldesa, Remedios Ocaña, defendió las cuentas. «Son las más sociales de la "
        "década», afirmó Ocaña.",
        "«Son las mismas de siempre con otro lazo», replicó el portavoz.",
        language="es",
    )
    assert speaker_of(result, "Son las mismas") == "Evaristo Manjón"
