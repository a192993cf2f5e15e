"""Which names of an article have one of a set of words near them: one search per word.

``coref._introduced_holder`` lists, once per role set, the people introduced with one of
its words; a person with none of the words in the lowered text around the name (100
characters before it, 60 after) is passed over before the role rules read anything.
Tested person by person, that was a Python loop over every person of a long article for
each role set; here the windows are joined once per article (a NUL between two, which
no word holds) and each word is searched for in C, once. ``orgs_introduced`` does the
same for the organisations a common noun introduced earlier ("la aseguradora X").
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from reader.core.model import Entity

if TYPE_CHECKING:
    from reader.analysis.speaker_context import Context


def near_window(ctx: Context, entity: Entity) -> str:
    """The lowered text around ``entity`` the role rules look in first, read once."""
    near = ctx.near_lower.get((entity.start, entity.end))
    if near is None:
        near = ctx.text[max(0, entity.start - 100) : entity.end + 60].lower()
        ctx.near_lower[(entity.start, entity.end)] = near
    return near


def near_any(ctx: Context, words: frozenset[str]) -> list[Entity]:
    """The people the article introduces (each one's first mention, in order) whose
    window holds one of ``words`` as a substring, in order."""
    people = ctx.introductions(len(ctx.text) + 1)[::-1]
    if ctx.near_joined is None:
        windows = [near_window(ctx, entity) for entity in people]
        offsets, at = [], 0
        for window in windows:
            offsets.append(at)
            at += len(window) + 1
        ctx.near_joined = ("\0".join(windows), offsets)
    joined, offsets = ctx.near_joined
    if "" in words:
        return list(people)
    hits: set[int] = set()
    for word in words:
        pos = joined.find(word)
        while pos >= 0:
            index = bisect.bisect_right(offsets, pos) - 1
            hits.add(index)  # the next window is where another hit may start
            pos = joined.find(word, offsets[index + 1]) if index + 1 < len(offsets) else -1
    return [people[index] for index in sorted(hits)]


def orgs_introduced(ctx: Context, nouns: list[str], before: int) -> list[tuple[Entity, str]]:
    """The unquoted organisations that end by ``before`` with one of ``nouns`` (as a
    substring) in the lowered 40 characters before the name, in order, each with that
    text: where ``speaker_bodies._introduced_earlier`` looks for "la aseguradora X". The
    texts are joined once per article, as for ``near_any``."""
    if ctx.org_windows is None:
        orgs = [e for e in ctx.entities_in(0, len(ctx.text) + 1) if e.label == "ORG"]
        windows = [ctx.text[max(0, e.start - 40) : e.start].lower() for e in orgs]
        offsets, at = [], 0
        for window in windows:
            offsets.append(at)
            at += len(window) + 1
        ctx.org_windows = (orgs, windows, "\0".join(windows), offsets)
    orgs, windows, joined, offsets = ctx.org_windows
    hits = set(range(len(orgs))) if "" in nouns else set()
    for noun in nouns if not hits else ():
        pos = joined.find(noun)
        while pos >= 0:
            index = bisect.bisect_right(offsets, pos) - 1
            hits.add(index)
            pos = joined.find(noun, offsets[index + 1]) if index + 1 < len(offsets) else -1
    return [
        (orgs[i], windows[i])
        for i in sorted(hits)
        if orgs[i].start < before and orgs[i].end <= before
    ]
