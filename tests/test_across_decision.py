"""The rules that decide "the same claim" or "a different claim" (reader/across/decision.py),
one test per rule, and the word lists they read."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.across import compare
from reader.across.decision import judge
from reader.across.diffs import changed_words, segments
from reader.across.lexicon import negative_prefixes, noun_markers, poles, symbol_words, synonyms
from reader.across.normalise import FUNCTION_WORDS, tokens
from reader.across.quality import load_pairs, score, similarities
from reader.across.thresholds import THRESHOLDS

PAIRS = Path(__file__).parent / "across"
DEV_SETS = [f"quality_dev{n}.jsonl"
            for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)]
RECALL_FLOOR = {"quality_dev13.jsonl": 0.80}
"""dev13's misses are rewrites of several kinds at once (a nominalised verb, a passive with
its figure in words, a quotation turned into reported speech): recall 0.83 there."""
SAME = THRESHOLDS.same_text


def same(a: str, b: str) -> bool:
    return compare(a, b).similarity >= SAME


def conflict(a: str, b: str) -> str:
    result = compare(a, b)
    assert result.similarity == 0.0, result
    return result.conflict


def test_a_different_figure_or_name_is_a_different_claim() -> None:
    assert conflict("The council will spend 12 million pounds on new cycle lanes",
                    "The council will spend 21 million pounds on new cycle lanes") == "number"
    assert conflict("Madrid ha recibido más turistas que ninguna otra ciudad este año",
                    "Sevilla ha recibido más turistas que ninguna otra ciudad este año") == "name"


def test_negations_that_do_not_agree_are_a_different_claim() -> None:
    assert conflict("The new law will raise taxes for the richest households",
                    "The new law will not raise taxes for the richest households") == "negation"
    assert conflict("Nadie va a pagar más por la luz por culpa de esta guerra",
                    "Todos vamos a pagar más por la luz por culpa de esta guerra") == "negation"


def test_a_word_negated_by_a_prefix_is_a_different_claim() -> None:
    assert conflict("The minister said the strike was justified and the union acted lawfully",
                    "The minister said the strike was unjustified and the union acted lawfully"
                    ) == "negation"
    assert conflict("Los sindicatos convocan la huelga del metro para el lunes por la mañana",
                    "Los sindicatos desconvocan la huelga del metro para el lunes por la mañana"
                    ) == "negation"
    assert conflict("El juez considera legal el despido de los trabajadores de la fábrica",
                    "El juez considera ilegal el despido de los trabajadores de la fábrica"
                    ) in ("negation", "opposite")
    # a prefix-looking start that leaves too short a word is no negation: "in|forme"
    assert "in" in negative_prefixes() and "des" in negative_prefixes()
    assert same("El ministro presentó el informe sobre la sanidad pública en el Congreso",
                "El ministro presentó el informe sobre la sanidad pública ante el Congreso")


def test_a_decimal_figure_is_not_the_same_as_its_digits_without_the_comma() -> None:
    assert conflict("La deuda pública cerró el trimestre en el 105 % del PIB",
                    "La deuda pública cerró el trimestre en el 10,5 % del PIB") == "number"
    assert conflict("Inflation rose to 3.5% in March, the statistics office said",
                    "Inflation rose to 35% in March, the statistics office said") == "number"
    # thousands separators and decimal marks of two newsrooms are one figure
    assert same("La empresa invertirá 1.800 millones y contratará a 2,5 veces más personal",
                "La empresa invertirá 1,800 millones y contratará a 2.5 veces más personal")
    assert same("The company reported a profit of $4.2bn for the third quarter of the year",
                "The company reported a profit of $4.2 billion for the third quarter of the year")
    assert same("Los billetes costarán 3,50 euros desde el lunes en toda la red de metro",
                "Los billetes costarán 3,5 euros desde el lunes en toda la red de metro")


def test_a_ruling_confirmed_or_annulled_and_a_verdict_are_poles() -> None:
    assert conflict("El Supremo confirma la condena al exconsejero por malversación de fondos",
                    "El Supremo anula la condena al exconsejero por malversación de fondos"
                    ) == "opposite"
    assert conflict("The appeal court confirmed the sentence of the former police officer",
                    "The appeal court quashed the sentence of the former police officer"
                    ) == "opposite"
    assert conflict("La Fiscalía pide la absolución del exalcalde acusado de malversación",
                    "La Fiscalía pide la condena del exalcalde acusado de malversación") != ""
    assert conflict("Prosecutors will seek the conviction of the former mayor next month",
                    "Prosecutors will seek the acquittal of the former mayor next month") != ""


def test_a_contracted_negation_is_the_same_claim_and_the_diff_shows_it() -> None:
    query = "The company will not close the plant before the contract expires"
    candidate = "The company won't close the plant before the contract expires"
    result = compare(query, candidate)
    assert result.similarity >= SAME
    pieces = segments(query, candidate, 0, result.diff)
    assert changed_words(pieces) == ["won't"]


def test_opposite_poles_of_a_scale_are_a_different_claim() -> None:
    assert conflict("El paro subió en marzo en todas las comunidades autónomas",
                    "El paro bajó en marzo en todas las comunidades autónomas") == "opposite"
    assert conflict("Our region has the highest unemployment rate in the country",
                    "Our region has the lowest unemployment rate in the country") == "opposite"
    assert conflict("The minister admitted that the new system had failed",
                    "The minister denied that the new system had failed") == "opposite"
    assert conflict("The bank kept its main interest rate unchanged at its March meeting",
                    "The bank raised its main interest rate at its March meeting") == "opposite"
    assert conflict("Los salarios de los funcionarios han crecido más que la inflación",
                    "Los salarios de los funcionarios han crecido menos que la inflación") \
        == "opposite"


def test_the_same_pole_is_a_rewrite() -> None:
    assert same("The new tram line has cut journey times across the city by a third",
                "The new tram line has reduced journey times across the city by a third")
    assert same("La región ha registrado la temperatura más alta desde que existen datos",
                "La región ha registrado la temperatura más elevada desde que existen datos")


def test_synonyms_and_phrases_for_a_word_are_a_rewrite() -> None:
    assert same("Hemos reducido el paro juvenil a la mitad en solo cuatro años",
                "Hemos reducido el desempleo juvenil a la mitad en solo cuatro años")
    assert same("We are the only party that has always defended the farmers of this region",
                "We are the only party that has always stood up for the farmers of this region")
    assert same("Esta reforma acabará con la precariedad de miles de interinos",
                "Esta reforma pondrá fin a la precariedad de miles de interinos")


def test_one_figure_written_two_ways_is_the_same_figure() -> None:
    assert same("El Gobierno destinará diez millones de euros a reparar las carreteras",
                "El Gobierno destinará 10 millones de euros a reparar las carreteras")
    assert same("The airport expansion will create seven thousand jobs in the region",
                "The airport expansion will create 7,000 jobs in the region")
    assert conflict("El Gobierno destinará diez millones de euros a reparar las carreteras",
                    "El Gobierno destinará 12 millones de euros a reparar las carreteras") \
        == "number"


def test_names_that_are_synonyms_and_changed_auxiliaries_are_a_rewrite() -> None:
    assert same("Este Ejecutivo ha multiplicado por dos las becas universitarias",
                "Este Gobierno ha multiplicado por dos las becas universitarias")
    assert same('"The government has slashed funding for local councils by a third," '
                "the opposition leader said.",
                'The opposition leader said the government had "cut funding for local '
                'councils by a third".')


def test_inflections_typos_moved_words_and_symbol_words_cost_little() -> None:
    assert same("La huelga ha provocado el desabastecimiento de muchos supermercados",
                "La huelga ha provocado el desabastecimento de muchos supermercados")
    assert same("El 80 % de los hogares de la provincia ya tiene fibra óptica",
                "El 80 % de los hogares de la provincia tiene ya fibra óptica")
    assert same("The minimum wage will go up by 6 per cent in April",
                "The minimum wage will rise by 6% in April")


def test_a_phrase_is_judged_whole_at_an_edge_and_around_one_function_word() -> None:
    # the last words differ on both sides: the nearest words are judged as one change
    assert same("El puerto ha recuperado el tráfico que tenía antes de la pandemia",
                "El puerto ha recuperado el tráfico que tenía antes de la crisis sanitaria")
    # two runs around one unchanged "more": one phrase rewritten
    assert same("Our government has invested more in renewable energy than any previous one",
                "Our government has put more money into renewable energy than any previous one")


def test_a_different_noun_in_a_noun_phrase_is_a_different_claim() -> None:
    assert conflict("Our nurses are the best paid in the whole country",
                    "Our teachers are the best paid in the whole country") == "subject"
    assert conflict("El precio de la luz bajó en marzo por primera vez en un año",
                    "El precio del gasóleo bajó en marzo por primera vez en un año") == "subject"
    assert conflict("Sales of new cars fell in November for the third month running",
                    "Sales of new homes fell in November for the third month running") == "subject"
    assert conflict("La oposición ha bloqueado todas las leyes sociales del Gobierno",
                    "La oposición ha bloqueado todas las leyes fiscales del Gobierno") == "subject"
    assert conflict("Our farmers produce more wheat than any other county in the country",
                    "Our farmers produce more barley than any other county in the country") \
        == "subject"
    # after a preposition that is not a function word ("among"), and after "sin"
    assert conflict("Unemployment among young people has fallen for the fifth month",
                    "Unemployment among women has fallen for the fifth month") == "subject"
    assert conflict("Que ningún pueblo de la provincia se quede sin cajero automático",
                    "Que ningún pueblo de la provincia se quede sin médico") == "subject"
    # one side verb-looking after a preposition ("solar"), the other surely a noun
    assert conflict("Our government has invested more in wind power than any other",
                    "Our government has invested more in solar power than any other") == "subject"


def test_a_changed_verb_is_not_a_noun_phrase() -> None:
    # a verb after a preposition ("para reparar") or after an auxiliary stays a rewrite
    assert compare("El Ejecutivo aprobó una partida para reparar los daños del temporal",
                   "El Ejecutivo aprobó una partida para arreglar los daños del temporal"
                   ).conflict == ""
    assert same("La oposición ha bloqueado todas las leyes que hemos llevado al parlamento",
                "La oposición ha frenado todas las leyes que hemos llevado al parlamento")
    # a verb after its subject noun, when it looks like one ("exigen"/"reclaman")
    assert same("Los agricultores exigen ayudas urgentes para hacer frente a la sequía",
                "Los agricultores reclaman ayudas urgentes para hacer frente a la sequía")
    # a verb between an auxiliary and its object
    assert same("El acusado ha negado en todo momento haber recibido dinero de la empresa",
                "El acusado ha negado en todo momento haber cobrado dinero de la empresa")
    assert compare("Our farmers have produced olive oil in every valley of the region",
                   "Our farmers have made olive oil in every valley of the region"
                   ).conflict == ""
    # "más" after a noun is a comparison, not a noun phrase
    assert compare("Es la temperatura más alta del siglo en toda la región",
                   "Es la temperatura más extrema del siglo en toda la región").conflict == ""


def test_judge_on_words_of_one_side_only_costs_their_words() -> None:
    q = tokens("we have the lowest crime rate")
    assert judge(q, [], tokens("we now have the lowest crime rate"), [1]) == (0.5, "")
    assert judge(q, [], tokens("we already have the lowest crime rate"), [1]) == (1.0, "")


def test_hostile_and_huge_text_is_judged_without_error() -> None:
    hostile = "\x1b]8;;x\x07[@click=app.quit]x[/] \u202e" + " palabra" * 3000
    assert compare(hostile, hostile + " más").similarity > 0
    assert compare("\x1b[31mNo\x1b[0m vamos", "").similarity == 0.0


def test_word_lists_are_well_formed_data() -> None:
    table, scales = poles()
    assert {("amount", "up"), ("amount", "down"), ("sector", "public")} <= set(scales)
    assert table.starting(["subio"], 0) and table.starting(["fell"], 0)
    assert synonyms().starting(["desempleo"], 0)
    markers = noun_markers()
    assert "the" in markers.determiners and "de" in markers.prepositions
    assert "more" in markers.quantifiers and markers.verb_endings
    assert {"per", "cent"} <= symbol_words()
    # function words are ignored in synonym entries: an entry of function words only is
    # dropped, never matched
    assert not synonyms().starting(["the"], 0)
    assert "the" in FUNCTION_WORDS


def test_every_line_of_the_word_lists_parses() -> None:
    from importlib.resources import files

    for name in ("synonyms.txt", "opposites.txt"):
        raw = files("reader.across").joinpath(name).read_text(encoding="utf-8")
        for line in raw.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            if name == "synonyms.txt":
                assert line.count("|") >= 1, line
            else:
                head, colon, words = line.partition(":")
                assert colon and len(head.split()) == 2 and words.split(), line
            assert line == line.casefold(), line  # folded: lower case
            # a prefix shorter than three letters would match unrelated words
            assert all(len(word) > 3 for word in line.replace("|", " ").split()
                       if word.endswith("*")), line


@pytest.mark.parametrize("name", DEV_SETS)
def test_each_dev_set_keeps_its_quality(name: str) -> None:
    """Every set stays at the issue's precision; recall may dip on one hard set
    (``dev7``: figures written as fractions, an ellipsis the index cannot bridge)."""
    pairs = load_pairs(PAIRS / name)
    result = score(pairs, similarities(pairs), SAME)
    floor = RECALL_FLOOR.get(name, 0.85)
    assert result.precision >= 0.95 and result.recall >= floor, result.mistakes


def test_every_dev_set_together_reaches_the_aim() -> None:
    pairs = [pair for name in DEV_SETS for pair in load_pairs(PAIRS / name)]
    result = score(pairs, similarities(pairs), SAME)
    assert result.precision >= 0.97 and result.recall >= 0.95, result.mistakes


def test_newswire_rewrite_vocabulary_is_a_rewrite() -> None:
    """Classes of words newsrooms swap (synonyms.txt): verbs of saying, approximations,
    months abbreviated, short names of bodies, offices named another way."""
    assert same("El consejero subrayó que la sanidad pública contratará a 500 enfermeras",
                "El consejero recalcó que la sanidad pública contratará a 500 enfermeras")
    assert same("The minister said the new hospital would open in roughly two years",
                "The minister said the new hospital would open in about two years")
    assert same("Inflation eased to 3 per cent in Oct, the statistics office said",
                "Inflation eased to 3% in October, the statistics office said")
    assert same("Inflation fell to 3.2 per cent in March, according to the ONS",
                "Inflation fell to 3.2 per cent in March, according to the Office for National "
                "Statistics")
    assert conflict("El BCE mantuvo los tipos de interés en el 4 % por tercera vez consecutiva",
                    "La Fed mantuvo los tipos de interés en el 4 % por tercera vez consecutiva"
                    ) == "name"
    assert same("Las exportaciones a EE UU cayeron un 12 % en el primer trimestre del año",
                "Las exportaciones a Estados Unidos cayeron un 12 % en el primer trimestre del año")
    # the longest phrase pairs first: one office, not "Gobierno"/"Ejecutivo" and two nouns
    assert same("El presidente del Gobierno anunció una rebaja de impuestos para las familias",
                "El jefe del Ejecutivo anunció una rebaja de impuestos para las familias")
    assert same("We'll build 300,000 homes a year by the end of the parliament",
                "We will build 300,000 homes a year by the end of the parliament")


def test_figures_written_as_newswire_writes_them_are_one_figure() -> None:
    assert same("El plan movilizará mil millones de euros en ayudas a la vivienda",
                "El plan movilizará 1.000 millones de euros en ayudas a la vivienda")
    assert same("The firm will invest £3bn in new plants across the north of England",
                "The firm will invest £3 billion in new plants across the north of England")
    assert same("The scheme will cost 7 000 euros per family over the next five years",
                "The scheme will cost 7,000 euros per family over the next five years")
    assert conflict("El plan movilizará mil millones de euros en ayudas a la vivienda",
                    "El plan movilizará 100 millones de euros en ayudas a la vivienda") == "number"


def test_more_scales_make_a_different_claim() -> None:
    """Scales added as classes (opposites.txt): activity, truth, strength, currency, pace."""
    assert conflict("The plant stopped production in March after the fire in its warehouse",
                    "The plant started production in March after the fire in its warehouse"
                    ) == "opposite"
    assert conflict("The report says the claim is true and the figures add up",
                    "The report says the claim is false and the figures add up") == "opposite"
    assert conflict("The ticket price will rise by 5 euros a month from next year",
                    "The ticket price will rise by 5 dollars a month from next year") == "opposite"
    assert "euros" in symbol_words()  # "300 M€" / "300 millones de euros" costs nothing
    assert conflict("La inflación se moderó en octubre hasta el 2,4 %, según el INE",
                    "La inflación se disparó en octubre hasta el 2,4 %, según el INE") == "opposite"
    assert conflict("Growth slowed in the third quarter as exports to China fell",
                    "Growth accelerated in the third quarter as exports to China fell"
                    ) == "opposite"


def test_a_verb_after_punctuation_is_no_noun_and_an_infinitives_object_is() -> None:
    # a reporting verb after a closing quotation mark opens a clause: a verb of saying
    assert same("«La reforma garantiza el poder adquisitivo de los jubilados», defendió el "
                "ministro", "«La reforma garantiza el poder adquisitivo de los jubilados», "
                "argumentó el ministro")
    # the noun right after an infinitive is its object: another object, another claim
    assert conflict("The council has approved a new plan to tackle air pollution in the city",
                    "The council has approved a new plan to tackle noise pollution in the city"
                    ) == "subject"
    assert conflict("El Ejecutivo destinará 500 millones a rehabilitar viviendas en la costa",
                    "El Ejecutivo destinará 500 millones a rehabilitar colegios en la costa"
                    ) == "subject"
    assert conflict("The council will ban diesel cars from the city centre from April",
                    "The council will ban delivery vans from the city centre from April"
                    ) == "subject"
    assert conflict("La sanidad pública podrá contratar enfermeras extranjeras desde enero",
                    "La sanidad pública podrá contratar médicos extranjeros desde enero"
                    ) == "subject"
    assert conflict("The council banned diesel cars from the city centre last April",
                    "The council banned delivery vans from the city centre last April"
                    ) == "subject"
    assert same("The company reported higher profits in the third quarter of the year",
                "The company reported bigger profits in the third quarter of the year")
    assert same("The new tax will hit families hard in the poorest regions of the country",
                "The new tax will hit families badly in the poorest regions of the country")
    assert conflict("The court upheld the ban on the march through the city centre",
                    "The court overturned the ban on the march through the city centre"
                    ) == "opposite"


def test_reporting_verbs_and_denials_are_two_poles() -> None:
    """A verb of saying and a denial are two stances (opposites.txt: stance)."""
    assert conflict("The company said profits rose sharply in the last quarter of the year",
                    "The company denied profits rose sharply in the last quarter of the year"
                    ) == "opposite"
    assert conflict("The new rules will make it easier for companies to hire foreign workers",
                    "The new rules will make it harder for companies to hire foreign workers"
                    ) == "opposite"


def test_odd_digits_are_judged_without_error() -> None:
    """Superscripts, other scripts' digits and huge runs of digits never raise."""
    assert conflict("The plan costs 5² euros per family in the north of the city",
                    "The plan costs 7 euros per family in the north of the city") == "number"
    assert same("The plan costs ٣ million euros per family in the north of the city",
                "The plan costs three million euros per family in the north of the city")
    huge = "9" * 5000
    assert conflict(f"The plan costs {huge} euros per family in the north of the city",
                    f"The plan costs {huge}0 euros per family in the north of the city"
                    ) == "number"


