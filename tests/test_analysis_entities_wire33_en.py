"""English entity classes found on the gold_wire33 development batch, one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run


def test_a_known_given_name_closing_a_run_ends_a_patronymic_name() -> None:
    """"Zawadi Hamisi Ali", "Abdirahman Yusuf Omar": the father's given name comes last,
    so a known given name that closes the run is no second person."""
    result = run(
        "Zawadi Hamisi Ali sells dried octopus at the Darajani market.",
        "The stall is run by Abdirahman Yusuf Omar, who buys from fishers in Nungwi.",
        language="en",
    )
    assert labels(result)["Zawadi Hamisi Ali"] == "PER"
    assert labels(result)["Abdirahman Yusuf Omar"] == "PER"
    assert "Ali" not in labels(result) and "Omar" not in labels(result)


def test_a_division_of_a_government_is_one_organisation() -> None:
    """"Division" heads a public body as "Department" does: "the Ohio Division of
    Wildlife" is one organisation, not a body and a person."""
    result = run(
        "The Ohio Division of Wildlife closed the reservoir to anglers on Friday.",
        language="en",
    )
    assert labels(result) == {"Ohio Division of Wildlife": "ORG"}


def test_a_dateline_credit_in_brackets_is_the_agency() -> None:
    """"HANOI, May 4 (Bernama) --": the name in brackets between the date and the dash
    is the wire that filed the story, even one no list knows."""
    result = run(
        "HANOI, May 4 (Bernama) -- Rice exports rose in April, officials said.",
        language="en",
    )
    assert labels(result) == {"HANOI": "LOC", "Bernama": "ORG"}


def test_an_embassy_of_a_country_is_one_organisation() -> None:
    """"the Embassy of Peru in Madrid", "the Consulate of Ghana": a diplomatic mission
    named with its country is one body; the city it sits in is a place."""
    result = run(
        "The Embassy of Peru in Madrid issued new passports, and the Consulate of Ghana "
        "in Toronto closed for the day.",
        language="en",
    )
    assert labels(result) == {
        "Embassy of Peru": "ORG",
        "Madrid": "LOC",
        "Consulate of Ghana": "ORG",
        "Toronto": "LOC",
    }


def test_a_fuel_written_as_an_acronym_is_no_organisation() -> None:
    """"LNG", "LPG": liquefied gases are products written in capitals, not bodies."""
    result = run(
        "Spot LNG cargoes bound for Japan rose 4% on Monday, while LPG prices in India fell.",
        language="en",
    )
    assert labels(result) == {"Japan": "LOC", "India": "LOC"}


def test_an_irish_or_scottish_lake_word_opens_a_place() -> None:
    """"Lough Erne", "Loch Lomond": the Irish and Scottish words for a lake open a place
    name as "Lake" does, so an unknown name after them is no person."""
    result = run(
        "Anglers on Lough Derg and Loch Awe reported a poor season.",
        language="en",
    )
    assert labels(result) == {"Lough Derg": "LOC", "Loch Awe": "LOC"}


def test_and_before_one_field_word_and_a_head_pairs_two_fields_of_one_body() -> None:
    """"Horse Racing and Gaming Corporation", "Fisheries and Oceans Canada": a bare "and"
    before one field word and the body's head (or a country) pairs fields of one name;
    two bodies named in full stay two."""
    result = run(
        "The Vermont Lottery and Gaming Commission fined the operator $40,000.",
        "Staff at Fisheries and Oceans Canada counted fewer salmon this year.",
        "The Transport Ministry and Finance Ministry disagreed on the levy.",
        "Procter & Gamble and Unilever raised prices again in March.",
        language="en",
    )
    found = labels(result)
    assert found["Vermont Lottery and Gaming Commission"] == "ORG"
    assert found["Fisheries and Oceans Canada"] == "ORG"
    assert found["Transport Ministry"] == found["Finance Ministry"] == "ORG"
    assert "Procter & Gamble" in found and "Unilever" in found


def test_a_byline_credit_names_only_its_outlet() -> None:
    """"By X, PA Wales Correspondent": a run closed by a newsroom's job title is the
    outlet, its desk and the job; only the outlet is a name, typed as a body."""
    result = run(
        "By Gwenllian Ashcroft-Boateng, PA Scotland Health Correspondent",
        "Nurses in Dundee voted to strike over pay, the union said on Monday.",
        language="en",
    )
    found = labels(result)
    assert found["Gwenllian Ashcroft-Boateng"] == "PER"
    assert found["PA"] == "ORG"
    assert not any("Correspondent" in name for name in found), found


def test_a_sides_standing_opening_a_sentence_is_no_part_of_its_name() -> None:
    """"Hosts Switzerland play Finland": the standing of a side written before its name
    at a sentence's start is dropped; "Champions League" keeps its first word."""
    result = run(
        "Holders Norway face Denmark in Sunday's handball final in Oslo.",
        "Champions League holders Porto lost at home on Wednesday.",
        language="en",
    )
    found = labels(result)
    # the side itself, typed as a team in a result (the convention: national teams
    # in results are organisations)
    assert found["Norway"] == "ORG" and "Holders Norway" not in found
    assert found["Champions League"] == "MISC"


def test_a_peaks_own_mountain_word_makes_a_place() -> None:
    """"Himlung Himal", "Siachen Glacier": a landform's word closing a name makes a
    place, not a person with an unknown given name."""
    result = run(
        "Three trekkers were airlifted from Mera Kangri after a storm on Sunday.",
        "Sherpas fixed ropes below Dorje Himal the next morning.",
        language="en",
    )
    found = labels(result)
    assert found["Mera Kangri"] == "LOC"
    assert found["Dorje Himal"] == "LOC"


def test_a_numbered_road_is_one_place_with_its_number() -> None:
    """"Interstate 40", "U.S. Highway 67": a road word that a number completes names a
    place, number included, not a body or a person."""
    result = run(
        "A jackknifed truck closed Interstate 85 and U.S. Highway 29 near Gastonia for "
        "six hours on Friday.",
        language="en",
    )
    found = labels(result)
    assert found["Interstate 85"] == "LOC"
    assert found["U.S. Highway 29"] == "LOC"


def test_a_place_word_closing_a_name_wins_over_an_industry_word_inside() -> None:
    """"Memphis International Airport": the place's last word decides, though
    "International" often names a company; "Nordvang International" stays a company."""
    result = run(
        "Dozens of flights were grounded at Raleigh-Durham International Airport.",
        "Nordvang International said its tankers had sailed.",
        language="en",
    )
    found = labels(result)
    assert found["Raleigh-Durham International Airport"] == "LOC"
    assert found["Nordvang International"] == "ORG"


def test_an_ice_hockey_club_and_its_players_roles() -> None:
    """"HC Lugano defenceman X": "HC" opens a hockey club's name as "FC" opens a football
    club's, and the player's position after it is a team role."""
    result = run(
        "HC Lugano defenceman Matteo Ravasi-Kunz scored twice against Ambri on Saturday.",
        language="en",
    )
    found = labels(result)
    assert found["HC Lugano"] == "ORG"
    assert found["Matteo Ravasi-Kunz"] == "PER"


def test_a_trekking_outfits_trade_word_makes_a_company() -> None:
    """"Annapurna Summit Expeditions": a travel trade closing the name makes a company,
    not a person with an unknown given name."""
    result = run(
        "The climbers had booked through Dhaulagiri Base Treks, the agency's owner said.",
        language="en",
    )
    assert labels(result)["Dhaulagiri Base Treks"] == "ORG"
