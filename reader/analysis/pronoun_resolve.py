"""Whom a pronoun cue stands for: ``she said``, ``he added``, ``it said``.

A singular pronoun takes up the subject of the sentence before when the genders agree
(or the speaker of the quotation just before, when no sentence came between), else the
nearest agreeing subject (``coref``); "it" stands for the nearest organisation. Split
from ``speaker_resolve`` so that module keeps role nouns and dropped subjects, and this
one the pronouns: it never needs the role rules, so it imports nothing from there.
"""

from __future__ import annotations

import bisect

from reader.analysis.clause_subject import a_person, clause_subject
from reader.analysis.coref import entity_gender, group_name, pronoun_antecedent
from reader.analysis.gender import compatible, name_gender, phrase_gender, pronoun_gender
from reader.analysis.noun_words import plural_people
from reader.analysis.speaker_context import WORD, Context, after_preposition
from reader.core.model import Speaker


def resolve_pronoun(ctx: Context, speaker: Speaker, last: Speaker | None, start: int) -> Speaker:
    """Give a pronoun mention (``ctx.lex.pronouns`` or ``thing_pronouns``) a name: "it"
    the organisation before, a person pronoun the person it takes up (whose gender it
    then records for the next pronoun)."""
    if speaker.text.lower() in ctx.lex.thing_pronouns:  # "It said risks were …": a body
        return Speaker(speaker.start, speaker.end, speaker.text, _body_before(ctx, speaker))
    previous = _previous_person(ctx, speaker, start, last)
    name = previous or pronoun_antecedent(ctx, speaker, last)
    _learn_gender(ctx, name, pronoun_gender(speaker.text))
    return Speaker(speaker.start, speaker.end, speaker.text, name)


def _previous_person(ctx: Context, pronoun: Speaker, start: int, last: Speaker | None) -> str:
    """``One commuter …, asked how he would get home, laughed. "Walk," he said.``,
    ``That coach, X, watched. Brandt, he said, had been "…"``: a singular pronoun takes
    up the person (named or not) who is the subject of the sentence before, when the
    genders agree; "" when that subject is no person."""
    if pronoun.text.lower() in ctx.lex.plural_pronouns:
        return ""
    index = bisect.bisect_right(ctx.sentence_starts, min(start, pronoun.start)) - 1
    if index < 1:
        return ""
    prev_start = ctx.sentence_starts[index - 1]
    last_end = last.end if last is not None else -1
    if last is not None and prev_start < last_end:
        return _same_voice(ctx, pronoun, last)  # '"…," he urged. "…," he said.'
    if last is not None and _quoted_after(ctx, last, prev_start):
        # 'Said X: "We were beaten. There's no more to it." He added …': the sentence
        # before is the last speaker's own quotation
        return _same_voice(ctx, pronoun, last)
    if ctx.text.count("\n\n", prev_start, start) > 1:
        return ""
    prev_end = min(ctx.sentence_ends[index - 1], start)
    subject = clause_subject(ctx, prev_start, prev_end)
    if subject is None or not subject.name:
        return _only_person(ctx, pronoun, prev_start, prev_end)
    entity = ctx.entity_starting(subject.start)
    if entity is not None:
        if entity.label != "PER" or group_name(entity.text):
            return ""  # "Opposition MPs shouted …": a group is no "he"
        gender = entity_gender(ctx, entity)
    elif _plural_head(ctx, subject.text):
        return ""  # "Residents fear more traffic. "…," she said": a crowd is no "she"
    elif a_person(ctx, subject.name):
        gender = phrase_gender(subject.text)
    else:
        return _only_person(ctx, pronoun, prev_start, prev_end)
    return subject.name if compatible(pronoun_gender(pronoun.text), gender) else ""


def _plural_head(ctx: Context, phrase: str) -> bool:
    """A noun phrase whose head (its last word before any preposition) is a plural noun
    for people ("Residents", "the striking dockers"): a group, never taken up by a
    singular pronoun. "One of the residents" has its head before the preposition."""
    words = WORD.findall(phrase)
    for index, word in enumerate(words):
        if word.lower() in ctx.lex.prepositions:
            words = words[:index]
            break
    if not words:
        return False
    head = words[-1]
    if plural_people(ctx, head):
        return True
    lower = head.lower()  # "residents", "witnesses": a person's ending under the plural's
    return head[1:].islower() and lower.endswith("s") and (
        a_person(ctx, lower[:-1]) or lower.endswith("es") and a_person(ctx, lower[:-2])
    )


def _only_person(ctx: Context, pronoun: Speaker, prev_start: int, prev_end: int) -> str:
    """``The announcement came from X, the chief executive. "…," he said``: the sentence
    before is about a thing, and names one person only (of agreeing gender): that one."""
    people = {
        e.canonical
        for e in ctx.entities_in(prev_start, prev_end)
        if e.label == "PER" and not group_name(e.text)
    }
    if len(people) != 1:
        return ""
    name = next(iter(people))
    gender = ctx.genders.get(name) or name_gender(name)
    return name if compatible(pronoun_gender(pronoun.text), gender) else ""


def _quoted_after(ctx: Context, last: Speaker, pos: int) -> bool:
    """``pos`` is inside a quotation in the paragraph of the last speaker's mention."""
    return last.end <= pos and ctx.in_quote(pos) and "\n\n" not in ctx.text[last.end : pos]


def _same_voice(ctx: Context, pronoun: Speaker, last: Speaker) -> str:
    """The speaker of the quotation just before, when a person of agreeing gender: no
    sentence came between to bring in someone else."""
    if not last.name or group_name(last.name):
        return ""  # '… MPs shouted "When?" …. "Order," he said': not the group
    gender = ctx.genders.get(last.name) or name_gender(last.name)
    named = ctx.entity_starting(last.start)
    person = (named is not None and named.label == "PER") or last.text.lower() in (ctx.lex.pronouns)
    if not gender and named is not None and named.label == "PER":
        gender = entity_gender(ctx, named)  # "el alcalde, Federico X": the title tells
    if not person or not compatible(pronoun_gender(pronoun.text), gender):
        return ""
    return last.name


def _learn_gender(ctx: Context, name: str, gender: str) -> None:
    """A pronoun resolved to a person tells that person's gender ("…," he asked): the
    next "she" skips him even when no title or given name said so."""
    if gender and name and not ctx.genders.get(name):
        ctx.genders[name] = gender


def _body_before(ctx: Context, speaker: Speaker) -> str:
    """The organisation "it" stands for: the nearest one named outside a prepositional
    phrase; "it" never stands for a person."""
    for entity in reversed(ctx.entities_in(max(0, speaker.start - 1500), speaker.start)):
        if entity.label == "ORG" and not after_preposition(ctx, entity):
            return entity.canonical
    return speaker.text
