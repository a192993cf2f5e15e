"""Later mentions of an organisation named in full: its short name, its own word, its
alias in brackets and its head word all take the full name as their canonical name.

Used by ``linking`` during document-level consolidation.
"""

from __future__ import annotations

from reader.analysis.evidence import Mention
from reader.analysis.names import GIVEN_NAMES
from reader.analysis.wordlist import words as word_list

_LEGAL_SUFFIXES = frozenset(
    word_list("Inc Corp Ltd Co LLC PLC Plc SA S.A S.L AG GmbH NV BV SpA Cía Ltda A/S ASA")
)


def companies_by_first_word(mentions: list[Mention]) -> None:
    """``Czech rival Kalova Stavební`` (a default guess: a person), then ``Kalova
    shareholders``, ``Kalova stock`` (a company by its context): a weakly typed
    multi-word "person" whose first word the story types a company on its own, and no
    given name opens, is that company."""
    weak = [m for m in mentions if m.label == "PER" and m.strength < 1 and len(m.words) > 1]
    if not weak:
        return  # most articles: every person typed on evidence
    bodies = {
        m.words[0]
        for m in mentions
        if len(m.words) == 1 and m.label == "ORG" and m.strength >= 2
    }
    for mention in weak:
        if mention.words[0] in bodies and mention.words[0] not in GIVEN_NAMES:
            mention.label, mention.strength = "ORG", 2.0


def short_company_names(mentions: list[Mention]) -> None:
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


def own_names(
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


def aliases(text: str, mentions: list[Mention]) -> None:
    """``Cámara Nacional ... (Canacero)``: a name in brackets right after another is its
    alias; an acronym of its initials is, even when the gazetteer knows a town so spelt
    (``Organización de Consumidores y Usuarios (OCU)``). Every mention of the alias links
    to the full name."""
    full_names: dict[str, str] = {}
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
                full_names.setdefault(mention.text, previous.canonical or previous.text)
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
            full_names.setdefault(mention.text, previous.text)
    for mention in mentions:  # every later "OCU" is the same body as its full name
        full = full_names.get(mention.text)
        if full is not None and not mention.canonical:
            mention.canonical = full


def _initials_of(name: str) -> str:
    """``Organización de Consumidores y Usuarios`` → ``OCU``: the capitals of its words."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


def head_words(mentions: list[Mention]) -> None:
    """``la Jefatura`` after ``la Jefatura Superior de Policía``: the head word of an
    organisation named in full earlier is that organisation; ``the Island`` after
    ``Prince Edward Island``, the last word of a place of three words or more named
    earlier, is that place (a two-word place's last word is often a name of its own)."""
    heads: dict[str, Mention] = {}
    tails: dict[str, Mention] = {}  # "the Island" after "Prince Edward Island": that place
    for mention in mentions:
        place = mention.label == "LOC" and mention.strength >= 3  # "Chicago" stays a place
        weak = mention.label != "PER" and not place
        alone = len(mention.words) == 1 and mention.strength < 3
        if alone and mention.words[0] in tails:
            full = tails[mention.words[0]]
            mention.label, mention.canonical = "LOC", full.canonical or full.text
        elif len(mention.words) == 1 and weak and mention.words[0] in heads:
            full = heads[mention.words[0]]
            mention.label, mention.canonical = "ORG", full.canonical or full.text
        elif place and len(mention.words) > 2:
            tails.setdefault(mention.words[-1], mention)
        elif mention.label == "ORG" and len(mention.words) > 2:
            heads.setdefault(mention.words[0], mention)