def test_degree_of_a_change_is_a_scale_and_intentions_are_synonyms() -> None:
    assert conflict("Unemployment saw a sharp rise in the south of the country last month",
                    "Unemployment saw a slight rise in the south of the country last month"
                    ) == "opposite"
    assert same("The firm aims to cut 500 jobs in the south of the country next year",
                "The firm plans to cut 500 jobs in the south of the country next year")
    # a prefix of one scale never takes an unrelated word: 'modernizará' is no 'moderó'
    table, _names = poles()
    assert not table.starting(["modernizara"], 0) and table.starting(["modero"], 0)
    assert not table.starting(["solidaridad"], 0)


def test_verbs_of_figures_and_requests_are_synonyms() -> None:
    assert same("The number of people waiting for treatment in England has reached 7.8 million",
                "The number of people waiting for treatment in England has hit 7.8 million")
    assert same("La Fiscalía pide ocho años de cárcel para el exalcalde por malversación",
                "La Fiscalía solicita ocho años de prisión para el exalcalde por malversación")


def test_periods_and_novelty_are_scales() -> None:
    assert conflict("Exports to China rose 12 per cent this year, customs figures showed",
                    "Exports to China rose 12 per cent last year, customs figures showed"
                    ) == "opposite"
    assert conflict("Las exportaciones a China crecerán un 12 % el próximo año, según Aduanas",
                    "Las exportaciones a China crecerán un 12 % este año, según Aduanas"
                    ) == "opposite"
    assert conflict("The new law will cut waiting times in hospitals across the country",
                    "The old law will cut waiting times in hospitals across the country"
                    ) == "opposite"
    assert same("Prices rose 3 per cent last year, the highest rise in a decade",
                "Prices rose 3 per cent in the past year, the highest rise in a decade")


