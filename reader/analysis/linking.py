"""Document-level consolidation of entity mentions.

- Mention linking: a mention whose words are a contiguous part of a fuller person's name
  (``Herrera`` in ``María Fernanda López Herrera``) is that person; its canonical
  name is the fullest name in the article.
- One sense per document: every mention with the same canonical name takes the label
  with the strongest evidence.
- Sentence-opening words with no evidence are dropped: ``Ganaderos`` opens a sentence
  capitalised, appears nowhere else as a name, and has no gazetteer, title or list entry.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from reader.analysis.evidence import Mention
from reader.analysis.wordlist import words as word_list
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
    _short_company_names(mentions)
    names = _Names(mentions)
    for mention in mentions:
        _link(mention, names)
        if len(mention.words) == 1 and mention.label == "PER" and mention.strength <= 0:
            # Newswire names a person in full first; a lone unknown word that matches no
            # named person is more often a place (after "de") or an organisation.
            place = _OF_BEFORE.search(mention.context) and not _FIRM_OF.search(
                text, max(0, mention.start - 30), mention.start
            )
            mention.label = "LOC" if place else "ORG"
    _own_names(mentions, keywords, name_tails)
    _aliases(text, mentions)
    _coordinated(text, mentions)
    firm_texts = {m.text for m in mentions if not m.weak}
    kept = [m for m in mentions if _keep(m, firm_texts, lower_words, keywords)]
    _one_sense(kept)
    _capital_datelines(kept)
    _head_words(kept)
    return tuple(
        Entity(m.start, m.end, m.label, m.text, m.canonical or m.text)  # type: ignore[arg-type]
        for m in sorted(kept, key=lambda m: m.start)
    )


def _head_words(mentions: list[Mention]) -> None:
    """``la Jefatura`` after ``la Jefatura Superior de Policía``: the head word of an
    organisation named in full earlier is that organisation."""
    heads: dict[str, Mention] = {}
    for mention in mentions:
        place = mention.label == "LOC" and mention.strength >= 3  # "Chicago" stays a place
        weak = mention.label != "PER" and not place
        if len(mention.words) == 1 and weak and mention.words[0] in heads:
            full = heads[mention.words[0]]
            mention.label, mention.canonical = "ORG", full.canonical or full.text
        elif mention.label == "ORG" and len(mention.words) > 2:
            heads.setdefault(mention.words[0], mention)


def _own_names(
    mentions: list[Mention], keywords: frozenset[str], name_tails: frozenset[str]
) -> None:
    """``Garonnais`` after ``Stade Garonnais``, ``Corvane`` after ``Corvane Digital
    Infrastructure``: the one word of a typed organisation's name that is no keyword is
    how the story names it later, so a lone mention of it that only a default guess typed
    (and no person's name contains) is that organisation."""
    owners: dict[str, Mention] = {}
    for mention in mentions:
        if mention.label != "ORG" or mention.strength < 3 or not 1 < len(mention.words) <= 4:
            continue
        own = _own_word(mention.words, keywords, name_tails)
        if own and own not in owners:
            owners[own] = mention
    if not owners:
        return
    for mention in mentions:
        full = owners.get(mention.words[0]) if len(mention.words) == 1 else None
        if full is None or mention.canonical or mention.strength >= 2.5:
            continue
        if mention.label in ("PER", "ORG"):
            mention.label, mention.strength = "ORG", 2.5
            mention.canonical = full.canonical or full.text


def _own_word(words: tuple[str, ...], keywords: frozenset[str], tails: frozenset[str]) -> str:
    """The distinctive word of an organisation's name: the only one that is no keyword,
    or the first one before an industry or a legal form ("Corvane Digital Infrastructure")."""
    named = [w for w in words if w[:1].isupper() and not _generic(w, keywords, tails)]
    if len(named) == 1:
        return named[0] if len(named[0]) > 2 and not named[0].isupper() else ""
    last = words[-1].lower().rstrip(".")
    first = words[0]
    if named and named[0] == first and last in tails and len(first) > 2 and not first.isupper():
        return first
    return ""


def _generic(word: str, keywords: frozenset[str], tails: frozenset[str]) -> bool:
    lower = word.lower().rstrip(".")
    return lower in keywords or lower in tails or word in _LEGAL_SUFFIXES


def _capital_datelines(mentions: list[Mention]) -> None:
    """``SACRAMENTO`` in a dateline is the ``Sacramento`` of the text: the same place."""
    written = {m.text.casefold(): m for m in mentions if not m.text.isupper()}
    for mention in mentions:
        if mention.label == "LOC" and mention.text.isupper() and len(mention.text) > 2:
            same = written.get(mention.text.casefold())
            if same is not None and same.label == "LOC":
                mention.canonical = same.canonical or same.text


def _aliases(text: str, mentions: list[Mention]) -> None:
    """``Cámara Nacional ... (Canacero)``: a name in brackets right after another is its
    alias; an acronym of its initials is, even when the gazetteer knows a town so spelt
    (``Organización de Consumidores y Usuarios (OCU)``). Every mention of the alias links
    to the full name."""
    aliases: dict[str, str] = {}
    for previous, mention in zip(mentions, mentions[1:], strict=False):
        between = text[previous.end : mention.start]
        if (
            between == " ("
            and text[mention.end : mention.end + 1] == ")"
            and len(mention.words) == 1
            and previous.label in ("ORG", "LOC", "MISC")
            and not (previous.label == "LOC" and previous.text.isupper())  # "MADRID (EFE)"
            and (
                mention.strength < 3.0
                or mention.label == previous.label
                or _initials_of(previous.text) == mention.text
            )
        ):
            mention.label = previous.label
            mention.strength = max(mention.strength, previous.strength, 2.5)
            if previous.label == "ORG" and len(previous.words) > 1:
                aliases.setdefault(mention.text, previous.canonical or previous.text)
        elif (
            between == " ("
            and text[mention.end : mention.end + 1] == ")"
            and mention.label == "ORG"
            and previous.label == "PER"
            and previous.strength < 2.5
            and len(previous.words) > 1
            and (
                (mention.strength >= 3 and mention.text[:1] == previous.text[:1])  # "Pemex"
                or _initials_of(previous.text) == mention.text  # "Grupo Minero Andino (GMA)"
            )
        ):
            # "Petróleos Mexicanos (Pemex)": a known body's full name, not a person
            previous.label, previous.strength = "ORG", 3.0
            aliases.setdefault(mention.text, previous.text)
    for mention in mentions:  # every later "OCU" is the same body as its full name
        full = aliases.get(mention.text)
        if full is not None and not mention.canonical:
            mention.canonical = full


def _initials_of(name: str) -> str:
    """``Organización de Consumidores y Usuarios`` → ``OCU``: the capitals of its words."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


_AND = frozenset([" y ", " e ", " and "])
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
                and sure.strength >= 3 > unsure.strength
                and len(unsure.words) == 1
                and unsure.label != "LOC"
            ):
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
    """``los concejos de Caso, Sobrescobio y Laviana``: a list closed by "y" whose first
    name is a place its context gave (after a place noun and "de") lists places; the
    one-word names that follow, typed only by a guess, are places too."""
    index = 0
    while index < len(mentions) - 2:
        first = mentions[index]
        end = index
        while end + 1 < len(mentions) and _gap(text, mentions, end) == ", ":
            end += 1
        closed = end + 1 < len(mentions) and _gap(text, mentions, end) in _AND
        if end > index and closed and first.label == "LOC" and _OF_BEFORE.search(first.context):
            for member in mentions[index + 1 : end + 2]:
                if len(member.words) == 1 and member.strength < 2 and member.label != "LOC":
                    member.label, member.strength = "LOC", 2.0
        index = end + 1


def _gap(text: str, mentions: list[Mention], index: int) -> str:
    """The text between one mention and the next, when it is short enough to be a list's
    comma or conjunction ("" otherwise: most mentions are words apart, nothing to slice)."""
    start, end = mentions[index].end, mentions[index + 1].start
    return text[start:end] if end - start <= _LONGEST_JOIN else ""


_LONGEST_JOIN = max(len(", "), *_AND_SIZES)


_LEGAL_SUFFIXES = frozenset(
    word_list("Inc Corp Ltd Co LLC PLC Plc SA S.A S.L AG GmbH NV BV SpA Cía Ltda A/S ASA")
)


def _short_company_names(mentions: list[Mention]) -> None:
    """``Thomson Reuters`` after ``Thomson Reuters Inc.``: the same organisation."""
    full: dict[tuple[str, ...], str] = {}
    for mention in mentions:
        if (
            mention.label == "ORG"
            and len(mention.words) > 1
            and mention.words[-1] in _LEGAL_SUFFIXES
        ):
            full.setdefault(mention.words[:-1], mention.text)
    for mention in mentions:
        name = full.get(mention.words)
        if name is not None and mention.strength < 3:
            mention.label, mention.strength, mention.canonical = "ORG", 3.0, name
        elif name is not None and mention.label == "ORG":
            mention.canonical = name  # typed already ("Norlake Foods"): the same company


class _Names:
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
            if mention.label == "LOC" and words[-len(mention.words) :] != mention.words:
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


def _first_surname(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """``Tormo`` names ``Salvador Tormo-Ribera``: the first of a joined double surname."""
    return len(part) == 1 and any(
        "-" in word and word.split("-")[0] == part[0] for word in whole[1:]
    )


def _contains(whole: tuple[str, ...], part: tuple[str, ...]) -> bool:
    size = len(part)
    return any(whole[i : i + size] == part for i in range(len(whole) - size + 1))


def _link(mention: Mention, names: _Names) -> None:
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


# "el expresidente de Renfe", "shares of Nvidia": after these, "de"/"of" names a firm.
_FIRM_OF = re.compile(
    r"\b(?:presidente|presidenta|expresidente|expresidenta|director|directora|fundador|"
    r"fundadora|propietario|propietaria|dueño|dueña|accionistas|empleados|acciones|filial|"
    r"consejero delegado|consejera delegada|CEO|founder|owner|employees|shares|"
    r"subsidiary|chairman|chairwoman) (?:de|del|of)\s+$"
)
_OF_BEFORE = re.compile(r"\b(?:de|del|of)\s+$", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:en|a|de|desde|hacia|in|at|to|from|near|of)\s+$", re.I)


def _surname_like(mention: Mention) -> bool:
    """A place name used as a surname (``Ibarra no respondió``): not after ``en``/``in``."""
    if len(mention.words) != 1:
        return False
    return not _PLACE_BEFORE.search(mention.context) or bool(_SOURCE_BEFORE.search(mention.context))


_SOURCE_BEFORE = re.compile(r"(?:ccording|hanks) to\s+$", re.I)


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
