"""General mechanisms that let an unseen rewrite through without letting a look-alike in
(issue 9, wave 2): a family entry knows its word in the other number, prepositions of time
are function words, and families by sense of common newswire verbs and nouns. Sentences
written for these tests, not taken from any pair set."""

from __future__ import annotations

import pytest

from reader.across import compare
from reader.across.asides import MAX_ASIDE, dropped_aside
from reader.across.lexicon import number_forms, synonyms
from reader.across.normalise import tokens
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text


def _same(a: str, b: str) -> bool:
    return compare(a, b).similarity >= SAME


def _labels(word: str) -> set[int]:
    return {label for label, _ in synonyms().starting([word], 0)}


def test_a_family_entry_knows_its_word_in_the_other_number() -> None:
    # "vecinos | residentes" lists plurals; the singulars are the same family
    assert _labels("vecino") & _labels("residente")
    assert _labels("resident") & _labels("neighbour")


def test_number_forms_undo_only_a_plural_ending() -> None:
    assert number_forms("vecinos") == ("vecinos", "vecino")
    assert "autocar" in number_forms("autocares")
    assert number_forms("news") == ("news",)  # "new" is too short to be a stem
    assert number_forms("enfermera") == ("enfermera",)  # no derivation


def test_a_singular_swapped_within_a_family_is_a_rewrite() -> None:
    assert _same("Un vecino llamó a los bomberos al ver humo en el garaje del edificio",
                 "Un residente llamó a los bomberos al ver humo en el garaje del edificio")
    assert _same("A resident filmed the flood water pouring into the underpass on Sunday",
                 "A neighbour filmed the flood water pouring into the underpass on Sunday")


def test_a_derivation_is_still_another_person() -> None:
    # "enfermos" (patients) is in a family; "enfermera" (nurse) is another word
    assert not _same("Una enfermera denunció amenazas en el hospital comarcal de Jaca",
                     "Una paciente denunció amenazas en el hospital comarcal de Jaca")


@pytest.mark.parametrize(("a", "b"), [
    ("Un guardia resultó herido durante un motín en la cárcel de Zuera",
     "Un guardia resultó lesionado tras un motín en la cárcel de Zuera"),
    ("Three fans were hurt during clashes outside the stadium, police said",
     "Three fans were hurt amid clashes outside the stadium, police said"),
    ("La carretera quedó cortada sin causar víctimas según el servicio de emergencias",
     "La carretera quedó cortada sin que hubiera víctimas según el servicio de emergencias"),
])
def test_a_preposition_of_time_is_no_claim(a: str, b: str) -> None:
    assert _same(a, b)


def test_before_against_after_is_still_another_claim() -> None:
    assert not _same("El sospechoso fue detenido antes del tiroteo en el barrio de Usera",
                     "El sospechoso fue detenido tras el tiroteo en el barrio de Usera")


SENSE_REWRITES = [
    ("La conductora circulaba a 180 por hora por la A-7 cuando la pararon",
     "La conductora iba a 180 por hora por la A-7 cuando la pararon"),
    ("The van was travelling at 95 mph on the A1 when officers stopped it",
     "The van was going at 95 mph on the A1 when officers stopped it"),
    ("La biotecnológica captó 8 millones de euros de inversores en su primera ronda",
     "La biotecnológica obtuvo 8 millones de euros de inversores en su primera ronda"),
    ("The app maker raised 8 million dollars in funding from two venture firms",
     "The app maker secured 8 million dollars in funding from two venture firms"),
    ("The cathedral drew 90,000 visitors during the summer festival",
     "The cathedral attracted 90,000 visitors during the summer festival"),
    ("Divers found the body of a fisherman off the coast of Cornwall on Monday",
     "Divers recovered the body of a fisherman off the coast of Cornwall on Monday"),
    ("Los buzos hallaron el cuerpo de un pescador frente a la costa de Burela",
     "Los buzos encontraron el cadáver de un pescador frente a la costa de Burela"),
    ("The review found that the trust had ignored warnings about the ward",
     "The review concluded that the trust had ignored warnings about the ward"),
    ("La auditoría concluyó que la fundación desvió fondos públicos",
     "La auditoría determinó que la fundación desvió fondos públicos"),
    ("Dockers called a strike over pay at the container terminal",
     "Dockers announced a strike over pay at the container terminal"),
    ("Tres operarios resultaron heridos en una explosión en la refinería",
     "Tres operarios sufrieron heridas en una explosión en la refinería"),
    ("La reforma fue rechazada por el parlamento autonómico el martes",
     "La reforma fue rechazada por la cámara autonómica el martes"),
    ("El instituto cerrará el comedor del colegio durante las obras",
     "El instituto cerrará el comedor de la escuela durante las obras"),
]


