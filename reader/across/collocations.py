"""Verbs that are one verb only beside one noun ("reached"/"sealed" a DEAL, "lifted"/
"took" children out of POVERTY, "alcanzado"/"cerrado" un ACUERDO): ``collocations.txt``.

A word list cannot hold "close" = "reach" (closing a factory is not reaching it); beside
"deal" the two are one. ``collocation_pairs`` pairs such verbs, one a side, when a noun of
their line stands within ``WINDOW`` words of each (``decision.py``, rule 4).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from reader.across.inflection import Pairs
from reader.across.normalise import Token

WINDOW = 5
"""Words before or after a verb in which its noun is looked for ("the DEAL was sealed",
"sealed a new DEAL")."""

Line = tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]
"""One line: its verb entries (each one or more words) and its nouns."""


@cache
def collocations() -> tuple[Line, ...]:
    """The lines of ``collocations.txt``."""
    raw = files("reader.across").joinpath("collocations.txt").read_text(encoding="utf-8")
    lines = []
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        verbs, _, nouns = line.partition(":")
        entries = tuple(tuple(entry.split()) for entry in verbs.split("|") if entry.split())
        lines.append((entries, tuple(nouns.split())))
    return tuple(lines)


def _matches(want: str, word: str) -> bool:
    return word.startswith(want[:-1]) if want.endswith("*") else word == want


def _verb(entries: tuple[tuple[str, ...], ...], words: list[Token], i: int) -> int:
    """The number of the entry the words from ``i`` begin, or -1."""
    for number, entry in enumerate(entries):
        if all(i + k < len(words) and _matches(want, words[i + k].form)
               for k, want in enumerate(entry)):
            return number
    return -1


def _noun_near(nouns: tuple[str, ...], words: list[Token], i: int) -> bool:
    near = words[max(0, i - WINDOW):i] + words[i + 1:i + 1 + WINDOW]
    return any(_matches(want, token.form) for token in near for want in nouns)


def collocation_pairs(
    q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]
) -> Pairs:
    """Content words, one a side, that are two verbs of one line beside its noun (each
    line's verbs are found once a side: linear in the words)."""
    paired_q: set[int] = set()
    paired_c: set[int] = set()
    for entries, nouns in collocations():
        q_verbs = _verbs(entries, nouns, q, q_ids)
        c_verbs = _verbs(entries, nouns, c, c_ids)
        for i, one in q_verbs:
            if i in paired_q:
                continue
            j = next((j for j, other in c_verbs if other != one and j not in paired_c), None)
            if j is not None:
                paired_q.add(i)
                paired_c.add(j)
    return paired_q, paired_c, len(paired_q)


def _verbs(entries: tuple[tuple[str, ...], ...], nouns: tuple[str, ...], words: list[Token],
           ids: list[int]) -> list[tuple[int, int]]:
    """``(position, entry number)`` of the content words of ``ids`` that begin a verb
    entry of the line with one of its nouns near."""
    found = []
    for i in ids:
        if words[i].key != "":
            continue
        number = _verb(entries, words, i)
        if number >= 0 and _noun_near(nouns, words, i):
            found.append((i, number))
    return found
