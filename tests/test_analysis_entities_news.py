"""Entities in newswire patterns: titles, datelines, clubs, indexes, geography, events."""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_multi_word_titles_stay_out_of_names() -> None:
    found = labels(
        run(
            "Defense Minister Pedro Alvarez met Prime Minister John Major and Chief "
            "Executive Jane Roe. Co-author Mark Hill and Assistant U.S. Attorney Sara "
            "Kent spoke.",
            language="en",
        )
    )
    for name in ("Pedro Alvarez", "John Major", "Jane Roe", "Mark Hill", "Sara Kent"):
        assert found.get(name) == "PER", (name, found)
    assert not any(t in found for t in ("Prime", "Executive Jane Roe", "Assistant U.S."))


def test_title_before_an_organisation_is_not_a_person_cue() -> None:
    found = labels(run("General Motors cut jobs in Detroit.", language="en"))
    assert found.get("General Motors") == "ORG"


def test_abbreviated_months_are_not_entities() -> None:
    found = labels(
        run("NEW YORK, Oct. 12 (Reuters) - Talks resume on Sept. 3 and Nov. 9.", language="en")
    )
    assert not {"Oct", "Sept", "Nov"} & set(found)
    assert found.get("Reuters") == "ORG"


def test_indexes_keep_their_numbers_and_clubs_are_organisations() -> None:
    found = labels(
        run(
            "El Ibex 35 cerró con una subida del 1 %, mientras el Betis venció al Real "
            "Oviedo y el FC Barcelona empató con el CD Leganés.",
            language="es",
        )
    )
    # a stock index is a thing (MISC), as the wire gold annotates it
    assert found.get("Ibex 35") == "MISC", found
    for name in ("Real Oviedo", "FC Barcelona", "CD Leganés"):
        assert found.get(name) == "ORG", (name, found)
    english = labels(run("The S&P 500 rose 1.2% while the Nasdaq fell.", language="en"))
    assert english.get("S&P 500") == "ORG" and english.get("Nasdaq") == "ORG"


def test_physical_geography_and_journals() -> None:
    found = labels(
        run(
            "El río Ebro y la Cordillera Cantábrica marcan el paisaje, junto al Mar "
            "Mediterráneo y el Delta del Ebro.",
            language="es",
        )
    )
    for name in ("Cordillera Cantábrica", "Mar Mediterráneo", "Delta del Ebro"):
        assert found.get(name) == "LOC", (name, found)
    english = labels(run("The study, published in Nature, mapped the Amazon River.", language="en"))
    assert english.get("Nature") == "ORG" and english.get("Amazon River") == "LOC"


def test_benchmarks_and_competitions_are_misc() -> None:
    found = labels(
        run("Brent crude rose while WTI fell ahead of the Champions League final.", language="en")
    )
    assert found.get("Brent") == "MISC" and found.get("WTI") == "MISC"
    assert found.get("Champions League") == "MISC"


def test_company_context_cues_beat_the_person_default() -> None:
    found = labels(
        run(
            "Shares of Acme Widgets rose after Acme Widgets said in a statement that profit "
            "doubled, according to an economist at Lakeview Partners.",
            language="en",
        )
    )
    assert found.get("Acme Widgets") == "ORG"
    assert found.get("Lakeview Partners") == "ORG"


def test_spanish_article_before_a_name_means_no_person() -> None:
    found = labels(
        run("El Getafe venció al Alavés y la Ponferradina empató en casa.", language="es")
    )
    assert found.get("Getafe") == "ORG" and found.get("Ponferradina") == "ORG"
    assert labels(run("Vive en Getafe desde 2010.", language="es")).get("Getafe") == "LOC"


def test_long_organisation_names_and_possessive_events() -> None:
    found = labels(
        run(
            "A judge of the U.S. District Court for the Northern District of California "
            "ruled before the Women's World Cup.",
            language="en",
        )
    )
    assert found.get("U.S. District Court for the Northern District of California") == "ORG"
    assert found.get("Women's World Cup") == "MISC"
    spanish = labels(
        run("La Comisión Económica para América Latina y el Caribe lo confirmó.", language="es")
    )
    assert spanish.get("Comisión Económica para América Latina y el Caribe") == "ORG"


def test_quoted_titles_become_one_misc_entity() -> None:
    result = run(
        "Pedro Ruiz recordó su infancia en la novela «Cuando el Río era nuestro», publicada "
        "en 2001. «No me arrepiento de nada», dijo Ruiz.",
        language="es",
    )
    found = labels(result)
    assert found.get("Cuando el Río era nuestro") == "MISC"
    assert "Río" not in found
    assert not any(e.label == "MISC" and "arrepiento" in e.text for e in result.entities)
    starts = [e.start for e in result.entities]
    assert starts == sorted(starts)


