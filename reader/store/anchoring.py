"""Re-anchoring an annotation in an article whose text changed.

The method of the Hypothesis web annotator, with one improvement (design note
``annotations.md``): every result carries a score and results below ``MIN_SCORE`` become
``orphan`` instead of landing in a wrong place.

1. position: ``text[start:end] == exact`` → ``exact`` (score 1);
2. exact quote elsewhere: every occurrence, chosen by prefix/suffix similarity, then
   closeness to the old position → ``moved``;
3. fuzzy quote: approximate substring search (Myers' bit-parallel algorithm) allowing
   up to ``min(256, len(exact) // 2)`` edits, first near the old position and then in
   the whole text; each candidate scored ``(50q + 20p + 20s + 2d) / 92`` → ``fuzzy``;
4. otherwise ``orphan``: the record keeps its old position and is never deleted.

A quote longer than ``LONG_FUZZY`` code points (a passage, not a claim) takes a bounded
path in step 3, because the bit-parallel search costs length × length / 64 word
operations (a 68,000-character quote took 4.7 s, one of 206,000 up to 44 s). Short
probes spread along the quote and packed at its ends are found exactly (``str.find``);
each hit proposes where the quote now starts; a banded edit distance that gives up past
a bound (``rapidfuzz``) drops chance hits; the head is aligned from the first probe found
and the tail from the last; the whole is checked against the same budget and scored the
same way. The answer is the full search's as long as one probe survives the edits.

``MIN_SCORE`` is 0.75: with intact context (p = s = 1) it accepts a quote about 60 %
similar; with the context gone too (p = s = 0) even an exact quote scores at most 0.57,
so a short quote that merely reappears elsewhere is not trusted unless it is at least
``LONG_QUOTE`` code points long.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz.distance import Levenshtein

from reader.core.annotation import Anchor, Annotation, Target

MIN_SCORE = 0.75
LONG_QUOTE = 24
MAX_OCCURRENCES = 400
MAX_CANDIDATES = 12
NEAR_WINDOW = 2_000
LONG_FUZZY = 2_000  # quotes longer than this take the bounded path (module docstring)
PROBES = 16
PROBE_LENGTH = 32
PROBE_HITS = 64  # hits per probe kept, nearest to where the probe was
EDGE = 128  # probes are packed in the first and the last EDGE characters


@dataclass(frozen=True, slots=True)
class AnchorResult:
    """Where a target lies in the new text, how it was found, and how sure we are."""

    status: str
    start: int
    end: int
    score: float


def anchor(
    target: Target | Mapping[str, Any], text: str, *, min_score: float = MIN_SCORE
) -> AnchorResult:
    """Locate ``target`` (an annotation's target, or a record's) in ``text``; see the
    module docstring."""
    typed_target = target if isinstance(target, Target) else Target.from_json(target)
    start, end = typed_target.start, typed_target.end
    quote = typed_target.quote
    exact, prefix, suffix = quote.exact, quote.prefix, quote.suffix
    if 0 <= start < end <= len(text) and text[start:end] == exact:
        return AnchorResult("exact", start, end, 1.0)
    found = _best_occurrence(text, exact, prefix, suffix, start)
    if found and (found.score >= min_score or len(exact) >= LONG_QUOTE):
        return found
    fuzzy = _best_fuzzy(text, exact, prefix, suffix, start)
    if fuzzy and fuzzy.score >= min_score:
        return fuzzy
    return AnchorResult("orphan", start, end, round(fuzzy.score if fuzzy else 0.0, 4))


def score(q: float, p: float, s: float, d: float) -> float:
    """The combined score of a candidate: quote, prefix, suffix and position closeness."""
    return (50 * q + 20 * p + 20 * s + 2 * d) / 92


def _context(text: str, begin: int, finish: int, prefix: str, suffix: str) -> tuple[float, float]:
    p = similarity(prefix, text[max(0, begin - len(prefix)):begin]) if prefix else 1.0
    s = similarity(suffix, text[finish:finish + len(suffix)]) if suffix else 1.0
    return p, s


def _closeness(text: str, new_start: int, old_start: int) -> float:
    return max(0.0, 1.0 - abs(new_start - old_start) / max(len(text), 1))


def _best_occurrence(
    text: str, exact: str, prefix: str, suffix: str, old_start: int
) -> AnchorResult | None:
    positions: list[int] = []
    at = text.find(exact)
    while at != -1 and len(positions) < 100_000:
        positions.append(at)
        at = text.find(exact, at + 1)
    if not positions:
        return None
    positions.sort(key=lambda pos: abs(pos - old_start))
    best: AnchorResult | None = None
    for pos in positions[:MAX_OCCURRENCES]:
        p, s = _context(text, pos, pos + len(exact), prefix, suffix)
        value = score(1.0, p, s, _closeness(text, pos, old_start))
        if best is None or value > best.score:
            best = AnchorResult("moved", pos, pos + len(exact), round(value, 4))
    return best


def _best_fuzzy(
    text: str, exact: str, prefix: str, suffix: str, old_start: int
) -> AnchorResult | None:
    budget = min(256, len(exact) // 2)
    if budget < 1:
        return None
    if len(exact) > LONG_FUZZY:
        return _best_fuzzy_long(text, exact, prefix, suffix, old_start)
    near_from = max(0, old_start - NEAR_WINDOW)
    near_to = min(len(text), old_start + len(exact) + NEAR_WINDOW)
    windows = [(near_from, near_to)]
    if near_from > 0 or near_to < len(text):
        windows.append((0, len(text)))
    best: AnchorResult | None = None
    for window_start, window_end in windows:
        for begin, finish, distance in _candidates(text, exact, budget, window_start, window_end):
            q = 1.0 - distance / len(exact)
            p, s = _context(text, begin, finish, prefix, suffix)
            value = score(q, p, s, _closeness(text, begin, old_start))
            if best is None or value > best.score:
                best = AnchorResult("fuzzy", begin, finish, round(value, 4))
        if best is not None and best.score >= MIN_SCORE:
            break
    return best


def _best_fuzzy_long(
    text: str, exact: str, prefix: str, suffix: str, old_start: int
) -> AnchorResult | None:
    """Step 3 for a long quote, in about linear work (see the module docstring)."""
    budget = min(256, len(exact) // 2)
    best: AnchorResult | None = None
    for group in _probe_groups(text, exact, budget, old_start):
        if not _near_enough(text, exact, group[0][1] - group[0][0], budget):
            continue
        begin = _head_start(text, exact, group[0], budget)
        finish = _tail_end(text, exact, group[-1], budget)
        if finish - begin < len(exact) - budget:
            continue
        distance = Levenshtein.distance(exact, text[begin:finish], score_cutoff=budget)
        if distance > budget:
            continue
        p, s = _context(text, begin, finish, prefix, suffix)
        value = score(1.0 - distance / len(exact), p, s, _closeness(text, begin, old_start))
        if best is None or value > best.score:
            best = AnchorResult("fuzzy", begin, finish, round(value, 4))
    return best


def _near_enough(text: str, exact: str, start: int, budget: int) -> bool:
    """A cheap filter before aligning, so a chance hit of one probe costs no alignment.

    A true match ``text[b:f]`` within the budget has ``|b - start| <= budget`` and
    ``f - b <= len(exact) + budget``, so it lies in the window below, which exceeds it by
    at most ``4 × budget`` characters: the quote is within ``5 × budget`` edits of it."""
    window = text[max(0, start - budget):start + len(exact) + 2 * budget]
    return Levenshtein.distance(exact, window, score_cutoff=5 * budget) <= 5 * budget


def _probe_offsets(length: int) -> list[int]:
    """Where probes are taken: spread along the quote, and packed at both ends."""
    step = (length - PROBE_LENGTH) / (PROBES - 1)
    spread = {round(index * step) for index in range(PROBES)}
    edges = {offset for index in range(EDGE // PROBE_LENGTH)
             for offset in (index * PROBE_LENGTH, length - (index + 1) * PROBE_LENGTH)}
    return sorted(spread | edges)


def _probe_groups(text: str, exact: str, budget: int,
                  old_start: int) -> list[list[tuple[int, int]]]:
    """Candidate places, each a list of ``(offset in quote, hit in text)``, most first.

    An exact hit of the probe taken at ``offset`` says the quote starts at
    ``hit - offset``, give or take the edits; hits whose starts lie within ``budget`` of
    the group's first are one candidate. Each group is in quote order."""
    pairs = [(hit - offset, offset, hit) for offset in _probe_offsets(len(exact))
             for hit in _hits(text, exact[offset:offset + PROBE_LENGTH], old_start + offset)]
    pairs.sort()
    groups: list[list[tuple[int, int, int]]] = []
    for pair in pairs:
        if groups and pair[0] - groups[-1][0][0] <= budget:
            groups[-1].append(pair)
        else:
            groups.append([pair])
    groups.sort(key=lambda group: (-len(group), abs(group[0][0] - old_start)))
    return [sorted((offset, hit) for _, offset, hit in group)
            for group in groups[:MAX_CANDIDATES]]


