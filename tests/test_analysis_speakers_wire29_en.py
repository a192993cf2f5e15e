"""English speaker classes found on the gold_wire29 development batch, one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_a_transcript_of_name_colon_turns_gives_each_turn_to_the_person_named() -> None:
    result = run(
        "Senator Paula Ortiz questioned the company's chief executive, Mark Delaney, at a "
        "committee hearing on Tuesday.",
        ("heading", "Sen. Ortiz: When did you learn about the leak?"),
        "Delaney: On the Friday. Our engineers told me that evening.",
        "Sen. Ortiz: Why did the public hear about it 11 days later?",
        "Delaney: That was a mistake, and it was mine.",
        language="en",
    )
    assert speaker_of(result, "When did you learn") == "Paula Ortiz"
    assert speaker_of(result, "On the Friday") == "Mark Delaney"
    assert speaker_of(result, "11 days later") == "Paula Ortiz"
    assert speaker_of(result, "it was mine") == "Mark Delaney"
    turn = next(q for q in result.quotes if "On the Friday" in q.text)
    assert turn.text == "On the Friday. Our engineers told me that evening." and turn.is_speech


def test_a_lone_name_colon_line_is_no_transcript() -> None:
    result = run(
        "Voters in the ward backed Anna Kowal over Ben Price by 212 votes.",
        "Kowal: 1,904 votes. Price: 1,692 votes.",
        language="en",
    )
    assert result.quotes == ()


def test_a_shout_from_one_unnamed_person_is_said_by_that_noun_phrase() -> None:
    """Like '"…," said one dealer', the unnamed shouter is the speaker (issue 10); both
    languages alike ('—gritó una vecina' speaks as 'vecina' in the Spanish gold)."""
    result = run(
        "Transport minister Helen Rask met angry commuters at the station on Friday.",
        '"We pay for trains that never come!" one commuter yelled. "Resign!"',
        'As she left, a woman near the barrier shouted: "Shame on you!"',
        '"We are adding 40 carriages next year," Rask said.',
        '"Prices are too high," said a commuter from Leeds.',
        language="en",
    )
    assert speaker_of(result, "We pay for trains") == "commuter"
    assert speaker_of(result, "Resign!") == "commuter"
    assert speaker_of(result, "Shame on you") == "woman"
    assert speaker_of(result, "40 carriages") == "Helen Rask"
    assert speaker_of(result, "Prices are too high") == "commuter"


def test_a_lead_quotation_after_the_dateline_takes_the_speaker_the_next_paragraph_names() -> None:
    result = run(
        'CARDIFF (PA) - "We have run out of ways to make this budget add up."',
        "So said Welsh health secretary Owen Pritchard, hours before he announced 300 job cuts.",
        language="en",
    )
    assert speaker_of(result, "run out of ways") == "Owen Pritchard"


def test_a_name_in_apposition_to_an_age_used_as_a_noun_is_a_person() -> None:
    result = run(
        "Dana Whitfield said her 9-year-old, Kaydence, spotted the smoke first.",
        'Kaydence, sitting on the curb in borrowed boots, said she was not scared. "I just '
        'yelled really loud," she said.',
        language="en",
    )
    assert labels(result)["Kaydence"] == "PER"
    assert speaker_of(result, "yelled really loud") == "Kaydence"
