"""Quotations inside a dialogue turn: ``—Siempre. Mi abuelo me lo repetía: “Al monte se
sube despacio”.``

A raya turn is the article's dialogue, set off by a dash, not by marks: the marks inside it
quote a third voice (a parent's saying, a promise someone made, words put to a witness),
so the quotation is reported on its own, nested in the turn, with its own speaker. Marks
nested inside marks (``«… “…” …»``) stay part of the outer quotation (``quotes``); only a
turn's own marks count here. Split from ``quotations``, which runs these after the turns
are attributed, so the turns' alternation never sees the inner spans.
"""

from __future__ import annotations

import bisect

from reader.analysis.clause_subject import clause_subject
from reader.analysis.cue_according import cue_according
from reader.analysis.cue_after import cue_after
from reader.analysis.quotes import outermost, scan_block
from reader.analysis.speaker_context import WORD, Context
from reader.analysis.speaker_cues import cue_colon, cue_colon_loose, cue_verb_before
from reader.analysis.speaker_resolve import dropped_subject, resolve_speaker
from reader.core.model import Speaker

_CUES = (cue_after, cue_verb_before, cue_colon, cue_colon_loose, cue_according)


def turn_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The outermost quotations inside each dialogue turn (a span opened by a raya, or an
    answer's unmarked paragraph that carries a turn on); a labelled ``Q:``/``A:`` line
    keeps what it quotes, as the English interview copy marks it."""
    inner: list[tuple[int, int]] = []
    for start, end in spans:
        carried = text[start].isalpha() and (start == 0 or text[start - 1] == "\n")
        if text[start] != "—" and not carried:
            continue  # a quotation in marks, or a Q&A line after its label: part of it
        pairs, _ = scan_block(text, start, end)
        inner.extend(p for p in outermost(pairs) if p != (start, end))
    return inner


def turn_quote_speaker(
    ctx: Context, start: int, end: int, turn: Speaker | None, answer: Speaker | None
) -> Speaker | None:
    """Who is quoted inside a turn: a cue of its own (``Mi madre me lo dijo: “…”``,
    ``«…», decía el abuelo``), resolved against the turn's voice; nobody when no cue
    names anyone (the turn's voice quoting an unnamed saying is no speaker of it)."""
    for rule in _CUES:
        speaker, dropped = rule(ctx, start, end)
        if speaker is None and dropped:  # "… y nos dijo: “…”": the clause's subject
            sentence = ctx.sentence_starts[bisect.bisect_right(ctx.sentence_starts, start) - 1]
            if _spoken_to(ctx, sentence, start):
                return answer  # "—… usted le dijo: “…”": the one the turn is put to
            speaker = (
                _own_opening(ctx, sentence, start)
                or clause_subject(ctx, sentence, start)
                or dropped_subject(ctx, None, start)
            )
        if speaker is None:
            continue
        own = _own_circle(ctx, speaker)
        if own is not None:
            return own
        if not speaker.name:
            speaker = resolve_speaker(ctx, speaker, turn, start)
        return speaker
    return None


def _own_circle(ctx: Context, speaker: Speaker) -> Speaker | None:
    """``Mi madre``, ``nuestro vecino``: someone of the turn's speaker's own circle speaks,
    named by the phrase after the possessive ("madre"), never resolved to the speaker."""
    words = WORD.findall(speaker.text)
    if len(words) < 2 or words[0].lower() not in ctx.lex.own_possessives:
        return None
    rest = speaker.text[speaker.text.index(words[1]) :]
    return Speaker(speaker.start, speaker.end, speaker.text, rest)



def _own_opening(ctx: Context, sentence: int, start: int) -> Speaker | None:
    """``Mi madre, que también …, me lo dijo: “…”``: a sentence opening with a possessive
    of the first person and its noun."""
    words = list(WORD.finditer(ctx.text, sentence, start))[:2]
    if len(words) < 2 or words[0].group().lower() not in ctx.lex.own_possessives:
        return None
    if not words[1].group().islower():
        return None
    first, last = words[0].start(), words[1].end()
    return Speaker(first, last, ctx.text[first:last], words[1].group())


def _spoken_to(ctx: Context, sentence: int, start: int) -> bool:
    """The last reporting verb before the quotation has a pronoun of the one spoken to as
    its subject, clitics aside (``usted le dijo``, ``tú me dijiste``)."""
    verbs = ctx.reporting_in(sentence, start)
    if not verbs:
        return False
    before = [w.lower() for w in WORD.findall(ctx.text, sentence, verbs[-1].start())]
    while before and before[-1] in ctx.lex.clitics:
        before.pop()
    return bool(before) and before[-1] in ctx.lex.you_pronouns
