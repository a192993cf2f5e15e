"""Words one text has inside a changed run and the other has outside the aligned stretch:
a constituent moved across the edge, as a newsroom does when it turns a sentence round.

"Police have arrested 12 people in connection with the riots …, the force said" and
"Twelve people have been arrested in connection with the riots …, police said" align on
"have … arrested in connection with the riots …": the query's "12 people" is a run it
drops inside, and the candidate's "Twelve people" lies before the aligned stretch. The
same words (a figure by its value: "12" = "twelve") are moved, not dropped and added: they
cost what a moved word costs, and the outside word counts as covered.

A word moves only when its run has no word of its kind on the other side (a figure where
the other side has no figure, a content word where it has none, a name where it has
none): "hospital" dropped where the other side wrote "dental" stays a change to judge,
even when "hospital" appears elsewhere in the other text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from reader.across.inflection import STEM, inflected
from reader.across.lexicon import figure_value, passive_markers
from reader.across.normalise import Token

MOVABLE = ("", "name", "number")
"""Kinds of words that may move across an edge: function words and negations never do
(a stray "the" is no constituent; a negation stays where the rules count it)."""


@dataclass(frozen=True, slots=True)
class Across:
    """Positions moved: inside runs of each text, and outside the stretch of each."""

    inner_q: frozenset[int] = frozenset()
    inner_c: frozenset[int] = frozenset()
    outer_q: frozenset[int] = frozenset()
    outer_c: frozenset[int] = frozenset()

    @property
    def pairs(self) -> int:
        """How many words moved (each a pair: one inside, one outside)."""
        return len(self.inner_q) + len(self.inner_c)


Runs = list[tuple[list[int], list[int]]]


def moved_across(
    q: list[Token], c: list[Token], runs: Runs, q_out: list[int], c_out: list[int],
    skip: tuple[set[int], set[int]] = (set(), set()),
) -> Across:
    """The words of ``runs`` found outside the aligned stretch of the other text
    (``q_out``/``c_out``: positions outside it, less those both texts have outside;
    ``skip``: words already moved from one run to another)."""
    free_q = _by_key(q, q_out)
    free_c = _by_key(c, c_out)
    inner_q: set[int] = set()
    inner_c: set[int] = set()
    outer_q: set[int] = set()
    outer_c: set[int] = set()
    for q_ids, c_ids in runs:
        if _crossing(q, q_ids, c, c_ids, free_q, free_c, skip):
            for words, ids, free, inner, outer, done in (
                    (q, q_ids, free_c, inner_q, outer_c, skip[0]),
                    (c, c_ids, free_q, inner_c, outer_q, skip[1])):
                for i in ids:
                    found = free.get(_key(words[i]))
                    # the words _crossing counted; one an earlier run took is no more free
                    if words[i].key in MOVABLE and i not in done and found:
                        inner.add(i)
                        outer.add(found.pop())
            continue
        for words, ids, other, other_ids, free, inner, outer, done in (
                (q, q_ids, c, c_ids, free_c, inner_q, outer_c, skip[0]),
                (c, c_ids, q, q_ids, free_q, inner_c, outer_q, skip[1])):
            kinds = {other[j].key for j in other_ids}
            for i in ids:
                if i in done or words[i].key not in MOVABLE or words[i].key in kinds:
                    continue
                found = free.get(_key(words[i]))
                if found:
                    inner.add(i)
                    outer.add(found.pop())
    return Across(frozenset(inner_q), frozenset(inner_c), frozenset(outer_q),
                  frozenset(outer_c))


def _crossing(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int],
              free_q: dict[str, list[int]], free_c: dict[str, list[int]],
              skip: tuple[set[int], set[int]]) -> bool:
    """Whether a run is two constituents crossing the edge: every movable word of each
    side lies outside the stretch of the other ("POLICE have arrested THREE TEENAGERS" /
    "THREE TEENAGERS have been arrested by POLICE": the run "three teenagers" / "by
    police" swaps the two, each found outside the other text) and one side only names the
    doer after a passive marker ("BY police", ``passive_markers.txt``). Then nothing is
    swapped for another word: both moved. Without the marker the two swapped roles
    ("three teenagers have arrested police"): a change, as before."""
    markers = passive_markers()
    if (any(q[i].form in markers for i in q_ids)) == (any(c[j].form in markers for j in c_ids)):
        return False  # no passive on one side: two words swapped around a verb (roles)
    q_movable = [i for i in q_ids if q[i].key in MOVABLE and i not in skip[0]]
    c_movable = [j for j in c_ids if c[j].key in MOVABLE and j not in skip[1]]
    if not q_movable or not c_movable:
        return False
    q_need = Counter(_key(q[i]) for i in q_movable)
    c_need = Counter(_key(c[j]) for j in c_movable)
    return (all(len(free_c.get(key, ())) >= n for key, n in q_need.items())
            and all(len(free_q.get(key, ())) >= n for key, n in c_need.items()))


def _by_key(words: list[Token], ids: list[int]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for i in reversed(ids):
        if words[i].key in MOVABLE:
            found.setdefault(_key(words[i]), []).append(i)
    return found


def _key(token: Token) -> str:
    """What two moved words share: the word, or a figure's value ("12" = "twelve")."""
    if token.key == "number":
        value = figure_value([token.form])
        if value is not None:
            return f"#{value}"
    return token.form


def outside_forms(q: list[Token], c: list[Token], first: Any, last: Any) -> list[Token]:
    """``c`` with each content word outside the aligned stretch that is an inflection of
    a content word outside the query's stretch written as the query writes it: "la
    Guardia Civil HA RESCATADO a 45 migrantes …" / "45 migrantes … HAN SIDO RESCATADOS
    por la Guardia Civil" turn the sentence round and the participle agrees with its new
    subject; the verb moved all the same (the edges count it as shared)."""
    q_out = {q[i].form for i in (*range(first.src_start), *range(last.src_end, len(q)))
             if q[i].key == ""}
    c_out = [*range(first.dest_start), *range(last.dest_end, len(c))]
    return _as_written(c, c_out, q_out)


def inner_forms(q: list[Token], c: list[Token], ops: list, first: int, last: int
                ) -> tuple[list[Token], list[Token]]:
    """``q`` and ``c`` with each content word of a changed run inside the aligned stretch
    that is an inflection of a content word outside the OTHER text's stretch written as
    that text writes it: "El Congreso APROBÓ la reforma … con 180 votos" / "La reforma
    … fue APROBADA por el Congreso con 180 votos" move the verb into the stretch and make
    it agree with its new subject; it moved all the same (``moved_across``)."""
    start, end = ops[first], ops[last]
    q_in = [i for op in ops[first:last + 1] if op.tag != "equal"
            for i in range(op.src_start, op.src_end)]
    c_in = [j for op in ops[first:last + 1] if op.tag != "equal"
            for j in range(op.dest_start, op.dest_end)]
    q_out = {q[i].form for i in (*range(start.src_start), *range(end.src_end, len(q)))
             if q[i].key == ""}
    c_out = {c[j].form for j in (*range(start.dest_start), *range(end.dest_end, len(c)))
             if c[j].key == ""}
    return _as_written(q, q_in, c_out), _as_written(c, c_in, q_out)


def _as_written(words: list[Token], ids: list[int], other: set[str]) -> list[Token]:
    """``words`` with each content word at ``ids`` that is an inflection of one of the
    words ``other`` (and none of them already) given that word's form."""
    forms = {words[j].form for j in ids}
    by_stem: dict[str, list[str]] = {}
    for a in other - forms:
        by_stem.setdefault(a[:STEM], []).append(a)
    swaps: dict[int, str] = {}
    for j in ids:
        word = words[j].form
        if words[j].key != "" or word in other or len(word) < STEM:
            continue
        match = next((a for a in by_stem.get(word[:STEM], ()) if inflected(a, word)), None)
        if match is not None:
            swaps[j] = match
    if not swaps:
        return words
    return [replace(token, form=swaps[j]) if j in swaps else token
            for j, token in enumerate(words)]
