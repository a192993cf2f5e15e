"""The subject of a sentence's main reporting verb, for ``cue_verb_before``.

``X, …, y aseguró que «…»``, ``X dijo que «…»``: the subject before the verb. But when the
sentence opens with a quotation and the verb comes right after it (``«El mercado ha
cambiado», sostiene la dirección en un comunicado, en el que atribuye la decisión a la
«presión de …»``), the words before the verb are the quotation's own: the phrase found
there is no speaker, the subject after the verb is. Moved out of ``speaker_cues`` to keep
it under the module size limit.
"""

from __future__ import annotations

import re

from reader.analysis.speaker_clauses import coordinated_subject
from reader.analysis.speaker_context import WORD, Context, skip_space
from reader.analysis.subject_after import subject_after
from reader.analysis.subject_before import cue_subject_before
from reader.core.model import Speaker


def main_subject(
    ctx: Context, sent_start: int, verb: re.Match[str], limit: int
) -> Speaker | None:
    """The subject before ``verb`` (a coordinated one first: "X, …, y aseguró"); the one
    after it when the one before lies inside a quotation."""
    first = coordinated_subject(ctx, sent_start, verb.start())
    first = first or cue_subject_before(ctx, sent_start, verb.start())[0]
    if first is not None and ctx.in_quote(first.start):
        return subject_after(ctx, verb.end(), limit)
    return first


# ", y su patrón mayor, X, advirtió": a comma and a conjunction open a clause of its own
_NEW_CLAUSE = re.compile(r",\s+(?:y|e|pero|and|but)\s+(?!(?:que|that)\b)")


def second_clause_subject(ctx: Context, verbs: list[re.Match[str]]) -> Speaker | None:
    """``La cofradía cifró en 47 los barcos amarrados, y su patrón mayor, X, advirtió de
    que «…»``: a later reporting verb in a clause coordinated after a comma, with a person
    named as its own subject, speaks the quotation after it, not the first clause's
    subject (a clause with no subject of its own, ``…, y aseguró``, goes on with it)."""
    if len(verbs) < 2:
        return None
    verb = verbs[-1]
    joints = list(_NEW_CLAUSE.finditer(ctx.text, verbs[-2].end(), verb.start()))
    if not joints:
        return None
    speaker, _ = cue_subject_before(ctx, joints[-1].end(), verb.start())
    if speaker is None or speaker.start < joints[-1].end():
        return None
    named = ctx.entity_starting(speaker.start)
    return speaker if named is not None and named.label == "PER" else None


def later_subject(
    ctx: Context, sent_start: int, verbs: list[re.Match[str]], end: int
) -> Speaker | None:
    """A subject the main clause's does not hold: a coordinated clause's own
    (``second_clause_subject``) or one inverted past the quotation (``past_quote``)."""
    return second_clause_subject(ctx, verbs) or past_quote(ctx, sent_start, verbs[0], end)


def past_quote(ctx: Context, sent_start: int, verb: re.Match[str], end: int) -> Speaker | None:
    """``Se declaró «satisfecho a medias» el fiscal del caso, X``, ``Se mostró «muy
    preocupado» el alcalde``: a pronominal verb opening the sentence, the quotation its
    complement right after it, then the inverted subject right after the quotation."""
    text = ctx.text
    before = WORD.findall(text, sent_start, verb.start())
    if len(before) != 1 or before[0].lower() not in ctx.lex.clitics or before[0].islower():
        return None
    quote = skip_space(text, verb.end(), end)
    if not ctx.in_quote(quote + 1) or ctx.in_quote(verb.start()):
        return None
    first = WORD.match(text, skip_space(text, end, len(text)))
    opens = first is not None and (
        first.group() in ctx.lex.articles or ctx.entity_starting(first.start()) is not None
    )
    if not opens:
        return None  # "Se declaró «…» ayer el fiscal": only a subject right after
    return subject_after(ctx, end, ctx.sentence_end(end))
