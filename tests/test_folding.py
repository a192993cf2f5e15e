"""Case- and accent-blind matching (reader/core/folding.py), with original offsets."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.folding import FoldedText, contains_folded, find_folded, fold


def test_the_words_a_new_user_typed() -> None:
    for text, query, word in (("EE.UU. y México pactan", "mexico", "México"),
                              ("El puerto de Valparaíso", "valparaiso", "Valparaíso"),
                              ("la sequía", "SEQUÍA", "sequía")):  # the query folds too
        start = text.index(word)
        assert find_folded(text, query) == [(start, start + len(word))]
    assert find_folded("La sequía avanza. SEQUÍA total.", "sequia") == [(3, 9), (18, 24)]
    assert contains_folded("Crónica Continental", "cronica")
    assert not contains_folded("Crónica", "cronicas")


def test_folding_that_changes_length_maps_back_to_whole_characters() -> None:
    text = "Die Straße und die STRASSE"
    assert find_folded(text, "strasse") == [(4, 10), (19, 26)]
    assert text[4:10] == "Straße"
    # a match ending inside the folding of one character covers that character
    assert find_folded("Maß", "mas") == [(0, 3)]
    # decomposed input (combining accent) is matched and covered whole
    decomposed = unicodedata.normalize("NFD", "Bogotá")
    assert find_folded(decomposed, "bogota") == [(0, 7)]


def test_empty_query_and_regex_characters_are_literal() -> None:
    assert find_folded("abc", "") == []
    assert find_folded("a.c abc", ".") == [(1, 2)]
    assert find_folded("(1+1) [x]", "[x]") == [(6, 9)]
    assert fold("ÁÉÍÓÚÑÜ") == "aeiounu"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.text(min_size=1, max_size=4))
def test_matches_are_ordered_disjoint_original_ranges(text: str, query: str) -> None:
    matches = find_folded(text, query)
    previous_end = 0
    for start, end in matches:
        assert previous_end <= start < end <= len(text)
        previous_end = end
        assert fold(query) in fold(text[start:end])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_every_folded_character_comes_from_an_original_one(text: str) -> None:
    folded = FoldedText.of(text)
    assert len(folded.origins) == len(folded.folded)
    assert list(folded.origins) == sorted(folded.origins)
    assert all(0 <= origin < len(text) for origin in folded.origins)
    assert folded.folded == fold(text)
