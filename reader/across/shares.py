"""Shares of a whole written two ways: "half" / "50 per cent", "a quarter" / "25%", "la
mitad" / "el 50 %", "siete de cada diez" / "el 70 %", "one in five" / "20%". Rule 1's
exception for figures ("diez" = "10") extended to shares: the same value is one figure
(``share_words.txt``); shares of different values ("half" / "a third") stay two figures.
"""

from __future__ import annotations

from fractions import Fraction
from functools import cache

from reader.across.data_files import data_sections
from reader.across.lexicon import figure_value
from reader.across.normalise import Token

HUNDRED = 100


@cache
def _sections() -> dict[str, list[str]]:
    return data_sections("share_words.txt")


@cache
def fractions() -> dict[str, Fraction]:
    """``word → the share it names`` ("half" → 1/2)."""
    return {word: Fraction(value) for word, value in
            (line.split() for line in _sections().get("fractions", []))}


@cache
def ratio_words() -> frozenset[str]:
    return frozenset(w for line in _sections().get("ratio", []) for w in line.split())


@cache
def percent_words() -> tuple[tuple[str, ...], ...]:
    """The word sequences that make the figure before them a percentage."""
    return tuple(tuple(line.split()) for line in _sections().get("percent", []))


def share_words(words: list[Token], ids: list[int]) -> set[int]:
    """The positions among ``ids`` that write a share (figures, fraction, ratio and
    percent words)."""
    kinds = fractions().keys() | ratio_words() | {w for p in percent_words() for w in p}
    return {i for i in ids if words[i].key == "number" or words[i].form in kinds}


def share_value(words: list[Token], ids: list[int]) -> Fraction | None:
    """The one share the words at ``ids`` write, or None (no share, or more than one)."""
    kept = ratio_words() | {w for p in percent_words() for w in p}
    run = [words[i] for i in sorted(ids) if words[i].key != "function" or words[i].form in kept]
    found: list[Fraction] = []
    at = 0
    while at < len(run):
        value, size = _share_at(run, at)
        if value is not None:
            found.append(value)
        at += max(size, 1)
    return found[0] if len(found) == 1 else None


def _share_at(run: list[Token], at: int) -> tuple[Fraction | None, int]:
    """The share starting at ``run[at]`` and how many words it takes."""
    token = run[at]
    if token.form in fractions():
        return fractions()[token.form], 1  # "half", "la mitad", "a quarter"
    number = _figure(token)
    if number is None:
        return None, 1
    if token.percent:
        return number / HUNDRED, 1
    for words in percent_words():
        if tuple(t.form for t in run[at + 1:at + 1 + len(words)]) == words:
            return number / HUNDRED, 1 + len(words)  # "50 per cent", "5 por ciento"
    after = run[at + 1] if at + 1 < len(run) else None
    if after is not None and after.form in fractions():
        return number * fractions()[after.form], 2  # "two thirds", "tres cuartos"
    if (after is not None and after.form in ratio_words() and at + 2 < len(run)
            and _figure(run[at + 2])):
        return number / _figure(run[at + 2]), 3  # "one in five", "siete de cada diez"
    return None, 1


def _figure(token: Token) -> Fraction | None:
    if token.key != "number" or token.form in fractions():
        return None
    value = figure_value([token.form])
    return Fraction(value) if value else None
