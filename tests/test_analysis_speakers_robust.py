"""Speakers whose names no list knows: the name's shape and the words around it decide
(rewrites of ``benchmarks/perturb_speakers.py``, written here as new text). English lists
no particle of people's names (``person_particle_gaps``), so the compound-surname rules are
Spanish only."""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_a_job_noun_before_an_unknown_name_joined_by_de_types_a_person_es() -> None:
    result = run(
        "La demógrafa Xiadani Urrestarazu de Lekuona presentó ayer su informe en Teruel.",
        "—¿Se vacían los pueblos?",
        "—Solo los que no tienen tren —responde.",
    )
    assert labels(result)["Xiadani Urrestarazu de Lekuona"] == "PER"
    assert speaker_of(result, "Solo los que") == "Xiadani Urrestarazu de Lekuona"


def test_a_job_noun_before_an_unknown_name_joined_by_de_types_a_person_en() -> None:
    result = run(
        "The oceanographer Tamsin Okereke de Villiers led the survey off the coast.",
        "“The reef is recovering faster than we thought,” she said.",
    )
    assert labels(result)["Tamsin Okereke de Villiers"] == "PER"
    assert speaker_of(result, "reef is recovering") == "Tamsin Okereke de Villiers"
