"""English speaker classes found on the gold_wire30 development batch, one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of


def test_a_question_then_an_inverted_tag_with_age_and_relative_clause_is_the_tag() -> None:
    """'"…?" said X, 61, who …': the lower-case verb after the closing mark opens no new
    sentence, so the clause after the apposition does not cut the tag."""
    result = run(
        "The harbour board said the pier would stay shut until March.",
        '"They saw the cracks last spring and did nothing. Who pays for that?" said '
        "Wendell Ashgrove, 64, who has moored his boat there since 1990.",
        '"Is that all they can say?" asked Petra Lindqvist, a ferry pilot who crosses twice '
        "a day.",
        language="en",
    )
    assert speaker_of(result, "Who pays for that?") == "Wendell Ashgrove"
    assert speaker_of(result, "all they can say") == "Petra Lindqvist"


def test_the_office_speaks_for_the_body_last_named_whatever_its_name() -> None:
    """"the office said" takes up the body named before it, though its name holds no
    "office" (an emergency management service, a prosecutor's department)."""
    result = run(
        "Marlow County Emergency Services said the flood water had fallen below the levee "
        'overnight. "Residents may return home from noon," the office said in a post.',
        language="en",
    )
    assert speaker_of(result, "Residents may return") == "Marlow County Emergency Services"


def test_an_indefinite_role_in_the_paragraph_brings_in_its_own_speaker() -> None:
    """"A ministry spokesman said …" then "the spokesman said": the unnamed one just
    introduced, not the party spokesman named two paragraphs up."""
    result = run(
        "The Green Party's transport spokesman, Oskar Villiers, said the fares rise "
        "was unfair.",
        "Commuter groups said they would protest outside the station on Monday.",
        "A Transport Ministry spokesman said the increase was the first in four years. "
        '"Fares still cover less than half of what the railways cost," the spokesman said.',
        language="en",
    )
    assert speaker_of(result, "less than half") == "Transport Ministry spokesman"


def test_a_name_apposed_to_the_opening_noun_phrase_is_the_subject_a_pronoun_takes_up() -> None:
    """"The baker's apprentice, Ilkin Dursun, carried …": the name is the sentence's subject, so
    a later "he" takes it up rather than a subject named two paragraphs before."""
    result = run(
        "Teodor Vasko has run the bakery on Mill Street since 1987.",
        "Orders doubled this winter. The baker's apprentice, Ilkin Dursun, carried the trays out "
        "to the van before dawn. The ovens never cooled.",
        '"We sold out by nine," he said.',
        language="en",
    )
    assert speaker_of(result, "sold out by nine") == "Ilkin Dursun"


def test_a_pronoun_opening_a_colon_paragraph_speaks_the_quotation_paragraph_after_it() -> None:
    """"She was blunt about the budget:" ¶ "…": no reporting verb, but the colon hands
    the next paragraph's quotation to the sentence's subject, a pronoun resolved as in
    '"…," she said'."""
    result = run(
        "The head teacher, Margit Sorensen, showed visitors the leaking roof on Monday.",
        "She was blunt about the repairs:",
        '"We have asked for this money four years running. Nobody answers."',
        language="en",
    )
    assert speaker_of(result, "four years running") == "Margit Sorensen"
