"""English entity classes found on the gold_wire34 development batch, one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run


def test_a_list_with_a_known_town_lists_towns() -> None:
    """"at A, B, C, Brampton and D": a list closed by "and" whose first name is a place
    and which holds a known town lists places; the unknown names are towns too."""
    result = run(
        "Post offices at Kelthwaite, Ormsby Fell, Glasson, Brampton and Hethersgill "
        "will close in March.",
        language="en",
    )
    found = labels(result)
    assert [found[n] for n in ("Kelthwaite", "Glasson", "Hethersgill")] == ["LOC"] * 3


def test_a_name_joined_to_a_place_by_or_is_a_place() -> None:
    """"in New Brunswick or Nova Scotia", "in Taebaek and Pyeongchang": a name coordinated
    with a place, typed otherwise only by a guess, shares its type and its preposition."""
    result = run(
        "Rents rose faster than in Ontario or Nova Scotia last year.",
        "Frost hit orchards in Yeongju and Bonghwa overnight.",
        language="en",
    )
    found = labels(result)
    assert (found["Nova Scotia"], found["Bonghwa"]) == ("LOC", "LOC")


def test_a_person_placed_in_turn_after_and_stays_a_person() -> None:
    """"(Reporting by X in Warsaw and Y Z in Prague)": the name after "and" is placed in
    parallel with the first reporter, so it is a person, not a place joined to Warsaw."""
    result = run(
        "Output fell 3%.",
        "(Reporting by Halina Wrzosek in Warsaw and Ondrej Vltavsky in Prague)",
        language="en",
    )
    assert labels(result)["Ondrej Vltavsky"] == "PER"


def test_health_closing_a_name_makes_a_health_system() -> None:
    """"Maple Ridge Health warned …": "Health" closing a name is the trade of a hospital
    group or a public body, never a surname."""
    result = run(
        "Maple Ridge Health warned of delays. Nurses picketed outside Maple Ridge Health "
        "on Tuesday.",
        language="en",
    )
    assert labels(result)["Maple Ridge Health"] == "ORG"


def test_a_place_fused_to_a_participle_is_cut_from_the_name_after_it() -> None:
    """"Toronto-listed Arvane Gold", "the Malta-flagged Marisol Dawn": the place is a name
    of its own, cut from the participle and from the company or ship named after it."""
    result = run(
        "Toronto-listed Arvane Gold fell 6%, and the Malta-flagged Marisol Dawn was held.",
        language="en",
    )
    found = labels(result)
    assert (found["Toronto"], found["Malta"]) == ("LOC", "LOC")
    assert "Arvane Gold" in found and "Marisol Dawn" in found


def test_and_inside_a_ministrys_of_complement_stays_in_the_name() -> None:
    """"Ministry of Energy and Mineral Resources": a bare "and" after a field word inside a
    body's "of" complement pairs two fields of one ministry, not two names."""
    result = run(
        "Turkey's Ministry of Energy and Natural Resources raised gas tariffs on Friday.",
        language="en",
    )
    assert labels(result) == {
        "Turkey": "LOC",
        "Ministry of Energy and Natural Resources": "ORG",
    }


def test_a_name_after_a_market_listed_compound_is_a_company() -> None:
    """"Sydney-listed Bandanaira Resources": a place or market joined to "listed",
    "traded" or "quoted" right before a name says its shares trade; only a company is
    listed, whatever its name looks like."""
    result = run(
        "Shares of Toronto-listed Harlan Brooke fell 6%, while London-quoted Pelham Ashby rose.",
        language="en",
    )
    found = labels(result)
    assert (found["Harlan Brooke"], found["Pelham Ashby"], found["Toronto"]) == (
        "ORG",
        "ORG",
        "LOC",
    )


