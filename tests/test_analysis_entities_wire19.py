"""Entity classes seen on the third fresh Spanish batch (gold_wire19, with gold_wire15/17),
each tested on new sentences: portfolios after a department's head, compound surnames."""

from __future__ import annotations

from test_analysis_helpers import labels, run


def test_portfolio_after_a_department_head_is_a_body() -> None:
    found = labels(
        run(
            "La concejala de Deportes del Cabildo, Noelia Ferrera, cerró el pabellón. "
            "La consellera de Comercio, Pilar Ventós, pidió calma. "
            "El director general de Salud Mental, Teodoro Aranda, compareció. "
            "Los ministros de Energía de los cinco países se reunieron.",
            language="es",
        )
    )
    for portfolio in ("Deportes", "Comercio", "Salud Mental", "Energía"):
        assert found.get(portfolio) == "ORG", (portfolio, found)
    assert found.get("Teodoro Aranda") == "PER", found


def test_portfolio_of_two_nouns_joined_by_y_is_one_body() -> None:
    found = labels(
        run(
            "La ministra de Minería y Energías, Carla Vaca Rivas, visitó la planta. "
            "La consejera de Cultura y Fundación Barrié firmaron el convenio.",
            language="es",
        )
    )
    assert found.get("Minería y Energías") == "ORG", found
    assert found.get("Fundación Barrié") == "ORG", found


def test_town_after_a_department_head_stays_a_place() -> None:
    found = labels(
        run("El delegado de Zaragoza, Julio Pardos, visitó la obra.", language="es")
    )
    assert found.get("Zaragoza") == "LOC", found


def test_given_name_after_a_surname_particle_closes_the_surname() -> None:
    found = labels(
        run(
            "La jueza Araceli Ruiz-Tagle de Martín (Béjar, 1968) archivó la causa. "
            "Dijo Tomás Ochandiano de Pablo que recurrirá.",
            language="es",
        )
    )
    assert found.get("Araceli Ruiz-Tagle de Martín") == "PER", found
    assert found.get("Tomás Ochandiano de Pablo") == "PER", found
    assert "Martín" not in found and "Pablo" not in found, found


def test_body_then_a_person_after_de_stays_two_names() -> None:
    found = labels(run("El Gobierno de Pedro Sánchez aprobó el decreto.", language="es"))
    assert found.get("Gobierno") == "ORG", found
    assert found.get("Pedro Sánchez") == "PER", found


def test_given_name_that_is_also_a_word_or_a_town_opens_a_person() -> None:
    found = labels(
        run(
            "El alcalde pedáneo, Segundo Quishpe Tenorio, recibió a la comitiva. "
            "El fiscal citó a Modesto Olabarrieta como testigo.",
            language="es",
        )
    )
    assert found.get("Segundo Quishpe Tenorio") == "PER", found
    assert found.get("Modesto Olabarrieta") == "PER", found


def test_unknown_towns_listed_after_a_place_noun_are_all_places() -> None:
    found = labels(
        run(
            "El granizo arrasó los viñedos de las pedanías de Caravoz, Tollenda y Mirabreña. "
            "En el concejo de Orbaneja no hubo daños.",
            language="es",
        )
    )
    for town in ("Caravoz", "Tollenda", "Mirabreña", "Orbaneja"):
        assert found.get(town) == "LOC", (town, found)


def test_people_listed_by_surname_are_not_made_places() -> None:
    found = labels(
        run(
            "La ponencia de Ana Tollenda, Luis Caravoz y Eva Mirabreña cerró el congreso.",
            language="es",
        )
    )
    for person in ("Ana Tollenda", "Luis Caravoz", "Eva Mirabreña"):
        assert found.get(person) == "PER", (person, found)


def test_surname_spelt_as_a_plural_body_word_closes_a_person() -> None:
    found = labels(
        run(
            "La portavoz vecinal, Herminia Corral Iglesias, denunció los cortes. "
            "Respondió Matías Salas que el agua volverá el lunes. "
            "La Iglesia Evangélica y las Juntas Vecinales pidieron calma.",
            language="es",
        )
    )
    assert found.get("Herminia Corral Iglesias") == "PER", found
    assert found.get("Matías Salas") == "PER", found
    assert found.get("Iglesia Evangélica") == "ORG", found
    assert found.get("Juntas Vecinales") == "ORG", found


def test_first_of_a_joined_double_surname_names_the_person() -> None:
    found = labels(
        run(
            "La delegada sindical, Nuria Albors-Quintanilla, leyó el comunicado. "
            "«No firmaremos», zanjó Albors, que convocó paros.",
            language="es",
        )
    )
    assert found.get("Nuria Albors-Quintanilla") == "PER", found
    assert found.get("Albors") == "PER", found


def test_ombudsman_named_by_its_title_is_one_body() -> None:
    found = labels(
        run(
            "La asociación llevó el caso ante el Defensor del Pueblo en marzo. "
            "El Procurador del Común abrió un expediente.",
            language="es",
        )
    )
    assert found.get("Defensor del Pueblo") == "ORG", found
    assert found.get("Procurador del Común") == "ORG", found
    assert "Pueblo" not in found, found


def test_catalan_valley_or_lowland_after_de_la_is_one_place() -> None:
    found = labels(
        run(
            "Las cooperativas de la Vall d'Ebo y los regantes del Baix Cinca pidieron agua.",
            language="es",
        )
    )
    assert found.get("Vall d'Ebo") == "LOC", found
    assert found.get("Baix Cinca") == "LOC", found


def test_capital_particle_opening_a_later_surname_mention_belongs_to_it() -> None:
    found = labels(
        run(
            "El armador, Corrado Di Lauro Fabbri, negó las acusaciones. "
            "Di Lauro explicó que la flota cumple. La jueza, Rosa de la Peña Soto, "
            "lo citó. De la Peña no aceptó la fianza.",
            language="es",
        )
    )
    assert found.get("Di Lauro") == "PER", found
    assert found.get("De la Peña") == "PER", found
    assert "Lauro" not in found and "Peña" not in found, found


def test_double_surname_then_y_and_a_surname_in_apposition_is_one_person() -> None:
    found = labels(
        run(
            "La notaria, Pilar Ruiz-Zorrilla y Castañeda, dio fe del acuerdo. "
            "Llegaron a la cita Tomás Ayala-Vidaurre y Lucía Ferrer, los dos testigos.",
            language="es",
        )
    )
    assert found.get("Pilar Ruiz-Zorrilla y Castañeda") == "PER", found
    assert found.get("Lucía Ferrer") == "PER", found


def test_con_stays_inside_a_body_named_after_the_people_it_gathers() -> None:
    found = labels(
        run(
            "La Federación de Familias con Hijos Sordos de Aragón pidió intérpretes. "
            "El Ministerio de Sanidad con Navarra firmó el convenio.",
            language="es",
        )
    )
    assert found.get("Federación de Familias con Hijos Sordos de Aragón") == "ORG", found
    assert found.get("Ministerio de Sanidad") == "ORG", found
    assert found.get("Navarra") == "LOC", found
