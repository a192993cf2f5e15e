"""The check-worthy scorer's bitmap classes match exactly the characters of the classes
they stand for, over every code point (``claim_shapes.bitmap_first``, ``words_finder``)."""

from __future__ import annotations

import re

from reader.analysis.claim_numbers import NAME_NUMBER
from reader.analysis.claim_shapes import DIGIT, WORDS, words_finder

_EVERY = "".join(map(chr, range(0x110000)))


def test_digit_is_exactly_backslash_d() -> None:
    assert DIGIT.findall(_EVERY) == re.findall(r"\d", _EVERY)


def test_name_number_opens_with_the_same_capitals() -> None:
    capital = re.compile(NAME_NUMBER.pattern[1 : NAME_NUMBER.pattern.index("(?<=")])
    assert capital.findall(_EVERY) == re.findall(r"[^\W\d_a-zß-ÿ]", _EVERY)


def test_words_of_a_text_within_the_bmp_are_its_words() -> None:
    plane = _EVERY[:0x10000]
    for text in (plane, plane.lower(), "Señora Ñandú, 3 días: «éxito»"):
        assert words_finder(text)(text) == WORDS.findall(text)


def test_a_text_beyond_the_bmp_keeps_the_full_pattern() -> None:
    text = "Fans wrote 𝐁𝐫𝐚𝐯𝐨 😀 to the team 𐐀𐐨"
    assert words_finder(text)(text) == WORDS.findall(text)
    assert "𝐁𝐫𝐚𝐯𝐨" in words_finder(text)(text)
