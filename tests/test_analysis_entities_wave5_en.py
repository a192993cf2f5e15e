"""Entities, wave-5 English round: organisations typed by the story's later context
(new text written for this round)."""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_a_company_first_named_in_full_is_typed_by_its_short_names_context() -> None:
    result = run(
        "Danish brewer Holmgaard agreed to buy Estonian rival Virumaa Pruulikoda for "
        "$400 million.",
        "The deal would give Virumaa shareholders 20% of the combined group. Trading in "
        "Virumaa stock was halted in Tallinn.",
        language="en",
    )
    found = labels(result)
    assert found.get("Virumaa Pruulikoda") == "ORG"
    assert found.get("Virumaa") == "ORG"


def test_a_person_whose_surname_opens_a_company_stays_a_person() -> None:
    result = run(
        "Analyst Maren Holt said the deal was fair.",
        "Holt Logistics shareholders approved it on Monday.",
        language="en",
    )
    assert labels(result).get("Maren Holt") == "PER"


def test_a_given_name_spelt_like_a_town_before_a_foreign_surname_is_a_person() -> None:
    result = run(
        "Lima Papadakis and her brother, Nikos, ran the bakery for 30 years. "
        '"We never closed, not even in the war," she said.',
        language="en",
    )
    found = labels(result)
    assert found.get("Lima Papadakis") == "PER"
    assert found.get("Nikos") == "PER"
    assert result.quotes[0].speaker is not None
    assert result.quotes[0].speaker.name == "Lima Papadakis"


def test_a_given_name_spelt_like_a_town_is_a_person_when_an_age_or_trade_follows() -> None:
    result = run(
        "Amara Okonjo, a tailor at the Makola market, said prices had doubled. "
        "Lima Adeyemi, 52, said the same.",
        language="en",
    )
    found = labels(result)
    assert found.get("Amara Okonjo") == "PER"
    assert found.get("Lima Adeyemi") == "PER"


# --- a wire's credit line -------------------------------------------------------------------


def test_a_credit_line_names_people_and_no_task() -> None:
    result = run(
        "Copper rose 2% on Friday.",
        "(Reporting by Tendai Mupfumira in Harare; Writing by Ilse Okonjo; "
        "Editing by Bram Oyelaran)",
        language="en",
    )
    found = labels(result)
    assert found.get("Tendai Mupfumira") == "PER"
    assert found.get("Ilse Okonjo") == "PER"
    assert found.get("Bram Oyelaran") == "PER"
    assert not {"Reporting", "Writing", "Editing"} & set(found)


def test_a_task_word_elsewhere_is_left_to_the_other_rules() -> None:
    result = run(
        "Ashby Editing Ltd said on Monday it had been bought by Norland Media.",
        language="en",
    )
    assert labels(result).get("Norland Media") == "ORG"


# --- a surname-shaped name after a place preposition is a person, not a place ----------


def test_a_patronymic_surname_after_outside_is_a_person_who_then_speaks() -> None:
    result = run(
        "Snow lay in drifts outside Ragna Eiriksdottir's bakery on Monday, and she swept "
        "the step before dawn.",
        '"We open at six whatever the weather," she said.',
        language="en",
    )
    assert labels(result)["Ragna Eiriksdottir"] == "PER"
    assert speaker_of(result, "whatever the weather") == "Ragna Eiriksdottir"


def test_a_port_named_with_puerto_stays_a_place() -> None:
    result = run(
        "The ferry was held near Puerto Ibansen for two days, the operator said.",
        language="en",
    )
    assert labels(result)["Puerto Ibansen"] == "LOC"


# --- a minister's portfolio before the title is part of the title, not a body ---------


def test_a_portfolio_word_before_minister_is_no_organisation() -> None:
    result = run(
        "The state agency TNK quoted Fisheries Minister Tavake Seumalo as saying the cut "
        'was "the only way to save the reef."',
        language="en",
    )
    found = labels(result)
    assert "Fisheries" not in found
    assert found["Tavake Seumalo"] == "PER"
    assert speaker_of(result, "save the reef") == "Tavake Seumalo"
