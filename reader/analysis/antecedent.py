"""What a relative clause hangs on: ``los hoteleros, que la consideran «…»``.

A reporting verb in a relative clause says nothing about the main clause's subject, but a
quotation inside that clause is the antecedent's: the name or noun phrase right before
``, que`` / ``, who``. Split from ``speaker_cues``, which finds the verb.
"""

from __future__ import annotations

import re

from reader.analysis.anonymous import anonymous_phrase
from reader.analysis.gender import compatible, phrase_gender
from reader.analysis.phrases import noun_phrase
from reader.analysis.speaker_context import WORD, Context, mention
from reader.core.model import Speaker


def antecedent(ctx: Context, sent_start: int, verb_start: int) -> Speaker | None:
    """The person, organisation or person-like noun phrase ending at the comma that opens
    the relative clause of the verb at ``verb_start``; None when there is none."""
    comma = ctx.text.rfind(",", sent_start, verb_start)
    if comma < 0:
        return None
    found = ctx.entities_in(sent_start, comma)
    if found and comma - found[-1].end <= 1:
        entity = found[-1]
        if entity.label not in ("PER", "ORG"):
            return None
        return mention(ctx, entity.start, entity.end, entity.canonical)
    openers = ctx.lex.articles | ctx.lex.indefinites
    for word in reversed(list(WORD.finditer(ctx.text, max(sent_start, comma - 60), comma))):
        if word.group().lower() in openers:
            phrase = anonymous_phrase(ctx, word.start(), comma) or noun_phrase(
                ctx, word.start(), comma
            )
            if phrase is not None:
                return phrase if phrase.end >= comma - 1 else None
            return _people(ctx, word.start(), word.end(), comma)
    return None


def _people(ctx: Context, start: int, article_end: int, comma: int) -> Speaker | None:
    """``los hoteleros``, ``las regantes``: an article and a noun with a person's ending,
    listed or not, and nothing else before the comma."""
    words = WORD.findall(ctx.text, article_end, comma)
    if len(words) != 1 or not words[0].islower() or not words[0].endswith(ctx.lex.person_ends):
        return None
    return mention(ctx, start, comma, words[0])


def person_mention(ctx: Context, speaker: Speaker) -> bool:
    """A named person, or an unnamed one by the nouns of its phrase ("un portavoz")."""
    named = ctx.entity_starting(speaker.start)
    if named is not None:
        return named.label == "PER"
    lex = ctx.lex
    return any(
        w in lex.role_nouns or w in lex.workers or w.endswith(tuple(lex.person_endings))
        for w in WORD.findall(speaker.name.lower())
    )


_WINDOW = 1500


def earlier_unnamed(ctx: Context, role: Speaker, start: int) -> str:
    """``«…», resumió el corredor de Úbeda`` after ``relató a EFE un corredor de aceite de
    Úbeda``: a definite role phrase taking up an unnamed person introduced with an
    indefinite and the same noun is that person (named as the earlier phrase)."""
    words = WORD.findall(role.text.lower())
    if len(words) < 2 or words[0] not in ctx.lex.articles:
        return ""
    head = words[1]
    openers = "|".join(sorted(map(re.escape, ctx.lex.indefinites), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{openers})\s+{re.escape(head)}(?!\w)", re.IGNORECASE)
    found = list(pattern.finditer(ctx.text, max(0, role.start - _WINDOW), role.start))
    if not found:
        return _plain_person(ctx, role, words) if head in ctx.lex.plain_person_nouns else ""
    phrase = anonymous_phrase(ctx, found[-1].start(), ctx.sentence_end(found[-1].start()))
    return phrase.name if phrase is not None else ""


def _plain_person(ctx: Context, role: Speaker, words: list[str]) -> str:
    """``una pasajera con destino a Tijuana aseguró … «…», relató la mujer``: a noun that
    tells only sex or age (``plain_person_nouns``) takes up the last unnamed person the
    paragraph introduced with an indefinite, when the genders agree."""
    if len(words) != 2:
        return ""  # "la mujer del alcalde": someone else, named by the relation
    start = ctx.text.rfind("\n\n", 0, role.start) + 1  # the paragraph (or text) start
    wanted = phrase_gender(role.text)
    for word in reversed(list(WORD.finditer(ctx.text, start, role.start))):
        if word.group().lower() not in ctx.lex.indefinites:
            continue
        phrase = anonymous_phrase(ctx, word.start(), ctx.sentence_end(word.start()))
        if phrase is None or not person_mention(ctx, phrase):
            continue
        if compatible(wanted, phrase_gender(ctx.text[word.start() : phrase.end])):
            return phrase.name
    return ""
