"""A dialogue statement may hand the word on: ``—… —contestó, y miró al director
general—. Clemente lo puede explicar mejor que yo.`` then ``—Se tomaron muestras …``.

The aside of a raya statement that turns to a person (named, or given by a role a named
person holds) says who speaks next: the next untagged turn is that person's, not the
voice of the turn before. Split from ``speakers``, which orders the cues.
"""

from __future__ import annotations

from reader.analysis.coref import role_holder
from reader.analysis.dialogue_turns import addressee
from reader.analysis.speaker_context import WORD, Context
from reader.core.model import Speaker


def handed_to(ctx: Context, start: int, speaker: Speaker | None) -> Speaker | None:
    """A dialogue statement whose tag turns to a person named or given a role (``—… —
    contestó, y miró al director general—.``): the next untagged turn is that person's."""
    block_end = ctx.block_of[start][1]
    dash = ctx.text.find("—", start + 1, block_end)
    if dash < 0:
        return None
    close = ctx.text.find("—", dash + 1, block_end)
    aside_end = close if close > 0 else block_end
    words = WORD.finditer(ctx.text, dash, aside_end)
    turn = next((w for w in words if w.group().lower() in ctx.lex.addressee_prepositions), None)
    if turn is None:
        return None
    other = addressee(ctx, start, dash, speaker) or _role_turned_to(ctx, turn.end(), aside_end)
    if other is None or not other.name or (speaker is not None and other.name == speaker.name):
        return None
    return other if ctx.names_person(other.name) else None


def _role_turned_to(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """``miró al director general``, ``se volvió hacia el gerente``: a role noun right
    after the preposition (and its article), given to the person who holds it; None when
    nobody does."""
    words = list(WORD.finditer(ctx.text, pos, limit))[:5]
    if words and words[0].group().lower() in ctx.lex.determiners:
        words = words[1:]  # "hacia el gerente"
    if not words or words[0].group().lower() not in ctx.lex.role_nouns:
        return None
    stop = next((i for i, w in enumerate(words) if not w.group().islower()), len(words))
    if stop == 0:
        return None  # "a Director X": a name, which ``addressee`` reads
    first, last = words[0].start(), words[stop - 1].end()
    role = Speaker(first, last, ctx.text[first:last], "")
    name = role_holder(ctx, role)
    return Speaker(role.start, role.end, role.text, name) if name else None
