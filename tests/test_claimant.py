"""Claimant suggestions (reader.core.claimant) and the verdict scale (reader.core.verdicts)."""

from __future__ import annotations

import pytest

from reader.core.claimant import claimant_choices, suggest_claimant
from reader.core.model import Analysis, Entity, Quote, Speaker
from reader.core.verdicts import (
    BEST_RATING,
    DEFAULT_VERDICT,
    VERDICT_VALUES,
    WORST_RATING,
    UnknownVerdict,
    get_verdict,
    parse_verdict,
    select_options,
    verdict_class,
    verdict_label,
    verdict_rating,
)


def _entities(text: str, *items: tuple[str, str, str]) -> tuple[Entity, ...]:
    """Entities for each (surface, label, canonical), at the surface's first occurrence."""
    out = []
    for surface, label, canonical in items:
        start = text.index(surface)
        out.append(Entity(start, start + len(surface), label, surface, canonical))
    return tuple(out)


TEXT = (
    "Previamente, en una llamada con el presidente de Estados Unidos, Donald Trump, "
    "Nicolás Maduro dijo que estaba preparado. "
    "Según Belta, Lukashenko afirmó que «era hora de que hiciera una visita». "
    "La economía de Venezuela crecerá un 9 % este año."
)
S1_END = TEXT.index("preparado.") + len("preparado.")
S2_START = TEXT.index("Según")
S2_END = TEXT.index("visita».") + len("visita».")
S3_START = TEXT.index("La economía")
QUOTE_START = TEXT.index("«era")
ANALYSIS = Analysis(
    "es",
    "test",
    ((0, S1_END), (S2_START, S2_END), (S3_START, len(TEXT))),
    _entities(
        TEXT,
        ("Estados Unidos", "LOC", "Estados Unidos"),
        ("Donald Trump", "PER", "Donald Trump"),
        ("Nicolás Maduro", "PER", "Nicolás Maduro"),
        ("Belta", "ORG", "Belta"),
        ("Lukashenko", "PER", "Aleksandr Lukashenko"),
        ("Venezuela", "LOC", "Venezuela"),
    ),
    (
        Quote(
            QUOTE_START,
            S2_END - 1,
            TEXT[QUOTE_START : S2_END - 1],
            Speaker(TEXT.index("Lukashenko"), TEXT.index("Lukashenko") + 10, "Lukashenko",
                    "Aleksandr Lukashenko"),
        ),
    ),
    (),
)


def test_the_speaker_of_an_overlapping_quotation_wins() -> None:
    start = TEXT.index("hora")
    assert suggest_claimant(TEXT, start, start + 4, ANALYSIS) == "Aleksandr Lukashenko"


def test_the_subject_before_the_reporting_verb_beats_earlier_names() -> None:
    start = TEXT.index("preparado")
    assert suggest_claimant(TEXT, start, start + 9, ANALYSIS) == "Nicolás Maduro"


def test_the_closest_name_before_the_verb_beats_the_source_after_segun() -> None:
    start = TEXT.index("Según")
    assert suggest_claimant(TEXT, start, start + 5, ANALYSIS) == "Aleksandr Lukashenko"


def test_no_person_or_organisation_gives_an_empty_suggestion() -> None:
    start = TEXT.index("9 %")
    assert suggest_claimant(TEXT, start, start + 3, ANALYSIS) == ""


def test_without_a_reporting_verb_the_first_person_or_organisation_is_taken() -> None:
    text = "La OTAN y Joe Biden se reunieron en Madrid."
    analysis = Analysis(
        "es", "t", ((0, len(text)),),
        _entities(text, ("OTAN", "ORG", "OTAN"), ("Joe Biden", "PER", "Joe Biden")), (), (),
    )
    assert suggest_claimant(text, 0, len(text), analysis) == "OTAN"


def test_claimant_choices_are_unique_canonical_names_most_mentioned_first() -> None:
    # "Maduro habló. Nicolás Maduro y Belta. maduro"
    entities = (
        Entity(0, 6, "PER", "Maduro", "Nicolás Maduro"),
        Entity(14, 28, "PER", "Nicolás Maduro", "Nicolás Maduro"),
        Entity(31, 36, "ORG", "Belta", "Belta"),
        Entity(38, 44, "PER", "maduro", "nicolás maduro"),
        Entity(0, 6, "LOC", "Maduro", "Maduro (place)"),
    )
    speaker = Speaker(0, 6, "Maduro", "Delcy Rodríguez")
    analysis = Analysis("es", "t", (), entities, (Quote(0, 6, "x", speaker),), ())
    assert claimant_choices(analysis) == ["Nicolás Maduro", "Belta", "Delcy Rodríguez"]


# -- verdicts ------------------------------------------------------------------------------


def test_the_scale_has_the_designed_values_in_order() -> None:
    assert VERDICT_VALUES == (
        "unrated", "true", "mostly-true", "half-true", "mostly-false", "false",
        "misleading", "unverifiable",
    )
    assert DEFAULT_VERDICT == "unrated"
    assert select_options()[0] == ("Unrated", "unrated")


def test_claimreview_ratings_run_from_false_to_true() -> None:
    ratings = [verdict_rating(v) for v in ("false", "mostly-false", "half-true",
                                           "mostly-true", "true")]
    assert ratings == [WORST_RATING, 2, 3, 4, BEST_RATING]
    for value in ("misleading", "unverifiable", "unrated"):
        assert verdict_rating(value) is None


def test_labels_classes_and_parsing() -> None:
    assert verdict_label("mostly-false") == "Mostly false"
    assert get_verdict("false").component_class == "verdict-false"
    assert verdict_class("half-true") == "verdict-half-true"
    assert verdict_class("from-the-future") == "verdict-unrated"
    assert parse_verdict(" Mostly False ") == "mostly-false"
    assert parse_verdict("half_true") == "half-true"
    with pytest.raises(UnknownVerdict, match="expected one of"):
        parse_verdict("pants-on-fire")
    with pytest.raises(ValueError):
        get_verdict("nope")


def test_reference_article_claimants() -> None:
    """On the reference article: the figure is Maduro's, the quoted invitation Lukashenko's."""
    from pathlib import Path

    from reader.core.model import Article
    from reader.core.text import compose, split_paragraphs

    seed = Path("/work/shared/seed/000_383e20ee8a737327.txt")
    if not seed.exists():
        pytest.skip("reference article absent")
    analysis_module = pytest.importorskip("reader.analysis")
    text, blocks = compose(("paragraph", p, 0) for p in split_paragraphs(seed.read_text("utf-8")))
    analysis = analysis_module.analyze(Article(str(seed), "ref", text, blocks))
    figure = text.index("del 9 % este año")
    assert suggest_claimant(text, figure, figure + 16, analysis) == "Nicolás Maduro"
    visit = text.index("era hora")
    assert suggest_claimant(text, visit, visit + 8, analysis) == "Aleksandr Lukashenko"
    said = text.index("Nicolás Maduro dijo que")
    assert suggest_claimant(text, said + 20, said + 30, analysis) == "Nicolás Maduro"
    choices = claimant_choices(analysis)
    assert choices[0] == "Nicolás Maduro"
    assert {"Vladímir Putin", "Donald Trump", "Belta"} <= set(choices)
