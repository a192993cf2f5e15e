"""Swapped words in a sentence restyled elsewhere too are a rewrite; ONE swapped word (even
beside listed rewordings), or swaps beside a changed figure, name, date, negation or pole,
are another claim (reader/across/restyled.py).
Sentences written for these tests, not taken from the labelled pairs."""

from __future__ import annotations

from reader.across import compare
from reader.across.decision import Assessment
from reader.across.normalise import tokens
from reader.across.restyled import MANY_SWAPS, Verdict, framing, reworded, settle, verdict
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text


def test_one_unlisted_swap_alone_is_another_claim() -> None:
    result = compare("The harbour authority will dredge the northern channel next spring, "
                     "officials said",
                     "The harbour authority will deepen the northern channel next spring, "
                     "officials said")
    assert (result.similarity, result.conflict) == (0.0, "word")


def test_one_unlisted_swap_beside_a_listed_rewording_stays_another_claim() -> None:
    """restyled.ALONE: one listed rewording ("bigger"/"larger") beside one unlisted swap is
    just what a look-alike written to say something else looks like."""
    result = compare("The harbour authority will dredge the northern channel next spring so "
                     "that bigger ships can dock, officials said",
                     "The harbour authority will deepen the northern channel next spring so "
                     "that larger ships can dock, officials said")
    assert (result.similarity, result.conflict) == (0.0, "word")
    assert compare("Officers questioned a bus driver after a crash on the ring road on Monday "
                   "evening",
                   "Police arrested a bus driver after a collision on the ring road on Monday "
                   "evening").conflict == "word"
    assert compare("The school sacked a teacher after complaints from parents about exam "
                   "marking",
                   "The school suspended a teacher after grievances from parents about exam "
                   "marking").conflict == "word"
    assert compare("Un vigilante resultó herido en un atraco a una joyería del centro de Córdoba",
                   "Un cliente resultó lesionado en un atraco a una joyería del centro de "
                   "Córdoba").conflict == "subject"
    assert compare("Los bomberos desalojaron un colegio junto al puerto por una fuga de gas",
                   "Los bomberos evacuaron un colegio junto al mercado por una fuga de gas"
                   ).conflict == "subject"


def test_two_unlisted_swaps_beside_a_listed_rewording_are_a_rewrite() -> None:
    assert compare("The harbour authority will dredge the northern channel next spring so "
                   "that bigger ships can dock, officials said",
                   "The harbour authority will deepen the northern channel next spring so "
                   "that larger ships can berth, officials said").similarity >= SAME
    assert compare("La empresa despidió a 300 trabajadores de la planta de Vigo, según el comité",
                   "La compañía echó a 300 empleados de la planta de Vigo, según el comité"
                   ).similarity >= SAME


def test_three_unlisted_swaps_are_a_restyled_sentence() -> None:
    a = ("The regional airline grounded the turboprops on Thursday after inspectors found "
         "cracked brackets in the landing gear of two ageing aircraft at Norwich")
    b = ("The regional airline parked the turboprops on Thursday after inspectors found "
         "fractured brackets in the landing gear of two elderly aircraft at Norwich")
    assert compare(a, b).similarity >= SAME


def test_restyling_never_softens_a_figure_a_date_a_name_or_a_negation() -> None:
    base = "La empresa despidió a 300 trabajadores de la planta de Vigo, según el comité"
    assert compare(base, "La compañía echó a 400 empleados de la planta de Vigo, según el "
                         "comité").conflict == "number"
    assert compare(base, "La compañía echó a 300 empleados de la planta de Lugo, según el "
                         "comité").conflict == "name"
    assert compare("La empresa no despidió a ningún trabajador de la planta de Vigo, según "
                   "el comité",
                   "La compañía despidió a varios empleados de la planta de Vigo, según el "
                   "comité").conflict == "negation"
    assert compare("El consistorio anunció el martes que talará cuarenta árboles de la plaza",
                   "El ayuntamiento anunció el jueves que podará cuarenta árboles de la plaza"
                   ).similarity == 0.0
    assert compare("Ticket sales at the stadium rose sharply this season, the club stated",
                   "Ticket sales at the stadium fell sharply this season, the club said"
                   ).conflict == "opposite"


def test_another_form_of_one_word_is_no_restyling() -> None:
    """A house spelling or an inflection beside a swapped word is not a word chosen anew:
    the swap stays another claim."""
    assert compare("The museum organised guided tours for retired miners in the valley",
                   "The museum organized guided tours for retired teachers in the valley"
                   ).similarity == 0.0
    assert compare("Los vecinos reclamaron más autobuses nocturnos para el barrio de Delicias",
                   "Los vecinos reclaman más tranvías nocturnos para el barrio de Delicias"
                   ).similarity == 0.0


def test_reworded_tells_a_word_chosen_anew_from_another_form() -> None:
    q, c = tokens("officials stated it"), tokens("officials said it")
    assert reworded(q, [1], c, [1])
    q, c = tokens("the organised tours"), tokens("the organized tours")
    assert not reworded(q, [1], c, [1])
    q, c = tokens("they reclamaron it"), tokens("they reclaman it")
    assert not reworded(q, [1], c, [1])
    q, c = tokens("the tours"), tokens("a tours")  # no content word on one side
    assert not reworded(q, [0], c, [0])


