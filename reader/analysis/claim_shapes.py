"""Shapes of a sentence that the check-worthy scorer reads: figures, money, datelines,
a speaker's appositive subject, a relative clause that only gives background, a
narration that only introduces a quotation and a copula whose complement is quoted.

Kept apart from ``claims`` (the cues and their weights) so that each module stays short.
The appositive and background rules take every word from the lexicon; the percentage
and money patterns still carry a few unit words of their own (they came first).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from reader.analysis.letters import LETTER
from reader.analysis.lexicon import Lexicon

# The leading lookaheads below name the characters a match can open with: they change no
# match, and let the engine reject most positions with one test instead of every branch.
PERCENT = re.compile(
    r"(?=[\dp])(?:\d\s?%|\bpor\s?ciento\b|\bper\s?cent\b|\bpercent\b|\bpuntos porcentuales\b|"
    r"\bpercentage points?\b)",
    re.I,
)

MONEY = re.compile(
    r"(?=[$€£¥\ddeplbyr])(?:[$€£¥]\s?\d|\d\s?(?:[$€£¥]|USD|EUR)|\b(?:dólares|euros|pesos|"
    r"libras|bolívares|dollars|euros|pounds|yuan|rublos|roubles|rubles)\b)",
    re.I,
)

WORDS = re.compile(LETTER + "+")
_DIGIT = re.compile(r"\d")

# A wire story opens with a place in capitals and often a credit: "LONDON, May 9
# (Reuters) -", "PHOENIX, Ariz. —", "SEOUL (Reuters) -", "MADRID, 3 mar (EFE).-"; or with
# a place written normally and the credit ("Lima, 7 dic 2026 (AFP) -", "Buenos Aires, 7
# de diciembre (Télam).-"); or with an agency in capitals and no dash ("MADRID, 07
# (SERVIMEDIA) La Fundación…").
DATELINE_LEAD = re.compile(
    r"[^\w\n]{0,3}[^\W\d_a-z]{3,}[^\n]{0,60}?(?:\)\s*(?:\.-|-|—|–)|\s[—–]|\s-)\s"
    r"|[^\W\d_a-z][^\W\d_]+[ ,][^\n()]{0,50}?\([^()\n]{2,30}\)\s*(?:\.-|-|—|–)\s"
    r"|[^\W\d_a-z]{3,}[^\n()]{0,50}?\([^\W\d_a-z]{3,}[^()\n\w]{0,3}\)\s"
)


@lru_cache(maxsize=8)
def _appositive(lex: Lexicon) -> re.Pattern[str]:
    """A sentence that opens with its subject in apposition: a determiner, a role, a
    comma, a name, a comma ("El ministro de Economía, Sergio Massa, atribuyó…", "The
    store's owner, David Amini, said…", "Una periodista de Radio Bilbao, Ane
    Goikoetxea, le preguntó…"). The names inside it say who speaks, not what about."""
    openers = lex.articles | lex.determiners | lex.indefinites
    words = "|".join(sorted(map(re.escape, openers), key=len, reverse=True))
    return re.compile(rf"(?:{words})\s[^,.;:«»\"“”—]{{1,80}}?,\s[^,.;:«»\"“”—]{{2,60}}?,\s", re.I)


def about_several(sentence: str, start: int, starts: list[int], count: int, lex: Lexicon) -> bool:
    """Whether the sentence names at least three actors beyond its own subject phrase:
    the org and the name of a speaker in apposition ("El jefe del Greim de Ávila, el
    sargento Luis Mateos, recordó…") are one actor, and what they said names no other."""
    if count < 3:
        return False
    lead = DATELINE_LEAD.match(sentence)
    offset = lead.end() if lead else 0
    subject = _appositive(lex).match(sentence, offset)
    if subject is None:
        return True
    inside = bisect.bisect_left(starts, start + subject.end()) - bisect.bisect_left(starts, start)
    return count - inside >= 2


@lru_cache(maxsize=8)
def _aside(lex: Lexicon) -> re.Pattern[str]:
    """A non-restrictive relative clause between commas ("Caballero, que lleva once años
    al frente del ayuntamiento, aseguró…", "Fontenot, who played beside him for 31
    years, recalled…"): when it gives its subject's tenure it is background on who
    acts, not what the sentence asserts (``_background``)."""
    words = "|".join(sorted(map(re.escape, lex.relatives), key=len, reverse=True))
    return re.compile(rf",\s(?:{words})\s[^,;:«»\"“”()]{{3,90}},", re.I)


def _background(clause: str, lex: Lexicon) -> str:
    """The clause itself, or a bare comma when it tells how long its subject has been
    at something ("que lleva once años", "who played beside him for 31 years") or since
    when ("que gestiona la lonja desde 1987"; "que ha perdido 4.000 empleos desde 2019"
    is kept: it counts something besides the year). "que presentó la demanda en 2020"
    is kept: a dated act, not a tenure; so is a clause with a sum or a percentage, and
    one that reports what someone said (", quien aseguró que … desde 2022,")."""
    words = set(WORDS.findall(clause.lower()))
    if MONEY.search(clause) or PERCENT.search(clause):
        return clause  # "que licitó el servicio por 58 millones para cinco años": a sum
    if words & lex.own_reporting:
        return clause  # ", quien aseguró que … desde 2022,": what was said, no background
    if words & lex.tenure_words:
        return ","
    if words & lex.since_words and not _counted(clause, words, lex):
        return ","  # "que gestiona la lonja desde 1987": since when, nothing counted
    return clause


# A year from 1800 to 2099 as a word of its own. The pattern opens with its digits and
# looks back for the word's start (``\b(?:1[89]|20)\d\d\b``, same matches): the engine
# skips every other character in C instead of testing a boundary at each.
YEAR = re.compile(r"(?:1[89]|20)(?<!\w..)\d\d\b")


def _counted(clause: str, words: set[str], lex: Lexicon) -> bool:
    """Whether a clause counts something besides a year ("que ha perdido 4.000 empleos
    desde 2019", "which has cut three plants since 2020")."""
    return bool(_DIGIT.search(YEAR.sub(" ", clause)) or words & lex.number_words)


def without_background(text: str, lex: Lexicon) -> str:
    """``text`` with every relative clause that only gives background replaced by a comma."""
    return _aside(lex).sub(lambda m: _background(m.group(), lex), text)


@lru_cache(maxsize=8)
def _relative_aside(lex: Lexicon) -> re.Pattern[str]:
    """A non-restrictive relative clause from its comma to the next comma or the end of
    the sentence (", que denunció los hechos en 2022,", ", who owns two boats.")."""
    words = lex.relatives | lex.relative_adverbs
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    body = r"(?:[^,;:«»\"“”()—]|,(?=\d)){3,160}"  # "1,700" is one number, no clause's end
    return re.compile(rf",\s(?:{alternatives})\s{body}(?=,|\.?\s*$)", re.I)


def without_asides(text: str, lex: Lexicon) -> str:
    """``text`` with every non-restrictive relative clause replaced by a comma, but one
    that reports what someone said (", quien aseguró que … desde 2022,", ", who said …"):
    that clause is the statement itself; nor one with a sum or a percentage: the same
    exceptions as ``_background``."""

    def drop(match: re.Match[str]) -> str:
        clause = match.group()
        if MONEY.search(clause) or PERCENT.search(clause):
            return clause  # ", where growers lost $40 million": a sum is a fact told
        words = set(WORDS.findall(clause.lower()))
        return clause if words & lex.own_reporting else ","

    return _relative_aside(lex).sub(drop, text)


_INTRODUCTION_WORDS = 16


_OPENING = re.compile(r"[«“\"]")


def before_quotes(sentence: str, lex: Lexicon) -> set[str]:
    """The factual verbs of a sentence that introduce a quoted predicate, right before
    the quotation or one word before it ("was "under control"", "es «una toma de
    beneficios»", "had been "badly designed""): the speaker's evaluation, not a fact the
    verb asserts. (A look at the two words before each quotation mark: cheaper than one
    pattern of every verb.)"""
    found: set[str] = set()
    for mark in _OPENING.finditer(sentence):
        start = mark.start()
        for word in WORDS.findall(sentence[max(0, start - 40) : start].lower())[-2:]:
            if word in lex.factual_verbs:
                found.add(word)
    return found


def introduces(outside: str | None) -> bool:
    """Whether the narration only introduces the quotation that closes the sentence
    ("La diputada Belén Hoyo fue más dura: «…»", "X lo resumió así: «…»"): its words
    say how the speaker spoke (a comparison, a copula), not a fact; the quoted words
    still count as quoted cues. A narration with a number of its own ("La Audiencia
    condenó a 12 años al acusado y lo explicó así: «…»") asserts that number."""
    if outside is None or not outside.rstrip(" .\n").endswith(":"):
        return False
    return len(outside.split()) <= _INTRODUCTION_WORDS and not _DIGIT.search(outside)
