"""The edges of the shared stretch (reader/across/compare.py): a negation right before it
on one side only, and an opening rewritten with another subject. Sentences written for
these tests, not taken from the labelled pairs."""

from __future__ import annotations

from reader.across import compare
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text


def test_a_negation_opening_one_text_only_turns_the_claim_round() -> None:
    result = compare("No hemos cerrado ningún acuerdo con las navieras para rebajar las tasas "
                     "del puerto de Vigo",
                     "Hemos cerrado ningún acuerdo con las navieras para rebajar las tasas del "
                     "puerto de Vigo")
    assert (result.similarity, result.conflict) == (0.0, "negation")
    result = compare("Never before have so many ferries been cancelled on the Solent in a "
                     "single week",
                     "Before have so many ferries been cancelled on the Solent in a single week")
    assert result.conflict == "negation"


def test_a_negation_in_both_openings_agrees() -> None:
    assert compare("Nunca se habían matriculado tantas motos eléctricas en un solo trimestre",
                   "Jamás se habían matriculado tantas motos eléctricas en un solo trimestre"
                   ).similarity >= SAME


def test_an_opening_with_another_subject_is_another_claim() -> None:
    """The opening is judged on its content words, not on the function words nearest the
    shared stretch ("que … en el")."""
    claim = (" del puerto de Gijón denunciaron que la falta de grúas obliga a cerrar uno de "
             "los dos muelles en las horas punta del verano")
    result = compare("Los vigilantes nocturnos" + claim,
                     "Los estibadores de las navieras que trabajan en el"
                     + claim.replace(" del ", " ", 1))
    assert result.similarity == 0.0


def test_a_name_far_out_in_the_opening_is_context() -> None:
    assert compare("El Gobierno chileno anunció que prohibirá las redes de arrastre en la "
                   "costa de Aysén mientras los científicos evalúan los daños",
                   "Chile prohibirá las redes de arrastre en la costa de Aysén mientras los "
                   "científicos evalúan los daños").similarity >= SAME


def test_a_hedge_in_a_clause_one_text_adds_is_a_comment_not_a_hedge() -> None:
    assert compare("The board will not approve the merger until every pension is protected, "
                   "and that might take months, the regulator told reporters in Leeds",
                   "The board will not approve the merger until every pension is protected, "
                   "the regulator told reporters in Leeds").similarity >= SAME
    # a hedge beside the shared claim still makes a possibility of it
    assert compare("The board will approve the merger this week, the regulator told reporters",
                   "The board might approve the merger this week, the regulator told reporters"
                   ).conflict == "hedge"


def test_a_figure_moved_with_its_clause_keeps_its_own_words() -> None:
    """A function word both texts have elsewhere ("in" of "one IN four" and of "in Leeds")
    stays part of the figure at the edge: a share written another way is one figure."""
    assert compare("Within five years, 25% of city buses in Leeds must run on hydrogen, the "
                   "transport authority said on Monday in a statement",
                   "The transport authority said on Monday in a statement that one in four "
                   "city buses in Leeds must run on hydrogen within five years"
                   ).similarity >= SAME
    assert compare("Within five years, 25% of city buses in Leeds must run on hydrogen, the "
                   "transport authority said on Monday in a statement",
                   "The transport authority said on Monday in a statement that one in three "
                   "city buses in Leeds must run on hydrogen within five years"
                   ).similarity == 0.0


def test_turned_figures_compares_the_figures_of_a_sentence_turned_round() -> None:
    from reader.across.normalise import tokens
    from reader.across.turned import turned_figures

    q = tokens("Este año el 30 % de los autobuses será eléctrico, dijo el alcalde ayer")
    same_share = tokens("dijo el alcalde ayer que tres de cada diez autobuses serán eléctricos")
    other = tokens("dijo el alcalde ayer que cuatro de cada diez autobuses serán eléctricos")
    # aligned on "dijo el alcalde ayer": the query's rest before it, the other's after it
    assert not turned_figures(q, same_share, (10, 14), (0, 4))
    assert turned_figures(q, other, (10, 14), (0, 4))
    # outside words on the same edge: the edge rules judge them, not this
    assert not turned_figures(q, other, (10, 14), (4, 8))


def test_a_name_swapped_for_a_content_word_is_another_party() -> None:
    """Rule 5b counts a name as one word of the claim: "la Fiscalía" / "la defensa"."""
    result = compare("La Fiscalía pide ocho años de cárcel para el constructor por estafa a "
                     "los compradores",
                     "La acusación pide ocho años de cárcel para el constructor por estafa a "
                     "los compradores")
    # a body after an article is a subject (bodies.py): rule 5 says so before rule 5b
    assert result.similarity == 0.0 and result.conflict in ("word", "subject")


def test_a_word_changed_at_either_edge_is_shown_in_the_diff() -> None:
    """A quotation whose last (or first) word was swapped is matched, and the diff shows
    the swap instead of passing it off as trimmed context (the "seen before" list and
    ``claimdesk seen`` draw these segments)."""
    from reader.across.diffs import changed_words, segments

    query = "Los pescadores de Burela no saldrán al mar hasta que se revise la cuota de la merluza"
    match = "Los pescadores de Burela no saldrán al mar hasta que se revise la cuota del bonito"
    result = compare(query, match)
    drawn = segments(query, match, 0, result.diff)
    assert ("de la merluza", "missing") in drawn
    assert changed_words(drawn) == ["del bonito"]

    query = "Our inspectors found the cooling pumps at the plant had been switched off"
    match = "Federal inspectors found the cooling pumps at the plant had been switched off"
    drawn = segments(query, match, 0, compare(query, match).diff)
    assert changed_words(drawn) == ["Federal"]
    assert ("Our", "missing") in drawn
    assert "".join(text for text, kind in drawn if kind != "missing") == match
