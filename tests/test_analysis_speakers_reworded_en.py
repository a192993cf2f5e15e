"""Speakers, session 21 English round: constructions that must hold when wire copy rewords
them (a trade no list holds, a name of an unlisted shape). Text written for these tests.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of

# --- "said <body> <job noun> <Name>": the job noun need not be listed -----------------------


def test_said_a_body_an_unlisted_trade_then_a_name_speaks_for_the_name() -> None:
    result = run(
        "Soybean futures fell for a third day. \"Nobody wants to hold cargoes into the "
        'holiday," said Rabobank broker Imogen Tressider.',
        language="en",
    )
    assert speaker_of(result, "holiday") == "Imogen Tressider"


def test_said_a_body_two_words_of_trade_then_a_name_speaks_for_the_name() -> None:
    result = run(
        '"The curve is telling you a cut is coming," said Nordbank rates forecaster '
        "Piet Vandermeulen.",
        language="en",
    )
    assert speaker_of(result, "curve") == "Piet Vandermeulen"


# --- a name with "de" is a person's when "who" or an age follows it -------------------------


def test_a_name_with_de_then_who_is_a_person_and_speaks() -> None:
    result = run(
        "Tadeusz de Vries, who keeps bees outside Ghent, said he had lost half his hives. "
        '"The winter simply never came," he told local radio.',
        language="en",
    )
    assert labels(result)["Tadeusz de Vries"] == "PER"
    assert speaker_of(result, "never came") == "Tadeusz de Vries"


def test_a_name_with_de_then_an_age_is_a_person() -> None:
    result = run('Wojtek Puig de la Serra, 61, said: "We rebuilt it once and we will again."')
    assert labels(result)["Wojtek Puig de la Serra"] == "PER"
    assert speaker_of(result, "rebuilt") == "Wojtek Puig de la Serra"


def test_an_opening_trade_noun_is_no_part_of_a_name_with_particles() -> None:
    result = run(
        "Volunteer Wojtek Ruiz de la Vega, 70, said the pantry would reopen. "
        '"We have never closed for a storm," Ruiz de la Vega said.',
        language="en",
    )
    assert speaker_of(result, "never closed") == "Wojtek Ruiz de la Vega"


# --- a name inside a gerund's aside is its object, not the subject ---------------------------


def test_a_name_after_a_gerund_in_an_aside_is_no_speaker() -> None:
    result = run(
        "Lena Ortiz, representing Dale Pruett, said the sentence was \"far too harsh.\"",
        language="en",
    )
    assert speaker_of(result, "far too harsh") == "Lena Ortiz"


def test_a_name_after_a_gerund_in_an_aside_is_no_speaker_of_the_next_quote() -> None:
    result = run(
        "Marcus Webb, replacing Jo Tandy at short notice, told the conference: "
        '"We are ready for this."',
        language="en",
    )
    assert speaker_of(result, "ready for this") == "Marcus Webb"
