"""The edges of an alignment that both texts rewrote: the words before the first and
after the last shared word where BOTH sides have words ("Riverton has …" / "Lakeside
has …") are a change, not a trim; the nearest are judged (``decision.assess``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reader.across.decision import assess
from reader.across.moved import Across
from reader.across.normalise import Token
from reader.across.polarity import polarity_conflict
from reader.across.restyled import Verdict, verdict
from reader.across.scopes import restriction_dropped
from reader.across.word_diff import Edge

EDGE_WORDS = 4
"""How many words next to an edge are judged as one change (a body's name of four words
against its short name: "the ONS" / "the Office for National Statistics"); as many words
a side are paired (covered): "los ALQUILERES HAN SUBIDO" / "del ALQUILER HA AUMENTADO"
is a rewritten opening, not a trim."""


def edge_changes(
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
