"""English entity classes found on the gold_wire30 development batch, one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_a_railway_or_railroad_name_is_one_organisation() -> None:
    """"Railway" and "Railroad" end a company's name as "Airways" does: the whole run,
    compass words and an ampersand included, is one organisation."""
    result = run(
        "A Dakota & Northern Railway freight train hit a truck near Bismarck on Friday.",
        "Freight moved on Coastal Pacific Railroad tracks while the line was closed.",
        language="en",
    )
    found = labels(result)
    assert found["Dakota & Northern Railway"] == "ORG"
    assert found["Coastal Pacific Railroad"] == "ORG"


def test_a_title_with_its_possessive_office_is_one_organisation() -> None:
    """"Attorney General's Office": the title is part of the body's name, not a title
    dropped before a person called "General's Office"."""
    result = run(
        "The Nevada Attorney General's Office opened an inquiry into the water board.",
        "The Inspector General's Office declined to comment on Thursday.",
        language="en",
    )
    found = labels(result)
    assert found["Nevada Attorney General's Office"] == "ORG"
    assert found["Inspector General's Office"] == "ORG"


def test_a_legislator_acronym_or_leader_before_a_name_is_a_title() -> None:
    """"Conservative MP Jane Roe", "NDP Leader X": the house's acronym or "Leader" is the
    person's title, no part of an organisation's name, and the person speaks."""
    result = run(
        "Labour MSP Catriona Vallance-Reid asked why the ferry was late again.",
        'UCP Leader Tobias Okonjo-Hart was sharper: "Islanders are tired of excuses."',
        language="en",
    )
    found = labels(result)
    assert found["Catriona Vallance-Reid"] == "PER"
    assert "MSP" not in " ".join(found)
    assert found["Tobias Okonjo-Hart"] == "PER"
    assert speaker_of(result, "tired of excuses") == "Tobias Okonjo-Hart"


def test_a_name_made_of_party_words_is_a_party() -> None:
    """"Progressive Conservatives", "Liberal Democrats": the vocabulary of party names
    makes a run of capitalised words an organisation, not a person (before a noun for
    its people, "Progressive Conservative members", it is the party's adjective: MISC)."""
    result = run(
        "The Progressive Conservatives walked out of the vote on Thursday.",
        "The Social Democrats and the Liberal Unionists abstained.",
        language="en",
    )
    found = labels(result)
    assert found["Progressive Conservatives"] == "ORG"
    assert found["Liberal Unionists"] == "ORG"
