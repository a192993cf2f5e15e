"""Numbers that only date or name something, for the check-worthy scorer: an age, a
number inside a name ("la A-4", "Antena 3", "el Zamora Basket 2014"), a year, a day of a
month. What is left after them was counted by the reporter.

Kept apart from ``claims`` (the cues and their weights) so that each module stays short.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.claim_shapes import WORDS, YEAR
from reader.analysis.lexicon import Lexicon

# A number inside a name is no count: roads, models, groups ("A-4", "F-16", "G-20", "Covid-19").
_NAMED_NUMBER = re.compile(r"\b[^\W\d_]{1,6}-\d{1,4}\b")
# An age ("un hombre de 29 años", "a sus 80 años", "since he was 19", "desde que tenía 16
# años"), not a term: "una pena de 12 años de prisión" and "un plazo de 10 años para pagar"
# are durations, checkable figures.
_AGE = re.compile(  # the lookahead names the characters a match opens with: fewer tries
    r"(?=[dacsw,\d])(?:\b(?:de\s(?:entre\s)?|a\ssus\s)\d{1,3}(?:\sy\s\d{1,3})?\s+años\b"
    r"(?!\s+(?:de(?!\s+edad\b)|para|por)\b)|,\s\d{1,3},"
    r"|\baged\s(?:between\s)?\d{1,3}(?:\s(?:and|to)\s\d{1,3})?\b|\b\d{1,3}-year-old\b"
    r"|\b(?:since|when)\s(?:he|she|I|they|we)\s(?:was|were)\s\d{1,2}\b(?![.,]?\d|\s?%)"
    r"|\b(?:desde\sque|cuando)\s(?:tenía|tenían)\s\d{1,2}\s+años\b)",
    re.IGNORECASE,
)
# What every match of ``_AGE`` holds: one of these words (lower case, with the letters
# the pattern's case-blind "s" and "i" also match: "ſ", "ı"), or a comma, a space and a
# digit. A sentence's word set answers the first in one C test, a literal scan the second:
# most sentences skip the costlier pattern.
_AGE_WORDS = frozenset(
    ["años", "aged", "year", "since", "when", "ſince", "sınce", "ſınce"]
)
_COMMA_NUMBER = re.compile(r",\s\d")


def may_hold_age(text: str, words: set[str]) -> bool:
    """Whether ``_AGE`` may match ``text``; ``words`` are its lower-case words."""
    return not words.isdisjoint(_AGE_WORDS) or _COMMA_NUMBER.search(text) is not None


def uncounted(
    text: str, months: set[str], lex: Lexicon, words: set[str] | None = None
) -> str:
    """``text`` without the numbers that only say when or name something: a day of a
    month ("12 de junio", "July 1", "jueves 12"), a year, a person's age ("de 41 años",
    "Voss, 71,") and a number inside a name ("la A-4"). What is left was counted.
    ``words`` are the text's lower-case words, when the caller has them."""
    if words is None:
        words = set(WORDS.findall(text.lower()))
    if may_hold_age(text, words):
        text = _AGE.sub(" ", text)
    if "-" in text:
        text = _NAMED_NUMBER.sub(" ", text)
    if months:
        text = lex.day_of_month.sub(" ", text)
    return YEAR.sub(" ", text)


# A number right after a capitalised word inside the sentence: part of a name ("Renta 4",
# "Antena 3", "el Zamora Basket 2014", "BBC Radio 4") unless an amount follows it.
# The pattern opens with the capital and then looks back past it for the word and space
# before (same matches as a lookbehind first): the engine skips to capitals in C.
NAME_NUMBER = re.compile(
    r"([^\W\d_a-zß-ÿ](?<=[\w,] .)[^\W\d_]+)\s\d{1,4}\b(?![.,:/-]?\d|\s?%)(\s+[^\W\d_]+)?"
)


def unnamed(text: str, lex: Lexicon) -> str:
    """``text`` without the numbers that end a name ("la gestora Renta 4 advierte"): no
    count and no year. A month ("March 5", "Sept 28") or an amount or a span of years
    after the number ("fined Harbourline Bank 42 million pounds", "the United States 25
    years ago") keeps it."""

    def strip(match: re.Match[str]) -> str:
        name, after = match.group(1), (match.group(2) or "")
        if not name[0].isupper() or name.lower() in lex.months | lex.short_dates:
            return match.group()
        amounts = lex.number_words | lex.money_words | lex.percent_words | lex.tenure_words
        if after.strip().lower() in amounts:  # "en Estados Unidos 25 años después"
            return match.group()
        return f"{name} {after}"

    return NAME_NUMBER.sub(strip, text)


@lru_cache(maxsize=8)
def _governors(lex: Lexicon) -> frozenset[str]:
    """Articles, determiners and "ago" words, joined once per lexicon (not per sentence)."""
    return lex.articles | lex.determiners | lex.ago_words


def counted_in_words(lowered: str, lex: Lexicon) -> bool:
    """Whether the (lower-case) narration counts something in words: a number word right
    before a content word ("pide cinco años de cárcel", "hicimos catorce denuncias",
    "lasted three weeks"). Wires write small numbers in words by style, so the count is as
    checkable as "5 años". Not a known group named by its size ("los cuatro magistrados",
    "his two dogs": an article or determiner before it), not a part of a whole ("dos de
    los heridos", "la mitad de": a function word after it), not a when ("hace seis días",
    "six days ago")."""
    found = list(WORDS.finditer(lowered))
    words = [match.group() for match in found]
    if lex.number_words.isdisjoint(words):
        return False  # most sentences count nothing in words: skip the walk
    before = _governors(lex)
    for index, word in enumerate(words[:-1]):
        if word not in lex.number_words or (index and words[index - 1] in before):
            continue
        if not lowered[found[index].end() : found[index + 1].start()].isspace():
            continue  # "half-staff", "de nueve, murieron": no noun counted
        if lowered[found[index].start() - 1 : found[index].start()] == "-":
            continue  # "second-half stoppage", "fifty-fifty": part of a compound
        following = words[index + 1]
        if following in lex.function_words or following in lex.ago_words:
            continue
        if index + 2 < len(words) and words[index + 2] in lex.ago_words:
            continue
        return True
    return False
