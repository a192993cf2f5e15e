"""One word written the way another newsroom writes it: British and American spellings,
regional Spanish, a phrasal verb whose particle both texts share, and the broad families
of news vocabulary by domain (reader/across/spelling.py, paraphrases.txt)."""

from __future__ import annotations

import pytest

from reader.across import compare
from reader.across.near_swaps import one_head
from reader.across.spelling import respelled, same_spelling
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text


def same(a: str, b: str) -> bool:
    return compare(a, b).similarity >= SAME


def conflict(a: str, b: str) -> str:
    result = compare(a, b)
    assert result.similarity == 0.0, result
    return result.conflict


@pytest.mark.parametrize(("a", "b"), [
    ("colour", "color"), ("organised", "organized"), ("organising", "organized"),
    ("centres", "centers"), ("travelled", "traveled"), ("cancelling", "canceling"),
    ("defence", "defense"), ("programmes", "programs"), ("paediatric", "pediatric"),
    ("manoeuvre", "maneuver"), ("analysed", "analyzed"), ("catalogue", "catalog"),
    ("judgement", "judgment"), ("labour", "labor"), ("theatre", "theater"),
])
def test_british_and_american_spellings_are_one_word(a: str, b: str) -> None:
    assert same_spelling(a, b, None) or same_spelling(a, b, lambda x, y: x[:6] == y[:6])


@pytest.mark.parametrize(("a", "b"), [
    ("four", "for"), ("pollo", "polo"), ("tour", "tor"), ("valle", "vale"), ("entre", "enter"),
])
def test_a_replacement_too_near_the_start_makes_no_spelling(a: str, b: str) -> None:
    assert not same_spelling(a, b)


def test_a_hostile_word_is_not_respelled() -> None:
    assert respelled("our" * 10_000) == frozenset(("our" * 10_000,))
    assert respelled("colour\x1b[31m") == frozenset(("colour\x1b[31m",))


def test_spellings_of_two_newsrooms_keep_the_claim() -> None:
    assert same("The council has cancelled the summer festival because the harbour walls "
                "need urgent repairs, a spokesman said",
                "The council has canceled the summer festival because the harbor walls "
                "need urgent repairs, a spokesman said")
    assert same("Hospitals will prioritise paediatric surgery in the neighbourhood centres "
                "from next month",
                "Hospitals will prioritize pediatric surgery in the neighborhood centers "
                "from next month")
    # a spelling does not hide another word beside it
    assert conflict("The ministry has organised free courses for unemployed welders",
                    "The ministry has organized free courses for unemployed plumbers") != ""


def test_a_phrasal_verb_whose_particle_both_texts_share_is_one_family() -> None:
    assert same("Coastguards have ramped up searches for two fishermen missing off Cornwall "
                "since Tuesday",
                "Coastguards have stepped up searches for two fishermen missing off Cornwall "
                "since Tuesday")
    assert same("La empresa ha puesto en marcha un plan de bajas voluntarias para 300 "
                "empleados de la planta",
                "La empresa ha lanzado un plan de bajas voluntarias para 300 empleados de "
                "la planta")


def test_regional_words_of_spain_and_the_americas_are_one_thing() -> None:
    assert same("Los ladrones se llevaron tres ordenadores y un coche aparcado en el patio "
                "del instituto, según la Guardia Civil",
                "Los ladrones se llevaron tres computadoras y un carro estacionado en el patio "
                "del instituto, según la Guardia Civil")
    assert same("La nueva ley prohibirá el uso del móvil en las aulas de primaria a partir "
                "de septiembre",
                "La nueva ley prohibirá el uso del celular en las aulas de primaria a partir "
                "de septiembre")
    # the regional word does not stretch to its neighbours: a car is no lorry
    assert conflict("La policía retiró el coche del concejal, aparcado sobre la acera frente "
                    "al colegio",
                    "La policía retiró el camión del concejal, aparcado sobre la acera frente "
                    "al colegio") != ""


def test_british_and_american_words_are_one_thing() -> None:
    assert same("Two lorries overturned on the motorway near Leeds, closing three lanes for "
                "most of the morning",
                "Two trucks overturned on the freeway near Leeds, closing three lanes for most "
                "of the morning")
    # a word that means something else over there is left out: British "gas" is no petrol
    assert conflict("Households will see petrol bills rise again this winter, the regulator "
                    "warned",
                    "Households will see gas bills rise again this winter, the regulator "
                    "warned") != ""
    assert same("Prices at the petrol pump have climbed for six weeks in a row, motoring "
                "groups said on Friday",
                "Prices at the gasoline pump have climbed for six weeks in a row, motoring "
                "groups said on Friday")


