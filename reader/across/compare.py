"""Verification: is a candidate the same text as the query, and where does it differ?

Both texts are cut into words (``normalise.tokens``) and aligned word by word (the
longest common subsequence, computed by rapidfuzz's ``Indel``). Words before the first
and after the last shared word are context the other side trimmed, and cost nothing.
Inside, each run of differing words (and the nearest differing words at an edge where
both sides have some) is judged by ``decision.judge``: what it costs (a content word 1,
a synonym or an inflection little), or the conflict that makes the two texts two claims
(another figure, name, negation, hedge, pole of a scale or subject: similarity 0; a swapped
word or subject in a sentence restyled elsewhere too is only a cost: ``restyled.py``). Words
the other side cut with an ellipsis, and words merely moved (within the stretch, or across
its edge when a sentence is turned round: ``moved.py``), cost nothing or little. Two
words that swap places around the same verb reverse the claim (``roles.py``). Words are
compared by ``Token.form`` (a decimal figure keeps its point).

``similarity`` = kept / (kept + cost / 2) × coverage, where kept counts the shared words
(those inside the aligned stretch, those both sides have outside it, and those moved
across its edge) and coverage is the share of the shorter text's words that lie between
its first and last shared word (or were paired at a rewritten edge, or moved).

This module aligns and weighs; the parts live beside it: the changed runs and the words
moved between them (``changed_runs.py``), the rewritten edges (``edges.py``), the
coverage (``coverage.py``) and the word diff (``word_diff.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz.distance import Indel

from reader.across.changed_runs import changed_runs, inner_cost, moved_within
from reader.across.converses import converse
from reader.across.coverage import attributed_coverage, inside_coverage, outside_alone
from reader.across.edges import edge_changes
from reader.across.moved import inner_forms, moved_across, outside_forms
from reader.across.normalise import Token, tokens
from reader.across.passive_turn import passive_turn_conflict
from reader.across.reordered import reorder
from reader.across.restrictive import restriction_clause_dropped
from reader.across.restyled import settle
from reader.across.roles import names_exchanged, passive_in_place, swapped_roles
from reader.across.thresholds import THRESHOLDS
from reader.across.turned import turned_figures
from reader.across.word_diff import DiffPart, word_diff


@dataclass(frozen=True, slots=True)
class Comparison:
    """The verdict on one candidate: its similarity in [0, 1] and the word diff."""

    similarity: float
    shared: int
    conflict: str  # "", "number", "name", "negation": what made look-alikes two claims
    diff: tuple[DiffPart, ...]
    wording: float = 0.0
    """How much of the wording the two share (Dice over the aligned words), conflict or
    not: a look-alike that is another claim is still worth showing beside its diff."""


NO_MATCH = Comparison(0.0, 0, "", ())


def compare(query: str, candidate: str) -> Comparison:
    """Compare two texts (see the module docstring)."""
    return compare_tokens(tokens(query), tokens(candidate))


REORDER_WORDS = 80
"""Longest text whose parts are put in the other's order for a second look
(``reordered.py``; the tiling is quadratic in the words)."""


def compare_tokens(q: list[Token], c: list[Token]) -> Comparison:
    """``compare`` on words already cut; a text that falls short is compared once more
    with the candidate's parts in the query's order (``reordered.py``), and the better
    verdict stands (the diff stays the first one's, in the candidate's own order)."""
    first = _compare_once(q, c)
    if (first.similarity >= THRESHOLDS.same_text or first.conflict == "roles"
            or max(len(q), len(c)) > REORDER_WORDS):
        return first  # roles are read in the texts' own orders: a reordering hides them
    told = converse(q, c)  # "Norwich LOST to Leeds" told as "Leeds BEAT Norwich"
    if told is not None:
        tried = _compare_once(q, told)
        if tried.similarity > first.similarity:
            return replace(tried, diff=first.diff)
    # the other way round only after a mere shortfall: a conflict found one way stands
    second = _compare_once(c, q) if not first.conflict else first
    if second.conflict == "roles":
        return first
    for one, other in ((q, c), (c, q)):
        turned = reorder(one, other)
        if turned is not None:
            tried = _compare_once(one, turned)
            if tried.similarity > second.similarity:
                second = tried
    if second.similarity <= first.similarity or swapped_roles(q, c) or swapped_roles(c, q):
        return first  # roles are read in the texts' own orders: "A rescued B" / "B … A"
    return Comparison(second.similarity, max(first.shared, second.shared), second.conflict,
                      first.diff, max(first.wording, second.wording))


def _compare_once(q: list[Token], c: list[Token]) -> Comparison:
    """One alignment of the two texts, in their own orders."""
    if not q or not c:
        return NO_MATCH
    ops = [op for op in Indel.opcodes([t.form for t in q], [t.form for t in c])]
    equal = [i for i, op in enumerate(ops) if op.tag == "equal"]
    shared = sum(ops[i].src_end - ops[i].src_start for i in equal)
    if shared < min(THRESHOLDS.min_shared_words, len(q), len(c)):
        return Comparison(0.0, shared, "", ())
    first, last = _solid_ends(ops, equal)
    shared = sum(ops[i].src_end - ops[i].src_start for i in equal if first <= i <= last)
    c = outside_forms(q, c, ops[first], ops[last])
    q, c = inner_forms(q, c, ops, first, last)
    runs = changed_runs(q, c, ops[first:last + 1])
    within = moved_within(q, c, runs)
    outside = outside_alone(q, c, ops[first], ops[last])
    across = moved_across(q, c, runs, *outside, skip=within)
    cost, inner = inner_cost(q, c, runs, within, across)
    edge_cost, edge, edge_words, shown = edge_changes(q, c, ops[first], ops[last], across)
    extra, conflict, edge_conflict = settle(inner, edge)
    cost += extra
    covered, moved = inside_coverage(q, c, ops[first], ops[last])
    shorter_outer = across.outer_q if len(q) <= len(c) else across.outer_c
    coverage = min(1.0, covered + (edge_words + len(shorter_outer)) / min(len(q), len(c)))
    coverage = max(coverage, attributed_coverage(q, c, ops[first], ops[last]))
    conflict = (conflict or edge_conflict
                or passive_turn_conflict(q, c, runs, across,
                                         (ops[first].src_start, ops[last].src_end),
                                         (ops[first].dest_start, ops[last].dest_end)))
    if not conflict and turned_figures(q, c, (ops[first].src_start, ops[last].src_end),
                                       (ops[first].dest_start, ops[last].dest_end)):
        conflict = "number"  # the claim turned round its attribution, with another figure
    # words both sides have outside the aligned stretch (an attribution moved, a subject
    # cut off by a rewritten verb), or one inside and one outside (a sentence turned
    # round: moved.py), are shared words too
    kept = shared + moved + across.pairs
    similarity = 0.0 if conflict else kept / (kept + (cost + edge_cost) / 2) * coverage
    if names_exchanged(q, c, changed_runs(q, c, ops)):  # edges too: "A have rescued B"
        similarity, conflict = 0.0, "roles"  # asked whatever the verdict: see compare_tokens
    if similarity and (swapped_roles(q, c) or passive_in_place(q, c, ops)):
        # asked last: only a match can reverse roles
        similarity, conflict = 0.0, "roles"
    if similarity and restriction_clause_dropped(q, c):
        similarity, conflict = 0.0, "scope"  # "pensioners WHO LIVE ALONE" / "pensioners"
    wording = min(1.0, 2 * kept / (len(q) + len(c)))
    diff = word_diff(q, c, ops, first, last, shown)
    return Comparison(round(similarity, 4), shared, conflict, diff, round(wording, 4))


def _solid_ends(ops: list, equal: list[int]) -> tuple[int, int]:
    """The first and last equal runs worth aligning on: a run of one or two words cut off
    from the rest by a longer difference is a chance meeting ("el … el"), not an anchor."""
    def size(op: Any) -> int:
        return op.src_end - op.src_start

    def gap(a: int, b: int) -> int:
        between = range(a + 1, b)
        return max(sum(size(ops[i]) for i in between),
                   sum(ops[i].dest_end - ops[i].dest_start for i in between))

    kept = list(equal)
    while len(kept) > 1 and 2 >= size(ops[kept[0]]) < gap(kept[0], kept[1]):
        kept.pop(0)
    while len(kept) > 1 and 2 >= size(ops[kept[-1]]) < gap(kept[-2], kept[-1]):
        kept.pop()
    return kept[0], kept[-1]
