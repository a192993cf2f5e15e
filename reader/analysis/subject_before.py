"""The subject of a reporting verb, found before it in its clause.

``X afirmó``, ``La sentencia, cuyo ponente ha sido X, considera``, ``En un comunicado
conjunto, las dos centrales acusan``, ``Un vecino de la calle Delicias declaró``: the name
or noun phrase that speaks. Split from ``speaker_cues`` (which finds the verb);
``subject_after`` finds an inverted subject after it.
"""

from __future__ import annotations

import re

from reader.analysis.anonymous import anonymous_phrase
from reader.analysis.lowercase import lower_in_place
from reader.analysis.phrase_search import spaced
from reader.analysis.phrases import noun_phrase
from reader.analysis.sentence_subject import sentence_subject
from reader.analysis.speaker_clauses import (
    before_relay,
    in_host_apposition,
    in_participle_aside,
    in_prepositional_aside,
    in_relative,
    in_relay_aside,
    inverted_relative,
    joins_clauses,
    org_list,
    pronoun_before,
    relative_host,
    subject_after_relative,
    through_channel,
    unrecognised_name,
)
from reader.analysis.speaker_context import (
    WORD,
    Context,
    after_preposition,
    before_modifiers,
    mention,
    past_dateline,
    skip_space,
)
from reader.core.model import Entity, Speaker

# A short complement, after at most one apposition closed by commas ("Una de las
# testigos, exjefa de compras, relató"): the phrase is still the clause's subject.
_SHORT_COMPLEMENT = re.compile(
    r"[^,.;:«»“”\"()—]{0,60}(?:,[^,.;:«»“”\"()—]{1,120},)?[^,.;:«»“”\"()—]{0,60}$"
)

_GROUPED = re.compile(r",[^,;:«»“”\"]{3,80},\s*$")


def cue_subject_before(
    ctx: Context, sent_start: int, verb_start: int
) -> tuple[Speaker | None, bool]:
    """The subject of a reporting verb: the nearest name before it, else a noun phrase.
    A noun phrase that opens the clause before an apposition ("La sentencia, cuyo ponente
    ha sido X, considera …") is the subject, not the name inside the apposition; an
    opening phrase ("En un comunicado conjunto, las dos centrales acusan") is passed.
    Remembered per article: the cues of several quotations ask for the same verb's."""
    key = (sent_start, verb_start)
    found = ctx.subjects.get(key)
    if found is None:
        found = ctx.subjects[key] = _subject_before(ctx, sent_start, verb_start)
    return found


