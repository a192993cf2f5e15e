"""Entity classes seen on messy wire text (gold_wire9 and earlier dev folders), each
tested on new sentences: datelines, Catalan connectors, places and organisations."""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_unknown_all_capital_dateline_is_a_place() -> None:
    found = labels(
        run(
            "VILLARRUBIA (Ciudad Real), 3 mar (EFE).- Los vecinos cortaron la carretera.",
            "ORUVALE, 12 abr (Agencia).- La cooperativa cerró el ejercicio con pérdidas.",
            language="es",
        )
    )
    assert found.get("VILLARRUBIA") == "LOC", found
    assert found.get("ORUVALE") == "LOC", found


def test_capital_acronym_inside_a_line_stays_an_organisation() -> None:
    found = labels(run("El sindicato CSIF convocó paros (EFE) - sin fecha.", language="es"))
    assert found.get("CSIF") == "ORG", found


def test_catalan_conjunction_joins_two_surnames() -> None:
    found = labels(
        run(
            "La alcaldesa de Reus, Montserrat Puigdemunt i Serra, pidió calma. "
            "Puigdemunt i Serra compareció después.",
            language="es",
        )
    )
    assert found.get("Montserrat Puigdemunt i Serra") == "PER", found
    assert "Serra" not in found, found


def test_catalan_elided_connectors_stay_inside_an_organisation() -> None:
    found = labels(
        run(
            "Según la Federació d'Associacions de Veïns de Girona y el Institut Català "
            "de l'Energia, el consumo bajó. También habló la Unió de Botiguers.",
            language="es",
        )
    )
    assert found.get("Federació d'Associacions de Veïns de Girona") == "ORG", found
    assert found.get("Institut Català de l'Energia") == "ORG", found
    assert found.get("Unió de Botiguers") == "ORG", found


def test_broadcaster_and_diocese_heads_keep_their_names() -> None:
    found = labels(
        run(
            "Lo dijo en la Cadena COPE. La Diócesis de Tarazona abrió un albergue.",
            language="es",
        )
    )
    assert found.get("Cadena COPE") == "ORG", found
    assert found.get("Diócesis de Tarazona") == "ORG", found


def test_guessed_person_with_an_article_or_saint_word_is_a_place() -> None:
    found = labels(
        run(
            "El fuego alcanzó Las Cañadillas y obligó a desalojar Sant Feliu. "
            "Los bomberos llegaron desde Los Pinarejos.",
            language="es",
        )
    )
    assert found.get("Las Cañadillas") == "LOC", found
    assert found.get("Sant Feliu") == "LOC", found
    assert found.get("Los Pinarejos") == "LOC", found


def test_office_named_with_an_abstract_noun_is_no_person() -> None:
    found = labels(
        run(
            "Según Protección Ciudadana, el río bajó. Migración Panamá registró 200 "
            "entradas y Panamá pidió ayuda.",
            language="es",
        )
    )
    assert found.get("Protección Ciudadana") == "ORG", found
    assert found.get("Migración Panamá") == "ORG", found
    assert found.get("Panamá") == "LOC", found


def test_party_named_after_a_place_is_no_person() -> None:
    found = labels(
        run("Soria Ya logró dos escaños. Huesca Existe no logró ninguno.", language="es")
    )
    assert found.get("Soria Ya") == "ORG", found
    assert found.get("Huesca Existe") == "ORG", found


def test_given_name_spelt_like_a_town_keeps_the_person() -> None:
    found = labels(
        run(
            "Ganó ante la rusa Mira Petrova en tres sets. Petrova no habló después. "
            "Encarnación Molina, vecina del barrio, lo vio todo.",
            language="es",
        )
    )
    assert found.get("Mira Petrova") == "PER", found
    assert found.get("Encarnación Molina") == "PER", found


def test_capital_article_belongs_to_a_dateline_place() -> None:
    found = labels(
        run(
            "LAS TORRES DE COTILLAS (Murcia), 4 Dic. (EFE) - El pleno aprobó el plan.",
            "Lo contó un vecino de SAN JUAN (EL ALTO) a la radio.",
            language="es",
        )
    )
    assert "LAS TORRES DE COTILLAS" in found, found
    assert found.get("LAS TORRES DE COTILLAS") == "LOC", found
    assert "TORRES DE COTILLAS" not in found, found


def test_month_short_form_after_a_day_is_no_name() -> None:
    found = labels(
        run(
            "(AGENCIA) - QUITO, 9 NOV - Los taxistas protestaron.",
            "Lima, 3 Sep (Agencia).- Hubo cortes. (AGENCIA) 03-SEP-26 JRG/lpm",
            language="es",
        )
    )
    for word in ("NOV", "Sep", "SEP-26"):
        assert word not in found, found