@pytest.mark.parametrize(("a", "b"), [
    ("The storm knocked out electricity to 40,000 homes along the coast overnight",
     "The storm knocked out power to 40,000 homes along the coastline overnight"),
    ("Los agricultores calculan que la helada ha arruinado la mitad de la cosecha de "
     "almendra en la provincia",
     "Los productores calculan que la helada ha arruinado la mitad de la cosecha de "
     "almendra en la provincia"),
    ("Airlines must refund passengers within a week when a flight is cancelled by a strike",
     "Carriers must reimburse travellers within a week when a flight is cancelled by a "
     "strike"),
    ("El técnico del club pidió calma a los aficionados tras la tercera derrota seguida "
     "en casa",
     "El entrenador del club pidió calma a los hinchas tras la tercera derrota seguida "
     "en casa"),
    ("Hospitals in the north are overwhelmed by a surge in flu cases, the health board "
     "warned on Monday",
     "Hospitals in the north are swamped by a surge in influenza cases, the health board "
     "warned on Monday"),
    ("Las tropas desplegadas en la frontera recibirán nuevos drones de vigilancia este "
     "otoño",
     "Los soldados desplegados en la frontera recibirán nuevos drones de vigilancia este "
     "otoño"),
])
def test_domain_families_of_the_news_keep_the_claim(a: str, b: str) -> None:
    assert same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # a domain family holds one thing, never two things of one domain
    ("The storm knocked out electricity to 40,000 homes along the coast overnight",
     "The storm knocked out water to 40,000 homes along the coast overnight"),
    ("Los agricultores calculan que la helada ha arruinado la mitad de la cosecha de "
     "almendra en la provincia",
     "Los agricultores calculan que la sequía ha arruinado la mitad de la cosecha de "
     "almendra en la provincia"),
    ("Airlines must refund passengers within a week when a flight is cancelled by a strike",
     "Airlines must compensate passengers within a week when a flight is cancelled by a "
     "strike"),
])
def test_two_things_of_one_domain_stay_two_claims(a: str, b: str) -> None:
    assert conflict(a, b) != ""


def test_verbs_beside_their_noun_of_warnings_courts_borders_and_lines() -> None:
    assert same("Meteorologists have issued an amber warning for snow across the Highlands "
                "from Thursday night",
                "Meteorologists have activated an amber warning for snow across the Highlands "
                "from Thursday night")
    assert same("Protección Civil ha activado la alerta roja por viento en toda la costa "
                "gallega hasta el domingo",
                "Protección Civil ha decretado la alerta roja por viento en toda la costa "
                "gallega hasta el domingo")
    assert same("An appeals court has blocked the city from enforcing its new rental rules "
                "until a full hearing in spring",
                "An appeals court has halted the city from enforcing its new rental rules "
                "until a full hearing in spring")
    # outside its noun the verb keeps its meaning: issuing bonds is not activating them
    assert conflict("The city has issued new bonds to pay for the stadium, the treasurer said",
                    "The city has activated new bonds to pay for the stadium, the treasurer "
                    "said") != ""


def test_two_noun_phrases_swapping_sides_of_the_verb_reverse_the_claim() -> None:
    assert conflict("El club deportivo local denunció a la cadena de gimnasios por plagiar "
                    "su logotipo, según la demanda",
                    "La cadena de gimnasios denunció al club deportivo local por plagiar su "
                    "logotipo, según la demanda") == "roles"
    assert conflict("The regional water company sued the national grid operator over "
                    "unpaid bills",
                    "The national grid operator sued the regional water company over unpaid "
                    "bills") == "roles"
    # a sentence turned round with a passive keeps its roles
    assert same("The regional water company sued the national grid operator over unpaid "
                "bills",
                "The national grid operator was sued by the regional water company over "
                "unpaid bills")


@pytest.mark.parametrize(("a", "b"), [
    ("The health board has carried out an audit of every maternity unit in the region",
     "The health board has conducted an audit of every maternity unit in the region"),
    ("The club's chairman stepped down on Friday after fans protested outside the stadium",
     "The club's chairman resigned on Friday after fans protested outside the stadium"),
    ("The minister has ruled out a second referendum on the new constitution this year",
     "The minister has excluded a second referendum on the new constitution this year"),
    ("Fighting broke out again in the northern province overnight, the monitors reported",
     "Fighting erupted again in the northern province overnight, the monitors reported"),
    ("The dockers' union said its members would walk out on Monday over the new shift rota",
     "The dockers' union said its members would strike on Monday over the new shift rota"),
    ("The carmaker will lay off 900 workers at its plant in the north of the country",
     "The carmaker will cut 900 workers at its plant in the north of the country"),
    ("El Ayuntamiento llevará a cabo una auditoría de todos los contratos de limpieza "
     "del último mandato",
     "El Ayuntamiento realizará una auditoría de todos los contratos de limpieza del "
     "último mandato"),
])
def test_a_phrasal_verb_and_its_one_word_equivalent_are_one_action(a: str, b: str) -> None:
    assert same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("decision", "decided"), ("closure", "closed"), ("failure", "failed"),
    ("expansion", "expanded"), ("suspension", "suspended"), ("division", "divided"),
    ("decision", "decidio"),
])
def test_a_noun_made_of_a_verb_is_one_word(a: str, b: str) -> None:
    from reader.across.inflection import one_word

    assert one_word(a, b)


