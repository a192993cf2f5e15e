"""Speakers, session 24's Spanish round on the gold_wire34 batch: classes found on its
errors, each tested on new text written for this file (not copied from the gold)."""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

# --- officials who answer reporters' questions: the untagged questions are the press's --


def test_officials_answering_reporters_do_not_ask_the_questions() -> None:
    result = run(
        "Tras la reunión del comité de crisis, el consejero de Medio Ambiente, Ramón Ibarra "
        "Soler, y la jefa de bomberos, Pilar Cuesta Aranda, contestaron a las preguntas de "
        "la prensa en el ayuntamiento.",
        "—¿Está controlado el fuego?",
        "—Está estabilizado, pero no controlado —explicó el consejero—. Esta noche será clave.",
        "—¿Cuántas casas se han desalojado?",
        "—Unas doscientas. Los vecinos duermen en el polideportivo.",
        "—¿Y los medios aéreos?",
        "—Vuelven al amanecer —añadió Pilar Cuesta Aranda—. De noche no pueden volar.",
        language="es",
    )
    for question in ("Está controlado", "Cuántas casas", "Y los medios"):
        assert speaker_of(result, question) is None
    assert speaker_of(result, "Está estabilizado") == "Ramón Ibarra Soler"
    assert speaker_of(result, "Unas doscientas") == "Ramón Ibarra Soler"
    assert speaker_of(result, "Vuelven al amanecer") == "Pilar Cuesta Aranda"
