"""Check-worthy classes of the issue-10 Spanish round (session 18), one class per test,
each from new text (none of these sentences is in a gold article).

Each test pairs the sentences of a class that are no candidates with a near neighbour
that still is, so a rule that drops too much fails as surely as one that keeps too much.
"""

from __future__ import annotations

import pytest
from test_analysis_helpers import run, scored

from reader.analysis import claims
from reader.core.model import Analysis


def _reasons(sentence: str, language: str) -> tuple[str, ...] | None:
    """The reasons of a one-sentence article's candidate, or None when it is none."""
    result: Analysis = run(sentence, language=language)
    return result.claims[0].reasons if result.claims else None


def _cues(sentence: str, language: str) -> tuple[str, ...]:
    """The reasons of a one-sentence article, whatever its learned score."""
    [only] = scored(sentence, language=language)
    return only.reasons or ()


# The next step of a story announced for a weekday ("El juicio continuará el lunes") is
# its calendar, not a fact; a past act on a weekday and a future one on a calendar day
# still are.


def test_a_next_step_announced_for_a_weekday_is_no_dated_event() -> None:
    for sentence, language in (
        ("La vista oral se reanudará el jueves con los testigos de la defensa de Ordóñez.", "es"),
        ("El funeral por Mercedes Albarrán se celebrará el domingo en la catedral de Lugo.", "es"),
        ("The hearing in Tacoma will resume on Friday with the defence witnesses.", "en"),
        ("Talks between Volta Rail and the union are scheduled to restart on Tuesday.", "en"),
        # the first day of a next step ("starting Friday", "beginning Monday")
        ("A spokesman said the Pierce County bureau had offered to host talks starting Friday.",
         "en"),
    ):
        assert _reasons(sentence, language) is None, sentence
    for sentence, language in (
        ("La Audiencia de Soria absolvió el jueves al exalcalde Tomás Abad.", "es"),
        ("La nueva tasa de la Diputación de Lugo entrará en vigor el 14 de marzo.", "es"),
        ("The Lisbon city council approved the ferry plan on Friday.", "en"),
        # the weekday dates the past fall; the future verb comes after it
        ("Copper prices fell on Monday after traders said Chile would cut output.", "en"),
        # a past verb stands nearer the weekday than the future one
        ("La Diputación de Lugo, que aprobará el plan, se reunió el lunes.", "es"),
    ):
        reasons = _reasons(sentence, language)
        assert reasons is not None and "date" in reasons, sentence


# A relative clause telling since when its subject has done something ("which has run the
# ferry since 1998") is background on who acts, like a tenure in years.


def test_a_subjects_since_clause_is_background() -> None:
    for sentence, language in (
        ("La cofradía de Burela, que gestiona la lonja desde 1987, celebró la decisión.", "es"),
        ("The Harbor Trust, which has run the ferry since 1998, welcomed the ruling.", "en"),
    ):
        assert _reasons(sentence, language) is None, sentence
    for sentence, language in (
        ("La Cofradía de Burela gestiona la lonja desde 1987.", "es"),
        ("The Harbor Trust has run the ferry since 1998.", "en"),
    ):
        reasons = _reasons(sentence, language)
        assert reasons is not None and "date" in reasons, sentence
    # a clause that reports what someone said is the statement itself
    said = _reasons(
        "Declaró después el director del centro de Lugo, Andrés Rey, quien aseguró que el "
        "paciente no hablaba desde el verano de 2022, y que así consta en el informe.",
        "es",
    )
    assert said is not None and "date" in said
    # a clause that counts something besides the year is no mere background
    for sentence, language in (
        ("La conservera de Vigo, que ha perdido 400 empleos desde 2019, pide ayudas.", "es"),
        ("The Harbor Trust, which has cut 40 jobs since 2019, welcomed the ruling.", "en"),
    ):
        reasons = _reasons(sentence, language)
        assert reasons is not None and "figure" in reasons, sentence


# A number word telling the time of day ("pasadas las once de la noche") counts nothing;
# another number word in the same sentence still does.


