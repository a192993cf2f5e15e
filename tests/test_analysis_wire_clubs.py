"""Entities and speakers of sports and company reports on unseen wire (wave 3, i11).

Every sentence here is new text written for these tests, not copied from a gold file.
"""

from __future__ import annotations

from test_analysis_helpers import labels, run, speaker_of


def test_a_club_word_makes_a_club_and_its_own_word_names_it_later() -> None:
    result = run(
        "Olympique Varennais beat Dynamo Kelso 3-1 at home on Saturday.",
        "Varennais stay second in the table after the win.",
        language="en",
    )
    found = labels(result)
    assert found["Olympique Varennais"] == "ORG"
    assert found["Dynamo Kelso"] == "ORG"
    assert found["Varennais"] == "ORG"


def test_the_first_word_before_an_industry_names_the_company_later() -> None:
    result = run(
        "Brennholt Freight Processing will close its depot in March.",
        "Brennholt has cut 40 jobs since the summer, a union official said.",
        language="en",
    )
    found = labels(result)
    assert found["Brennholt Freight Processing"] == "ORG"
    assert found["Brennholt"] == "ORG"


def test_a_nordic_legal_form_with_a_slash_closes_the_name() -> None:
    result = run("Trollvik A/S shares fell 6% in Oslo on Tuesday.", language="en")
    assert labels(result).get("Trollvik A/S") == "ORG"


def test_an_unknown_name_listed_with_a_company_is_a_company() -> None:
    result = run(
        "Its rivals include Quellbach Robotics and Marrin Vosteque, which both report in May.",
        language="en",
    )
    assert labels(result)["Marrin Vosteque"] == "ORG"


def test_a_player_named_by_position_after_the_quotation_is_the_player() -> None:
    result = run(
        "Centre-back Ilias Vandermeer scored twice as Portvale won 2-0.",
        '"I never score with my head," the defender told Sky after the game.',
        language="en",
    )
    assert speaker_of(result, "never score") == "Ilias Vandermeer"


def test_a_team_role_with_the_club_before_it_is_still_the_player() -> None:
    result = run(
        "Keeper Tomasz Wielgus saved two penalties in the shoot-out.",
        '"I guessed left both times," the Lublin goalkeeper told reporters.',
        language="en",
    )
    assert speaker_of(result, "guessed left") == "Tomasz Wielgus"


def test_the_person_after_a_club_and_a_role_speaks_not_the_club() -> None:
    result = run(
        'Sporting Brackley manager Owen Tulloch was blunt: "We did not turn up."',
        language="en",
    )
    assert speaker_of(result, "did not turn up") == "Owen Tulloch"


def test_a_verb_opening_the_sentence_before_its_named_subject() -> None:
    result = run(
        'Said Rovers captain Mikael Strand, speaking after the game: "We were second best." '
        'He added that the squad was "tired but not broken."',
        language="en",
    )
    assert speaker_of(result, "second best") == "Mikael Strand"
    assert speaker_of(result, "tired but") == "Mikael Strand"


def test_a_dropped_subject_before_a_capitalised_word_stays_dropped() -> None:
    result = run(
        "El ministro Ramiro Oyarbide visitó la planta el lunes. «Vamos a cumplir», afirmó. "
        "Insistió en que el Gobierno «no dará marcha atrás».",
        language="es",
    )
    assert speaker_of(result, "no dará") == "Ramiro Oyarbide"


def test_an_ordinal_unnamed_speaker_with_an_apposition_owns_its_partial_quotes() -> None:
    result = run(
        '"Prices will hold," said Marta Ellery, a broker at Quaystone in Rotterdam.',
        "A third broker, at a bank in Zurich, called the rally "
        '"a short squeeze" and said buyers would "vanish by Friday."',
        language="en",
    )
    assert speaker_of(result, "short squeeze") == "third broker"
    assert speaker_of(result, "vanish by Friday") == "third broker"


def test_an_unnamed_spokesman_for_a_possessive_body_keeps_the_body() -> None:
    result = run(
        "A spokesman for Chile's Ministry of Mining told reporters the talks were "
        '"at a delicate stage."',
        language="en",
    )
    assert speaker_of(result, "delicate stage") == "spokesman for Chile's Ministry of Mining"


