"""A shout from one unnamed person in a crowd has no speaker.

``"Shame on you!" one man yelled``, ``a woman shouted from the queue: "…"``, ``«¡Fuera!»,
gritó un hombre``: the cry of a single person nobody names, picked out of a crowd, is no
source a reader can weigh or check, unlike an anonymous dealer or official who *said*
something. Such a quotation, and any untagged one that runs on from it, keeps no speaker.
A named shouter ("Smith shouted") and a group ("the crowd chanted", "dozens of
campaigners chanted") keep theirs.
"""

from __future__ import annotations

import re

from reader.analysis.lexicon import Lexicon
from reader.core.model import Speaker

_WORD = re.compile(r"[^\W\d_]+")
_STOP = re.compile(r"[.,;:!?«»“”\"()—]")
_AFTER_WORDS = 6  # "a man on the next boat over shouted": a short phrase between
_BEFORE = 30  # characters between '"…,"' and 'yelled one man'


def crowd_voices(
    text: str,
    spans: list[tuple[int, int]],
    speakers: list[Speaker | None],
    lex: Lexicon,
) -> list[Speaker | None]:
    """``speakers`` with every shout of a single unnamed person (and the quotations that
    continue it) left without a speaker."""
    shouters = {
        speaker
        for (start, _end), speaker in zip(spans, speakers, strict=True)
        if speaker is not None and _lone_shouter(text, speaker, lex)
    }
    if not shouters:
        return speakers
    return [None if speaker in shouters else speaker for speaker in speakers]


def _lone_shouter(text: str, speaker: Speaker, lex: Lexicon) -> bool:
    """The speaker is ``one man``, ``a woman``, ``someone`` and a verb of shouting sits
    next to it: right before (``yelled one man``) or a few words after (``a man on the
    next boat over shouted``)."""
    words = _WORD.findall(speaker.text.lower())
    if not words or words[0] not in lex.single_voices or speaker.name[:1].isupper():
        return False
    before = _WORD.findall(text[max(0, speaker.start - _BEFORE) : speaker.start].lower())
    if before and before[-1] in lex.shout_verbs:
        return True
    stop = _STOP.search(text, speaker.end, speaker.end + 80)
    after = _WORD.findall(text[speaker.end : stop.start() if stop else speaker.end + 80])
    return any(w.lower() in lex.shout_verbs for w in after[:_AFTER_WORDS])