def test_natural_places_and_brand_spellings() -> None:
    found = labels(
        run(
            "La Sierra Nevada y los Pirineos apenas tienen nieve; el Ebro baja seco.", language="es"
        )
    )
    assert found.get("Pirineos") == "LOC" and found.get("Ebro") == "LOC"
    titled = labels(run("El presidente Colorado habló ayer.", language="es"))
    assert titled.get("Colorado") == "PER"
    english = labels(
        run(
            "WASHINGTON (Reuters) - Federal Reserve Chair Jerome Powell met Manchester United "
            "owners and the bank said that JPMorgan Chase passed the test.",
            language="en",
        )
    )
    assert english.get("Reuters") == "ORG" and english.get("Federal Reserve") == "ORG"
    assert english.get("Manchester United") == "ORG"
    assert english.get("JPMorgan Chase") == "ORG"


def test_storms_agreements_and_leadership_titles() -> None:
    found = labels(
        run(
            "Hurricane Milton hit Florida before the Paris Agreement talks. Senate Majority "
            "Leader Chuck Schumer and House Speaker Mike Johnson read the Daily Mail.",
            language="en",
        )
    )
    # the storm is its name alone, as the wire gold marks it ("Helene", "Francine")
    assert found.get("Milton") == "MISC" and found.get("Paris Agreement") == "MISC"
    assert found.get("Chuck Schumer") == "PER" and found.get("Mike Johnson") == "PER"
    assert found.get("Daily Mail") == "ORG"
    assert not any("Speaker" in name or "Leader" in name for name in found)
    spanish = labels(run("La borrasca Filomena dejó nieve en Madrid.", language="es"))
    assert spanish.get("Filomena") == "MISC"


def test_single_role_word_before_a_given_name() -> None:
    found = labels(
        run(
            "Economist Mark Paris said prices rose, the Economist Intelligence Unit said.",
            language="en",
        )
    )
    assert found.get("Mark Paris") == "PER"
    assert found.get("Economist Intelligence Unit") == "ORG"


def test_newspapers_works_and_coordinated_names_es() -> None:
    found = labels(
        run(
            "El País publicó los resultados de Inditex y de Acciona Energía. La película "
            "Robot Dreams ganó. El Salvador y El Paso firmaron.",
            language="es",
        )
    )
    assert found.get("El País") == "ORG"
    assert found.get("Inditex") == "ORG" and found.get("Acciona Energía") == "ORG"
    assert found.get("Robot Dreams") == "MISC"
    assert found.get("El Salvador") == "LOC" and found.get("El Paso") == "LOC"


def test_spanish_capitalised_titles_alone_are_not_entities() -> None:
    found = labels(
        run(
            "El Secretario llegó tarde. El Consejero Delegado de Telefónica, José María "
            "Álvarez-Pallete, habló con la Portavoz.",
            language="es",
        )
    )
    assert not {"Secretario", "Consejero", "Portavoz"} & set(found)
    assert found.get("José María Álvarez-Pallete") == "PER"
    assert found.get("Telefónica") == "ORG"


def test_foreign_of_the_contractions_join_one_name() -> None:
    found = labels(
        run(
            "Según el diario milanés Gazzetta dello Sport, la Fondazione delle Arti y la "
            "Asociación pola Memoria Histórica firmaron un convenio en Vigo.",
            language="es",
        )
    )
    for name in ("Gazzetta dello Sport", "Asociación pola Memoria Histórica"):
        assert name in found, (name, found)
    assert not {"Gazzetta", "Sport", "Memoria Histórica"} & set(found), found
    english = labels(run("The Rome daily Il Messaggero della Sera ran the story.", language="en"))
    assert "Messaggero della Sera" in " ".join(english), english


def test_two_acronyms_joined_by_a_slash_are_one_body() -> None:
    found = labels(
        run(
            "Un equipo del CSIC/IEO y de la UPV/EHU midió la temperatura del agua.",
            language="es",
        )
    )
    assert found.get("CSIC/IEO") == "ORG" and found.get("UPV/EHU") == "ORG", found
    dateline = labels(run("LONDON/NEW YORK, May 3 (Reuters) - Oil prices rose.", language="en"))
    assert dateline.get("LONDON") == "LOC" and dateline.get("NEW YORK") == "LOC", dateline


def test_a_numbered_provision_is_one_thing_and_brands_keep_their_number() -> None:
    found = labels(
        run(
            "The airline filed for Chapter 11 protection after voters rejected Proposition "
            "47 and lawmakers invoked Section 230 in Sacramento.",
            language="en",
        )
    )
    for name in ("Chapter 11", "Proposition 47", "Section 230"):
        assert found.get(name) == "MISC", (name, found)
    assert not {"Chapter", "Proposition", "Section"} & set(found), found
    spanish = labels(
        run("La cadena Antena 3 citó a la gestora Renta 4 y al Ibex 35.", language="es")
    )
    assert {"Antena 3", "Renta 4", "Ibex 35"} <= set(spanish), spanish
    assert not {"Antena", "Renta"} & set(spanish), spanish


