"""The hard rules of ``decision.py`` (1 to 3): what makes a changed run two claims
whatever else the texts share: a figure or a name on each side, negations or hedges that
do not agree, another scope or direction, two poles of one scale or two opposite prefixes."""

from __future__ import annotations

from reader.across.inflection import STEM
from reader.across.lexicon import opposite_prefixes, poles
from reader.across.normalise import Token
from reader.across.polarity import polarity_conflict, prefix_negation
from reader.across.scopes import scope_conflict


def hard_conflict(q_words: list[Token], c_words: list[Token]) -> str:
    """Rules 1 and 2: a figure or a name on each side; negations that do not agree; rule
    2b, another scope or direction ("ONLY"/"ALSO", "INTO"/"OUT OF": ``scopes.py``)."""
    for key in ("number", "name"):
        if any(t.key == key for t in q_words) and any(t.key == key for t in c_words):
            return key
    if prefix_negation(q_words, c_words, STEM):
        return "negation"
    return polarity_conflict(q_words, c_words) or scope_conflict(q_words, c_words)


def _pole_labels(words: list[Token]) -> set[int]:
    table, _names = poles()
    norms = [t.form for t in words]
    return {label for at in range(len(norms)) for label, _ in table.starting(norms, at)}


def opposite_unpaired(q_words: list[Token], c_words: list[Token]) -> bool:
    """Rule 3 on a whole run before any pairing, for a side that holds both poles of a
    scale where the other holds one: "was approved" / "was REFUSED approval" would pair
    the two approvals and leave the refusal a mere added word. Rules 1 and 2 keep their
    say first ("el DOBLE" / "el TRIPLE" is another figure)."""
    _table, names = poles()
    q_poles = {names[label] for label in _pole_labels(q_words)}
    c_poles = {names[label] for label in _pole_labels(c_words)}
    for one, other in ((q_poles, c_poles), (c_poles, q_poles)):
        for scale in {scale for scale, _ in one}:
            both = {p for s, p in one if s == scale}
            single = {p for s, p in other if s == scale}
            if len(both) > 1 and len(single) == 1 and single < both:
                return not hard_conflict(q_words, c_words)
    return False


def opposite(q_words: list[Token], c_words: list[Token]) -> bool:
    """Rule 3: a scale whose poles differ between the two sides, or one word with two
    opposite prefixes."""
    if _prefix_opposite(q_words, c_words):
        return True
    _table, names = poles()
    q_poles = {names[label] for label in _pole_labels(q_words)}
    c_poles = {names[label] for label in _pole_labels(c_words)}
    for scale in {scale for scale, _ in q_poles} & {scale for scale, _ in c_poles}:
        if {p for s, p in q_poles if s == scale} != {p for s, p in c_poles if s == scale}:
            return True
    return False


REST = 4
"""What follows two opposite prefixes is one word when it is at least this long
("over|charged"/"under|charged"; "in|to"/"out|to" is no word)."""


def _prefix_opposite(q_words: list[Token], c_words: list[Token]) -> bool:
    """Rule 3's prefixes: "overcharged"/"undercharged" (the same rest after each)."""
    q_forms = [t.form for t in q_words if t.key in ("", "name")]
    c_forms = [t.form for t in c_words if t.key in ("", "name")]
    for one, other in opposite_prefixes():
        for a in q_forms:
            for b in c_forms:
                for x, y in ((a, b), (b, a)):
                    rest = x[len(one):]
                    if (x.startswith(one) and y.startswith(other) and len(rest) >= REST
                            and rest == y[len(other):]):
                        return True
    return False
