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


# --- the one spoken to, after a role noun that refers back ---------------------------


def test_the_addressee_after_a_role_noun_is_not_part_of_the_speaker() -> None:
    result = run(
        "La presidenta de la cofradía, Maite Urrestarazu Beloki, aseguró que la flota "
        "\"no saldrá a faenar\" hasta el lunes. \"Nos están dejando solos\", dijo la "
        "dirigente a Europa Press en el muelle.",
        language="es",
    )
    assert speaker_of(result, "dejando solos") == "Maite Urrestarazu Beloki"
