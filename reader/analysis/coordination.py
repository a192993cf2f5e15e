"""A reporting verb joined by "y" to an earlier predicate shares that predicate's subject.

"El candidato, Ignacio Larrodé, compareció en la sede, acompañado del alcalde, Julián
Sarasa, y aseguró que …": the names between the subject and "y aseguró" are complements of
the first verb; the nearest name is not the speaker, the sentence's opening subject is.
"""

from __future__ import annotations

from reader.analysis.speaker_context import WORD, Context, after_preposition, mention
from reader.core.model import Speaker


def coordinated_subject(ctx: Context, sent_start: int, verb_start: int) -> Speaker | None:
    """The person opening the sentence when the verb follows "y"/"e" ("…, y aseguró"),
    or None when the verb is not a second predicate."""
    before = WORD.findall(ctx.text, max(sent_start, verb_start - 30), verb_start)
    while before and before[-1].lower() in ctx.lex.auxiliaries:
        before.pop()
    if not before or before[-1].lower() not in ("y", "e", "and"):
        return None
    lead = ctx.text[sent_start:verb_start]
    if lead.count(",") < 2:
        return None  # "Ana y Luis dijeron", "X habló y dijo": the plain rules hold
    for entity in ctx.entities_in(sent_start, verb_start):
        if entity.label != "PER" or after_preposition(ctx, entity):
            continue
        head = ctx.text[sent_start : entity.start]
        if head.count(",") > 1 or any(
            w.islower() and len(w) > 3 and _verb(ctx, w) for w in WORD.findall(head)
        ):
            return None  # the first person stands past the opening phrase: not its subject
        return mention(ctx, entity.start, entity.end, entity.canonical)
    return None


def _verb(ctx: Context, word: str) -> bool:
    return ctx.lex.is_reporting(word) or word.endswith(tuple(ctx.lex.verb_endings))
