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
