"""Check-worthy sentences: a score in [0, 1] and the reasons behind it.

A sentence is a candidate when it asserts something a checker can verify: figures,
percentages, money, dates with events, comparisons and superlatives, statements
attributed to someone, and factual statements about named entities. Each cue adds weight;
the reasons are shown to the user, so the score is explainable, never a verdict.
Headings and captions are never candidates.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.lexicon import Lexicon
from reader.core.model import Claim, Entity

THRESHOLD = 0.45
_PERCENT = re.compile(
    r"\d\s?%|\bpor\s?ciento\b|\bper\s?cent\b|\bpercent\b|\bpuntos porcentuales\b|"
    r"\bpercentage points?\b",
    re.I,
)
_MONEY = re.compile(
    r"[$€£¥]\s?\d|\d\s?(?:[$€£¥]|USD|EUR)|\b(?:dólares|euros|pesos|libras|bolívares|dollars|"
    r"euros|pounds|yuan|rublos|roubles|rubles)\b",
    re.I,
)
_NUMBER = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WORDS = re.compile(r"[^\W\d_]+")
_WEIGHTS = {
    "percentage": 0.55,
    "money": 0.5,
    "figure": 0.45,
    "comparison": 0.3,
    "superlative": 0.3,
    "date": 0.25,
    "attribution": 0.35,
    "entity+factual-verb": 0.3,
    "quantity-word": 0.25,
    "entity": 0.15,
}
_SUPERLATIVE = {
    "es": re.compile(
        r"\b(?:el|la|los|las)\s+(?:más|menos|mayor|menor|mejor|peor|primer[oa]?|únic[oa]|"
        r"segund[oa]s?|tercer[oa]?s?|cuart[oa]s?|quint[oa]s?)\b",
        re.I,
    ),
    "en": re.compile(
        r"\bthe\s+(?:most|least|first|only|largest|biggest|highest|lowest|best|worst|second|"
        r"third|fourth|fifth)\b",
        re.I,
    ),
}


def _reasons(
    sentence: str, entity_count: int, has_quote: bool, attributed: bool, lex: Lexicon
) -> list[str]:
    reasons: list[str] = []
    if _PERCENT.search(sentence):
        reasons.append("percentage")
    if _MONEY.search(sentence):
        reasons.append("money")
    digits = _NUMBER.search(sentence) is not None
    if digits and not reasons:
        reasons.append("figure")
    if _YEAR.search(sentence):
        reasons.append("date")
    words = [w.lower() for w in _WORDS.findall(sentence)]
    wordset = set(words)
    if wordset & lex_months(lex) and "date" not in reasons:
        reasons.append("date")
    if not digits and wordset & lex_numbers(lex):
        reasons.append("quantity-word")
    if wordset & lex_comparative(lex):
        reasons.append("comparison")
    if _SUPERLATIVE[lex.code].search(sentence):
        reasons.append("superlative")
    if attributed or has_quote:
        reasons.append("attribution")
    if entity_count and wordset & lex_factual(lex):
        reasons.append("entity+factual-verb")
    elif entity_count:
        reasons.append("entity")
    return reasons


def lex_months(lex: Lexicon) -> frozenset[str]:
    from reader.analysis import lexicon_en, lexicon_es

    return lexicon_es.MONTHS if lex.code == "es" else lexicon_en.MONTHS


def lex_numbers(lex: Lexicon) -> frozenset[str]:
    from reader.analysis import lexicon_en, lexicon_es

    return lexicon_es.NUMBER_WORDS if lex.code == "es" else lexicon_en.NUMBER_WORDS


def lex_comparative(lex: Lexicon) -> frozenset[str]:
    from reader.analysis import lexicon_en, lexicon_es

    return lexicon_es.COMPARATIVE if lex.code == "es" else lexicon_en.COMPARATIVE


def lex_factual(lex: Lexicon) -> frozenset[str]:
    from reader.analysis import lexicon_en, lexicon_es

    return lexicon_es.FACTUAL_VERBS if lex.code == "es" else lexicon_en.FACTUAL_VERBS


def score_sentences(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    excluded: list[tuple[int, int]],
    entities: tuple[Entity, ...],
    quotes: list[tuple[int, int]],
    lex: Lexicon,
) -> tuple[Claim, ...]:
    """Score every sentence outside headings and captions; keep those above the threshold."""
    starts = [e.start for e in entities]
    quote_starts = [q[0] for q in quotes]
    claims: list[Claim] = []
    for start, end in sentences:
        if any(s <= start < e for s, e in excluded):
            continue
        sentence = text[start:end]
        count = bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)
        has_quote = bisect.bisect_left(quote_starts, end) > bisect.bisect_left(quote_starts, start)
        attributed = _attributed(sentence, lex)
        reasons = _reasons(sentence, count, has_quote, attributed, lex)
        score = min(1.0, sum(_WEIGHTS[r] for r in reasons))
        if score >= THRESHOLD:
            claims.append(Claim(start, end, round(score, 2), tuple(reasons)))
    return tuple(claims)


def _attributed(sentence: str, lex: Lexicon) -> bool:
    lowered = sentence.lower()
    if any(phrase in lowered for phrase in lex.according):
        return True
    return any(lex.is_reporting(w) for w in _WORDS.findall(sentence))
