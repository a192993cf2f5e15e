"""Speaker cues outside the quotation's own clause: the sentence after it ("Así lo
aseguró X", "Con estas palabras, X …") and an opening "Para X," that holds the view."""

from __future__ import annotations

import re

from reader.analysis.noun_words import role_form, singular
from reader.analysis.phrases import noun_phrase
from reader.analysis.sentence_subject import sentence_subject
from reader.analysis.speaker_context import WORD, Context, mention, skip_space
from reader.analysis.subject_after import subject_after
from reader.core.model import Speaker

_SO_SAID = re.compile(
    r"(?:(?:Así|Eso|Esto) lo|Así|Lo|That is what|That's what|So)\s+(?:(?:ha|han|había)\s+)?"
    r"([^\W\d_]+)\s"
)


def so_said(ctx: Context, pos: int, block_end: int) -> tuple[Speaker | None, bool]:
    """``«…». Así lo aseguró X``, ``"…" That's what X said``: the next sentence names
    the speaker of the quotation before it."""
    match = _SO_SAID.match(ctx.text, pos, block_end)
    if match is None:
        words_of = _WORDS_OF.match(ctx.text, pos, block_end)
        if words_of is not None:  # "«…». Son palabras del alcalde, José Paz"
            return subject_after(ctx, words_of.end(), min(block_end, words_of.end() + 100)), False
        return _with_words(ctx, pos, block_end), False
    verb = match.group(1)
    if ctx.lex.is_reporting(verb):
        # "«…». Así lo explicó en la rueda de prensa.": a dropped subject, resolved as
        # one in the quotation's own tag would be
        subject = subject_after(ctx, match.end(1), min(block_end, match.end() + 100))
        return subject, subject is None
    entity = ctx.entity_at(match.end(1) - len(verb))
    if entity is not None and ctx.lex.reporting_after(ctx.text, entity.end):
        return mention(ctx, entity.start, entity.end, entity.canonical), False
    return None, False


_WORDS_OF = re.compile(
    r"(?:(?:Son|Fueron|Eran|Esas fueron|Estas son) (?:las )?palabras|Palabras) (?:de|del) ",
)
_WITH_WORDS = re.compile(
    r"(?:Con (?:estas|esas|aquellas|esta|esa) (?:palabras|frases?|declaraciones)|"
    r"With (?:these|those) words),?\s+",
    re.IGNORECASE,
)


def _with_words(ctx: Context, pos: int, block_end: int) -> Speaker | None:
    """``«…». Con estas palabras, X defendió …``: the subject of the next sentence."""
    match = _WITH_WORDS.match(ctx.text, pos, block_end)
    if match is None:
        return None
    return sentence_subject(ctx, match.end(), min(block_end, ctx.sentence_end(match.end())))


_LONG_ROLE = 18  # words of a role phrase, its complement included, before the holder's name


def opinion_holder(ctx: Context, sent_start: int, start: int) -> Speaker | None:
    """``Para el economista Ana Paz, la medida es «…»``: the person after an opening
    "para"/"for" and before its comma holds the quoted view."""
    clause = ctx.text[sent_start:start]
    comma = clause.find(",")
    words = WORD.findall(clause[: max(comma, 0)])
    if comma < 0 or not words or words[0].lower() not in ctx.lex.view_openers:
        return None
    head = [singular(role_form(w.lower(), ctx.lex), ctx.lex) for w in words[1:4]]
    if any(w in ctx.lex.role_nouns for w in head) and len(words) <= _LONG_ROLE:
        # "Para la portavoz del grupo opositor X en el pleno, Marta Paz, la medida …": the
        # role's holder, named after it, not a name inside its complement
        named = _apposed(ctx, clause, sent_start, comma)
        if named is not None:
            return named
    if len(words) > 8:
        return None
    found = ctx.entities_in(sent_start, sent_start + comma)
    for entity in found:
        if entity.label == "PER":
            return mention(ctx, entity.start, entity.end, entity.canonical)
    # "Para el economista jefe de ING, Carsten Brzeski, el golpe «…»": the apposition
    named = _apposed(ctx, clause, sent_start, comma)
    if named is not None:
        return named
    bodies = [e for e in found if e.label == "ORG"]
    if len(bodies) == 1 and comma < 60:  # "Para el sindicato UGT, la medida es «…»"
        return mention(ctx, bodies[0].start, bodies[0].end, bodies[0].canonical)
    if bodies or comma >= 60:
        return None
    # "Para los vecinos de Torrero, la obra «llega tarde»": a group or a role, unnamed
    opener = WORD.search(ctx.text, sent_start, sent_start + comma)
    phrase = noun_phrase(ctx, skip_space(ctx.text, opener.end(), start), sent_start + comma)
    return phrase  # a role ("Para la consejera,") is resolved like any other


def _apposed(ctx: Context, clause: str, sent_start: int, comma: int) -> Speaker | None:
    """The person in apposition after the first comma, when the words before it hold a
    role ("Para la presidenta de la Asociación de Víctimas, Pilar Manjón, …") or name
    nobody ("Para el economista jefe de ING, Carsten Brzeski")."""
    second = clause.find(",", comma + 1)
    if second < 0:
        return None
    people = [
        e for e in ctx.entities_in(sent_start + comma + 1, sent_start + second) if e.label == "PER"
    ]
    if not people:
        return None
    words = [w.lower() for w in WORD.findall(clause[:comma])]
    role = any(singular(role_form(w, ctx.lex), ctx.lex) in ctx.lex.role_nouns for w in words)
    bodies = [e for e in ctx.entities_in(sent_start, sent_start + comma) if e.label == "ORG"]
    if bodies and not role:
        return None  # "Para el sindicato UGT, Ana Paz y …": the body holds the view
    return mention(ctx, people[0].start, people[0].end, people[0].canonical)
