"""English entity classes found on the gold_wire30 development batch, one class per test.

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run


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
