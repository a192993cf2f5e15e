"""Document-level consolidation of entity mentions.

- Mention linking: a mention whose words are a contiguous part of a fuller person's name
  (``Velázquez`` in ``Jesús Rafael Salazar Velázquez``) is that person; its canonical
  name is the fullest name in the article.
- One sense per document: every mention with the same canonical name takes the label
  with the strongest evidence.
- Sentence-opening words with no evidence are dropped: ``Diplomáticos`` opens a sentence
  capitalised, appears nowhere else as a name, and has no gazetteer, title or list entry.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reader.analysis.entities import Mention
from reader.core.model import Entity

_LOWER_WORD = re.compile(r"(?<![\w'’\-])[^\W\d_A-ZÀ-ÖØ-ÞА-Я][\w]*")


def consolidate(
    text: str, mentions: list[Mention], keywords: frozenset[str] = frozenset()
) -> tuple[Entity, ...]:
    """Link, relabel and filter mentions; return the article's entities in order."""
    lower_words = set(_LOWER_WORD.findall(text))
    full_names = _person_names(mentions)
    for mention in mentions:
        _link(mention, full_names)
    _aliases(text, mentions)
    _coordinated(text, mentions)
    firm_texts = {m.text for m in mentions if not m.weak}
    kept = [m for m in mentions if _keep(m, firm_texts, lower_words, keywords)]
    _one_sense(kept)
    return tuple(
        Entity(m.start, m.end, m.label, m.text, m.canonical or m.text)  # type: ignore[arg-type]
        for m in sorted(kept, key=lambda m: m.start)
    )


def _aliases(text: str, mentions: list[Mention]) -> None:
    """``Cámara Nacional ... (Canacero)``: a name in brackets right after another is its alias."""
    for previous, mention in zip(mentions, mentions[1:], strict=False):
        between = text[previous.end : mention.start]
        if (
            between == " ("
            and text[mention.end : mention.end + 1] == ")"
            and len(mention.words) == 1
            and previous.label in ("ORG", "LOC", "MISC")
        ):
            mention.label = previous.label
            mention.strength = max(mention.strength, previous.strength, 2.5)


_AND = frozenset([" y ", " e ", " and "])


def _coordinated(text: str, mentions: list[Mention]) -> None:
    """``entre Santiago y Concepción``: a weakly typed name joined to a place is a place."""
    for left, right in zip(mentions, mentions[1:], strict=False):
        if text[left.end : right.start] not in _AND:
            continue
        for sure, unsure in ((left, right), (right, left)):
            if (
                sure.label == "LOC"
                and sure.strength >= 3 > unsure.strength
                and len(unsure.words) == 1
                and unsure.label != "LOC"
            ):
                unsure.label, unsure.strength = "LOC", 2.0


def _person_names(mentions: list[Mention]) -> list[Mention]:
    """Multi-word person names, each pointing to the fullest name that contains it."""
    names = [m for m in mentions if m.label == "PER" and len(m.words) > 1 and m.strength >= 0.5]
    names.sort(key=lambda m: -len(m.words))
    for mention in names:
        for longer in names:
            if len(longer.words) <= len(mention.words):
                break
            if _contains(longer.words, mention.words):
                mention.canonical = longer.canonical or longer.text
                break
        if not mention.canonical:
            mention.canonical = mention.text
    return names


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    size = len(part)
    return any(whole[i : i + size] == part for i in range(len(whole) - size + 1))


def _link(mention: Mention, full_names: list[Mention]) -> None:
    """Make a partial mention of a named person point to that person."""
    if mention.canonical:
        return
    if mention.label == "LOC" and mention.strength >= 3 and not _surname_like(mention):
        return
    if mention.label in ("ORG", "MISC") and mention.strength >= 3:
        return
    best: Mention | None = None
    for name in full_names:
        if name is mention or not _contains(name.words, mention.words):
            continue
        if mention.label == "LOC" and name.words[-len(mention.words) :] != mention.words:
            continue  # a place is linked only as a surname
        if best is None or _closer(mention, name, best):
            best = name
    if best is not None:
        mention.label = "PER"
        mention.strength = max(mention.strength, 2.5)
        mention.canonical = best.canonical or best.text
        _extend_particle(mention, best.text)


_PARTICLE_BEFORE = re.compile(
    r"(?:\b(?:de|del|de la|van|von|van der|van den|von der|da|di|du|le|al) )$"
)


def _extend_particle(mention: Mention, full: str) -> None:
    """``Mrs. de Groot``: a lower-case particle before a surname belongs to the name."""
    before = _PARTICLE_BEFORE.search(mention.context)
    if before is None:
        return
    extended = before.group() + mention.text
    if full.endswith(" " + extended) or full == extended:
        mention.start -= len(before.group())
        mention.text = extended


_PLACE_BEFORE = re.compile(r"\b(?:en|a|de|desde|hacia|in|at|to|from|near|of)\s+$", re.I)


def _surname_like(mention: Mention) -> bool:
    """A place name used as a surname (``Ibarra no respondió``): not after ``en``/``in``."""
    return len(mention.words) == 1 and not _PLACE_BEFORE.search(mention.context)


def _closer(mention: Mention, candidate: Mention, best: Mention) -> bool:
    """Prefer the nearest earlier full name, else the nearest later one."""

    def key(name: Mention) -> tuple[int, int]:
        before = name.start <= mention.start
        return (0 if before else 1, abs(mention.start - name.start))

    return key(candidate) < key(best)


def _keyword_only(mention: Mention, keywords: frozenset[str]) -> bool:
    return mention.text.lower() in keywords


def _keep(
    mention: Mention, firm_texts: set[str], lower_words: set[str], lex_words: frozenset[str]
) -> bool:
    """Drop sentence-opening words and common nouns that have no evidence of a name."""
    single = len(mention.words) == 1
    if single and mention.weak and _keyword_only(mention, lex_words):
        return False  # "Agencias europeas confirman": a common noun opening the sentence
    if mention.weak:
        if mention.strength >= 2 or mention.canonical:
            return True
        if mention.text in firm_texts:
            return True
        return not single and mention.words[0].lower() not in lower_words
    # A capitalised common noun ("Internet") that also appears in lower case is no name.
    return not (single and mention.strength < 1 and mention.text.lower() in lower_words)


def _one_sense(mentions: list[Mention]) -> None:
    """Give all mentions of one canonical name the best-supported label."""
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_name[mention.canonical or mention.text].append(mention)
    for group in by_name.values():
        if len(group) < 2:
            continue
        best = max(group, key=lambda m: (m.strength, -m.start))
        for mention in group:
            if mention.strength <= best.strength:
                mention.label = best.label
