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
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz.distance import Indel

from reader.across.attribution import attributed
from reader.across.converses import converse
from reader.across.decision import assess
from reader.across.moved import Across, inner_forms, moved_across, outside_forms
from reader.across.normalise import Token, tokens
from reader.across.passive_turn import passive_turn_conflict
from reader.across.polarity import polarity_conflict
from reader.across.reordered import reorder, without_taken
from reader.across.restrictive import restriction_clause_dropped
from reader.across.restyled import Verdict, settle, verdict
from reader.across.roles import names_exchanged, passive_in_place, swapped_roles
from reader.across.scopes import restriction_dropped
from reader.across.thresholds import THRESHOLDS
from reader.across.turned import turned_figures


@dataclass(frozen=True, slots=True)
class DiffPart:
    """One run of the word-level diff: ``equal``, ``changed`` (both sides), ``added``
    (only in the candidate), ``missing`` (only in the query); spans in each text."""

    kind: str
    query: tuple[int, int]
    candidate: tuple[int, int]


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
    runs = _changed_runs(q, c, ops[first:last + 1])
    within = _moved(q, c, runs)
    outside = _outside_alone(q, c, ops[first], ops[last])
    across = moved_across(q, c, runs, *outside, skip=within)
    cost, inner = _inner_cost(q, c, runs, within, across)
    edge_cost, edge, edge_words, shown = _edge_changes(q, c, ops[first], ops[last], across)
    extra, conflict, edge_conflict = settle(inner, edge)
    cost += extra
    covered, moved = _coverage(q, c, ops[first], ops[last])
    shorter_outer = across.outer_q if len(q) <= len(c) else across.outer_c
    coverage = min(1.0, covered + (edge_words + len(shorter_outer)) / min(len(q), len(c)))
    coverage = max(coverage, _attributed_coverage(q, c, ops[first], ops[last]))
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
    if names_exchanged(q, c, _changed_runs(q, c, ops)):  # edges too: "A have rescued B"
        similarity, conflict = 0.0, "roles"  # asked whatever the verdict: see compare_tokens
    if similarity and (swapped_roles(q, c) or passive_in_place(q, c, ops)):
        # asked last: only a match can reverse roles
        similarity, conflict = 0.0, "roles"
    if similarity and restriction_clause_dropped(q, c):
        similarity, conflict = 0.0, "scope"  # "pensioners WHO LIVE ALONE" / "pensioners"
    wording = min(1.0, 2 * kept / (len(q) + len(c)))
    diff = _diff(q, c, ops, first, last, shown)
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


def _outside_alone(
    q: list[Token], c: list[Token], first: Any, last: Any
) -> tuple[list[int], list[int]]:
    """The positions outside the aligned stretch of each text, less the words both texts
    have outside it (``_coverage`` counts those as moved already)."""
    q_out = [*range(first.src_start), *range(last.src_end, len(q))]
    c_out = [*range(first.dest_start), *range(last.dest_end, len(c))]
    both = Counter(q[i].form for i in q_out) & Counter(c[j].form for j in c_out)
    return without_taken(q, q_out, both), without_taken(c, c_out, both)


def _coverage(q: list[Token], c: list[Token], first: Any, last: Any) -> tuple[float, int]:
    """The share of the shorter text inside the aligned region, and how many words
    outside it the other side also has outside (an attribution moved from after the
    quotation to before it): those count as covered; other trims do not."""
    q_outside = q[:first.src_start] + q[last.src_end:]
    c_outside = c[:first.dest_start] + c[last.dest_end:]
    moved = sum((Counter(t.form for t in q_outside) & Counter(t.form for t in c_outside))
                .values())
    q_inside = last.src_end - first.src_start
    c_inside = last.dest_end - first.dest_start
    if len(q) <= len(c):
        return min(1.0, (q_inside + moved) / len(q)), moved
    return min(1.0, (c_inside + moved) / len(c)), moved


