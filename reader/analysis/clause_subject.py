"""The subject a sentence is about, for a quotation whose own cue found no name.

``La patronal CEOE fue más cauta.``, ``En la estación de Moyua, a las ocho, una enfermera
…``, ``Prime Minister Tomas Petrauskas did not …``: the person, organisation or unnamed
person opening the sentence or its main clause, past an opening phrase. Split from
``speaker_resolve`` (which resolves what this finds) so that ``speaker_cues`` can use it
without a cycle.
"""

from __future__ import annotations

import re

from reader.analysis.anonymous import anonymous_phrase
from reader.analysis.phrases import appositive_person, noun_phrase
from reader.analysis.speaker_clauses import role_phrase_then_name
from reader.analysis.speaker_context import (
    WORD,
    Context,
    governed_role,
    mention,
    past_dateline,
    skip_space,
)
from reader.analysis.subject_after import role_then_name
from reader.core.model import Entity, Speaker


def clause_subject(ctx: Context, sent_start: int, sent_end: int) -> Speaker | None:
    """The person, organisation or unnamed person a sentence is about: the phrase opening
    it, or opening its main clause after an opening phrase ("En la estación de Moyua, a
    las ocho, una enfermera …"); a role noun comes back unnamed, to be resolved."""
    sent_start = _past_coordinator(ctx, past_dateline(ctx.text, sent_start, sent_end), sent_end)
    starts = [sent_start]
    comma = ctx.text.find(",", sent_start, sent_end)
    while comma > 0 and len(starts) < 4:
        starts.append(comma + 1)
        comma = ctx.text.find(",", comma + 1, sent_end)
    opening = _opening_kind(ctx, sent_start, sent_end)
    if opening:
        starts = _past_adjuncts(ctx, starts, sent_end, opening == "participle")
    for pos in starts:
        pos = skip_space(ctx.text, pos, sent_end)
        while ctx.text[pos : pos + 1] in ("—", "«", "“", '"'):
            pos = skip_space(ctx.text, pos + 1, sent_end)
        found = _subject_at(ctx, pos, sent_end)
        if found is not None and pos > sent_start and governed_role(ctx, found.start):
            continue  # "Compareció junto al director general, X, y precisó": no subject
        if found is not None:
            return found
    return None


def _past_coordinator(ctx: Context, sent_start: int, sent_end: int) -> int:
    """``But one dealer in Rotterdam said …``, ``Y la patronal …``: past a coordinating
    word opening the sentence (a contrast that is no subordinator)."""
    first = WORD.match(ctx.text, skip_space(ctx.text, sent_start, sent_end), sent_end)
    if first is None:
        return sent_start
    lower = first.group().lower()
    if lower not in ctx.lex.contrasts or lower in ctx.lex.subordinators:
        return sent_start
    return skip_space(ctx.text, first.end(), sent_end)


def _opening_kind(ctx: Context, sent_start: int, sent_end: int) -> str:
    """"participle" (``Acompañado por su entrenador, …``: no finite verb in it),
    "preposition" (``En una rueda de prensa, junto al secretario X, …``: it may hold the
    inverted verb, ``A la sesión asistió la viuda, X,``) or ""."""
    words = WORD.findall(ctx.text, sent_start, min(sent_end, sent_start + 40))[:2]
    governs = len(words) == 2 and words[1].lower() in ctx.lex.prepositions
    first = words[0].lower() if words else ""
    if governs and len(first) > 4 and first.endswith(tuple(ctx.lex.opening_participle_endings)):
        return "participle"
    return "preposition" if words and words[0].lower() in ctx.lex.prepositions else ""


def _past_adjuncts(
    ctx: Context, starts: list[int], sent_end: int, participle: bool
) -> list[int]:
    """The clause starts after the opening phrase: a piece that is only a name in
    apposition (``, el burgalés X,``) or opens with a conjunction and a preposition
    (``y por el director …``) still belongs to it."""
    kept = starts[1:]
    previous = starts[0]
    adjunct = participle  # the piece before is a phrase with no verb of its own
    while kept:
        pos = skip_space(ctx.text, kept[0], sent_end)
        comma = ctx.text.find(",", pos, sent_end)
        words = WORD.findall(ctx.text, pos, comma if comma > 0 else sent_end)[:2]
        joined = len(words) == 2 and words[1].lower() in ctx.lex.prepositions
        named = [e for e in ctx.entities_in(pos, comma) if e.end == comma] if comma > 0 else []
        # a name closing its piece is an apposition only after a person noun ("su
        # entrenador de siempre, el burgalés X,"); after "En la barra," it is the subject
        apposed = bool(named) and adjunct and _person_noun_in(ctx, previous, pos)
        # "Pressed by X, an analyst at Y, on whether …, Halvorsen declined": inside an
        # opening participle, the apposition on the agent and a piece opening with a
        # preposition still belong to it
        carried = participle and bool(words) and (
            words[0].lower() in ctx.lex.prepositions
            or words[0].lower() in ctx.lex.indefinite_articles
            and comma > 0  # the apposition closes before the clause goes on
            and _person_closes(ctx, previous, kept[0])
        )
        if not (joined or apposed or carried):
            break
        previous, kept, adjunct = kept[0], kept[1:], joined or carried
    return kept


def _person_closes(ctx: Context, start: int, comma: int) -> bool:
    """A person's name ends the piece ``[start, comma)`` (right before its comma)."""
    end = comma - 1 if ctx.text[comma - 1 : comma] == "," else comma
    return any(e.label == "PER" and e.end == end for e in ctx.entities_in(start, end))


