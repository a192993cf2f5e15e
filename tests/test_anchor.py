"""Re-anchoring: the bit-parallel search against a plain DP, and property-based edits
before, inside and after an annotated span."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from reader.store.anchoring import (
    MIN_SCORE,
    anchor,
    prefix_distances,
    reanchor_record,
    search_ends,
    similarity,
)
from reader.store.records import make_target

WORDS = ("el", "la", "gobierno", "dijo", "que", "inflación", "bajó", "año", "según", "datos",
         "de", "en", "banco", "central", "cifra", "oficial", "mes", "precio")
SPAN_WORDS = ("ZAFIRO", "QUÁSAR", "JILGUERO", "ÑANDÚ", "XILÓFONO", "WOMBAT")

_settings = settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


def _levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        new = [i]
        for j, cb in enumerate(b, 1):
            new.append(min(row[j] + 1, new[j - 1] + 1, row[j - 1] + (ca != cb)))
        row = new
    return row[-1]


def _best_substring(pattern: str, text: str, end: int) -> int:
    return min(_levenshtein(pattern, text[start:end]) for start in range(end + 1))


@given(st.text("abcd", min_size=1, max_size=9), st.text("abcd", max_size=14))
@settings(max_examples=300, deadline=None)
def test_bit_parallel_distances_match_dynamic_programming(pattern: str, text: str) -> None:
    assert prefix_distances(pattern, text) == [
        _levenshtein(pattern, text[:j]) for j in range(len(text) + 1)
    ]
    assert search_ends(pattern, text) == [
        _best_substring(pattern, text, j) for j in range(1, len(text) + 1)
    ]


def test_similarity_bounds() -> None:
    assert similarity("", "") == 1.0
    assert similarity("abc", "") == 0.0
    assert similarity("abcd", "abcd") == 1.0
    assert similarity("abcd", "abxd") == 0.75


words = st.lists(st.sampled_from(WORDS), min_size=5, max_size=60).map(" ".join)


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, int, int]:
    """An article of common words with a span of rare words that appear nowhere else."""
    before, after = draw(words), draw(words)
    span = " ".join(draw(st.lists(st.sampled_from(SPAN_WORDS), min_size=2, max_size=6,
                                  unique=True)))
    text = f"{before} {span} {after}"
    start = len(before) + 1
    return text, start, start + len(span)


@given(documents())
@_settings
def test_identity_is_exact(doc: tuple[str, int, int]) -> None:
    text, start, end = doc
    result = anchor(make_target(text, start, end), text)
    assert (result.status, result.start, result.end, result.score) == ("exact", start, end, 1.0)


@given(documents(), words)
@_settings
def test_insertion_before_the_span_moves_to_the_same_words(
    doc: tuple[str, int, int], inserted: str
) -> None:
    text, start, end = doc
    target = make_target(text, start, end)
    cut = len(text[:start].rsplit(" ", 2)[0]) if " " in text[:start - 1] else 0
    new_text = text[:cut] + inserted + " " + text[cut:]
    result = anchor(target, new_text)
    shift = len(inserted) + 1
    assert result.status == "moved"
    assert (result.start, result.end) == (start + shift, end + shift)
    assert new_text[result.start:result.end] == target["quote"]["exact"]


@given(documents(), st.data())
@_settings
def test_deletion_before_the_span_moves_to_the_same_words(
    doc: tuple[str, int, int], data: st.DataObject
) -> None:
    text, start, end = doc
    target = make_target(text, start, end)
    cut_from = data.draw(st.integers(0, start - 2))
    cut_to = data.draw(st.integers(cut_from + 1, start - 1))
    new_text = text[:cut_from] + text[cut_to:]
    result = anchor(target, new_text)
    assert result.status in ("moved", "exact")
    assert new_text[result.start:result.end] == target["quote"]["exact"]
    assert result.start == start - (cut_to - cut_from)


@given(documents(), words, st.data())
@_settings
def test_edits_after_the_span_keep_it_exact(
    doc: tuple[str, int, int], inserted: str, data: st.DataObject
) -> None:
    text, start, end = doc
    target = make_target(text, start, end)
    at = data.draw(st.integers(end, len(text)))
    new_text = text[:at] + inserted + text[at:]
    result = anchor(target, new_text)
    assert (result.status, result.start, result.end) == ("exact", start, end)


@given(documents(), st.data())
@_settings
def test_edits_inside_the_span_are_fuzzy_or_orphan_never_elsewhere(
    doc: tuple[str, int, int], data: st.DataObject
) -> None:
    text, start, end = doc
    target = make_target(text, start, end)
    at = data.draw(st.integers(start, end - 1))
    length = data.draw(st.integers(1, end - at))
    replacement = data.draw(st.text("xyzñ ", min_size=0, max_size=12))
    new_text = text[:at] + replacement + text[at + length:]
    assume(new_text[start:end] != target["quote"]["exact"])
    result = anchor(target, new_text)
    assert result.status in ("fuzzy", "orphan", "moved")
    new_end = end - length + len(replacement)
    if result.status == "orphan":
        assert result.score < MIN_SCORE
    else:
        assert result.score >= MIN_SCORE
        # the match overlaps where the edited span now is: never a wrong place
        assert result.start < new_end and result.end > start


def test_span_whose_words_vanished_is_orphan() -> None:
    text = "Primera frase sin nada. El ministro dijo que el paro bajó al 9 %. Última frase."
    start = text.index("El ministro")
    end = text.index(" Última")
    target = make_target(text, start, end)
    new_text = "Primera frase sin nada. Llovió mucho en la costa norte ayer. Última frase."
    assert anchor(target, new_text).status == "orphan"


def test_short_quote_found_elsewhere_without_context_is_not_trusted() -> None:
    text = "Dijo que sí. " + "palabras de relleno " * 10 + "Otro tema distinto."
    target = make_target(text, 5, 8)  # "que"
    new_text = "Sin relación alguna, que ver con " + "x" * 50
    assert anchor(target, new_text).status == "orphan"


def test_paragraph_added_at_the_top_moves_the_annotation() -> None:
    text = "Título\n\nEl banco central informó que la inflación bajó del 9 % este año."
    start = text.index("del 9 % este año")
    target = make_target(text, start, start + len("del 9 % este año"))
    new_text = "Un párrafo nuevo al principio.\n\n" + text
    result = anchor(target, new_text)
    assert result.status == "moved"
    assert new_text[result.start:result.end] == "del 9 % este año"


def test_long_article_fuzzy_search_finds_the_edited_quote_and_the_orphan() -> None:
    """A 20,000-word article: an edited quote is found near its old place and a vanished
    one is an orphan (the time this takes is measured by benchmarks/anchor_speed.py;
    tests do not time)."""
    import random

    rng = random.Random(7)
    text = " ".join(rng.choice(WORDS) for _ in range(20_000))
    start = len(text) // 2
    target = make_target(text, start, start + 150)
    new_text = text[:start + 40] + "CAMBIO" + text[start + 46:]
    result = anchor(target, new_text)
    target["quote"]["exact"] = "ninguna de estas palabras aparece en el artículo jamás"
    orphan = anchor(target, new_text)
    assert result.status in ("fuzzy", "moved") and abs(result.start - start) < 50
    assert orphan.status == "orphan"


def test_reanchor_record_updates_position_and_hash_but_not_the_quote() -> None:
    text = "Uno dos tres cuatro cinco seis siete."
    record = {"target": make_target(text, 8, 19), "anchor": {},
              "article": {"id": "a", "text_sha256": "old"}}
    moved = reanchor_record(record, "Cero. " + text, "new", "2026-01-01T00:00:00Z")
    assert moved["target"]["position"] == {"start": 14, "end": 25}
    assert moved["target"]["quote"] == record["target"]["quote"]
    assert moved["article"]["text_sha256"] == "new"
    assert moved["anchor"]["status"] == "moved"
    lost = reanchor_record(record, "Nada que ver.", "new", "2026-01-01T00:00:00Z")
    assert lost["anchor"]["status"] == "orphan"
    assert lost["target"] == record["target"] and lost["article"]["text_sha256"] == "old"


def _passage(seed: int, words: int) -> str:
    import random

    rng = random.Random(seed)
    pool = WORDS + SPAN_WORDS + ("Maduro", "Caracas", "2025", "9 %", "marzo", "huelga")
    return " ".join(rng.choice(pool) for _ in range(words))


def test_a_long_quote_is_reanchored_with_bounded_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 68,000-character quote changed inside and moved down: found where it now is,
    without a bit-parallel search of the whole quote (length × length work took 4.7 s)."""
    import reader.store.anchoring as anchoring

    real = anchoring._myers

    def bounded(pattern: str, text: str, *, anchored: bool) -> list[int]:
        assert len(pattern) * len(text) <= 1_000_000, "unbounded search of a long quote"
        return real(pattern, text, anchored=anchored)

    monkeypatch.setattr(anchoring, "_myers", bounded)
    before, quote, after = _passage(1, 5_000), _passage(2, 11_500), _passage(3, 5_000)
    assert len(quote) > 68_000
    text = f"{before} {quote} {after}"
    start, end = len(before) + 1, len(before) + 1 + len(quote)
    target = make_target(text, start, end)
    middle = start + len(quote) // 2
    new_text = "Nuevo párrafo.\n\n" + text[:middle] + "CAMBIO" + text[middle + 3:]
    shift = len("Nuevo párrafo.\n\n")
    result = anchor(target, new_text)
    assert (result.status, result.start, result.end) == ("fuzzy", start + shift, end + shift + 3)
    assert result.score >= MIN_SCORE
    gone = f"{before} {_passage(4, 11_500)} {after}"
    assert anchor(target, gone).status == "orphan"


