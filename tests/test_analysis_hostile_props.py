"""Hostile text through the analyser: no exception, valid offsets, the same answer twice.

Hypothesis builds articles from the characters real copy breaks on (every quotation mark,
dashes and raya lines, control characters, bidi overrides, zero-width joiners, combining
marks, emoji and CJK, right-to-left words, Windows and old-Mac line ends) mixed with words,
cues and names of both languages, and reads them the way the CLI does (``load_txt``). Below
the properties, one regression test per break found by attacking the analyser; each names
the shape that made a stage quadratic and runs it at a size the old code needed minutes for
(``benchmarks/hostile_scaling.py`` measures the times; tests never time anything).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_analysis_helpers import article, run, speaker_of

from reader.analysis import analyze
from reader.analysis.lowercase import lower_in_place
from reader.core.model import Analysis, Article
from reader.core.text import canonicalize
from reader.sources.errors import SourceError
from reader.sources.txt import load_txt

MARKS = list("«»“”„‚‘’‹›\"'—–-") + ["\n—", "\n— ", " —", "—¿", "¡", "¿"]
CONTROLS = [
    "\x1b", "\x1b[31m", "\x1b]8;;x\x07", "\x9b", "\x85", "\x00", "\x7f",
    "\u202e", "\u202d", "\u2066", "\u2069", "\u200d", "\u200b", "\ufeff", "\u0301", "\u20dd",
]
WIDE = ["😀", "👩\u200d👩\u200d👧", "🇪🇸", "中国", "北京市", "𝔘", "مرحبا", "שלום", "ǅ", "İ", "½"]
LINE_ENDS = ["\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\r\r", "\u2028", "\n \n"]
WORDS = str.split(
    "dijo said afirmó según according to de del la y Mr. Dr. Sr. EE.UU. U.S. Juan Pérez "
    "María López Smith Jones Acme Inc. S.A. Ministerio Madrid London The El He Él que that "
    "3 45 % 1.000 2,5 $ € millones million presidente told añadió added : ; , . ? ! ( ) … "
    "NASA ONU MADRID (EFE) (Reuters) - ,\" .\" ,» .» A0A0 !!!! ...."
)
TOKENS = st.one_of(
    st.sampled_from(MARKS),
    st.sampled_from(CONTROLS),
    st.sampled_from(WIDE),
    st.sampled_from(LINE_ENDS),
    st.sampled_from(WORDS),
    st.text(alphabet="xX0.!", min_size=1, max_size=60),
)
HOSTILE = st.lists(
    st.tuples(TOKENS, st.sampled_from(["", " ", " "])), max_size=60
).map(lambda pairs: "".join(token + gap for token, gap in pairs))
LANGUAGES = st.sampled_from([None, "en", "es"])


def _load(raw: str) -> Article | None:
    try:
        return load_txt(raw, "hostile.txt", {})
    except SourceError:
        return None  # nothing readable: refused in one line, never analysed


def _check_spans(art: Article, result: Analysis) -> None:
    text = art.text
    previous = 0
    for start, end in result.sentences:
        assert previous <= start < end <= len(text)
        assert any(b.start <= start and end <= b.end for b in art.blocks)
        previous = end
    spans = sorted((e.start, e.end) for e in result.entities)
    for (_, first_end), (second_start, _) in zip(spans, spans[1:], strict=False):
        assert first_end <= second_start, "two entities overlap"
    for entity in result.entities:
        assert 0 <= entity.start < entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.text and entity.canonical.strip()
    names = {e.canonical for e in result.entities}
    for quote in result.quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            who = quote.speaker
            assert 0 <= who.start < who.end <= len(text)
            assert text[who.start : who.end] == who.text == who.text.strip() != ""
            assert who.name.strip()
            # the name is the mention itself, an entity's full name, or words of the text
            assert who.name in (who.text, *names) or who.name in text
    for claim in result.claims:
        assert any(s <= claim.start and claim.end <= e for s, e in result.sentences)
        assert 0.0 <= claim.score <= 1.0
    _check_nesting(text, result)


def _check_nesting(text: str, result: Analysis) -> None:
    """Quotations nest or stand apart, claims never overlap, a speaker stands wholly inside
    its quotation (a raya aside) or wholly outside it, and no name crosses a blank line."""
    quotes = sorted((q.start, q.end) for q in result.quotes)
    for index, (_, end) in enumerate(quotes):
        for start2, end2 in quotes[index + 1 :]:
            if start2 >= end:
                break
            assert end2 <= end, "two quotations cross"
    claims = sorted((c.start, c.end) for c in result.claims)
    assert all(a[1] <= b[0] for a, b in zip(claims, claims[1:], strict=False))
    for quote in result.quotes:
        who = quote.speaker
        if who is not None:
            inside = quote.start <= who.start and who.end <= quote.end
            assert inside or who.end <= quote.start or who.start >= quote.end
    for span in [*result.entities, *(q.speaker for q in result.quotes if q.speaker)]:
        assert "\n\n" not in text[span.start : span.end]
        assert text[span.start : span.end].strip() == text[span.start : span.end]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE, LANGUAGES)
def test_hostile_text_gives_valid_spans_and_the_same_answer_twice(
    raw: str, language: str | None
) -> None:
    art = _load(raw)
    if art is None:
        return
    result = analyze(art, language=language)
    _check_spans(art, result)
    assert analyze(art, language=language) == result


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(HOSTILE, min_size=1, max_size=3), HOSTILE, LANGUAGES)
def test_a_paragraph_appended_after_a_blank_line_leaves_earlier_sentences_alone(
    paragraphs: list[str], appended: str, language: str | None
) -> None:
    """Sentences are split block by block, so text added after a blank paragraph break
    cannot move an earlier boundary (entities, quotations and claims are read document-wide
    on purpose: one sense per document, quotations running over paragraphs)."""
    parts = [p for p in paragraphs if p.strip()]
    if not parts or not appended.strip():
        return
    short, longer = article(*parts), article(*parts, appended)
    if len(longer.blocks) == len(short.blocks):
        return  # the appended text folded to nothing
    before = analyze(short, language=language).sentences
    after = analyze(longer, language=language).sentences
    assert tuple(s for s in after if s[1] <= len(short.text)) == before


@pytest.mark.parametrize("mark", [".", "!", "?", "…", "?!"])
def test_a_long_run_of_terminal_marks_is_read_once(mark: str) -> None:
    """'!!!!…' or a row of leader dots: the boundary pattern was tried from every mark of
    the run and re-read the rest of it each time (about 3 minutes for 100 KB)."""
    from reader.analysis.sentences import _BOUNDARY

    text = "Wait" + mark * 5 + " Yes."
    assert [m.start() for m in _BOUNDARY.finditer(text)] == [4]
    assert _BOUNDARY.match(text, 5) is None  # never restarted inside the run
    raw = "It rose" + mark * 100_000 + " Then it fell."
    result = analyze(article(raw), language="en")
    assert [raw[s:e][-5:] for s, e in result.sentences] == [(mark * 5)[-5:], "fell."]


def test_one_long_word_of_capitals_and_digits_is_no_quadratic_results_line() -> None:
    """A hash, a code or a base64 blob ('A0A0A0…'): the sports-results pattern (``Team N
    Team N``) was tried from every capital of the word and scanned to its end each time
    (seconds for 20 KB, minutes for 100 KB). A real results line still counts."""
    from reader.analysis.teams import _RESULT, in_result

    blob = "A0" * 50_000
    result = analyze(article(f"The code {blob} leaked."), language="en")
    assert result.sentences == ((0, len(blob) + 17),)
    line = "Arsenal 2 Chelsea 1, Leeds 1 Newcastle United 1"
    assert in_result(line, 0, 7, 0) and in_result(line, 10, 17, 0)
    assert in_result(line, 21, 26, 0) and in_result(line, 29, 45, 0)
    assert _RESULT.match("A0" + line, 2) is None  # never started inside a word


def test_a_lone_surrogate_from_a_json_escape_is_analysed_and_printed(tmp_path: Path) -> None:
    """JSON may carry '\\ud800' (half of a pair, or junk): it became a str no encoder takes,
    and ``claimdesk analyze --json`` failed on the whole article with an internal error. The
    canonical text now holds U+FFFD there; a real pair ('\\ud83d\\ude00') stays one emoji."""
    assert canonicalize("a\ud800b\udfff") == "a\ufffdb\ufffd"
    path = tmp_path / "half.json"
    body = r"Hola \ud800 dijo \udfff Juan P\u00e9rez: \u00abS\u00ed\ud83d\ude00\u00bb."
    path.write_text('{"title": "T\\ud800", "text": "' + body + '"}', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", "--json", str(path)],
        capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0 and not result.stderr, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "T\ufffd"
    assert record["text"] == "Hola \ufffd dijo \ufffd Juan Pérez: «Sí😀»."
    assert any(e["text"] == "Juan Pérez" for e in record["entities"])


def test_a_long_press_conference_reads_its_reporters_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of raya questions with untagged follow-ups: every follow-up re-read every
    mention of the article for its asker's outlet (2,000 exchanges took 17 s, four times as
    long at twice the size). The reporters are now read once per article; a follow-up after
    a reporter's question still names nobody, after a prosecutor's it goes on with her."""
    from reader.analysis import press_turns

    calls = _counted(monkeypatch, press_turns, "_reporters")
    turns = []
    for index in range(300):
        turns += [
            f"—¿Cuánto ha ardido en {index}? —preguntó Nieves Calleja, de Radio Bierzo.",
            f"—Unas {index}, según la primera estimación —respondió Leandro Ucha.",
            f"—¿Y las casas {index}?",
            "—Ninguna, por suerte.",
        ]
    result = analyze(article(*turns), language="es")
    assert len(calls) == 1
    assert speaker_of(result, "Y las casas 299?") is None
    assert speaker_of(result, "ardido en 299") == "Nieves Calleja"
    result = run(
        "La fiscal, Elvira Montaner, interrogó al exalcalde, Damián Roig Sempere.",
        "—¿Firmó usted las facturas? —preguntó la fiscal.",
        "—Las firmé, sí.",
        "—¿Y las leyó?",
        language="es",
    )
    assert speaker_of(result, "Y las leyó") == "Elvira Montaner"