def test_galician_article_opens_a_place_inside_a_sentence() -> None:
    found = labels(
        run(
            "Los vecinos de O Carballiño y de A Estrada se concentraron ante el Concello "
            "de Lalín.",
            language="es",
        )
    )
    assert found.get("O Carballiño") == "LOC", found
    assert found.get("A Estrada") == "LOC", found
    assert found.get("Concello de Lalín") == "ORG", found


def test_cruz_is_a_surname_not_an_organisation() -> None:
    found = labels(
        run(
            "El director del organismo, Julián Esteban Ruiz Cruz, lo confirmó. "
            "La Cruz Roja Española envió voluntarios.",
            language="es",
        )
    )
    assert found.get("Julián Esteban Ruiz Cruz") == "PER", found
    assert found.get("Cruz Roja Española") == "ORG", found


def test_town_named_with_de_where_a_town_is_expected() -> None:
    found = labels(
        run(
            "El granizo cayó en Fuentes de Oñoro y en el término municipal de Villar del "
            "Pozo. Los daños en el municipio leonés de Brañas de Arriba son menores.",
            language="es",
        )
    )
    assert found.get("Fuentes de Oñoro") == "LOC", found
    assert found.get("Villar del Pozo") == "LOC", found
    assert found.get("Brañas de Arriba") == "LOC", found


def test_surname_and_country_stay_apart_outside_a_town_context() -> None:
    found = labels(
        run("La ministra criticó al gobierno de Ortega de Nicaragua.", language="es")
    )
    assert "Ortega de Nicaragua" not in found, found
    assert found.get("Nicaragua") == "LOC", found


def test_organisation_continues_with_para_los() -> None:
    found = labels(
        run(
            "El Comisionado para los Asuntos Indígenas y el Consejo Nacional para las "
            "Personas Mayores firmaron el acuerdo.",
            language="es",
        )
    )
    assert found.get("Comisionado para los Asuntos Indígenas") == "ORG", found
    assert found.get("Consejo Nacional para las Personas Mayores") == "ORG", found


def test_old_fashioned_given_name_after_an_organisation_is_a_person() -> None:
    found = labels(
        run(
            "El presidente de la Cámara de Comercio, Eusebio Landaluce, cifró las pérdidas.",
            language="es",
        )
    )
    assert found.get("Eusebio Landaluce") == "PER", found


def test_body_named_in_full_then_an_institution_is_two_names() -> None:
    found = labels(
        run(
            "Lo confirmó la Dirección General de Tráfico del Ministerio del Interior. "
            "También el Servicio Vasco de Empleo de la Universidad del País Vasco. "
            "La Delegación del Gobierno autorizó la marcha.",
            language="es",
        )
    )
    assert found.get("Dirección General de Tráfico") == "ORG", found
    assert found.get("Ministerio del Interior") == "ORG", found
    assert found.get("Universidad del País Vasco") == "ORG", found
    assert found.get("Delegación del Gobierno") == "ORG", found


def test_races_and_stock_indices_are_things() -> None:
    found = labels(
        run(
            "Ganó la tercera etapa de la Volta a Portugal. El Merval subió un 2 % y el "
            "Ibex 35 cerró plano.",
            language="es",
        )
    )
    assert found.get("Volta a Portugal") == "MISC", found
    assert found.get("Merval") == "MISC", found
    assert found.get("Ibex 35") == "MISC", found


def test_a_between_names_joins_only_after_an_event_word() -> None:
    found = labels(run("Lo dijo Marta Ruiz a Pedro Gómez en el pasillo.", language="es"))
    assert found.get("Marta Ruiz") == "PER", found
    assert found.get("Pedro Gómez") == "PER", found


def test_english_tournaments_and_the_house() -> None:
    found = labels(
        run(
            "She lifted the Dubai Open trophy, a week after the French Open, her third "
            "Grand Slam. The House passed the bill and the House of Lords delayed it.",
            language="en",
        )
    )
    assert found.get("Dubai Open") == "MISC", found
    assert found.get("French Open") == "MISC", found
    assert found.get("Grand Slam") == "MISC", found
    assert found.get("House") == "ORG", found
    assert found.get("House of Lords") == "ORG", found


