"""Entities: boundaries, types, function words, linking and the gazetteer."""

from __future__ import annotations

from test_analysis_helpers import labels, run

from reader.analysis import gazetteer
from reader.analysis.lexicon import lexicon


def test_spanish_names_have_exact_boundaries_and_types() -> None:
    result = run(
        "La ministra María Fernanda López Herrera viajó a Ciudad de México con el Ministerio "
        "de Asuntos Exteriores y la Universidad de Salamanca. Después voló a Nueva York y a "
        "América Latina."
    )
    got = labels(result)
    assert got["María Fernanda López Herrera"] == "PER"
    assert got["Ciudad de México"] == "LOC"
    assert got["Ministerio de Asuntos Exteriores"] == "ORG"
    assert got["Universidad de Salamanca"] == "ORG"
    assert got["Nueva York"] == "LOC"
    assert got["América Latina"] == "LOC"


def test_sentence_opening_function_words_are_never_entities() -> None:
    result = run(
        "Según la agencia, el acuerdo sigue. Además, el Gobierno de Perú lo confirmó. "
        "Previamente, Ana Torres habló. However, the Bank of Canada said no. Meanwhile, Lima waits."
    )
    texts = {e.text for e in result.entities}
    for word in ("Según", "Además", "Previamente", "However", "Meanwhile"):
        assert not any(t.split()[0] == word for t in texts), texts
    assert labels(result)["Ana Torres"] == "PER"
    assert labels(result)["Bank of Canada"] == "ORG"
    assert labels(result)["Lima"] == "LOC"


def test_function_word_lists_are_lower_case_words() -> None:
    es, en = lexicon("es").function_words, lexicon("en").function_words
    assert "según" in es and "además" in es and "however" in en
    assert all(w == w.lower() and " " not in w for w in es | en)


def test_capitalised_sentence_opener_without_evidence_is_not_an_entity() -> None:
    result = run(
        "Ganaderos venezolanos protestaron ayer en Caracas. Agencias europeas lo confirman."
    )
    texts = {e.text for e in result.entities}
    assert "Ganaderos" not in texts and "Agencias" not in texts
    assert labels(result)["Caracas"] == "LOC"


def test_mention_linking_gives_the_fullest_name() -> None:
    result = run(
        "Herrera llegó temprano. La ministra María Fernanda López Herrera habló con la prensa. "
        "Después, López Herrera se reunió con Jorge Ibarra. Ibarra no respondió."
    )
    canon = {(e.text, e.canonical) for e in result.entities}
    assert ("Herrera", "María Fernanda López Herrera") in canon
    assert ("López Herrera", "María Fernanda López Herrera") in canon
    assert ("Ibarra", "Jorge Ibarra") in canon
    assert all(
        e.label == "PER" for e in result.entities if "Herrera" in e.text or "Ibarra" in e.text
    )


def test_one_sense_per_document_for_a_sentence_opening_surname() -> None:
    result = run("Ibarra respalda el plan", "El senador Jorge Ibarra votó a favor.")
    assert labels(result)["Ibarra"] == "PER"


def test_english_titles_demonyms_and_organisations() -> None:
    result = run(
        "Russian President Viktor Orlov met Sen. Laura Pike and officials of the U.S. Department "
        "of State in Washington. Mr. Orlov said Acme Holdings Inc. would invest."
    )
    got = labels(result)
    assert got["Russian"] == "MISC"
    assert got["Viktor Orlov"] == "PER" and "President Viktor Orlov" not in got
    assert got["Laura Pike"] == "PER"
    assert got["U.S. Department of State"] == "ORG"
    assert got["Washington"] == "LOC"
    assert got["Acme Holdings Inc."] == "ORG"
    assert {e.canonical for e in result.entities if e.text == "Orlov"} == {"Viktor Orlov"}


def test_lower_case_demonyms_and_months_are_not_entities() -> None:
    result = run(
        "El gobierno venezolano y el ministro ruso hablaron en marzo. In March, officials met."
    )
    texts = {e.text for e in result.entities}
    assert not texts & {"venezolano", "ruso", "March", "marzo"}


def test_acronyms_aliases_and_datelines() -> None:
    result = run(
        "LIMA (EFE) — La Agencia Nacional de Aguas (ANA) y la OTAN firmaron. La ANA lo celebró."
    )
    got = labels(result)
    assert got["LIMA"] == "LOC"
    assert got["Agencia Nacional de Aguas"] == "ORG"
    assert got["ANA"] == "ORG" and got["OTAN"] == "ORG"


def test_apposition_cues_type_unknown_names() -> None:
    result = run(
        "Según la agencia estatal de noticias, Veltra, el acuerdo sigue. Un portavoz de la "
        "empresa, Ilse Marnov, lo confirmó. Norvik, the Danish shipping group, said no."
    )
    got = labels(result)
    assert got["Veltra"] == "ORG"
    assert got["Ilse Marnov"] == "PER"
    assert got["Norvik"] == "ORG"


def test_gazetteer_is_small_and_loaded_once() -> None:
    first = gazetteer.places()
    assert first is gazetteer.places()
    assert {"Perú", "Berlín", "Moscow", "Nueva York", "América Latina"} <= first
    assert "Según" not in first and "However" not in first


def test_company_short_names_and_agency_datelines() -> None:
    result = run(
        "MADRID, 11 (EFE)",
        "Norlake Foods Inc. cut jobs. Later, Norlake Foods said sales rose and the Anglo-Dutch "
        "group Unilever agreed.",
    )
    got = labels(result)
    assert got["MADRID"] == "LOC" and got["EFE"] == "ORG"
    assert got["Norlake Foods"] == "ORG"
    assert {e.canonical for e in result.entities if e.text == "Norlake Foods"} == {
        "Norlake Foods Inc."
    }
    assert got["Anglo-Dutch"] == "MISC"


def test_organisation_then_person_and_spanish_al_are_split() -> None:
    result = run(
        "El Gobierno de Tomás Ríos recurrió la decisión de la Audiencia Nacional "
        "al Tribunal Supremo."
    )
    got = labels(result)
    assert got["Gobierno"] == "ORG" and got["Tomás Ríos"] == "PER"
    assert got["Audiencia Nacional"] == "ORG" and got["Tribunal Supremo"] == "ORG"
