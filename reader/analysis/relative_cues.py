"""A quotation after a relative clause with a subject of its own: ``una jornada que los
operadores describían como de «…»``, ``algo que el arquitecto X considera «…»``. Split
from ``speaker_clauses``; ``speakers`` tries it first."""

from __future__ import annotations

import re

from reader.analysis.anonymous import anonymous_phrase
from reader.analysis.phrase_search import spaced
from reader.analysis.phrases import noun_phrase
from reader.analysis.speaker_context import WORD, Context, mention, skip_space
from reader.core.model import Speaker


def cue_relative_subject(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    """``una jornada que los operadores describían como de «…»``: a relative clause right
    before the quotation with its own subject (a name or a definite noun phrase) and any finite
    verb; that subject used the quoted words."""
    sent_start = ctx.sentence_of[start][0]
    window = ctx.text[max(sent_start, start - 90) : start].lower()
    if spaced(ctx.lex.relatives).search(window) is None:
        return None, False  # most quotations have no relative clause before them
    words = list(WORD.finditer(ctx.text, max(sent_start, start - 90), start))
    for index in range(len(words) - 1, max(-1, len(words) - 9), -1):
        if words[index].group().lower() not in ctx.lex.relatives:
            continue
        if index > 0 and ctx.lex.is_tag_verb(words[index - 1].group()):
            return None, False  # "le recordó que los mensajes hablan de «…»": a that-clause
        if _reported_after_phrase(ctx, words, index):
            return None, False  # "said on a call with analysts that the capital …"
        if index + 1 >= len(words):
            return None, False
        opener = words[index + 1].start()
        named = ctx.entity_starting(opener)
        if named is not None and named.label in ("PER", "ORG"):
            # "una línea de créditos, que Quiroga calificó de «un parche»": a name
            phrase = mention(ctx, named.start, named.end, named.canonical)
        elif words[index + 1].group().lower() in ctx.lex.articles:
            phrase = (
                noun_phrase(ctx, opener, start)
                or _named_after_noun(ctx, words, index + 1)
                or _people(ctx, words, index + 1)
            )
        else:  # "which one analyst described as …": an unnamed subject of its own
            phrase = anonymous_phrase(ctx, opener, start)
        if phrase is None:
            return None, False
        verb = WORD.match(ctx.text, skip_space(ctx.text, phrase.end, start), start)
        if verb is None or not ctx.lex.is_tag_verb(verb.group()):
            return None, False
        if named is not None and not ctx.lex.is_reporting(verb.group().lower()):
            return None, False  # "considera probado que Escribano aprobó …": a that-clause
        tail = WORD.findall(ctx.text, verb.end(), start)
        if len(tail) > 2:
            return None, False
        return phrase, False
    return None, False


def _reported_after_phrase(ctx: Context, words: list[re.Match[str]], index: int) -> bool:
    """``X said on a call with analysts that the capital remained "…"``: the word that
    reads as a relative pronoun opens the clause of a reporting verb a few words back,
    past the verb's prepositional phrase; the clause's subject reports nothing."""
    end = words[index].end()
    return any(
        ctx.reported_clause_at(verb, end) for verb in words[max(0, index - 7) : index - 1]
    )


def _named_after_noun(ctx: Context, words: list[re.Match[str]], article: int) -> Speaker | None:
    """``que el arquitecto Fabián Luzardo considera``: an article, a noun in lower case,
    then the person's name: the person (whatever the noun)."""
    if article + 2 >= len(words) or not words[article + 1].group().islower():
        return None
    person = ctx.entity_starting(words[article + 2].start())
    if person is None or person.label != "PER":
        return None
    return mention(ctx, person.start, person.end, person.canonical)


def _people(ctx: Context, words: list[re.Match[str]], article: int) -> Speaker | None:
    """``los pescadores``: an article and one noun with a person's ending, listed or not."""
    if article + 1 >= len(words):
        return None
    noun = words[article + 1]
    if not noun.group().islower() or not noun.group().endswith(ctx.lex.person_ends):
        return None
    start = words[article].start()
    return mention(ctx, start, noun.end(), noun.group())
