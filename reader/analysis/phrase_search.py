"""A lexicon phrase list searched for at once: compiled patterns and affix tuples.

The speaker rules look for a relaying or attributing phrase (``relayed``, ``according``,
``channels``, ``contrasts``) in the lowered words before a verb, for every quotation; a
Python loop of ``find`` calls over a list, building `` phrase `` strings each time, cost
more than the search itself. These are built once per list (pure functions of lexicon
data) and find the same occurrences: a pattern of alternatives matches at the leftmost
position where any phrase occurs, and ``str.startswith`` takes a tuple.
"""

from __future__ import annotations

import functools
import re

_NEVER = re.compile(r"(?!)")


def _alternatives(phrases: frozenset[str]) -> str:
    return "|".join(sorted(map(re.escape, phrases), key=len, reverse=True))


@functools.lru_cache(maxsize=64)
def spaced(phrases: frozenset[str]) -> re.Pattern[str]:
    """`` phrase `` for any of ``phrases``: ``search`` finds the first, as ``find`` does."""
    return re.compile(f" (?:{_alternatives(phrases)}) ") if phrases else _NEVER


@functools.lru_cache(maxsize=64)
def after_comma(phrases: frozenset[str], marks: str = "") -> re.Pattern[str]:
    """``, phrase `` for any of ``phrases``, a closing mark in ``marks`` allowed right
    after the comma (``,” while``)."""
    if not phrases:
        return _NEVER
    mark = f"[{re.escape(marks)}]?" if marks else ""
    return re.compile(f",{mark} (?:{_alternatives(phrases)}) ")


@functools.lru_cache(maxsize=64)
def heads(phrases: frozenset[str]) -> tuple[str, ...]:
    """``phrase `` for each phrase: ``text.startswith(heads(…))`` asks for any of them."""
    return tuple(phrase + " " for phrase in phrases)


@functools.lru_cache(maxsize=64)
def tails(phrases: frozenset[str]) -> tuple[str, ...]:
    """`` phrase`` for each phrase: ``text.endswith(tails(…))`` asks for any of them."""
    return tuple(" " + phrase for phrase in phrases)


@functools.lru_cache(maxsize=64)
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each phrase: what a sentence opening with one starts with."""
    return frozenset(phrase.split()[0] for phrase in phrases)


@functools.lru_cache(maxsize=64)
def anywhere(phrases: frozenset[str]) -> re.Pattern[str]:
    """Any of ``phrases`` as a substring: ``search`` says whether one occurs."""
    return re.compile(_alternatives(phrases)) if phrases else _NEVER


@functools.lru_cache(maxsize=64)
def as_tuple(phrases: frozenset[str]) -> tuple[str, ...]:
    """The phrases as a tuple, for ``str.startswith`` (built once per list)."""
    return tuple(phrases)
