"""Speakers, wave-5 English generalisation round: classes of construction found on new
wire-style text written for this round (not copied from the gold files).
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

# --- a second voice opened by a contrast right after a quotation's closing mark --------


def test_but_after_a_quotation_opens_another_persons_clause() -> None:
    result = run(
        'Referee assessor Hanne Brock said the penalty was "clearly justified," but the '
        "visiting captain Oskar Lindahl complained about a \"soft decision.\"",
        language="en",
    )
    assert speaker_of(result, "clearly justified") == "Hanne Brock"


def test_while_after_a_closing_comma_gives_the_next_quotation_to_its_own_subject() -> None:
    result = run(
        "Marit Solberg, who runs the fishermen's cooperative, said quotas were "
        '"a slow death," while the ministry\'s adviser, Colm Reddy, said that without them '
        '"there will be no cod left to argue over."',
        language="en",
    )
    assert speaker_of(result, "slow death") == "Marit Solberg"
    assert speaker_of(result, "no cod left") == "Colm Reddy"


# --- a name inside a possessive relative clause is never the main verb's subject -------


def test_a_name_in_a_whose_clause_does_not_speak_for_the_company() -> None:
    result = run(
        "Brackwater Shipping, whose founder Elias Brandvold stepped down in June, said in a "
        'filing on Thursday that the fleet was "fully insured."',
        language="en",
    )
    assert speaker_of(result, "fully insured") in ("Brackwater Shipping",)


def test_a_name_in_a_cuyo_clause_does_not_speak_for_the_body() -> None:
    result = run(
        "La cooperativa Frutas del Tiétar, cuyo presidente Anselmo Crespo dimitió en "
        "marzo, aseguró ayer que la cosecha está «perdida».",
        language="es",
    )
    assert speaker_of(result, "perdida") != "Anselmo Crespo"


# --- a document with a long aside still speaks ------------------------------------------


def test_a_lawsuit_with_a_long_participial_aside_is_the_speaker() -> None:
    result = run(
        "The complaint, lodged on Friday at the district court in Tulsa on behalf of a "
        "retired teacher, Noreen Ashdown, says the insurer acted in \"plain bad faith\" "
        "when it rejected her claim.",
        language="en",
    )
    speaker = speaker_of(result, "plain bad faith") or ""
    assert speaker.removeprefix("The ").lower() == "complaint"