def test_a_region_that_names_its_government_is_the_body_after_an_article() -> None:
    body = labels(
        run(
            "El Ministerio adeuda 90 millones a la Comunidad de Castilla-La Mancha, según "
            "un informe de la Comunidad Foral de Navarra.",
            language="es",
        )
    )
    assert body.get("Comunidad de Castilla-La Mancha") == "ORG", body
    assert body.get("Comunidad Foral de Navarra") == "ORG", body
    land = labels(
        run("La familia se mudó en 2019 y ahora vive en la Comunidad Valenciana.", language="es")
    )
    assert land.get("Comunidad Valenciana") == "LOC", land


def test_a_workforce_or_its_owners_name_a_company() -> None:
    found = labels(
        run(
            "Los sindicatos de Ferrovial y la plantilla de Zenvia convocaron paros, mientras "
            "la gestora Cartesia recomendó vender.",
            language="es",
        )
    )
    for name in ("Ferrovial", "Zenvia", "Cartesia"):
        assert found.get(name) == "ORG", (name, found)
    english = labels(run("Shareholders of Quorvex and employees of Dalmont voted.", language="en"))
    assert english.get("Quorvex") == "ORG" and english.get("Dalmont") == "ORG", english


def test_an_unknown_club_with_its_article_in_a_sports_report_is_a_team() -> None:
    found = labels(
        run(
            "El Betis empató (1-1) ante el Leixoes y el gol del Zaragozano llegó tarde.",
            language="es",
        )
    )
    assert found.get("Leixoes") == "ORG" and found.get("Zaragozano") == "ORG", found
    # a sports verb alone types no unknown word as a team
    english = labels(
        run('"Papa played for us on Sunday," Ellen Rusk said. Rusk faces trial.', language="en")
    )
    assert english.get("Papa") != "ORG" and english.get("Rusk") == "PER", english


def test_a_legal_form_in_capitals_stays_inside_the_company_name() -> None:
    found = labels(run("A jury fined Brightwater Home Care LLC and Ostrander PLC.", language="en"))
    assert found.get("Brightwater Home Care LLC") == "ORG", found
    assert found.get("Ostrander PLC") == "ORG", found
    spanish = labels(
        run(
            "La cooperativa Arrasate Etxegintza S.Coop. y Talleres Ebro SL cerraron.",
            language="es",
        )
    )
    assert "Arrasate Etxegintza S.Coop." in spanish and "Talleres Ebro SL" in spanish, spanish


def test_an_industry_word_closing_an_unknown_name_makes_it_a_company() -> None:
    found = labels(
        run(
            "Shares of rivals fell after Tarnwick Minerals cut its forecast, as did "
            "Oakhollow Biosciences; Brandor Engineering said demand held. Later, Ostby "
            "Racing beat the Kellan Harlequins 21-20.",
            language="en",
        )
    )
    for name in (
        "Tarnwick Minerals",
        "Oakhollow Biosciences",
        "Brandor Engineering",
        "Ostby Racing",
        "Kellan Harlequins",
    ):
        assert found.get(name) == "ORG", (name, found)


def test_a_league_in_a_sports_report_is_the_competition_not_a_body() -> None:
    sport = labels(
        run(
            "El Teucro perdió 28-25 y cae al quinto puesto de la Liga Guerreras. En la Superliga "
            "Femenina el equipo ganó su partido.",
            language="es",
        )
    )
    assert sport.get("Liga Guerreras") == "MISC" and sport.get("Superliga Femenina") == "MISC"
    body = labels(run("La Liga Árabe condenó el ataque en un comunicado.", language="es"))
    assert body.get("Liga Árabe") == "ORG", body
    english = labels(
        run("The striker scored twice in the Conference League on Thursday.", language="en")
    )
    assert english.get("Conference League") == "MISC", english


def test_a_for_complement_keeps_its_last_and_inside_the_name() -> None:
    found = labels(
        run(
            "The Office for Budget Responsibility and Planning warned, and the Center for "
            "Health Policy and Joan Lee disagreed.",
            language="en",
        )
    )
    assert found.get("Office for Budget Responsibility and Planning") == "ORG", found
    assert found.get("Center for Health Policy") == "ORG" and found.get("Joan Lee") == "PER"


def test_regional_language_media_words_name_a_broadcaster() -> None:
    found = labels(
        run("Lo explicó a Ràdio Comarcal del Ripollès y a Bizkaia Irratia.", language="es")
    )
    assert found.get("Ràdio Comarcal del Ripollès") == "ORG", found
    assert found.get("Bizkaia Irratia") == "ORG", found


