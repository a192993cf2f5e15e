"""The titles an article itself gives its people, found once per article and kept on the
``Context``: ``la tenista (vizcaína) Nerea Galdós`` makes "la tenista" a person later
though no list holds "tenista"; ``la catedrática de Química Amparo Benjumea`` does the same
for a title with a complement. Apart from ``speaker_context`` (the shared context and its
small helpers) because these read the article's own usage, for ``coref``, ``phrases`` and
``subject_after``.
"""

from __future__ import annotations

import re

from reader.analysis.speaker_context import WORD, Context


def title_nouns(ctx: Context) -> frozenset[str]:
    """Nouns the article itself used as a person's title: "la tenista (vizcaína) Nerea
    Galdós" makes "la tenista" a person later though no list holds "tenista". Found
    once per article, from the two words before each person's name."""
    if ctx.titles is None:
        found: set[str] = set()
        articles, ends = ctx.lex.articles, tuple(ctx.lex.person_endings)
        for entity in ctx.entities:
            if entity.label != "PER":
                continue
            words = ctx.text[max(0, entity.start - 40) : entity.start].split()[-3:]
            for index in range(len(words) - 1):
                noun = words[index + 1]
                if words[index].lower() in articles and noun.islower() and noun.endswith(ends):
                    found.add(noun)
        ctx.titles = frozenset(found)
    return ctx.titles


def words_before_name(ctx: Context, left: str) -> list[str]:
    """The word before a name, and the one before that when a bare lower-case adjective
    stands between role and name ("la tenista vizcaína Nerea Galdós")."""
    found = WORD.findall(left.lower())
    tail = left.rstrip()
    if len(found) < 2 or not tail.endswith(f" {found[-1]}"):  # lower case, next to the name
        return found[-1:]
    last, lex = found[-1], ctx.lex
    joined = tail.lower().endswith(f"{found[-2]} {last}")
    if not joined or len(last) < 4 or last in lex.prepositions or last in lex.articles:
        return found[-1:]
    return found[-2:]


def titled_with_complement(ctx: Context, noun: str) -> bool:
    """``la catedrática de Química Amparo Benjumea``: the article gave someone this noun
    as a title with a complement of capitalised words. Found once per article."""
    if ctx.complement_titles is None:
        found: set[str] = set()
        for entity in ctx.entities:
            if entity.label == "PER":
                left = ctx.text[max(0, entity.start - 60) : entity.start]
                found.update(_role_of_complement(ctx, left, True))
        ctx.complement_titles = frozenset(found)
    return noun in ctx.complement_titles


def _role_of_complement(ctx: Context, left: str, articled: bool = False) -> list[str]:
    """``la catedrática de Química Amparo Benjumea``: the role before a complement of
    capitalised words (a subject, a place, a body) right before the name; with
    ``articled``, only a role that an article opens."""
    words = WORD.findall(re.split(r"[,.;:«»“”()\n]", left)[-1])
    lex = ctx.lex
    index = len(words)
    while index > 0 and (
        words[index - 1][0].isupper()
        or words[index - 1] in lex.prepositions
        or words[index - 1] in lex.articles
    ):
        index -= 1
    if index == 0 or index == len(words) or words[index].lower() not in lex.prepositions:
        return []
    role = words[index - 1]
    opened = index > 1 and words[index - 2].lower() in lex.articles
    return [role.lower()] if role.islower() and (opened or not articled) else []