def _attributed_coverage(q: list[Token], c: list[Token], first: Any, last: Any) -> float:
    """The share of the shorter text inside the aligned region or in an attribution at
    its edges ("…, the minister said": ``attribution.py``)."""
    if len(q) <= len(c):
        inside = last.src_end - first.src_start
        return (inside + attributed(q, first.src_start, last.src_end)) / len(q)
    inside = last.dest_end - first.dest_start
    return (inside + attributed(c, first.dest_start, last.dest_end)) / len(c)


EDGE_WORDS = 4
"""How many words next to an edge are judged as one change (a body's name of four words
against its short name: "the ONS" / "the Office for National Statistics"); as many words
a side are paired (covered): "los ALQUILERES HAN SUBIDO" / "del ALQUILER HA AUMENTADO"
is a rewritten opening, not a trim."""


Edge = tuple[bool, list[int], list[int]]
"""An edge both sides rewrote: (at the head?, the query's words, the candidate's words)."""


def _edge_changes(
    q: list[Token], c: list[Token], first: Any, last: Any, across: Across
) -> tuple[float, list[Verdict], int, list[Edge]]:
    """Words that differ at an edge where BOTH sides have words ("Riverton has …" and
    "Lakeside has …") are a change, not a trim: the nearest ones are judged as a change
    (``decision.judge``: a figure or a name among them is a conflict). Words the
    other side has too (moved) are skipped. Returns the cost of the changes that are
    rewrites, every change's verdict (``restyled.settle`` decides the conflicts) and how
    many words per side were paired (they count as covered) and which (they are shown as
    changed in the diff); words moved across the edge (``moved.py``) are no change."""
    shown: list[Edge] = []
    cost = 0.0
    paired = 0
    conflict = ""
    verdicts: list[Verdict] = []
    q_head, c_head = range(first.src_start), range(first.dest_start)
    q_tail, c_tail = range(last.src_end, len(q)), range(last.dest_end, len(c))
    shared_outside = ({q[i].form for i in (*q_head, *q_tail) if q[i].key != "function"}
                      & {c[j].form for j in (*c_head, *c_tail)})
    if bool(q_head) != bool(c_head) and (restriction_dropped(q, list(q_head[-1:]), c, [])
                                         or restriction_dropped(c, list(c_head[-1:]), q, [])):
        # "ONLY British citizens will vote" / "British citizens will vote": the one side's
        # head ends in a restriction of what both say (``scopes.py``)
        verdicts.append(Verdict(0.0, "scope", False))
    for head, q_side, c_side in ((True, q_head[::-1], c_head[::-1]), (False, q_tail, c_tail)):
        if q_side and c_side:
            # both texts rewrote this edge: a negation or a hedge in it counts, even
            # one beside a word both have ("Hacienda aceptará" / "Hacienda ya no …")
            conflict = conflict or polarity_conflict([q[i] for i in q_side],
                                                     [c[j] for j in c_side])
        q_ids = [i for i in q_side if q[i].form not in shared_outside
                 and i not in across.outer_q]
        c_ids = [j for j in c_side if c[j].form not in shared_outside
                 and j not in across.outer_c]
        width = min(len(q_ids), len(c_ids), EDGE_WORDS)
        if not width:
            continue
        # the nearest words, a few more than paired, so that a phrase is judged whole
        # ("la pandemia" / "la crisis sanitaria"); never dearer than the paired words
        q_near, c_near = ((_nearest(q, q_ids), _nearest(c, c_ids)) if head
                          else (q_ids[:EDGE_WORDS], c_ids[:EDGE_WORDS]))
        found = assess(q, sorted(q_near), c, sorted(c_near))
        change, why = min(found.cost, 2.0 * width), found.conflict
        if not why:
            cost += change
        verdicts.append(verdict(replace(found, cost=change), q, q_near, c, c_near))
        paired += width
        shown.append((head, _shown(q_ids, width), _shown(c_ids, width)))
    if not (q_head and c_head) and (_negated_start(q, first.src_start)
                                    or _negated_start(c, first.dest_start)):
        conflict = conflict or "negation"  # "NO hemos llegado a un acuerdo" / "Hemos …"
    if conflict:
        verdicts.append(Verdict(0.0, conflict, False))
    return cost, verdicts, paired, shown