def test_a_relative_clause_with_its_own_unnamed_subject_used_the_term() -> None:
    result = run(
        "Torvane Shipping kept its forecast of $400 million, which one analyst "
        'called "heroic."',
        language="en",
    )
    assert speaker_of(result, "heroic") == "analyst"


def test_both_sides_of_a_results_line_are_teams() -> None:
    result = run(
        "Results of Scottish league matches on Saturday: Kilmarnock 2 Motherwell 0, "
        "Dundee 1 Hibernian 1.",
        language="en",
    )
    found = labels(result)
    for team in ("Kilmarnock", "Motherwell", "Dundee", "Hibernian"):
        assert found[team] == "ORG", team


def test_a_club_named_after_its_city_is_a_team_when_the_sentence_has_a_score() -> None:
    result = run(
        "Olimpia Ljubljana beat Dinamo Zagreb 3-1 in the regional league on Sunday.",
        language="en",
    )
    found = labels(result)
    assert found["Olimpia Ljubljana"] == "ORG"
    assert found["Dinamo Zagreb"] == "ORG"


def test_a_place_named_sea_with_a_sports_verb_and_no_score_stays_a_place() -> None:
    result = run("The Weddell Sea lost most of its ice shelf in 2024.", language="en")
    assert labels(result)["Weddell Sea"] == "LOC"


def test_a_dutch_particle_ten_stays_inside_the_name() -> None:
    result = run(
        'Feyenoord coach Arne ten Brink said his side had been "too slow."', language="en"
    )
    assert labels(result)["Arne ten Brink"] == "PER"
    assert speaker_of(result, "too slow") == "Arne ten Brink"


def test_shares_in_a_company_are_no_place() -> None:
    result = run("Shares in Vellmar Stahlwerk rose 3% in Frankfurt.", language="en")
    assert labels(result)["Vellmar Stahlwerk"] == "ORG"


def test_a_body_before_a_title_and_its_holder_is_no_person() -> None:
    result = run(
        "Nuevo Leon State Treasury Secretary Carlos Garza said revenue had fallen, "
        "and Housing Minister Ana Ruiz agreed.",
        language="en",
    )
    found = labels(result)
    assert found.get("Nuevo Leon State Treasury") != "PER"
    assert found["Carlos Garza"] == "PER"
    assert found["Ana Ruiz"] == "PER"


def test_a_person_known_only_by_what_they_know_is_named_by_the_head_noun() -> None:
    result = run(
        "Korrin Foods delayed its results. A person close to the board said the audit "
        'had found gaps. "Nobody wants to sign yet," the person said.',
        language="en",
    )
    assert speaker_of(result, "Nobody wants") == "person"


def test_people_familiar_with_a_plan_speak_as_people() -> None:
    result = run(
        'Two people familiar with the plan said the cuts were "only the start."',
        language="en",
    )
    assert speaker_of(result, "only the start") == "people"


def test_an_organisation_noun_ending_the_sentence_before_types_no_name() -> None:
    result = run(
        "Rainfall totals came from the Bureau of Meteorology. Delphine Okoro, who farms "
        'near Dunsborough, said she had "never seen the creek this low."',
        language="en",
    )
    found = labels(result)
    assert found["Delphine Okoro"] == "PER"
    assert speaker_of(result, "never seen") == "Delphine Okoro"


def test_a_town_after_outside_is_a_place_even_before_said() -> None:
    result = run(
        "Marta Hollis, who keeps bees outside Yallingup, said the smoke had reached her hives.",
        language="en",
    )
    assert labels(result)["Yallingup"] == "LOC"


def test_spanish_sources_of_a_team_keep_the_complement_of_their_complement() -> None:
    result = run(
        "Fuentes del equipo de gobierno, sin embargo, recordaron que el plan "
        "«ya estaba aprobado».",
        language="es",
    )
    assert (speaker_of(result, "ya estaba") or "").lower() == "fuentes del equipo de gobierno"


def test_one_of_a_group_placed_by_a_preposition_speaks() -> None:
    result = run(
        "Three brokers said soybean crushers had stopped buying. "
        '"Nobody wants beans at this price," one of them, at a trading desk in Santos, said.',
        language="en",
    )
    assert speaker_of(result, "Nobody wants beans") == "one of them"


