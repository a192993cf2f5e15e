"""Speakers in English and Spanish wire copy, third tuning round: one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of


def test_a_counted_unnamed_speaker_keeps_the_count_before_where_they_work() -> None:
    result = run(
        "Bank staff in Port Harmon walked out on Monday.",
        "One teller at Crestline Savings Bank, who asked not to be named, told "
        'reporters: "We have not had a pay rise in four years."',
        language="en",
    )
    assert speaker_of(result, "pay rise") == "One teller at Crestline Savings Bank"


def test_an_article_before_an_unnamed_speaker_stays_out_of_the_name() -> None:
    result = run(
        "Bank staff in Port Harmon walked out on Monday.",
        "A teller at Crestline Savings Bank told reporters: "
        '"We have not had a pay rise in four years."',
        language="en",
    )
    assert speaker_of(result, "pay rise") == "teller at Crestline Savings Bank"


def test_a_counted_unnamed_speaker_without_an_employer_is_the_noun_alone() -> None:
    result = run(
        '"Prices will not fall before spring," said one grain broker.',
        language="en",
    )
    assert speaker_of(result, "Prices will not") == "grain broker"


def test_a_second_quotation_after_the_same_it_tag_keeps_the_body_it_stood_for() -> None:
    result = run(
        "The Port Authority has asked for a review of the contract.",
        "Harbor Tug Co.'s board rejected the request. \"We met every deadline,\" it said in "
        'a filing, adding that the review was "a waste of public money".',
        language="en",
    )
    assert speaker_of(result, "every deadline") == "Harbor Tug Co.'s board"
    assert speaker_of(result, "waste of public") == "Harbor Tug Co.'s board"


def test_a_second_quotation_after_the_same_pronoun_tag_keeps_the_person() -> None:
    result = run(
        "El Ayuntamiento de Lugo encargó un informe sobre el puente.",
        "La ingeniera Marta Souto lo revisó. «No hay riesgo inmediato», dijo ella en una nota, "
        "y añadió que el tablero estaba «en buen estado».",
        language="es",
    )
    assert speaker_of(result, "buen estado") == "Marta Souto"


def test_a_long_apposition_with_a_relative_clause_sits_between_name_and_tag() -> None:
    result = run(
        '"We cannot keep rebuilding the same road every spring," Oskar Lindqvist, an engineer '
        "who has inspected the pass for the county since 2009, told AFP in Kiruna.",
        language="en",
    )
    assert speaker_of(result, "rebuilding the same road") == "Oskar Lindqvist"


def test_a_long_spanish_apposition_sits_between_name_and_tag() -> None:
    result = run(
        "«No podemos vender por debajo de coste», Remedios Pardo Ulloa, una ganadera que "
        "lleva treinta años al frente de la explotación familiar, explicó en Lugo.",
        language="es",
    )
    assert speaker_of(result, "vender por debajo") == "Remedios Pardo Ulloa"


def test_an_ordinal_before_a_source_noun_keeps_the_phrase_as_speaker() -> None:
    result = run(
        "Two people briefed on the bid said the offer had been raised twice.",
        '"The family will not go lower," the second source said.',
        language="en",
    )
    assert speaker_of(result, "will not go lower") == "second source"


def test_an_ordinal_before_a_role_noun_after_the_verb() -> None:
    result = run("«No habrá más prórrogas», afirmó el segundo portavoz.", language="es")
    assert speaker_of(result, "más prórrogas") == "segundo portavoz"


def test_it_said_takes_up_the_body_reporting_in_the_paragraph_before() -> None:
    result = run(
        "MANCHESTER, Dec 7 (Reuters) - Ticket sales fell for a third season.",
        "The orchestra said in a letter to subscribers that its hall needed a new roof "
        "and that a sponsor had pulled out.",
        '"Without this help, the spring season cannot go ahead," it said.',
        language="en",
    )
    assert speaker_of(result, "spring season") == "orchestra"


def test_it_said_never_takes_up_a_person_reporting_in_the_paragraph_before() -> None:
    result = run(
        "MANCHESTER, Dec 7 (Reuters) - Hallworth Trust cut its grants for a third season.",
        "Maria Feld said in a letter to subscribers that the hall needed a new roof.",
        '"Without this help, the spring season cannot go ahead," it said.',
        language="en",
    )
    assert speaker_of(result, "spring season") != "Maria Feld"