def test_an_industry_word_does_not_split_a_body_named_with_and() -> None:
    found = labels(
        run("The Mining and Petroleum Safety Authority fined Kerrow Metals NV.", language="en")
    )
    assert found.get("Mining and Petroleum Safety Authority") == "ORG", found
    assert found.get("Kerrow Metals NV") == "ORG", found


# --- compound surnames: a patronymic, "de" and one more surname, whatever the given name --


def test_an_unlisted_given_name_then_a_patronymic_de_and_a_place_is_one_person() -> None:
    result = run("La jueza, Zigor Méndez de Toledo, citó a declarar a los tres directivos.")
    assert labels(result).get("Zigor Méndez de Toledo") == "PER"


def test_a_patronymic_compound_with_a_second_surname_stays_whole() -> None:
    result = run("El alcalde Lucio Ortiz de Urturi Lasarte Goñi visitó la obra el martes.")
    assert labels(result).get("Lucio Ortiz de Urturi Lasarte Goñi") == "PER"


def test_a_patronymic_compound_after_according_to_is_a_person() -> None:
    result = run("Según Amets Sánchez de Lizarduy, la obra terminará en marzo.")
    assert labels(result).get("Amets Sánchez de Lizarduy") == "PER"


def test_a_lone_patronymic_with_de_la_is_a_person() -> None:
    result = run("El Rayo ganó con un gol de Gómez de la Serna en el descuento.")
    assert labels(result).get("Gómez de la Serna") == "PER"


def test_a_compound_surname_in_apposition_to_a_chambers_head_is_the_speaker() -> None:
    result = run(
        "El presidente de la Cámara Nacional de Comercio local, Amets Díaz de Otazu, cifró"
        " en un 35 % la caída de las ventas. «No hay clientes», resumió el empresario."
    )
    assert labels(result).get("Amets Díaz de Otazu") == "PER"
    assert speaker_of(result, "No hay clientes") == "Amets Díaz de Otazu"


# --- a name in apposition to a role headed phrase: the head noun types it -----------------


def test_a_name_after_a_role_of_a_long_organisation_name_is_a_person() -> None:
    result = run(
        "El portavoz de la Federación Andaluza de Empresas Cooperativas Agrarias, Eulalio"
        " Txapartegi, explicó que la cosecha caerá un 40 %."
    )
    assert labels(result).get("Eulalio Txapartegi") == "PER"


def test_the_surname_alone_later_takes_up_the_person_named_after_the_role() -> None:
    result = run(
        "El secretario general de la Confederación Empresarial Metalúrgica de Bizkaia, Zigor"
        " Arrizabalaga Urkiza, advirtió del cierre de dos fundiciones.",
        "«Sin pedidos no hay turnos», añadió Arrizabalaga.",
    )
    assert speaker_of(result, "Sin pedidos") == "Zigor Arrizabalaga Urkiza"


def test_an_organisation_after_a_place_phrase_stays_an_organisation() -> None:
    result = run("La cooperativa de Almería, Frutas Levante, exporta a Alemania.")
    assert labels(result).get("Frutas Levante") != "PER"


# --- a dateline's town named after a titled person is the place filed from -----------------


def test_a_town_named_after_a_title_in_a_dateline_is_a_place() -> None:
    result = run(
        "Teniente Arrúa, Chaco, 4 de marzo (Télam).- Rosendo Quiroga Ancapán cría"
        " cabras desde los doce años en un campo sin agua corriente.",
        "—¿Cómo viene el año?",
        "—Seco. No llovió en todo el verano y los chivitos nacieron flacos.",
    )
    found = labels(result)
    assert (found.get("Teniente Arrúa"), found.get("Chaco")) == ("LOC", "LOC")
    assert speaker_of(result, "No llovió") == "Rosendo Quiroga Ancapán"


def test_a_town_named_like_a_person_opening_a_dateline_is_a_place() -> None:
    result = run("Mariano Ugalde, Misiones, 9 feb (EFE).- El río creció dos metros en una noche.")
    assert labels(result).get("Mariano Ugalde") == "LOC"


def test_a_mexican_state_abbreviated_after_the_dateline_town_is_a_place() -> None:
    """``Tepic, Nay., 3 de marzo (Notimex).-``: the state, not an acronym of a body."""
    found = labels(
        run(
            "Tepic, Nay., 3 de marzo (Notimex).- La empresa Frutas del Pacífico cerró su "
            "empacadora. Morelia, Mich., y Oaxaca, Oax., registraron lluvias.",
            language="es",
        )
    )
    assert found.get("Nay.") == "LOC" and found.get("Oax.") == "LOC", found