def test_he_after_a_body_as_subject_goes_back_to_the_person() -> None:
    result = run(
        "Finance Minister Tomas Aldana told local radio that tariffs would stay. "
        'The previous government raised them in 2024. "We will not cut them," he said.',
        language="en",
    )
    assert speaker_of(result, "will not cut") == "Tomas Aldana"


def test_a_title_abbreviation_is_taken_up_by_its_role_noun() -> None:
    result = run(
        "Sen. Harriet Quell visited the plant where Dale Voss and Orin Pike were injured. "
        '"They deserve answers," the senator said.',
        language="en",
    )
    assert speaker_of(result, "deserve answers") == "Harriet Quell"


def test_the_person_in_apposition_to_a_possessive_is_the_subject() -> None:
    result = run(
        "Officials named the victim as Lionel Brisk.",
        "Brisk's daughter, Marnie Brisk Ocampo, said he had worked nights for years. "
        '"He never complained," she told KXTV.',
        language="en",
    )
    assert speaker_of(result, "never complained") == "Marnie Brisk Ocampo"


def test_a_capitalised_organisation_word_inside_a_sentence_opens_the_name() -> None:
    result = run(
        "Los vecinos, agrupados en el Frente Vecinal de Tarija, cortaron la ruta. "
        "Yacimientos de Gas Andinos y la Subsecretaría de Minería no respondieron.",
        language="es",
    )
    found = labels(result)
    assert found["Frente Vecinal de Tarija"] == "ORG"
    assert found["Yacimientos de Gas Andinos"] == "ORG"
    assert found["Subsecretaría de Minería"] == "ORG"


def test_a_plural_demonym_and_an_international_body() -> None:
    result = run(
        "Transparency International's Peru director said most Peruvians distrust the courts.",
        language="en",
    )
    found = labels(result)
    assert found["Transparency International"] == "ORG"
    assert found["Peruvians"] == "MISC"


def test_a_sports_slug_names_no_place_and_cricket_scores_make_teams() -> None:
    result = run(
        "CRICKET - COUNTY SCORES",
        "Close of play on Friday: Durham 410-6 declared v Sussex 52-1.",
        language="en",
    )
    found = labels(result)
    assert "CRICKET" not in found
    assert found["Durham"] == "ORG"
    assert found["Sussex"] == "ORG"


def test_a_place_named_after_a_person_with_an_article_after_en() -> None:
    result = run(
        "El Betis ganó 2-0 en el Manuel Ruiz de Lopera ante el Cádiz.", language="es"
    )
    assert labels(result)["Manuel Ruiz de Lopera"] == "LOC"


def test_the_person_said_takes_up_one_of_the_people_not_a_thing() -> None:
    result = run(
        "Orvik Air is in talks to buy a rival, three people familiar with the matter said.",
        "A settlement could come within weeks, one of the people said. "
        '"Both boards want it done," the person said.',
        language="en",
    )
    assert speaker_of(result, "Both boards") == "one of the people"


def test_a_quotation_interrupted_by_its_tag_keeps_one_speaker() -> None:
    result = run(
        '"We need more trucks," said Odile Marchetti, the Belgian transport minister '
        'who chairs the talks, "and we need them before winter."',
        language="en",
    )
    assert speaker_of(result, "more trucks") == "Odile Marchetti"
    assert speaker_of(result, "before winter") == "Odile Marchetti"


def test_a_role_after_a_capitalised_adjective_takes_up_the_person() -> None:
    result = run(
        "Gov. Lyle Brandvold ordered the evacuation of three counties. "
        '"Leave now," the Democratic governor said.',
        language="en",
    )
    assert speaker_of(result, "Leave now") == "Lyle Brandvold"


def test_a_given_name_spelt_like_a_demonym_opens_a_person() -> None:
    result = run(
        "Austria's Christian Wegscheider, speaking before the vote, said the plan "
        '"goes too far."',
        language="en",
    )
    assert labels(result)["Christian Wegscheider"] == "PER"
    assert speaker_of(result, "goes too far") == "Christian Wegscheider"


def test_after_the_verb_a_body_and_a_capitalised_title_give_way_to_the_person() -> None:
    result = run(
        '"We will appeal," said NUT General Secretary Kevin Ambrose after the ruling.',
        language="en",
    )
    assert speaker_of(result, "will appeal") == "Kevin Ambrose"