def test_settle_weighs_hard_soft_and_clean_changes() -> None:
    swap = Verdict(2.0, "word", False)
    clean = Verdict(0.5, "", True)
    form = Verdict(0.5, "", False)
    assert settle([swap], []) == (0.0, "word", "")
    # one swap never softens, whatever evidence stands beside it (restyled.ALONE)
    assert settle([Verdict(2.0, "word", True)], []) == (0.0, "word", "")
    assert settle([swap, clean], []) == (0.0, "word", "")
    assert settle([swap], [clean]) == (0.0, "word", "")
    assert settle([swap, swap, clean], []) == (4.0, "", "")
    assert settle([swap], [swap, clean]) == (4.0, "", "")
    assert settle([swap, swap, form], []) == (0.0, "word", "")
    assert settle([swap, swap, clean, Verdict(0.0, "number", True)], []) == (0.0, "word", "")
    assert settle([clean], [Verdict(0.0, "negation", False)]) == (0.0, "", "negation")
    many = [Verdict(2.0, "subject", False)] * MANY_SWAPS
    assert settle(many, []) == (2.0 * MANY_SWAPS, "", "")
    assert settle(many[:-1], []) == (0.0, "subject", "")
    # swaps count within a change, but one change alone is one other phrase
    assert settle([Verdict(2.0, "word", False, 2), Verdict(2.0, "word", False)], []
                  ) == (4.0, "", "")
    assert settle([Verdict(3.0, "subject", False, MANY_SWAPS)], []) == (0.0, "subject", "")


def test_a_reworded_reporting_frame_is_no_evidence_of_restyling() -> None:
    """Who said it is not what was said: "said"/"stated" or "aseguró que"/"afirmó que"
    beside a swapped word leaves the swap another claim."""
    assert compare("The parish council said it will repaint the war memorial before "
                   "Remembrance Sunday",
                   "The parish council stated it will relocate the war memorial before "
                   "Remembrance Sunday").similarity == 0.0
    assert compare("La directora aseguró que el colegio ampliará el comedor el próximo curso",
                   "La directora afirmó que el colegio cerrará el comedor el próximo curso"
                   ).similarity == 0.0
    assert compare("Nurses warned that the new rota exhausts staff on the night shifts",
                   "Nurses cautioned that the new rota pays staff on the night shifts"
                   ).similarity == 0.0
    # the claim reworded beside two swaps still is evidence
    assert compare("The parish council debated a plan to smarten up the war memorial in the "
                   "village square before Remembrance Sunday",
                   "The parish council discussed a plan to spruce up the war memorial in the "
                   "village plaza before Remembrance Sunday").similarity >= SAME


def test_framing_tells_the_reporting_frame() -> None:
    words = tokens("the minister warned that prices rise")
    assert framing(words, [2])  # a reporting word
    words = tokens("the minister hinted that prices rise")
    assert framing(words, [2])  # right before "that"
    words = tokens("the minister cut prices")
    assert not framing(words, [2])


def test_two_swaps_around_a_function_word_count_as_two() -> None:
    assert compare("La tormenta se formó de madrugada sobre el golfo y se desplazó con rapidez "
                   "hacia las comarcas del interior, según la Aemet",
                   "La borrasca se generó de madrugada sobre el golfo y se movió con rapidez "
                   "hacia las comarcas del interior, según la Aemet").similarity >= SAME


def test_a_pair_inside_a_change_is_evidence_only_apart_from_a_swapped_word() -> None:
    q = tokens("they quietly demolished the shed")
    c = tokens("they discreetly razed the shed")
    apart = Assessment(2.0, "word", frozenset({1}), frozenset({1}), 1, (2,), (2,))
    assert not verdict(apart, q, [1, 2], c, [1, 2]).content  # right beside: one phrase
    q = tokens("they quietly in the night demolished it")
    c = tokens("they discreetly in the night razed it")
    apart = Assessment(2.0, "word", frozenset({1}), frozenset({1}), 1, (5,), (5,))
    assert verdict(apart, q, [1, 5], c, [1, 5]).content
    # a subject swapped beside a paired verb stays a subject swapped: "arrested the DRIVER"
    # / "detained the PASSENGER" is another person
    subject = Assessment(2.0, "subject", frozenset({1}), frozenset({1}), 1, (5,), (5,))
    assert not verdict(subject, q, [1, 5], c, [1, 5]).content
    assert compare("Police arrested the driver as he tried to cross the border at Dover with "
                   "false papers",
                   "Police detained the passenger as he tried to cross the border at Dover "
                   "with false papers").similarity == 0.0


def test_a_phrase_merely_different_is_no_evidence_of_restyling() -> None:
    """Only words the rules pair as one meaning show a restyled copy: "enter" against
    "leave their cars outside" is other content, and the swap beside it stays a claim."""
    assert compare("The council will charge drivers £5 a day to enter the city centre from "
                   "June",
                   "The council will pay drivers £5 a day to leave their cars outside the city "
                   "centre from June").similarity == 0.0
