"""English speaker classes found on the gold_wire34 development batch, one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_the_object_of_an_outlet_quoting_is_a_person_not_the_outlet() -> None:
    """"The agency quoted X, deputy head of …, as saying": the organisation noun before
    the verb is the verb's subject, so the name after it is no apposition of it; the
    person is typed a person and a later "quoted him" takes that person up."""
    result = run(
        "The state news agency quoted Tran Quoc Hung, deputy director of the provincial "
        'health department, as saying the water was "safe to drink again".',
        'The agency quoted him as saying tests would continue "for another month".',
        language="en",
    )
    assert labels(result)["Tran Quoc Hung"] == "PER"
    assert speaker_of(result, "safe to drink") == "Tran Quoc Hung"
    assert speaker_of(result, "another month") == "Tran Quoc Hung"


def test_an_unnamed_person_apposed_after_a_quoting_verb_is_a_person() -> None:
    """"The daily X quoted a local fisherman, Y, as saying …": the apposition's noun phrase
    starts after the verb; the newspaper noun before the verb does not type the name."""
    result = run(
        "Another newspaper quoted a riverside resident, Doan Van Phuc, as saying the wave "
        "came without warning.",
        language="en",
    )
    assert labels(result)["Doan Van Phuc"] == "PER"


def test_she_was_quoted_as_saying_names_the_person_not_the_outlet() -> None:
    """'"…," she was quoted as saying': a passive verb of quoting makes its subject the one
    quoted; the pronoun takes up the person the outlet quoted in the sentence before."""
    result = run(
        "The newspaper Tien Phong quoted a shop owner, Pham Thi Lan, as saying the river rose in "
        'an hour. "We carried what we could up the stairs," she was quoted as saying.',
        language="en",
    )
    assert speaker_of(result, "carried what we could") == "Pham Thi Lan"


def test_a_definite_noun_takes_up_the_unnamed_subject_of_the_sentence_before() -> None:
    """"The son of one miner, reached by phone in Perth, said …" then '"…," the son said':
    the bare noun takes up the unnamed subject just before with the same head, not the
    person named further back (who, as a woman here, even agrees with "she")."""
    result = run(
        'Rescuer Maria Delgado-Reyes said the shaft was "stable for now".',
        "The son of one trapped miner, reached by phone in Perth, said his father had "
        'sent a message at dawn. "He wrote that the air was still good," the son said.',
        language="en",
    )
    assert speaker_of(result, "air was still good") == "son"