@pytest.mark.parametrize(("a", "b"), SENSE_REWRITES)
def test_a_verb_or_noun_of_one_sense_is_a_rewrite(a: str, b: str) -> None:
    assert _same(a, b)


SENSE_LOOKALIKES = [
    ("The van was travelling at 95 mph on the A1 when officers stopped it",
     "The van was parked at 95 mph on the A1 when officers stopped it"),
    ("The app maker raised 8 million dollars in funding from two venture firms",
     "The app maker lost 8 million dollars in funding from two venture firms"),
    ("Divers found the body of a fisherman off the coast of Cornwall on Monday",
     "Divers identified the body of a fisherman off the coast of Cornwall on Monday"),
    ("The review found that the trust had ignored warnings about the ward",
     "The review denied that the trust had ignored warnings about the ward"),
    ("Dockers called a strike over pay at the container terminal",
     "Dockers suspended a strike over pay at the container terminal"),
    ("Tres operarios resultaron heridos en una explosión en la refinería",
     "Tres operarios resultaron muertos en una explosión en la refinería"),
    ("La reforma fue rechazada por el parlamento autonómico el martes",
     "La reforma fue rechazada por el gobierno autonómico el martes"),
    ("Prices have doubled since the spring, the consumer group said",
     "Prices have multiplied by three since the spring, the consumer group said"),
    # a family never softens the lone swap beside it (the red team's "sell"/"lease")
    ("The county will sell the old fire station to a housing trust, officials agreed",
     "The county will lease the former fire station to a housing trust, officials decided"),
]


@pytest.mark.parametrize(("a", "b"), SENSE_LOOKALIKES)
def test_a_verb_or_noun_of_another_sense_is_another_claim(a: str, b: str) -> None:
    assert not _same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("The ferry operator, which has run the crossing since 1998, will cut winter sailings "
     "to two a day", "The ferry operator will cut winter sailings to two a day"),
    ("El alcalde de Ronda, cuyo mandato termina en mayo, anunció que no optará a la "
     "reelección", "El alcalde de Ronda anunció que no optará a la reelección"),
    ("El embalse de Iznájar, donde se bañan cientos de vecinos cada verano, está al 20 % "
     "de su capacidad", "El embalse de Iznájar está al 20 % de su capacidad"),
])
def test_an_aside_dropped_whole_is_the_claim_trimmed(a: str, b: str) -> None:
    assert _same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # the kept claim changed: the aside does not excuse it
    ("The ferry operator, which has run the crossing since 1998, will cut winter sailings "
     "to two a day", "The ferry operator will cut winter sailings to three a day"),
    # a clause with a word the other text turns round is still judged
    ("The trust, which runs four hospitals, has not met its waiting-time target this year",
     "The trust has met its waiting-time target this year"),
])
def test_what_is_not_an_aside_still_counts(a: str, b: str) -> None:
    assert not _same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("La consejera aseguró que el hospital abrirá en junio si el Ministerio da el visto bueno",
     "La consejera aseguró que el hospital abriría en junio si el Ministerio daba el visto "
     "bueno"),
    ("Engineers have found that the bridge cables corroded faster than expected, the "
     "report said", "Engineers have discovered that the bridge cables corroded faster than "
     "expected, the report said"),
    ("Repair costs for the storm could top 40 million pounds, the insurer warned",
     "Repair costs for the storm could exceed 40 million pounds, the insurer warned"),
    ("Thieves stole paintings worth 3 million euros from a gallery in Ghent",
     "Thieves stole paintings valued at 3 million euros from a gallery in Ghent"),
    ("Las reservas de los embalses rozaron el 40 % de su capacidad a finales de octubre",
     "Las reservas de los embalses se acercaron al 40 % de su capacidad a finales de octubre"),
])
def test_tense_and_verbs_of_one_sense_are_rewrites(a: str, b: str) -> None:
    assert _same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Repair costs for the storm could top 40 million pounds, the insurer warned",
     "Repair costs for the storm could fall below 40 million pounds, the insurer warned"),
    ("Engineers have found that the bridge cables corroded faster than expected, the "
     "report said", "Engineers have denied that the bridge cables corroded faster than "
     "expected, the report said"),
    ("Las reservas de los embalses rozaron el 40 % de su capacidad a finales de octubre",
     "Las reservas de los embalses superaron el 40 % de su capacidad a finales de octubre"),
])
def test_verbs_of_another_sense_stay_another_claim(a: str, b: str) -> None:
    assert not _same(a, b)