def test_a_time_of_day_in_words_is_no_quantity(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims, "THRESHOLD", 0.0)  # the cue itself, whatever the score
    for sentence, language in (
        ("Pasadas las once de la noche, la alcaldesa Rosa Vidal salió al balcón.", "es"),
        ("A las siete y media, los vecinos de Tudela ya hacían cola ante el centro.", "es"),
        ("At seven in the morning, Mayor Ruth Ellis opened the shelter in Dayton.", "en"),
    ):
        reasons = _reasons(sentence, language)
        assert reasons is None or "quantity-word" not in reasons, sentence
    for sentence, language in (
        ("Pasadas las once de la noche, la Policía Local de Soria detuvo a tres jóvenes.", "es"),
        ("At seven in the morning, Dayton police arrested four men.", "en"),
    ):
        reasons = _reasons(sentence, language)
        assert reasons is not None and "quantity-word" in reasons, sentence


# A line with no word of four letters or more states nothing: a wire's sign-off with the
# agency, the date code and the editors' initials; a bare age. A short statement with a
# real word still counts.


def test_a_sign_off_line_and_a_bare_age_are_no_candidates() -> None:
    for sentence, language in (
        ("(EUROPA PRESS) 12-MAR-27 JRG/lmp", "es"),
        ("(COLPISA) 03-FEB-27 AB/cd", "es"),
        ("She was 91.", "en"),
    ):
        assert _reasons(sentence, language) is None, sentence
    reasons = _reasons("Murió en 2019 en Bilbao.", "es")
    assert reasons is not None and "date" in reasons


# A number that ends a name ("Antena 3", "la gestora Renta 4", "ante el Lugo Basket
# 1999") is no count and no year; an amount after a name still is.


def test_a_number_inside_a_name_is_no_figure() -> None:
    for sentence, language in (
        ("La cadena Antena 3 emitió el debate electoral.", "es"),
        ("El partido ante el Lugo Basket 1999 se jugará en el pabellón municipal.", "es"),
        ("The interview was aired on BBC Radio 4 by presenter Ann Cole.", "en"),
    ):
        reasons = _reasons(sentence, language)
        assert reasons is None or not {"figure", "date"} & set(reasons), sentence
    figure = _reasons("La cadena Antena 3 emitió 14 debates electorales.", "es")
    assert figure is not None and "figure" in figure
    money = _reasons("The regulator fined Harbourline Trust 12 million dollars.", "en")
    assert money is not None and "money" in money
    years = _reasons("The plant opened in the United States 25 years ago.", "en")
    assert years is not None and "figure" in years


# Spanish plural past forms of the verbs of change and of fact: the English past forms
# serve both numbers ("the exporters' sales fell", "two councils approved"), so the
# Spanish lists hold both too.


def test_spanish_plural_past_verbs_are_changes_and_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims, "THRESHOLD", 0.0)  # the cue itself, whatever the score
    pairs = (
        ("Las ventas de Pescanova cayeron el año pasado.", "es", "comparison"),
        ("Las acciones de Inditex se desplomaron tras la junta.", "es", "comparison"),
        ("Pescanova's sales fell last year.", "en", "comparison"),
        ("Los ayuntamientos de Lugo y Ourense aprobaron el convenio.", "es", "entity+factual-verb"),
        ("The councils of Lugo and Ourense approved the agreement.", "en", "entity+factual-verb"),
    )
    for sentence, language, cue in pairs:
        reasons = _reasons(sentence, language)
        assert reasons is not None and cue in reasons, (sentence, reasons)
    sold = _reasons("Las ventas de Pescanova cayeron un 4 % el año pasado.", "es")
    assert sold is not None and "comparison" in sold


# Declining, not answering and not being reached are the reporting itself, in Spanish as in
# English, whatever figure the sentence carries; a plain statement with the figure counts.


def test_declining_and_not_being_reached_are_procedural() -> None:
    for sentence, language in (
        (
            "La consejera de Hacienda, Elena Roca, no ha querido confirmar si el déficit "
            "superará los 300 millones.",
            "es",
        ),
        ("Un portavoz de Navantia, empresa con 1.200 empleados en Ferrol, rehusó opinar.", "es"),
        ("Fuentes de Renfe no pudieron ser localizadas tras el corte de 40 trenes.", "es"),
        (
            "Officials at the port, where 1,200 containers are stranded, could not "
            "immediately be reached for comment.",
            "en",
        ),
        ("Vistra did not immediately respond to a request for comment on the 2024 outage.", "en"),
    ):
        assert _reasons(sentence, language) is None, sentence
    reasons = _reasons("El déficit de Galicia superó los 300 millones en 2024.", "es")
    assert reasons is not None and "figure" in reasons


