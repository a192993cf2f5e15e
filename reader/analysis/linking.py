"""Document-level consolidation of entity mentions.

- Mention linking: a mention whose words are a contiguous part of a fuller person's name
  (``Herrera`` in ``María Fernanda López Herrera``) is that person; its canonical
  name is the fullest name in the article (``person_links``). Short names, aliases and
  head words of an organisation named in full link to it (``org_links``).
- One sense per document: every mention with the same canonical name takes the label
  with the strongest evidence.
- Sentence-opening words with no evidence are dropped: ``Ganaderos`` opens a sentence
  capitalised, appears nowhere else as a name, and has no gazetteer, title or list entry.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reader.analysis.evidence import Mention
from reader.analysis.names import GIVEN_NAMES
from reader.analysis.org_links import (
    aliases,
    companies_by_first_word,
    head_words,
    own_names,
    short_company_names,
)
from reader.analysis.person_links import Names, link
from reader.core.model import Entity

# A word written in lower case: a letter that is no capital, not inside another word.
_LOWER_WORD = re.compile(r"(?<![\w'’\-])[^\W\d_A-ZÀ-ÖØ-ÞА-Я][\w]*")
_WORD_CHAR = re.compile(r"\w")
_INSIDE_WORD = re.compile(r"[\w'’\-]")
# C searches of the text (one per word asked) before the set is built: a search costs
# about a hundredth of the pattern's scan, so the worst case stays under two scans.
_SEARCHES = 100


class _LowerWords:
    """Whether a word occurs in the text in lower case, as a whole word (not after an
    apostrophe or a hyphen: "d'Hondt", "pro-Kremlin"). The rules ask about a few
    capitalised mentions: the first words asked are answered by a C search for each,
    far cheaper than collecting every lower-case word of a long text; past a bound
    (many words, or a word found inside many others) the full set is built once, so a
    page of thousands of names costs one scan, never one per name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}
        self.every: set[str] | None = None
        self.searches = float(_SEARCHES)

    def __contains__(self, word: str) -> bool:
        if self.every is not None:
            return word in self.every
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = self._occurs(word)
        return found

    def _occurs(self, word: str) -> bool:
        if not _LOWER_WORD.fullmatch(word):
            return False
        self.searches -= 1
        text, size = self.text, len(word)
        at = text.find(word) if self.searches >= 0 else 0
        while at >= 0 and self.searches >= 0:
            after = at + size
            if (at == 0 or not _INSIDE_WORD.match(text, at - 1)) and not _WORD_CHAR.match(
                text, after
            ):
                return True
            at = text.find(word, at + 1)
            self.searches -= 1 / 64  # an occurrence inside another word costs a little
        if at < 0:
            return False
        self.every = set(_LOWER_WORD.findall(text))
        return word in self.every


def consolidate(
    text: str,
    mentions: list[Mention],
    keywords: frozenset[str] = frozenset(),
    name_tails: frozenset[str] = frozenset(),
) -> tuple[Entity, ...]:
    """Link, relabel and filter mentions; return the article's entities in order."""
    lower_words = _LowerWords(text)
    _one_sense(mentions)  # a first pass on surface strings, so names are typed by evidence
    companies_by_first_word(mentions)  # "Kalova Stavební" then "Kalova shareholders"
    short_company_names(mentions)
    names = Names(mentions)
    for mention in mentions:
        link(mention, names)
        if len(mention.words) == 1 and mention.label == "PER" and mention.strength <= 0:
            # Newswire names a person in full first; a lone unknown word that matches no
            # named person is more often a place (after "de") or an organisation.
            place = _OF_BEFORE.search(mention.context) and not _FIRM_OF.search(
                text, max(0, mention.start - 30), mention.start
            )
            mention.label = "LOC" if place else "ORG"
    own_names(mentions, keywords, name_tails)
    aliases(text, mentions)
    _coordinated(text, mentions)
    firm_texts = {m.text for m in mentions if not m.weak}
    kept = [m for m in mentions if _keep(m, firm_texts, lower_words, keywords)]
    _one_sense(kept)
    _capital_datelines(text, kept)
    head_words(kept)
    return tuple(
        Entity(m.start, m.end, m.label, m.text, m.canonical or m.text)  # type: ignore[arg-type]
        for m in sorted(kept, key=lambda m: m.start)
    )


def _capital_datelines(text: str, mentions: list[Mention]) -> None:
    """``SACRAMENTO`` in a dateline is the ``Sacramento`` of the text: the same place.
    A regional daily sets the town on a line of its own under the byline (``HOYOS DEL
    ESPINO``), with no dateline's tail to say it is a place: a capital line that the text
    writes again as a place is that place."""
    written = {m.text.casefold(): m for m in mentions if not m.text.isupper()}
    for mention in mentions:
        if not mention.text.isupper() or len(mention.text) <= 2:
            continue
        same = written.get(mention.text.casefold())
        if same is None or same.label != "LOC":
            continue
        if mention.label != "LOC" and _own_line(text, mention):
            mention.label = "LOC"
        if mention.label == "LOC":
            mention.canonical = same.canonical or same.text


def _own_line(text: str, mention: Mention) -> bool:
    """The mention is the whole of its line."""
    opens = not mention.start or text[mention.start - 1] == "\n"
    return opens and text[mention.end : mention.end + 1] in ("", "\n")