def test_common_nouns_written_two_ways_are_a_rewrite() -> None:
    assert same("The number of jobless people in the region fell by 3,000 in March",
                "The number of unemployed people in the region fell by 3,000 in March")
    assert conflict("El Gobierno construirá 20.000 viviendas públicas en la Comunidad",
                    "El Gobierno construirá 20.000 viviendas privadas en la Comunidad"
                    ) == "opposite"


@pytest.mark.parametrize(("a", "b"), [
    ("The economy created 40,000 jobs in the last quarter of the year",
     "The economy destroyed 40,000 jobs in the last quarter of the year"),
    ("Three people were killed in the explosion at the chemical plant on Monday",
     "Three people were injured in the explosion at the chemical plant on Monday"),
    ("El accidente dejó tres muertos en la autopista del Mediterráneo",
     "El accidente dejó tres heridos en la autopista del Mediterráneo"),
    ("Most of the contracts signed in October were temporary",
     "Most of the contracts signed in October were permanent"),
    ("La vacuna será obligatoria para todo el personal sanitario desde enero",
     "La vacuna será voluntaria para todo el personal sanitario desde enero"),
    ("The closure of the border will be total from Monday night onwards",
     "The closure of the border will be partial from Monday night onwards"),
    ("All hospitals in the region have enough beds for the winter",
     "Some hospitals in the region have enough beds for the winter"),
    ("El informe es optimista sobre la evolución del empleo en la región",
     "El informe es pesimista sobre la evolución del empleo en la región"),
    ("The prime minister said in an interview published this weekend that he was confident",
     "The prime minister said in an interview published this weekend that he was worried"),
    ("El test dio positivo en el control antidopaje tras la carrera del domingo",
     "El test dio negativo en el control antidopaje tras la carrera del domingo"),
    ("The country will join the fishing agreement next year, the minister said",
     "The country will leave the fishing agreement next year, the minister said"),
    ("The number of migrants arriving by boat has doubled this year",
     "The number of migrants arriving by boat has tripled this year"),
    ("El plan beneficiará sobre todo a las familias con rentas bajas",
     "El plan perjudicará sobre todo a las familias con rentas bajas"),
    ("The government has built 200,000 homes since it came to power",
     "The government has demolished 200,000 homes since it came to power"),
    ("The supply of rental homes in London has fallen by 20% this year",
     "Demand for rental homes in London has fallen by 20% this year"),
    ("The ministry said at least 300 people had been evacuated from the area",
     "The ministry said at most 300 people had been evacuated from the area"),
])
def test_newswire_scales_of_opposite_poles(a: str, b: str) -> None:
    """Classes of one-word look-alikes (opposites.txt): jobs created/destroyed, killed/
    injured/missing, temporary/permanent, compulsory/voluntary, total/partial, all/some/
    few/many, optimistic/pessimistic, positive/negative, joined/left, half/double/triple,
    benefit/harm, built/demolished, supply/demand, at least/at most."""
    assert conflict(a, b) == "opposite"