@pytest.mark.parametrize(("a", "b"), [("pension", "pending"), ("visa", "vida"),
                                      ("rises", "rides"), ("tension", "tends")])
def test_a_stem_change_of_nouns_made_of_verbs_changes_no_other_word(a: str, b: str) -> None:
    from reader.across.inflection import one_word

    assert not one_word(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Coastguards said the yacht had vanished from radar shortly after leaving the harbour",
     "Coastguards said the yacht had disappeared from radar shortly after leaving the harbour"),
    ("The competition watchdog has opened an inquiry into the merger of the two supermarkets",
     "The competition regulator has opened an inquiry into the merger of the two supermarkets"),
    ("Los votantes acudirán a las urnas en una contienda que las encuestas dan por muy reñida",
     "Los electores acudirán a las urnas en una carrera que las encuestas dan por muy reñida"),
    ("Un vecino avistó el animal escapado del zoo en un parque a las afueras de la ciudad",
     "Un vecino detectó el animal escapado del zoo en un parque a las afueras de la ciudad"),
    ("The visitors thrashed the league leaders in a fourth consecutive away win for the club",
     "The visitors crushed the league leaders in a fourth straight away win for the club"),
])
def test_common_newsroom_synonyms_keep_the_claim(a: str, b: str) -> None:
    assert same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # a doubled figure is not a tripled one; examining is not blocking, sighting not catching
    ("Las ventas de bicicletas eléctricas se duplicaron en el primer semestre del año",
     "Las ventas de bicicletas eléctricas se multiplicaron por tres en el primer semestre"),
    ("The competition watchdog has examined the merger of the two supermarkets",
     "The competition watchdog has blocked the merger of the two supermarkets"),
    ("Un vecino avistó el animal escapado del zoo en un parque a las afueras de la ciudad",
     "Un vecino capturó el animal escapado del zoo en un parque a las afueras de la ciudad"),
])
def test_near_words_of_other_actions_stay_two_claims(a: str, b: str) -> None:
    assert compare(a, b).similarity < SAME


def test_a_listed_phrase_may_begin_in_the_shared_words_before_the_change() -> None:
    assert same("The company will build a new gas power station on the site of the old mine",
                "The company will build a new gas power plant on the site of the old mine")
    # the shared word alone does not make two other words one
    assert conflict("The company will build a new gas power station on the site of the old mine",
                    "The company will build a new gas power line on the site of the old mine"
                    ) != ""


def test_an_adjective_agreeing_with_a_synonym_of_the_other_gender_is_one_word() -> None:
    assert same("El accidente provocó largas retenciones en la autovía durante toda la tarde",
                "El accidente provocó largos atascos en la autovía durante toda la tarde")
    # alone, two words that differ in their last vowel are two nouns
    assert conflict("El juez archivó el caso del exalcalde tras dos años de instrucción",
                    "El juez archivó la casa del exalcalde tras dos años de instrucción") != ""


@pytest.mark.parametrize(("a", "b"), [
    ("Shares in the carmaker fell sharply after it cut its sales forecast for the year",
     "Shares in the automaker fell sharply after it cut its sales forecast for the year"),
    ("Detectives are appealing for witnesses after a man was stabbed outside a nightclub",
     "Detectives are asking for witnesses after a man was stabbed outside a nightclub"),
    ("Rescue teams pulled four survivors from the flooded tunnel early on Thursday",
     "Rescue teams freed four survivors from the flooded tunnel early on Thursday"),
])
def test_more_regional_words_and_collocations(a: str, b: str) -> None:
    assert same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("The ferry capsized in a storm off the island with 200 passengers on board",
     "The ferry overturned in a storm off the island with 200 passengers on board"),
    ("La jueza condenó al empresario por soborno a dos concejales del municipio costero",
     "La jueza condenó al empresario por cohecho a dos concejales del municipio costero"),
    ("Los hospitales de la región sufren una grave escasez de enfermeras este invierno",
     "Los hospitales de la región sufren una grave falta de enfermeras este invierno"),
    ("Youth unemployment in the region hit a record low in the spring, the agency said",
     "Youth joblessness in the region hit an all-time low in the spring, the agency said"),
])
def test_round_five_families_keep_the_claim(a: str, b: str) -> None:
    assert same(a, b)


def test_round_five_families_hold_one_thing() -> None:
    # a record low is no record high; bribery is no fraud
    assert conflict("Youth unemployment in the region hit a record low in the spring, the "
                    "agency said",
                    "Youth unemployment in the region hit a record high in the spring, the "
                    "agency said") != ""
    assert conflict("La jueza condenó al empresario por soborno a dos concejales del municipio",
                    "La jueza condenó al empresario por fraude a dos concejales del municipio"
                    ) != ""