def _hits(text: str, probe: str, near: int) -> list[int]:
    """Where ``probe`` occurs in ``text``, the ``PROBE_HITS`` nearest to ``near``."""
    hits: list[int] = []
    at = text.find(probe)
    while at != -1 and len(hits) < 100 * PROBE_HITS:
        hits.append(at)
        at = text.find(probe, at + 1)
    return sorted(hits, key=lambda hit: abs(hit - near))[:PROBE_HITS]


def _head_start(text: str, exact: str, sync: tuple[int, int], budget: int) -> int:
    """The quote's start: the fewest edits aligning ``exact[:offset]`` to the text
    ending at the first probe's hit (longest-to-shortest ties go to the same length)."""
    offset, hit = sync
    if offset == 0:
        return hit
    low = max(0, hit - offset - budget)
    distances = prefix_distances(exact[:offset][::-1], text[low:hit][::-1])
    length = min(range(len(distances)), key=lambda n: (distances[n], abs(n - offset)))
    return hit - length


def _tail_end(text: str, exact: str, sync: tuple[int, int], budget: int) -> int:
    """The quote's end: the fewest edits aligning the rest of the quote to the text
    from the last probe's hit (ties: the earliest end, as the full search's)."""
    offset, hit = sync
    rest = exact[offset:]
    distances = prefix_distances(rest, text[hit:hit + len(rest) + budget])
    return hit + distances.index(min(distances))