def test_words_of_one_pole_of_the_new_scales_stay_a_rewrite() -> None:
    assert same("Three people died in the explosion at the chemical plant on Monday, police said",
                "Three people were killed in the explosion at the chemical plant on Monday, "
                "police said")
    assert same("The company will axe 2,000 jobs in Germany and France over three years",
                "The company will cut 2,000 jobs in Germany and France over three years")
    assert same("Every hospital in the region has enough beds for the winter, the board said",
                "All hospitals in the region have enough beds for the winter, the board said")
    assert same("Los trabajadores interinos pasarán a ser fijos antes de que acabe el año",
                "Los trabajadores temporales pasarán a ser indefinidos antes de que acabe el año")
    # months, weekdays and seasons are poles of one scale each (Spanish writes them
    # in lower case: no name rule catches them)
    table, names = poles()
    month = {names[label] for label, _ in table.starting(["enero", "febrero"], 0)}
    other = {names[label] for label, _ in table.starting(["enero", "febrero"], 1)}
    assert {s for s, _ in month} == {s for s, _ in other} == {"month"} and month != other


def test_a_sentence_turned_round_moves_words_across_the_edge() -> None:
    """moved.py: the object of an active sentence opens the passive rewrite ("Police have
    arrested 12 people" / "Twelve people have been arrested"): moved, not dropped."""
    assert same("Police have arrested 12 people in connection with the riots in the city "
                "centre, the force said",
                "Twelve people have been arrested in connection with the riots in the city "
                "centre, police said")
    # a word moves only where the other side of its run has no word of its kind: a
    # subject replaced stays a change, even when the other text has the word elsewhere
    assert not same("Waiting lists for hospital treatment fell in the region last year",
                    "Waiting lists for dental treatment fell in the region last year, "
                    "the hospital board said")
    # and a figure moved never hides another figure in its place
    assert conflict("Police have arrested 12 people after the riots in the city centre on "
                    "Friday night",
                    "Police have arrested 21 people after the riots in the city centre on "
                    "Friday night, 12 of them minors") == "number"


def test_moved_across_pairs_a_figure_by_its_value() -> None:
    from reader.across.moved import moved_across

    q = tokens("officers arrested 12 people on Friday")
    c = tokens("twelve people were arrested on Friday")
    # the run [12, people] of q against nothing; "twelve people" lies outside on c's side
    across = moved_across(q, c, [([2, 3], [])], [], [0, 1])
    assert across.inner_q == {2, 3} and across.outer_c == {0, 1} and across.pairs == 2
    # the other side of the run has a figure: "12" stays where the rules judge it
    other = tokens("twelve people were arrested 15 times")
    blocked = moved_across(q, other, [([2], [4])], [], [0])
    assert blocked.pairs == 0


def test_newswire_synonyms_of_the_twelfth_round_are_a_rewrite() -> None:
    """synonyms.txt: "huelga"/"paro", "ayuda"/"cheque", "test"/"prueba", "the force"/
    "police", "in connection with"/"over"."""
    assert same("Los sindicatos convocan una huelga general para el 15 de noviembre",
                "Los sindicatos convocan un paro general para el 15 de noviembre")
    assert same("El test dio positivo por cocaína en el control de la federación",
                "La prueba dio positivo por cocaína en el control de la federación")
    assert same("Two men have been charged in connection with the attack in the city centre",
                "Two men have been charged over the attack in the city centre")
    assert same("Officers were called to the scene shortly after midnight, the force said",
                "Officers were called to the scene shortly after midnight, police said")


