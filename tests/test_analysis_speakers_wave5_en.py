"""Speakers, wave-5 English generalisation round: classes of construction found on new
wire-style text written for this round (not copied from the gold files).
"""

from __future__ import annotations

from test_analysis_helpers import run, speaker_of

# --- a second voice opened by a contrast right after a quotation's closing mark --------


def test_but_after_a_quotation_opens_another_persons_clause() -> None:
    result = run(
        'Referee assessor Hanne Brock said the penalty was "clearly justified," but the '
        "visiting captain Oskar Lindahl complained about a \"soft decision.\"",
        language="en",
    )
    assert speaker_of(result, "clearly justified") == "Hanne Brock"


def test_while_after_a_closing_comma_gives_the_next_quotation_to_its_own_subject() -> None:
    result = run(
        "Marit Solberg, who runs the fishermen's cooperative, said quotas were "
        '"a slow death," while the ministry\'s adviser, Colm Reddy, said that without them '
        '"there will be no cod left to argue over."',
        language="en",
    )
    assert speaker_of(result, "slow death") == "Marit Solberg"
    assert speaker_of(result, "no cod left") == "Colm Reddy"


# --- a name inside a possessive relative clause is never the main verb's subject -------


def test_a_name_in_a_whose_clause_does_not_speak_for_the_company() -> None:
    result = run(
        "Brackwater Shipping, whose founder Elias Brandvold stepped down in June, said in a "
        'filing on Thursday that the fleet was "fully insured."',
        language="en",
    )
    assert speaker_of(result, "fully insured") in ("Brackwater Shipping",)


def test_a_name_in_a_cuyo_clause_does_not_speak_for_the_body() -> None:
    result = run(
        "La cooperativa Frutas del Tiétar, cuyo presidente Anselmo Crespo dimitió en "
        "marzo, aseguró ayer que la cosecha está «perdida».",
        language="es",
    )
    assert speaker_of(result, "perdida") != "Anselmo Crespo"


# --- a document with a long aside still speaks ------------------------------------------


def test_a_lawsuit_with_a_long_participial_aside_is_the_speaker() -> None:
    result = run(
        "The complaint, lodged on Friday at the district court in Tulsa on behalf of a "
        "retired teacher, Noreen Ashdown, says the insurer acted in \"plain bad faith\" "
        "when it rejected her claim.",
        language="en",
    )
    speaker = speaker_of(result, "plain bad faith") or ""
    assert speaker.removeprefix("The ").lower() == "complaint"


# --- a quotation with no cue after a sentence about a person -----------------------------


def test_an_untagged_quotation_after_narration_about_a_person_is_theirs() -> None:
    result = run(
        '"We will not sell," said Oren Falk, who owns the mill. "Not this year."',
        "Across the river, Dagny Holm, a beekeeper, walked her empty hives. "
        '"Three winters like this and I am finished."',
        language="en",
    )
    assert speaker_of(result, "Three winters") == "Dagny Holm"


def test_a_role_subject_with_the_name_closing_its_apposition_speaks() -> None:
    result = run(
        'The deputy coach, Ruud Verhoef, said the squad was "tired but fine."',
        "The new captain, veteran Ajax defender Milo Brandsma, looked ahead to Sunday. "
        '"We owe the fans a performance."',
        language="en",
    )
    assert speaker_of(result, "owe the fans") == "Milo Brandsma"


def test_an_untagged_quotation_after_a_reporting_sentence_keeps_the_reporter() -> None:
    result = run(
        "Wilma Strand, a nurse at the clinic, told reporters the queue started at dawn. "
        '"Some of them slept here."',
        language="en",
    )
    assert speaker_of(result, "slept here") == "Wilma Strand"


# --- a trade noun opening the sentence before a name is no part of it -------------------


def test_a_capitalised_trade_noun_before_a_name_stays_out_of_the_name() -> None:
    result = run(
        'Shopkeeper Talia Brennock said sales had halved. "People are scared," Brennock said.',
        "Pensioner Ewald Marsch, 81, said he had not been told.",
        language="en",
    )
    names = {e.text for e in result.entities if e.label == "PER"}
    assert "Talia Brennock" in names
    assert "Ewald Marsch" in names
    assert speaker_of(result, "People are scared") == "Talia Brennock"


