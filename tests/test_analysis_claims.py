"""Check-worthy sentences, the JSON report and the optional spaCy backend."""

from __future__ import annotations

import importlib.util
import json

import pytest
from contract import ANALYZE_KEYS
from test_analysis_helpers import article, run, scored

from reader.analysis import AnalysisError, analyze
from reader.analysis.report import analysis_to_json


def _claim_texts(result, art) -> dict[str, tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return {art.text[c.start : c.end]: c.reasons for c in result.claims}


def test_figures_percentages_money_and_comparisons_are_candidates() -> None:
    art = article(
        "La inflación subió al 5,9 % en febrero. El puerto movió 3.500 contenedores. "
        "La empresa invirtió 40 millones de dólares. Es el segundo cierre en menos de un mes. "
        "Hacía buen tiempo. La gente paseaba. Los niños jugaban. Nadie tenía prisa."
    )
    got = _claim_texts(analyze(art), art)
    assert "percentage" in got["La inflación subió al 5,9 % en febrero."]
    assert "figure" in got["El puerto movió 3.500 contenedores."]
    assert "money" in got["La empresa invirtió 40 millones de dólares."]
    assert "Hacía buen tiempo." not in got
    # A ranking alone is a cue the learned weights may keep under the threshold: the cue
    # itself is what this test is about, and a measured sentence outranks it.
    cues = {s.text: s for s in scored(art.text)}
    ranking = cues["Es el segundo cierre en menos de un mes."]
    assert ranking.reasons and "comparison" in ranking.reasons
    assert ranking.probability < cues["El puerto movió 3.500 contenedores."].probability


def test_attributed_statement_about_a_named_person_is_a_candidate() -> None:
    art = article("La ministra Ana Prieto dijo que el plan costará 40 millones de euros en 2026.")
    got = _claim_texts(analyze(art), art)
    assert "attribution" in next(iter(got.values()))


def test_an_attribution_alone_is_no_candidate() -> None:
    """Who said something is not itself a checkable fact: "X said she was ready to
    resign" has nothing to check but the saying (issue 10: candidates were too generous)."""
    art = article(
        "La ministra Ana Prieto dijo que estaba dispuesta a dimitir si el plan fracasaba."
    )
    assert analyze(art).claims == ()


def test_headings_and_captions_are_never_candidates() -> None:
    """The sources decide which blocks are headings and captions; the analysis trusts
    the block kinds and never re-guesses them from the text."""
    art = article(
        ("heading", "El PIB crece un 3 % en 2025"),
        ("caption", "El ministro, en 2024, con 40 diputados. (Foto: Agencia Sur)"),
        "El PIB creció un 3 % en 2025, según el instituto.",
        ("heading", "Un titular sin punto con 45 % de algo"),
    )
    result = analyze(art)
    got = _claim_texts(result, art)
    assert list(got) == ["El PIB creció un 3 % en 2025, según el instituto."]
    assert all(0.0 <= c.score <= 1.0 and c.reasons for c in result.claims)


def test_english_candidates() -> None:
    art = article("Revenue rose 12 percent to $4.1 billion in 2025. The weather was nice.")
    got = _claim_texts(analyze(art), art)
    assert set(got) == {"Revenue rose 12 percent to $4.1 billion in 2025."}
    assert {"percentage", "money"} <= set(got["Revenue rose 12 percent to $4.1 billion in 2025."])


def test_report_follows_the_contract() -> None:
    art = article("«Vamos a ganar», dijo Ana Prieto en Lima, donde el paro llega al 9 %.")
    data = analysis_to_json(art, analyze(art))
    assert set(data) == ANALYZE_KEYS
    json.dumps(data, ensure_ascii=False)
    assert data["sentences"] and all(len(s) == 2 for s in data["sentences"])
    for entity in data["entities"]:
        assert set(entity) == {"start", "end", "label", "text", "canonical"}
        assert data["text"][entity["start"] : entity["end"]] == entity["text"]
    quote = data["quotes"][0]
    assert set(quote) == {"start", "end", "text", "speaker", "is_speech"}
    assert quote["speaker"]["name"] == "Ana Prieto"
    assert data["text"][quote["speaker"]["start"] : quote["speaker"]["end"]] == "Ana Prieto"
    claim = data["claims"][0]
    assert set(claim) == {"start", "end", "score", "reasons"} and isinstance(claim["reasons"], list)


def test_unknown_backend_is_a_one_line_error() -> None:
    with pytest.raises(AnalysisError, match="unknown backend"):
        analyze(article("Hola."), backend="nope")


@pytest.mark.skipif(importlib.util.find_spec("spacy") is not None, reason="spaCy is installed")
def test_spacy_backend_without_spacy_is_a_clear_error() -> None:
    with pytest.raises(AnalysisError) as info:
        analyze(article("Hola, Lima."), backend="spacy:es_core_news_sm")
    assert "\n" not in str(info.value) and "spaCy" in str(info.value)


def _spacy_model(name: str) -> bool:
    return (
        importlib.util.find_spec("spacy") is not None and importlib.util.find_spec(name) is not None
    )


@pytest.mark.skipif(not _spacy_model("es_core_news_sm"), reason="spaCy or es_core_news_sm absent")
def test_spacy_backend_goes_through_the_same_post_processing() -> None:
    result = run("Según la agencia, Nicanor Parra viajó a Lima. Además, Parra habló.")
    spacy_result = analyze(
        article("Según la agencia, Nicanor Parra viajó a Lima. Además, Parra habló."),
        backend="spacy:es_core_news_sm",
    )
    assert spacy_result.backend == "spacy:es_core_news_sm"
    assert not any(e.text.startswith(("Según", "Además")) for e in spacy_result.entities)
    assert result.backend == "builtin"


class _FakeSpan:
    def __init__(self, text: str, needle: str, label: str) -> None:
        self.start_char = text.index(needle)
        self.end_char = self.start_char + len(needle)
        self.label_ = label


class _FakeNlp:
    """Stands in for a spaCy pipeline: tags a fixed list of strings."""

    def __init__(self, tags: list[tuple[str, str]]) -> None:
        self.tags = tags

    def __call__(self, text: str):  # type: ignore[no-untyped-def]
        doc = type("Doc", (), {})()
        doc.ents = [_FakeSpan(text, needle, label) for needle, label in self.tags]
        return doc


def test_spacy_backend_output_is_post_processed(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from reader.analysis import spacy_backend

    fake = types.ModuleType("spacy")
    tags = [
        ("Según la agencia", "PER"),
        ("Nicanor Parra", "PER"),
        ("Lima", "GPE"),
        ("Además, Parra", "PER"),
        ("chilenos", "NORP"),
    ]
    fake.load = lambda name, disable=(): _FakeNlp(tags)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "spacy", fake)
    monkeypatch.setattr(spacy_backend, "_MODELS", {})
    art = article("Según la agencia, Nicanor Parra viajó a Lima con chilenos. Además, Parra habló.")
    result = analyze(art, backend="spacy:fake_model")
    assert result.backend == "spacy:fake_model"
    got = {(e.text, e.label, e.canonical) for e in result.entities}
    assert ("Nicanor Parra", "PER", "Nicanor Parra") in got
    assert ("Lima", "LOC", "Lima") in got
    assert ("Parra", "PER", "Nicanor Parra") in got
    assert not any(e.text.startswith(("Según", "Además", "la agencia")) for e in result.entities)


def test_a_figure_the_reporter_narrates_outweighs_the_same_figure_quoted() -> None:
    """Numbers inside a quotation are mostly the speaker's rhetoric (issue 10, wire gold):
    the narrated figure is a candidate, the quoted one and the opinion are not."""
    from test_analysis_helpers import run

    result = run(
        '"This decision is a betrayal of every family in this town," said Mary Jones. '
        '"We lost 40 jobs in March," said Tom Hale. '
        "The plant, owned by Hale Metals, cut 40 jobs in March, payroll records show.",
        language="en",
    )
    starts = [result.sentences.index((c.start, c.end)) for c in result.claims]
    assert starts == [2]


def test_sourced_statement_and_dated_fixture_are_candidates() -> None:
    from test_analysis_helpers import run

    result = run(
        "Según el atestado, el conductor no llevaba el cinturón puesto. "
        "El Betis jugará contra el Sevilla el 12 de marzo. Hacía frío. La gente paseaba.",
        language="es",
    )
    assert len(result.claims) == 2  # at most half of four sentences
    assert "reported-fact" in result.claims[0].reasons
    assert "dated-event" in result.claims[1].reasons
    # a weekday alone ("el martes") dates an announced next step, no event (session 18,
    # test_analysis_checkworthy_classes.py): the fixture is dated by its calendar day


def test_the_numbers_of_a_bare_speech_tag_make_no_candidate() -> None:
    # a quotation-led sentence whose narration is only the tag: "a 60-page opinion", "about
    # 1,500 growers" describe the saying; a tag that goes on with a clause states a fact
    art = article(
        "The levee board lost its appeal on Tuesday.\n\n"
        '"Nobody here ever read the contract," Judge Petra Lindqvist wrote in a 60-page '
        "opinion.\n\n"
        '"We will keep fighting for the orchards," Osvaldo Brandt told about 1,500 growers '
        "outside the courthouse.\n\n"
        '"This is theft," said Mona Ferris in Yuba City, where growers lost '
        "$40 million in the flood."
    )
    got = _claim_texts(analyze(art), art)
    assert not any(text.startswith('"Nobody here') for text in got)
    assert not any(text.startswith('"We will keep') for text in got)
    # the tag's clause keeps its sum (whether it passes is the learned weights' business)
    reasons = {s.text[:14]: s.reasons or () for s in scored(art.text, language="en")}
    assert "money" in reasons['"This is theft']
    assert "figure" not in reasons['"Nobody here e'] and "figure" not in reasons['"We will keep ']


def test_a_spanish_tag_that_goes_on_with_a_clause_keeps_its_figure() -> None:
    art = article(
        "La cooperativa cerró el año con pérdidas.\n\n"
        "«No salen las cuentas», dijo el gerente, Anselmo Viera, ante unos 300 socios.\n\n"
        "«No salen las cuentas», repitió Viera, que cifró las pérdidas en 2,3 millones."
    )
    got = _claim_texts(analyze(art), art)
    assert not any("ante unos 300 socios" in text for text in got)
    # the clause keeps its figure (whether it passes is the learned weights' business)
    *_, tag, told = scored(art.text, language="es")
    assert "figure" in (told.reasons or ()) and "figure" not in (tag.reasons or ())


def test_a_relative_clause_describing_the_speaker_is_background() -> None:
    art = article(
        "The county closed the Birch Lane clinic in March. Patients now drive to Elk Falls. "
        "The road is narrow. Snow closes it most winters. The bus runs twice a day.\n\n"
        '"We were never asked," said Ilse Varga, a retired nurse whose three grandsons were '
        "born at the clinic, who drove 40 miles to the meeting.\n\n"
        '"It was a budget decision," said Mayor Tom Ekberg, who told the council that the '
        "clinic had lost $2 million in 2025."
    )
    got = _claim_texts(analyze(art), art)
    assert not any(text.startswith('"We were never') for text in got)
    assert any(text.startswith('"It was a budget') for text in got)


def test_declining_to_speak_or_discuss_reports_the_reporting() -> None:
    art = article(
        "The former harbour master was fined 40,000 pounds on Monday. He left by a side door. "
        "His lawyer declined to discuss the fine with more than 20 reporters outside. "
        "The council declined to be interviewed about its three other inquiries."
    )
    got = _claim_texts(analyze(art), art)
    assert not any(text.startswith("His lawyer") for text in got)
    assert not any(text.startswith("The council") for text in got)
    assert any(text.startswith("The former harbour") for text in got)