def test_a_page_behind_one_comma_is_no_aside() -> None:
    words = tokens("The agency, which " + "studied it and " * 10 + "more, will launch it")
    run = list(range(2, len(words) - 3))
    assert len(run) > MAX_ASIDE and not dropped_aside(words, run)
    short = tokens("The agency, which studied it for years, will launch it")
    assert dropped_aside(short, list(range(2, 7)))


@pytest.mark.parametrize(("a", "b"), [
    # session 19, wave 3: families by sense (raising a rate, dying in its infinitive,
    # hiring, debris, keeping, denying, doubling), sentences written for the test
    ("The central bank lifted its main rate to 4.5 per cent on Thursday",
     "The central bank raised its main rate to 4.5 per cent on Thursday"),
    ("Tres senderistas podrían morir cada verano por golpes de calor en la sierra",
     "Tres senderistas podrían fallecer cada verano por golpes de calor en la sierra"),
    ("La naviera empleará a 150 marineros en su nueva ruta a Tánger",
     "La naviera contratará a 150 marineros en su nueva ruta a Tánger"),
    ("Volunteers cleared rubble from the village square after the earthquake",
     "Volunteers cleared debris from the village square after the earthquake"),
    ("La Junta decidió mantener el bono de transporte para los estudiantes",
     "La Junta decidió conservar el bono de transporte para los estudiantes"),
    ("The club's spokesman said the stadium would reopen in August",
     "The club's spokesperson said the stadium would reopen in August"),
])
def test_families_by_sense_round_wave3(a: str, b: str) -> None:
    assert _same(a, b)
    assert _same(b, a)


@pytest.mark.parametrize(("a", "b"), [
    # a word of the family's other sense, or another action, is still another claim
    ("The central bank lifted its main rate to 4.5 per cent on Thursday",
     "The central bank froze its main rate at 4.5 per cent on Thursday"),
    ("La naviera contratará a 150 marineros en su nueva ruta a Tánger",
     "La naviera despedirá a 150 marineros en su nueva ruta a Tánger"),
    ("Volunteers cleared rubble from the village square after the earthquake",
     "Volunteers cleared snow from the village square after the earthquake"),
])
def test_families_by_sense_keep_other_actions_apart(a: str, b: str) -> None:
    assert not _same(a, b)


def test_two_words_a_family_writes_out_are_its_pair_despite_one_stem() -> None:
    # "spokesman"/"spokesperson" share five letters; a prefix entry ("invest*") catching
    # two such words is no pair, a family listing both whole is
    assert _same("A spokeswoman for the airline confirmed the flight was diverted",
                 "A spokesperson for the airline confirmed the flight was diverted")
    assert not _same("The investment into the collapse will take a year",
                     "The investigation into the collapse will take a year")


@pytest.mark.parametrize(("a", "b"), [
    # after quality_dev23's first run, by sense: written for the test
    ("El tren quedó detenido una hora en Ourense por una avería en la catenaria",
     "El tren quedó detenido una hora en Ourense por un fallo en la catenaria"),
    ("A gas leak forced the evacuation of a primary school in Wigan on Monday",
     "A gas escape forced the evacuation of a primary school in Wigan on Monday"),
    ("Reservoirs in the south-east are dangerously low after the driest spring in decades",
     "Reservoirs in the south-east are critically low after the driest spring in decades"),
    ("Vecinos de Cartagena denuncian un fuerte olor a azufre desde el polígono",
     "Vecinos de Cartagena denuncian un fuerte hedor a azufre desde el polígono"),
    ("A retired nurse from Hull has claimed the £3 million lottery jackpot",
     "A retired nurse from Hull has scooped the £3 million lottery jackpot"),
    ("Un jubilado de Lugo cobró el primer premio de la lotería de Navidad",
     "Un jubilado de Lugo se llevó el primer premio de la lotería de Navidad"),
])
def test_families_after_dev23(a: str, b: str) -> None:
    assert _same(a, b)


def test_a_prize_verb_beside_another_noun_keeps_its_meaning() -> None:
    # "claimed" is "won" beside a prize only: beside "responsibility" it is no win
    assert not _same("The group claimed responsibility for the attack on the depot",
                     "The group won responsibility for the attack on the depot")