def test_a_spanish_verb_after_its_subject_is_no_word_of_the_noun_phrase() -> None:
    """A written stress ("dejÓ", "registrÓ") or an irregular preterite ("obtuvo") marks
    the verb after the subject: a verb rewritten, not another subject."""
    assert tokens("El accidente dejó tres muertos")[2].stressed_end
    assert same("El accidente dejó tres muertos y cinco heridos en la autopista",
                "El accidente causó tres muertos y cinco heridos en la autopista")
    assert same("La empresa registró un beneficio récord de 300 millones en el semestre",
                "La empresa obtuvo un beneficio récord de 300 millones en el semestre")
    assert same("El juez envió a prisión al presunto autor del crimen de Málaga",
                "El juez mandó a prisión al presunto autor del crimen de Málaga")
    # an adjective after the noun is still part of it: another subject
    assert conflict("Las ventas del coche eléctrico subieron un 20 % el año pasado",
                    "Las ventas del coche diésel subieron un 20 % el año pasado") == "subject"


def test_another_nationality_written_in_lower_case_is_another_claim() -> None:
    """Spanish writes nationalities and regions in lower case (opposites.txt, "nation")."""
    assert conflict("El Gobierno iraní ha rechazado la propuesta de la ONU sobre el uranio",
                    "El Gobierno israelí ha rechazado la propuesta de la ONU sobre el uranio"
                    ) == "opposite"
    assert conflict("La economía alemana crecerá un 1 % este año, según la Comisión Europea",
                    "La economía francesa crecerá un 1 % este año, según la Comisión Europea"
                    ) == "opposite"
    assert same("El Gobierno británico ha rechazado la propuesta de la ONU sobre el uranio",
                "El Ejecutivo británico ha rechazado la propuesta de la ONU sobre el uranio")


def test_a_hedge_on_one_side_only_is_another_claim() -> None:
    """hedges.txt: a possibility is not a statement ("will rise" / "could rise")."""
    assert conflict("Interest rates will rise again next month, the central bank governor said",
                    "Interest rates could rise again next month, the central bank governor said"
                    ) == "hedge"
    assert conflict("Los tipos de interés subirán de nuevo el mes que viene, según el gobernador",
                    "Los tipos de interés podrían subir de nuevo el mes que viene, según el "
                    "gobernador") == "hedge"
    # the same hedge on both sides is no change; a month called May is a name
    assert same("Interest rates could rise again next month, the central bank governor said",
                "Interest rates could go up again next month, the central bank governor said")
    assert same("Prices rose sharply in May across the country, the statistics office said",
                "Prices rose steeply in May across the country, the statistics office said")


@pytest.mark.parametrize(("a", "b"), [
    ("The union said its members would walk out for 48 hours next month over pay",
     "The union said its members would walk out for 48 days next month over pay"),
    ("La carretera estará cortada durante tres semanas por las obras del puente",
     "La carretera estará cortada durante tres meses por las obras del puente"),
    ("Unemployment rose by two percentage points in the third quarter of the year",
     "Unemployment rose by two per cent in the third quarter of the year"),
    ("Police believe the fire was started deliberately, a spokesman said on Sunday",
     "Police believe the fire was started accidentally, a spokesman said on Sunday"),
    ("El avión se estrelló poco después de despegar con 150 personas a bordo",
     "El avión se estrelló poco después de aterrizar con 150 personas a bordo"),
    ("Tax revenues beat forecasts in the first half of the year, the Treasury said",
     "Tax revenues missed forecasts in the first half of the year, the Treasury said"),
])
def test_units_intent_and_targets_are_scales(a: str, b: str) -> None:
    """A figure's unit (hours/days, points/per cent), deliberate/accidental, took off/
    landed, beat/missed a target: opposites.txt."""
    assert conflict(a, b) == "opposite"


def test_a_negation_in_an_edge_both_texts_rewrote_counts() -> None:
    """edges.edge_changes: "Hacienda" alone is no anchor, yet the "no" before the
    aligned words is still a negation on one side only."""
    assert conflict("Hacienda aceptará las deducciones por alquiler en la declaración de este año",
                    "Hacienda ya no aceptará las deducciones por alquiler en la declaración de "
                    "este año") == "negation"
    assert conflict("Officials may approve the new runway at the airport before the summer",
                    "Officials approve the new runway at the airport before the summer"
                    ) == "hedge"
    # a trimmed edge is no rewrite: the context one side cut is not compared
    assert same("La ministra dijo que no aceptará las deducciones por alquiler este año",
                "no aceptará las deducciones por alquiler este año")


def test_ruled_out_and_confirmed_extended_and_ended_are_poles() -> None:
    assert conflict("El presidente ha confirmado que se presentará a la reelección en 2027",
                    "El presidente ha descartado que se presente a la reelección en 2027"
                    ) == "opposite"
    assert conflict("The government will extend the energy support scheme until next March",
                    "The government will end the energy support scheme next March"
                    ) == "opposite"


def test_function_words_of_one_group_swap_cheaply() -> None:
    """light_swaps.txt: "this"/"the", "will"/"would" (reported speech) cost what a synonym
    costs; a function word of another group still costs a word."""
    q = tokens("by the end of this parliament")
    c = tokens("by the end of the parliament")
    assert judge(q, [4], c, [4]) == (0.5, "")
    q = tokens("we will build homes")
    c = tokens("we to build homes")
    assert judge(q, [1], c, [1]) == (1.0, "")
    assert same("El ministro dijo que este plan es el mejor para los jubilados del país",
                "El ministro dijo que el plan es el mejor para los jubilados del país")


def test_offices_and_bodies_called_another_way_of_the_thirteenth_round() -> None:
    assert same("La Agencia Tributaria ha devuelto 11.000 millones a los contribuyentes",
                "Hacienda ha devuelto 11.000 millones a los contribuyentes")
    assert same("The watchdog fined the bank £40m for failing to protect customers",
                "The regulator fined the bank £40m for failing to protect customers")
    assert same("El consumo de electricidad cayó un 4 % en agosto por el calor",
                "La demanda de electricidad cayó un 4 % en agosto por el calor")


def test_could_backshifted_from_can_is_no_hedge() -> None:
    assert same("The minister said the party can win the next election in the north",
                "The minister said the party could win the next election in the north")
    assert conflict("The minister said the party will win the next election in the north",
                    "The minister said the party could win the next election in the north"
                    ) == "hedge"


def test_a_shared_beginning_is_an_inflection_only_when_it_is_most_of_the_word() -> None:
    from reader.across.inflection import inflected as _inflected

    assert _inflected("detenido", "detenidas") and _inflected("anuncio", "anunciara")
    assert _inflected("establecera", "establecido") and _inflected("cortaron", "cortan")
    assert not _inflected("investment", "investigation")
    assert not _inflected("comunidad", "comunicacion")
    assert not _inflected("consenso", "consejero")
    # nor does one prefix entry of synonyms.txt ("invest*") make two words synonyms
    assert conflict("The government will boost investment in the railways this year",
                    "The government will boost investigation in the railways this year"
                    ) == "subject"
    assert not same("La comunidad autónoma pagará la campaña de vacunación de este otoño",
                    "La comunicación autónoma pagará la campaña de vacunación de este otoño")