def test_a_title_like_word_before_a_company_name_is_kept() -> None:
    result = run("General Motors Corp said it would cut 900 jobs.", language="en")
    assert [e.text for e in result.entities if e.label == "ORG"] == ["General Motors Corp"]


# --- a body noun in an opening phrase does not type the subject after its comma ---------


def test_a_person_after_an_opening_phrase_ending_in_a_body_noun_is_a_person() -> None:
    result = run(
        "Testifying before the council, Leopold Vantongeren said the ruling was unfair.",
        '"We will appeal," he told reporters.',
        language="en",
    )
    labels = {e.text: e.label for e in result.entities}
    assert labels.get("Leopold Vantongeren") == "PER"
    assert speaker_of(result, "We will appeal") == "Leopold Vantongeren"


def test_a_body_named_in_apposition_stays_a_body() -> None:
    result = run("The union, Verdana, said the strike would go ahead.", language="en")
    assert {e.text: e.label for e in result.entities}.get("Verdana") == "ORG"


# --- a body noun of the same kind takes up the body named before ------------------------


def test_the_watchdog_takes_up_the_authority_named_before() -> None:
    result = run(
        "The Maritime Safety Authority said on Friday that the ferry operator Brisk Lines "
        "had ignored two warnings.",
        'The company\'s response was "slow and evasive," the watchdog said.',
        language="en",
    )
    assert speaker_of(result, "slow and evasive") == "Maritime Safety Authority"


# --- a quotation closed by its own full stop, then a new sentence with an aside ----------


def test_a_new_sentence_with_an_aside_after_a_closed_quotation_is_no_tag() -> None:
    result = run(
        "Goalkeeper Anselm Vogt kept a clean sheet, while Tobiah Renn, 19, said only: "
        '"I just ran." Vogt, asked about the red card, said he had "no view on it".',
        language="en",
    )
    assert speaker_of(result, "I just ran") == "Tobiah Renn"
    assert speaker_of(result, "no view on it") == "Anselm Vogt"


def test_a_short_tag_with_an_aside_after_a_full_stop_still_names_the_speaker() -> None:
    result = run('"We were poor today." Vogt, the captain, said.', language="en")
    assert speaker_of(result, "poor today") == "Vogt"


# --- a document issued in a long opening phrase speaks for the body that filed it --------


def test_a_filing_with_a_court_speaks_for_the_company_not_the_court() -> None:
    result = run(
        "Brannock Freight, which runs depots across the Northeast and South, sought "
        "protection from creditors on Tuesday.",
        "In a filing with the U.S. Bankruptcy Court in Houston, the company said it had "
        'enough cash to operate. The filing said suppliers would be paid "in full and on '
        'time."',
        language="en",
    )
    assert speaker_of(result, "in full and on time") == "Brannock Freight"
    labels = {e.text: e.label for e in result.entities}
    assert labels.get("South") == "LOC"


# --- an anonymous source with a complement and a long aside after the quotation ---------


def test_an_anonymous_source_with_a_complement_and_an_aside_tags_the_quotation() -> None:
    result = run(
        '"Nobody is coming back this winter," an engineer at the water board, who was not '
        "cleared to speak to reporters, told Reuters.",
        language="en",
    )
    assert speaker_of(result, "Nobody is coming back") == "engineer"


def test_a_short_quotation_tagged_past_a_long_aside_is_speech() -> None:
    result = run(
        '"Too late," a harbour police officer, who would not give his name, told AFP.',
        language="en",
    )
    quote = result.quotes[0]
    assert quote.is_speech
    assert speaker_of(result, "Too late") == "harbour police officer"


def test_a_person_noun_after_a_person_noun_goes_on_with_the_compound() -> None:
    result = run('"The dam held," a coast guard official told AFP.', language="en")
    assert speaker_of(result, "The dam held") == "coast guard official"


# --- "X was quoted by Y as saying": the person the passive's subject ends with ----------


def test_a_passive_relay_names_the_person_not_the_body_before_the_role() -> None:
    result = run(
        "Riksbank board member Elin Haraldsen was quoted by the Dagens Affarer daily as "
        'saying that rates would "stay put for now."',
        language="en",
    )
    assert speaker_of(result, "stay put") == "Elin Haraldsen"


