"""The person a "quote" verb names: ``quoted X as saying``, ``citó a X``, ``was quoted by``.

A verb of quoting (``cit…``, ``quot…``) names its speaker as its object (``quoted Deputy
Foreign Minister X``, ``citó al portavoz, X``, ``citó a un portavoz …``), or, in the
passive (``He was quoted by the agency as saying``), as the sentence's subject. Split from
``speaker_cues`` because both that module (a verb before the quotation) and ``cue_after``
(``"…," KCNA quoted X as saying``) ask it; it imports neither, so the two stay one-way.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.anonymous import anonymous_phrase
from reader.analysis.phrases import noun_phrase
from reader.analysis.sentence_subject import sentence_subject
from reader.analysis.speaker_context import (
    WORD,
    Context,
    after_preposition,
    mention,
    skip_space,
)
from reader.core.model import Entity, Speaker

_TITLE_WORDS = re.compile(r"(?:\s+[A-ZÁÉÍÓÚÑ][\w.-]*){1,4}\s+")


def _titled_person(ctx: Context, pos: int) -> Entity | None:
    """``quoted Deputy Foreign Minister Pavel Korotkov``: a person after a run of
    capitalised title words."""
    run = _TITLE_WORDS.match(ctx.text, pos)
    if run is None:
        return None
    for cut in range(run.end(), pos, -1):
        entity = ctx.entity_starting(cut)
        if entity is not None:
            return entity if entity.label == "PER" else None
    return None


def quoted_pronoun(ctx: Context, verb: re.Match[str]) -> bool:
    """``"…," the agency quoted him as saying``, ``The agency quoted him as saying
    "…"``: the object of a verb of quoting is a
    pronoun (``object_pronouns``), which takes up the person who spoke before; the outlet
    in the subject only relays the words."""
    if not verb.group().lower().startswith(("cit", "quot")):
        return False  # "she told him": the addressee, not the one quoted
    word = WORD.match(ctx.text, skip_space(ctx.text, verb.end(), verb.end() + 3))
    return word is not None and word.group().lower() in ctx.lex.object_pronouns


def quoted_object(ctx: Context, verb: re.Match[str]) -> Speaker | None:
    """``The agency quoted him as saying "…"``: the pronoun takes up the last person named
    outside a prepositional phrase before the verb, not the outlet relaying the words
    (the subject of the sentence)."""
    pronoun = WORD.match(ctx.text, skip_space(ctx.text, verb.end(), verb.end() + 3))
    if pronoun is None or not quoted_pronoun(ctx, verb):
        return None
    for entity in reversed(ctx.entities_in(max(0, verb.start() - 1500), verb.start())):
        if entity.label == "PER" and not after_preposition(ctx, entity):
            return mention(ctx, pronoun.start(), pronoun.end(), entity.canonical)
    return None


def quoted_person(ctx: Context, verb: re.Match[str]) -> Speaker | None:
    """``citó a X`` / ``quoted X``: the person quoted is the speaker."""
    if not verb.group().lower().startswith(("cit", "quot")):
        return None
    text = ctx.text
    if text[verb.end() : verb.end() + 4] == " by ":
        # "He was quoted by the Philippine News Agency as saying …": the subject speaks
        index = bisect.bisect_right(ctx.sentence_starts, verb.start()) - 1
        sent_start = ctx.sentence_starts[index] if index >= 0 else 0
        first = WORD.search(text, sent_start, verb.start())
        if first is not None and first.group().lower() in ctx.lex.pronouns:
            return mention(ctx, first.start(), first.end())
        last = WORD.findall(text, sent_start, verb.start())[-1:]
        for entity in reversed(ctx.entities_in(sent_start, verb.start())):
            # "Bundesbank board member X was quoted by …": the person the subject ends with
            gap = WORD.findall(text, entity.end, verb.start())
            if entity.label == "PER" and gap == last and last[0] in ctx.lex.passive_auxiliaries:
                return mention(ctx, entity.start, entity.end, entity.canonical)
            break
        return sentence_subject(ctx, sent_start, verb.start())
    after_a = WORD.match(text, verb.end() + 3)
    next_word = after_a.group().lower() if after_a is not None else ""
    determined = next_word in ctx.lex.indefinites or next_word in ctx.lex.articles  # "a un"
    personal = text[verb.end() : verb.end() + 3] == " a " and (
        determined or ctx.entity_at(verb.end() + 3) is not None
    )
    pos = verb.end() + 3 if personal else verb.end()  # "citó a X", not "quoted a …"
    if text[verb.end() : verb.end() + 4] == " al ":
        pos = verb.end() + 4  # "citó al portavoz presidencial, X"
        entity = ctx.entity_at(pos)
        if entity is None:
            limit = ctx.sentence_end(pos)
            return noun_phrase(ctx, verb.end() + 1, limit)
    entity = ctx.entity_at(pos) or _titled_person(ctx, pos)
    if entity is None:
        # "citó a un portavoz de la Santa Sede que aseguró …": the phrase is the speaker
        limit = ctx.sentence_end(pos)
        return anonymous_phrase(ctx, pos, limit) or noun_phrase(
            ctx, skip_space(text, pos, limit), limit
        )
    return mention(ctx, entity.start, entity.end, entity.canonical)


def passive_subject(ctx: Context, pos: int, verb: re.Match[str]) -> Speaker | None:
    """``"…," she was quoted as saying``, ``"…," X was quoted by the daily as saying``: a
    passive verb of quoting after the quotation makes the tag's subject (a pronoun or a
    name right before the auxiliary) the one quoted; the outlet, if named, only relays."""
    words = list(WORD.finditer(ctx.text, pos, verb.start()))
    if not words or words[-1].group().lower() not in ctx.lex.passive_auxiliaries:
        return None
    first = words[0]
    if len(words) == 2 and first.group().lower() in ctx.lex.pronouns:
        return mention(ctx, first.start(), first.end())
    entity = ctx.entity_at(pos)
    if entity is not None and entity.label == "PER" and words[-1].start() - entity.end < 3:
        return mention(ctx, entity.start, entity.end, entity.canonical)
    return None