def test_a_name_before_its_acronym_in_brackets_is_a_body() -> None:
    result = run(
        "Según Ferrocarriles Andinos Unidos (FAU), la línea reabrirá en marzo, y "
        "Petróleos Mexicanos (Pemex) no comentó.",
        language="es",
    )
    found = labels(result)
    assert found["Ferrocarriles Andinos Unidos"] == "ORG"
    assert found["Petróleos Mexicanos"] == "ORG"


def test_a_workplace_after_a_job_and_a_publication_before_its_noun() -> None:
    result = run(
        "said Ilse Brandt, head of base metals research at Quarrymoor in Zurich. "
        "Vantris analyst Omar Haddad agreed, writing in Brassline magazine.",
        language="en",
    )
    found = labels(result)
    assert found["Quarrymoor"] == "ORG"
    assert found["Vantris"] == "ORG"
    assert found["Brassline"] == "ORG"
    assert found["Zurich"] == "LOC"


def test_an_abbreviated_title_after_a_state_is_no_part_of_its_name() -> None:
    result = run(
        "ST. CLOUD, Minn. (AP) — Oregon Gov. Dana Whitcombe and Idaho Sen. Lou Brandt spoke.",
        language="en",
    )
    found = labels(result)
    assert found["Oregon"] == "LOC"
    assert found["Idaho"] == "LOC"
    assert found["Dana Whitcombe"] == "PER"
    assert "Oregon Gov" not in found


def test_an_outlet_quoting_a_person_after_the_quotation_relays_that_person() -> None:
    result = run(
        '"The border will stay shut," state broadcaster RTV quoted interior minister '
        "Bakhyt Seitkali as saying.",
        language="en",
    )
    assert speaker_of(result, "border will stay") == "Bakhyt Seitkali"


def test_a_plus_closing_a_name_belongs_to_it_but_not_to_a_rating() -> None:
    result = run(
        "OPEC+ meets on Sunday; Moody's kept Chile at A+ and Disney+ added users.", language="en"
    )
    found = labels(result)
    assert found["OPEC+"] == "ORG"
    assert found["Disney+"] == "ORG"
    assert "A+" not in found


def test_a_person_before_a_possessive_is_no_part_of_the_party_name() -> None:
    result = run(
        "Prime Minister Rishi Varma's National Renewal Party won 240 seats.", language="en"
    )
    found = labels(result)
    assert found["Rishi Varma"] == "PER"
    assert found["National Renewal Party"] == "ORG"


def test_royal_titles_and_a_dotted_state_after_a_party_letter() -> None:
    result = run(
        "Crown Prince Haakon Magnus met Rep. Dana Kell, D-N.Y., in Oslo.", language="en"
    )
    found = labels(result)
    assert found["Haakon Magnus"] == "PER"
    assert "Crown" not in found
    assert found["N.Y."] == "LOC"


def test_a_club_acronym_after_its_city_stays_in_the_name() -> None:
    result = run(
        "El Getafe CF perdió ante el Girona FC y los Mossos d'Esquadra vigilaron el estadio.",
        language="es",
    )
    found = labels(result)
    assert found["Getafe CF"] == "ORG"
    assert found["Girona FC"] == "ORG"
    assert found["Mossos d'Esquadra"] == "ORG"


def test_units_regions_by_bearing_and_pairs_before_a_plural_place_noun() -> None:
    result = run(
        "It reached 43 degrees Celsius across the North Plains, and deaths rose in "
        "Klamath and Lake counties.",
        language="en",
    )
    found = labels(result)
    assert "Celsius" not in found
    assert found["North Plains"] == "LOC"
    assert found["Klamath"] == "LOC"
    assert found["Lake"] == "LOC"


def test_a_capital_the_inside_a_sentence_belongs_to_the_outlet() -> None:
    result = run(
        "Varga told The Baltic Herald on Monday. The Central Bank agreed, according to "
        "the Baltic Herald.",
        language="en",
    )
    found = labels(result)
    assert found["The Baltic Herald"] == "ORG"
    assert "The Central Bank" not in found  # a sentence opens with it
    assert found["Baltic Herald"] == "ORG"


def test_the_shale_formation_is_a_place() -> None:
    result = run("YPF invertirá 500 millones en Vaca Muerta el año próximo.", language="es")
    assert labels(result)["Vaca Muerta"] == "LOC"


