"""Words an outlet relays, and whose they are: ``La cadena recoge unas declaraciones del
ministro X en las que afirma que «…»``. Split from ``speaker_cues``, which asks it before
the main clause's subject."""

from __future__ import annotations

import re

from reader.analysis.speaker_context import Context, mention
from reader.core.model import Speaker

_WORDS_RELATIVE = re.compile(r"\b(?:en|con)\s+(?:el|la|los|las)\s+(?:que|cuales?)\s+$")


def words_author(ctx: Context, verbs: list[re.Match[str]]) -> Speaker | None:
    """``La cadena recoge unas declaraciones del ministro X en las que afirma que «…»``:
    the last verb hangs on a relative about the words an outlet relays ("en las que"),
    so their author, the person named between the two verbs, says them."""
    if len(verbs) < 2:
        return None
    last = verbs[-1]
    floor = max(verbs[0].end(), last.start() - 20)
    relative = _WORDS_RELATIVE.search(ctx.text, floor, last.start())
    if relative is None:
        return None
    people = [e for e in ctx.entities_in(verbs[0].end(), relative.start()) if e.label == "PER"]
    if not people:
        return None
    return mention(ctx, people[-1].start, people[-1].end, people[-1].canonical)
