"""English speaker classes found on the gold_wire32 development batch, one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of


def test_an_age_used_as_a_noun_after_the_verb_is_the_speaker_named_before() -> None:
    """'"…," said the 31-year-old, who …' and '"…," said the 58-year-old.': an age that
    ends the phrase after the verb is a person, not the last name in the paragraph."""
    result = run(
        "Mirela Kostova won the 400 metres in Sofia on Saturday. She trailed until "
        "Kostova passed Canadian sprinter Dana Whitcombe on the final bend.",
        '"I saved everything for the last hundred metres," said the 31-year-old, who '
        "trains in Plovdiv.",
        "Edwin Hale has kept bees on the ridge since 1988, when Hale bought the "
        "orchard from retired teacher Tom Pryce.",
        '"The hives were empty by June," said the 58-year-old.',
        language="en",
    )
    assert speaker_of(result, "the last hundred metres") == "Mirela Kostova"
    assert speaker_of(result, "empty by June") == "Edwin Hale"
