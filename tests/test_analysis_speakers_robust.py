"""Speakers whose names no list knows: the name's shape and the words around it decide
(rewrites of ``benchmarks/perturb_speakers.py``, written here as new text). English lists
no particle of people's names (``person_particle_gaps``), so the compound-surname rules are
Spanish only."""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_a_job_noun_before_an_unknown_name_joined_by_de_types_a_person_es() -> None:
    result = run(
        "La demógrafa Xiadani Urrestarazu de Lekuona presentó ayer su informe en Teruel.",
        "—¿Se vacían los pueblos?",
        "—Solo los que no tienen tren —responde.",
    )
    assert labels(result)["Xiadani Urrestarazu de Lekuona"] == "PER"
    assert speaker_of(result, "Solo los que") == "Xiadani Urrestarazu de Lekuona"


def test_a_job_noun_before_an_unknown_name_joined_by_de_types_a_person_en() -> None:
    result = run(
        "The oceanographer Tamsin Okereke de Villiers led the survey off the coast.",
        "“The reef is recovering faster than we thought,” she said.",
    )
    assert labels(result)["Tamsin Okereke de Villiers"] == "PER"
    assert speaker_of(result, "reef is recovering") == "Tamsin Okereke de Villiers"


def test_a_second_compound_surname_after_the_first_es() -> None:
    result = run(
        "El luthier Urtzi Sáez de Ibarra López de Armentia abrió su taller en 1998. "
        "«Cada instrumento tarda un año», explica Sáez de Ibarra.",
        "Su consejera de Cultura, Garazi Fernández de la Riva Pérez de Arrilucea, "
        "defendió las ayudas: «Es un oficio que se pierde».",
    )
    names = labels(result)
    assert names["Urtzi Sáez de Ibarra López de Armentia"] == "PER"
    assert names["Garazi Fernández de la Riva Pérez de Arrilucea"] == "PER"
    assert speaker_of(result, "Cada instrumento") == "Urtzi Sáez de Ibarra López de Armentia"
    assert speaker_of(result, "un oficio") == "Garazi Fernández de la Riva Pérez de Arrilucea"



def test_employer_then_a_compound_surname_and_a_second_surname_es() -> None:
    result = run(
        "El exalcalde de Moratalla Txomin Ortiz de Urbina Okafor negó ante el juez que "
        "troceara el contrato. «No había otra empresa», dijo Ortiz de Urbina.",
    )
    names = labels(result)
    assert names["Moratalla"] == "LOC"
    assert names["Txomin Ortiz de Urbina Okafor"] == "PER"
    assert speaker_of(result, "otra empresa") == "Txomin Ortiz de Urbina Okafor"



def test_a_name_after_a_bare_noun_of_manner_is_the_speaker_es() -> None:
    result = run(
        "Los vecinos de Valdecuna volvieron ayer a sus casas tras el desalojo.",
        "—Nos han dejado solos —relata por teléfono Xiadani Urrestarazu, de 81 años—. "
        "Nadie vino hasta el lunes.",
        "«El agua llegó al primer piso», dijo en conversación telefónica Txomin Lekuona.",
    )
    assert speaker_of(result, "Nos han dejado solos") == "Xiadani Urrestarazu"
    assert speaker_of(result, "El agua llegó") == "Txomin Lekuona"


def test_a_name_after_a_noun_with_its_article_still_names_a_thing_es() -> None:
    result = run(
        "La consejera de Pesca, Garazi Lekuona, visitó el puerto de Bermeo.",
        "«La flota está preparada», dijo a bordo del buque Txomin Etxeberria.",
    )
    assert speaker_of(result, "La flota") == "Garazi Lekuona"


def test_an_unlisted_verb_then_a_bare_adjunct_then_its_subject_es() -> None:
    result = run(
        "El temporal dejó sin luz a tres pueblos del valle.",
        "«No había cobertura en toda la sierra», rememora por teléfono Xiadani Urrestarazu.",
    )
    assert speaker_of(result, "No había cobertura") == "Xiadani Urrestarazu"
    result = run(
        "El temporal dejó sin luz a tres pueblos del valle.",
        "«Tardaron dos días en venir», rememora en conversación telefónica la alcaldesa.",
    )
    assert speaker_of(result, "Tardaron dos días") == "alcaldesa"


def test_an_unlisted_trade_opening_the_sentence_is_no_part_of_the_name_en() -> None:
    result = run(
        "Trombonist Kwabena Achterberg-Osei, who toured with the band for 20 years, "
        "remembered the last show. “The lights went out and we kept playing,” "
        "Achterberg-Osei said.",
    )
    names = labels(result)
    assert "Trombonist Kwabena Achterberg-Osei" not in names
    assert names["Kwabena Achterberg-Osei"] == "PER"
    assert speaker_of(result, "lights went out") == "Kwabena Achterberg-Osei"
