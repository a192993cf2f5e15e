"""English speaker classes found on the gold_wire33 development batch, one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of


def test_a_comparative_before_a_thing_noun_is_no_person_for_a_pronoun() -> None:
    """"…, a cheaper model that …": "cheaper" ends like "farmer", but an adjective stands
    before its noun, so the phrase is a thing and "she" keeps the woman named before."""
    result = run(
        "Grace Wanjiku Otieno has driven a taxi in Kisumu since 2009.",
        '"The road eats the tyres," she says.',
        "Most drivers now buy a Toyota Vitz, a cheaper model that burns less fuel.",
        '"I earn the same and spend less," she says.',
        language="en",
    )
    assert speaker_of(result, "spend less") == "Grace Wanjiku Otieno"


def test_a_title_written_after_the_name_leaves_the_person_as_speaker() -> None:
    """"argued the party's Jane Roe MSP": British and Irish members carry their title
    after the name; the person, not the whole phrase, is the speaker."""
    result = run(
        "The Greens abstained on the ferry contract.",
        '"Islanders have waited eleven years for this boat," said the party\'s '
        "Douglas Henderson MSP. He called the delay a scandal.",
        language="en",
    )
    assert speaker_of(result, "eleven years") == "Douglas Henderson"


def test_an_outlet_quoting_him_relays_the_person_named_before() -> None:
    """"The agency quoted him as saying "…"": the object pronoun takes up the person the
    outlet quoted before; the outlet only relays the words."""
    result = run(
        "The state broadcaster quoted Dawit Bekele, a regional health official, as saying "
        'the clinics had run out of vaccine "by the middle of the week".',
        'The broadcaster quoted him as saying new supplies were expected "within ten days".',
        language="en",
    )
    assert speaker_of(result, "middle of the week") == "Dawit Bekele"
    assert speaker_of(result, "within ten days") == "Dawit Bekele"


def test_a_role_noun_skips_the_possessor_in_another_persons_action() -> None:
    """"X volleyed past the outstretched arm of Danish keeper Y": the keeper named there
    owns what X acts on; "the keeper said" takes up the keeper introduced as a subject."""
    result = run(
        "Norway won 1-0 after keeper Ingrid Solvang-Moe saved a late penalty in Bergen.",
        "Tuva Lindqvist-Haugen volleyed past the outstretched arm of Danish keeper "
        "Mette Skovgaard-Rasmussen in the 71st minute.",
        '"I guessed right and it paid off," the keeper said afterwards.',
        language="en",
    )
    assert speaker_of(result, "I guessed right") == "Ingrid Solvang-Moe"


def test_the_words_a_sign_bears_are_no_ones_speech() -> None:
    """'A placard … read "…"': the text an object bears, given by a verb of reading, is no
    reported speech, has no speaker and names no work; a statement that "read" still
    speaks for its author (not an object bearing words)."""
    result = run(
        'Dozens of nurses marched to the town hall. A placard carried at the front read '
        '"Safe staffing, safe patients".',
        language="en",
    )
    quote = next(q for q in result.quotes if "Safe staffing" in q.text)
    assert (quote.is_speech, quote.speaker) == (False, None)
    assert "Safe staffing, safe patients" not in {e.text for e in result.entities}
