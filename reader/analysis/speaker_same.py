"""``Las mismas fuentes indicaron que «…»``: a source phrase that takes up one named
before (``same_words``) speaks as that earlier phrase (``Fuentes de la investigación``),
not as "mismas fuentes", which names nobody.
"""

from __future__ import annotations

import re

from reader.analysis.phrases import anonymous_phrase, noun_phrase
from reader.analysis.speaker_context import WORD, Context
from reader.core.model import Speaker

_WINDOW = 2000  # characters searched back for the phrase taken up


def same_source(ctx: Context, speaker: Speaker | None) -> Speaker | None:
    """``speaker`` named as the earlier phrase it takes up, when it is one."""
    if speaker is None:
        return None
    words = WORD.findall(speaker.text.lower())
    lead = WORD.findall(ctx.text[max(0, speaker.start - 12) : speaker.start].lower())[-1:]
    if not words or not any(w in ctx.lex.same_words for w in lead + words[:-1]):
        return speaker  # "dichas fuentes", "the same officials", "las mismas fuentes"
    head = words[-1]
    pattern = re.compile(rf"(?<!\w){re.escape(head)}(?!\w)", re.IGNORECASE)
    found = list(pattern.finditer(ctx.text, max(0, speaker.start - _WINDOW), speaker.start))
    for match in reversed(found):
        if ctx.in_quote(match.start()):
            continue
        earlier = _phrase_at(ctx, match.start())
        if earlier is None or not earlier.name:
            continue
        if any(w in ctx.lex.same_words for w in WORD.findall(earlier.text.lower())):
            continue  # another "mismas fuentes": look further back
        return Speaker(speaker.start, speaker.end, speaker.text, earlier.name)
    return speaker


def _phrase_at(ctx: Context, pos: int) -> Speaker | None:
    """The phrase the head word opens, or that its article, indefinite or number opens
    ("las fuentes …", "two officials at …")."""
    limit = ctx.sentence_end(pos)
    before = list(WORD.finditer(ctx.text, max(0, pos - 12), pos))
    starts = [pos]
    lex = ctx.lex
    opener = before[-1].group().lower() if before else ""
    if opener in lex.articles or opener in lex.indefinites or opener in lex.number_words:
        starts.insert(0, before[-1].start())
    for start in starts:
        phrase = anonymous_phrase(ctx, start, limit) or noun_phrase(ctx, start, limit)
        if phrase is not None and phrase.start <= pos < phrase.end:
            return phrase
    return None
