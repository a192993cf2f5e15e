"""Context cues around a candidate name that say what kind of name it is.

The words before it (``shares of X``, ``head of research at X``), the apposition or noun
after it (``Maersk, the Danish shipping group,``; ``the FNV union``; ``X analyst Jane
Roe``; ``Coos and Umatilla counties``) and the keyword test shared by every name rule.
Split from ``evidence``, which weighs these cues against gazetteers and lists.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.lexicon import Lexicon


def is_keyword(word: str, keywords: frozenset[str]) -> bool:
    """``word`` (or its singular: ``Consejos`` → ``consejo``) is in ``keywords``."""
    lower = word.lower().rstrip(".")
    if lower in keywords:
        return True
    return len(lower) > 4 and (
        lower[:-1] in keywords or (lower.endswith("es") and lower[:-2] in keywords)
    )


_ORG_BEFORE = frozenset(
    [
        ("shares", "of"),
        ("shares", "in"),
        ("stock", "of"),
        ("stake", "in"),
        ("acciones", "de"),
        ("participación", "en"),
        ("títulos", "de"),
        # a company's workforce, unions and owners ("los sindicatos de Renfe")
        ("plantilla", "de"),
        ("trabajadores", "de"),
        ("empleados", "de"),
        ("sindicatos", "de"),
        ("accionistas", "de"),
        ("employees", "of"),
        ("workers", "at"),
        ("shareholders", "of"),
    ]
)
_ORG_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:shares|stock|stake|shareholders|board|said in a statement|"
    r"dijo en un comunicado|informó en un comunicado|cotiza|cotizan|shares? (?:rose|fell))\b",
    re.IGNORECASE,
)


def org_context(text: str, end: int, before: list[str], lex: Lexicon) -> bool:
    """Cues that a name is a company or institution: "shares of X", "X's shares",
    "X said in a statement", "an economist at X" (a workplace, not a place)."""
    lowered = [w.lower() for w in before[-3:]]
    if len(lowered) >= 2 and (lowered[-2], lowered[-1]) in _ORG_BEFORE:
        return True
    if len(lowered) >= 2 and lowered[-1] in ("at", "de", "del") and lowered[-2] in lex.workers:
        return True
    if lowered and lowered[-1] == "at" and _role_phrase_before(before[:-1], lex):
        return True  # "head of soft commodities research at Caldera Markets"
    return bool(_ORG_AFTER.match(text, end, end + 40))


def _role_phrase_before(before: list[str], lex: Lexicon) -> bool:
    """A role or a job in the few lower-case words before ("head of research")."""
    for word in reversed(before[-7:]):
        lower = word.lower()
        if not word.islower():
            return False
        if lower in lex.workers or lower in lex.role_nouns:
            return True
    return False


@lru_cache(maxsize=8)
def _org_heads(lex: Lexicon) -> frozenset[str]:
    """Organisation nouns and name keywords, joined once per lexicon (not per name)."""
    return lex.org_nouns | lex.org_words


def noun_cue(window: list[str], lex: Lexicon) -> str:
    """The type an apposition's noun phrase gives a name (``window`` in reading order).

    A role noun anywhere makes a person ("el portavoz de la empresa"); otherwise the head
    noun decides ("la agencia de noticias" is an organisation); an organisation noun
    after "de"/"of" names whom a person works for ("la vocera de la asociación").
    """
    if any(w in lex.titles or w in lex.role_nouns or w in lex.kin_nouns for w in window):
        return "PER"  # "her husband, Stelios,": kin are people too
    if window and window[-1].partition("-")[2] in lex.age_nouns:
        return "PER"  # "her 11-year-old, Jayden,": an age used as a noun is a person
    index = 0
    while index < len(window) and window[index] in lex.determiners:
        index += 1
    orgs = _org_heads(lex)
    if index < len(window) and window[index] in orgs:
        return "ORG"
    for position in range(index + 1, len(window)):
        if window[position] in orgs:
            linked = any(w in ("de", "del", "of", "for") for w in window[index:position])
            return "PER" if linked else "ORG"
    return ""


_APPOSITION_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s+(?:the|a|an|its|his|her|their|el|la|los|las|un|una|su|sus)\s+([^,.;:()\"“”«»]{1,60})"
)
_NEXT_NOUN = re.compile(r"\s+(?:news\s+|state\s+)?([a-z][\w\-]*)")


def after_cue(text: str, end: int, lex: Lexicon, start: int = 0) -> str:
    """``Maersk, the Danish shipping group,``; ``the FNV union``: a noun after the name."""
    match = _APPOSITION_AFTER.match(text, end, end + 80)
    if match is not None:
        window = [w.lower() for w in re.findall(r"[\w\-]+", match.group(1))[:6]]
        cue = noun_cue(window, lex)
        if cue:
            return cue
    noun = _NEXT_NOUN.match(text, end, end + 30)
    if noun is not None and noun.group(1) in lex.org_nouns:
        return "ORG"
    if noun is not None and noun.group(1) in lex.holiday_nouns:
        return "MISC"  # "the Chuseok holiday", "the Diwali festival": a feast's name
    named_after = noun is not None and text[noun.end(1) + 1 : noun.end(1) + 2].isupper()
    if named_after and noun.group(1) in lex.workers:
        return "ORG"  # "Morningstar analyst Grace Liu": the analyst's employer
    paired = text[max(0, start - 5) : start].endswith((" and ", " y ", " e "))
    if noun is not None and (
        noun.group(1) in lex.loc_nouns or (paired and _loc_noun(noun.group(1), lex))
    ):
        return "LOC"  # "the Kōtō ward", "Coos and Umatilla counties"
    pair = _PAIR_THEN_NOUN.match(text, end, end + 60)
    if pair is not None and pair.group(1).endswith("s") and _loc_noun(pair.group(1), lex):
        return "LOC"  # "Coos and Umatilla counties": both names take the plural noun
    return ""


_PAIR_THEN_NOUN = re.compile(r" (?:and|y|e) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? ([a-z]+)\b")


def _loc_noun(word: str, lex: Lexicon) -> bool:
    """A place noun, or its plural ("county", "counties", "provincias")."""
    if word in lex.loc_nouns or is_keyword(word, lex.loc_nouns):
        return True
    return word.endswith("ies") and word[:-3] + "y" in lex.loc_nouns


_CLAUSE_WORD = re.compile(r"[^\W\d_][\w'’-]*|[,:;(“«\"—–]")
_CLAUSE_STOPS = frozenset(",:;(“«\"—–")


def role_headed_apposition(text: str, sent_start: int, start: int, lex: Lexicon) -> bool:
    """``La presidenta de la Federación Empresarial Hotelera de Mallorca, Nahia Nwosu``,
    ``el secretario general de la Confederación …, X``: a noun phrase headed by a person's
    role (an article, the role noun, at most two modifiers, then its "de" complement
    naming the employer), a comma, then the name in apposition. The head noun, not the
    last noun of its complement, says what the name is, however long the employer's
    name (a short window sees only "Federación …" and calls the name a body)."""
    if text[max(sent_start, start - 2) : start].strip() != ",":
        return False
    window = _CLAUSE_WORD.findall(text, max(sent_start, start - 160), start)[:-1]
    for index in range(len(window) - 2, 0, -1):
        word = window[index]
        if word in _CLAUSE_STOPS:
            return False  # the phrase before the comma has no role at its head
        if word.islower() and window[index - 1].lower() in lex.articles and job_noun(word, lex):
            modifiers = window[index + 1 : index + 4]
            return any(
                w in ("de", "del", "of") and all(m.islower() for m in modifiers[:k])
                for k, w in enumerate(modifiers)
            )
    return False


def job_noun(word: str, lex: Lexicon) -> bool:
    """A noun for a person's office or job: listed, or with a job's ending."""
    return word in lex.titles or word in lex.role_nouns or word.endswith(lex.job_endings)


_COMPLEMENT_LINKS = frozenset(["of", "for", "de", "del"])


def role_with_complement(before: list[str], lex: Lexicon) -> bool:
    """``director of rugby Fergus Mulhane``, ``chief of staff X``, ``head of research X``:
    a role noun whose ``of``/``for`` complement is one or two lower-case common nouns
    still stands right before the name of the person holding it (a capitalised
    complement is a body: ``director of Acme``)."""
    for size in (1, 2):
        if len(before) < size + 2:
            return False
        complement = before[-size:]
        link, role = before[-size - 1], before[-size - 2]
        if not all(w.islower() and w not in lex.function_words for w in complement):
            return False
        if link in _COMPLEMENT_LINKS and role.lower() in lex.role_nouns:
            return True
    return False
