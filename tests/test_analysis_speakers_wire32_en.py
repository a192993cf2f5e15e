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


def test_a_capitalised_title_after_the_article_heads_the_phrase() -> None:
    """'"…," the Transport Secretary told Members of the Assembly. "…"': the capitalised
    role noun is the head (the person named before), so neither quotation goes to the
    body the minister spoke to."""
    result = run(
        "Transport Secretary Iona Pritchard-Vance announced the rail fare freeze on Tuesday.",
        '"Nobody should pay more to stand in a corridor," the Transport Secretary told '
        'Members of the Assembly. "Fares stay where they are until the trains run on time."',
        language="en",
    )
    assert speaker_of(result, "stand in a corridor") == "Iona Pritchard-Vance"
    assert speaker_of(result, "trains run on time") == "Iona Pritchard-Vance"


def test_a_place_of_two_words_before_based_keeps_the_anonymous_source() -> None:
    """'one New York-based trader said': a capitalised "-based" compound inside the phrase
    is an adjective of place, not a verb in "-ed" closing the phrase."""
    result = run(
        "Cocoa prices climbed for a third session in London on Thursday.",
        '"Nobody wants to sell ahead of the harvest data," one Hong Kong-based broker said. '
        '"Stocks are very thin."',
        '"Grinders are buying hand to mouth," said a San Francisco-based analyst.',
        language="en",
    )
    assert speaker_of(result, "ahead of the harvest") == "Hong Kong-based broker"
    assert speaker_of(result, "Stocks are very thin") == "Hong Kong-based broker"
    assert speaker_of(result, "hand to mouth") == "San Francisco-based analyst"


def test_a_party_acronym_then_a_parliamentary_role_then_the_name_after_the_verb() -> None:
    """'said NDP health critic X', 'said SNP MSP X': the party before the role only
    qualifies it; the person named after the role is the speaker."""
    result = run(
        "The province tabled its budget on Thursday.",
        '"Rural clinics get nothing from this," said NDP health critic Sarah Okonkwo-Lind.',
        '"The ferries are late again," said SNP MSP Fiona Baird-Ncube.',
        language="en",
    )
    assert speaker_of(result, "Rural clinics") == "Sarah Okonkwo-Lind"
    assert speaker_of(result, "ferries are late") == "Fiona Baird-Ncube"


def test_a_name_after_a_party_possessive_is_the_speaker_not_the_party() -> None:
    """"Plaid Cymru's X MS welcomed …: "…"": the person the party's possessive claims
    opens the clause that speaks, even when the party name was typed a person."""
    result = run(
        "Ministers published the school transport review on Monday.",
        "Plaid Cymru's Rhian Pryce-Adeyemi MS welcomed the review but was cautious: "
        '"It is a start, not a solution for children in the valleys."',
        "Sinn Fein's Declan Mallon MLA went further: \"We will hold them to every word.\"",
        language="en",
    )
    assert speaker_of(result, "It is a start") == "Rhian Pryce-Adeyemi"
    assert speaker_of(result, "hold them to every word") == "Declan Mallon"


def test_an_english_company_speaks_with_its_legal_form() -> None:
    """'Northgate Waste Services Ltd. said …': English wire copy names the company with
    its "Ltd."/"Inc." (the fullest name known), unlike Spanish copy dropping "S.A."."""
    result = run(
        "The council cut the bin collection contract by a third in January.",
        'Northgate Waste Services Ltd. said in a statement that crews were "working '
        'every hour the contract allows."',
        'Bellmont Freight Inc. told staff that "no depot will close this year."',
        language="en",
    )
    assert speaker_of(result, "every hour") == "Northgate Waste Services Ltd."
    assert speaker_of(result, "no depot will close") == "Bellmont Freight Inc."


def test_a_body_noun_ending_a_name_does_not_introduce_the_next_company() -> None:
    """"X Workers Union says Y Ltd. …" then '"…," the union says': "Union" ends the
    union's own name and introduces nothing; "the union" is the union, not Y."""
    result = run(
        "Bus services in the valley were cut again on Monday.",
        "Valley Transit Workers Union says Carrow Coaches Ltd. ran nine buses a day in March.",
        '"Buses do not run themselves. Drivers do," the union says in a statement.',
        language="en",
    )
    assert speaker_of(result, "Buses do not run") == "Valley Transit Workers Union"


def test_a_document_announced_in_the_paragraph_before_speaks_for_its_filer() -> None:
    """"In a filing with the regulator …, the company said …" then, a paragraph on, '
    "The filing said "…"': the filer (the company) speaks, not the body filed with."""
    result = run(
        "Brackenridge Mutual cut its dividend on Tuesday.",
        "In a filing with the Nevada Gaming Control Board late on Monday, the company "
        "said it would miss its first-quarter forecast.",
        'The filing said "claims from the February storms ran well above our reserves."',
        language="en",
    )
    assert speaker_of(result, "claims from the February") == "Brackenridge Mutual"
