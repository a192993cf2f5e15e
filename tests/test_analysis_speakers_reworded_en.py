"""Speakers, session 21 English round: constructions that must hold when wire copy rewords
them (a trade no list holds, a name of an unlisted shape). Text written for these tests.
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

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
