"""Sentences, language detection and the shape of an analysis."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_analysis_helpers import article, run

from reader.analysis import analyze
from reader.analysis.language import detect_language
from reader.analysis.sentences import split_sentences


def _sentences(*parts: str | tuple[str, str]) -> list[str]:
    art = article(*parts)  # type: ignore[arg-type]
    return [art.text[s:e] for s, e in split_sentences(art)]


def test_spanish_abbreviations_do_not_end_sentences() -> None:
    got = _sentences("El Sr. Gómez y la Dra. Ruiz viajaron a EE.UU. el lunes. Luego volvieron.")
    assert got == [
        "El Sr. Gómez y la Dra. Ruiz viajaron a EE.UU. el lunes.",
        "Luego volvieron.",
    ]


def test_a_dotted_legal_form_ends_a_sentence_only_before_an_opener() -> None:
    # a cooperative's "S.Coop." (or "S.Coop.And.") closes the name; the verb goes on
    got = _sentences(
        "La conservera Hermanos Loidi S.Coop. cerró ayer su planta de Bermeo. "
        "La cooperativa Aceites Sierra Sur S.Coop.And. exporta a Japón. "
        "El pleno lo aprobó con Naval Tolosa S.Coop. La oposición se abstuvo."
    )
    assert got == [
        "La conservera Hermanos Loidi S.Coop. cerró ayer su planta de Bermeo.",
        "La cooperativa Aceites Sierra Sur S.Coop.And. exporta a Japón.",
        "El pleno lo aprobó con Naval Tolosa S.Coop.",
        "La oposición se abstuvo.",
    ]


def test_a_tag_after_a_quoted_question_or_exclamation_stays_in_its_sentence() -> None:
    got = _sentences(
        'The pier shut in May. "Where do we moor now?" asked Ruth Ingle, a skipper. '
        '"Shame!" shouted the crowd. "Why?" He did not answer.'
    )
    assert got == [
        "The pier shut in May.",
        '"Where do we moor now?" asked Ruth Ingle, a skipper.',
        '"Shame!" shouted the crowd.',
        '"Why?"',
        "He did not answer.",
    ]


def test_english_abbreviations_initials_and_times() -> None:
    got = _sentences(
        "Mr. J. K. Brown met Dr. Lee at 5 p.m. on Friday. They left. He works at Acme Inc. in Ohio."
    )
    assert got == [
        "Mr. J. K. Brown met Dr. Lee at 5 p.m. on Friday.",
        "They left.",
        "He works at Acme Inc. in Ohio.",
    ]


def test_dotted_abbreviation_ends_a_sentence_before_an_opener() -> None:
    got = _sentences("The plant moved to the U.S. The workers stayed.")
    assert got == ["The plant moved to the U.S.", "The workers stayed."]


def test_decimals_and_closing_quotes() -> None:
    got = _sentences(
        "Creció un 3.5 % y luego 2,7 %. “Esto es todo.” Después habló. «¿Y ahora?», preguntó."
    )
    assert got == [
        "Creció un 3.5 % y luego 2,7 %.",
        "“Esto es todo.”",
        "Después habló.",
        "«¿Y ahora?», preguntó.",
    ]


def test_headings_are_sentences_and_blocks_are_never_crossed() -> None:
    art = article(
        ("heading", "Un título sin punto"), "Primera frase sin punto final", "Otra. Y otra."
    )
    got = [art.text[s:e] for s, e in split_sentences(art)]
    assert got == ["Un título sin punto", "Primera frase sin punto final", "Otra.", "Y otra."]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(alphabet='abcXYZ .!?"“”«»—,', min_size=1, max_size=80), min_size=1, max_size=4)
)
def test_sentences_stay_inside_blocks_in_order(paragraphs: list[str]) -> None:
    art = article(*[p for p in paragraphs if p.strip()] or ["x"])
    spans = split_sentences(art)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(art.text)
        assert any(b.start <= start and end <= b.end for b in art.blocks)
        assert art.text[start:end] == art.text[start:end].strip()
        previous_end = end


def test_language_detection_and_fallback() -> None:
    assert (
        detect_language("El gobierno de la ciudad anunció que los precios de la vivienda subieron.")
        == "es"
    )
    assert (
        detect_language("The city council said that the price of housing rose for the third year.")
        == "en"
    )
    assert detect_language("12345 67890", declared="fr") == "fr"


def test_language_override_and_backend_name() -> None:
    result = run("The minister said the plan was ready.", language="es")
    assert result.language == "es"
    assert run("The minister said that the plan was ready for the vote.").language == "en"
    assert result.backend == "builtin"


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_analysis_offsets_always_point_into_the_text(raw: str) -> None:
    art = article(raw or "x")
    result = analyze(art)
    for entity in result.entities:
        assert art.text[entity.start : entity.end] == entity.text
        assert entity.label in ("PER", "ORG", "LOC", "MISC")
    for quote in result.quotes:
        assert art.text[quote.start : quote.end] == quote.text
    for claim in result.claims:
        assert 0 <= claim.start < claim.end <= len(art.text) and 0.0 <= claim.score <= 1.0


def test_junk_inputs_stay_linear() -> None:
    """Run-on junk (no sentence ends, thousands of marks or connectors) must not blow up.

    Each input here took minutes with a quadratic scan; linear code takes well under a
    second for all of them together.
    """
    junk = [
        '“a « b ‘ c " d ' * 3000,
        " de ".join(["Banco"] * 5000),
        ", ".join(["Ministerio"] * 5000) + " y Final",
        "A. " * 10000,
        "Dr. J. K. Smith said “x” and 'y' — «z» (A.B.C.) " * 1000,
    ]
    for raw in junk:
        result = analyze(article(raw))
        assert result.sentences
        assert all(article(raw).text[q.start : q.end] == q.text for q in result.quotes[:50])