@given(st.integers(0, 10_000), st.sampled_from(["before", "inside", "head", "tail", "after"]),
       st.integers(1, 60), st.text("xyzñ ", min_size=0, max_size=40))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_bounded_path_agrees_with_the_full_search(
    seed: int, where: str, length: int, replacement: str
) -> None:
    """Just past ``LONG_FUZZY``, the bounded path finds what the full search finds."""
    import reader.store.anchoring as anchoring

    before, quote, after = _passage(seed, 300), _passage(seed + 1, 400), _passage(seed + 2, 300)
    assume(anchoring.LONG_FUZZY < len(quote) < 4_000)
    text = f"{before} {quote} {after}"
    start, end = len(before) + 1, len(before) + 1 + len(quote)
    target = make_target(text, start, end)
    at = {"before": start // 2, "inside": (start + end) // 2, "head": start + 5,
          "tail": end - length - 5, "after": end + 10}[where]
    new_text = text[:at] + replacement + text[at + length:]
    fast = anchor(target, new_text)
    anchoring.LONG_FUZZY, saved = 1 << 40, anchoring.LONG_FUZZY
    try:
        full = anchor(target, new_text)
    finally:
        anchoring.LONG_FUZZY = saved
    assert fast.status == full.status
    if full.status != "orphan":
        assert abs(fast.start - full.start) <= 2 and abs(fast.end - full.end) <= 2
        assert abs(fast.score - full.score) <= 0.002
