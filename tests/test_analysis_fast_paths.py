"""Fast paths of the analyser answer exactly what the slower code they replace answered."""

from __future__ import annotations

import re

import pytest

from reader.analysis.candidates import _is_sentence_initial, _opening_adjective, _token_span
from reader.analysis.claim_gates import has_phrase, phrase_index
from reader.analysis.claim_numbers import _AGE, may_hold_age, uncounted
from reader.analysis.lexicon import lexicon
from reader.analysis.linking import _LowerWords

# The set the linking step used to build from every lower-case word of the text.
_EVERY_LOWER_WORD = re.compile(r"(?<![\w'’\-])[^\W\d_A-ZÀ-ÖØ-ÞА-Я][\w]*")

_TEXTS = [
    "Internet llegó tarde. La internet rural, el pro-internet y d'internet no cuentan.",
    "Cargo ships' cargo, the CARGO hold; cargo_2 and cargo2 but not 'cargo or -cargo.",
    "ñandú Ñandú éxito Éxito школа Школа straße ß 'x",
    "",
    "a",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_lower_words_answer_like_the_full_set(text: str) -> None:
    every = set(_EVERY_LOWER_WORD.findall(text))
    asked = _LowerWords(text)
    words = set(re.findall(r"[\w'’\-]+", text.lower())) | set(re.findall(r"\w+", text.lower()))
    for word in words | {"", "internet", "cargo", "éxito", "школа", "x", "zz"}:
        assert (word in asked) == (word in every), word


def test_lower_words_past_the_search_bound_use_the_full_set() -> None:
    text = " ".join(f"word{i} Name{i} x-word{i}" for i in range(300)) + " Ángel ángel"
    every = set(_EVERY_LOWER_WORD.findall(text))
    asked = _LowerWords(text)
    queries = [f"word{i}" for i in range(300)] + [f"name{i}" for i in range(300)] + ["ángel"]
    assert [q in asked for q in queries] == [q in every for q in queries]
    assert asked.every is not None  # hundreds of words asked: one scan, not one each


def test_lower_words_skip_words_inside_other_words() -> None:
    asked = _LowerWords("the pro-remote vote, d'remote and O'remote")
    assert "remote" not in asked  # after a hyphen or an apostrophe it is no word of its own
    assert "vote" in asked
    assert "the" in asked


def test_age_hint_finds_every_age() -> None:
    for sentence in [
        "Un hombre de 29 años murió.",
        "La mujer, de entre 30 y 40 AÑOS, huyó.",
        "Voss, 71, said so.",
        "A man aged 40 to 45 was held.",
        "the 19-YEAR-OLD striker",
        "since she was 12 she has sung",
        "WHEN they were 9",
        "desde que tenía 16 años",
        "ſince he was 12 he sang",  # the long s matches "s" ignoring case
    ]:
        assert _AGE.search(sentence), sentence
        assert may_hold_age(sentence, set(re.findall(r"[^\W\d_]+", sentence.lower()))), sentence
    words = {"he", "scored", "goals", "and", "more"}
    assert not may_hold_age("He scored 12 goals and 3 more.", words)


def test_uncounted_still_strips_an_age_and_keeps_a_count() -> None:
    lex = lexicon("es")
    assert "29" not in uncounted("Un hombre de 29 años murió en 2020.", set(), lex)
    assert "12" in uncounted("Le piden 12 años de prisión.", set(), lex)


def test_has_phrase_walks_the_index() -> None:
    index = phrase_index(lexicon("en"))["according"]
    lowered = "according to the police, the road was closed"
    assert has_phrase(lowered, set(re.findall(r"[^\W\d_]+", lowered)), index)
    assert not has_phrase("the road was closed", {"the", "road", "was", "closed"}, index)
    # the first word alone is not enough: the whole phrase must be there
    assert not has_phrase("according as it was", {"according", "as", "it", "was"}, index)
    # several phrases share a first word: one pattern of them all, the same answers
    procedural = phrase_index(lexicon("es"))["procedural"]
    for lowered, expected in [
        ("el alcalde no quiso hablar con la prensa", True),
        ("la jueza no aclaró si habrá juicio", True),
        ("no hubo heridos en el incendio", False),
    ]:
        words = set(re.findall(r"[^\W\d_]+", lowered))
        assert has_phrase(lowered, words, procedural) is expected, lowered


def test_token_fast_paths() -> None:
    text = "OPEC+ and BBB+ and Canal+x, Top-seeded Sinner, «Por-fin» X"
    spans = [_token_span(text, m) for m in re.finditer(r"OPEC|BBB|Canal", text)]
    assert spans == [(0, 5), (10, 13), (19, 24)]  # a plus joins a name, not a rating
    assert _opening_adjective(text, 28, (28, 38))  # "Top-seeded" opening its sentence
    assert not _opening_adjective(text, 0, (28, 38))
    assert not _opening_adjective(text, 0, (0, 4))  # no hyphen
    assert _is_sentence_initial("«—Hola", 0, 2)
    assert not _is_sentence_initial("Dijo «Hola", 0, 6)
    assert _is_sentence_initial("x", 1, 1)


def test_team_context_needs_another_sports_word() -> None:
    from reader.analysis.teams import team_context

    lex = lexicon("es")

    def team(text: str) -> float:
        start = text.index("Getafe")
        return team_context(text, start, start + 6, 0, lex)

    assert team("El partido terminó cuando el Getafe marcó ante su afición.") == 2.5
    assert team("La visita del Getafe a la ciudad fue breve.") == 0.0
    assert team("Ayer el Getafe ganó.") == 0.0  # the verb next to it is its own cue, no other
    assert team("El Getafe ganó 2-1.") == 2.5  # a score


def test_groups_join_across_the_longest_gap_only() -> None:
    from reader.analysis.candidates import find_groups

    text = "Lo dijo el Juzgado de lo Penal número 123 de Vigo, y Ana lo vio con Luis en Roma."
    groups = find_groups(text, ((0, len(text)),), frozenset(["de", "y", "lo"]))
    words = [[text[s:e] for s, e in g.tokens] for g in groups]
    assert ["Juzgado", "Penal", "Vigo"] in [w[-3:] for w in words]  # " número 123 de " joins
    assert ["Ana"] in words and ["Luis"] in words and ["Roma"] in words


def test_plain_tokens_and_trimmed_tokens_alike() -> None:
    from reader.analysis.candidates import _spans

    text = "Ana Ruiz, D-Ohio, Seoul-based Acme's OPEC+ Sr. UPV/EHU TOKYO/SEOUL Íñigo"
    words = [text[s:e] for s, e in _spans(text, 0, len(text), frozenset(["Sr."]))]
    assert words[:2] == ["Ana", "Ruiz"]
    assert "Ohio" in words and "Seoul" in words and "Acme" in words and "OPEC+" in words
    assert "Sr." in words and "UPV/EHU" in words and "Íñigo" in words
    assert "TOKYO" in words and "SEOUL" in words  # two places in capitals: two tokens


def test_short_month_needs_its_day() -> None:
    from reader.analysis.claim_times import months_of

    lex = lexicon("es")
    text = "El mar subió y el 7 dic llegó la ola."
    words = set(re.findall(r"[^\W\d_]+", text.lower()))
    assert "dic" in months_of(text, words, lex)  # next to its day
    alone = "El mar subió y en dic llegó la ola."
    assert not months_of(alone, set(re.findall(r"[^\W\d_]+", alone.lower())), lex)


_TOKEN_TEXTS = [
    "Los líderes de al-Shabab y Hamas, Abu bin-Laden e ibn-Saud, viajaron a El-Arish.",
    "La consellera d'Educació i l’Ajuntament; Al-Ahly ganó al Zamalek. n-Gram al-qaeda",
    "Bal-Qaeda, x.al-Foo, al-Al-AB/CD, el-UPV/EHU, Novo Nordisk A/S y AB/CD-Ef.",
    "TOKYO/SEOUL — O'Neill & Co. y U.S.-based Mc'Donald's. al-",
]


@pytest.mark.parametrize("text", _TOKEN_TEXTS)
def test_capital_tokens_find_what_the_full_pattern_finds(text: str) -> None:
    from reader.analysis.candidates import TOKEN, _tokens

    for start in range(len(text)):
        for end in (start + 5, start + 20, len(text)):
            expected = [m.span() for m in TOKEN.finditer(text, start, end)]
            assert [m.span() for m in _tokens(text, start, end)] == expected


_NUMBER_TEXTS = [
    "En 2019, 1850 y 20201 vs. x2019 _2019 2019a; el Zamora Basket 2014 y Renta 4 ganó.",
    "Antena 3 emitió, BBC Radio 4 y la A-4; según Ñandú 12 años, É 5 %, Ab 7.5 y ,Xy 9.",
    "Un hombre de 29 años, AÑOS, aged 40, the 19-YEAR-OLD, ſince 1990, WHEN, , 7.",
    "Ganó en 2019 y 2024, a 5 km; s 3 y Sños, yEAR-OLD, wHEN, Aged, sINCE y, 4.",
]


@pytest.mark.parametrize("text", _NUMBER_TEXTS)
def test_number_patterns_match_like_their_boundary_first_forms(text: str) -> None:
    from reader.analysis.claim_numbers import NAME_NUMBER, YEAR

    year = re.compile(r"\b(?:1[89]|20)\d\d\b")
    name_number = re.compile(
        r"(?<=[\w,] )([^\W\d_a-zß-ÿ][^\W\d_]+)\s\d{1,4}\b(?![.,:/-]?\d|\s?%)(\s+[^\W\d_]+)?"
    )
    for start in range(len(text)):
        assert [m.span() for m in YEAR.finditer(text, start)] == [
            m.span() for m in year.finditer(text, start)
        ]
        assert [m.groups() for m in NAME_NUMBER.finditer(text, start)] == [
            m.groups() for m in name_number.finditer(text, start)
        ]
        part = text[start:]
        if _AGE.search(part):  # the hint never misses an age
            assert may_hold_age(part, set(re.findall(r"[^\W\d_]+", part.lower())))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "La más alta fue la primera; LAS MÁS y el mejor_ o el peor1, la\tmás y el  único."),
        ("en", "The largest, the Most, the\nbest-known, thethird and the worst; The only one."),
    ],
)
def test_superlative_pattern_matches_like_its_boundary_first_form(code: str, text: str) -> None:
    lex = lexicon(code)
    original = re.compile(r"\b" + lex.superlative.pattern[3:-1], re.IGNORECASE)
    for start in range(len(text)):
        part = text[start:]
        found = [(m.start(1) - 1, m.end(1) - 1) for m in lex.superlative.finditer(" " + part)]
        assert found == [m.span() for m in original.finditer(part)]


