"""Entity types in English and Spanish wire copy, third tuning round: one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run


def test_a_township_is_a_place_even_when_it_sues() -> None:
    found = labels(
        run(
            "Bellmore Township and Osprey Ridge Township sued the county on Friday, "
            "saying the new landfill would poison their wells.",
            language="en",
        )
    )
    assert found["Bellmore Township"] == "LOC"
    assert found["Osprey Ridge Township"] == "LOC"


def test_a_name_ending_in_plural_lakes_is_a_place() -> None:
    found = labels(
        run(
            "Barges carrying iron ore were stuck for a week on the Finger Lakes "
            "after an early freeze, shippers said.",
            language="en",
        )
    )
    assert found["Finger Lakes"] == "LOC"


def test_philippine_is_an_adjective_of_nationality() -> None:
    found = labels(
        run(
            "Philippine exporters asked Manila for help as the peso weakened, and "
            "Philippine bonds fell for a third day.",
            language="en",
        )
    )
    assert found["Philippine"] == "MISC"
