"""Organisation cues in the words just before a capitalised name: a department's head
or office and "de" (``ministro de Economía``: a ministry follows) and an organisation noun
(``la patronal agraria Asaja``). Apart from ``evidence`` because ``connectors`` asks the
same two questions when it decides whether "de" joins two runs into one name; both modules
import them from here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.lexicon import Lexicon

_PREV_WORDS = re.compile(r"[\w\-]+\.?|,|[:;(“«\"]")  # as in ``evidence`` and ``teams``

# A department's head or office, then "de": the portfolio follows ("ministro de Economía",
# "la concejala de Movilidad", "los ministros de Agricultura", "el director general de
# Salud Pública"), a body even when its noun is a given name ("Salud") or typed a place.
# The leading lookahead names the letters a match opens with (ignoring case, as the
# rest): it changes no match and lets the engine skip most positions of the window in C.
_DEPARTMENT = re.compile(
    r"(?=[cdemstv])\b(?:ex-?|vice|sub)?"
    r"(?:ministros?|ministras?|ministerio|secretarios?|secretarias?|"
    r"secretaría|consejeros?|consejeras?|consejería|concejal|concejala|concejales|concejalía|"
    r"conseller|consellera|consellers|conselleria|consellería|cartera|titular|delegad[oa]s?|"
    r"direct(?:or|ora|ores) general(?:es)?|dirección general|minister|secretary)"
    r"\s+(?:de|del|of)\s+$",
    re.IGNORECASE,
)


def department_context(text: str, start: int) -> bool:
    """``ministro de Economía y Finanzas``: the name of a ministry follows."""
    tail = text[max(0, start - 40) : start].rstrip()[-3:].lower()
    if not (tail.endswith(("de", "of")) or tail == "del"):
        return False  # the pattern ends in "de"/"del"/"of" and spaces: no search needed
    return bool(_DEPARTMENT.search(text, max(0, start - 40), start))


_CLOSES_APPOSITION = frozenset(",.;:)(")


def org_noun_before(text: str, start: int, lex: Lexicon, end: int = -1) -> bool:
    """An organisation noun among the three words before the name, in its own sentence
    ("la patronal agraria Asaja"; not "… the Bureau of Meteorology. Shannon Pereira").
    Given the name's ``end``, a comma between the noun and a name no comma closes cuts
    the window: no apposition ("Appearing before the committee, X said")."""
    low = max(0, start - 40)
    low = max(low, text.rfind("\n", low, start) + 1, text.rfind(". ", low, start) + 1)
    if end >= 0 and text[end : end + 1] not in _CLOSES_APPOSITION:
        low = max(low, text.rfind(",", low, start) + 1)
    words = _PREV_WORDS.findall(text, low, start)[-3:]
    if words and _listed(words[-1].lower(), lex):
        return True  # "Sydney-listed Bandanaira Resources", "la cotizada Solaria"
    for index in range(len(words) - 1, -1, -1):
        # "The agency quoted X", "la agencia citó a X": a reporting verb after the noun
        # makes the noun its subject and the name its object, not the noun's apposition
        if words[index].lower() in lex.org_nouns:
            if not any(lex.is_reporting(w) for w in words[index + 1 :]):
                return True
            break
    return _noun_complement(text, start, lex)


def _listed(word: str, lex: Lexicon) -> bool:
    """A word saying that shares trade on a market (``listing_words``): only a company is
    listed. An entry with a leading hyphen closes a compound ("Sydney-listed")."""
    whole, endings = _listing(lex)
    return word in whole or word.endswith(endings)


@lru_cache(maxsize=4)
def _listing(lex: Lexicon) -> tuple[frozenset[str], tuple[str, ...]]:
    """``listing_words`` split once: whole words, and the endings of compounds."""
    words = lex.listing_words
    return frozenset(w for w in words if not w.startswith("-")), tuple(
        sorted(w for w in words if w.startswith("-"))
    )


_LAST_WORDS = re.compile(r"[^\W\d_]+")


def _noun_complement(text: str, start: int, lex: Lexicon) -> bool:
    """``el fabricante de palas para aerogeneradores Aspas del Sil``, ``la cadena de
    supermercados Dia``: an organisation noun, then one or two complements each a
    preposition and a lower-case word, right before the name: the noun describes it."""
    if text[start - 1 : start] != " ":
        return False
    low = max(0, start - 60)
    low = max(low, text.rfind("\n", low, start) + 1)
    span = text[low:start]
    cut = max(map(span.rfind, ",.;:()"))  # after the last mark, if any: six C searches
    if cut >= 0:
        span = span[cut + 1 :]
    words = _LAST_WORDS.findall(span)
    for pairs in (1, 2):
        if len(words) < 2 * pairs + 1 or words[-2 * pairs - 1].lower() not in lex.org_nouns:
            continue
        tail = words[-2 * pairs :]
        if all(
            preposition in lex.prepositions and word.islower() and word not in lex.function_words
            for preposition, word in zip(tail[::2], tail[1::2], strict=True)
        ):
            return True
    return False


_TWO_BEFORE = re.compile(r"([^\W\d_]+)\s+([^\W\d_]+)\s+$")


def org_noun_heads(text: str, start: int, lex: Lexicon) -> bool:
    """``la patronal Foro Marítimo del Cantábrico``, ``la asociación Foro por la
    Vivienda``: an organisation noun right before the name (at most a lower-case adjective
    between, no preposition) names what it is, even when its own head word usually makes
    an event or a work (``misc_words``: "foro", "plan", "festival")."""
    match = _TWO_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    noun, last = match.group(1).lower(), match.group(2)
    if last.lower() in lex.org_nouns:
        return True
    return noun in lex.org_nouns and last.islower() and last not in lex.function_words


_NEXT_WORDS = re.compile(r"\s+([\w\-]+)")


def party_adjective(text: str, words: tuple[str, ...], end: int, lex: Lexicon) -> bool:
    """``Liberal MLA X``, ``the Green caucus``, ``Progressive Conservative and Green
    members``: a name made only of party words, right before a noun for a party's people
    (``party_members``), maybe through a list of such names, is the party's adjective
    (MISC), not the party itself, a place or a person ("Green said" stays a name)."""
    if not lex.party_words.issuperset(map(str.lower, words)):
        return False  # asked of every mention: one C loop, no generator
    pos = end
    for _ in range(6):  # "Progressive Conservative and Green members": a short list
        match = _NEXT_WORDS.match(text, pos)
        if match is None:
            return False
        word = match.group(1)
        low = word.lower()
        if low in lex.party_members:
            return True
        if low not in ("and", "or") and not (word[0].isupper() and low in lex.party_words):
            return False
        pos = match.end()
    return False
