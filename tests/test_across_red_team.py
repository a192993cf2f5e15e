"""The rewrites a precision red team's look-alikes had as twins (quality_dev21's round):
now that one unlisted swap never softens (restyled.ALONE) these pairs are known to the lists
(paraphrases.txt, collocations.txt). Sentences written for these tests, not from the pairs."""

from __future__ import annotations

import pytest

from reader.across import compare
from reader.across.thresholds import THRESHOLDS

SAME = THRESHOLDS.same_text

REWRITES = [
    ("A woman was hurt in a brawl at a bus station in the early hours of Saturday",
     "A woman was injured in a fight at a bus station in the early hours of Saturday"),
    ("Dos jóvenes resultaron heridos en una reyerta a la salida de un concierto en Murcia",
     "Dos jóvenes resultaron lesionados en una pelea a la salida de un concierto en Murcia"),
    ("Crews found three cars blazing on the hard shoulder after the crash",
     "Crews found three cars burning on the hard shoulder after the crash"),
    ("High winds knocked down power lines across the valley overnight, the operator said",
     "Strong winds brought down power lines across the valley overnight, the operator said"),
    ("The festival was a huge success and will return next year, the organisers said",
     "The festival was a great success and will return next year, the organisers said"),
    ("Only a few stalls at the market opened on the morning of the strike",
     "Only a handful of stalls at the market opened on the morning of the strike"),
    ("Las obras de la nueva estación terminarán en primavera, según el Ministerio",
     "Los trabajos de la nueva estación terminarán en primavera, según el Ministerio"),
    ("La Guardia Civil intervino dos toneladas de tabaco de contrabando en un almacén de Irún",
     "La Guardia Civil se incautó de dos toneladas de tabaco de contrabando en un almacén de "
     "Irún"),
    ("Many tenants could not pay their bills after the rent rise, the charity said",
     "Many tenants could not settle their bills after the rent rise, the charity said"),
    ("La jueza ordenó el cierre cautelar del matadero tras las denuncias de los vecinos",
     "La magistrada decretó el cierre cautelar del matadero tras las denuncias de los vecinos"),
]


@pytest.mark.parametrize(("a", "b"), REWRITES)
def test_known_rewrites_are_the_same_claim(a: str, b: str) -> None:
    assert compare(a, b).similarity >= SAME


LOOK_ALIKES = [
    # the rewording is now known, so the one thing changed stands alone
    ("A woman was hurt in a brawl at a bus station in the early hours of Saturday",
     "A woman was injured in a fight at a taxi rank in the early hours of Saturday"),
    ("Dos jóvenes resultaron heridos en una reyerta a la salida de un concierto en Murcia",
     "Dos jóvenes resultaron lesionados en una pelea a la salida de un partido en Murcia"),
    ("La Guardia Civil intervino dos toneladas de tabaco de contrabando en un almacén de Irún",
     "La Guardia Civil se incautó de dos toneladas de alcohol de contrabando en un almacén de "
     "Irún"),
    # a collocation pairs its verbs only beside its nouns
    ("Many tenants could not pay their bills after the rent rise, the charity said",
     "Many tenants could not settle their disputes after the rent rise, the charity said"),
]


@pytest.mark.parametrize(("a", "b"), LOOK_ALIKES)
def test_one_thing_changed_beside_a_known_rewrite_is_another_claim(a: str, b: str) -> None:
    assert compare(a, b).similarity == 0.0


def test_should_against_will_is_a_hedge() -> None:
    """hedges.txt: what ought to be is no statement of what will be."""
    assert compare("Bus fares should be frozen next year, the transport committee said",
                   "Bus fares will be frozen next year, the transport committee said"
                   ).conflict == "hedge"
    assert compare("La Junta debería contratar a más pediatras este invierno, según el "
                   "colegio de médicos",
                   "La Junta contratará a más pediatras este invierno, según el colegio de "
                   "médicos").conflict == "hedge"


def test_cientos_against_decenas_is_another_figure() -> None:
    assert compare("Cientos de personas se concentraron ante la fábrica para pedir su "
                   "reapertura",
                   "Decenas de vecinos se concentraron ante la fábrica para pedir su "
                   "reapertura").similarity == 0.0


@pytest.mark.parametrize(("a", "b"), [
    ("The carmaker recalled 40,000 hybrids over a brake fault, the regulator said",
     "The carmaker withdrew 40,000 hybrids over a brake fault, the regulator said"),
    ("Figures released on Tuesday show waiting lists at a record high",
     "Figures published on Tuesday show waiting lists at a record high"),
    ("Parents complained that the changing rooms at the pool were filthy",
     "Parents complained that the changing rooms at the pool were dirty"),
    ("Un autocar con 30 jubilados sufrió una avería en el puerto de Somosierra",
     "Un autobús con 30 jubilados sufrió una avería en el puerto de Somosierra"),
    ("Los bomberos rescataron a dos alpinistas atrapados por la nieve en Gredos",
     "Los bomberos rescataron a dos montañeros atrapados por la nieve en Gredos"),
    ("Record numbers of visitors came to the cathedral over the Easter weekend",
     "Record numbers of tourists came to the cathedral over the Easter weekend"),
])
def test_the_second_probes_rewrites_are_known(a: str, b: str) -> None:
    assert compare(a, b).similarity >= SAME


@pytest.mark.parametrize(("a", "b"), [
    ("Two inmates escaped from the prison during a hospital visit, officials said",
     "Two prisoners escaped from the prison during a hospital visit, officials said"),
    ("Los presos de la cárcel de Picassent iniciaron una huelga de hambre el lunes",
     "Los reclusos de la cárcel de Picassent iniciaron una huelga de hambre el lunes"),
    ("La Diputación instalará desfibriladores en todos los pabellones de la provincia",
     "La Diputación colocará desfibriladores en todos los pabellones de la provincia"),
    ("The blaze started in a storeroom at the back of the warehouse, firefighters said",
     "The blaze broke out in a storeroom at the back of the warehouse, firefighters said"),
])
def test_the_third_probes_rewrites_are_known(a: str, b: str) -> None:
    assert compare(a, b).similarity >= SAME


def test_started_against_broke_out_pairs_only_beside_a_fire() -> None:
    assert compare("The talks started in a hotel at the back of the station, officials said",
                   "The talks broke out in a hotel at the back of the station, officials said"
                   ).similarity == 0.0