@pytest.mark.parametrize(("a", "b"), [
    ("Investigators believe the warehouse blaze was started deliberately on Sunday night",
     "Investigators suspect the warehouse blaze was started intentionally on Sunday night"),
    ("Cabin crew will stage a fresh walkout over the bank holiday weekend, the union said",
     "Cabin crew will hold a new walkout over the bank holiday weekend, the union said"),
    ("La tromba de agua anegó los sótanos de medio centenar de viviendas del casco antiguo",
     "La tromba de agua inundó los sótanos de medio centenar de viviendas del casco antiguo"),
])
def test_round_six_families_keep_the_claim(a: str, b: str) -> None:
    assert same(a, b)


def test_a_fresh_walkout_is_no_old_one_and_suspicion_no_denial() -> None:
    assert conflict("Cabin crew will stage a fresh walkout over the bank holiday weekend",
                    "Cabin crew will cancel a fresh walkout over the bank holiday weekend"
                    ) != ""
    # "call OFF a strike" is no verb of its line beside "strike": only "call" is
    from reader.across.collocations import collocation_pairs
    from reader.across.normalise import tokens

    q = tokens("the union will stage a strike on Monday")
    c = tokens("the union will call off a strike on Monday")
    assert collocation_pairs(q, [3], c, [3, 4])[2] == 0
    c = tokens("the union will call a strike on Monday")
    assert collocation_pairs(q, [3], c, [3])[2] == 1
    assert conflict("Investigators believe the warehouse blaze was started deliberately",
                    "Investigators deny the warehouse blaze was started deliberately") != ""


@pytest.mark.parametrize(("a", "b"), [
    ("hailstorm", "thunderstorm"), ("mudslide", "rockslide"), ("earthquake", "seaquake"),
    ("flashflood", "riverflood"),
])
def test_two_compounds_of_one_head_are_one_kind(a: str, b: str) -> None:
    assert one_head(a, b)
    assert one_head(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("headline", "deadline"), ("ceasefire", "wildfire"), ("heatwave", "coldwave"),
    ("rainfall", "snowfall"), ("storm", "firestorm"), ("storm", "storm"),
    ("carmaker", "chipmaker"), ("steelworkers", "dockworkers"), ("reshooting", "shooting"),
    ("[@click=app.quit]storm", "\x1bstorm"),
])
def test_words_that_are_not_two_compounds_of_one_head(a: str, b: str) -> None:
    assert not one_head(a, b)


def test_a_swapped_compound_of_one_head_keeps_the_claim() -> None:
    text = ("A {} flooded the underground station in the city centre on Tuesday evening, "
            "the transport authority said")
    assert same(text.format("hailstorm"), text.format("thunderstorm"))
    # another head is another thing: still a different claim
    assert conflict(text.format("hailstorm"), text.format("heatwave")) in ("word", "subject")


@pytest.mark.parametrize(("a", "b"), [
    ("The committee rebuked the minister over the missing contracts on Thursday",
     "The committee reprimanded the minister over the missing contracts on Thursday"),
    ("Los militares derrocaron al presidente del país en la madrugada del lunes",
     "Los militares destituyeron al presidente del país en la madrugada del lunes"),
    ("The coastguard seized a boat carrying cocaine off the coast of Cornwall",
     "The coastguard impounded a boat carrying cocaine off the coast of Cornwall"),
    ("La policía incautó una embarcación con cocaína frente a la costa de Huelva",
     "La policía decomisó una embarcación con cocaína frente a la costa de Huelva"),
    ("Prices rose markedly in the first quarter of the year across the region",
     "Prices rose considerably in the first quarter of the year across the region"),
])
def test_uncommon_near_synonyms_of_one_class_keep_the_claim(a: str, b: str) -> None:
    assert same(a, b)


