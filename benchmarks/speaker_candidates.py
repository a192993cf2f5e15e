"""The candidate speakers of one quotation and their features, for the learned arbiter.

Every candidate is a name (normalised as ``evaluate`` compares speakers) with the sparse
binary features of the ways the article proposes it: what the cascade chose, what each cue
function gives on its own (all of them, not only the first that fires), the cascade's
fall-backs (the person narrated before, the recent reporter, the dropped subject), the
people and organisations named in the quotation's sentence and the one before, the noun
phrase that opens either sentence, and the previous quotation's speaker. ``NONE`` (no
speaker) is always a candidate.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from reader.analysis.anonymous import anonymous_phrase
from reader.analysis.cue_according import cue_according, cue_according_after, cue_in_clause
from reader.analysis.cue_after import cue_after, cue_closing_tag
from reader.analysis.dialogue_turns import raya_cue
from reader.analysis.evaluate import _norm_name
from reader.analysis.phrases import noun_phrase
from reader.analysis.relative_cues import cue_relative_subject
from reader.analysis.speaker_context import Context, past_dateline, skip_space
from reader.analysis.speaker_cues import (
    cue_colon,
    cue_colon_loose,
    cue_verb_before,
    recent_reporter,
)
from reader.analysis.speaker_resolve import (
    dropped_subject,
    person_narrated_before,
    resolve_speaker,
)
from reader.core.model import Speaker

NONE = ""  # the candidate "no speaker"

CUES: tuple[tuple[str, Callable], ...] = (
    ("raya", raya_cue),
    ("after", cue_after),
    ("relative", cue_relative_subject),
    ("according_after", cue_according_after),
    ("verb_before", cue_verb_before),
    ("colon", cue_colon),
    ("colon_loose", cue_colon_loose),
    ("according", cue_according),
    ("in_clause", cue_in_clause),
    ("closing_tag", cue_closing_tag),
)


def _sentence_index(ctx: Context, pos: int) -> int:
    return bisect.bisect_right(ctx.sentence_starts, pos) - 1


def _where(ctx: Context, mention_start: int, start: int, end: int) -> str:
    """Where a mention lies from the quotation: inside, or before / after it in the same,
    an adjacent or a farther sentence."""
    if start <= mention_start < end:
        return "inside"
    side = "after" if mention_start >= end else "before"
    here = _sentence_index(ctx, start if side == "before" else end - 1)
    there = _sentence_index(ctx, mention_start)
    gap = abs(there - here)
    reach = "same" if gap == 0 else "next" if gap == 1 else "far"
    return f"{side}-{reach}"


def _kind(ctx: Context, speaker: Speaker) -> str:
    """PER / ORG / LOC for a named entity mention, else resolved (a pronoun or a role noun
    given a name), or phrase (an anonymous noun phrase speaks as itself)."""
    entity = ctx.entity_at(speaker.start)
    if entity is not None and entity.end <= speaker.end + 1:
        return entity.label
    if speaker.name and _norm_name(speaker.name) != _norm_name(speaker.text):
        return "resolved"
    return "phrase"


class Gathered:
    """The candidates of one quotation: normalised name → feature set."""

    def __init__(self, ctx: Context, start: int, end: int) -> None:
        self.ctx, self.start, self.end = ctx, start, end
        self.found: dict[str, set[str]] = {NONE: {"none"}}
        self.sources: dict[str, set[str]] = {}

    def add(self, source: str, speaker: Speaker | None, last: Speaker | None) -> None:
        if speaker is None:
            return
        if not speaker.name:
            speaker = resolve_speaker(self.ctx, speaker, last, self.start)
        name = _norm_name(speaker.name or speaker.text)
        if not name:
            return
        feats = self.found.setdefault(name, set())
        self.sources.setdefault(name, set()).add(source)
        feats.add(f"src:{source}")
        where = _where(self.ctx, speaker.start, self.start, self.end)
        kind = _kind(self.ctx, speaker)
        feats.add(f"where:{where}")
        feats.add(f"kind:{kind}")
        feats.add(f"src:{source}|{where}")


def gather(
    ctx: Context,
    start: int,
    end: int,
    chosen: Speaker | None,
    last: Speaker | None,
    last_end: int,
) -> dict[str, set[str]]:
    """Every candidate of the quotation ``[start, end)`` with its features; ``chosen`` is
    the cascade's speaker, ``last`` the previous quotation's."""
    got = Gathered(ctx, start, end)
    fired: list[str] = []
    for name, rule in CUES:
        speaker, dropped = rule(ctx, start, end)
        if speaker is None and dropped:
            speaker = dropped_subject(ctx, last, start)
            name = f"{name}~dropped"
        if speaker is not None or dropped:
            fired.append(name)
        got.add(name, speaker, last)
    got.add("narrated_before", person_narrated_before(ctx, start, last_end), last)
    got.add("recent_reporter", recent_reporter(ctx, start, last_end), last)
    got.add("dropped_subject", dropped_subject(ctx, last, start), last)
    _nearby(ctx, got, start, end, last)
    if last is not None and last.name:
        prev = _norm_name(last.name)
        got.found.setdefault(prev, set()).add("previous")
        got.sources.setdefault(prev, set()).add("previous")
    cascade = _norm_name(chosen.name) if chosen is not None else NONE
    got.found.setdefault(cascade, set()).add("cascade")
    if cascade == NONE:
        got.found[NONE].add("cascade-none")
    _summaries(got, fired, cascade, last)
    return got.found


def _nearby(ctx: Context, got: Gathered, start: int, end: int, last: Speaker | None) -> None:
    """People and organisations named in the quotation's sentence and the one before, and
    the noun phrase opening either sentence."""
    index = _sentence_index(ctx, start)
    low = ctx.sentence_starts[max(index - 1, 0)] if index >= 0 else 0
    high = ctx.sentence_end(end - 1) if end > start else end
    nearest_before = True
    for entity in reversed(ctx.entities_in(low, high)):
        if entity.label not in ("PER", "ORG") or start <= entity.start < end:
            continue
        speaker = Speaker(entity.start, entity.end, entity.text, entity.canonical)
        source = f"entity-{entity.label}"
        if entity.start < start and nearest_before:
            source, nearest_before = f"{source}-nearest", False
        got.add(source, speaker, last)
    for which in (index - 1, index):
        if which < 0:
            continue
        sent_start, sent_end = ctx.sentence_starts[which], ctx.sentence_ends[which]
        pos = skip_space(ctx.text, past_dateline(ctx.text, sent_start, sent_end), sent_end)
        if start <= pos < end:
            continue
        phrase = anonymous_phrase(ctx, pos, sent_end) or noun_phrase(ctx, pos, sent_end)
        got.add("opening-phrase", phrase, last)


def _summaries(got: Gathered, fired: list[str], cascade: str, last: Speaker | None) -> None:
    """Counts of agreeing sources, agreement with the cascade and the previous speaker."""
    previous = _norm_name(last.name) if last is not None and last.name else None
    first = fired[0] if fired else "nocue"
    for name, feats in got.found.items():
        sources = got.sources.get(name, set())
        votes = len(sources)
        feats.add(f"votes:{min(votes, 3)}")
        if name == previous:
            feats.add("is-previous")
        if name == cascade:
            feats.add(f"cascade|first:{first}")
        elif name != NONE:
            feats.add(f"other|first:{first}")