# An age is no figure ("un vecino de 45 años de edad", "a sus 80 años"); a term in years
# is one ("una pena de 12 años de prisión", "un contrato de 10 años para la limpieza").


def test_an_age_is_no_figure_but_a_term_in_years_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims, "THRESHOLD", 0.0)  # the cue itself, whatever the score
    for sentence in (
        "A sus 80 años, la pintora Rosa Vidal sigue dando clases en Lugo.",
        "Un vecino de 45 años de edad resultó herido en Lugo.",
    ):
        reasons = _reasons(sentence, "es")
        assert reasons is None or "figure" not in reasons, sentence
    for sentence in (
        "La Audiencia de Lugo impuso al acusado una pena de 12 años de prisión.",
        "El Ayuntamiento de Lugo firmó un contrato de 10 años para la limpieza.",
    ):
        reasons = _reasons(sentence, "es")
        assert reasons is not None and "figure" in reasons, sentence


# The dateline of a Spanish-language agency written with the place in normal case ("Quito,
# 5 feb 2027 (AFP) -", "Rosario, 5 de febrero (Télam).-") or an agency in capitals and no
# dash ("SEVILLA, 05 (SERVIMEDIA)") opens a lead as the capitalised ones do.


def test_mixed_case_and_dashless_datelines_open_a_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    lead = (
        "Los transportistas de carga anunciaron este lunes un paro indefinido contra la "
        "reforma del Gobierno."
    )
    monkeypatch.setattr(claims, "THRESHOLD", 0.0)  # the cue itself, whatever the score
    assert "lead" not in (_reasons(lead, "es") or ())
    for dateline in (
        "Quito, 5 feb 2027 (AFP) - ",
        "Rosario, 5 de febrero (Télam).- ",
        "Guadalajara, 5 Feb (Notimex).- ",
        "SEVILLA, 05 (SERVIMEDIA) ",
    ):
        reasons = _reasons(dateline + lead, "es")
        assert reasons is not None and "lead" in reasons, dateline
        assert "figure" not in reasons, dateline  # the day of the dateline counts nothing


# Every number written in words is a quantity: the teens, the tens and the hundreds too
# ("hace catorce meses", "cuatrocientos millones", "sixty jobs").


