"""English entity classes found on the gold_wire32 development batch, one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run


def test_a_contracted_first_person_pronoun_is_no_name() -> None:
    """"I've", "I'd", "I'll" are capitalised in mid-sentence as "I" is: a pronoun with its
    auxiliary, never an organisation."""
    result = run(
        '"It is the worst harvest I\'ve seen, and I\'d sell now," said Omar Fennick. '
        '"I’ll wait," said Lena Marsh.',
        language="en",
    )
    assert labels(result) == {"Omar Fennick": "PER", "Lena Marsh": "PER"}


def test_an_agency_sign_off_is_no_name() -> None:
    """"(END)" and "(MORE)" close or continue wire copy: capitalised codes, not bodies."""
    result = run(
        "Busan customs seized 40 kilograms of ivory at the port on Friday. (MORE)",
        "The shipment had been declared as furniture. (END)",
        language="en",
    )
    assert labels(result) == {"Busan": "LOC"}


def test_and_before_a_name_closed_by_a_legal_form_joins_two_companies() -> None:
    """'X and Y Co. were fined': a bare "and" before a company closed by "Co."/"Inc."
    lists two companies; a company's own conjunction is written "&"."""
    found = labels(
        run(
            "Brightline Fisheries and Donghae Cold Storage Co. were fined 900 million won. "
            "Shares of Harbin & Fulton Co. fell.",
            language="en",
        )
    )
    assert found.get("Brightline Fisheries") == "ORG", found
    assert found.get("Donghae Cold Storage Co.") == "ORG", found
    assert found.get("Harbin & Fulton Co.") == "ORG", found
    assert "Brightline Fisheries and Donghae Cold Storage Co." not in found


def test_a_union_local_keeps_its_number() -> None:
    """'X Union Local 52 says': a trade union's branch is named by its number, which is
    part of the name as in "FTSE 100"."""
    found = labels(
        run(
            "Valley Transit Workers Union Local 52 says the depot is short of drivers.",
            language="en",
        )
    )
    assert found.get("Valley Transit Workers Union Local 52") == "ORG", found


def test_an_occupation_opening_the_sentence_leaves_a_name_followed_by_its_employer() -> None:
    """'Ecologist X Y of the University of Z told …': the trade capitalised by the
    sentence start is no part of the name, whatever "of" phrase follows the name."""
    found = labels(
        run(
            "Ecologist Maren Holt-Obi of the University of Leeds told reporters the bog "
            "was drying. Hydrologist Pieter Vandermolen of the Dutch water board agreed.",
            language="en",
        )
    )
    assert found.get("Maren Holt-Obi") == "PER", found
    assert found.get("Pieter Vandermolen") == "PER", found
    assert "Ecologist Maren Holt-Obi" not in found


def test_and_between_two_field_keywords_stays_inside_one_body() -> None:
    """'the U.S. Securities and Exchange Commission': "and" pairs two fields before the
    body's head; two heads ("Transport Ministry and Finance Ministry") stay two bodies."""
    found = labels(
        run(
            "The lender told the U.S. Securities and Exchange Commission on Monday that it "
            "would restate its results. The Transport Ministry and Finance Ministry declined "
            "to comment.",
            language="en",
        )
    )
    assert found.get("U.S. Securities and Exchange Commission") == "ORG", found
    assert found.get("Transport Ministry") == "ORG", found
    assert found.get("Finance Ministry") == "ORG", found


def test_and_between_two_places_lists_two_places() -> None:
    """'demand in the United States and China': a place, "and", a place are two places,
    though "United" opens some bodies' names; a country named so stays whole."""
    found = labels(
        run(
            "Orders from the United States and Brazil slowed in May, while buyers in "
            "Trinidad and Tobago ordered more.",
            language="en",
        )
    )
    assert found.get("United States") == "LOC", found
    assert found.get("Brazil") == "LOC", found
    assert found.get("Trinidad and Tobago") == "LOC", found
    assert "United States and Brazil" not in found