@pytest.mark.parametrize(("a", "b"), [
    # session 19, wave 3: adjectives and nouns by sense, written for the test
    ("Inspectors found hazardous chemicals stored in an empty warehouse in Grimsby",
     "Inspectors found dangerous chemicals stored in a vacant warehouse in Grimsby"),
    ("Los técnicos atribuyen el corte de luz a un fuerte viento en la comarca",
     "Los técnicos atribuyen el corte de luz a un potente viento en la comarca"),
    ("The council blamed the closure on a significant rise in running costs",
     "The council blamed the closure on a considerable rise in running costs"),
    ("Los familiares de las víctimas pidieron una investigación completa del accidente",
     "Las familias de las víctimas pidieron una investigación íntegra del accidente"),
    ("Fans of the club gathered outside the ground before the final",
     "Supporters of the club gathered outside the ground before the final"),
    ("El equipo celebró la victoria en la plaza mayor del pueblo",
     "El equipo celebró el triunfo en la plaza mayor del pueblo"),
])
def test_adjectives_and_nouns_by_sense_wave3(a: str, b: str) -> None:
    assert _same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # a degree that changes the claim, or a word with another common sense, stays apart
    ("The storm caused partial damage to the roof of the town hall",
     "The storm caused total damage to the roof of the town hall"),
    ("La crisis económica golpeó a las familias de la comarca",
     "La crisis barata golpeó a las familias de la comarca"),
    ("Los nuevos precios entrarán en vigor por real decreto en marzo",
     "Los nuevos precios entrarán en vigor por verdadero decreto en marzo"),
])
def test_adjectives_by_sense_keep_degrees_and_other_senses_apart(a: str, b: str) -> None:
    assert not _same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # session 19, wave 3, second verb sweep: written for the test
    ("Flights to Bilbao were diverted to Santander because of the fog",
     "Flights to Bilbao were redirected to Santander because of the fog"),
    ("Los bomberos controlaron el incendio de Tàrrega a primera hora de la tarde",
     "Los bomberos estabilizaron el incendio de Tàrrega a primera hora de la tarde"),
    ("Más de 300 vecinos se manifestaron ante la consejería por el cierre de la línea",
     "Más de 300 vecinos protestaron ante la consejería por el cierre de la línea"),
    ("The jury acquitted the former councillor of misconduct in public office",
     "The jury cleared the former councillor of misconduct in public office"),
    ("La Diputación otorgó 12 becas a estudiantes de la comarca para el próximo curso",
     "La Diputación concedió 12 becas a estudiantes de la comarca para el próximo curso"),
    ("El Celta empató ante el Betis en el último minuto del partido",
     "El Celta igualó ante el Betis en el último minuto del partido"),
])
def test_verbs_by_sense_second_sweep(a: str, b: str) -> None:
    assert _same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("La Diputación otorgó 12 becas a estudiantes de la comarca para el próximo curso",
     "La Diputación retiró 12 becas a estudiantes de la comarca para el próximo curso"),
    ("The jury acquitted the former councillor of misconduct in public office",
     "The jury convicted the former councillor of misconduct in public office"),
])
def test_verbs_by_sense_second_sweep_keep_other_actions_apart(a: str, b: str) -> None:
    assert not _same(a, b)


def test_verbs_with_a_changed_stem_by_sense() -> None:
    assert _same("El Ayuntamiento ensayará el nuevo sistema de recogida en el barrio del Carmen",
                 "El Ayuntamiento probará el nuevo sistema de recogida en el barrio del Carmen")
    assert _same("La consejera reiteró que el hospital abrirá antes del verano",
                 "La consejera repitió que el hospital abrirá antes del verano")
    assert not _same("The judge said the trial would resume on Monday in Cardiff",
                     "The judge said the test would resume on Monday in Cardiff")


@pytest.mark.parametrize(("a", "b"), [
    # session 19, wave 3, nouns by domain: written for the test
    ("Dockers at Bilbao walked out over the new shift rota on Monday",
     "Port workers at Bilbao walked out over the new shift rota on Monday"),
    ("Los estibadores de Algeciras secundaron el paro convocado para el lunes",
     "Los trabajadores portuarios de Algeciras secundaron el paro convocado para el lunes"),
    ("The operator restored mobile coverage to 8,000 homes in the valley",
     "The operator restored mobile signal to 8,000 homes in the valley"),
    ("La central nuclear de Ascó paró uno de sus reactores por una avería",
     "La planta nuclear de Ascó paró uno de sus reactores por una avería"),
    ("Turnout in the by-election was the lowest since 2001, officials said",
     "Participation in the by-election was the lowest since 2001, officials said"),
])
def test_nouns_by_domain_third_sweep(a: str, b: str) -> None:
    assert _same(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # a word with another common sense stays out of the domain's family
    ("Police launched an operation against drug dealers in the town on Friday",
     "Police launched a surgery against drug dealers in the town on Friday"),
    ("El Gobierno destinará fondos europeos a las comarcas afectadas",
     "El Gobierno destinará colecciones europeas a las comarcas afectadas"),
    ("Un incendio calcinó 40 hectáreas en el campo de Cartagena",
     "Un incendio calcinó 40 hectáreas en el estadio de Cartagena"),
])
def test_nouns_by_domain_keep_other_senses_apart(a: str, b: str) -> None:
    assert not _same(a, b)