def _shown(ids: list[int], width: int) -> list[int]:
    """The words of an edge drawn as changed: all of a short edge ("de la MERLUZA" /
    "del BONITO"), else as many as were paired (the rest is context the other side cut)."""
    return ids if len(ids) <= EDGE_WORDS else ids[:width]


def _nearest(words: list[Token], ids: list[int]) -> list[int]:
    """The words of the opening edge (where the subject stands) nearest the shared
    stretch (``ids`` run outward) up to
    ``EDGE_WORDS`` words that are not function words: "los PILOTOS de las AEROLÍNEAS que
    OPERAN en el" is judged on its content words, not on "que … en el". Past the first
    ``EDGE_WORDS`` words the reach stops at a name or a figure ("El EJECUTIVO colombiano
    anunció que suspenderá" / "Colombia paralizará": who announced is context)."""
    taken: list[int] = []
    content = 0
    for i in ids:
        if content == EDGE_WORDS or (len(taken) >= EDGE_WORDS and words[i].key != ""):
            break  # past the first words, only plain words: a name further out is context
        taken.append(i)
        content += words[i].key != "function"
    return taken


def _negated_start(words: list[Token], start: int) -> bool:
    """Whether the word right before the shared stretch negates it: a negation there
    where the other text has nothing before the stretch turns the shared claim round
    (where both have words there, ``polarity_conflict`` counts them)."""
    return start > 0 and words[start - 1].key == "negation"


def _inner_cost(
    q: list[Token], c: list[Token], runs: list[tuple[list[int], list[int]]],
    within: tuple[set[int], set[int]], across: Across,
) -> tuple[float, list[Verdict]]:
    """Words on one side only between the first and last shared word, each run judged
    as a change (``decision.judge``: what it costs, or the conflict that makes the two
    texts two claims; ``restyled.settle`` weighs the verdicts together). A word one run
    drops and another run adds is moved ("ya tiene" / "tiene ya"): it costs little and is
    no change; so does a word the other text has outside the aligned stretch
    (``across``)."""
    moved_q = within[0] | across.inner_q
    moved_c = within[1] | across.inner_c
    cost = MOVED_COST * (len(moved_q) + len(moved_c) + across.pairs)
    verdicts: list[Verdict] = []
    for q_ids, c_ids in runs:
        q_left = [i for i in q_ids if i not in moved_q]
        c_left = [j for j in c_ids if j not in moved_c]
        found = assess(q, q_left, c, c_left)
        if not found.conflict:
            cost += found.cost
        verdicts.append(verdict(found, q, q_left, c, c_left))
    return cost, verdicts


MOVED_COST = 0.25
"""What each side of a moved word costs."""


def _changed_runs(q: list[Token], c: list[Token], ops: list) -> list[tuple[list[int], list[int]]]:
    """The runs of words between two shared ones: (query positions, candidate
    positions); words the other side cut with an ellipsis are left out."""
    runs: list[tuple[list[int], list[int]]] = []
    index = 0
    index_before_run = 0
    while index < len(ops):
        op = ops[index]
        if op.tag == "equal":
            index += 1
            continue
        q_ids: list[int] = []
        c_ids: list[int] = []
        run_start = index
        while index < len(ops) and ops[index].tag != "equal":
            q_ids += range(ops[index].src_start, ops[index].src_end)
            c_ids += range(ops[index].dest_start, ops[index].dest_end)
            index += 1
        next_q = q[op.src_start] if op.src_start < len(q) else None
        next_c = c[op.dest_start] if op.dest_start < len(c) else None
        if not q_ids and next_q is not None and next_q.gap_before:
            continue  # the query cut these words with an ellipsis
        if not c_ids and next_c is not None and next_c.gap_before:
            continue
        if runs and _one_function_word_between(q, ops[index_before_run:run_start]):
            runs[-1][0].extend(q_ids)  # one phrase rewritten around "in"/"de":
            runs[-1][1].extend(c_ids)  # "invested more IN" / "put more money INTO"
        else:
            runs.append((q_ids, c_ids))
        index_before_run = index
    return runs