# --- a pronoun after a sentence about a thing that names one person ---------------------


def test_a_pronoun_takes_up_the_one_person_a_sentence_about_a_thing_named() -> None:
    result = run(
        'The harbour master, Ilse Dorn, said the quay was "closed until further notice."',
        "The decision to reopen it came from Severin Maalouf, the port director. "
        '"Ships will dock again on Monday," he said.',
        language="en",
    )
    assert speaker_of(result, "Ships will dock") == "Severin Maalouf"


# --- a short quotation followed by "according to X" ---------------------------------------


def test_a_short_quotation_then_according_to_is_that_persons_speech() -> None:
    result = run(
        'The merger was "a rescue," according to Fenella Ashby, a former '
        "regulator who studied the filings.",
        language="en",
    )
    assert result.quotes[0].is_speech
    assert speaker_of(result, "a rescue") == "Fenella Ashby"


# --- short quotations: a long unnamed subject's tag; months are no title case -------------


def test_a_mid_sentence_quotation_tagged_by_a_long_unnamed_subject_is_speech() -> None:
    result = run(
        'Chancellor Ida Brenner met the unions on Friday, but an accord "is weeks away," '
        "one official close to the talks said.",
        language="en",
    )
    assert result.quotes[0].is_speech
    assert speaker_of(result, "weeks away") == "official"


def test_a_quoted_paragraph_naming_months_goes_on_with_the_speaker() -> None:
    result = run(
        "Oskar Vinter, who chairs the tenants' group, was asked about the rent rise.",
        '"We were never consulted," he said.',
        '"Not in June, not in July."',
        language="en",
    )
    assert result.quotes[-1].is_speech
    assert speaker_of(result, "Not in June") == "Oskar Vinter"


# --- an unnamed source's employer: a place's lower-case body ------------------------------


def test_an_unnamed_official_at_a_countrys_ministry_keeps_the_whole_employer() -> None:
    result = run(
        "An official at Peru's mining ministry told Reuters the permits were "
        '"being reviewed one by one."',
        language="en",
    )
    assert speaker_of(result, "one by one") == "official at Peru's mining ministry"


# --- a compound role in lower case after the quotation ------------------------------------


def test_a_compound_role_noun_in_the_tag_takes_up_its_holder() -> None:
    result = run(
        "Margit Hallberg was named chief executive of Lysekil Ferries in March, a month "
        "after the sinking.",
        '"We have rebuilt the safety team from scratch," the chief executive said.',
        '"Every crossing is logged," the chief operating officer, Paavo Rinne, added.',
        language="en",
    )
    assert speaker_of(result, "rebuilt the safety team") == "Margit Hallberg"
    assert speaker_of(result, "Every crossing") == "Paavo Rinne"


# --- a quotation alone in its paragraph after a reporting paragraph ------------------------


def test_a_lone_quotation_after_a_reporting_paragraph_is_its_subjects() -> None:
    result = run(
        'The ministry said in a statement that it favoured "dialogue" over fines.',
        "A union spokesman declined to comment on the talks, which resume on Monday.",
        "Tomasz Wrobel, a welder who has worked at the yard for 30 years, said his shifts "
        "had been cut in half.",
        '"I have two daughters at university and no savings left."',
        language="en",
    )
    assert speaker_of(result, "two daughters") == "Tomasz Wrobel"


# --- a family named after a person speaks as the family -----------------------------------


def test_the_family_named_after_a_victim_speaks_not_the_victim() -> None:
    result = run(
        "Friends of Tendai Moyo, who drowned in the flood, gathered at the bridge. In a "
        'statement, the Moyo family said: "He gave his life for a stranger."',
        '"We are proud of him," the Moyo family added.',
        language="en",
    )
    assert speaker_of(result, "gave his life") == "Moyo family"
    assert speaker_of(result, "proud of him") == "Moyo family"


# --- a company named in the possessive ------------------------------------------------------