def _subject_before(ctx: Context, sent_start: int, verb_start: int) -> tuple[Speaker | None, bool]:
    sent_start = past_dateline(ctx.text, sent_start, verb_start)
    verb_start = before_modifiers(ctx, sent_start, verb_start)  # "X later told", "X has said"
    side = _from_side(ctx, sent_start, verb_start)
    if side is not None:
        return side, False  # "Desde el Ayuntamiento explican que …": the body speaks
    sent_start = _past_opening_phrase(ctx, sent_start, verb_start)
    channel = through_channel(ctx, sent_start, verb_start)  # "X, a través de Y, respondió"
    if channel is not None:
        return channel, False
    opening = _opening_phrase(ctx, sent_start, verb_start) or _anonymous_opening(
        ctx, sent_start, verb_start
    )
    if opening is not None:
        return opening, False
    # "Speaking beside X, he urged …", "It said risks were …", "que la candidata atribuyó"
    pronoun = pronoun_before(ctx, sent_start, verb_start) or subject_after_relative(
        ctx, sent_start, verb_start
    )
    if pronoun is not None:
        return pronoun, False
    for entity in reversed(ctx.entities_in(sent_start, verb_start)):
        if _absolute_subject(ctx, entity, verb_start):
            return mention(ctx, entity.start, entity.end, entity.canonical), False
        if after_preposition(ctx, entity) or ctx.text[entity.start - 1 : entity.start] == "(":
            continue  # "con Ortega", "MADRID (EFE).-": no subject
        if _relaying_outlet(ctx, sent_start, entity):
            continue  # "Fuentes del ministerio citadas por la agencia X descartaron"
        if in_relative(ctx, sent_start, entity) or inverted_relative(ctx, entity):
            continue  # "La dirección de X, que preside Ana Paz, ha lamentado"
        if in_host_apposition(ctx, sent_start, entity):
            continue  # "X, a trader at Lagos's Balogun market, said"
        if in_prepositional_aside(ctx, sent_start, entity):
            continue  # "El abogado, X, del gabinete del sindicato LAB, explicó"
        if in_participle_aside(ctx, sent_start, entity):
            continue  # "Owen Prothero, defending Bramwell, said": Bramwell is the object
        if in_relay_aside(ctx, sent_start, entity, verb_start):
            # "Los pescadores, citados por el diario X, señalaron": the phrase before it
            aside = ctx.text.rfind(",", sent_start, entity.start)
            pos = skip_space(ctx.text, sent_start, aside)
            before = anonymous_phrase(ctx, pos, aside) or sentence_subject(ctx, pos, aside)
            if before is not None:
                return before, False
            continue
        if entity.label in ("PER", "ORG") or verb_start - entity.end <= 2:
            nearest = _subject_next_to_verb(ctx, sent_start, verb_start)
            if nearest is not None and nearest.start > entity.end:
                return nearest, False  # "…, con la portavoz, Irene Sastre, la ministra defendió"
            role = WORD.match(ctx.text, skip_space(ctx.text, entity.end, verb_start), verb_start)
            held = _possessed_person(ctx, entity, verb_start)
            if held is not None:  # "Helen Ortiz's lawyer said": the lawyer, not Ortiz
                return held, False
            if entity.label == "PER" and role and role.group() in ctx.lex.group_nouns:
                # "the Mensah family said": the family, not the person it is named after
                name = ctx.text[entity.start : role.end()]
                return mention(ctx, entity.start, role.end(), name), False
            acronym = _body_then_acronym(ctx, entity, verb_start) if entity.label == "ORG" else None
            if acronym is not None:  # "The U.N. refugee agency (UNHCR) said": the agency
                return mention(ctx, acronym.start, acronym.end, acronym.canonical), False
            if entity.label == "ORG" and role and role.group() in ctx.lex.role_nouns:
                # "a Foreign Office spokesman told …": the spokesman, not the office
                name = ctx.text[entity.start : role.end()]
                return mention(ctx, entity.start, role.end(), name), False
            host = relative_host(ctx, sent_start, entity, verb_start)  # "X, que … Y, dijo"
            return host or org_list(ctx, entity) or mention(
                ctx, entity.start, entity.end, entity.canonical
            ), False
    clause = ctx.text[sent_start:verb_start]
    offset = len(clause) - len(clause.lstrip(" “«\"'—"))
    phrase = noun_phrase(ctx, sent_start + offset, verb_start)
    if phrase is not None:
        return phrase, False
    nearest = _subject_next_to_verb(ctx, sent_start, verb_start)
    if nearest is not None:  # "Preguntado por la dimisión, el consejero contestó"
        return nearest, False
    body = _GROUPED.search(clause)
    if body is not None:  # "Los hoteleros, agrupados en la Asociación X, consideran …"
        found = ctx.entities_in(sent_start + body.start(), sent_start + body.end())
        bodies = [e for e in found if e.label == "ORG"]
        relayed = bodies and in_relay_aside(ctx, sent_start, bodies[0], verb_start)
        if len(bodies) == 1 and not relayed and not any(e.label == "PER" for e in found):
            return mention(ctx, bodies[0].start, bodies[0].end, bodies[0].canonical), False
    missed = unrecognised_name(ctx, sent_start + offset, verb_start)  # "Oceana, …, recordó"
    return missed, missed is None


_POSSESSED = re.compile(r"['’]s((?:\s+[a-z][\w\-]*){1,3})\s*$")


def _relaying_outlet(ctx: Context, sent_start: int, entity: Entity) -> bool:
    """``Fuentes del ministerio citadas por la agencia Efeagro descartaron``: a name that
    closes a relaying participle (``relayed``) with only its common noun between
    ("la agencia", "el diario") is the outlet that carried the words; the subject is
    the phrase before the participle, as with the bare name (``citadas por Efe``)."""
    lowered = lower_in_place(ctx.text[sent_start : entity.start])
    if spaced(ctx.lex.relayed).search(lowered) is None:
        return False  # most clauses: no relaying phrase at all
    for phrase in ctx.lex.relayed:
        at = lowered.rfind(" " + phrase + " ")
        if at < 0:
            continue
        between = ctx.text[sent_start + at + len(phrase) + 2 : entity.start]
        words = WORD.findall(between)
        if len(words) <= 3 and all(w.islower() for w in words) and not _CLAUSE_MARK.search(between):
            return True
    return False


_CLAUSE_MARK = re.compile(r"[,;:.«»“”\"()—]")


