"""The word knowledge the matcher decides with, read from data files beside this module.

- ``synonyms.txt``: groups of words and phrases newsrooms use for one another;
- ``regional_words.txt``: one thing in the words of two varieties ("ordenador"/
  "computadora", "flat"/"apartment");
- ``irregular_forms.txt``: the forms of one irregular verb ("took"/"taken", "puso"/
  "pondrá"), paired as one word;
- ``paraphrases.txt``: the broad families of news vocabulary (reporting verbs, verbs of
  action, common nouns) that make one word swapped for another a rewrite, not a new claim;
- ``opposites.txt``: the poles of scales ("rose"/"fell", "pública"/"privada");
- ``noun_markers.txt``: words after which a noun phrase begins;
- ``symbol_words.txt``: words another newsroom writes as a symbol ("per cent" / "%");
- ``number_values.txt``: what figures written as words are worth;
- ``negative_prefixes.txt``: prefixes that negate a word ("un-", "des-");
- ``hedges.txt``: words that make a statement a possibility ("could", "podría");
- ``light_swaps.txt``: function words swapped for one another ("this"/"the", "will"/
  "would");
- ``passive_markers.txt``: words before a passive's agent ("by", "por");
- ``opposite_prefixes.txt``: prefixes that make a word its opposite ("over"/"under").

Entries are folded like ``normalise.fold_word`` (lower case, no accents); an entry word
ending in ``*`` is a prefix, so one entry covers a word's inflections. Nothing here knows
a language: Spanish and English entries live side by side (a third language is more lines).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from reader.across.data_files import data_lines, data_sections
from reader.across.normalise import FUNCTION_WORDS, NEGATIONS


@dataclass(frozen=True, slots=True)
class Pattern:
    """One entry: its words, each exact or (ending in ``*``) a prefix."""

    words: tuple[str, ...]

    def matches_at(self, norms: list[str], at: int) -> bool:
        """Whether the entry's words are ``norms[at:at + len(words)]``."""
        if at + len(self.words) > len(norms):
            return False
        return all(_word_matches(want, norms[at + k]) for k, want in enumerate(self.words))


def _word_matches(want: str, word: str) -> bool:
    if want.endswith("*"):
        return word.startswith(want[:-1])
    return word == want