def test_a_slight_rise_is_not_a_marked_rise() -> None:
    a = "Prices rose markedly in the first quarter of the year across the region"
    b = "Prices rose slightly in the first quarter of the year across the region"
    assert not same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("A court in Leeds quashed the sentence of a former bank clerk on Monday afternoon",
     "A court in Leeds overturned the sentence of a former bank clerk on Monday afternoon"),
    ("La Audiencia de Málaga revocó el auto que archivaba la causa contra el exconcejal",
     "La Audiencia de Málaga anuló el auto que archivaba la causa contra el exconcejal"),
    ("La ministra de Vivienda dimitió el martes tras conocerse las grabaciones del caso",
     "La ministra de Vivienda renunció el martes tras conocerse las grabaciones del caso"),
    ("Inspectors found a cluster of legionnaires' cases at a care home in Leicester",
     "Inspectors found an outbreak of legionnaires' cases at a care home in Leicester"),
    ("The gang lured pensioners with bogus investment schemes before draining their savings",
     "The gang enticed pensioners with bogus investment schemes before draining their savings"),
    ("The retailer raised its profit forecast for the year after strong Christmas trading",
     "The retailer lifted its profit forecast for the year after strong Christmas trading"),
    ("Officials said the ministry accepted bribes from two shipping companies last year",
     "Officials said the ministry took bribes from two shipping companies last year"),
    ("The protest drew thousands of farmers to the centre of Brussels on Thursday",
     "The protest drawing thousands of farmers to the centre of Brussels on Thursday"),
])
def test_round_eight_classes_keep_the_claim(a: str, b: str) -> None:
    assert same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # a verb of a collocation away from its noun keeps its own meaning
    ("The company lifted the ban on overtime at its factory in Derby on Monday",
     "The company raised the ban on overtime at its factory in Derby on Monday"),
    ("Officials said the ministry accepted the proposal from two shipping companies",
     "Officials said the ministry took the proposal from two shipping companies"),
])
def test_a_collocation_verb_without_its_noun_is_another_claim(a: str, b: str) -> None:
    assert not same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("The cabin crew's walkout grounded every flight at Bilbao airport on Friday",
     "The cabin crew's strike grounded every flight at Bilbao airport on Friday"),
    ("The regional government vowed to curb tourist flats in the old town",
     "The regional government pledged to curb tourist flats in the old town"),
    ("La tregua entre el Ejército y los rebeldes se rompió la madrugada del domingo",
     "El alto el fuego entre el Ejército y los rebeldes se rompió la madrugada del domingo"),
    ("A gunman opened fire on a bus queue in the north of the city on Tuesday night",
     "An attacker opened fire on a bus queue in the north of the city on Tuesday night"),
])
def test_round_nine_classes_keep_the_claim(a: str, b: str) -> None:
    assert same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("The council eased the parking rules in the town centre on Monday",
     "The council tightened the parking rules in the town centre on Monday"),
    ("An explosion killed three miners at the colliery in Asturias on Sunday",
     "An explosion injured three miners at the colliery in Asturias on Sunday"),
    ("A shortage of drivers has cut bus services across the county this winter",
     "A strike of drivers has cut bus services across the county this winter"),
])
def test_two_classes_of_the_news_stay_two_claims(a: str, b: str) -> None:
    assert not same(a, b)


@pytest.mark.parametrize(("a", "b", "kept"), [
    ("The bank said a cyberattack exposed the records of two million customers",
     "The bank said a breach exposed the records of two million customers", True),
    ("The bank said a cyberattack exposed the records of two million customers",
     "The bank said an outage exposed the records of two million customers", False),
    ("Los alumnos del instituto volverán a clase el lunes tras la avería de la calefacción",
     "Los estudiantes del instituto volverán a clase el lunes tras la avería de la calefacción",
     True),
    ("Los alumnos del instituto volverán a clase el lunes tras la avería de la calefacción",
     "Los profesores del instituto volverán a clase el lunes tras la avería de la calefacción",
     False),
])
def test_round_ten_classes_pair_only_within_a_class(a: str, b: str, kept: bool) -> None:
    assert same(a, b) is kept


def test_a_phrasal_verb_against_one_other_verb_is_one_word_swapped() -> None:
    a = "The senator stepped down amid an inquiry into his travel expenses"
    assert conflict(a, "The senator was cleared amid an inquiry into his travel expenses") == "word"
    assert same(a, "The senator resigned amid an inquiry into his travel expenses")
    b = "The carmaker said it had laid off 900 workers at its plant near Valladolid"
    assert same(b, "The carmaker said it had cut 900 workers at its plant near Valladolid")


def test_a_verb_before_to_and_its_infinitive_is_one_word_swapped() -> None:
    a = "Surgeons managed to save the girl's leg after the crash on the ring road"
    assert conflict(a, "Surgeons had to amputate the girl's leg after the crash on the ring road"
                    ) == "word"
    b = "Organisers postponed the final of the regatta because of high winds"
    assert not same(b, "Organisers brought forward the final of the regatta because of high winds")


@pytest.mark.parametrize(("a", "b"), [
    ("disputed", "questioned"), ("adopted", "approved"), ("debated", "discussed"),
    ("sought", "requested"), ("reviewed", "examined"), ("drafted", "prepared"),
    ("rechazó", "descartó"), ("elaboró", "preparó"), ("retiró", "quitó"),
    ("agilizó", "aceleró"), ("tramitó", "gestionó"),
])
def test_verbs_of_one_sense_from_the_tuners_probe_are_one_claim(a: str, b: str) -> None:
    """paraphrases.txt, session 18's probe (written by the tuner, not from labelled pairs)."""
    frame = "The port board {} the berth proposal on Friday after a long night of talks"
    if a.endswith("ó"):
        frame = "La junta del puerto {} la propuesta del muelle el viernes tras una larga noche"
    assert same(frame.format(a), frame.format(b))


@pytest.mark.parametrize(("a", "b"), [
    ("el veredicto", "el fallo"), ("el atentado", "el ataque"), ("el recorte", "el ajuste"),
    ("el saldo", "el balance"), ("the verdict", "the ruling"), ("the payout", "the compensation"),
])
def test_nouns_of_one_sense_from_the_tuners_probe_are_one_claim(a: str, b: str) -> None:
    frame = "Witnesses said {} was discussed at length on Friday in the old town hall"
    if a.startswith("el "):
        frame = "Según los testigos, {} se discutió a fondo el viernes en el viejo ayuntamiento"
    assert same(frame.format(a), frame.format(b))


