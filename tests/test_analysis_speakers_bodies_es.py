"""Speakers, session 21's Spanish round outside raya dialogue: bodies, sources and
relayed speech, each class tested on new text written for this file (not copied from
the gold)."""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

# --- the outlet that relays, named after its common noun -----------------------------


def test_the_outlet_after_a_relaying_participle_and_its_noun_is_no_speaker() -> None:
    result = run(
        "Fuentes de la naviera citadas por el diario Clarín negaron que la ruta "
        "\"haya dejado de ser rentable\". Directivos del puerto recogidos por la agencia "
        "Télam aseguraron que las grúas \"vuelven a funcionar\".",
        language="es",
    )
    assert speaker_of(result, "rentable") == "Fuentes de la naviera"
    assert speaker_of(result, "vuelven") == "Directivos del puerto"
