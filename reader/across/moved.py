"""Words one text has inside a changed run and the other has outside the aligned stretch:
a constituent moved across the edge, as a newsroom does when it turns a sentence round.

"Police have arrested 12 people in connection with the riots …, the force said" and
"Twelve people have been arrested in connection with the riots …, police said" align on
"have … arrested in connection with the riots …": the query's "12 people" is a run it
drops inside, and the candidate's "Twelve people" lies before the aligned stretch. The
same words (a figure by its value: "12" = "twelve") are moved, not dropped and added: they
cost what a moved word costs, and the outside word counts as covered.

A word moves only when its run has no word of its kind on the other side (a figure where
the other side has no figure, a content word where it has none, a name where it has
none): "hospital" dropped where the other side wrote "dental" stays a change to judge,
even when "hospital" appears elsewhere in the other text.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.across.lexicon import figure_value
from reader.across.normalise import Token

MOVABLE = ("", "name", "number")
"""Kinds of words that may move across an edge: function words and negations never do
(a stray "the" is no constituent; a negation stays where the rules count it)."""


@dataclass(frozen=True, slots=True)
class Across:
    """Positions moved: inside runs of each text, and outside the stretch of each."""

    inner_q: frozenset[int] = frozenset()
    inner_c: frozenset[int] = frozenset()
    outer_q: frozenset[int] = frozenset()
    outer_c: frozenset[int] = frozenset()

    @property
    def pairs(self) -> int:
        """How many words moved (each a pair: one inside, one outside)."""
        return len(self.inner_q) + len(self.inner_c)


Runs = list[tuple[list[int], list[int]]]


def moved_across(
    q: list[Token], c: list[Token], runs: Runs, q_out: list[int], c_out: list[int],
    skip: tuple[set[int], set[int]] = (set(), set()),
) -> Across:
    """The words of ``runs`` found outside the aligned stretch of the other text
    (``q_out``/``c_out``: positions outside it, less those both texts have outside;
    ``skip``: words already moved from one run to another)."""
    free_q = _by_key(q, q_out)
    free_c = _by_key(c, c_out)
    inner_q: set[int] = set()
    inner_c: set[int] = set()
    outer_q: set[int] = set()
    outer_c: set[int] = set()
    for q_ids, c_ids in runs:
        for words, ids, other, other_ids, free, inner, outer, done in (
                (q, q_ids, c, c_ids, free_c, inner_q, outer_c, skip[0]),
                (c, c_ids, q, q_ids, free_q, inner_c, outer_q, skip[1])):
            kinds = {other[j].key for j in other_ids}
            for i in ids:
                if i in done or words[i].key not in MOVABLE or words[i].key in kinds:
                    continue
                found = free.get(_key(words[i]))
                if found:
                    inner.add(i)
                    outer.add(found.pop())
    return Across(frozenset(inner_q), frozenset(inner_c), frozenset(outer_q),
                  frozenset(outer_c))


def _by_key(words: list[Token], ids: list[int]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for i in reversed(ids):
        if words[i].key in MOVABLE:
            found.setdefault(_key(words[i]), []).append(i)
    return found


def _key(token: Token) -> str:
    """What two moved words share: the word, or a figure's value ("12" = "twelve")."""
    if token.key == "number":
        value = figure_value([token.form])
        if value is not None:
            return f"#{value}"
    return token.form