def test_letter_class_matches_every_character_the_category_class_matches() -> None:
    from reader.analysis.letters import LETTER

    every = "".join(map(chr, range(0x110000)))
    assert re.findall(LETTER, every) == re.findall(r"[^\W\d_]", every)


def test_letter_words_split_like_the_category_words() -> None:
    from reader.analysis.claim_shapes import WORDS
    from reader.analysis.speaker_context import WORD

    text = "El año 2024, l’Ajuntament y O'Neill_2 dijeron: «¡Ñandú²!» 𝐀bc 中文 x-y—z 5½"
    assert WORDS.findall(text) == re.findall(r"[^\W\d_]+", text)
    expected = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", text)
    assert WORD.findall(text) == expected


@pytest.mark.parametrize(
    "words",
    [
        {"el", "puente", "abrirá", "sus", "carriles"},  # a future of more than four letters
        {"será", "otra", "cosa"},  # four letters: no word of the future by its ending
        {"habrá", "rápido"},
        {"seguirán", "cerrados"},
        {"iremos", "remos"},  # "remos" alone: five letters, the ending is all of it
        {"rámos", "verán", "marrán"},
        {"the", "plant", "reopened"},
        set(),
    ],
)
@pytest.mark.parametrize("code", ["es", "en"])
def test_told_ahead_answers_like_the_loop_over_every_word(words: set[str], code: str) -> None:
    from reader.analysis.claim_times import _endings, told_ahead

    lex = lexicon(code)
    endings = _endings(lex)
    expected = not words.isdisjoint(lex.future_words) or (
        bool(endings) and any(w.endswith(endings) and len(w) > 4 for w in words)
    )
    assert told_ahead(words, lex) is expected


