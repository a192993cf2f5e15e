"""Which organisation ``"…," it said`` stands for, when the tag after a quotation is "it".

"It" is never a person: it takes up a possessed body opening the sentence just before
("Ethiopia's delegation put it differently."), else the body that last reported in the
quotation's paragraph or the one just before, else the nearest organisation named. Split
from ``cue_after`` (which finds the tag and calls ``organisation_before``) because this
is a search backwards through the article, not a reading of the tag; it imports nothing
from ``cue_after``. (``pronoun_resolve`` handles "it" as a cue found before a quotation.)
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.phrases import noun_phrase
from reader.analysis.speaker_context import Context, after_preposition
from reader.analysis.speaker_cues import recent_reporter
from reader.analysis.subject_before import cue_subject_before
from reader.core.model import Speaker


def organisation_before(ctx: Context, pos: int, word: re.Match[str]) -> Speaker:
    """``"…," it said``: "it" is an organisation, never a person; the body whose statement
    the paragraph (or the one before) last reported, else the nearest organisation named."""
    opened = bisect.bisect_right(ctx.quotes, (pos, len(ctx.text) + 1)) - 1  # starts <= pos
    quote_start = ctx.quotes[opened][0] if opened >= 0 else pos
    opening = _body_opening(ctx, quote_start)
    if opening is not None:  # "Ethiopia's delegation put it differently. "…," it said"
        return Speaker(word.start(), word.end(), word.group(), opening.name)
    reporter = recent_reporter(ctx, quote_start, -1) or _paragraph_before_reporter(
        ctx, quote_start
    )
    named = ctx.entity_starting(reporter.start) if reporter is not None else None
    body = named is None or named.label == "ORG"  # no person: "the port authority said"
    if reporter is not None and reporter.name and body and not _pronoun(ctx, reporter):
        return Speaker(word.start(), word.end(), word.group(), reporter.name)
    for entity in reversed(ctx.entities_in(max(0, pos - 1500), quote_start)):
        if entity.label == "ORG" and not after_preposition(ctx, entity):
            return Speaker(word.start(), word.end(), word.group(), entity.canonical)
    return Speaker(word.start(), word.end(), word.group(), word.group())  # never a person


def _paragraph_before_reporter(ctx: Context, quote_start: int) -> Speaker | None:
    """``The club said in a statement …`` ¶ ``"…," it said``: the subject that reports
    first in the paragraph just before the quotation's (when that opens it) is what
    "it" stands for."""
    block_start = ctx.block_of[quote_start][0] if quote_start in ctx.block_of else -1
    if block_start != quote_start:
        return None
    low = max(0, block_start - 1500)  # a huge paragraph before is read no further back
    previous = ctx.text.rfind("\n\n", low, max(0, block_start - 2)) + 2
    previous = max(previous, low)
    verbs = ctx.reporting_in(previous, block_start)
    if not verbs:
        return None
    index = bisect.bisect_right(ctx.sentence_starts, verbs[0].start()) - 1
    sent_start = max(previous, ctx.sentence_starts[index] if index >= 0 else 0)
    subject, _ = cue_subject_before(ctx, sent_start, verbs[0].start())
    return subject


def _body_opening(ctx: Context, quote_start: int) -> Speaker | None:
    """A body named by a noun phrase opening the sentence just before the quotation's
    ("Ethiopia's delegation put it differently."): what "it" stands for."""
    index = bisect.bisect_right(ctx.sentence_starts, quote_start) - 1
    if index < 1 or ctx.sentence_starts[index] != quote_start:
        return None
    previous = ctx.sentence_starts[index - 1]
    if "\n\n" in ctx.text[previous:quote_start].rstrip():
        return None
    phrase = noun_phrase(ctx, previous, quote_start)
    if phrase is None or not phrase.name or "'" not in phrase.name and "’" not in phrase.name:
        return None  # only a possessed body ("Ethiopia's delegation") names itself
    return phrase


def _pronoun(ctx: Context, speaker: Speaker) -> bool:
    return speaker.text.lower() in ctx.lex.pronouns
