"""Pathological runs stay bounded (hostile input): a connector chain, a run of title words,
a phrase repeated thousands of times. ``benchmarks/hostile_scaling.py`` measures that the time
stays linear; these tests pin the behaviour that makes it so, without timing anything."""

from __future__ import annotations

from test_analysis_helpers import run


def test_a_connector_chain_is_cut_into_names_of_bounded_length() -> None:
    result = run("Fuentes de " * 200 + "dijeron algo.", language="es")
    capitalised = [sum(w[0].isupper() for w in e.text.split()) for e in result.entities]
    assert capitalised and max(capitalised) <= 16


def test_a_long_run_of_title_words_still_finds_the_name_after_a_short_title() -> None:
    result = run("U.S. " * 300 + "Judge Helen Marsh said the law was clear.", language="en")
    assert result.entities  # analysed to the end, not abandoned
    assert any(e.text.endswith("Marsh") for e in result.entities)


def test_quoted_titles_among_many_quotations_keep_entities_outside_them() -> None:
    body = '"Yes," said Smith of Acme. ' * 300 + 'The novel "Dark Harbour" by Ana Ruiz sold well.'
    result = run(body, language="en")
    texts = {e.text for e in result.entities}
    assert "Ana Ruiz" in texts
    assert not any(e.text == "Dark" or e.text == "Harbour" for e in result.entities)
