"""Swaps judged by their shape where no list knows the words: two compounds of one head
("mudslide"/"landslide", ``compound_heads.txt``) pair as a rewrite, and a phrasal verb
("stepped DOWN", ``particles.txt``) counts as one word in rule 5b.

Rule 5b (``decision.py``) calls one content word against one other a different claim
unless a list pairs them; the lists cannot hold every compound a newsroom coins. A head
shared at the end of both words, with a first part of ``FIRST`` letters or more on each
side, names one kind of thing: the two words pair as a rewrite (rule 4), at a synonym's
cost. A particle after a changed verb is part of that verb: "stepped down" / "was
cleared" is one verb swapped for another (a different claim), not a phrase rewritten.
"""

from __future__ import annotations

from functools import cache

from reader.across.data_files import data_lines
from reader.across.inflection import Pairs
from reader.across.normalise import Token

FIRST = 3
"""Letters a compound's first part has at least ("mud|slide"; "s|lide" is no compound)."""


@cache
def compound_heads() -> tuple[str, ...]:
    """The heads of ``compound_heads.txt``, longest first (the longest head decides)."""
    heads = set(data_lines("compound_heads.txt"))
    return tuple(sorted(heads, key=lambda head: (-len(head), head)))


@cache
def particles() -> frozenset[str]:
    """The particles of ``particles.txt`` ("down", "off")."""
    return frozenset(data_lines("particles.txt"))


def particle_of(words: list[Token], i: int, ids: list[int]) -> bool:
    """Whether ``words[i]`` is the particle of a changed verb right before it ("stepped
    DOWN" / "was cleared"): with its verb one word, so rule 5b still sees one word swapped
    for one other, not a phrase rewritten."""
    return (words[i].form in particles() and i - 1 in ids and words[i - 1].key == ""
            and words[i - 1].form not in particles())


def before_infinitive(words: list[Token], i: int, ids: list[int]) -> bool:
    """Whether ``words[i]`` is a changed verb before "to" and another changed verb
    ("MANAGED to SAVE" / "had to AMPUTATE"): the verb after "to" carries the claim, so
    rule 5b sees one word swapped for one other."""
    return (i + 2 < len(words) and words[i + 1].form == "to" and i + 2 in ids
            and words[i].key == "" and words[i + 2].key == "")


def one_head(a: str, b: str) -> bool:
    """Whether two different words are two compounds of one listed head."""
    if a == b:
        return False
    for head in compound_heads():
        if (a.endswith(head) and b.endswith(head)
                and len(a) - len(head) >= FIRST and len(b) - len(head) >= FIRST):
            return True
    return False


def head_pairs(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> Pairs:
    """Rule 4: content words, one a side, that are two compounds of one head; each word
    pairs once ("a HAILSTORM flooded" / "a THUNDERSTORM flooded": one kind of storm, so
    neither rule 5 nor rule 5b calls it another subject or another word)."""
    paired_q: set[int] = set()
    paired_c: set[int] = set()
    for i in q_ids:
        if q[i].key != "":
            continue
        for j in c_ids:
            if j not in paired_c and c[j].key == "" and one_head(q[i].form, c[j].form):
                paired_q.add(i)
                paired_c.add(j)
                break
    return paired_q, paired_c, len(paired_q)


def one_verb(words: list[Token], i: int, ids: list[int]) -> bool:
    """Whether ``words[i]`` is part of a verb counted once in rule 5b: a particle after
    its verb or a verb before "to" and its infinitive."""
    return particle_of(words, i, ids) or before_infinitive(words, i, ids)
