"""Dates and hours in a sentence, for the check-worthy scorer: which weekday or month
dates an event, which only dates the saying ("aseguró este jueves") and which the next
step of a story announced for later ("El juicio continuará el lunes", "comenzará a las
20.30"), and which number words tell the time of day ("las once de la noche").

Kept apart from ``claims`` (the cues and their weights) so that each module stays short.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.claim_shapes import WORDS
from reader.analysis.lexicon import Lexicon, same_letter  # the plane of letters, built once

_DIGIT = re.compile(r"\d")


def months_of(text: str, words: set[str], lex: Lexicon) -> set[str]:
    """The month and weekday names of a sentence; a name that is also a function word
    ("the board may revisit them") counts only when capitalised ("in May"). An
    abbreviation ("Jan.", "Sept", "dic") counts only next to its day ("on Jan. 1"): alone
    it may be a word ("mar", "sun")."""
    if words.isdisjoint(lex.months):
        found: set[str] = set()  # most sentences: no set intersected, none walked
    else:
        found = words & lex.months
        for word in found & lex.function_words:
            if word.capitalize() not in text:
                found.discard(word)
    if not words.isdisjoint(lex.short_dates) and _DIGIT.search(text):  # a day has a digit
        for match in lex.day_of_month.finditer(text):
            found |= set(WORDS.findall(match.group().lower())) & lex.short_dates
    return found


@lru_cache(maxsize=8)
def _glue(lex: Lexicon) -> frozenset[str]:
    """Words that may stand between a reporting verb and the day it dates."""
    return lex.prepositions | lex.determiners | lex.articles


def dates_the_saying(lowered: str, months: set[str], lex: Lexicon) -> bool:
    """Whether every weekday or month named dates only the reporting verb next to it
    ("said on Tuesday", "aseguró este jueves", "told reporters on Monday" is not caught):
    when something was said is no event. Only prepositions, articles and determiners
    may stand between ("dijo que en abril pasó…" dates what happened)."""
    words = WORDS.findall(lowered)
    glue = _glue(lex)
    for i, word in enumerate(words):
        if word not in months:
            continue
        before = next((w for w in reversed(words[max(0, i - 3) : i]) if w not in glue), "")
        after = words[i + 1] if i + 1 < len(words) else ""
        if before not in lex.own_reporting and after not in lex.own_reporting:
            return False
    return True


_SCHEDULE_REACH = 6  # words before a weekday that may hold the verb it dates


def scheduled(lowered: str, days: set[str], lex: Lexicon) -> bool:
    """Whether every weekday named dates a verb in the future or a schedule just before
    it ("continuará el lunes", "se instalará el sábado", "is scheduled to resume on
    Thursday", "are expected to ease by Wednesday"): the next step of the story (the
    trial goes on, the funeral is held), announced, not yet a fact to check. A calendar
    day or a year still dates it ("entrará en vigor el 1 de enero"); a past verb nearer
    the day ("el Gobierno, que aprobará el plan, se reunió el lunes") is an event."""
    words = WORDS.findall(lowered)
    found = False
    for i, word in enumerate(words):
        if word in days:
            if not _future_before(words[max(0, i - _SCHEDULE_REACH) : i], lex):
                return False
            found = True
    return found


def _future_before(words: list[str], lex: Lexicon) -> bool:
    """Whether the nearest verb among ``words`` (read backwards) is a future or a word of
    a schedule; a past form (``verb_endings``: "reunió", "cayeron") met first is not."""
    past = _past_endings(lex)
    for word in reversed(words):
        if _future(word, lex):
            return True
        if len(word) > 3 and word.endswith(past):
            return False
    return False


@lru_cache(maxsize=8)
def _past_endings(lex: Lexicon) -> tuple[str, ...]:
    """The past-tense endings as a tuple, for ``str.endswith``."""
    return tuple(sorted(lex.verb_endings))


@lru_cache(maxsize=8)
def clock_time(lex: Lexicon) -> re.Pattern[str]:
    """A clock time in figures after its opener ("a las 18.45", "las 21.00 horas", "at
    7:30 p.m."): hours and minutes, or an hour with its unit."""
    # Each opener opens with its first letter in every case, outside the case-blind part,
    # and looks back past it for the boundary: the engine skips to those letters in C
    # (same matches as ``\b(?:openers)`` first).
    groups: dict[str, list[str]] = {}
    for opener in sorted(lex.clock_openers, key=len, reverse=True):
        groups.setdefault(opener[0], []).append(re.escape(opener[1:]))
    openers = "|".join(
        f"(?-i:[{re.escape(same_letter(first))}])(?<!\\w.)(?:{'|'.join(rests)})"
        for first, rests in groups.items()
    )
    return re.compile(
        rf"(?:{openers})\s+\d{{1,2}}(?:[.:]\d\d(?:\s*(?:h|horas|hrs|a\.m\.|p\.m\.))?"
        rf"|\s*(?:h|horas|hrs|a\.m\.|p\.m\.))(?!\w)",
        re.IGNORECASE,
    )


def unscheduled(text: str, lex: Lexicon) -> str:
    """``text`` without the clock times that a future verb before them schedules ("El
    partido comenzará a las 18.45", "the vote will take place at 7:30 p.m."): the hour of
    the next step is no figure. The hour of a past event stays ("emitió la alerta a las
    14.10": when it happened is checkable)."""
    parts, cursor = [], 0
    for match in clock_time(lex).finditer(text):
        before = WORDS.findall(text[max(0, match.start() - 80) : match.start()].lower())
        if _future_before(before[-_SCHEDULE_REACH:], lex):
            parts.append(text[cursor : match.start()])
            cursor = match.end()
    return "".join(parts) + text[cursor:] if parts else text


def told_ahead(words: set[str], lex: Lexicon, lowered: str | None = None) -> bool:
    """Whether the narration's words put what it tells ahead ("El presupuesto entrará en
    vigor el 1 de enero", "the plant will reopen next year", "la próxima reunión está
    convocada para …"): a future or a schedule is announced, not yet a fact to check.
    ``lowered`` is the lower-case text the words were read from, when the caller has it:
    one C scan of it finds whether any word ends so, with no string of the words built."""
    if not words.isdisjoint(lex.future_words):
        return True
    endings = _endings(lex)
    if not endings:
        return False
    if lowered is None:
        lowered = " ".join(words)
    if _word_end(lex).search(lowered) is None:
        return False  # most sentences: no word ends so
    return any(w.endswith(endings) and len(w) > 4 for w in words)


@lru_cache(maxsize=8)
def _word_end(lex: Lexicon) -> re.Pattern[str]:
    """A future ending closing a word (no letter after it)."""
    return re.compile("(?:" + "|".join(map(re.escape, _endings(lex))) + r")(?![^\W\d_])")


def _future(word: str, lex: Lexicon) -> bool:
    """A word of the future or of a schedule ("will", "prevista", "continuará")."""
    if word in lex.future_words:
        return True
    endings = _endings(lex)
    return bool(endings) and len(word) > 4 and word.endswith(endings)


@lru_cache(maxsize=8)
def _endings(lex: Lexicon) -> tuple[str, ...]:
    """The future endings as a tuple, for ``str.endswith``."""
    return tuple(sorted(lex.future_endings))


@lru_cache(maxsize=8)
def _clock(lex: Lexicon) -> re.Pattern[str]:
    """A number word telling the time of day ("las once de la noche", "seven in the
    morning"): ``number_words`` followed by one of ``clock_phrases``."""
    numbers = "|".join(sorted(map(re.escape, lex.number_words), key=len, reverse=True))
    phrases = "|".join(sorted(map(re.escape, lex.clock_phrases), key=len, reverse=True))
    return re.compile(rf"\b(?:{numbers})\s+(?:{phrases})(?!\w)")


def only_clock(lowered: str, words: set[str], lex: Lexicon) -> bool:
    """Whether every number word of the narration tells the time of day ("Pasadas las
    once de la noche, la candidata salió al balcón"): the hour colours the scene, it
    counts nothing. A sentence with any other number word still has a quantity."""
    if not lex.clock_phrases:
        return False
    if not any(phrase in lowered for phrase in lex.clock_phrases):
        return False  # every time of day holds a phrase: a few C scans spare the pattern
    timeless = _clock(lex).sub(" ", lowered)
    if timeless == lowered:
        return False
    return not set(WORDS.findall(timeless)) & lex.number_words
