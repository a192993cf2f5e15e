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

``MIN_SCORE`` is 0.75: with intact context (p = s = 1) it accepts a quote about 60 %
similar; with the context gone too (p = s = 0) even an exact quote scores at most 0.57,
so a short quote that merely reappears elsewhere is not trusted unless it is at least
``LONG_QUOTE`` code points long.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from reader.core.annotation import Anchor, Annotation, Target

MIN_SCORE = 0.75
LONG_QUOTE = 24
MAX_OCCURRENCES = 400
MAX_CANDIDATES = 12
NEAR_WINDOW = 2_000


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
