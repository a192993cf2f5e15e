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
    for entity in ctx.entities:
        if entity.label != "PER" or entity.canonical != asker.name or entity.start > span[0]:
            continue
        before = WORD.findall(ctx.text[max(0, entity.start - 40) : entity.start].lower())[-4:]
        if any(w in ctx.lex.asking_words and not ctx.lex.is_reporting(w) for w in before):
            return True  # "Una periodista de Radio Ferrol, X": a noun for a reporter
        if _OUTLET_AFTER.match(ctx.text, entity.end) is not None:
            return True  # "X, de Radio Mitre": the outlet they ask for
    return False


_OUTLET_AFTER = re.compile(
    r",\s+de\s+(?:la\s+(?:agencia|cadena|emisora|radio)\s+)?(?:Radio|Ràdio|Onda|Cadena|Canal|"
    r"Televisión|TV|Diario|El\s|La\s|Agencia|Noticias)"
)
