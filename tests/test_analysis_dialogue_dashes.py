"""Raya dialogue written with a stand-in dash (en dash, hyphen, spaced raya), and dashes
that are no dialogue. New text written for these tests, not copied from a gold file."""

from __future__ import annotations

from test_analysis_helpers import article, run, speaker_of

from reader.analysis.dashes import dialogue_view
from reader.analysis.sentences import article_blocks


def test_en_dash_dialogue_is_found_with_its_speaker() -> None:
    result = run(
        "El alcalde de Tauste, Hilario Cuesta, atendió a los vecinos en la plaza.",
        "–¿Cuándo llegará el agua? –preguntó una vecina.",
        "–Ya veremos –contestó Cuesta–. Hay tiempo.",
        language="es",
    )
    assert speaker_of(result, "Ya veremos") == "Hilario Cuesta"
    assert speaker_of(result, "Cuándo llegará") == "vecina"


def test_hyphen_dialogue_with_spaces() -> None:
    result = run(
        "La jueza, Casilda Ferrán, interrogó al acusado, Ovidio Paredes.",
        "- ¿Dónde estaba usted aquella noche? - preguntó la jueza.",
        "- En casa, con mi familia - respondió Paredes -. Lo juro.",
        language="es",
    )
    assert speaker_of(result, "En casa") == "Ovidio Paredes"


def test_spaced_rayas() -> None:
    result = run(
        "La vecina Remedios Gil perdió la cosecha.",
        "— Aquí nadie vino a ayudarnos — se quejó Gil —. Ni los bomberos.",
        language="es",
    )
    assert speaker_of(result, "Aquí nadie vino") == "Remedios Gil"


def test_an_en_dash_aside_inside_guillemets() -> None:
    result = run(
        "La ministra Adela Quirós visitó Lorca.",
        "«Nadie –subrayó Quirós– va a quedar atrás».",
        language="es",
    )
    assert speaker_of(result, "Nadie") == "Adela Quirós"


def test_a_list_written_with_dashes_is_no_dialogue() -> None:
    result = run(
        "El plan incluye tres medidas:",
        "- Rebajas del 20 % en el transporte",
        "- Ayudas al alquiler para menores de 35 años",
        language="es",
    )
    assert result.quotes == ()


def test_the_view_keeps_hyphens_in_words_figures_and_datelines() -> None:
    text_parts = (
        "BISMARCK, N.D. – Eleven clinics closed in 2010–2015, said Anne-Marie Dole.",
        "–Nos vamos –dijo la ex-ministra–. Adiós.",
    )
    item = article(*text_parts)
    view = dialogue_view(item.text, article_blocks(item))
    assert len(view) == len(item.text)
    assert "2010–2015" in view and "Anne-Marie" in view and "ex-ministra" in view
    assert "—Nos vamos —dijo la ex-ministra—. Adiós." in view
    assert "N.D. – Eleven" in view or "N.D. — Eleven" in view


def test_the_answer_to_a_question_put_to_someone_is_theirs() -> None:
    result = run(
        "El juez Ramiro Ocaña interrogó a la testigo, Paula Esteve.",
        "—¿Y usted qué vio? —le preguntó el juez a la testigo.",
        "—Que nadie salió del portal.",
        language="es",
    )
    assert speaker_of(result, "Y usted qué vio") == "Ramiro Ocaña"
    assert speaker_of(result, "Que nadie salió") == "Paula Esteve"


def test_an_answer_to_an_unnamed_question_keeps_the_earlier_answers_voice() -> None:
    """The dropped subject of ``—contestó`` must not fall on a person the narration named
    (the injured player): after a question nobody is named for, the answer is the voice
    that answered before it."""
    result = run(
        "La seleccionadora, Itziar Olaizola Gaztañaga, compareció tras el entrenamiento.",
        "No podrá contar con la central Rocío Pardavila, lesionada en el tobillo.",
        "—¿Cómo llega el equipo?",
        "—Cansado, pero con ganas. Hemos tenido una semana larga.",
        "—¿Y la defensa?",
        "—Tenemos recambios —contestó, y miró a la grada—. Nadie es imprescindible.",
        language="es",
    )
    assert speaker_of(result, "Cansado, pero") == "Itziar Olaizola Gaztañaga"
    assert speaker_of(result, "Tenemos recambios") == "Itziar Olaizola Gaztañaga"
    assert speaker_of(result, "Y la defensa") is None
