"""A sentence that presents a witness the reporter met: a hidden cue of check-worthiness.

Feature stories and reports from the scene bring in private people: a source who keeps
their name out ("Un minero del turno de noche, que pidió no ser identificado, contó…",
"a trader, who asked not to be named, said…"), or a named person placed by a fronted
phrase of place ("En Charata, en el sudoeste chaqueño, Eduardo Benítez empezó a cosechar
el sábado", "Outside the courthouse, Maria Lopez held a photograph of her son"). Such a
sentence carries the story's colour: the development gold rarely marks it, even with a
date or a figure in it (the weights, learned per language, tell how rarely).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.claim_gates import has_phrase, phrase_index
from reader.analysis.lexicon import Lexicon

_FRONT = 80  # characters: a fronted phrase of place is short
_OPENING = re.compile(r"\s*([^\W\d_]+)\s")
_WORD = re.compile(r"[^\W\d_]+")


def presents_witness(
    text: str,
    span: tuple[int, int],
    lowered: str,
    words: set[str],
    people: frozenset[int],
    lex: Lexicon,
) -> bool:
    """Whether the sentence at ``span`` presents a witness: its narration (``lowered``,
    ``words``) says the source keeps their name out (the ``anonymity`` phrases), or it
    opens with a phrase of place (``place_prepositions``, at most one more such phrase
    after it) whose comma a person's name follows at once (``people``: the start of every
    PER mention). A fronted time, document or speech event ("In January,", "En un
    comunicado,", "En rueda de prensa,") sets no scene; a role before the name ("En
    Roma, el senador Franco Maiorana") makes an official's statement, no witness."""
    if has_phrase(lowered, words, phrase_index(lex)["anonymity"]):
        return True
    start, end = span
    first = text[start : start + 1]
    if not first.isspace() and first.lower()[:1] not in _initials(lex):
        return False  # most sentences: no place preposition opens them, no regex asked
    limit = min(end, start + _FRONT)
    opening = _OPENING.match(text, start, limit)
    if opening is None or opening.group(1).lower() not in lex.place_prepositions:
        return False
    comma = text.find(", ", opening.end(), limit)
    if comma < 0:
        return False
    front = set(_WORD.findall(text[start:comma].lower()))
    if not front.isdisjoint(_unplaced(lex)):
        return False
    after = comma + 2
    if after not in people:
        again = _OPENING.match(text, after, limit)  # "En Charata, en el sudoeste…,"
        if again is None or again.group(1).lower() not in lex.place_prepositions:
            return False
        second = text.find(", ", again.end(), min(end, after + _FRONT))
        after = second + 2 if second >= 0 else -1
    return after in people


@lru_cache(maxsize=8)
def _initials(lex: Lexicon) -> frozenset[str]:
    """The first letters of the place prepositions, which the opening word must share."""
    return frozenset(word[:1] for word in lex.place_prepositions)


@lru_cache(maxsize=8)
def _unplaced(lex: Lexicon) -> frozenset[str]:
    """The words of a fronted phrase that sets a time, a document or a speech event,
    not a scene."""
    return frozenset(
        lex.months | lex.weekdays | lex.document_nouns | lex.time_nouns | lex.speech_nouns
    )