def _candidates(
    text: str, pattern: str, budget: int, window_start: int, window_end: int
) -> list[tuple[int, int, int]]:
    """Approximate matches ``(start, end, edits)`` of ``pattern`` in a window of ``text``."""
    window = text[window_start:window_end]
    ends = search_ends(pattern, window)
    runs: list[tuple[int, int]] = []  # (edits, end) of the best end in each run of hits
    run_best: tuple[int, int] | None = None
    for position, edits in enumerate(ends, start=1):
        if edits <= budget:
            if run_best is None or edits < run_best[0]:
                run_best = (edits, position)
        elif run_best is not None:
            runs.append(run_best)
            run_best = None
    if run_best is not None:
        runs.append(run_best)
    runs.sort()
    found = []
    for edits, end in runs[:MAX_CANDIDATES]:
        begin = _start_of_match(pattern, window, end, budget)
        found.append((window_start + begin, window_start + end, edits))
    return found


def _start_of_match(pattern: str, window: str, end: int, budget: int) -> int:
    """The start that gives the fewest edits for a match ending at ``end``."""
    lo = max(0, end - len(pattern) - budget)
    reversed_text = window[lo:end][::-1]
    distances = prefix_distances(pattern[::-1], reversed_text)
    best_length = min(
        range(len(distances)),
        key=lambda length: (distances[length], abs(length - len(pattern))),
    )
    return end - best_length


def _peq(pattern: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for index, char in enumerate(pattern):
        table[char] = table.get(char, 0) | (1 << index)
    return table


def _myers(pattern: str, text: str, *, anchored: bool) -> list[int]:
    """Myers/Hyyrö bit-parallel edit distances along ``text``.

    ``anchored=False`` (search): entry j-1 is the fewest edits turning ``pattern`` into
    some substring of ``text`` ending at j. ``anchored=True``: entry j is the edit
    distance between ``pattern`` and ``text[:j]`` (entry 0 included).
    """
    m = len(pattern)
    peq = _peq(pattern)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, current = mask, 0, m
    out = [m] if anchored else []
    for char in text:
        eq = peq.get(char, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            current += 1
        elif mh & high:
            current -= 1
        ph = ((ph << 1) | 1) & mask if anchored else (ph << 1) & mask
        mh = (mh << 1) & mask
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv
        out.append(current)
    return out


def search_ends(pattern: str, text: str) -> list[int]:
    """Fewest edits of ``pattern`` against a substring of ``text`` ending at each j ≥ 1."""
    return _myers(pattern, text, anchored=False)


def prefix_distances(pattern: str, text: str) -> list[int]:
    """Edit distance between ``pattern`` and ``text[:j]`` for every j from 0."""
    return _myers(pattern, text, anchored=True)


def similarity(a: str, b: str) -> float:
    """1 − edit distance / longer length (1.0 for two empty strings)."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    distance = prefix_distances(a, b)[-1]
    return max(0.0, 1.0 - distance / max(len(a), len(b)))


def reanchor(annotation: Annotation, text: str, digest: str, now: str) -> Annotation:
    """``annotation`` re-anchored in ``text`` (hash ``digest``) at time ``now``.

    A found target gets its new position and the article's new hash; an orphan keeps
    its old position and hash, so nothing about where it was is lost.
    """
    result = anchor(annotation.target, text)
    moved = replace(annotation, anchor=Anchor(result.status, result.score, now))
    if result.status == "orphan":
        return moved
    return replace(moved, target=replace(annotation.target, start=result.start, end=result.end),
                   article=replace(annotation.article, text_sha256=digest))


def reanchor_record(record: Mapping[str, Any], text: str, digest: str,
                    now: str) -> dict[str, Any]:
    """``reanchor`` for a record dict, which may be partial (a copy comes back)."""
    result = anchor(record["target"], text)
    updated = {**record, "anchor": {"status": result.status, "score": result.score,
                                    "checked_at": now}}
    if result.status != "orphan":
        updated["target"] = {"position": {"start": result.start, "end": result.end},
                             "quote": dict(record["target"]["quote"])}
        updated["article"] = {**record["article"], "text_sha256": digest}
    return updated