def test_a_negation_inside_a_listed_phrase_pairs_with_it() -> None:
    """An entry's negation is part of its phrase ("quedarse SIN" for "perder"): the phrase
    pairs whole and leaves no negation behind (lexicon._content_words)."""
    assert same("La cooperativa cerrará dos almacenes en Jaén tras perder la subvención "
                "europea que la sostenía desde 2015",
                "La cooperativa cerrará dos almacenes en Jaén tras quedarse sin la subvención "
                "europea que la sostenía desde 2015")
    assert same("The charity will shut three shelters after it lost the council grant that "
                "had funded them since 2016",
                "The charity will shut three shelters after it was left without the council "
                "grant that had funded them since 2016")


@pytest.mark.parametrize(("a", "b"), [
    ("The navy has awarded Harlow Marine a contract to refit four frigates in Rosyth",
     "The navy has handed Harlow Marine a contract to refit four frigates in Rosyth"),
    ("Rising rents have eroded the margins of small bakeries across the county",
     "Rising rents have squeezed the margins of small bakeries across the county"),
    ("La Diputación adjudicó a una constructora gallega el contrato de la nueva depuradora",
     "La Diputación encargó a una constructora gallega el contrato de la nueva depuradora"),
    ("La flota de bajura lleva tres semanas amarrada en el puerto por el temporal",
     "La flota de bajura lleva tres semanas atracada en el puerto por el temporal"),
    ("The housing shortage in the capital has worsened since the spring, charities said",
     "The housing shortage in the capital has deepened since the spring, charities said"),
    ("La sequía ha diezmado las cosechas de cereal en la meseta este año",
     "La sequía ha mermado las cosechas de cereal en la meseta este año"),
])
def test_rewrites_of_quality_dev19s_classes_keep_the_claim(a: str, b: str) -> None:
    """Collocations (contracts awarded, margins eroded, a fleet moored), the worsening
    pole and a toll taken: classes of dev19's first-run misses, on new sentences."""
    assert same(a, b)


def test_the_classes_still_tell_other_claims() -> None:
    assert conflict("The navy has awarded Harlow Marine a contract to refit four frigates",
                    "The navy has cancelled Harlow Marine's contract to refit four frigates"
                    ) != ""
    assert conflict("The housing shortage in the capital has worsened since the spring",
                    "The housing shortage in the capital has eased since the spring") != ""


@pytest.mark.parametrize(("a", "b"), [
    ("hampered", "hindered"), ("bolstered", "boosted"), ("brokered", "negotiated"),
    ("inked", "signed"), ("dañó", "deterioró"), ("registró", "inspeccionó"),
    ("financió", "costeó"), ("invirtió", "inyectó"), ("pronosticó", "previó"),
])
def test_verbs_of_the_tuners_second_probe_are_one_claim(a: str, b: str) -> None:
    """paraphrases.txt, session 18's second probe (the tuner's own pairs, by sense)."""
    frame = "The harbour trust {} the berth scheme on Friday after a long night of talks"
    if a.endswith("ó"):
        frame = "La junta del puerto {} el plan del muelle el viernes tras una larga noche"
    assert same(frame.format(a), frame.format(b))


def test_an_action_beside_its_own_noun_from_the_second_probe() -> None:
    assert same("Los sanitarios atendieron a los heridos en una carpa junto a la estación",
                "Los sanitarios trataron a los heridos en una carpa junto a la estación")
    assert conflict("Los sanitarios atendieron la llamada en una carpa junto a la estación",
                    "Los sanitarios trataron la llamada en una carpa junto a la estación") != ""


def test_the_cabinet_and_a_spate_from_the_tuners_sentence_probe() -> None:
    assert same("El Consejo de Ministros aprobará el viernes una rebaja del IVA de la luz para "
                "los hogares vulnerables",
                "El Gobierno aprobará el viernes una rebaja del IVA de la luz para los hogares "
                "vulnerables")
    assert same("Police are investigating a spate of burglaries at allotments in Swindon",
                "Police are investigating a series of burglaries at allotments in Swindon")


def test_free_of_charge_written_three_ways() -> None:
    assert same("El museo será gratuito para los menores de 12 años a partir de enero",
                "El museo será gratis para los menores de 12 años a partir de enero")
    assert same("El museo será gratuito para los menores de 12 años a partir de enero",
                "El museo será sin coste para los menores de 12 años a partir de enero")


@pytest.mark.parametrize(("a", "b"), [
    ("a gradual", "a steady"), ("an unexpected", "a surprise"), ("a dramatic", "a drastic"),
    ("a sustained", "a continued"),
])
def test_how_a_change_came_from_the_tuners_third_probe(a: str, b: str) -> None:
    """paraphrases.txt: the pace, surprise, scale and persistence of a change, by sense."""
    frame = "Analysts said {} fall in orders hit the shipyard at Birkenhead this spring"
    assert same(frame.format(a), frame.format(b))