def test_two_names_swapping_places_around_one_verb_reverse_the_claim() -> None:
    """roles.py: every word is shared, yet "X accused Y" / "Y accused X" are two claims."""
    assert conflict("Israel accused Iran of launching the drone attack on the tanker",
                    "Iran accused Israel of launching the drone attack on the tanker") == "roles"
    assert conflict("El PP acusa al PSOE de bloquear la renovación del Poder Judicial",
                    "El PSOE acusa al PP de bloquear la renovación del Poder Judicial") == "roles"
    assert conflict("The landlord must pay the tenant's legal costs, the court ruled",
                    "The tenant must pay the landlord's legal costs, the court ruled") == "roles"
    # a passive names the same doer; a phrase moved behind a comma is no swap
    assert same("Police arrested the suspect near the border on Tuesday night",
                "The suspect was arrested by police near the border on Tuesday night")
    assert same("«El 80 % de los hogares ya tiene fibra óptica», presumió el alcalde en el "
                "pleno.", 'En el pleno, el alcalde presumió de que "el 80% de los hogares '
                'tiene ya fibra óptica".')
    # names listed in another order, or an attribution moved, are no swap
    assert same("Spain and France agreed to share the cost of the new rail tunnel",
                "France and Spain agreed to share the cost of the new rail tunnel")
    assert same("«Madrid crea uno de cada tres empleos de España», dijo Ayuso en la Asamblea",
                "Ayuso dijo en la Asamblea que «Madrid crea uno de cada tres empleos de España»")


def test_an_opening_rewritten_in_several_words_is_paired_not_trimmed() -> None:
    """edges.EDGE_WORDS words a side at a rewritten edge are judged and covered."""
    assert same("La Guardia Civil ha detenido a 12 personas en una operación contra el "
                "contrabando de tabaco en Ceuta, informaron fuentes policiales",
                "Doce personas han sido detenidas en Ceuta en una operación de la Guardia "
                "Civil contra el contrabando de tabaco, según fuentes policiales")
    assert conflict("Los precios de la luz han subido un 11 % en el último año en Madrid",
                    "Los precios del gas han subido un 11 % en el último año en Madrid") != ""


def test_a_possessive_is_the_noun_and_a_capital_names_its_government() -> None:
    assert [t.form for t in tokens("Ukraine's president, the country's army")] == [
        "ukraine", "president", "the", "country", "army"]
    assert [t.key for t in tokens("It's what it's")][0] == "function"
    assert same("La Comisión Europea ha abierto un expediente a España por no transponer la "
                "directiva de aguas", "Bruselas ha abierto un expediente a España por no "
                "trasponer la directiva de aguas")
    assert same("La Moncloa confirmó que el presidente viajará a Bruselas el jueves",
                "El Gobierno confirmó que el presidente viajará a Bruselas el jueves")


@pytest.mark.parametrize(("a", "b"), [
    ("Nearly 20,000 people have been evacuated from their homes, officials said",
     "More than 20,000 people have been evacuated from their homes, officials said"),
    ("Casi 20.000 personas han sido evacuadas de sus casas, según las autoridades",
     "Más de 20.000 personas han sido evacuadas de sus casas, según las autoridades"),
    ("El Congreso ha tumbado el decreto de medidas anticrisis con los votos del PP",
     "El Congreso ha convalidado el decreto de medidas anticrisis con los votos del PP"),
    ("The treaty was signed by 50 countries at the summit in Geneva",
     "The treaty was rejected by 50 countries at the summit in Geneva"),
    ("The minister resigned after the report was published on Thursday",
     "The minister stayed after the report was published on Thursday"),
    ("El delantero renovará su contrato con el club hasta 2028",
     "El delantero rescindirá su contrato con el club hasta 2028"),
    ("The number of asylum seekers arriving in the UK fell sharply last year",
     "The number of asylum seekers leaving the UK fell sharply last year"),
])
def test_approximations_votes_tenure_and_contracts_are_scales(a: str, b: str) -> None:
    """Nearly/more than, convalidado/tumbado, signed/rejected, resigned/stayed, renovar/
    rescindir, arriving/leaving (opposites.txt)."""
    assert conflict(a, b) == "opposite"


def test_a_share_written_two_ways_is_one_figure() -> None:
    """shares.py / share_words.txt: half = 50 per cent, a quarter = 25%, la mitad = el 50
    %, siete de cada diez = el 70 %; shares of other values stay two figures."""
    assert same("The charity says half of all children in the city live in poverty",
                "The charity says 50 per cent of all children in the city live in poverty")
    assert same("A quarter of households cannot afford to heat their homes, the charity said",
                "25% of households cannot afford to heat their homes, the charity said")
    assert same("La mitad de los jóvenes vive con sus padres a los 30 años, según el estudio",
                "El 50 % de los jóvenes vive con sus padres a los 30 años, según el estudio")
    assert same("El 70 % de los incendios forestales son intencionados, según el Ministerio",
                "Siete de cada diez incendios forestales son intencionados, según el Ministerio")
    assert conflict("The charity says half of all children in the city live in poverty",
                    "The charity says a third of all children in the city live in poverty"
                    ) == "number"
    assert conflict("A quarter of households cannot afford to heat their homes",
                    "30% of households cannot afford to heat their homes") == "number"
    assert conflict("El 70 % de los incendios forestales son intencionados",
                    "Seis de cada diez incendios forestales son intencionados") == "number"
    assert tokens("un 8,1 % más")[1].percent and not tokens("8,1 puntos")[0].percent


@pytest.mark.parametrize(("a", "b"), [
    ("Inflation rose by 3% in the year to March, official figures show",
     "Inflation rose to 3% in the year to March, official figures show"),
    ("La inflación subió un 3 % en marzo, según los datos oficiales",
     "La inflación subió hasta el 3 % en marzo, según los datos oficiales"),
    ("Unemployment has been falling since 2019, the statistics office said",
     "Unemployment has been falling until 2019, the statistics office said"),
    ("It is the second time the party has won a seat in the region",
     "It is the third time the party has won a seat in the region"),
    ("Most Spaniards support the new law on housing, the survey found",
     "Few Spaniards support the new law on housing, the survey found"),
])
def test_by_or_to_since_or_until_ordinals_and_most_are_scales(a: str, b: str) -> None:
    """A change by a figure or to it, since or until, second/third, most/few/all."""
    assert conflict(a, b) == "opposite"


def test_next_week_written_two_ways_is_one_time() -> None:
    assert same("El Gobierno aprobará la semana que viene la ley de vivienda, según Moncloa",
                "El Gobierno aprobará la próxima semana la ley de vivienda, según Moncloa")
    assert conflict("El Gobierno aprobará la semana que viene la ley de vivienda",
                    "El Gobierno aprobará el mes que viene la ley de vivienda") == "opposite"


def test_token_norms_stay_the_index_words_while_forms_tell_decimals_apart() -> None:
    """The index shingles a lookup from ``Token.norm``: it must equal ``words`` (what was
    stored), decimals and possessives included; the matcher compares ``Token.form``."""
    import random

    from reader.across.normalise import words

    rng = random.Random(9)
    pieces = ["10,5", "105", "1.800", "3,50", "4.2bn", "Ukraine's", "it's", "país", "%",
              "«no»", "25%", "x²", "٣,٥", "don’t", " ", ", ", "the", "ÉSTE"]
    for _ in range(500):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [t.norm for t in tokens(text)] == words(text), text
    assert [t.form for t in tokens("10,5 105 1.800 3,50")] == ["10.5", "105", "1800", "3.5"]


