"""Rule 5 of ``decision.py``: whether a changed content word stands in a noun phrase of
its text (after a determiner, a quantifier or a preposition, right after such a word, or
the object right after a verb), where a word swapped is another subject or object.
Without a tagger, the markers of ``noun_markers.txt`` and a verb's endings decide. A body
named after an article ("LA Guardia Civil") stands in a noun phrase too (``bodies.py``)."""

from __future__ import annotations

from reader.across.bodies import body_name
from reader.across.lexicon import noun_markers
from reader.across.normalise import Token


def opens_noun(words: list[Token], ids: list[int]) -> int:
    """Rule 5: how surely a content word among ``ids`` is in a noun phrase of its
    text (2 surely, 1 perhaps: a verb-looking word after a preposition, 0 not)."""
    markers = noun_markers()
    best = 0
    for i in ids:
        if body_name(words, i):
            best = 2  # "LA GUARDIA CIVIL rescató" / "los BOMBEROS rescataron": who acts
            continue
        if words[i].key != "" or i == 0 or words[i].clause_before:
            continue  # a word after punctuation opens a clause, not a noun phrase
        before = words[i - 1]
        if before.key == "" and not markers.is_marker(before.form):
            # the word after a noun phrase's first content word ("new CARS"); a word
            # after a verb is left alone, noun or adjective ("tackle AIR pollution",
            # "tuvo GRAVES consecuencias"): without a tagger the two cannot be told apart
            if ((_noun_at(words, i - 1) or _object_at(words, i))
                    and _continues_noun(words[i])):
                best = 2
            continue
        before_that = words[i - 2] if i > 1 else None
        after = before_that is not None and (
            before_that.form in markers.determiners or before_that.form in markers.copulas
            or (before_that.key == "" and _noun_at(words, i - 2)))
        best = max(best, markers.opens_noun(before.form, words[i].form, after))
    return best


def _object_at(words: list[Token], i: int) -> bool:
    """Whether the content word ``words[i]`` is the object of the verb right before it:
    an infinitive ("to tackle AIR pollution", "a rehabilitar VIVIENDAS") or a verb
    after its subject noun ("the council banned DIESEL cars")."""
    if i < 2 or words[i - 1].key != "" or words[i - 1].clause_before:
        return False
    markers = noun_markers()
    verb = words[i - 1].form
    return (markers.infinitive_after(words[i - 2].form, verb)
            or (_noun_at(words, i - 2) and not _continues_noun(words[i - 1])))


def _continues_noun(token: Token) -> bool:
    """Whether a word after a noun phrase's first content word belongs to the phrase:
    not a verb by its ending ("approvED", "destinADO") nor by a written stress ("el
    accidente DEJÓ", "la empresa REGISTRÓ")."""
    return not token.stressed_end and noun_markers().continues_noun(token.form)


def _noun_at(words: list[Token], i: int) -> bool:
    """Whether the content word ``words[i]`` surely opens a noun phrase (one step)."""
    return (i > 0 and words[i].key == ""
            and noun_markers().opens_noun(words[i - 1].form, words[i].form) == 2)

