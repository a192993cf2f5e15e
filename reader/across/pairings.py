"""Rule 4 of ``decision.py`` and rule 3's other half: the words of a changed run that
pair with words on the other side as one meaning (synonyms and paraphrase families, the
same pole of a scale, agreeing negations, function words of one group); each pairing
returns the positions paired on each side and how many pairs."""

from __future__ import annotations

from collections.abc import Callable

from reader.across.inflection import STEM, Pairs, inflected
from reader.across.lexicon import light_swaps, poles, synonyms
from reader.across.normalise import FUNCTION_WORDS, Token
from reader.across.spelling import respelled

LEAD = 2
"""Shared content words before a changed word from which a list's phrase may begin
("power STATION" / "power PLANT")."""


def _runs(
    words: list[Token], ids: list[int], table_starting: Callable[[list[str], int], list]
) -> dict[int, set[int]]:
    """Label → the positions (indices into ``words``) its patterns cover, over the
    content words (function words are skipped, as in the data files). A pattern covers a
    word of ``ids`` and may reach into the words both texts share, after it ("RAMPED up"
    / "STEPPED up") or up to ``LEAD`` words before it ("power STATION" / "power PLANT")."""
    wanted = set(ids)
    content = [i for i in range(len(words)) if words[i].form not in FUNCTION_WORDS or
               words[i].key == "negation"]
    norms = [words[i].form for i in content]
    found: dict[int, set[int]] = {}
    starts = {at - back for at in range(len(norms)) if content[at] in wanted
              for back in range(LEAD + 1) if at - back >= 0}
    for at in sorted(starts):
        starting = [(label, size) for label, size in table_starting(norms, at)
                    if wanted.intersection(content[at:at + size])]
        word = norms[at]
        for variant in () if starting else respelled(word, 1) - {word}:
            # the lists spell one way ("neighbour*"), the text the other ("neighborhood")
            norms[at] = variant
            starting += table_starting(norms, at) if content[at] in wanted else []
        norms[at] = word
        for label, size in starting:
            found.setdefault(label, set()).update(content[at:at + size])
    return found


def synonym_pairs(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> Pairs:
    """Rule 4: the words of one synonym group found on both sides (a phrase for a
    word counts once: "stood up for" for "defended"). The groups covering most words
    pair first: "presidente del Gobierno"/"jefe del Ejecutivo" is one office, not
    "Gobierno"/"Ejecutivo" and two other words."""
    q_found = _runs(q, q_ids, synonyms().starting)
    c_found = _runs(c, c_ids, synonyms().starting)
    paired_q: set[int] = set()
    paired_c: set[int] = set()
    pairs = 0
    shared = q_found.keys() & c_found.keys()
    for label in sorted(shared, key=lambda k: (-len(q_found[k]) - len(c_found[k]), k)):
        if q_found[label] & paired_q or c_found[label] & paired_c:
            continue
        q_norms = {q[i].form for i in q_found[label]}
        c_norms = {c[j].form for j in c_found[label]}
        if q_norms == c_norms or _one_prefix_two_words(q_norms, c_norms, label):
            continue
        paired_q |= q_found[label]
        paired_c |= c_found[label]
        pairs += 1
    return paired_q, paired_c, pairs


def _one_prefix_two_words(q_norms: set[str], c_norms: set[str], label: int) -> bool:
    """Two words one prefix entry caught ("invest*": "investment"/"investigation") that
    share a stem without being one word inflected: two words, not synonyms. Two words the
    family writes out whole ("spokesman | spokesperson") are its own pair."""
    if len(q_norms) != 1 or len(c_norms) != 1:
        return False
    a, b = next(iter(q_norms)), next(iter(c_norms))
    if synonyms().listed(a, label) and synonyms().listed(b, label):
        return False
    return a[:STEM] == b[:STEM] and not inflected(a, b)


def pole_pairs(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> Pairs:
    """Rule 3's other half: two words on the same pole ("cut"/"reduced")."""
    table, _names = poles()
    q_found = _runs(q, q_ids, table.starting)
    c_found = _runs(c, c_ids, table.starting)
    paired_q: set[int] = set()
    paired_c: set[int] = set()
    pairs = 0
    for label in sorted(q_found.keys() & c_found.keys()):
        if q_found[label] & paired_q or c_found[label] & paired_c:
            continue
        paired_q |= q_found[label]
        paired_c |= c_found[label]
        pairs += 1
    return paired_q, paired_c, pairs


def negation_pairs(
    q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]
) -> Pairs:
    """Negations on both sides, as many as agree ("nunca"/"jamás")."""
    q_neg = [i for i in q_ids if q[i].key == "negation"]
    c_neg = [j for j in c_ids if c[j].key == "negation"]
    size = min(len(q_neg), len(c_neg))
    return set(q_neg[:size]), set(c_neg[:size]), size


LIGHT_KEYS = ("function", "")
"""The words ``light_swaps.txt`` may pair: its lists hold function words only."""


def swap_pairs(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> Pairs:
    """Rule 4: function words of one group of ``light_swaps.txt`` ("this"/"the"), also
    when one is the verb before a figure ("HAS 40,000" / "HAD 40,000", normalise.py)."""
    groups = light_swaps()
    free: dict[int, list[int]] = {}
    for j in c_ids:
        if c[j].key in LIGHT_KEYS and c[j].form in groups:
            free.setdefault(groups[c[j].form], []).append(j)
    paired_q: set[int] = set()
    paired_c: set[int] = set()
    for i in q_ids:
        found = free.get(groups.get(q[i].form, -1)) if q[i].key in LIGHT_KEYS else None
        if found:
            paired_q.add(i)
            paired_c.add(found.pop(0))
    return paired_q, paired_c, len(paired_q)