def test_proceedings_withdrawals_and_growth_words_of_the_fourteenth_round() -> None:
    assert conflict("A man has been charged with murder after a woman was found dead in Leeds",
                    "A man has been cleared of murder after a woman was found dead in Leeds"
                    ) == "opposite"
    assert conflict("El Gobierno ha prorrogado la rebaja del transporte público hasta junio",
                    "El Gobierno ha retirado la rebaja del transporte público en junio") != ""
    assert same("La economía española creció un 0,8 % en el tercer trimestre, según el INE",
                "Según los datos del INE, el PIB español avanzó un 0,8 % en el tercer "
                "trimestre")
    assert same("The NHS will get an extra £6bn next year, the health secretary announced",
                "The NHS will get an additional £6bn next year, the health secretary announced")


def test_spanish_podria_backshifted_from_podemos_is_no_hedge() -> None:
    assert same("«Podemos ganar las elecciones en todas las provincias», dijo el candidato",
                "El candidato dijo que podrían ganar las elecciones en todas las provincias")


def test_one_duration_written_two_ways_is_one_figure() -> None:
    """durations.py: "12 months" = "a year", "48 hours" = "two days"; other lengths stay
    other units or other figures."""
    assert same("Inflation rose to 3.2% in the 12 months to March, official figures show",
                "Inflation rose to 3.2% in the year to March, official figures show")
    assert same("El IPC subió un 3,2 % en los últimos doce meses, según el INE",
                "El IPC subió un 3,2 % en el último año, según el INE")
    assert same("The union will strike for 48 hours next month over pay and conditions",
                "The union will strike for two days next month over pay and conditions")
    assert conflict("The road will be closed for three weeks while repairs are carried out",
                    "The road will be closed for three months while repairs are carried out"
                    ) == "opposite"
    assert conflict("Inflation rose to 3.2% in the 12 months to March, official figures show",
                    "Inflation rose to 3.2% in the 6 months to March, official figures show"
                    ) == "number"


def test_a_modal_of_permission_written_two_ways_is_no_hedge() -> None:
    assert same("Los jubilados pueden pedir la ayuda desde el lunes en cualquier oficina",
                "Los jubilados podrán pedir la ayuda desde el lunes en cualquier oficina")
    assert same("Pensioners may apply for the payment from Monday at any post office",
                "Pensioners can apply for the payment from Monday at any post office")


@pytest.mark.parametrize(("a", "b"), [
    ("Most Labour MPs voted for the bill in the Commons on Tuesday night",
     "Most Labour MPs voted against the bill in the Commons on Tuesday night"),
    ("The government will lift the restrictions on Monday, the minister said",
     "The government will tighten the restrictions on Monday, the minister said"),
    ("El Gobierno levantará las restricciones el lunes, según el ministro",
     "El Gobierno endurecerá las restricciones el lunes, según el ministro"),
])
def test_votes_for_or_against_and_rules_eased_or_tightened_are_scales(a: str, b: str) -> None:
    assert conflict(a, b) == "opposite"


def test_one_word_with_two_opposite_prefixes_is_an_opposite() -> None:
    """opposite_prefixes.txt: overcharged/undercharged, imports/exports, sobrevalorado/
    infravalorado; what follows must be a word ("in|to"/"out|to" is none)."""
    assert conflict("The regulator said the company had overcharged customers for broadband",
                    "The regulator said the company had undercharged customers for broadband"
                    ) == "opposite"
    assert conflict("Las importaciones de gas ruso han caído un 30 % este año en la UE",
                    "Las exportaciones de gas ruso han caído un 30 % este año en la UE"
                    ) == "opposite"
    assert conflict("Los analistas creen que la bolsa está sobrevalorada tras la subida",
                    "Los analistas creen que la bolsa está infravalorada tras la subida"
                    ) == "opposite"


def test_one_content_word_swapped_for_another_is_a_different_claim() -> None:
    """Rule 5b: one unlisted content word for another (another action, another thing) is
    another claim, however long the shared text."""
    assert conflict("The council will renovate the old library on the high street this year",
                    "The council will relocate the old library on the high street this year"
                    ) == "word"
    assert conflict("El Ayuntamiento reformará el mercado central de abastos antes del verano",
                    "El Ayuntamiento trasladará el mercado central de abastos antes del verano"
                    ) == "word"
    assert judge(tokens("they will renovate it"), [2], tokens("they will relocate it"), [2]
                 )[1] == "word"
    # a phrase rewritten with one word paired is judged by its cost
    assert judge(tokens("they repaired it quickly"), [1, 2, 3],
                 tokens("they fixed it rapidly"), [1, 2, 3])[1] == ""


def test_a_run_where_nothing_pairs_is_other_content() -> None:
    """Rule 5c: after one long shared attribution, two content words a side that pair
    with nothing say something else."""
    assert conflict("At a press briefing in Brussels on Monday, the commissioner said the "
                    "fishing quotas were fair",
                    "At a press briefing in Brussels on Monday, the commissioner said farm "
                    "subsidies would shrink") == "content"
    assert judge(tokens("they collapsed quickly"), [1, 2],
                 tokens("they looked promising"), [1, 2]) == (0.0, "content")
    # one word of the run paired (a synonym here) keeps it a rewrite, judged by its cost
    assert judge(tokens("they collapsed quickly"), [1, 2],
                 tokens("they fell apart rapidly"), [1, 2, 3])[1] == ""


def test_paraphrase_families_keep_a_rewrite() -> None:
    """paraphrases.txt: reporting verbs, verbs of action and news nouns in families."""
    assert same("The regulator slammed the bank's handling of customer complaints last year",
                "The regulator lambasted the bank's handling of customer complaints last year")
    assert same("La consejera aseguró que las listas de espera se reducirán a la mitad",
                "La consejera señaló que las listas de espera se reducirán a la mitad")
    assert same("The airline will ditch its plan to charge passengers for hand luggage",
                "The airline will scrap its plan to charge passengers for hand luggage")
    assert same("La Diputación aplazará las obras de la carretera comarcal hasta la primavera",
                "La Diputación pospondrá las obras de la carretera comarcal hasta la primavera")


def test_short_words_and_changed_spanish_stems_are_inflections() -> None:
    """inflection.py: endings and stem changes of inflections.txt; irregular_forms.txt."""
    from reader.across.inflection import one_word

    assert one_word("crezca", "crecera") and one_word("pide", "pedir")
    assert one_word("cuts", "cut") and one_word("cutting", "cut")
    assert one_word("quiere", "querra") and one_word("redujo", "reducir")
    assert not one_word("caso", "casa") and not one_word("costa", "coste")
    assert not one_word("ampliara", "retrasara")
    # Spanish verbs broadly: preterites in -í/-eron, ue → u, prefixed irregular stems
    assert one_word("temi", "temer") and one_word("redujeron", "reducir")
    assert one_word("juega", "jugar") and one_word("propuso", "propone")
    assert one_word("contuvo", "contiene") and one_word("advirtio", "advertir")
    # a word far longer than any word is only itself, and costs no string per variant
    assert not one_word("a" * 5000 + "ar", "a" * 5000 + "o")
    assert same("El Banco Central espera que el consumo crezca con fuerza en el semestre",
                "El Banco Central espera que el consumo crecerá con fuerza en el semestre")
    assert same("The government cuts the fuel duty for hauliers from April, the treasury said",
                "The government cut the fuel duty for hauliers from April, the treasury said")
    assert same("The storm took down power lines across the county overnight, the utility said",
                "The storm has taken down power lines across the county overnight, the "
                "utility said")


