"""Partial mentions of a named person: ``Herrera`` after ``María Fernanda López Herrera``.

A mention whose words are a contiguous part of a fuller person's name in the article is
that person (nearest full name before it, else after it); its canonical name is the
fullest one. Used by ``linking`` during document-level consolidation.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from reader.analysis.evidence import Mention


class Names:
    """Multi-word person names of an article, indexed by word for fast linking."""

    def __init__(self, mentions: list[Mention]) -> None:
        found = [m for m in mentions if m.label == "PER" and len(m.words) > 1 and m.strength >= 0.5]
        self.starts: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.text: dict[tuple[str, ...], str] = {}
        for mention in found:
            self.starts[mention.words].append(mention.start)
            self.text.setdefault(mention.words, mention.text)
        ordered = sorted(self.text, key=len, reverse=True)
        self.by_word: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for words in ordered:
            for word in set(words):
                self.by_word[word].append(words)
            for word in words[1:]:
                if "-" in word:  # "Tormo" after "Salvador Tormo-Ribera": the first surname
                    self.by_word[word.split("-")[0]].append(words)
        self.canonical: dict[tuple[str, ...], str] = {}
        for words in ordered:  # longest first, so a longer name is resolved before
            longer = next(
                (w for w in self.by_word[words[0]] if len(w) > len(words) and _contains(w, words)),
                None,
            )
            self.canonical[words] = self.canonical[longer] if longer else self.text[words]
        for mention in found:
            mention.canonical = self.canonical[mention.words]

    def nearest(self, mention: Mention) -> tuple[str, ...] | None:
        """The full name containing the mention, nearest before it (else after it)."""
        best: tuple[str, ...] | None = None
        best_key = (2, 0)
        for words in self.by_word.get(mention.words[0], ()):
            if words == mention.words or not (
                _contains(words, mention.words) or _first_surname(words, mention.words)
            ):
                continue
            if mention.label == "LOC" and not _as_surname(words, mention.words):
                continue  # a place is linked only as a surname
            starts = self.starts[words]
            index = bisect.bisect_right(starts, mention.start)
            if index:
                key = (0, mention.start - starts[index - 1])
            else:
                key = (1, starts[0] - mention.start)
            if key < best_key:
                best, best_key = words, key
        return best


def _as_surname(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """The part ends the full name, or is one word of its surnames after the given name
    (``Ibarra`` for ``Ramón Ibarra Goñi``: Spanish copy shortens a name to the first
    surname)."""
    if whole[-len(part) :] == part:
        return True
    return len(part) == 1 and len(whole) >= 3 and part[0] in whole[1:]


def _first_surname(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """``Tormo`` names ``Salvador Tormo-Ribera``: the first of a joined double surname."""
    return len(part) == 1 and any(
        "-" in word and word.split("-")[0] == part[0] for word in whole[1:]
    )


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    size = len(part)
    return any(whole[i : i + size] == part for i in range(len(whole) - size + 1))


def link(mention: Mention, names: Names) -> None:
    """Make a partial mention of a named person point to that person."""
    if mention.canonical:
        return
    if mention.label == "LOC" and mention.strength >= 3 and not _surname_like(mention):
        return
    if mention.label in ("ORG", "MISC") and mention.strength >= 2.5:
        return
    best = names.nearest(mention)
    if best is not None:
        mention.label = "PER"
        mention.strength = max(mention.strength, 2.5)
        mention.canonical = names.canonical[best]
        _extend_particle(mention, names.text[best])


_PARTICLE_BEFORE = re.compile(
    r"(?:\b(?:[dD]e|[dD]el|[dD]e la|[vV]an|[vV]on|[vV]an der|[vV]an den|[vV]on der|[dD]a|[dD]i|"
    r"[dD]u|[lL]e|al) )$"
)


def _extend_particle(mention: Mention, full: str) -> None:
    """``Mrs. de Groot``: a particle before a surname belongs to the name, also written
    with a capital where it opens a sentence or the full name has it inside ("De Santis
    añadió" after "Gianluca De Santis Marchetti", "Del Valle" after "Ana del Valle")."""
    before = _PARTICLE_BEFORE.search(mention.context)
    if before is None:
        return
    extended = before.group() + mention.text
    if f" {extended.lower()} " in f" {full.lower()} " and full.lower() != mention.text.lower():
        mention.start -= len(before.group())
        mention.text = extended


_PLACE_BEFORE = re.compile(r"\b(?:en|a|de|desde|hacia|in|at|to|from|near|of)\s+$", re.I)


def _surname_like(mention: Mention) -> bool:
    """A place name used as a surname (``Ibarra no respondió``): not after ``en``/``in``."""
    if len(mention.words) != 1:
        return False
    return not _PLACE_BEFORE.search(mention.context) or bool(_SOURCE_BEFORE.search(mention.context))


_SOURCE_BEFORE = re.compile(r"(?:ccording|hanks) to\s+$", re.I)
