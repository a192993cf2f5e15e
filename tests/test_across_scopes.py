"""Rule 2b (reader/across/scopes.py, scope_words.txt): another scope ("only"/"also") or
direction ("into"/"out of") is another claim, however the rest is reworded; one position
written two ways is a rewrite. Sentences written for these tests, not taken from the pairs."""

from __future__ import annotations

from reader.across import compare
from reader.across.normalise import tokens
from reader.across.scopes import scale_of, scope_conflict
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text


def test_only_against_also_is_another_scope() -> None:
    result = compare("The ferry company will also cut sailings to the islands in winter, its "
                     "director said",
                     "The ferry operator will only cut sailings to the islands in winter, its "
                     "director said")
    assert (result.similarity, result.conflict) == (0.0, "scope")
    assert compare("Los técnicos revisaron únicamente los comedores de los colegios públicos "
                   "de la ciudad",
                   "Los técnicos revisaron también los comedores de los colegios públicos de "
                   "la ciudad").conflict == "scope"
    assert compare("La sequía afecta sobre todo a los pequeños agricultores del interior de "
                   "la provincia",
                   "La sequía perjudica incluso a los pequeños agricultores del interior de la "
                   "provincia").conflict == "scope"


def test_one_scope_written_two_ways_is_a_rewrite() -> None:
    assert compare("Los técnicos revisaron únicamente los comedores de los colegios públicos "
                   "de la ciudad",
                   "Los técnicos revisaron solamente los comedores de los colegios públicos de "
                   "la ciudad").similarity >= SAME
    assert compare("The grant is open solely to charities registered in Wales, the fund said",
                   "The grant is open exclusively to charities registered in Wales, the fund "
                   "said").similarity >= SAME


def test_towards_against_from_is_another_direction() -> None:
    result = compare("Hundreds of families fled towards the coast as the fighting spread, the "
                     "agency reported",
                     "Hundreds of families escaped from the coast as the fighting spread, the "
                     "agency reported")
    assert (result.similarity, result.conflict) == (0.0, "direction")
    assert compare("Cientos de camiones circulaban hacia la frontera francesa durante la "
                   "protesta",
                   "Cientos de camiones avanzaban desde la frontera francesa durante la "
                   "protesta").conflict == "direction"
    assert compare("Smugglers carried the fuel into the enclave at night, witnesses said",
                   "Smugglers carried the fuel out of the enclave at night, witnesses said"
                   ).conflict == "direction"


def test_one_direction_written_two_ways_or_reordered_is_no_conflict() -> None:
    assert compare("Cientos de camiones circulaban hacia la frontera francesa durante la "
                   "protesta",
                   "Cientos de camiones avanzaban rumbo a la frontera francesa durante la "
                   "protesta").similarity >= SAME
    assert compare("The pension fund moved its savings into shares from bonds last year, the "
                   "trustees said",
                   "The pension fund moved its savings from bonds into shares last year, the "
                   "trustees said").similarity >= SAME


def test_scope_conflict_needs_a_position_on_each_side() -> None:
    q, c = tokens("only nurses"), tokens("also nurses")
    assert scope_conflict(q[:1], c[:1]) == "scope"
    assert scope_conflict(q[:1], []) == ""  # one side only: left to the costs
    q, c = tokens("out of the city"), tokens("into the city")
    assert scope_conflict(q[:2], c[:1]) == "direction"
    q, c = tokens("above all nurses"), tokens("mainly nurses")
    assert scope_conflict(q[:2], c[:1]) == ""  # one position
    assert scale_of("solamente") == "scope" and scale_of("desde") == "direction"
    assert scale_of("nurses") == ""


def test_hostile_text_around_scope_words_is_only_text() -> None:
    result = compare("[@click=app.quit]x[/] only \x1b]8;;x\x07 pensioners get it",
                     "[@click=app.quit]x[/] also \x1b]8;;x\x07 pensioners get it")
    assert result.conflict == "scope"


def test_the_reason_shown_for_a_scope_or_direction_look_alike() -> None:
    from reader.across.differs import differs_label
    assert differs_label("scope") == "another claim: a different scope"
    assert differs_label("direction") == "another claim: a different direction"


def test_a_restriction_dropped_is_another_claim() -> None:
    result = compare("Only registered voters will be able to take part in the consultation, the "
                     "council said",
                     "Registered voters will be able to participate in the consultation, the "
                     "council said")
    assert (result.similarity, result.conflict) == (0.0, "scope")
    assert compare("Los comercios del centro abrirán solo los domingos de diciembre, según la "
                   "patronal",
                   "Los comercios del centro abrirán los domingos de diciembre, según la "
                   "patronal").conflict == "scope"


def test_only_before_a_figure_is_emphasis_not_scope() -> None:
    assert compare("Only 12 per cent of the flats on the estate meet the new insulation "
                   "standard, the survey found",
                   "12 per cent of the flats on the estate meet the new insulation standard, "
                   "the survey found").conflict == ""
    assert compare("El embalse está solo al 23 % de su capacidad tras el verano",
                   "El embalse está al 23 % de su capacidad tras el verano").conflict == ""


def test_restriction_dropped_looks_at_the_changed_words_only() -> None:
    from reader.across.scopes import restriction_dropped
    q, c = tokens("only nurses may apply"), tokens("nurses may apply")
    assert restriction_dropped(q, [0], c, [])
    assert not restriction_dropped(q, [], c, [])
    q, c = tokens("only 3 nurses"), tokens("3 nurses")
    assert not restriction_dropped(q, [0], c, [])
    q, c = tokens("only nurses"), tokens("also nurses")
    assert not restriction_dropped(q, [0], c, [0])  # the scale is on both sides: rule 2b


def test_only_against_just_is_one_scope() -> None:
    assert compare("The rescue team only reached the climbers after dark, the police said",
                   "The rescue team just reached the climbers after dark, the police said"
                   ).conflict != "scope"