_AND = frozenset([" y ", " e ", " and ", " o ", " u ", " or "])
_AND_SIZES = frozenset(map(len, _AND))  # a gap of another length is read by no test


def _coordinated(text: str, mentions: list[Mention]) -> None:
    """``entre Santiago y Concepción``: a weakly typed name joined to a place is a place;
    an unknown word joined to an unknown place after ``de`` is one too."""
    _listed_places(text, mentions)
    for left, right in zip(mentions, mentions[1:], strict=False):
        if right.start - left.end not in _AND_SIZES or text[left.end : right.start] not in _AND:
            continue
        for sure, unsure in ((left, right), (right, left)):
            if (
                sure.label == "LOC"
                and (sure.strength >= 3 > unsure.strength or unsure.strength <= 0 < sure.strength)
                and (len(unsure.words) == 1 or _unnamed_pair(text, unsure))
                and unsure.label != "LOC"
            ):  # "in Taebaek and Pyeongchang", "New Brunswick or Nova Scotia"
                unsure.label, unsure.strength = "LOC", 2.0
            if (
                sure.label == "ORG"
                and sure.strength >= 3
                and len(sure.words) > 1
                and unsure.label == "PER"
                and unsure.strength < 1
                and len(unsure.words) > 1
                and unsure.canonical in ("", unsure.text)
            ):  # "Sonnecke Audiology and Ferrand Acoustique": two companies listed
                unsure.label, unsure.strength = "ORG", 2.0
        if (
            left.label == "LOC"
            and left.strength <= 0 >= right.strength
            and len(left.words) == len(right.words) == 1
            and _OF_BEFORE.search(left.context)
        ):
            right.label = "LOC"  # "los alcaldes de Degaña e Ibias": two unknown towns


def _listed_places(text: str, mentions: list[Mention]) -> None:
    """``los concejos de Caso, Sobrescobio y Laviana``, ``los alcaldes de Degaña e Ibias``:
    a list (two names or more) closed by "y" whose first name is a place its context gave
    (after a place noun or a town's head and "de") lists places; the names that follow,
    typed only by a guess, are places too."""
    index = 0
    while index < len(mentions) - 1:
        first = mentions[index]
        end = index
        while end + 1 < len(mentions) and _gap(text, mentions, end) == ", ":
            end += 1
        closed = end + 1 < len(mentions) and _gap(text, mentions, end) in _AND
        # the context's search only for a closed list opening with a place: most are not
        placed = closed and first.label == "LOC" and (
            _OF_BEFORE.search(first.context)
            or any(m.label == "LOC" and m.strength >= 3 for m in mentions[index : end + 2])
        )  # "at Aspatria, Silloth, …, Brampton and Seascale": a known town lists towns
        if placed:
            for member in mentions[index + 1 : end + 2]:
                guess = member.strength <= 0 or (len(member.words) == 1 and member.strength < 2)
                if guess and member.label != "LOC":  # "e Ibeas de Juarros": a guess only
                    member.label, member.strength = "LOC", 2.0
        index = end + 1


def _unnamed_pair(text: str, mention: Mention) -> bool:
    """Two capitalised words typed a person only by a guess, the first no given name
    ("Nova Scotia"): joined to a known place, a place too; not one placed in turn
    ("by X in Warsaw and Ondřej Kraus in Prague": a person, in parallel with X)."""
    placed = _PLACED_AFTER.match(text, mention.end) is not None
    return (
        len(mention.words) == 2
        and mention.strength < 1
        and not placed
        and (mention.words[0] not in GIVEN_NAMES)
    )


_PLACED_AFTER = re.compile(r" (?:in|at|from|en|desde) [A-ZÁÉÍÓÚÑ]")


def _gap(text: str, mentions: list[Mention], index: int) -> str:
    """The text between one mention and the next, when it is short enough to be a list's
    comma or conjunction ("" otherwise: most mentions are words apart, nothing to slice)."""
    start, end = mentions[index].end, mentions[index + 1].start
    return text[start:end] if end - start <= _LONGEST_JOIN else ""


_LONGEST_JOIN = max(len(", "), *_AND_SIZES)


# "el expresidente de Renfe", "shares of Nvidia": after these, "de"/"of" names a firm.
_FIRM_OF = re.compile(
    r"\b(?:presidente|presidenta|expresidente|expresidenta|director|directora|fundador|"
    r"fundadora|propietario|propietaria|dueño|dueña|accionistas|empleados|acciones|filial|"
    r"consejero delegado|consejera delegada|CEO|founder|owner|employees|shares|"
    r"subsidiary|chairman|chairwoman) (?:de|del|of)\s+$"
)
_OF_BEFORE = re.compile(r"\b(?:de|del|of)\s+$", re.I)


def _keyword_only(mention: Mention, keywords: frozenset[str]) -> bool:
    return mention.text.lower() in keywords


def _keep(
    mention: Mention, firm_texts: set[str], lower_words: _LowerWords, lex_words: frozenset[str]
) -> bool:
    """Drop sentence-opening words and common nouns that have no evidence of a name."""
    single = len(mention.words) == 1
    if single and mention.weak and _keyword_only(mention, lex_words):
        return False  # "Universidades públicas denuncian": a common noun opening a sentence
    if single and mention.context.endswith("¿") and mention.text.lower() in lower_words:
        return False  # "—¿Tienen suficientes medios?": a verb opening a question
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