def _person_noun_in(ctx: Context, start: int, end: int) -> bool:
    """A role, a worker or a noun with a person's ending between ``start`` and ``end``."""
    lex = ctx.lex
    return any(
        w in lex.role_nouns or w in lex.workers or (len(w) > 5 and w.endswith(lex.person_ends))
        for w in (m.lower() for m in WORD.findall(ctx.text, start, end))
        if w.islower()
    )


def _subject_at(ctx: Context, pos: int, limit: int) -> Speaker | None:
    entity = ctx.entity_starting(pos) or _after_title(ctx, pos, limit)
    if entity is not None:
        if entity.label not in ("PER", "ORG"):
            return None
        possessive = ctx.text[entity.end : entity.end + 1] in ("'", "’")
        holder = None if possessive else role_then_name(ctx, entity.end, limit)
        if holder is not None:  # "Wolves coach X", however the team was typed
            return holder
        if entity.label == "ORG" or possessive:
            named = appositive_person(ctx, entity.end, limit)
            if named is not None:  # "Acme's chief, Ana Paz, …", "Ferrell's sister, X,"
                return named
        return mention(ctx, entity.start, entity.end, entity.canonical)
    anonymous = anonymous_phrase(ctx, pos, limit)
    if anonymous is not None:
        if not a_person(ctx, anonymous.name):
            return None
        fuller = noun_phrase(ctx, pos, limit)  # "Un concejal de la oposición": its complement
        if fuller is not None and fuller.start == pos and len(fuller.name) > len(anonymous.name):
            return fuller
        return anonymous
    phrase = noun_phrase(ctx, pos, limit)
    if phrase is None:
        return None
    if phrase.start != pos:  # "El senador republicano Dale Hutchins": the name it holds
        return phrase if ctx.entity_starting(phrase.start) is not None else None
    named = _named_next(ctx, phrase.end, limit)
    if named is not None:  # "La patronal CEOE", "La directora de X, Carmen López,"
        return named
    if phrase.name and ctx.entity_starting(phrase.start) is None:
        named = ctx.entities_in(phrase.start, phrase.end)
        if not named and not a_person(ctx, phrase.name) and not _org_phrase(ctx, phrase):
            return None
    return phrase


def _after_title(ctx: Context, pos: int, limit: int) -> Entity | None:
    """``Prime Minister Tomas Petrauskas did not …``: a name after capitalised title words."""
    found = ctx.entities_in(pos, limit)
    if not found or found[0].label not in ("PER", "ORG"):
        return None
    opener = ctx.lex.noun_opener.match(ctx.text, pos, found[0].start)
    if opener is not None and opener.end() == found[0].start:
        indefinite = opener.group().strip().lower() in ctx.lex.indefinites
        after = WORD.match(ctx.text, found[0].end + 1, limit)
        if indefinite and after is not None and after.group().islower():
            return None  # "A United Nations humanitarian official": the name qualifies
        return found[0]  # "El Ministerio de Defensa confirmó …"
    words = WORD.findall(ctx.text, pos, found[0].start)
    if role_phrase_then_name(ctx, words, found[0], pos):
        return found[0]  # "el cotitular de la central Héctor Dalmasso compareció"
    if not words or len(words) > 4:
        return None
    if opener is not None and len(words) == 2 and words[1].lower() in ctx.lex.role_nouns:
        return found[0]  # "El diputado Álvaro Peñas interpeló a …, Luis Carbonell."
    lex = ctx.lex
    if all(w[0].isupper() for w in words) and words[0].lower() not in lex.prepositions:
        return found[0]  # not "Desde Junts, su portavoz, X, …": the body is no subject
    # "former doubles player Oleksandr Marchenko": a role in lower case before the name
    if any(w.lower() in lex.prepositions or w.lower() in lex.function_words for w in words):
        return None
    return found[0] if words[-1].lower() in lex.role_nouns else None


_NEXT_NAME = re.compile(r"\s*,?\s*")


def _named_next(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """The name right after a common-noun phrase, or after its comma: the phrase's own
    name ("la patronal CEOE", "La directora de X, Carmen López,")."""
    gap = _NEXT_NAME.match(ctx.text, pos, limit)
    entity = ctx.entity_starting(gap.end()) if gap is not None else None
    if entity is None or entity.label not in ("PER", "ORG"):
        return None
    return mention(ctx, entity.start, entity.end, entity.canonical)


def a_person(ctx: Context, name: str) -> bool:
    """A phrase whose head is a person noun ("militante veterano", "enfermera"). A word
    that only ends like one ("-er", "-ent") counts as the head where adjectives go before
    the noun only when it ends the phrase ("a hardier variety", "an older model" are
    things; "the retired farmer" is a person)."""
    lex = ctx.lex
    words = WORD.findall(name.lower())
    guessed = words if lex.flags["adjective_after_noun"] else words[-1:]
    return any(
        word in lex.role_nouns
        or word in lex.workers
        or word in lex.informant_nouns  # "one of the people familiar with the matter"
        for word in words
    ) or any(
        lex.person_shaped(word)  # not "an agreement"
        and word not in lex.org_words  # "the previous government": no person
        and word not in lex.org_nouns
        for word in guessed  # "a hardier variety": an adjective before the head
    )


def _org_phrase(ctx: Context, phrase: Speaker) -> bool:
    lex = ctx.lex
    return any(
        w in lex.org_nouns or w in lex.org_words or w in lex.standalone_org_nouns
        for w in WORD.findall(phrase.text.lower())
    )