def test_verb_opening_a_question_is_no_name() -> None:
    found = labels(
        run(
            "Los bomberos tienen turnos largos y van a pedir refuerzos.",
            "—¿Tienen bastante personal?",
            "—¿Van a cortar la carretera?",
            "—¿Vendrá Olabarrieta a la reunión?",
            "—¿Burgos está preparada?",
            language="es",
        )
    )
    assert "Tienen" not in found and "Van" not in found, found
    assert "Vendrá Olabarrieta" not in found and "Olabarrieta" in found, found
    assert found.get("Burgos") == "LOC", found


def test_delegation_takes_en_and_the_place_where_it_sits() -> None:
    found = labels(
        run(
            "Según la Delegación del Gobierno en Cantabria, la marcha fue pacífica. "
            "El Gobierno en Madrid no respondió.",
            "La Embajada de México en Madrid emitió un comunicado.",
            language="es",
        )
    )
    assert found.get("Delegación del Gobierno en Cantabria") == "ORG", found
    assert found.get("Embajada de México en Madrid") == "ORG", found
    assert found.get("Gobierno") == "ORG" and found.get("Madrid") == "LOC", found


def test_title_word_inside_a_body_name_is_an_adjective() -> None:
    found = labels(
        run(
            "Ingresó en el Hospital General Universitario de Albacete. Los servicios de "
            "la Comunitat Valenciana atendieron a 300 pacientes.",
            language="es",
        )
    )
    assert found.get("Hospital General Universitario de Albacete") == "ORG", found
    assert found.get("Comunitat Valenciana") == "LOC", found
    english = labels(
        run("Police Chief Mark Dunn said Council President Ana Ruiz agreed.", language="en")
    )
    assert english.get("Mark Dunn") == "PER" and english.get("Ana Ruiz") == "PER", english


def test_agency_credit_and_sign_off_of_a_wire() -> None:
    found = labels(
        run(
            "SEVILLA, 09 (COLPISAMEDIA) La Fundación Horizonte para la Infancia abrió "
            "un centro.",
            "(COLPISAMEDIA) 09-ENE-27 RTV/lmp",
            language="es",
        )
    )
    assert found.get("COLPISAMEDIA") == "ORG", found
    assert found.get("Fundación Horizonte para la Infancia") == "ORG", found
    assert "RTV" not in found and "ENE-27" not in found, found


def test_islands_funds_and_coordinating_bodies() -> None:
    found = labels(
        run(
            "Los vuelos entre Lanzarote y Menorca se retrasaron. El Fondo de Garantía "
            "Salarial y la Coordinadora de Vecinos y Comerciantes protestaron.",
            language="es",
        )
    )
    assert found.get("Lanzarote") == "LOC" and found.get("Menorca") == "LOC", found
    assert found.get("Fondo de Garantía Salarial") == "ORG", found
    assert found.get("Coordinadora de Vecinos y Comerciantes") == "ORG", found


def test_organisation_word_after_an_article_is_the_body_not_the_town() -> None:
    found = labels(
        run("El pleno del Cabildo aprobó el presupuesto de la isla.", language="es")
    )
    assert found.get("Cabildo") == "ORG", found


def test_country_inside_a_title_is_a_place() -> None:
    found = labels(
        run("Assistant U.S. Attorney Dana Whitcomb asked for a longer sentence.", language="en")
    )
    assert found.get("U.S.") == "LOC", found
    assert found.get("Dana Whitcomb") == "PER", found


def test_name_opened_by_an_acronym_is_an_organisation() -> None:
    found = labels(
        run(
            "Patients waited longer, NHS Scotland said. He told BBC Newsnight that "
            "CME Clearing Europe had not called.",
            language="en",
        )
    )
    assert found.get("NHS Scotland") == "ORG", found
    assert found.get("BBC Newsnight") == "ORG", found
    assert found.get("CME Clearing Europe") == "ORG", found


def test_place_named_after_a_person_follows_its_common_noun() -> None:
    found = labels(
        run(
            "El partido se jugó en el estadio Ramón Sánchez-Pizjuán y los heridos fueron "
            "llevados al hospital Virgen de la Arrixaca.",
            language="es",
        )
    )
    assert found.get("Ramón Sánchez-Pizjuán") == "LOC", found
    assert found.get("Virgen de la Arrixaca") == "LOC", found


def test_acronym_in_brackets_links_to_its_full_name() -> None:
    analysis = run(
        "Un estudio de la Federación de Usuarios de Banca (FUB) lo confirma. "
        "La FUB pidió cambios y la Asociación de Consumidores Unidos (ACU) también.",
        language="es",
    )
    fub = [e for e in analysis.entities if e.text == "FUB"]
    assert len(fub) == 2 and all(e.label == "ORG" for e in fub), analysis.entities
    assert all(e.canonical == "Federación de Usuarios de Banca" for e in fub), fub
    acu = next(e for e in analysis.entities if e.text == "ACU")
    assert acu.label == "ORG" and acu.canonical == "Asociación de Consumidores Unidos", acu