def test_the_pace_of_a_change_still_tells_its_direction() -> None:
    assert conflict("Analysts said a gradual fall in orders hit the shipyard this spring",
                    "Analysts said a gradual rise in orders hit the shipyard this spring") != ""
    assert same("Los precios bajaron bruscamente en la lonja de Vigo esta semana",
                "Los precios bajaron repentinamente en la lonja de Vigo esta semana")


@pytest.mark.parametrize(("a", "b"), [
    ("the grant", "the subsidy"), ("the death toll", "the number of dead"),
    ("the disease", "the illness"), ("la enfermedad", "la dolencia"),
    ("la carretera", "la vía"), ("el presupuesto", "las cuentas públicas"),
])
def test_nouns_of_the_tuners_fourth_probe_are_one_claim(a: str, b: str) -> None:
    """paraphrases.txt: nouns of the news by sense (session 18's fourth probe)."""
    frame = "Witnesses said {} was the main worry in the valley towns this winter"
    if a.startswith(("el ", "la ")):
        frame = "Según los vecinos, {} es la principal preocupación en los pueblos del valle"
    assert same(frame.format(a), frame.format(b))


@pytest.mark.parametrize(("a", "b"), [
    ("El hospital cerrará dos quirófanos en agosto para sustituir el sistema de ventilación",
     "El hospital cerrará dos quirófanos en agosto para renovar el sistema de ventilación"),
    ("La eléctrica desconectará la red de gas ciudad en 40 pueblos de Soria antes de 2027",
     "La eléctrica apagará la red de gas ciudad en 40 pueblos de Soria antes de 2027"),
    ("El Cabildo prohibirá la pesca del mero en la reserva marina a partir de marzo",
     "El Cabildo vetará la pesca del mero en la reserva marina a partir de marzo"),
    ("La Junta autorizó la ampliación del vertedero de Tudela pese a las quejas vecinales",
     "La Junta aprobó la ampliación del vertedero de Tudela pese a las quejas vecinales"),
    ("Engineers found a bacterium that can break down nylon in a matter of weeks",
     "Engineers found a bacterium that can degrade nylon in a matter of weeks"),
    ("Brussels cleared a €900 million Italian subsidy for a battery plant near Turin",
     "Brussels approved a €900 million Italian subsidy for a battery plant near Turin"),
    ("Una cuarta parte de los autobuses de la flota municipal tiene más de quince años",
     "El 25 % de los autobuses de la flota municipal tiene más de quince años"),
    ("Gunmen slaughtered 12 villagers near the border overnight, the army said",
     "Gunmen killed 12 villagers near the border overnight, the army said"),
    ("Gritters were out across Cumbria as the cold spell tightened its grip on Tuesday",
     "Gritters were out across Cumbria as the cold snap tightened its grip on Tuesday"),
    ("Buzos de la Armada hallaron restos del pecio a 40 metros de profundidad frente a Cádiz",
     "Buzos de la Armada detectaron restos del pecio a 40 metros de profundidad frente a Cádiz"),
])
def test_rewrites_of_quality_dev20s_classes_keep_the_claim(a: str, b: str) -> None:
    """Classes of dev20's first-run misses (replacing, switching off, banning, approving,
    breaking down, a subsidy cleared, a share as "una cuarta parte", killing, a cold spell,
    finding), on new sentences."""
    assert same(a, b)


def test_dev20s_classes_still_tell_other_claims() -> None:
    assert conflict("The court cleared the former treasurer of fraud on Tuesday",
                    "The court convicted the former treasurer of fraud on Tuesday") != ""
    assert conflict("Una tercera parte de los autobuses de la flota tiene más de quince años",
                    "Una cuarta parte de los autobuses de la flota tiene más de quince años"
                    ) != ""
    assert conflict("Las denuncias se han duplicado desde enero en el barrio",
                    "Las denuncias se han multiplicado por tres desde enero en el barrio") != ""


@pytest.mark.parametrize(("a", "b"), [
    ("pinpointed", "identified"), ("monitored", "tracked"), ("trialled", "tested"),
    ("polluted", "contaminated"), ("rerouted", "diverted"), ("vertió", "derramó"),
    ("desvió", "redirigió"), ("modernizó", "actualizó"),
])
def test_verbs_of_the_tuners_fifth_probe_are_one_claim(a: str, b: str) -> None:
    """paraphrases.txt: science, environment and transport verbs by sense (session 18)."""
    frame = "Officials said the operator {} the waste water near the estuary last month"
    if a.endswith("ó"):
        frame = "Según la Junta, la empresa {} las aguas residuales junto a la ría el mes pasado"
    assert same(frame.format(a), frame.format(b))


def test_verb_forms_written_out_leave_common_nouns_alone() -> None:
    """"measures", "pública", "medidas" are nouns a prefix would have caught."""
    assert conflict("The council announced new measures to cut traffic in the centre",
                    "The council announced new records to cut traffic in the centre") != ""
    assert conflict("El Gobierno aprobó un paquete de medidas contra la sequía en Murcia",
                    "El Gobierno aprobó un paquete de registros contra la sequía en Murcia") != ""


