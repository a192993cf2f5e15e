"""What the narration around a dialogue line says of who speaks it.

The agent of "Preguntado por X" asked the untagged question after it (``asked_by``); a
line that states before it asks, after a paragraph reporting someone, is that person's
turn in a debate (``debate_turn``); a line after "X le recordó que …" is the one told,
answering (``told_to``); a narration paragraph or sentence opening with its verb names
its subject after it (``inverted_opening``, ``inverted_person``). Split from
``dialogue_turns``, which reads a turn's own tag and alternates the voices: these read
the narration paragraph instead, and need nothing from there (one-way imports).
"""

from __future__ import annotations

import bisect

from reader.analysis.anonymous import anonymous_phrase
from reader.analysis.lowercase import lower_in_place
from reader.analysis.phrases import noun_phrase
from reader.analysis.speaker_context import WORD, Context, after_preposition, mention, skip_space
from reader.analysis.subject_after import subject_after
from reader.core.model import Speaker


def asked_by(ctx: Context, start: int, end: int) -> Speaker | None:
    """``Preguntado por un periodista de Radio X por el calendario, fue más duro.`` then
    ``—¿…?``: the agent of a participle of asking (``asked_by``) in the narration before
    an untagged dialogue question put that question; a named person, or the unnamed
    phrase itself ("periodista de Radio X")."""
    low = lower_in_place(ctx.text[start:end])
    for phrase in ctx.lex.asked_by:
        at = low.find(phrase)
        while at >= 0:
            before = low[at - 1 : at] if at else ""
            after = low[at + len(phrase) : at + len(phrase) + 1]
            if not before.isalpha() and not after.isalpha():
                pos = skip_space(ctx.text, start + at + len(phrase), end)
                agent = anonymous_phrase(ctx, pos, end) or _agent(ctx, pos, end)
                if agent is not None:
                    return agent
            at = low.find(phrase, at + 1)
    return None


def _agent(ctx: Context, pos: int, end: int) -> Speaker | None:
    """A person named right after the preposition ("por Ana Ruiz", "por la periodista Ana
    Ruiz"); an organisation or an unnamed definite phrase asks nothing."""
    entity = ctx.entity_starting(pos)
    if entity is not None:
        named = entity.label == "PER"
        return mention(ctx, entity.start, entity.end, entity.canonical) if named else None
    phrase = noun_phrase(ctx, pos, end)
    if phrase is None or not phrase.name:
        return None
    named = ctx.entity_starting(phrase.start)
    return phrase if named is not None and named.label == "PER" else None


def debate_turn(ctx: Context, start: int, end: int) -> bool:
    """``La réplica llegó del portavoz, X, que reprochó a la concejala …`` then ``—De los
    38 millones, llegan cuatro. ¿Eso es un presupuesto?``: a line that states before it
    asks, after a narration paragraph that reports someone speaking, is that person's
    turn in a debate, not an interviewer's question."""
    if not any(start < s < end for s in ctx.sentence_starts[_first_after(ctx, start) :][:4]):
        return False  # one sentence only: a plain question
    block_start = ctx.block_of[start][0]
    before = ctx.text.rfind("\n\n", 0, max(0, block_start - 2))
    previous = before + 2 if before >= 0 else 0
    if ctx.text[previous : previous + 1] in "—–-":
        return False  # the paragraph before is another turn
    return bool(ctx.reporting_in(previous, block_start))


def _first_after(ctx: Context, pos: int) -> int:
    """Index of the first sentence start after ``pos``."""
    return bisect.bisect_right(ctx.sentence_starts, pos)


def told_to(ctx: Context, start: int, speaker: Speaker) -> bool:
    """The narration paragraph right before a dialogue line has the speaker found for it
    speak to another, named by a clitic before the verb of the speaker's own clause (``Una
    periodista le recordó que …``): the line after it is the one told, answering; not
    ``X interviene sin que nadie le pregunte`` (another clause's verb)."""
    block_start = ctx.block_of[start][0]
    before = ctx.text.rfind("\n\n", 0, max(0, block_start - 2))
    previous = before + 2 if before >= 0 else 0
    if ctx.text[previous : previous + 1] in "—–-" or not previous <= speaker.start < block_start:
        return False  # the paragraph before is another turn, or the speaker is not in it
    verbs = ctx.reporting_in(speaker.end, block_start)
    if not verbs:
        return False
    between = [w.lower() for w in WORD.findall(ctx.text, speaker.end, verbs[0].start())]
    if any(w in ctx.lex.complementizers or w in ctx.lex.relatives for w in between):
        return False
    return bool(between) and between[-1] in ctx.lex.addressee_clitics


def inverted_opening(ctx: Context, start: int) -> Speaker | None:
    """``Recordó Ibarra, por su parte, que …``, ``Explicó el seleccionador, X, que …``
    opening the narration paragraph before a dialogue line: the person named right after
    a reporting verb that opens the paragraph is whom it is about, when its last sentence
    names nobody."""
    block_start = ctx.block_of[start][0]
    before = ctx.text.rfind("\n\n", 0, max(0, block_start - 2))
    previous = before + 2 if before >= 0 else 0
    verb = WORD.match(ctx.text, previous, block_start)
    if verb is None or not ctx.lex.is_reporting(verb.group().lower()):
        return None
    subject = subject_after(ctx, verb.end(), min(block_start, ctx.sentence_end(verb.end())))
    named = ctx.entity_starting(subject.start) if subject is not None else None
    return subject if named is not None and named.label == "PER" else None


def inverted_person(ctx: Context, start: int, end: int) -> Speaker | None:
    """``Abrió el turno de preguntas la portavoz de IF, Consuelo Paz.``: a narration
    sentence opening with its verb (``verb_endings``) has its subject after the object;
    the first person its first sentence names, not after a preposition ("a la diputada")."""
    verb = WORD.match(ctx.text, start, end)
    if verb is None or not ctx.lex.is_tag_verb(verb.group().lower()):
        return None
    limit = min(end, ctx.sentence_end(verb.end()))
    for entity in ctx.entities_in(verb.end(), limit):
        if entity.label == "PER" and not after_preposition(ctx, entity):
            return mention(ctx, entity.start, entity.end, entity.canonical)
    return None