def test_an_unknown_word_before_a_team_role_is_the_club() -> None:
    result = run(
        "Wrexford striker Dele Amadi and Portmoor manager Ian Corr were both booked.",
        language="en",
    )
    found = labels(result)
    assert found["Wrexford"] == "ORG"
    assert found["Portmoor"] == "ORG"
    assert found["Dele Amadi"] == "PER"


def test_an_unnamed_head_noun_ends_the_phrase_and_a_described_name_speaks() -> None:
    result = run(
        'Talks dragged on. One negotiator put it plainly: "Nobody is moving." '
        '"We are finished here," a visibly tired Okonjo told reporters.',
        language="en",
    )
    assert speaker_of(result, "Nobody is moving") == "negotiator"
    assert speaker_of(result, "finished here") == "Okonjo"


def test_a_possessive_place_or_body_determines_the_speaking_noun() -> None:
    result = run(
        'Peru\'s energy ministry said the spill was "contained." '
        '"There is no risk to the public," Chile\'s navy said.',
        language="en",
    )
    assert speaker_of(result, "contained") == "Peru's energy ministry"
    assert speaker_of(result, "no risk") == "Chile's navy"


def test_a_second_part_with_its_own_tag_keeps_its_own_speaker() -> None:
    result = run('"We won," said Tom Brask, "but barely," added Ann Joliffe.', language="en")
    assert speaker_of(result, "We won") == "Tom Brask"
    assert speaker_of(result, "but barely") == "Ann Joliffe"


def test_common_given_names_spelt_like_towns_open_people() -> None:
    result = run(
        "Sue Okafor and Ann Brightman met Tariq Hamdan and Svetlana Orlova in Kyiv.",
        language="en",
    )
    found = labels(result)
    for name in ("Sue Okafor", "Ann Brightman", "Tariq Hamdan", "Svetlana Orlova"):
        assert found[name] == "PER", name


def test_a_trade_closing_a_name_makes_a_company_even_after_a_demonym() -> None:
    result = run(
        "Eastern Power and Corran Valley Chemicals cut output, Northland Pictures said.",
        language="en",
    )
    found = labels(result)
    assert found["Eastern Power"] == "ORG"
    assert found["Corran Valley Chemicals"] == "ORG"
    assert found["Northland Pictures"] == "ORG"


def test_a_grammar_word_opening_a_body_inside_a_sentence_stays_in_its_name() -> None:
    result = run(
        "Figures from the Mine Rescue and Safety Board show 12 incidents.", language="en"
    )
    assert labels(result)["Mine Rescue and Safety Board"] == "ORG"


def test_a_body_after_a_preposition_opening_the_sentence_is_no_subject() -> None:
    result = run(
        "Desde Compromís, su portavoz, Àgueda Micó Ferrer, pidió más fondos. "
        "«No es suficiente», advirtió.",
        language="es",
    )
    assert speaker_of(result, "No es suficiente") == "Àgueda Micó Ferrer"


def test_a_name_qualifying_the_head_noun_is_not_the_speaker() -> None:
    result = run(
        '"Nothing is agreed until the ministers meet again," according to a senior NATO '
        "diplomat.",
        language="en",
    )
    assert speaker_of(result, "Nothing is agreed") == "senior NATO diplomat"


def test_a_trade_closing_a_company_is_no_surname_after_an_employer() -> None:
    result = run("A spokesman for Ostra Ferry Lines said sailings would resume.", language="en")
    assert labels(result)["Ostra Ferry Lines"] == "ORG"


def test_a_verb_opening_the_sentence_before_an_unnamed_subject() -> None:
    result = run(
        'Talks resumed in Geneva. Said one Western negotiator: "Nobody trusts the numbers."',
        language="en",
    )
    assert speaker_of(result, "Nobody trusts") == "Western negotiator"


def test_a_whole_company_name_then_and_then_another_company() -> None:
    result = run(
        "Shares of Harlow Motors and Brisk Freight Co slid, Chester Owusu said.",
        language="en",
    )
    found = labels(result)
    assert found["Harlow Motors"] == "ORG"
    assert found["Brisk Freight Co"] == "ORG"
    assert found["Chester Owusu"] == "PER"


def test_a_known_body_opening_a_longer_name_keeps_it_a_body() -> None:
    result = run("Reuters Breakingviews and Meta Platforms both cut staff.", language="en")
    found = labels(result)
    assert found["Reuters Breakingviews"] == "ORG"
    assert found["Meta Platforms"] == "ORG"


