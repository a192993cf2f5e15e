"""An inverted speech tag: the verb before its subject, whatever the verb.

``«…», razona la empresa``, ``"…," notes the report``, ``«…», explicó por teléfono el
alcalde``: a lower-case word in the tag's slot, then (past a bare manner adjunct) an
article or a named person or body. Apart from ``cue_after``, which asks it once among its
other tag shapes: a self-contained test of one word and what follows it, moved out to keep
``cue_after`` under the module size limit.
"""

from __future__ import annotations

import re

from reader.analysis.speaker_context import WORD, Context, skip_space


def inverted_subject(ctx: Context, word: re.Match[str], limit: int) -> bool:
    """``«…», razona la empresa``, ``"…," notes the report``: a lower-case word that is no
    function word, then an article or a named person or body, in the tag's slot: the
    verb before its subject, whatever the verb."""
    lower = word.group()
    if not lower.islower() or lower in ctx.lex.function_words or len(lower) < 4:
        return False
    if lower.endswith(tuple(ctx.lex.non_finite_endings)) and not ctx.lex.is_reporting(lower):
        return False  # "«…», incluido el estudio de impacto": a participle, no tag
    following = _past_bare_adjunct(ctx, word.end(), limit)
    if following is None:
        return False
    if following.group() in ctx.lex.articles:
        return True
    named = ctx.entity_starting(following.start())
    return named is not None and named.label in ("PER", "ORG")


def _past_bare_adjunct(ctx: Context, pos: int, limit: int) -> re.Match[str] | None:
    """The word after ``pos``, past a preposition and one or two bare lower-case words
    (``por teléfono``, ``en conversación telefónica``, ``by phone``): a manner or means
    between a verb and its subject. A phrase with an article ("en la calle") is looked
    at as it is: its article is no subject's."""
    following = WORD.match(ctx.text, skip_space(ctx.text, pos, limit), limit)
    if following is None or following.group() not in ctx.lex.prepositions:
        return following
    lex, end = ctx.lex, following.end()
    for count in range(3):
        nxt = WORD.match(ctx.text, skip_space(ctx.text, end, limit), limit)
        if nxt is None:
            return None
        bare = nxt.group().islower() and nxt.group() not in lex.function_words
        if count and not bare:
            return nxt
        if not bare:
            return following
        end = nxt.end()
    return following