def _one_function_word_between(q: list[Token], between: list) -> bool:
    """Whether the equal stretch ``between`` two runs is one function word."""
    if len(between) != 1 or between[0].src_end - between[0].src_start != 1:
        return False
    return q[between[0].src_start].key == "function"


def _moved(
    q: list[Token], c: list[Token], runs: list[tuple[list[int], list[int]]]
) -> tuple[set[int], set[int]]:
    """Words dropped by one run and added by another (the same folded word); a word of a
    figure written in several words ("treinta y CINCO") is part of that figure, not a
    word moved ("… CINCO años" elsewhere)."""
    added: dict[str, dict[int, list[int]]] = {}
    for number, (_q_ids, c_ids) in enumerate(runs):
        for j in c_ids:
            if not _in_figure(c, j):
                added.setdefault(c[j].form, {}).setdefault(number, []).append(j)
    moved_q: set[int] = set()
    moved_c: set[int] = set()
    for number, (q_ids, _c_ids) in enumerate(runs):
        for i in q_ids:
            by_run = added.get(q[i].form) if not _in_figure(q, i) else None
            other = next((run for run in by_run or () if run != number), None)
            if other is None:
                continue
            moved_q.add(i)
            moved_c.add(by_run[other].pop())
            if not by_run[other]:
                del by_run[other]
    return moved_q, moved_c


FIGURE_LINKS = frozenset({"y", "and"})
"""Words between two words of one figure ("treinta Y cinco", "a hundred AND five")."""


def _in_figure(words: list[Token], i: int) -> bool:
    """Whether ``words[i]`` is a number word beside another of one figure."""
    if words[i].key != "number":
        return False
    for step in (-1, 1):
        near = i + step
        if 0 <= near < len(words) and words[near].key == "number":
            return True
        far = i + 2 * step
        if (0 <= far < len(words) and words[near].form in FIGURE_LINKS
                and words[far].key == "number"):
            return True
    return False


def _diff(q: list[Token], c: list[Token], ops: list, first: int, last: int,
          edges: Sequence[Edge] = ()) -> tuple[DiffPart, ...]:
    """The word diff over the shared region, neighbouring delete+insert shown as changed;
    words an edge rewrote on both sides ("… su EMPLEO" / "… su TRABAJO") are changed too,
    not context: a changed last word is what a fact-checker looks for."""
    parts: list[DiffPart] = [_edge_part(q, c, q_ids, c_ids) for head, q_ids, c_ids in edges
                             if head]
    index = first
    while index <= last:
        op = ops[index]
        if op.tag == "equal":
            parts.append(DiffPart("equal", _span(q, op.src_start, op.src_end),
                                  _span(c, op.dest_start, op.dest_end)))
            index += 1
            continue
        src_start, dest_start = op.src_start, op.dest_start
        src_end, dest_end = op.src_end, op.dest_end
        while index <= last and ops[index].tag != "equal":
            src_end, dest_end = ops[index].src_end, ops[index].dest_end
            index += 1
        kind = ("changed" if src_end > src_start and dest_end > dest_start
                else "added" if dest_end > dest_start else "missing")
        parts.append(DiffPart(kind, _span(q, src_start, src_end), _span(c, dest_start, dest_end)))
    parts += [_edge_part(q, c, q_ids, c_ids) for head, q_ids, c_ids in edges if not head]
    return tuple(parts)


def _edge_part(q: list[Token], c: list[Token], q_ids: list[int], c_ids: list[int]) -> DiffPart:
    """The words an edge changed, from the first to the last of them on each side."""
    return DiffPart("changed", _span(q, min(q_ids), max(q_ids) + 1),
                    _span(c, min(c_ids), max(c_ids) + 1))


def _span(words: list[Token], start: int, end: int) -> tuple[int, int]:
    """Character span of words ``start..end`` (an empty span where none)."""
    if end <= start:
        at = words[start].start if start < len(words) else (words[-1].end if words else 0)
        return at, at
    return words[start].start, words[end - 1].end
