"""Which sentences are no claim at all, and which narrations only tag a quotation: the
gates the check-worthy scorer (``claims``) opens before it reads any cue.

A question, a sentence about the reporting itself ("declined to comment", "no respondió a
las preguntas") and a sign-off line are never candidates; a sentence that opens with a
quotation and whose narration is only the speech tag is scored on the quotation. The
phrase lists ("according", "relayed", "procedural") are indexed here by first word,
once per lexicon, and read by the scorer's cues as well. Split from ``claims`` (the cues
and the scoring loop) so that each module stays short.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from reader.analysis.claim_shapes import WORDS
from reader.analysis.lexicon import Lexicon


class PhraseIndex(dict[str, "tuple[str, re.Pattern[str] | None]"]):
    """Phrases by first word, with the first words as a frozenset (``firsts``): a set
    against a set tests from the smaller side; against a dict it walks every key. A first
    word with one phrase keeps the phrase (a substring test); one with several ("no
    quiso", "no respondió", … eighteen in Spanish) keeps their common start ("no ") and
    one pattern of them all: a substring test, then at most one scan of the sentence,
    not one per phrase."""

    firsts: frozenset[str]


def _by_first_word(phrases: tuple[str, ...]) -> PhraseIndex:
    """A phrase list (lower case) indexed by the first word of each phrase."""
    index: dict[str, list[str]] = {}
    for phrase in phrases:
        first = WORDS.match(phrase)
        if first is not None:
            index.setdefault(first.group(), []).append(phrase)
    found = PhraseIndex()
    for word, group in index.items():
        if len(group) == 1:
            found[word] = (group[0], None)
        else:
            pattern = re.compile("|".join(map(re.escape, group)))
            found[word] = (os.path.commonprefix(group), pattern)
    found.firsts = frozenset(found)
    return found


@lru_cache(maxsize=8)
def phrase_index(lex: Lexicon) -> dict[str, PhraseIndex]:
    """The "according", "relayed", "anonymity" and "procedural" phrase lists by first
    word, once per lexicon."""
    return {
        "according": _by_first_word(lex.according),
        "relayed": _by_first_word(lex.relayed),
        "anonymity": _by_first_word(lex.anonymity),
        "procedural": _by_first_word(lex.procedural),
    }


def has_phrase(lowered: str, words: set[str], index: PhraseIndex) -> bool:
    """Whether the lower-case text holds one of the indexed phrases, its first word as a
    whole word ("cited", not "excited"; "citó a", not "felicitó a"). A set lookup
    first: one pattern of every phrase cost a regex scan of every sentence. An index has
    a few first words and a sentence dozens: the test walks the smaller set, in C."""
    firsts = index.firsts
    if words.isdisjoint(firsts):
        return False  # most sentences
    for word in words & firsts:
        start, pattern = index[word]
        if start in lowered and (pattern is None or pattern.search(lowered) is not None):
            return True
    return False




def bare_tag(
    text: str, start: int, near: list[tuple[int, int]], words: set[str], lex: Lexicon
) -> bool:
    """Whether the sentence opens with a quotation and its narration is only the speech
    tag: the speaker, the verb and the circumstances ('"…," Judge X of the Ninth Circuit
    wrote for a three-judge panel', '«…», afirmó X ante unos 2.000 agricultores'). The
    numbers of a tag describe the saying, not a fact told; the quotation is what may be
    checked. A tag that goes on with a clause of its own states something itself: a
    clause that reports ("…, quien cifró en un 35 % …", "noting that …") or tells where
    ("where …"). A relative that only describes the speaker ("said X, a retired teacher
    who has lived there for 22 years") is no statement: it is background."""
    first = next((q for q in near if q[1] > start), None)
    if first is None or text[start : max(start, first[0])].strip():
        return False
    if not (
        words.isdisjoint(lex.relative_adverbs)
        and words.isdisjoint(lex.complementizers)
        and words.isdisjoint(lex.subordinators)
    ):  # no union of three lists built per sentence
        return False
    return not (not words.isdisjoint(lex.relatives) and len(words & lex.reporting) > 1)


def not_a_claim(sentence: str, lowered: str, words: set[str], lex: Lexicon) -> bool:
    """A question asks, it does not assert; a procedural sentence ("asked why the city
    had waited", "declined to comment") reports the reporting, not a fact; a line with
    no word of four letters or more, capitals aside, states nothing (a wire's sign-off,
    "(SERVIMEDIA) 07-DIC-26 MDV/gja"; "He was 88."). ``lowered`` and ``words`` are the
    narration's (the sentence without its quotations)."""
    if len(sentence) < _SHORT and not _has_a_word(sentence):
        return True
    if _asks(lowered):
        return True
    return has_phrase(lowered, words, phrase_index(lex)["procedural"])


def _asks(lowered: str) -> bool:
    """Whether the text, spaces aside, ends with "?" or opens with "¿" (no copy of it
    stripped unless a space ends or opens it)."""
    last, first = lowered[-1:], lowered[:1]
    if last.isspace():
        last = lowered.rstrip()[-1:]
    if first.isspace():
        first = lowered.lstrip()[:1]
    return last == "?" or first == "¿"


# A word of four letters or more: the shortest word a statement needs (not "He was 88.").
_WORDY = re.compile(r"[^\W\d_]{4,}")
_SHORT = 80  # a sign-off line is short; a longer sentence is not tested


def _has_a_word(sentence: str) -> bool:
    """Whether a sentence holds a word of four letters or more, not all in capitals."""
    first = _WORDY.search(sentence)
    if first is None or not first.group().isupper():
        return first is not None  # mostly the first word answers: no generator made
    return any(not word.group().isupper() for word in _WORDY.finditer(sentence, first.end()))
