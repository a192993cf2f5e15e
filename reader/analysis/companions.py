"""People named as someone's company, who are not that someone.

``acompañado por el director del organismo, Heriberto Olvera, el edil explicó``,
``sentado junto al presidente del club, Raúl Echagüe``, ``flanked by her deputy, Tom
Reyes, the mayor said``: a person inside a phrase of company (``companion_words``) is
with the clause's subject, so never the one its role noun or its dropped subject names.
Split from ``speaker_resolve``, which asks it while looking back for a role's holder.
"""

from __future__ import annotations

import re

from reader.analysis.speaker_context import WORD, Context
from reader.core.model import Entity, Speaker

_REACH = 120  # characters looked back from the name for the phrase of company
_CUT = re.compile(r"[.;:!?\n«»“”\"]")
_LONGEST = 14  # words between the phrase and the name ("el director del … (Simac),")


def accompanies(ctx: Context, entity: Entity, speaker: Speaker) -> bool:
    """``entity`` is named in a phrase of company in the very sentence ``speaker``
    opens the clause of ("acompañado por X, el edil explicó"); in a later sentence the
    companion may be the one a role takes up ("… acompañada por el concejal, X." "El
    titular de Movilidad explicó")."""
    return speaker.start < ctx.sentence_end(entity.end) and in_company(ctx, entity)


def in_company(ctx: Context, entity: Entity) -> bool:
    """``entity`` is named in a phrase of company opening at most one apposition before it
    ("acompañado por el director de X, Y"), in its own sentence."""
    window = ctx.text[max(0, entity.start - _REACH) : entity.start]
    cuts = [m.end() for m in _CUT.finditer(window)]
    lowered = window[cuts[-1] if cuts else 0 :].lower()
    for phrase in ctx.lex.companion_words:
        if phrase not in lowered:
            continue  # most phrases: a C scan spares the pattern (and its cache look-up)
        found = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered)
        if found is None:
            continue
        between = lowered[found.end() :]
        if between.count(",") <= 1 and len(WORD.findall(between)) <= _LONGEST:
            return True
    return False