def test_a_company_named_with_an_apostrophe_s_keeps_it_and_speaks() -> None:
    result = run(
        "Retailer Pemberton's warned on Monday that sales would fall.",
        '"Shoppers are cutting back on everything," Pemberton\'s said in a statement.',
        "Britain's retail sector has shed 40,000 jobs this year.",
        language="en",
    )
    labels = {e.text: e.label for e in result.entities}
    assert labels.get("Pemberton's") == "ORG"
    assert "Britain's" not in labels
    assert speaker_of(result, "cutting back") == "Pemberton's"


# --- a possessor opening the sentence is no subject before a colon ------------------------


def test_a_possessed_role_with_an_apposed_name_before_a_colon_speaks() -> None:
    result = run(
        "The drivers rejected the offer from operator Halloran Coaches on Friday.",
        "Halloran's operations director, Eimear Lacey, was unmoved: \"The offer stands. "
        'Not a penny more."',
        language="en",
    )
    assert speaker_of(result, "The offer stands") == "Eimear Lacey"


# --- a name inside a relative clause on a named person ------------------------------------


def test_a_company_inside_a_who_clause_on_a_person_does_not_speak() -> None:
    result = run(
        "Oren Calloway, who runs Brightsea Logistics' European arm, said bookings were "
        '"holding up better than feared."',
        language="en",
    )
    assert speaker_of(result, "holding up") == "Oren Calloway"


def test_a_person_inside_a_who_clause_on_a_person_does_not_speak() -> None:
    result = run(
        "Talia Marsh, who replaced Devin Okoro as coach in May, said the squad was "
        '"finally fit."',
        language="en",
    )
    assert speaker_of(result, "finally fit") == "Talia Marsh"


def test_a_name_inside_an_apposition_on_a_person_does_not_speak() -> None:
    result = run(
        "Chinedu Nwosu, a tailor at Accra's Makola market, said prices had doubled. "
        '"We cannot live like this."',
        language="en",
    )
    assert speaker_of(result, "cannot live") == "Chinedu Nwosu"


# --- a document sent by a person -----------------------------------------------------------


def test_a_message_from_a_person_before_a_colon_is_that_persons() -> None:
    result = run(
        "The message from Ottilie Brandauer, the festival's director, was blunt: "
        '"No money, no festival."',
        language="en",
    )
    labels = {e.text: e.label for e in result.entities}
    assert labels.get("Ottilie Brandauer") == "PER"
    assert speaker_of(result, "No money") == "Ottilie Brandauer"


# --- a quotation inside a reported clause, the tag closing the sentence --------------------


def test_a_tag_closing_the_sentence_names_the_speaker_of_a_quotation_before_it() -> None:
    result = run(
        "Dr. Leontine Vasquez, who runs the clinic, examined the children.",
        'It was "far too early to tell" whether the cases were linked, Dr. Vasquez said '
        "on Friday.",
        language="en",
    )
    assert speaker_of(result, "far too early") == "Leontine Vasquez"


def test_a_closing_tag_with_a_reported_clause_of_its_own_is_left_alone() -> None:
    result = run(
        'The plan is "dead on arrival" in the Senate, where Tomas Rand said that the votes '
        "were missing.",
        language="en",
    )
    assert speaker_of(result, "dead on arrival") != "Tomas Rand"


# --- a sentence opened by "But" keeps its own subject --------------------------------------


def test_a_dropped_tag_after_a_sentence_opened_by_but_is_its_unnamed_subjects() -> None:
    result = run(
        "Grain minister Tobias Kere said exports would resume in May. But one broker in "
        'Hamburg said the ban was "costing everyone," adding that buyers had gone elsewhere.',
        language="en",
    )
    assert speaker_of(result, "costing everyone") == "broker"


# --- a body qualified by another's name, then its own initials ---------------------------


def test_a_body_named_by_its_bracketed_initials_speaks_not_the_qualifier() -> None:
    result = run(
        "The EU food safety agency (EFSA) said on Monday that the additive was "
        '"not a concern at current levels."',
        language="en",
    )
    assert speaker_of(result, "not a concern") == "EFSA"


# --- a statement read on someone's behalf ---------------------------------------------------


def test_a_statement_read_on_her_behalf_is_hers() -> None:
    result = run(
        "The driver's widow, Maria Keane, sat beside the family's lawyer, Thomas Brill. "
        "Brill read a statement on her behalf.",
        '"He was a careful man. He never drove tired," the statement said.',
        language="en",
    )
    assert speaker_of(result, "careful man") == "Maria Keane"


