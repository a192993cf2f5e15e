"""One duration written two ways: "the 12 months to March" / "the year to March", "24
hours" / "a day", "los últimos doce meses" / "el último año" (``durations.txt``). Rule
1's exception for figures, and rule 3's for the unit scale: the same length of time is
no other figure and no other unit."""

from __future__ import annotations

from fractions import Fraction
from functools import cache

from reader.across.data_files import data_lines
from reader.across.lexicon import figure_value
from reader.across.normalise import Token


@cache
def units() -> dict[str, tuple[str, Fraction]]:
    """``word → (base, size)`` ("year" → ("month", 12))."""
    found: dict[str, tuple[str, Fraction]] = {}
    for line in data_lines("durations.txt"):
        head, _, words = line.partition(":")
        base, size = head.split()
        for word in words.split():
            found[word] = (base, Fraction(size))
    return found


def duration(words: list[Token], ids: list[int]) -> tuple[str, Fraction] | None:
    """The one duration the words at ``ids`` write (a figure, one by default, times one
    unit), or None: no unit, two units, or a figure that is no number."""
    unit_at = [i for i in ids if words[i].form in units()]
    if len(unit_at) != 1:
        return None
    base, size = units()[words[unit_at[0]].form]
    figures = [words[i].form for i in ids if words[i].key == "number"
               and words[i].form not in units()]
    if not figures:
        return base, size
    value = figure_value(figures)
    return (base, size * value) if value else None


def duration_words(words: list[Token], ids: list[int]) -> set[int]:
    """The figures and the unit among ``ids`` (taken out once two durations agree)."""
    return {i for i in ids if words[i].key == "number" or words[i].form in units()}
