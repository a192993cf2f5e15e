"""Rule 2 of ``decision.py``: what turns a claim into its opposite or a possibility by
counting, not by meaning. A negation on one side more than on the other ("has"/"has
not", ``negations.txt``), a word negated by a prefix ("justified"/"UNjustified",
``negative_prefixes.txt``), a hedge on one side more than on the other ("will rise"/
"COULD rise", ``hedges.txt``; the modal it backshifts or stands for is no hedge)."""

from __future__ import annotations

from reader.across.lexicon import backshifts, hedges, negative_prefixes
from reader.across.normalise import Token

PREFIX_REST = 4
"""A word negated by a prefix keeps at least this many letters after it ("un|able"):
"in|forme" is not "forme" negated."""


def polarity_conflict(q_words: list[Token], c_words: list[Token]) -> str:
    """Rule 2 on counts alone: negations (``negation``) or hedges (``hedge``) that do not
    agree. ``compare`` also asks it of a whole edge both texts rewrote ("Hacienda
    aceptará" / "Hacienda YA NO aceptará", where the one shared word is no anchor)."""
    if _negations(q_words) != _negations(c_words):
        return "negation"
    if _hedges(q_words, c_words) != _hedges(c_words, q_words):
        return "hedge"
    return ""


def _hedges(words: list[Token], other: list[Token]) -> int:
    """Hedges in ``words``, less those backshifted from a present form in ``other``."""
    found = [t.form for t in words if t.key != "name" and t.form in hedges()]
    present = [t.form for t in other]
    for hedge in list(found):
        source = next((p for p in present if p in backshifts().get(hedge, ())), None)
        if source is not None:
            present.remove(source)
            found.remove(hedge)
    return len(found)


def prefix_negation(q_words: list[Token], c_words: list[Token], stem: int) -> bool:
    """Rule 2's prefix: a word on one side is a word of the other with a negating
    prefix ("justified"/"unjustified", "convocan"/"desconvocan": the same stem after it)."""
    q_norms = [t.form for t in q_words if t.key in ("", "name")]
    c_norms = [t.form for t in c_words if t.key in ("", "name")]
    return any(_negates(a, b, stem) or _negates(b, a, stem) for a in q_norms for b in c_norms)


def _negates(word: str, base: str, stem: int) -> bool:
    """Whether ``word`` is ``base`` (or an inflection of it) with a negating prefix."""
    for prefix in negative_prefixes():
        rest = word[len(prefix):]
        if not word.startswith(prefix) or len(rest) < PREFIX_REST:
            continue
        if rest == base or (len(rest) >= stem and rest[:stem] == base[:stem]):
            return True
    return False


def _negations(words: list[Token]) -> int:
    return sum(1 for t in words if t.key == "negation")


ADDED_CLAUSE = 3
"""Words from which a run on one side only, opening after punctuation, is a clause of its
own ("…, and that could take years, …") rather than a word hedging the shared claim."""


def added_clause(q_words: list[Token], c_words: list[Token]) -> bool:
    """Whether the change is a clause one text adds after punctuation: a hedge in it
    ("could") qualifies the added comment, not the claim both texts share ("rates could
    rise" against "rates will rise" is a change of two words on each side, never this)."""
    words = q_words or c_words
    return (not (q_words and c_words) and len(words) >= ADDED_CLAUSE
            and words[0].clause_before)