def _possessed_person(ctx: Context, entity: Entity, verb_start: int) -> Speaker | None:
    """``Helen Ortiz's lawyer said``, ``Acme's chief executive told``: a name, its
    possessive and at most three lower-case words ending in a noun for a person, right
    before the verb: that person speaks (named by the whole phrase), not the name."""
    found = _POSSESSED.match(ctx.text, entity.end, verb_start)
    if found is None:
        return None
    words = WORD.findall(found.group(1))
    lex = ctx.lex
    head = words[-1]
    if any(w in lex.function_words or lex.is_reporting(w) for w in words):
        return None
    if not (
        head in lex.role_nouns
        or head in lex.kin_nouns
        or head in lex.workers
        or (len(head) > 5 and lex.person_shaped(head))
    ):
        return None
    end = found.start(1) + len(found.group(1).rstrip())
    return mention(ctx, entity.start, end, ctx.text[entity.start : end])


_BEFORE_NAME = re.compile(r"([^\W\d_]+)\s+(?:[a-z]+\s+){0,2}$")


def _absolute_subject(ctx: Context, entity: Entity, verb_start: int) -> bool:
    """``…, with Jane Fowler writing in a note that …``, ``with analyst X saying``: a
    person or body right before a gerund of speech, after the preposition that opens an
    absolute clause (``absolute_openers``, at most two lower-case words between)."""
    if entity.label not in ("PER", "ORG") or ctx.text[entity.end : verb_start].strip():
        return False
    verb = WORD.match(ctx.text, verb_start)
    if verb is None or not verb.group().endswith(tuple(ctx.lex.non_finite_endings)):
        return False
    opener = _BEFORE_NAME.search(ctx.text, max(0, entity.start - 40), entity.start)
    return opener is not None and opener.group(1).lower() in ctx.lex.absolute_openers


_LOWER_THEN_BRACKET = re.compile(r"((?:\s+[a-z][\w\-]*){1,3})\s+\(")


def _body_then_acronym(ctx: Context, entity: Entity, verb_start: int) -> Entity | None:
    """``The U.N. refugee agency (UNHCR)``: a body's name, lower-case words ending in an
    organisation noun, then the initials of that other body in brackets: the bracketed
    body is the one named (the first only qualifies it)."""
    words = _LOWER_THEN_BRACKET.match(ctx.text, entity.end, verb_start)
    if words is None:
        return None
    head = WORD.findall(words.group(1))[-1]
    if head not in ctx.lex.org_nouns and head not in ctx.lex.org_words:
        return None
    bracketed = ctx.entity_starting(words.end())
    return bracketed if bracketed is not None and bracketed.label == "ORG" else None


def _subject_next_to_verb(ctx: Context, sent_start: int, verb_start: int) -> Speaker | None:
    """The clause right before the verb, after the last comma, when it is a noun phrase
    ending at the verb: an opening phrase of any kind ("Asked about X,", "Tras la
    reunión,", "Speaking to reporters,") leaves the subject next to its verb."""
    comma = ctx.text.rfind(",", sent_start, verb_start)
    if comma < 0:
        return None
    pos = skip_space(ctx.text, comma + 1, verb_start)
    joining = WORD.match(ctx.text, pos, verb_start)  # ", and traders said", ", y los …"
    if joining is not None and joins_clauses(ctx, joining.group()):
        pos = skip_space(ctx.text, joining.end(), verb_start)
    end = before_relay(ctx, pos, verb_start)  # "y fuentes … citadas por la agencia"
    phrase = anonymous_phrase(ctx, pos, end) or noun_phrase(ctx, pos, end)
    if phrase is None:
        return None
    gap = WORD.findall(ctx.text, phrase.end, end)
    if any(word.lower() not in ctx.lex.auxiliaries for word in gap):
        return None
    return phrase


# "Desde CCOO", "Desde la asociación de vecinos": the side a statement comes from
_FROM_SIDE = re.compile(r"\s*[«“\"]?desde\s+(?:(?:el|la|los|las)\s+)?", re.IGNORECASE)
# nothing, or an aside with no name ("…, en cambio,"), between the side and its verb
_TO_VERB = re.compile(r"\s*(?:,[^,.;:«»“”\"()]{1,30},\s*)?")


