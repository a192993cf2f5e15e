"""The subject that opens a sentence: its first person or organisation that is no
object of a preposition (or the role holder an organisation heads: ``Acme chief executive
Jane Roe``), else a noun phrase (``La autora explicó …``), past a lead's dateline.
Apart from ``phrases`` (the noun phrase after a reporting verb, which this falls back on)
because only the cues that look back to a sentence's opening ask it (``cue_according``,
``cue_quoted``, ``dialogue_turns``, ``next_sentence``, ``speaker_cues``,
``subject_before``).
"""

from __future__ import annotations

from reader.analysis.anonymous import anonymous_phrase
from reader.analysis.appositions import BARE_ROLE, appositive_person
from reader.analysis.noun_words import singular
from reader.analysis.phrases import noun_phrase
from reader.analysis.speaker_context import (
    WORD,
    Context,
    after_preposition,
    mention,
    past_dateline,
    skip_space,
)
from reader.core.model import Entity, Speaker


def sentence_subject(ctx: Context, sent_start: int, limit: int) -> Speaker | None:
    """The first person or organisation that is no object of a preposition, else a noun
    phrase opening the sentence (``La autora explicó …``). A lead sentence's dateline and
    credit (``PEÑÍSCOLA (Castellón), 6 dic (EFE).-``) are no part of it."""
    sent_start = past_dateline(ctx.text, sent_start, limit)
    for entity in ctx.entities_in(sent_start, limit):
        if entity.label in ("PER", "ORG") and not after_preposition(ctx, entity):
            if ctx.text[entity.end : entity.end + 2] in ("'s", "’s"):
                # "Metroline's managing director, X, was unmoved": the possessor is no
                # subject; the person its role's apposition names is
                owned = appositive_person(ctx, entity.end, limit, role=True)
                owned = owned or _possessed_person(ctx, entity, limit)
                if owned is not None:
                    return owned
            appositive = appositive_person(ctx, entity.end, limit)
            if entity.label == "ORG" and appositive is not None:
                return appositive
            holder = _role_holder(ctx, entity, limit) if entity.label == "ORG" else None
            if holder is not None:
                return holder  # "Harlequins coach Declan Foyle": the coach, not the club
            return mention(ctx, entity.start, entity.end, entity.canonical)
    clause = ctx.text[sent_start:limit]
    offset = len(clause) - len(clause.lstrip(" “«\"'—"))
    opening = sent_start + offset
    return anonymous_phrase(ctx, opening, limit) or noun_phrase(ctx, opening, limit)


def _role_holder(ctx: Context, entity: Entity, limit: int) -> Speaker | None:
    """``Garonnais head coach Patrice Aguerre``, ``Acme chief executive Jane Roe``: an
    organisation, a role noun in lower case, then the person who holds the role."""
    pos = skip_space(ctx.text, entity.end, limit)
    bare = BARE_ROLE.match(ctx.text, pos, limit) or WORD.match(ctx.text, pos, limit)
    role = singular(WORD.findall(bare.group())[-1], ctx.lex) if bare is not None else ""
    if role not in ctx.lex.role_nouns and role.lower() not in ctx.lex.cap_titles:
        return None  # "NDP Leader Owen Tizzard": a capitalised title too
    person = ctx.entity_starting(skip_space(ctx.text, bare.end(), limit))
    if person is None or person.label != "PER" or person.start >= limit:
        return None
    return mention(ctx, person.start, person.end, person.canonical)


def _possessed_person(ctx: Context, entity: Entity, limit: int) -> Speaker | None:
    """``Plaid Cymru's Elin Bowen MS``, ``Arsenal's Bukayo Saka``: a person's name right
    after a body's (or a mistyped party's) possessive is the one the body claims; the
    clause is theirs, not the possessor's."""
    person = ctx.entity_starting(skip_space(ctx.text, entity.end, limit))
    if person is None or person.label != "PER" or person.start >= limit:
        return None
    return mention(ctx, person.start, person.end, person.canonical)