class PatternTable:
    """Patterns found by their first word: exact words in one dict, prefixes by length.

    With ``inflect``, an entry of one exact word also matches the word in the other
    number (``number_forms``: "vecinos" lists "vecino", "resident" lists "residents"): a
    family written with the forms its author thought of still knows the others. Only the
    plural ending, never a derivation ("enfermos" is not "enfermera"), and only one-word
    entries: a phrase's words are matched as written."""

    def __init__(self, inflect: bool = False) -> None:
        self._exact: dict[str, list[tuple[int, Pattern]]] = {}
        self._prefix: dict[int, dict[str, list[tuple[int, Pattern]]]] = {}
        self._inflect = inflect
        self._stems: dict[str, list[int]] = {}

    def add(self, label: int, pattern: Pattern) -> None:
        first = pattern.words[0]
        if first.endswith("*"):
            stem = first[:-1]
            self._prefix.setdefault(len(stem), {}).setdefault(stem, []).append((label, pattern))
        else:
            self._exact.setdefault(first, []).append((label, pattern))
            if self._inflect and len(pattern.words) == 1 and first.isalpha():
                for stem in number_forms(first):
                    self._stems.setdefault(stem, []).append(label)

    def starting(self, norms: list[str], at: int) -> list[tuple[int, int]]:
        """``(label, length)`` of every pattern that matches ``norms`` from ``at``."""
        word = norms[at]
        found = [(label, len(p.words)) for label, p in self._exact.get(word, ())
                 if p.matches_at(norms, at)]
        for size, table in self._prefix.items():
            if len(word) >= size:
                found += [(label, len(p.words)) for label, p in table.get(word[:size], ())
                          if p.matches_at(norms, at)]
        if self._inflect and word.isalpha():
            found += self._inflected(word, found)
        return found

    def listed(self, word: str, label: int) -> bool:
        """Whether ``word`` is written out whole as a one-word entry of ``label`` (not
        merely caught by a prefix)."""
        return any(found == label and len(p.words) == 1 for found, p in self._exact.get(word, ()))

    def _inflected(self, word: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The one-word entries ``word`` is another form of, not yet ``found``."""
        more: list[tuple[int, int]] = []
        for stem in number_forms(word):
            for label in self._stems.get(stem, ()):
                if (label, 1) not in found and (label, 1) not in more:
                    more.append((label, 1))
        return more


PLURALS = ("es", "s")
"""Endings that make a noun plural in both languages ("vecino|s", "resident|s",
"autocar|es"); ``number_forms`` undoes them."""
MIN_SINGULAR = 4
"""A singular shorter than this is no stem to share ("new"/"news", "arm"/"arms")."""


def number_forms(word: str) -> tuple[str, ...]:
    """``word`` and what it is the plural of, if it ends like one: two words sharing
    one of these are one noun in two numbers."""
    return (word,) + tuple(word[:-len(end)] for end in PLURALS
                           if word.endswith(end) and len(word) - len(end) >= MIN_SINGULAR)


_lines = data_lines


def _content_words(entry: str) -> tuple[str, ...]:
    """An entry's words without function words (they are ignored when matching) but
    with its negations, which the text's words keep too ("quedarse SIN" for "perder", "dejar
    SIN efecto" for "anular": the phrase pairs whole, its negation with it); a hyphen
    parts words as the text's words are cut ("all-time low" is "all time low")."""
    return tuple(w for w in entry.replace("-", " ").split()
                 if w not in FUNCTION_WORDS or w in NEGATIONS)


@cache
def synonyms() -> PatternTable:
    """Every synonym entry, labelled by its group's number (``synonyms.txt``, then the
    families of ``paraphrases.txt``, the regional words of ``regional_words.txt`` and the
    forms of ``irregular_forms.txt``: all are groups of words interchangeable in a
    rewrite)."""
    table = PatternTable(inflect=True)
    lines = (_lines("synonyms.txt") + _lines("paraphrases.txt") + _lines("regional_words.txt")
             + _lines("irregular_forms.txt"))
    for group, line in enumerate(lines):
        for entry in line.split("|"):
            words = _content_words(entry)
            if words:
                table.add(group, Pattern(words))
    return table


@cache
def poles() -> tuple[PatternTable, tuple[tuple[str, str], ...]]:
    """Every scale word, labelled by the number of its ``(scale, pole)``
    (``opposites.txt``), and the ``(scale, pole)`` of each number."""
    table = PatternTable()
    names: list[tuple[str, str]] = []
    for line in _lines("opposites.txt"):
        head, _, rest = line.partition(":")
        scale, _, pole = head.strip().rpartition(" ")
        key = (scale.strip(), pole)
        if key not in names:
            names.append(key)
        for word in rest.split():
            table.add(names.index(key), Pattern((word,)))
    return table, tuple(names)


@dataclass(frozen=True, slots=True)
class NounMarkers:
    """Words after which a noun phrase begins (see ``noun_markers.txt``)."""

    determiners: frozenset[str]
    quantifiers: frozenset[str]
    copulas: frozenset[str]
    prepositions: frozenset[str]
    verb_endings: tuple[str, ...]
    verb_endings_after_noun: tuple[str, ...]
    infinitive_markers: frozenset[str] = frozenset()

    def opens_noun(self, before: str, word: str, after_noun_or_article: bool = False) -> int:
        """Whether ``word`` after ``before`` begins a noun phrase: 2 (surely) after a
        determiner or a quantifier, or after a preposition unless it looks like a verb;
        1 (perhaps) for a verb-looking word after a preposition ("para REPARAR", "for
        HOUSING"); 0 not. A quantifier right after a noun, an article or a copula makes
        a comparison ("la temperatura más ALTA", "the most SERIOUS"), not a noun."""
        if before in self.quantifiers:
            return 0 if after_noun_or_article else 2
        if before in self.determiners:
            return 2
        if before in self.prepositions:
            return 1 if word.endswith(self.verb_endings) else 2
        return 0

    def is_marker(self, word: str) -> bool:
        """Whether ``word`` is a determiner, a quantifier or a preposition."""
        return (word in self.determiners or word in self.quantifiers
                or word in self.prepositions)

    def infinitive_after(self, before: str, word: str) -> bool:
        """Whether ``word`` after ``before`` is a verb's infinitive ("to TACKLE", "para
        REPARAR", "a REHABILITAR"): the content word after it is that verb's object."""
        return before in self.infinitive_markers or (
            before in self.prepositions and word.endswith(self.verb_endings))

    def continues_noun(self, word: str) -> bool:
        """Whether ``word`` after a noun phrase's first content word belongs to the
        phrase ("new CARS", "leyes SOCIALES"), not a verb after its subject."""
        return not word.endswith(self.verb_endings_after_noun)


@cache
def noun_markers() -> NounMarkers:
    """The lists of ``noun_markers.txt``."""
    sections = {name: [word for line in lines for word in line.split()]
                for name, lines in data_sections("noun_markers.txt").items()}
    return NounMarkers(frozenset(sections.get("determiners", ())),
                       frozenset(sections.get("quantifiers", ())),
                       frozenset(sections.get("copulas", ())),
                       frozenset(sections.get("prepositions", ())),
                       tuple(sections.get("verb endings", ())),
                       tuple(sections.get("verb endings after a noun", ())),
                       frozenset(sections.get("infinitive markers", ())))


@cache
def symbol_words() -> frozenset[str]:
    """The words of ``symbol_words.txt``."""
    return frozenset(word for line in _lines("symbol_words.txt") for word in line.split())


@cache
def negative_prefixes() -> tuple[str, ...]:
    """The prefixes of ``negative_prefixes.txt``, longest first."""
    found = {word for line in _lines("negative_prefixes.txt") for word in line.split()}
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


@cache
def hedges() -> frozenset[str]:
    """The words of ``hedges.txt``."""
    return frozenset(word for line in _lines("hedges.txt") if not line.startswith("backshift:")
                     for word in line.split())


@cache
def backshifts() -> dict[str, frozenset[str]]:
    """``hedge → the present forms it backshifts`` from ``hedges.txt`` ("could" → "can",
    "podría" → "podemos", "puedo")."""
    found: dict[str, set[str]] = {}
    for line in _lines("hedges.txt"):
        if line.startswith("backshift:"):
            for pair in line.partition(":")[2].split():
                hedge, _, present = pair.partition("=")
                found.setdefault(hedge, set()).add(present)
    return {hedge: frozenset(forms) for hedge, forms in found.items()}


@cache
def light_swaps() -> dict[str, int]:
    """``word → its group's number`` from ``light_swaps.txt``."""
    return {word: group for group, line in enumerate(_lines("light_swaps.txt"))
            for word in line.split()}


@cache
def passive_markers() -> frozenset[str]:
    """The words of ``passive_markers.txt`` ("by", "por")."""
    return frozenset(word for line in _lines("passive_markers.txt") for word in line.split())


@cache
def opposite_prefixes() -> tuple[tuple[str, str], ...]:
    """The pairs of ``opposite_prefixes.txt`` ("over", "under")."""
    return tuple((a, b) for a, b in (line.split() for line in _lines("opposite_prefixes.txt")))


@cache
def number_words() -> dict[str, tuple[bool, int]]:
    """``word → (is a multiplier, value)`` from ``number_values.txt``."""
    table: dict[str, tuple[bool, int]] = {}
    for line in _lines("number_values.txt"):
        word, value = line.split()
        table[word] = (value.startswith("x"), int(value.lstrip("x")))
    return table


MAX_FIGURE_DIGITS = 30
"""Longer runs of digits are not figures worth comparing by value (and ``int`` refuses
strings of thousands of digits)."""


@cache
def halves() -> frozenset[str]:
    """``half_words.txt``: a half after a figure adds half a unit of it ("one and a HALF",
    "dos millones y MEDIO"); alone it is a share (``shares.py``) or no figure."""
    return frozenset(word for line in _lines("half_words.txt") for word in line.split())


def figure_value(norms: list[str]) -> Fraction | None:
    """The value of a figure written in digits and words ("diez millones" → 10,000,000,
    "7000" → 7000, "4.2 billion" → 4,200,000,000), or None when a word is no figure
    ("half", "a third")."""
    words = number_words()
    total = current = Fraction(0)
    last = Fraction(1)
    after_digits = False
    for norm in _split_suffixes(norms, words):
        if _is_digits(norm):
            if len(norm) > MAX_FIGURE_DIGITS:
                return None  # no figure: a run of digits this long is not compared by value
            # "7 000" (a space between thousands) is one figure
            thousands = after_digits and len(norm) == 3 and norm.isdecimal()
            value = Fraction(norm)
            current = current * 1000 + value if thousands else current + value
            after_digits = True
            continue
        after_digits = False
        if norm in halves() and (current or total):
            # "one and a HALF" = 1.5, "two million and a half" = 2,500,000
            if current:
                current += Fraction(1, 2)
            else:
                total += last / 2
            continue
        if norm not in words:
            return None
        multiplier, value = words[norm]
        last = Fraction(value) if multiplier else last
        if not multiplier:
            current += value
        elif value == 100:
            current = (current or 1) * 100
        elif not current and 0 < total < value:
            total *= value  # "mil millones": a thousand millions
        else:
            total += (current or 1) * value
            current = 0
    return total + current


def _split_suffixes(norms: list[str], words: dict[str, tuple[bool, int]]) -> list[str]:
    """Digits with a multiplier written onto them ("3bn", "2m") as two words."""
    split: list[str] = []
    for norm in norms:
        digits = norm.rstrip("abcdefghijklmnopqrstuvwxyz")
        suffix = norm[len(digits):]
        if _is_digits(digits) and suffix and words.get(suffix, (False, 0))[0]:
            split += [digits, suffix]
        else:
            split.append(norm)
    return split


def _is_digits(norm: str) -> bool:
    """Digits, with one decimal point at most (``normalise.fold_figure``'s "4.2")."""
    whole, _, fraction = norm.partition(".")
    return whole.isdecimal() and (fraction.isdecimal() or not fraction and "." not in norm)
