"""Rule 2b of ``decision.judge``: the SCOPE or DIRECTION of a claim changed.

"ONLY pensioners will receive it" / "pensioners will ALSO receive it" and "crossed INTO
Poland" / "crossed OUT OF Poland" share every content word, and a newsroom restyling the
sentence elsewhere makes them look like one claim; a fact-checker checks two. The scales
and their positions are data (``scope_words.txt``); a phrase of one position on one side
of a changed run and of another position of the same scale on the other is a conflict
named after the scale. A position on one side only is left to the costs (a rewrite drops
and adds "also", "especially"), but for the restrictions of the ``alone`` line: "ONLY
British citizens will vote" / "British citizens will vote" drops a restriction, another
claim, unless a figure follows ("only 3 %" / "3 %": emphasis)."""

from __future__ import annotations

from functools import cache

from reader.across.data_files import data_lines
from reader.across.normalise import Token

Scale = tuple[str, tuple[tuple[tuple[str, ...], ...], ...]]
"""A scale's name and its positions, each a tuple of phrases (tuples of words)."""


@cache
def scales() -> tuple[Scale, ...]:
    """The scales of ``scope_words.txt``."""
    found: list[Scale] = []
    for line in data_lines("scope_words.txt"):
        name, _, rest = line.partition(":")
        if name.strip() == "alone":
            continue
        positions = tuple(
            tuple(tuple(phrase.split()) for phrase in group.split(",") if phrase.strip())
            for group in rest.split(" / "))
        found.append((name.strip(), positions))
    return tuple(found)


def _positions(forms: list[str], positions: tuple[tuple[tuple[str, ...], ...], ...]
               ) -> set[int]:
    """The positions of one scale that some phrase in ``forms`` stands for."""
    held: set[int] = set()
    for number, phrases in enumerate(positions):
        for phrase in phrases:
            size = len(phrase)
            if any(tuple(forms[at:at + size]) == phrase for at in range(len(forms))):
                held.add(number)
    return held


def scope_conflict(q_words: list[Token], c_words: list[Token]) -> str:
    """The scale ("scope", "direction") whose positions differ between the two sides of
    one changed run, both sides holding one; "" if none."""
    if not q_words or not c_words:
        return ""
    q_forms = [t.form for t in q_words]
    c_forms = [t.form for t in c_words]
    for name, positions in scales():
        q_held = _positions(q_forms, positions)
        c_held = _positions(c_forms, positions)
        if q_held and c_held and q_held != c_held:
            return name
    return ""


@cache
def restrictions() -> tuple[tuple[str, ...], ...]:
    """The phrases of the ``alone:`` line of ``scope_words.txt``."""
    for line in data_lines("scope_words.txt"):
        name, _, rest = line.partition(":")
        if name.strip() == "alone":
            return tuple(tuple(phrase.split()) for phrase in rest.split(",") if phrase.strip())
    return ()


def _restricts(words: list[Token], ids: list[int]) -> bool:
    """Whether the changed words ``ids`` hold a restriction ("only") that no figure
    follows in its text (function words between: "solo al 23 %")."""
    for phrase in restrictions():
        size = len(phrase)
        for at in ids:  # the changed words only: a long text costs no more
            if (tuple(t.form for t in words[at:at + size]) == phrase
                    and not _figure_next(words, at + size)):
                return True
    return False


def _figure_next(words: list[Token], at: int) -> bool:
    """Whether the first word from ``at`` that is no function word is a figure ("only
    3 %", "solo AL 23 %")."""
    while at < len(words) and words[at].key == "function":
        at += 1
    return at < len(words) and words[at].key == "number"


def restriction_dropped(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]
                        ) -> bool:
    """A restriction on one side of a changed run and no word of its scale on the other
    ("ONLY British citizens" / "British citizens"): another claim."""
    scope = next((positions for name, positions in scales() if name == "scope"), ())
    for words, ids, other, other_ids in ((q, q_ids, c, c_ids), (c, c_ids, q, q_ids)):
        if _restricts(words, ids) and not _positions([other[j].form for j in other_ids],
                                                     scope):
            return True
    return False


def scale_of(word: str) -> str:
    """The scale one folded word stands on ("" if none): for tests and the docs."""
    for name, positions in scales():
        if any(phrase == (word,) for phrases in positions for phrase in phrases):
            return name
    return ""