def test_numbers_in_words_beyond_the_first_tens_are_quantities(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(claims, "THRESHOLD", 0.0)  # the cue itself, whatever the score
    for sentence, language in (
        ("La investigación de la Guardia Civil comenzó hace catorce meses.", "es"),
        ("La fábrica de Avilés despidió a sesenta trabajadores.", "es"),
        ("La obra costará cuatrocientos millones.", "es"),
        ("The Dayton plant cut sixty jobs.", "en"),
    ):
        reasons = _reasons(sentence, language)
        assert reasons is not None and "quantity-word" in reasons, sentence


# The lead of a datelined story passes the half cap with the figures, before the
# sentences that only score high.


def test_the_lead_passes_the_half_cap_with_the_figures() -> None:
    result = run(
        "OVIEDO, 4 mar (EFE).- Los gobiernos de Asturias y Cantabria firmaron este lunes "
        "en Oviedo el primer convenio sanitario entre las dos comunidades desde 2011. "
        "El convenio costará 3 millones de euros al año, según la consejería. "
        "Los pacientes de Llanes serán atendidos en Santander, según el texto.",
        "Hacía frío en la plaza.",
        language="es",
    )
    leads = [c for c in result.claims if "lead" in c.reasons]
    assert len(result.claims) == 2 and leads, [c.reasons for c in result.claims]


# The hour of an announced next step ("comenzará a las 20.30") is its schedule, no figure;
# the hour of a past event ("emitió la alerta a las 14.10") is a checkable fact.


def test_the_hour_of_an_announced_next_step_is_no_figure() -> None:
    for sentence, language in (
        ("El partido comenzará a las 20.30 y lo arbitrará la colegiada gallega Ana Pena.", "es"),
        ("The vote in the Ohio Senate will take place at 7:30 p.m.", "en"),
    ):
        reasons = _reasons(sentence, language)
        assert reasons is None or "figure" not in reasons, sentence
    for sentence, language in (
        ("La Confederación del Miño emitió la alerta a las 14.10.", "es"),
        ("The Ohio Senate passed the bill at 4:15 a.m.", "en"),
    ):
        reasons = _reasons(sentence, language)
        assert reasons is not None and "figure" in reasons, sentence


# "Fue el más duro de la oposición" grades how someone spoke: an evaluation, no ranking;
# "la más seca del siglo" ranks a measured thing.


def test_the_most_of_a_manner_is_no_ranking() -> None:
    for sentence, language in (
        ("El portavoz del PP en Lugo, Andrés Rey, fue el más duro de la oposición.", "es"),
        ("La concejala Rosa Vidal fue la más crítica con el plan de Lugo.", "es"),
        ("Senator Ray Duarte was the most vocal critic of the Ohio plan.", "en"),
    ):
        reasons = _reasons(sentence, language)
        assert reasons is None or "superlative" not in reasons, sentence
    for sentence, language in (
        ("La primavera de 2024 en Lugo ha sido la más seca del siglo.", "es"),
        ("Ohio is the largest producer of the Midwest.", "en"),
    ):
        reasons = _reasons(sentence, language)
        assert reasons is not None and "superlative" in reasons, sentence


# A reported forecast ("Forecasters said the storm would bring rain through Saturday") is
# what someone expects, not a fact to check today: the dates, counts and comparisons after
# its modal describe the expectation. The narration before the modal still counts, and so
# does a forecast in figures.


def test_a_reported_forecast_is_no_dated_or_counted_fact() -> None:
    for sentence in (
        "Meteorologists said the front would bring snow to the Alps through Sunday.",
        "Economists said the merger, if approved, would make Harlow Steel the second-largest "
        "producer in Europe.",
        "Port officials said the strike would halt traffic at the Antwerp terminals for three "
        "days.",
    ):
        assert _reasons(sentence, "en") is None, sentence
    for sentence, cue in (
        ("Meteorologists said the front brought snow to the Alps on Sunday.", "date"),
        ("Economists said the merger made Harlow Steel the largest producer in Europe.",
         "superlative"),
        ("Harlow Steel said it would cut 1,200 jobs at its Rotterdam plant.", "figure"),
        # the weekday dates the rise told before the forecast
        ("Nickel prices rose on Thursday after brokers said Indonesia would curb exports.",
         "date"),
    ):
        assert cue in _cues(sentence, "en"), sentence


# A comparison without an amount ("its largest customers include …", "sus mayores
# clientes son …") grades or describes; with a figure, a date or a speaker it still counts.


def test_a_comparison_without_an_amount_weighs_less() -> None:
    for sentence, language in (
        ("Its largest customers include Volta Rail and Norsk Ferries.", "en"),
        ("Sus mayores clientes son Renfe y Naviera Armas.", "es"),
    ):
        assert _reasons(sentence, language) is None, sentence
    for sentence, language in (
        ("Volta Rail lost more than 400 passengers a day to Norsk Ferries.", "en"),
        ("Volta Rail carried fewer passengers than ever, said Mayor Ruth Ellis.", "en"),
        ("Naviera Armas transportó menos pasajeros que Renfe en 2023.", "es"),
    ):
        assert "comparison" in _cues(sentence, language), sentence


# A count written in words ("pide siete años de prisión", "lost five straight matches") is
# as checkable as the same count in digits (wires write small numbers in words by style);
# a group named by its size ("los siete concejales"), a part ("tres de los detenidos"), a
# when ("hace tres días", "three days ago") and a compound ("half-staff") count nothing.


def test_a_count_in_words_weighs_like_a_figure() -> None:
    for sentence, language in (
        ("La Fiscalía solicita siete años de prisión para el exalcalde de Lorca.", "es"),
        ("El Numancia encadena cuatro derrotas seguidas.", "es"),
        ("Portland Timbers have lost five straight matches.", "en"),
        ("The hearing in Boise lasted four hours.", "en"),
    ):
        reasons = _reasons(sentence, language)
        assert reasons is not None and "counted-in-words" in reasons, sentence
    for sentence, language in (
        ("Los siete concejales de la oposición abandonaron el pleno.", "es"),
        ("Tres de los detenidos quedaron en libertad.", "es"),
        ("El incendio empezó hace tres días en la sierra.", "es"),
        ("The four council members left the chamber.", "en"),
        ("The fire started three days ago near Redding.", "en"),
        ("Flags at the Capitol flew at half-staff on orders of Governor Tina Kotek.", "en"),
    ):
        assert "counted-in-words" not in _cues(sentence, language), sentence
    reasons = _reasons("Coach Ana Ruiz spoke about the second-half stoppage in Tacoma.", "en")
    assert reasons is None or "counted-in-words" not in reasons


# Numbers that only say when are no figures: a day with an abbreviated month ("on Feb. 3",
# "el 12 sept", AP and agency style) dates like "February 3"; an age told as a time ("since
# she was 31", "desde que tenía 17 años") dates a life, it counts nothing ("for 31 years"
# still does).


def test_an_abbreviated_month_and_an_age_in_a_clause_are_whens() -> None:
    for sentence, language in (
        ("The Salem Ferry Co. will raise fares on Feb. 3, the company said.", "en"),
        ("El club del Getafe anunció que la venta de abonos empezará el 12 sept.", "es"),
    ):
        reasons = _cues(sentence, language)  # the cues, whatever the learned weights say
        assert "calendar-date" in reasons, sentence
        assert "figure" not in reasons, sentence
    for sentence, language in (
        ("Coach Dana Whitt has run the Oregon program since she was 31.", "en"),
        ("La lateral del Levante juega en la Liga F desde que tenía 17 años.", "es"),
    ):
        assert "figure" not in _cues(sentence, language), sentence
    assert "figure" in _cues("Coach Dana Whitt has run the Oregon program for 31 years.", "en")


# Session 23: how a sentence is told, for the false positives of the leave-one-folder-out
# fit (the learned weights decide how much each cue counts; the tests check the cue).


def _hidden(sentence: str, language: str) -> tuple[str, ...]:
    """The hidden cues of a one-sentence article."""
    [only] = scored(sentence, language=language)
    return only.hidden


def test_a_quotation_whose_only_digits_are_a_year_dates_a_memory() -> None:
    for sentence, language in (
        ("«Eso ya nos lo prometieron en 2019», dijo la portavoz vecinal, Marta Gil.", "es"),
        ('"We heard the same promise in 2019," said the tenant leader, Tom Hale.', "en"),
    ):
        assert "quoted-year" in _hidden(sentence, language), sentence
    for sentence, language in (
        ("«Nos deben 300 permisos desde 2019», dijo la portavoz vecinal, Marta Gil.", "es"),
        ('"They owe us 300 permits since 2019," said the tenant leader, Tom Hale.', "en"),
    ):
        assert "quoted-year" not in _hidden(sentence, language), sentence


def test_figures_and_dates_only_in_a_relative_aside_are_background() -> None:
    for sentence, language in (
        ("La cofradía de Burela, que abrió la lonja nueva en 2021, celebró el fallo.", "es"),
        ("Lo explicó la patrona mayor, Rosa Freire, que dirige a unos 40 mariscadores.", "es"),
        ("The Harlow tenants' union, which filed the complaint in 2021, welcomed the ruling.",
         "en"),
        ("The dock union, which has about 1,700 members, said it was disappointed.",
         "en"),
    ):
        assert "aside-only" in _hidden(sentence, language), sentence
    for sentence, language in (
        ("La cofradía de Burela, que abrió la lonja nueva, perdió 200 socios en 2021.", "es"),
        ("The Harlow tenants' union, which filed the complaint, lost 200 members in 2021.",
         "en"),
    ):
        assert "aside-only" not in _hidden(sentence, language), sentence
    for sentence, language in (
        # an aside that reports what someone said is the statement itself
        ("Habló después el alcalde, Luis Vega, quien aseguró que el pozo se secó en 2021.", "es"),
        ("Then came the mayor, Ana Holt, who said the well ran dry in 2021.", "en"),
    ):
        assert "aside-only" not in _hidden(sentence, language), sentence
