"""Press conferences: a reporter's question, then an untagged follow-up that any of the
reporters in the room may have put. Split from ``dialogue_turns``; ``exchange_parties``
asks it too."""

from __future__ import annotations

import re

from reader.analysis.speaker_context import WORD, Context
from reader.core.model import Speaker


def press_follow_up(ctx: Context, span: tuple[int, int], asker: Speaker) -> bool:
    """An untagged question after a reporter's (``quiso saber X, de Ràdio Vinalopó``, ``Una
    periodista de Radio Ferrol, X, le recordó``): at a press conference the next question
    may be anyone's, so nobody is named for it; a prosecutor's or a judge's goes on."""
    if ctx.text[span[1] - 1] != "?":
        return False
    if ctx.reporters is None:  # once per article: asked per question, it was quadratic
        ctx.reporters = _reporters(ctx)
    first = ctx.reporters.get(asker.name)
    return first is not None and first <= span[0]


def _reporters(ctx: Context) -> dict[str, int]:
    """Each person's first mention that presents them as a reporter."""
    found: dict[str, int] = {}
    for entity in ctx.entities:
        if entity.label != "PER" or entity.start >= found.get(entity.canonical, len(ctx.text)):
            continue
        before = WORD.findall(ctx.text[max(0, entity.start - 40) : entity.start].lower())[-4:]
        if any(w in ctx.lex.asking_words and not ctx.lex.is_reporting(w) for w in before):
            found[entity.canonical] = entity.start  # "Una periodista de Radio Ferrol, X"
        elif _OUTLET_AFTER.match(ctx.text, entity.end) is not None:
            found[entity.canonical] = entity.start  # "X, de Radio Mitre": the outlet they ask for
    return found


_OUTLET_AFTER = re.compile(
    r",\s+de\s+(?:la\s+(?:agencia|cadena|emisora|radio)\s+)?(?:Radio|Ràdio|Onda|Cadena|Canal|"
    r"Televisión|TV|Diario|El\s|La\s|Agencia|Noticias)"
)
