"""Verbs that are one verb only beside one noun ("reached"/"sealed" a DEAL, "lifted"/
"took" children out of POVERTY, "alcanzado"/"cerrado" un ACUERDO): ``collocations.txt``.

A word list cannot hold "close" = "reach" (closing a factory is not reaching it); beside
"deal" the two are one. ``collocation_pairs`` pairs such verbs, one a side, when a noun of
their line stands within ``WINDOW`` words of each (``decision.py``, rule 4).
"""

from __future__ import annotations

from functools import cache

from reader.across.data_files import data_lines
from reader.across.inflection import Pairs
from reader.across.lexicon import Pattern, PatternTable
from reader.across.normalise import Token

WINDOW = 5
"""Words before or after a verb in which its noun is looked for ("the DEAL was sealed",
"sealed a new DEAL"); function words are not counted ("adjudicó A UNA constructora
gallega EL CONTRATO": the noun is four words on, not six)."""

@cache
def collocations() -> tuple[PatternTable, tuple[tuple[str, ...], ...]]:
    """Every verb entry of ``collocations.txt``, labelled ``line * LINE + entry``, and
    each line's nouns."""
    table = PatternTable()
    nouns: list[tuple[str, ...]] = []
    for line in data_lines("collocations.txt"):
        verbs, _, line_nouns = line.partition(":")
        entries = [tuple(entry.split()) for entry in verbs.split("|") if entry.split()]
        for number, entry in enumerate(entries[:LINE]):
            table.add(len(nouns) * LINE + number, Pattern(entry))
        nouns.append(tuple(line_nouns.split()))
    return table, tuple(nouns)


LINE = 1000
"""Labels of one line's verb entries: ``line * LINE + entry``."""


def _matches(want: str, word: str) -> bool:
    return word.startswith(want[:-1]) if want.endswith("*") else word == want


def _noun_near(nouns: tuple[str, ...], words: list[Token], i: int) -> bool:
    near = _reach(words[i - 1::-1] if i else []) + _reach(words[i + 1:])
    return any(_matches(want, token.form) for token in near for want in nouns)


def _reach(words: list[Token]) -> list[Token]:
    """The first ``WINDOW`` words of ``words`` that are not function words (and the
    function words among them)."""
    taken: list[Token] = []
    counted = 0
    for token in words:
        if counted == WINDOW:
            break
        taken.append(token)
        counted += token.key != "function"
    return taken


def collocation_pairs(
    q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]
) -> Pairs:
    """Content words, one a side, that are two verbs of one line beside its noun (the
    verbs are found by their first word: linear in the words)."""
    q_verbs = _verbs(q, q_ids)
    c_verbs = _verbs(c, c_ids)
    paired_q: set[int] = set()
    paired_c: set[int] = set()
    for i, label in q_verbs:
        if i in paired_q:
            continue
        j = next((j for j, other in c_verbs if other // LINE == label // LINE
                  and other != label and j not in paired_c and i not in paired_q), None)
        if j is not None:
            paired_q.add(i)
            paired_c.add(j)
    return paired_q, paired_c, len(paired_q)


def _verbs(words: list[Token], ids: list[int]) -> list[tuple[int, int]]:
    """``(position, label)`` of the content words of ``ids`` that begin a verb entry
    with one of its line's nouns near."""
    table, nouns = collocations()
    forms = [t.form for t in words]
    found = []
    for i in ids:
        if words[i].key != "":
            continue
        for label, size in table.starting(forms, i):
            if size == 1 and forms[i + 1:i + 2] == [OFF]:
                continue  # "CALL off a strike" is not "call a strike": another verb
            if _noun_near(nouns[label // LINE], words, i):
                found.append((i, label))
    return found


OFF = "off"
"""The particle that makes a verb of a line another verb ("call OFF", "hold OFF", "put
OFF": to cancel or delay), unless the line lists the two words together ("cut off")."""