def test_verbs_are_one_verb_only_beside_their_noun() -> None:
    """collocations.txt: "sealed"/"struck" a DEAL; "cerró"/"alcanzó" only beside "acuerdo"."""
    assert same("Unions and employers sealed a deal on pay after weeks of tense talks",
                "Unions and employers struck a deal on pay after weeks of tense talks")
    assert same("Sindicatos y patronal sellaron un acuerdo salarial tras semanas de reuniones",
                "Sindicatos y patronal cerraron un acuerdo salarial tras semanas de reuniones")
    assert same("The health secretary unveiled a plan to cut waiting lists for knee operations",
                "The health secretary launched a plan to cut waiting lists for knee operations")
    assert same("El Gobierno impuso aranceles del 20 % a las importaciones de acero chino",
                "El Gobierno estableció aranceles del 20 % a las importaciones de acero chino")
    assert conflict("The minister unveiled a statue of the poet in the main square on Sunday",
                    "The minister launched a statue of the poet in the main square on Sunday"
                    ) == "word"
    assert conflict("La empresa cerró la planta de Vigo tras meses de pérdidas, según el comité",
                    "La empresa alcanzó la planta de Vigo tras meses de pérdidas, según el comité"
                    ) == "word"


def test_new_word_lists_parse() -> None:
    """Every line of the paraphrase, regional, irregular-form and collocation lists is well
    formed, and the inflection and spelling tables read as their rules say."""
    from reader.across.collocations import collocations
    from reader.across.data_files import data_lines
    from reader.across.inflection import rules
    from reader.across.spelling import spellings

    for name in ("paraphrases.txt", "regional_words.txt", "irregular_forms.txt",
                 "collocations.txt"):
        lines = data_lines(name)
        assert lines, name
        for line in lines:
            assert line == line.casefold() and line.count("|") >= 1, line
            assert all(len(word) > 3 for word in line.replace("|", " ").split()
                       if word.endswith("*")), line
            if name == "collocations.txt":
                assert line.count(":") == 1 and line.partition(":")[2].split(), line
    table, nouns = collocations()
    assert all(nouns) and table.starting(["sealed", "a", "deal"], 0)
    assert "ing" in rules().endings and ("zc", "c") in rules().alternations
    spelled = spellings()
    assert ("our", "or", 3) in spelled.fragments and "judgment" in spelled.words["judgement"]


def test_an_attribution_at_the_edge_of_the_shorter_text_is_covered() -> None:
    """attribution.py: "Según la ministra, …" / "…, aseguró la ministra en el Senado"."""
    assert same("El paro juvenil se ha reducido a la mitad en la última década, aseguró la "
                "ministra de Trabajo en el Senado",
                "Según la ministra de Trabajo, el paro juvenil se ha reducido a la mitad en la "
                "última década")
    assert same("The number of rough sleepers in the capital has doubled in five years, the "
                "housing charity said on Wednesday",
                "According to the housing charity, the number of rough sleepers in the capital "
                "has doubled in five years")
    # an edge holding a figure or a negation is more than who said it
    from reader.across.attribution import attributed

    words = tokens("Rents rose again in May, the agency said, not 20 %")
    assert attributed(words, 0, 5) == 0
    assert attributed(tokens("Rents rose again in May, the agency said"), 0, 5) == 3


def test_names_with_their_titles_swapping_sides_of_the_verb_reverse_the_claim() -> None:
    """roles.py's NAME_REACH: the names before the verb in one text are after it in the
    other."""
    assert conflict("The shadow chancellor Rachel Green accused the minister Tom Hale of "
                    "misleading parliament over the budget",
                    "The minister Tom Hale accused the shadow chancellor Rachel Green of "
                    "misleading parliament over the budget") == "roles"
    # the same names on the same sides, or a passive, are no swap
    assert same("Police arrested the former mayor John Birch on Tuesday night",
                "The former mayor John Birch was arrested by police on Tuesday night")
    assert same("Spain and Portugal agreed with France to share the cost of the new tunnel",
                "Spain and Portugal agreed with France to share the cost of the tunnel")


def test_a_place_and_its_adjective_and_more_news_families_are_one() -> None:
    """paraphrases.txt: demonyms, corruption and rate words of the dev16 round."""
    assert same("The central bank lowered its main rate by half a point on Thursday to fight "
                "the slowdown",
                "The central bank eased its main rate by half a point on Thursday to fight the "
                "slowdown")
    assert same("Officials were accused of taking bribes from a construction firm in exchange "
                "for permits",
                "Officials were accused of taking kickbacks from a construction firm in "
                "exchange for permits")
    assert same("El Gobierno peruano aprobará el lunes el plan de vivienda para las zonas "
                "afectadas por las lluvias",
                "El Gobierno de Perú aprobará el lunes el plan de vivienda para las zonas "
                "afectadas por las lluvias")
    assert conflict("El Gobierno peruano aprobará el lunes el plan de vivienda para las zonas "
                    "afectadas por las lluvias",
                    "El Gobierno chileno aprobará el lunes el plan de vivienda para las zonas "
                    "afectadas por las lluvias") in ("opposite", "subject", "word")


def test_domain_families_of_the_news_are_rewrites() -> None:
    """paraphrases.txt by domain: emergencies, politics, economy, justice (es and en)."""
    assert same("Officers evacuated the station after smoke was seen on the platform",
                "Officers cleared the station after smoke was seen on the platform")
    assert same("La Guardia Civil ha desarticulado una banda que robaba en chalés de la costa",
                "La Guardia Civil ha desmantelado una banda que robaba en chalés de la costa")
    assert same("Volunteers pulled two fishermen from the river after their boat capsized",
                "Volunteers rescued two fishermen from the river after their boat capsized")
    assert same("Los sindicatos de la limpieza convocan paros parciales durante las fiestas",
                "Los sindicatos de la limpieza anuncian paros parciales durante las fiestas")
    # a verb of another domain stays another claim
    assert conflict("Officers evacuated the station after smoke was seen on the platform",
                    "Officers photographed the station after smoke was seen on the platform"
                    ) == "word"



def test_have_before_a_figure_is_the_claim_s_verb() -> None:
    """"The trust HAS 1,200 nurses" / "The trust CUT 1,200 nurses": before a figure the
    auxiliary is the verb (auxiliaries.txt), so another verb there is another claim; its
    own forms still pair ("HAD 1,200"), and as an auxiliary it stays a function word."""
    a = "The hospital trust has 1,200 agency nurses on its books, a spokeswoman said"
    assert compare(a, a.replace("has", "cut")).similarity == 0.0
    assert compare(a, a.replace("has", "had")).similarity >= THRESHOLDS.same_text
    assert [t.key for t in tokens("it has 12 wards and has closed two")
            if t.norm == "has"] == ["", "function"]
