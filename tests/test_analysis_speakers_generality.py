"""Speakers, second wave-5 English round: classes found on adversarial wire-style text
written for this round (other verbs, other orders, adverbs in the tag), not on the gold.
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

# --- an adverb or auxiliary between the speaker and the reporting verb --------------------


def test_a_lone_surname_then_an_auxiliary_and_an_adverb_speaks() -> None:
    result = run(
        "Halvorsen has repeatedly said the merger is \"off the table.\"",
        language="en",
    )
    assert speaker_of(result, "off the table") == "Halvorsen"


def test_a_lone_surname_then_a_time_adverb_speaks() -> None:
    result = run(
        "Okonkwo later told lawmakers that the audit was \"nowhere near finished.\"",
        language="en",
    )
    assert speaker_of(result, "nowhere near finished") == "Okonkwo"


def test_a_tag_after_the_quotation_with_an_adverb_before_its_verb() -> None:
    result = run(
        "\"The pumps failed within an hour,\" Greta Lindqvist later testified.",
        language="en",
    )
    assert speaker_of(result, "pumps failed") == "Greta Lindqvist"


def test_a_noun_tag_after_the_quotation_with_also_before_its_verb() -> None:
    result = run(
        "Ferris Dock Co. warned of delays on Tuesday.",
        "\"Crews will work through the weekend,\" the company also said.",
        language="en",
    )
    assert speaker_of(result, "work through the weekend") == "Ferris Dock Co."


def test_a_spanish_surname_then_an_adverb_speaks() -> None:
    result = run(
        "Urrutia luego afirmó que las obras van «a buen ritmo».",
        language="es",
    )
    assert speaker_of(result, "buen ritmo") == "Urrutia"



# --- a plural subject of the sentence before is no antecedent of "he" or "she" -----------


def test_she_skips_a_plural_subject_for_the_woman_named_before() -> None:
    result = run(
        "Councillor Brenda Okafor toured the flooded estate with engineers on Friday. "
        "Tenants complain the drains have not been cleared in years.",
        '"We will fund the repairs ourselves if we must," she said.',
        language="en",
    )
    assert speaker_of(result, "fund the repairs") == "Brenda Okafor"


def test_he_still_takes_up_one_of_a_group() -> None:
    result = run(
        "Mayor Ines Carvalho left early. One of the tenants stayed behind to talk.",
        '"Nobody listens to us," he said.',
        language="en",
    )
    assert speaker_of(result, "Nobody listens") == "One of the tenants"


# --- an opening participle with a named agent and its apposition ------------------------


def test_a_pronoun_skips_the_agent_of_an_opening_participle_for_the_subject() -> None:
    result = run(
        "Questioned by Omar Haddad, a columnist at the Ledger, on the pension shortfall, "
        "Treasurer Ruth Calloway refused to give a figure.",
        '"Not before the audit," she said.',
        language="en",
    )
    assert speaker_of(result, "before the audit") == "Ruth Calloway"


def test_a_past_participle_opening_is_passed_to_the_main_subject() -> None:
    result = run(
        "Pressed on the delays, Port Director Colm Ryan blamed the weather.",
        '"Three storms in a fortnight," he said.',
        language="en",
    )
    assert speaker_of(result, "Three storms") == "Colm Ryan"


# --- a role, a name and an apposition after the quotation, then the verb -----------------


def test_a_role_name_and_apposition_after_the_quotation_tag_it() -> None:
    result = run(
        '"The glacier lost a metre in one summer," senior glaciologist Priya Natarajan, '
        "who leads the survey team, told reporters.",
        language="en",
    )
    assert speaker_of(result, "glacier lost a metre") == "Priya Natarajan"


def test_a_name_inside_a_clause_after_the_quotation_does_not_tag_it() -> None:
    result = run(
        "La acusación, que ejerce Nerea Alday, sostuvo que el acusado actuó «con frialdad», "
        "y presentó un peritaje según el cual Marta Oyarzun, vecina del inmueble, "
        "escuchó los golpes.",
        language="es",
    )
    assert speaker_of(result, "con frialdad") != "Marta Oyarzun"


# --- a quotation filling its paragraph after a paragraph about one person ---------------


def test_a_lone_quotation_paragraph_after_a_paragraph_about_a_person_is_theirs() -> None:
    result = run(
        "Dariusz Kowal has repaired organs in Silesia for forty years.",
        "Kowal still climbs into every instrument himself.",
        '"My knees complain. The pipes do not care. So I keep climbing."',
        language="en",
    )
    assert speaker_of(result, "My knees complain") == "Dariusz Kowal"



# --- a team, a role and a person opening the sentence before a pronoun ------------------


def test_he_takes_up_the_coach_named_after_the_team_not_the_team() -> None:
    result = run(
        "The Tartu Bears won again on Saturday.",
        "Bears coach Ivan Lisovsky was more worried about the turnovers. "
        '"We cannot keep giving away five a night," he said.',
        language="en",
    )
    assert speaker_of(result, "giving away five") == "Ivan Lisovsky"


# --- a name's possessive before a person noun, then the verb ----------------------------


def test_a_persons_lawyer_speaks_not_the_person() -> None:
    result = run(
        "Rosa Almeida's attorney told the jury the contract was \"never signed.\"",
        language="en",
    )
    assert speaker_of(result, "never signed") == "Rosa Almeida's attorney"


def test_a_persons_lawyer_named_in_apposition_is_that_lawyer() -> None:
    result = run(
        "Rosa Almeida's attorney, Victor Haines, told the jury the contract was "
        '"never signed."',
        language="en",
    )
    assert speaker_of(result, "never signed") == "Victor Haines"


# --- a seat of power typed as a place, with its article, after the quotation -------------


def test_the_white_house_after_a_quotation_speaks() -> None:
    result = run(
        '"The tariffs stay until talks resume," the White House said in a statement.',
        language="en",
    )
    assert speaker_of(result, "tariffs stay") == "White House"


# --- a role "of" a person is someone acting for that person -----------------------------


def test_the_lawyers_of_a_person_speak_not_the_person() -> None:
    result = run(
        'The attorneys of Corinne Maddox said the indictment was "built on rumour."',
        language="en",
    )
    assert speaker_of(result, "built on rumour") == "attorneys of Corinne Maddox"


def test_el_abogado_de_una_persona_habla_por_ella_sin_ser_ella() -> None:
    result = run(
        "«No hay una sola prueba», aseguró el abogado de Íñigo Berasategi.",
        language="es",
    )
    assert speaker_of(result, "una sola prueba") == "abogado de Íñigo Berasategi"


def test_the_family_of_a_person_after_the_quotation_speaks_not_the_person() -> None:
    result = run(
        '"She lit up every room she walked into," the family of Nadia Ferreira said.',
        language="en",
    )
    assert speaker_of(result, "lit up every room") == "family of Nadia Ferreira"


def test_a_title_and_a_name_after_the_quotation_still_speak() -> None:
    result = run(
        '"We are reviewing the footage," Chief Superintendent Omar Castell told reporters.',
        language="en",
    )
    assert speaker_of(result, "reviewing the footage") == "Omar Castell"


# --- a place or a lower-case qualifier, an abbreviated title and a name after the verb ---


def test_said_a_country_an_abbreviated_title_and_a_name() -> None:
    result = run(
        '"The border is open for business," said U.S. Rep. Leon Marsh, R-Arizona.',
        language="en",
    )
    assert speaker_of(result, "open for business") == "Leon Marsh"


def test_said_state_and_an_abbreviated_title_then_the_name() -> None:
    result = run(
        '"The budget is a fantasy," said state Sen. Irma Castellanos.',
        language="en",
    )
    assert speaker_of(result, "budget is a fantasy") == "Irma Castellanos"


# --- a trade noun taking up a company whose name says the trade another way --------------


def test_the_consultancy_takes_up_the_consulting_firm() -> None:
    result = run(
        "Analysts at Brightwater Consulting said demand had peaked, while the Energy "
        "Ministry said output would rise. The consultancy called the outlook "
        '"fragile at best."',
        language="en",
    )
    assert speaker_of(result, "fragile at best") == "Brightwater Consulting"


def test_the_carrier_takes_up_the_airways_not_the_union_named_since() -> None:
    result = run(
        "Nordic Airways cancelled 40 flights on Friday. The Aviation Workers Union "
        "called the strike over pay.",
        '"Safety comes first," the carrier said.',
        language="en",
    )
    assert speaker_of(result, "Safety comes first") == "Nordic Airways"


# --- a document speaks for whoever filed it ------------------------------------------------


def test_a_complaint_filed_by_a_body_speaks_for_that_body() -> None:
    result = run(
        "Harbour Police Department officers arrested the driver on Tuesday, the "
        "department said in a statement.",
        "A complaint filed by the Kent County Attorney's Office says the driver had been "
        "drinking.",
        '"The defendant fled the scene on foot," the complaint says.',
        language="en",
    )
    assert speaker_of(result, "fled the scene") == "Kent County Attorney's Office"


def test_an_unclosed_phrase_after_the_agent_is_the_main_subject() -> None:
    result = run(
        "Asked by Tom Reyes, a spokesman for the port said the cranes were back in service.",
        '"We lost two days," he said.',
        language="en",
    )
    assert speaker_of(result, "lost two days") == "spokesman"


# --- "she" and "he" know more given names from international wire copy ------------------


def test_she_skips_a_man_named_by_a_dutch_given_name() -> None:
    result = run(
        "Ingrid Solheim, the fund's chair, backed the sale. Piet Vermeulen, the chief "
        "executive, agreed.",
        '"We waited a decade for this," she said.',
        language="en",
    )
    assert speaker_of(result, "waited a decade") == "Ingrid Solheim"


def test_she_takes_up_the_only_woman_even_after_a_preposition() -> None:
    result = run(
        "Transport Minister Colm Ryan met taxi drivers led by Siobhan Doyle on Friday.",
        "The meeting lasted three hours.",
        '"For once we were heard," she said.',
        language="en",
    )
    assert speaker_of(result, "we were heard") == "Siobhan Doyle"


# --- an absolute clause: "with X saying/writing …" -------------------------------------------


def test_with_a_name_and_a_gerund_of_speech_names_the_speaker() -> None:
    result = run(
        "Copper slid 3% in London, with Ilse Okonjo writing in a note that the sell-off "
        'looked "overdone by any measure."',
        language="en",
    )
    assert speaker_of(result, "overdone by any measure") == "Ilse Okonjo"


def test_a_name_after_with_then_a_comma_is_no_absolute_subject() -> None:
    result = run(
        "Ilse Okonjo met with Tomas Verhoeven on Monday, saying afterwards that the "
        'plan was "dead on arrival."',
        language="en",
    )
    assert speaker_of(result, "dead on arrival") == "Ilse Okonjo"