def test_capitalised_role_noun_heads_a_body_but_not_in_lower_case() -> None:
    found = labels(
        run(
            "La Coordinadora de Barrios y Asociaciones convocó la marcha. «No vamos a "
            "parar», dijo la coordinadora de la plataforma, Rosa Ibáñez.",
            language="es",
        )
    )
    assert found.get("Coordinadora de Barrios y Asociaciones") == "ORG", found
    assert speaker_of(
        run(
            "«No vamos a parar», dijo la coordinadora de la Plataforma Vecinal, Rosa Ibáñez.",
            language="es",
        ),
        "No vamos",
    ) == "Rosa Ibáñez"


def test_numbered_court_and_storm_names() -> None:
    found = labels(
        run(
            "El caso pasó al Juzgado de lo Penal número 3 de Gijón. Firmó la UIB. "
            "La borrasca Herminia dejó nieve, dijo el decreto, Joan Puig.",
            language="es",
        )
    )
    assert found.get("Juzgado de lo Penal número 3 de Gijón") == "ORG", found
    assert found.get("Herminia") == "MISC", found
    assert found.get("Joan Puig") == "PER", found


def test_competitions_and_agencies_by_name() -> None:
    found = labels(
        run(
            "MADRID, 3 ene (Colpisa) - El equipo jugará la Liga de Campeones tras subir "
            "de Segunda Federación, según Télam.",
            language="es",
        )
    )
    assert found.get("Liga de Campeones") == "MISC", found
    assert found.get("Segunda Federación") == "MISC", found
    assert found.get("Colpisa") == "ORG" and found.get("Télam") == "ORG", found


def test_two_datelines_with_a_slash_stay_two_places() -> None:
    found = labels(
        run("TOKYO/SEOUL, March 3 (Reuters) - Chip shares fell.", language="en")
    )
    assert found.get("TOKYO") == "LOC" and found.get("SEOUL") == "LOC", found


def test_known_name_ending_in_an_acronym_is_not_split() -> None:
    found = labels(run("El Arosa, de Segunda RFEF, eliminó al Lugo.", language="es"))
    assert found.get("Segunda RFEF") == "MISC", found


def test_bare_and_inside_an_of_complement_continues_the_body() -> None:
    found = labels(
        run(
            "The Oregon Department of Fish and Wildlife closed the river. The Union of "
            "Bakers and Confectioners met Department of Labor officials and Maria Lopez.",
            language="en",
        )
    )
    assert found.get("Oregon Department of Fish and Wildlife") == "ORG", found
    assert found.get("Union of Bakers and Confectioners") == "ORG", found
    assert found.get("Maria Lopez") == "PER", found
    spanish = labels(
        run("La Consejería de Educación y Deporte y Ana Torres firmaron.", language="es")
    )
    assert spanish.get("Consejería de Educación y Deporte") == "ORG", spanish
    assert spanish.get("Ana Torres") == "PER", spanish


def test_title_with_a_for_complement_before_a_name() -> None:
    analysis = run(
        "Deputy Trade Minister for European Affairs Tomasz Wrobel said talks would "
        'resume. "We are ready," Wrobel said.',
        language="en",
    )
    found = labels(analysis)
    assert found.get("Tomasz Wrobel") == "PER", found
    assert "European Affairs Tomasz Wrobel" not in found, found
    assert speaker_of(analysis, "We are ready") == "Tomasz Wrobel"


def test_department_spelt_like_a_given_name_stays_in_the_body() -> None:
    found = labels(
        run(
            "La Secretaría de Marina coordinó el rescate. El Gobierno de Pedro Sánchez "
            "lo agradeció.",
            language="es",
        )
    )
    assert found.get("Secretaría de Marina") == "ORG", found
    assert found.get("Pedro Sánchez") == "PER" and found.get("Gobierno") == "ORG", found


def test_unknown_towns_listed_after_de_are_places() -> None:
    found = labels(
        run("Protestaron los vecinos de Cangues e Illano por el cierre.", language="es")
    )
    assert found.get("Cangues") == "LOC" and found.get("Illano") == "LOC", found


def test_named_storm_after_its_capitalised_noun_is_a_thing() -> None:
    found = labels(
        run("MIAMI (AP) — Hurricane Gloria weakened overnight, forecasters said.", language="en")
    )
    assert found.get("Gloria") == "MISC" or found.get("Hurricane Gloria") == "MISC", found
