"""The runs of differing words inside an alignment, the words merely moved from one
run to another, and what the runs cost (each judged by ``decision.assess``)."""

from __future__ import annotations

from reader.across.decision import assess
from reader.across.moved import Across
from reader.across.normalise import Token
from reader.across.restyled import Verdict, verdict

MOVED_COST = 0.25
"""What each side of a moved word costs."""


def inner_cost(
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


def changed_runs(q: list[Token], c: list[Token], ops: list) -> list[tuple[list[int], list[int]]]:
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


def moved_within(
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
