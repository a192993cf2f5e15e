"""A claim turned passive (reader/across/moved.py, roles.py): the doer and the done-to
crossing the verb with "by"/"por" is the same claim; "by" put before the same word in the
same place reverses the roles. Sentences written for these tests."""

from __future__ import annotations

from reader.across import compare
from reader.across.normalise import tokens
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text
ACTIVE = "Coastguards have rescued four kayakers off the cliffs at Flamborough on Sunday"


def test_a_passive_that_moves_the_doer_is_the_same_claim() -> None:
    assert compare(ACTIVE, "Four kayakers have been rescued by coastguards off the cliffs "
                           "at Flamborough on Sunday").similarity >= SAME


def test_the_doer_swapped_without_a_passive_is_another_claim() -> None:
    assert compare(ACTIVE, "Four kayakers have rescued coastguards off the cliffs at "
                           "Flamborough on Sunday").similarity == 0.0
    assert compare(ACTIVE, "Four kayakers have been rescued by fishermen off the cliffs at "
                           "Flamborough on Sunday").similarity == 0.0


def test_by_before_the_same_word_in_the_same_place_reverses_the_roles() -> None:
    result = compare(ACTIVE, "Coastguards have been rescued by four kayakers off the cliffs "
                             "at Flamborough on Sunday")
    assert (result.similarity, result.conflict) == (0.0, "roles")
    result = compare("La Ertzaintza detuvo a dos jóvenes por los destrozos en el puerto de "
                     "Bermeo",
                     "La Ertzaintza fue atacada por dos jóvenes por los destrozos en el puerto "
                     "de Bermeo")
    assert result.similarity == 0.0
    result = compare("La Ertzaintza detuvo a dos jóvenes por los destrozos en el puerto de "
                     "Bermeo",
                     "La Ertzaintza fue detenida por dos jóvenes por los destrozos en el puerto "
                     "de Bermeo")
    assert (result.similarity, result.conflict) == (0.0, "roles")


def test_a_preposition_changed_before_the_same_body_keeps_the_claim() -> None:
    assert compare("The housing bill was passed in parliament on Tuesday after a long debate",
                   "The housing bill was passed by parliament on Tuesday after a long debate"
                   ).similarity >= SAME


def test_a_participle_agreeing_with_its_new_subject_still_moved() -> None:
    """moved.outside_forms: "ha desalojado" / "han sido desalojados" around a sentence
    turned round is one verb moved, not a verb dropped and another added."""
    assert compare("Los Mossos han desalojado a 60 vecinos de un bloque de pisos en riesgo de "
                   "derrumbe en el barrio del Carmel",
                   "Un total de 60 vecinos de un bloque de pisos en riesgo de derrumbe en el "
                   "barrio del Carmel han sido desalojados por los Mossos").similarity >= SAME


def test_a_verb_moved_into_the_stretch_agrees_with_its_new_subject() -> None:
    """Session 19 (wave 3): the verb of the active sentence lies outside the shared
    stretch, its participle inside the passive one ("desalojó" / "fue desalojada"):
    one verb moved (``moved.inner_forms``), not a word dropped and another added."""
    active = "La Ertzaintza desalojó la sede del sindicato tras un aviso de bomba por la tarde"
    passive = ("La sede del sindicato fue desalojada por la Ertzaintza tras un aviso de bomba "
               "por la tarde")
    assert compare(active, passive).similarity >= SAME
    assert compare(passive, active).similarity >= SAME
    assert compare("Parliament rejected the water bill after a stormy debate on Monday",
                   "The water bill was rejected by Parliament after a stormy debate on "
                   "Monday").similarity >= SAME
    # another verb in the passive is still no match
    assert compare(active, "La sede del sindicato fue registrada por la Ertzaintza tras un "
                           "aviso de bomba por la tarde").similarity < SAME


def test_a_passive_turn_with_another_doer_or_the_other_pole_is_another_claim() -> None:
    """Session 19 (wave 3): the active text's subject and verb lie before the shared
    stretch; the passive's agent and participle must still be theirs (passive_turn.py)."""
    active = "The council approved the plan to turn the old cinema on Mill Street into flats"
    assert compare(active, "The plan to turn the old cinema on Mill Street into flats was "
                           "approved by the council").similarity >= SAME
    assert compare(active, "The plan to turn the old cinema on Mill Street into flats was "
                           "rejected by the council").similarity == 0.0
    assert compare(active, "The plan to turn the old cinema on Mill Street into flats was "
                           "approved by the developers").similarity == 0.0
    es = "El Senado aprobó ayer la ley de costas que amplía la protección de las marismas"
    assert compare(es, "La ley de costas que amplía la protección de las marismas fue "
                       "aprobada ayer por el Senado").similarity >= SAME
    assert compare(es, "La ley de costas que amplía la protección de las marismas fue "
                       "aprobada ayer por el Parlamento Europeo").similarity == 0.0
    # a doer named again by a family word or a generic noun is the same doer
    assert compare("Police arrested the driver of the lorry after the crash on the M62",
                   "The driver of the lorry was arrested by officers after the crash on "
                   "the M62").similarity >= SAME