def test_the_diplomat_said_takes_up_the_unnamed_diplomat() -> None:
    result = run(
        "A diplomat who attended the talks said the sides were close. "
        '"Nobody wants to be blamed for walking away," the diplomat said.',
        language="en",
    )
    assert speaker_of(result, "Nobody wants") == "diplomat"


def test_she_takes_up_an_unnamed_official_qualified_by_a_body() -> None:
    result = run(
        "The mayor, Rosa Pimentel, said roads were open.",
        "A World Bank disaster official in Dhaka, who asked not to be named, said "
        'losses were mounting. "We have not reached half the villages," she said.',
        language="en",
    )
    assert speaker_of(result, "half the villages") == "World Bank disaster official"


def test_a_passive_relay_names_the_subject_quoted() -> None:
    result = run(
        "Energy Minister Dario Velez visited the dam. He was quoted by the state news "
        'agency Andina as saying repairs would take "at least a month."',
        language="en",
    )
    assert speaker_of(result, "at least a month") == "Dario Velez"


def test_storm_names_portfolios_and_parts_of_known_places() -> None:
    result = run(
        "Tropical Storm Odalys hit Eastern Samar, and Egyptian Water Resources Minister "
        "Omar Fathy flew to Western Australia, the Storm Prediction Center said.",
        language="en",
    )
    found = labels(result)
    assert found["Odalys"] == "MISC"
    assert found["Eastern Samar"] == "LOC"
    assert found["Western Australia"] == "LOC"
    assert found["Egyptian"] == "MISC"
    assert "Water Resources" not in found
    assert found["Storm Prediction Center"] == "ORG"


def test_club_suffixes_substitutes_foreign_leagues_and_a_scorer_s_surname() -> None:
    result = run(
        "Ghana forward Kwabena Asante scored twice as Yildiz SK beat Marmara 3-1 in the "
        "Turkish Super Lig. Marmara led 1-0 before Asante scored twice. Substitute "
        "Kerem Aydın added the third.",
        language="en",
    )
    found = labels(result)
    assert found["Yildiz SK"] == "ORG"
    assert found["Turkish Super Lig"] == "MISC"
    assert found["Asante"] == "PER"
    assert found["Kerem Aydın"] == "PER"


def test_spanish_companies_inspectorates_reopened_quotes_and_a_town_gaining_people() -> None:
    result = run(
        "«Los conductores de Renfe están agotados.",
        "»Queremos una reunión ya», dice el comunicado, que cita a la Inspección de Trabajo.",
        "Según el censo, Teruel ganó 900 habitantes en 2025.",
        language="es",
    )
    found = labels(result)
    assert found["Renfe"] == "ORG"
    assert found["Inspección de Trabajo"] == "ORG"
    assert "Queremos" not in found
    assert found["Teruel"] == "LOC"


def test_an_unnamed_spokesperson_for_a_place_s_body_keeps_the_body_noun() -> None:
    result = run(
        "A spokesperson for the Nevada utility said repairs had cost "
        '"far more than planned."',
        language="en",
    )
    assert speaker_of(result, "far more") == "spokesperson for the Nevada utility"


def test_it_takes_up_a_possessed_body_opening_the_sentence_before() -> None:
    result = run(
        "The World Bank offered to mediate. Sudan's delegation took a harder line. "
        '"We will not sign a text that ignores our dams," it said in a statement.',
        language="en",
    )
    assert speaker_of(result, "will not sign") == "Sudan's delegation"


def test_a_passive_reporting_verb_names_its_agent_or_the_document_s_issuer() -> None:
    result = run(
        "A spokeswoman for the Arden School District said classes would resume. Families "
        'were told in a letter that the district was "following guidance." The plan was '
        'announced by Mayor Ilse Varga, who called it "a fresh start."',
        language="en",
    )
    assert speaker_of(result, "following guidance") == "Arden School District"
    assert speaker_of(result, "fresh start") == "Ilse Varga"


def test_sources_of_a_body_opening_a_sentence_are_no_surname() -> None:
    result = run(
        "Fuentes de la Cancillería consultadas por Efe confirmaron la reunión.", language="es"
    )
    found = labels(result)
    assert found["Cancillería"] == "ORG"
    assert not any(name.startswith("Fuentes") for name in found)