@pytest.mark.parametrize(("a", "b"), [
    ("harvested", "picked"), ("stockpiled", "hoarded"), ("recruited", "enlisted"),
    ("cosechó", "recolectó"), ("acaparó", "atesoró"), ("filtró", "filtró"),
])
def test_verbs_of_the_tuners_sixth_probe(a: str, b: str) -> None:
    """paraphrases.txt: farming, supplies and recruiting verbs by sense (session 18);
    "atesoró" is no listed word: a swap outside the lists stays another claim."""
    frame = "Officials said the cooperative {} most of the grain before the storm hit Lincolnshire"
    if a.endswith("ó"):
        frame = "Según la Junta, la cooperativa {} casi todo el grano antes de la tormenta en Soria"
    if b == "atesoró":
        assert not same(frame.format(a), frame.format(b))
    else:
        assert same(frame.format(a), frame.format(b))


def test_verb_forms_of_the_sixth_probe_leave_other_words_alone() -> None:
    assert conflict("The carmaker will close its plant in Sunderland next year, the union said",
                    "The carmaker will close its sowing in Sunderland next year, the union said"
                    ) != ""


@pytest.mark.parametrize(("a", "b"), [
    ("quarantined", "isolated"), ("reshuffled", "restructured"), ("lobbied", "pressed"),
    ("aisló", "confinó"), ("juzgó", "procesó"), ("presionó", "instó"),
])
def test_verbs_of_the_tuners_seventh_probe(a: str, b: str) -> None:
    """paraphrases.txt: care, courts, lobbying and restructuring verbs (session 18)."""
    frame = "Officials said the board {} the staff of the Harwich unit after the inquiry"
    if a.endswith("ó"):
        frame = "Según la Junta, el consejo {} a la plantilla de la unidad tras la inspección"
    assert same(frame.format(a), frame.format(b))


def test_an_entry_never_shrinks_to_a_word_that_means_something_else() -> None:
    """Function words are dropped from entries: "instó a" would have left "inst*"
    (instalar, instituto), "brought in" "brought"; such entries are written out."""
    assert conflict("La Junta instaló a la plantilla en la nueva sede de la unidad",
                    "La Junta presionó a la plantilla en la nueva sede de la unidad") != ""
    assert conflict("The council brought forward the vote on the harbour plan",
                    "The council imported forward the vote on the harbour plan") != ""


@pytest.mark.parametrize(("a", "b"), [
    ("retaliated", "hit back"), ("shelled", "bombarded"), ("surrendered", "capitulated"),
])
def test_verbs_of_the_tuners_eighth_probe(a: str, b: str) -> None:
    """paraphrases.txt: conflict and diplomacy by sense (session 18)."""
    frame = "Witnesses said the militia {} near the river crossing on Sunday night"
    assert same(frame.format(a), frame.format(b))


def test_nouns_of_the_eighth_probe_and_a_storm_that_hit() -> None:
    assert same("Los rehenes fueron liberados en la frontera el domingo por la noche",
                "Los cautivos fueron liberados en la frontera el domingo por la noche")
    assert conflict("The storm hit the coastal town overnight, officials said",
                    "The storm retaliated the coastal town overnight, officials said") != ""


@pytest.mark.parametrize(("a", "b"), [
    ("posted", "booked"), ("rallied", "rebounded"), ("stagnated", "stalled"),
    ("outsourced", "contracted out"), ("rebranded", "renamed"),
])
def test_verbs_of_the_tuners_ninth_probe(a: str, b: str) -> None:
    """paraphrases.txt: business results, markets and firms by sense (session 18)."""
    frame = "Analysts said the retailer {} its results in the first half, the filing shows"
    assert same(frame.format(a), frame.format(b))


def test_the_ninth_probe_keeps_the_government_apart_from_an_executive() -> None:
    assert conflict("El Ejecutivo aprobó el plan de empleo juvenil el martes en Toledo",
                    "El directivo aprobó el plan de empleo juvenil el martes en Toledo") != ""
    assert conflict("The firm posted a loss of £3m in the first half, the filing shows",
                    "The firm posted a profit of £3m in the first half, the filing shows") != ""


@pytest.mark.parametrize(("a", "b"), [
    ("mugged", "robbed"), ("vandalised", "defaced"), ("scorched", "burned"),
    ("liberó", "soltó"), ("saqueó", "desvalijó"),
])
def test_verbs_of_the_tuners_tenth_probe(a: str, b: str) -> None:
    """paraphrases.txt: crime, fire and release verbs by sense (session 18)."""
    frame = "Police said the gang {} the corner shop in Hull late on Friday night"
    if a.endswith("ó"):
        frame = "Según la Policía, la banda {} la tienda de la esquina el viernes por la noche"
    assert same(frame.format(a), frame.format(b))