def test_a_statement_on_behalf_of_a_named_body_is_the_bodys() -> None:
    result = run(
        "A lawyer read a statement on behalf of Harwick Mining outside the court.",
        '"We will cooperate fully," the statement said.',
        language="en",
    )
    assert speaker_of(result, "cooperate fully") == "Harwick Mining"


# --- a role with a lower-case "of" complement still stands before its holder's name -----


def test_director_of_football_after_a_team_gives_the_quotation_to_the_person() -> None:
    result = run(
        "Redbridge Wanderers lost 3-1 at home on Saturday.\n\n"
        '"We stopped running after the break," said Redbridge Wanderers director of '
        "football Hamilton Achebe, whose side have not won since August.",
        language="en",
    )
    assert speaker_of(result, "stopped running") == "Hamilton Achebe"


def test_chief_of_staff_before_a_name_types_a_person() -> None:
    result = run(
        "The mayor's chief of staff Clifton Marsh said the 2-1 council vote would stand.",
        language="en",
    )
    assert ("Clifton Marsh", "PER") in {(e.text, e.label) for e in result.entities}


def test_a_team_typed_a_person_by_its_headline_still_yields_to_the_role_holder() -> None:
    result = run(
        "Lost again on Sunday.\n\n"
        '"Nobody wanted the ball," said Tenby Hart head of recruitment Dana Pruett.',
        language="en",
    )
    assert speaker_of(result, "Nobody wanted") == "Dana Pruett"


# --- "that" after a reporting verb and its prepositional phrase opens a that-clause -----


def test_that_after_said_and_a_phrase_is_no_relative_clause_with_its_own_speaker() -> None:
    result = run(
        "Finance chief Maren Holt said at a briefing in Oslo that the fund's capital remained "
        '"stronger than it has been in a decade," and that no asset sales were planned.',
        language="en",
    )
    assert speaker_of(result, "stronger than") == "Maren Holt"


# --- "the agency quoted him as saying": the object pronoun is the last speaker --------


def test_an_outlet_quoting_him_as_saying_relays_the_person_quoted_before() -> None:
    result = run(
        "State news agency Kandeva quoted Mayor Tomas Lindqvist as saying the harbour was "
        '"unsafe for now." "Nobody should moor there tonight," the agency quoted him '
        "as saying.",
        language="en",
    )
    assert speaker_of(result, "Nobody should moor") == "Tomas Lindqvist"


# --- stacked abbreviated ranks before a name ("Lt. Cmdr.", "Maj. Gen.") -----------------


def test_stacked_military_ranks_are_no_part_of_the_speakers_name() -> None:
    result = run(
        "The base reopened on Friday.",
        '"The runway is clear again," said Lt. Cmdr. Ilse Marwood, the duty officer. '
        '"We lost a day, no more."',
        '"Nobody was hurt," said Maj. Gen. Tobias Renwick.',
        language="en",
    )
    assert speaker_of(result, "runway is clear") == "Ilse Marwood"
    assert speaker_of(result, "lost a day") == "Ilse Marwood"
    assert speaker_of(result, "Nobody was hurt") == "Tobias Renwick"


# --- a fishing company is a company: "the company said" takes it up -------------------


def test_a_fisheries_company_speaks_as_the_company() -> None:
    result = run(
        "The trawler is owned by Skerry Point Fisheries of Aberdeen, according to port "
        "records.",
        'In a statement, the company said it was "relieved beyond words" that the crew '
        "was safe.",
        language="en",
    )
    assert speaker_of(result, "relieved beyond words") == "Skerry Point Fisheries"


# --- "Asked …, she laughed. "…"": a pronoun's short reaction before an uncued quotation -


def test_a_pronoun_that_only_laughs_answers_with_the_next_quotation() -> None:
    result = run(
        "The harbour was quiet by noon.",
        "Greta Holmqvist sold her last boat in May. Asked whether she missed the sea, she "
        'smiled. "Every morning, and never at night."',
        language="en",
    )
    assert speaker_of(result, "Every morning") == "Greta Holmqvist"
