"""One word in two forms ("quedará"/"quedar", "crezca"/"crecerá", "cuts"/"cut") or
mistyped ("desabastecimento"): an inflection or a typo rewrites a claim without changing it
(``decision.py``'s rule 4, ``stem_pairs``).

Words sharing their first five letters are paired first (``inflected``); ``one_word``
catches what that cannot: short words ("cut"/"cuts", "rise"/"rising") and Spanish
stems that change in some forms ("quiere"/"querrá", "dijo"/"decir"). Each word is cut
into every stem an ending of ``inflections.txt`` leaves, with the stem changes listed
there undone; two words sharing such a stem are one word. Two words that differ only in
their last vowel ("caso"/"casa") are two nouns.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from os.path import commonprefix

from rapidfuzz.distance import Levenshtein

from reader.across.data_files import data_sections
from reader.across.normalise import Token
from reader.across.spelling import same_spelling

Pairs = tuple[set[int], set[int], int]
"""The positions paired on each side, and how many pairs."""

STEM = 5
"""Two words sharing their first five letters are one word inflected ("quedará",
"quedar"): a rewrite, not a new claim."""
INFLECTION_TAIL = 2
"""Letters of the shorter word an inflection may change after the shared beginning."""
LONG_STEM = 7
"""A shared beginning this long allows one more changed letter."""
TYPO_MIN = 6
"""Words this long one edit apart are one word mistyped ("desabastecimento")."""
TYPO_RUN = 4
"""Typos are looked for in runs of at most this many words a side."""
MIN_STEM = 3
"""A stem shorter than this says nothing ("a" + "s")."""
DERIVED_STEM = 4
"""Letters a stem keeps at least when a derivational ending is taken off: "fin|ance" and
"fin|ed" share no word ("finance"/"fined"), "arriv|al" and "arriv|ed" do."""
MAX_CHANGES = 2
MAX_WORD = 24
"""Letters beyond which a word is not cut into stems."""
LEMMA_RUN = 8
"""``one_word`` pairs are looked for in runs of at most this many words a side (each pair
of words is tried: a longer run is no rewrite of one word)."""
"""Stem changes undone in one word at most ("empiece": ie → e, then c → z)."""
VOWELS = frozenset("aeiou")
"""Two words that differ only in one final vowel are two nouns ("caso"/"casa",
"costa"/"coste"), not one word in two forms."""


@dataclass(frozen=True, slots=True)
class Rules:
    """The endings and the stem changes of ``inflections.txt``."""

    endings: tuple[str, ...]
    alternations: tuple[tuple[str, str], ...]
    derivations: tuple[str, ...] = ()
    """Endings that make a noun of a verb ("arriv|al", "crec|imiento", "exig|encia"),
    taken off only where ``DERIVED_STEM`` letters or more remain."""


@cache
def rules() -> Rules:
    """``inflections.txt``, read once."""
    sections = data_sections("inflections.txt")
    endings = {word for line in sections.get("endings", ()) for word in line.split()}
    pairs = tuple(tuple(line.split()) for line in sections.get("alternations", ()))
    derived = {word for line in sections.get("derivations", ()) for word in line.split()}
    return Rules(tuple(sorted(endings, key=len, reverse=True)),
                 tuple((a, b) for a, b in pairs),
                 tuple(sorted(derived, key=len, reverse=True)))


@lru_cache(maxsize=65_536)
def stems(word: str) -> frozenset[str]:
    """Every stem ``word`` may be an inflection of (itself included); a word longer than
    ``MAX_WORD`` is only itself (no language inflects such a word by its ending, and a
    hostile one must not cost a string per variant)."""
    if len(word) > MAX_WORD:
        return frozenset((word,))
    found = {word}
    for ending in rules().endings:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            stem = word[:-len(ending)]
            found.add(stem)
            if len(stem) > MIN_STEM and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                found.add(stem[:-1])  # "cutting" → "cutt" → "cut"
    for ending in rules().derivations:
        if word.endswith(ending) and len(word) - len(ending) >= DERIVED_STEM:
            found.add(word[:-len(ending)])
    changed = set(found)
    for _ in range(MAX_CHANGES):
        more = {stem.replace(a, b, 1) for stem in changed for a, b in rules().alternations
                if a in stem}
        changed |= more
    return frozenset(stem for stem in changed if len(stem) >= MIN_STEM)


def one_word(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one word in two forms (see the module docstring)."""
    if a == b:
        return True
    if not a.isalpha() or not b.isalpha() or _gender(a, b):
        return False
    return not stems(a).isdisjoint(stems(b))


def two_genders(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ only in a final vowel ("largas"/"largos"): one
    adjective agreeing with two nouns, or two nouns ("caso"/"casa")."""
    return len(a) > 2 and _gender(a, b)


def _gender(a: str, b: str) -> bool:
    """"caso"/"casa", "puertos"/"puertas", "costa"/"coste": one stem, two nouns."""
    a, b = a.removesuffix("s"), b.removesuffix("s")
    return a[:-1] == b[:-1] and a[-1:] != b[-1:] and {a[-1:], b[-1:]} <= VOWELS


def stem_pairs(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> Pairs:
    """Rule 4: one word's inflections (a shared stem), its British and American
    spellings (``spelling.py``) and typos (one edit apart; looked for only in short
    runs: a typo is one word)."""
    stems: dict[str, list[int]] = {}
    for j in c_ids:
        if len(c[j].form) >= STEM:
            stems.setdefault(c[j].form[:STEM], []).append(j)
    paired_q: set[int] = set()
    paired_c: set[int] = set()
    for i in q_ids:
        a = q[i].form
        same_stem = stems.get(a[:STEM]) if len(a) >= STEM else None
        j = next((j for j in same_stem or () if inflected(a, c[j].form)), None)
        if j is not None:
            paired_q.add(i)
            paired_c.add(j)
            same_stem.remove(j)
        elif len(q_ids) <= TYPO_RUN and len(c_ids) <= TYPO_RUN and len(a) >= TYPO_MIN:
            j = next((j for j in c_ids if j not in paired_c and len(c[j].form) >= TYPO_MIN
                      and Levenshtein.distance(a, c[j].form, score_cutoff=1) <= 1), None)
            if j is not None:
                paired_q.add(i)
                paired_c.add(j)
    for i in q_ids:  # short words, changed stems, two spellings: "cuts"/"cut", "colour"/"color"
        if i in paired_q or q[i].key != "" or max(len(q_ids), len(c_ids)) > LEMMA_RUN:
            continue
        j = next((j for j in c_ids if j not in paired_c and c[j].key == ""
                  and (one_word(q[i].form, c[j].form)
                       or same_spelling(q[i].form, c[j].form, one_word))), None)
        if j is not None:
            paired_q.add(i)
            paired_c.add(j)
    return paired_q, paired_c, len(paired_q)


def inflected(a: str, b: str) -> bool:
    """Whether two words sharing a stem are one word inflected: the shared beginning is
    all of the shorter word but its last ``INFLECTION_TAIL`` letters ("detenido"/
    "detenidas", "anunció"/"anunciará"), one more when it is long ("establecerá"/
    "establecido"). "investment"/"investigation", "comunidad"/"comunicación" share a
    beginning, not a word."""
    shared = len(commonprefix((a, b)))
    tail = min(len(a), len(b)) - shared
    return tail <= INFLECTION_TAIL or (shared >= LONG_STEM and tail <= INFLECTION_TAIL + 1)