def test_a_party_adjective_before_its_members_is_misc() -> None:
    """"Liberal MLA X", "Progressive Conservative and Green members": a name made only of
    party words, right before a noun for the party's people (through a short list), is
    the party's adjective (MISC), not a place, a body or a person."""
    result = run(
        "Green councillor Maeve Doherty voted no.",
        "The motion carried with Liberal and Progressive Conservative members in favour and "
        "the Green caucus against.",
        language="en",
    )
    found = labels(result)
    assert [found[n] for n in ("Green", "Liberal", "Progressive Conservative")] == ["MISC"] * 3
    assert found["Maeve Doherty"] == "PER"


def test_a_royal_title_opening_a_place_name_is_part_of_the_place() -> None:
    """"Prince Edward Island", "King George Island": a royal title opening a run that
    closes with a place's last word names a place after a royal, not a title and its
    holder; "the Island" later is that place."""
    result = run(
        "Researchers sailed to King George Island on Monday.",
        "— Prince Edward Island fishermen said catches fell. Boats on the Island stayed in port.",
        language="en",
    )
    found = labels(result)
    assert [found[n] for n in ("King George Island", "Prince Edward Island", "Island")] == [
        "LOC"
    ] * 3


def test_a_royal_title_before_a_person_still_goes() -> None:
    """The royal-place reading needs a place word closing the run: "Prince Harry" and
    "Mayor Grace Park" keep their person."""
    found = labels(run("Prince Harry met Mayor Grace Park.", language="en"))
    assert (found["Harry"], found["Grace Park"]) == ("PER", "PER")


def test_field_words_then_a_country_name_a_public_body() -> None:
    """"Farm Credit Canada", "Export Development Canada": two or more field words, none a
    place, a demonym or a bearing, then a country name a crown company or agency serving
    that country, not a place."""
    result = run(
        "Mortgage lending slowed, according to Housing Finance Canada, while Western "
        "Australia and New Zealand held steady.",
        language="en",
    )
    found = labels(result)
    assert (found["Housing Finance Canada"], found["Western Australia"]) == ("ORG", "LOC")


def test_a_name_before_holiday_or_festival_is_a_feast() -> None:
    """"the Chuseok holiday", "the Diwali festival": a name right before a noun for a
    feast (holiday, festival, celebrations) is the feast (MISC), not a body or a person."""
    result = run(
        "Bus fares doubled ahead of the Songkran holiday, and hotels filled for Tihar "
        "celebrations in Kathmandu.",
        language="en",
    )
    found = labels(result)
    assert (found["Songkran"], found["Tihar"], found["Kathmandu"]) == ("MISC", "MISC", "LOC")


def test_cabinet_inside_a_job_title_is_part_of_the_title() -> None:
    """"Chief Cabinet Secretary X": "Cabinet" inside a capitalised job title is a word of
    the title, not a person; "the Cabinet Office" is still a body."""
    result = run(
        "Deputy Chief Cabinet Secretary Kenji Arakawa briefed reporters, and the Cabinet "
        "Office said more aid would follow.",
        language="en",
    )
    assert labels(result) == {"Kenji Arakawa": "PER", "Cabinet Office": "ORG"}


def test_pass_closing_a_name_makes_a_mountain_pass() -> None:
    """"Ma Pi Leng Pass", "Khyber Pass": "Pass" closing a name is a mountain road's
    place word, never a surname."""
    result = run(
        "A truck overturned on the Khau Pha Pass late on Sunday, police said.",
        language="en",
    )
    assert labels(result)["Khau Pha Pass"] == "LOC"


def test_an_ordinal_of_a_month_is_a_named_day() -> None:
    """"Fourth of July", "Fifth of November": a capitalised ordinal, "of" and a month name
    one holiday (MISC), not a body called "Fourth" and a skipped month."""
    result = run(
        "Fireworks sales peak before the Fourth of July, and again before the Fifth of "
        "November in Britain.",
        language="en",
    )
    found = labels(result)
    assert (found["Fourth of July"], found["Fifth of November"]) == ("MISC", "MISC")