def _from_side(ctx: Context, sent_start: int, verb_start: int) -> Speaker | None:
    """``Desde el Ayuntamiento explican que …``, ``Desde CCOO, en cambio, denuncian …``:
    the clause opens with the side a statement comes from and its verb follows with no
    subject of its own (an impersonal plural): that body speaks, as ``«…», advierten
    desde CCOO`` does after the quotation (``subject_after``). With a subject after it
    ("Desde el PSOE, su portavoz, X, replicó") the subject speaks."""
    side = _FROM_SIDE.match(ctx.text, sent_start, verb_start)
    if side is None:
        return None
    body = ctx.entity_starting(side.end())
    if body is not None and body.label == "ORG":
        voice = mention(ctx, body.start, body.end, body.canonical)
    else:  # "Desde la asociación de vecinos": an unnamed body, its article kept
        article = skip_space(
            ctx.text, side.start() + side.group().lower().index("desde") + 5, verb_start
        )
        voice = noun_phrase(ctx, article, verb_start)
        if voice is None or any(e.label == "PER" for e in ctx.entities_in(voice.start, voice.end)):
            return None
    gap = _TO_VERB.match(ctx.text, voice.end, verb_start)
    if gap is None or gap.end() != verb_start or ctx.entities_in(voice.end, verb_start):
        return None
    return voice


def _past_opening_phrase(ctx: Context, sent_start: int, verb_start: int) -> int:
    """Past a prepositional phrase that opens the sentence and ends at a comma, when no
    name stands in it ("En un comunicado conjunto, …", "In a statement, …")."""
    first = WORD.search(ctx.text, sent_start, verb_start)
    if first is None or first.group().lower() not in ctx.lex.prepositions:
        return sent_start
    comma = ctx.text.find(",", first.end(), verb_start)
    if comma < 0 or comma - sent_start > 60 or ctx.entities_in(sent_start, comma):
        return sent_start
    return comma + 1


def _anonymous_opening(ctx: Context, sent_start: int, verb_start: int) -> Speaker | None:
    """``Un vecino de la calle Delicias declaró …``: an indefinite subject opening the
    clause, even with a place in its complement, is the subject."""
    lead = ctx.text[sent_start:verb_start]
    offset = len(lead) - len(lead.lstrip(" “«\"'—"))
    phrase = anonymous_phrase(ctx, sent_start + offset, verb_start)
    if phrase is None or not _SHORT_COMPLEMENT.match(ctx.text, phrase.end, verb_start):
        return None
    person = any(
        word in ctx.lex.role_nouns
        or word in ctx.lex.workers
        or word in ctx.lex.informant_nouns  # "a person familiar with the matter said"
        or ctx.lex.person_shaped(word)
        for word in WORD.findall(phrase.name.lower())
    )
    return phrase if person else None  # "Un cartel avisa": a sign says nothing


def _opening_phrase(ctx: Context, sent_start: int, verb_start: int) -> Speaker | None:
    """A document or organisation noun phrase, then a comma-closed apposition, then the
    verb: the phrase speaks (resolved to its organisation when one was named). The aside
    is the last one before the verb, else everything from the first comma (a long aside
    with commas of its own: "The complaint, lodged … on behalf of a teacher, X, says")."""
    if not ctx.text[sent_start:verb_start].rstrip().endswith(","):
        return None  # the apposition's comma must close the window: most clauses, no scan
    grouped = _GROUPED.search(ctx.text, sent_start, verb_start)
    for aside in (grouped.start() if grouped else -1, _long_aside(ctx, sent_start, verb_start)):
        if aside < 0:
            continue
        lead = ctx.text[sent_start:aside]
        offset = len(lead) - len(lead.lstrip(" “«\"'—"))
        if ctx.entity_starting(sent_start + offset) is not None:
            return None
        words = WORD.findall(lead.lower())
        if not words or (
            words[-1] not in ctx.lex.document_nouns and words[-1] not in ctx.lex.org_nouns
        ):
            continue  # a phrase ending at the comma ends in that word: no head, no parse
        phrase = noun_phrase(ctx, sent_start + offset, aside)
        if phrase is None or phrase.end != aside:
            continue
        head = WORD.findall(phrase.text.lower())[-1]
        if head in ctx.lex.document_nouns or head in ctx.lex.org_nouns:
            return phrase
    return None


def _long_aside(ctx: Context, sent_start: int, verb_start: int) -> int:
    """Where an aside with commas of its own opens (its first comma), when it runs from
    the clause's first comma to the comma before the verb, opens in lower case and holds
    no quotation or stronger stop (at most 160 characters); else -1."""
    text = ctx.text
    first = text.find(",", sent_start, verb_start)
    last = text.rfind(",", sent_start, verb_start)
    if first < 0 or first == last or not 3 <= last - first - 1 <= 160:
        return -1
    if any(mark in text[first:last] for mark in _ASIDE_STOPS):
        return -1
    opener = WORD.search(text, first, last)
    if opener is None or not opener.group().islower():
        return -1  # "La minera, Andina del Sur (ADSC), de …,": the apposed name speaks
    return first


_ASIDE_STOPS = (";", ":", "«", "»", "“", "”", '"')