def test_crippling_and_forcing_by_sense() -> None:
    assert _same("A ransomware attack crippled the hospital's booking system for three days",
                 "A ransomware attack paralysed the hospital's booking system for three days")
    assert _same("Storms will force dozens of trawlers to stay in port this week",
                 "Storms will oblige dozens of trawlers to stay in port this week")
    assert not _same("La fuerza del viento derribó dos torres de alta tensión en Lugo",
                     "La obligación del viento derribó dos torres de alta tensión en Lugo")


@pytest.mark.parametrize(("a", "b"), [
    # after quality_dev24's first run, by sense and collocation: written for the test
    ("Los bomberos revisaron una grieta en la fachada del colegio tras el terremoto",
     "Los bomberos revisaron una fisura en la fachada del colegio tras el terremoto"),
    ("Commuters complained of overcrowding on the 7.40 service to Leeds",
     "Commuters complained of crowds on the 7.40 service to Leeds"),
    ("The insurer refused to pay out on 200 claims after the floods in Somerset",
     "The insurer refused to make payment on 200 claims after the floods in Somerset"),
    ("La Guardia Civil halló 300 kilos de hachís ocultos en un camión de fruta",
     "La Guardia Civil halló 300 kilos de hachís escondidos en un camión de fruta"),
    ("El museo alargará su horario hasta las diez de la noche en agosto",
     "El museo ampliará su horario hasta las diez de la noche en agosto"),
    ("Home insurance premiums will rise by 9 per cent next year, brokers said",
     "Home insurance prices will rise by 9 per cent next year, brokers said"),
])
def test_families_and_collocations_after_dev24(a: str, b: str) -> None:
    assert _same(a, b)


def test_a_collocation_after_dev24_keeps_its_noun() -> None:
    # "ampliar"/"alargar" are one beside opening hours, not beside a runway
    assert not _same("El aeropuerto ampliará la pista de aterrizaje en 2027",
                     "El aeropuerto alargará la terminal de aterrizaje en 2027")
    assert not _same("The price of bread will rise by 9 per cent next year, bakers said",
                     "The premium of bread will rise by 9 per cent next year, bakers said")


@pytest.mark.parametrize(("a", "b"), [
    # the domains of dev24 and beyond, by sense: written for the test
    ("A goods train derailed near Crewe on Monday night, blocking the main line",
     "A freight train came off the rails near Crewe on Monday night, blocking the main line"),
    ("Los trenes de cercanías irán llenos en hora punta hasta marzo, admitió Renfe",
     "Los trenes de cercanías irán llenos en hora pico hasta marzo, admitió Renfe"),
    ("Archaeologists found 40 Roman tombs during the excavation near York",
     "Archaeologists found 40 Roman graves during the dig near York"),
    ("Un rayo mató a dos vacas en una finca de Ávila durante la tormenta",
     "Una descarga eléctrica mató a dos vacas en una finca de Ávila durante la tormenta"),
])
def test_nouns_and_verbs_of_dev24s_domains(a: str, b: str) -> None:
    assert _same(a, b)


def test_dev24s_domain_families_keep_other_senses_apart() -> None:
    assert not _same("The club's coach was banned for six matches after the brawl",
                     "The club's carriage was banned for six matches after the brawl")
    assert not _same("A fire broke out in the kitchen of the hotel on Friday",
                     "A fire escaped in the kitchen of the hotel on Friday")


def test_verbs_by_sense_third_sweep() -> None:
    assert _same("Valencia will host the European swimming championships in 2028",
                 "Valencia will stage the European swimming championships in 2028")
    assert _same("El pabellón albergará el congreso mundial de enfermería en mayo",
                 "El pabellón acogerá el congreso mundial de enfermería en mayo")
    assert _same("Los mineros retomaron el trabajo tras tres semanas de huelga",
                 "Los mineros reanudaron el trabajo tras tres semanas de huelga")
    assert not _same("El tribunal condenó al exalcalde por malversación de fondos",
                     "El tribunal repudió al exalcalde por malversación de fondos")