def _counted(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """Wrap ``owner.name`` so each call appends to the returned list: the slow-shape tests
    count the work done instead of timing it."""
    calls: list[int] = []
    original = getattr(owner, name)

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return calls


def _surname(index: int, ending: str) -> str:
    return "".join(chr(98 + int(d)) for d in str(index)).capitalize() + ending


def test_a_long_trial_transcript_finds_each_roles_holder_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A trial transcript with a new prosecutor and a new accused every few turns: each
    "—respondió el acusado" re-read every person introduced before it for the role (500
    exchanges: 514,000 apposition reads, 17 s). The people given a role are now listed once
    per article; each role still goes to its nearest holder."""
    from reader.analysis import coref

    calls = _counted(monkeypatch, coref, "_clause_before")
    turns = []
    for index in range(200):
        fiscal, accused = f"Elena {_surname(index, 'ra')}", f"Pablo {_surname(index, 'ez')}"
        turns += [
            f"La fiscal, {fiscal}, interrogó al acusado, {accused}.",
            f"—¿Firmó usted las facturas del lote {index}? —preguntó la fiscal.",
            "—Las firmé, sí.",
            f"—¿Y leyó las del lote {index}?",
            f"—No todas, las del lote {index} no —respondió el acusado, que miró al juez.",
        ]
    result = analyze(article(*turns), language="es")
    assert len(calls) < 50 * 200  # about 34 an exchange; the old scan grew with each one
    assert speaker_of(result, "facturas del lote 199") == f"Elena {_surname(199, 'ra')}"
    assert speaker_of(result, "las del lote 199 no") == f"Pablo {_surname(199, 'ez')}"


def test_many_acronyms_are_looked_up_in_one_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long report naming hundreds of bodies and quoting others by acronyms it never
    spells out ("the QXW said"): each new acronym re-spelt the initials of every
    organisation of the article (1,000 bodies: 3 million initials, 5 s; four times as many
    at twice the size). The initials are now read once per article."""
    from reader.analysis import speaker_context

    pattern = speaker_context.WORD

    class Counting:
        calls = 0

        def findall(self, *args: str) -> list[str]:
            Counting.calls += 1
            return pattern.findall(*args)

        def __getattr__(self, name: str) -> object:
            return getattr(pattern, name)

    monkeypatch.setattr(speaker_context, "WORD", Counting())

    def report(count: int) -> int:
        Counting.calls = 0
        paragraphs = [
            f"The {_surname(index, 'on')} Workers Union said {index} jobs would go. "
            f'"We regret it," the Q{_surname(index, "").upper()}X said.'
            for index in range(count)
        ]
        result = analyze(article(*paragraphs), language="en")
        assert result.quotes[-1].speaker is not None
        assert result.quotes[-1].speaker.name == f"Q{_surname(count - 1, '').upper()}X"
        return Counting.calls

    small, large = report(60), report(240)
    assert large < 6 * small  # linear: about 4 times; the old lookup grew 16 times


def test_thousands_of_people_sharing_a_first_name_are_linked_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A list of witnesses or victims ("John X Y testified", "John Z did too"): each name
    was sought among every name sharing its first word (4 million comparisons and 15 s for
    4,000 Johns). The fuller name holding a run of words is now looked up; "Y" alone still
    goes to "John X Y"."""
    from reader.analysis import person_links

    calls = _counted(monkeypatch, person_links, "_contains")
    paragraphs = []
    for index in range(300):
        paragraphs += [
            f"John {_surname(index, 'son')} {_surname(index, 'ley')} testified on day {index}.",
            f"John {_surname(index, 'ton')} did too, and {_surname(index, 'ley')} saw it.",
        ]
    result = analyze(article(*paragraphs), language="en")
    assert len(calls) <= 2 * 300  # about one a partial mention; it was 300 × 300
    last = [e for e in result.entities if e.text == _surname(299, "ley")]
    assert last and last[-1].canonical == f"John {_surname(299, 'son')} {_surname(299, 'ley')}"


def test_untagged_answers_after_many_people_ask_the_person_set_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Raya questions and untagged answers after narration naming new people each time:
    whether the voice is a named person was asked of every entity of the article per
    answer (24 million tests, 3 s for 2,000 exchanges); the names of persons are now one
    set per article, and each answer still goes to the person the narration names first."""
    from reader.analysis.speaker_context import Context

    built = []
    original = Context.names_person

    def counting(self: Context, name: str) -> bool:
        built.append(self.people is None)
        return original(self, name)

    monkeypatch.setattr(Context, "names_person", counting)
    paragraphs = []
    for index in range(200):
        paragraphs += [
            f"Ana {_surname(index, 'ez')} habló con Luis {_surname(index, 'az')} en Soria.",
            f"—¿Qué pasó el día {index}?",
            f"—Nada, de verdad, el día {index} nada.",
        ]
    result = analyze(article(*paragraphs), language="es")
    assert built.count(True) == 1 and len(built) >= 200
    assert speaker_of(result, "el día 199 nada") == f"Ana {_surname(199, 'ez')}"


@pytest.mark.parametrize(
    ("paragraphs", "quoted", "speaker"),
    [
        (["En {c}, según la agencia Anadolu, «no hubo heridos en el ataque»."],
         "no hubo heridos", "la agencia Anadolu"),
        (["La ministra habló en {c}. Preguntada por un periodista de Radio Ankara por el "
          "calendario, fue más dura.", "—¿Cuándo?", "—Pronto."],
         "Cuándo", "un periodista de Radio Ankara"),
    ],
)
def test_a_turkish_capital_i_before_a_cue_moves_no_offset(
    paragraphs: list[str], quoted: str, speaker: str
) -> None:
    """'İ' (U+0130: "İstanbul", "İlham Aliyev") lowers to two characters, and the phrases
    found in a lowered slice pointed one character too far into the article for each one
    before them: the speaker lost its article or was not found at all."""
    for city in ("Istanbul", "İstanbul", "İİİİstanbul"):
        result = run(*[p.format(c=city) for p in paragraphs], language="es")
        quote = next(q for q in result.quotes if quoted in q.text)
        assert quote.speaker is not None and quote.speaker.text == speaker, city
    assert lower_in_place("İSTANBUL İzmir") == "istanbul izmir"