@pytest.mark.parametrize(
    "text",
    [
        "según la exministra de Sanidad y el Viceministro del Interior, ",
        "the Secretary of  State and the DIRECTOR GENERAL DE Salud, ",
        "subsecretaria de Energía; la consellera de Salut, la titular de ",
        "ſecretary of mınistro de cartera del delegados de directores generales de ",
    ],
)
def test_department_pattern_matches_like_its_boundary_first_form(text: str) -> None:
    from reader.analysis.org_before import _DEPARTMENT

    original = re.compile(_DEPARTMENT.pattern.replace("(?=[cdemstv])", "", 1), re.IGNORECASE)
    for end in range(len(text) + 1):
        for start in range(max(0, end - 40), end + 1):
            found = _DEPARTMENT.search(text, start, end)
            expected = original.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span())


_DATED = [
    "El 12 de Septiembre, el SÁBADO 3 y el domingo 4; ſept. 4, Dic 25 y 7 DIC - 3 de mar. 12",
    "On Jan. 1st and Oct. 12, 2024, the 1st of May, KKK nov 2, Sunday 7 and sept 28th.",
    "Marzo 2024: 3 de marzo; lunes 12; Martes 1,5 millones; mayo 12.000; 31 diciembre",
]


@pytest.mark.parametrize("code", ["es", "en"])
def test_day_of_month_matches_like_its_plain_alternation(code: str) -> None:
    lex = lexicon(code)
    every = lex.months | lex.short_dates
    names = "|".join(sorted(map(re.escape, every), key=len, reverse=True))
    opens = "".join(sorted({re.escape(name[0]) for name in every}))
    plain = re.compile(
        rf"(?=[\d{opens}])(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s(?:\w{{1,3}}\s)?(?:{names})\b"
        rf"|\b(?:{names})\.?\s\d{{1,2}}(?:st|nd|rd|th)?\b(?![.,]?\d))",
        re.IGNORECASE,
    )
    for text in _DATED + [t.upper() for t in _DATED] + [t.lower() for t in _DATED]:
        assert [m.span() for m in lex.day_of_month.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_money_char_found_in_every_width_of_text() -> None:
    from reader.analysis.claim_quotes import MONEY_CHARS, has_money_char

    assert all(has_money_char(f"x{sign}y") for sign in MONEY_CHARS)
    assert has_money_char("costó 40 € al mes") and has_money_char("a $5 fee")
    assert has_money_char("“£3”") and has_money_char("¥")
    assert not has_money_char("ninguna moneda aquí") and not has_money_char("“none”")


@pytest.mark.parametrize(
    ("lowered", "expected"),
    [("¿qué pasó?", True), ("  ¿y ahora", True), ("what now? \n", True), ("fin.", False),
     ("", False), ("   ", False), (" dijo: «¿por qué?» ", False), ("x ?", True)],
)
def test_a_question_is_told_without_stripping(lowered: str, expected: bool) -> None:
    from reader.analysis.claim_gates import _asks

    stripped = lowered.strip()
    assert _asks(lowered) is expected
    assert _asks(lowered) is (stripped.endswith("?") or stripped.startswith("¿"))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "A las 18.45, LAS 9 h, salas 10.30, las\t7:15 horas; Las 21.00 y las 3"),
        ("en", "at 7:30 p.m., AT 9 a.m., that 10.30, at\t6 hrs; Chat 8:00 and at 5"),
    ],
)
def test_clock_time_matches_like_its_boundary_first_form(code: str, text: str) -> None:
    from reader.analysis.claim_times import clock_time

    lex = lexicon(code)
    openers = "|".join(sorted(map(re.escape, lex.clock_openers), key=len, reverse=True))
    original = re.compile(
        rf"\b(?:{openers})\s+\d{{1,2}}(?:[.:]\d\d(?:\s*(?:h|horas|hrs|a\.m\.|p\.m\.))?"
        rf"|\s*(?:h|horas|hrs|a\.m\.|p\.m\.))(?!\w)",
        re.IGNORECASE,
    )
    for start in range(len(text)):
        expected = [m.span() for m in original.finditer(text, start)]
        assert [m.span() for m in clock_time(lex).finditer(text, start)] == expected
    assert original.search(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("(SERVIMEDIA) 07-DIC-26 MDV/gja", False), ("He was 88.", False),
     ("NASA says so.", True), ("Voto: sí.", True), ("EFE MADRID", False), ("", False)],
)
def test_a_short_line_states_something_with_a_word_not_in_capitals(
    sentence: str, expected: bool
) -> None:
    from reader.analysis.claim_gates import _WORDY, _has_a_word

    assert _has_a_word(sentence) is expected
    assert expected is any(not w.isupper() for w in _WORDY.findall(sentence))
