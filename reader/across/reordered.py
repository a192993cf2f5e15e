"""A rewrite that puts the same parts of a sentence in another order: "Patients … were
urged to get tested … after inspectors found instruments had not been sterilised, health
officials said" / "Health officials said instruments … had not been sterilised properly
and urged its patients to be tested …". One word alignment keeps only one order, so the
parts the other text put first fall outside it or into runs that pair a negation with
nothing: the claim looks changed where it was only rearranged.

``reorder`` puts the candidate's parts in the query's order before a second comparison:
the phrases both texts share (``MIN_BLOCK`` words or more, longest first, each word used
once) anchor the candidate's words to places of the query; each shared phrase carries the
candidate's words after it up to the next one; the pieces are then laid out by their
places in the query. Words keep their offsets, so a diff still points into the candidate.
Only a rewrite the shared phrases cover widely is tried (``MIN_ANCHORED``), and every rule
of the second comparison still judges each difference: a role, a figure or a negation
that differs within the parts is still another claim.
"""

from __future__ import annotations

from collections import Counter

from reader.across.decision import assess
from reader.across.normalise import Token

MIN_BLOCK = 2
"""Words a shared phrase needs to anchor a part ("Medina del Campo", "sin causar"); two
function words meet by chance ("of the") and anchor nothing."""
MIN_ANCHORED = 0.6
"""Share of the shorter text's words a reordering needs inside shared phrases."""


FACT_CONFLICTS = frozenset({"number", "name", "negation", "hedge", "scope", "opposite", "word"})
"""What the words left outside the shared phrases may not disagree on (rules 1 to 3 of
``decision.py``, and one content word swapped for another, rule 5b, which a reordering
may not soften: "desalojaron" / "fue registrado"): a rearranged sentence carries the same
facts."""


def reorder(q: list[Token], c: list[Token]) -> list[Token] | None:
    """The candidate's words in the query's order of its parts, or None when the shared
    phrases are too few to rearrange by or already stand in one order, or when the words
    outside them disagree on a fact ("aceptaron" … / … "tras RECHAZAR": a word carried
    to another part would never meet the word it stands for)."""
    blocks = _blocks(q, c)
    if sum(size for _i, _j, size in blocks) < MIN_ANCHORED * min(len(q), len(c)):
        return None
    by_c = sorted(blocks, key=lambda block: block[1])
    if [i for i, _j, _size in by_c] == sorted(i for i, _j, _size in by_c):
        return None  # one order already: the first alignment saw it whole
    if _left_over_conflict(q, c, blocks):
        return None
    pieces: list[tuple[int, list[Token]]] = [(-1, c[:by_c[0][1]])]
    for k, (i, j, _size) in enumerate(by_c):
        end = by_c[k + 1][1] if k + 1 < len(by_c) else len(c)
        pieces.append((i, c[j:end]))
    pieces.sort(key=lambda piece: piece[0])
    return [token for _at, words in pieces for token in words]


def _left_over_conflict(q: list[Token], c: list[Token],
                        blocks: list[tuple[int, int, int]]) -> bool:
    """Whether the words of each text outside the shared phrases (less single words both
    have) hold another figure, name, negation, hedge, scope or pole."""
    in_q = {i + k for i, _j, size in blocks for k in range(size)}
    in_c = {j + k for _i, j, size in blocks for k in range(size)}
    q_left = [i for i in range(len(q)) if i not in in_q]
    c_left = [j for j in range(len(c)) if j not in in_c]
    both = Counter(q[i].form for i in q_left) & Counter(c[j].form for j in c_left)
    q_left = without_taken(q, q_left, both)
    c_left = without_taken(c, c_left, both)
    return assess(q, q_left, c, c_left).conflict in FACT_CONFLICTS


def without_taken(words: list[Token], ids: list[int], taken: Counter) -> list[int]:
    """``ids`` less as many words of each form as ``taken`` counts (words both texts have
    left over are no change; compare.py uses it for the words outside the stretch too)."""
    left = Counter(taken)
    kept = []
    for i in ids:
        if left[words[i].form] > 0:
            left[words[i].form] -= 1
        else:
            kept.append(i)
    return kept


def _blocks(q: list[Token], c: list[Token]) -> list[tuple[int, int, int]]:
    """Shared phrases (query start, candidate start, length) with a word other than a
    function word, longest first, no word in two of them (greedy tiling over the common
    runs found in one pass: linear in the product of the lengths, bounded by the caller;
    a run partly taken keeps its free beginning)."""
    q_forms = [t.form for t in q]
    c_forms = [t.form for t in c]
    runs = [[0] * (len(c) + 1) for _ in range(len(q) + 1)]
    found_runs: list[tuple[int, int, int]] = []
    for i in range(len(q) - 1, -1, -1):
        row, below = runs[i], runs[i + 1]
        for j in range(len(c) - 1, -1, -1):
            if q_forms[i] == c_forms[j]:
                row[j] = below[j + 1] + 1
                if row[j] >= MIN_BLOCK:
                    found_runs.append((-row[j], i, j))
    found_runs.sort()
    taken_q = [False] * len(q)
    taken_c = [False] * len(c)
    found: list[tuple[int, int, int]] = []
    for negative, i, j in found_runs:
        size = 0
        while size < -negative and not taken_q[i + size] and not taken_c[j + size]:
            size += 1
        if size < MIN_BLOCK or all(q[k].key == "function" for k in range(i, i + size)):
            continue
        for k in range(size):
            taken_q[i + k] = True
            taken_c[j + k] = True
        found.append((i, j, size))
    return found