def test_by_before_an_amount_names_no_doer() -> None:
    """"fell BY 8%" / "dropped 8 per cent": the marker before a figure that is an amount
    is no passive (roles.passive_in_place); "by three teenagers" still counts doers."""
    assert compare("Exports of cava fell by 8% in the first quarter, customs data showed",
                   "Exports of cava dropped 8 per cent in the first quarter, customs data "
                   "showed").similarity >= SAME
    assert compare("Unemployment fell by 30,000 in March, the ministry said",
                   "Unemployment dropped 30,000 in March, the ministry said").similarity >= SAME
    result = compare("Police arrested three teenagers in Hull on Sunday",
                     "Police were arrested by three teenagers in Hull on Sunday")
    assert (result.similarity, result.conflict) == (0.0, "roles")


def test_a_noun_phrase_reordered_around_a_noun_is_no_role_swap() -> None:
    """"prices OF houses in London" / "London house prices": the word between sits after
    a preposition, a noun, no verb with two roles (roles._in_noun_phrase)."""
    assert compare("Prices of flats in Valencia rose by 9% in the year to June",
                   "Valencia flat prices rose by 9% in the year to June").similarity >= SAME
    assert compare("Spain beat Portugal in the final in Lisbon on Sunday",
                   "Portugal beat Spain in the final in Lisbon on Sunday").conflict == "roles"
    # an infinitive after "a" is a verb: its two roles still swap
    assert compare("La jueza obligó a la constructora a indemnizar al ayuntamiento con 9.000 "
                   "euros",
                   "La jueza obligó al ayuntamiento a indemnizar a la constructora con 9.000 "
                   "euros").conflict == "roles"


def test_a_passive_agent_is_the_first_noun_phrase_after_the_marker() -> None:
    """"por un rayo la noche del sábado y el PARQUE": the agent is "rayo", not what the
    run says after it (passive_turn._agent)."""
    from reader.across.normalise import tokens
    from reader.across.passive_turn import _agent

    words = tokens("murieron por un rayo la noche del sábado y el parque")
    assert [words[i].form for i in _agent(words, list(range(2, len(words))),
                                         frozenset())] == ["rayo"]
    words = tokens("fue aprobada por el Parlamento Europeo ayer")
    assert [words[i].form for i in _agent(words, list(range(3, len(words))),
                                         frozenset())] == ["parlamento", "europeo"]


def test_a_word_moved_between_runs_is_not_moved_again_across_the_edge() -> None:
    """A cause made the subject and turned passive, with a clause moved to the end: a word
    already moved from one changed run to another is not popped again when the passive
    run crosses the edge (it raised KeyError: no lookup may fail on a rewrite)."""
    a = ("La niebla obligó el lunes a cerrar el último tramo de la autovía del Cantábrico en "
         "Llanes, según informó la Diputación, que reabrió la carretera a mediodía")
    b = ("El último tramo de la autovía del Cantábrico en Llanes fue cerrado el lunes por la "
         "niebla y la carretera se reabrió a mediodía, informó la Diputación")
    for one, other in ((a, b), (b, a)):
        assert 0.5 < compare(one, other).similarity <= 1.0


def test_a_passive_turn_with_a_verb_of_another_known_sense_is_another_claim() -> None:
    """"Firefighters EVACUATED a care home" / "a care home was SEARCHED by firefighters":
    each verb is in a sense family of the lexicon and no family holds both, so the turn
    carries another action (passive_turn._senses_differ); a verb of the same family, an
    unlisted verb or a phrasal verb ("was brought DOWN by") stays a rewrite's cost."""
    active = ("Firefighters evacuated a care home in Exeter on Monday night after smoke was "
              "seen in a laundry room, the fire service said")
    other = ("A care home in Exeter was searched by firefighters on Monday night after smoke "
             "was seen in a laundry room, the fire service said")
    same = other.replace("searched", "cleared")
    for one, two in ((active, other), (other, active)):
        assert compare(one, two).conflict == "word"
    assert compare(active, same).similarity >= SAME
    a = ("Los bomberos desalojaron una residencia de ancianos en Cáceres el lunes por la noche "
         "tras detectar humo en la lavandería")
    b = ("Una residencia de ancianos en Cáceres fue registrada por los bomberos el lunes por "
         "la noche tras detectar humo en la lavandería")
    assert compare(a, b).conflict == "word"
    assert compare(a, b.replace("registrada", "desalojada")).similarity >= SAME


def test_a_cause_made_the_subject_of_an_obligation_is_the_same_claim() -> None:
    """"La sequía ha OBLIGADO a la comarca a restringir …" / "la comarca ha TENIDO QUE
    restringir … por la sequía": "tener" before "que" is an auxiliary, as "had to" is
    (auxiliaries.txt); before anything else it stays the claim's verb."""
    a = ("La sequía ha obligado a la comunidad de regantes del Segura a restringir el riego a "
         "dos días por semana desde el lunes, según anunció su presidente")
    b = ("El presidente de la comunidad de regantes del Segura anunció que la comunidad ha "
         "tenido que restringir el riego a dos días por semana desde el lunes por la sequía")
    assert compare(a, b).similarity >= SAME
    assert compare(a, b.replace("restringir", "ampliar")).similarity < SAME
    words = tokens("El club tiene 40.000 socios y tuvo que vender su estadio")
    assert [t.key for t in words if t.norm in ("tiene", "tuvo")] == ["", "function"]
    assert compare("El club tiene 40.000 socios", "El club perdió 40.000 socios"
                   ).similarity < SAME
