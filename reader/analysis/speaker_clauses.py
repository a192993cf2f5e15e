"""Who a clause's structure says the speaker is, past the names it holds as complements.

A reporting verb joined by "y" to an earlier predicate shares that predicate's subject:
"El candidato, Ignacio Larrodé, compareció en la sede, acompañado del alcalde, Julián
Sarasa, y aseguró que …": the names between the subject and "y aseguró" are complements of
the first verb; the nearest name is not the speaker, the sentence's opening subject is.
So with a relative clause on the subject, a definite role phrase before a name (its title)
and a name given another role than the one a role noun asks for.
"""

from __future__ import annotations

import re

from reader.analysis.coref import apposed_role_words, synonyms
from reader.analysis.lowercase import lower_in_place
from reader.analysis.phrase_search import after_comma, heads, spaced
from reader.analysis.phrases import noun_phrase
from reader.analysis.speaker_context import WORD, Context, after_preposition, mention, skip_space
from reader.core.model import Entity, Speaker


def coordinated_subject(ctx: Context, sent_start: int, verb_start: int) -> Speaker | None:
    """The person opening the sentence when the verb follows "y"/"e" ("…, y aseguró"),
    or None when the verb is not a second predicate."""
    before = WORD.findall(ctx.text, max(sent_start, verb_start - 30), verb_start)
    while before and before[-1].lower() in ctx.lex.auxiliaries:
        before.pop()
    if not before or before[-1].lower() not in ("y", "e", "and"):
        return None
    lead = ctx.text[sent_start:verb_start]
    if lead.count(",") < 2:
        return None  # "Ana y Luis dijeron", "X habló y dijo": the plain rules hold
    for entity in ctx.entities_in(sent_start, verb_start):
        if entity.label != "PER" or after_preposition(ctx, entity):
            continue
        head = ctx.text[sent_start : entity.start]
        clause = WORD.findall(head[head.rfind(",") + 1 :]) if "," in head else []
        if clause and clause[0].lower() in ctx.lex.relatives:
            return None  # "El comité, que preside X, convocó … y calificó": not X
        if head.count(",") > 1 or any(
            w.islower() and len(w) > 3 and _verb(ctx, w) for w in WORD.findall(head)
        ):
            return None  # the first person stands past the opening phrase: not its subject
        return mention(ctx, entity.start, entity.end, entity.canonical)
    return None


def relative_host(ctx: Context, sent_start: int, entity: Entity, verb_start: int) -> Speaker | None:
    """``El conselleiro, X, que se desplazó junto a la delegada, Y, atribuyó …``: Y stands in
    a relative clause on X that closes right before the verb; X is the subject."""
    if entity.label != "PER" or ctx.text[entity.end : verb_start].strip() != ",":
        return None
    for host in ctx.entities_in(sent_start, entity.start):
        if host.label != "PER" or ctx.text[host.end : host.end + 1] != ",":
            continue
        if opens_relative(ctx, host.end + 1, entity.start):
            return mention(ctx, host.start, host.end, host.canonical)
    return None


def _verb(ctx: Context, word: str) -> bool:
    return ctx.lex.is_reporting(word) or word.endswith(tuple(ctx.lex.verb_endings))


def role_phrase_then_name(ctx: Context, words: list[str], entity: Entity, pos: int) -> bool:
    """A definite phrase of lower-case words (no verb, no comma) right before a person's
    name is that person's title, listed or not."""
    lex = ctx.lex
    if entity.label != "PER" or not 2 <= len(words) <= 6 or words[0].lower() not in lex.articles:
        return False
    if "," in ctx.text[pos : entity.start] or words[-1].lower() in lex.prepositions:
        return False
    return all(
        w.islower() and not w.endswith(tuple(lex.verb_endings)) and not lex.is_reporting(w)
        for w in words[1:]
    )


def titled_otherwise(ctx: Context, entity: Entity, role: Speaker) -> bool:
    """A name given another role in lower case ("el concejal X", "su abogado, X,") is not
    whom "el acusado" names (a synonym is the same role: "el letrado" for "el abogado");
    a capitalised title ("Judge Maria Ochoa") is left alone, as copy varies it."""
    left = re.split(r"[,.;:«»“”()\n]", ctx.text[max(0, entity.start - 40) : entity.start])[-1]
    titles = [w for w in WORD.findall(left)[-4:] if w in ctx.lex.role_nouns]
    wanted = {s for w in WORD.findall(role.text.lower()) for s in synonyms(ctx, w)}
    if not titles:
        # "Su abogado, Anxo Ferreiro," then "contestó el acusado": a party questioned in a
        # trial or hearing is never the one apposed another role; other roles may be one
        # person's two ("La presidenta del tribunal, X" … "advirtió la magistrada")
        apposed = apposed_role_words(ctx, entity.start)[-3:]
        titles = [w for w in apposed if w in ctx.lex.role_nouns]
        if not (set(titles) | wanted) & ctx.lex.questioned_roles:
            return False
    return bool(titles) and not set(titles) & wanted


def subject_after_relative(ctx: Context, sent_start: int, verb_start: int) -> Speaker | None:
    """``un resultado que la candidata atribuyó a «…»``: a relative clause with its own
    subject, a definite noun phrase between ``que`` and the verb, which speaks."""
    low = max(sent_start, verb_start - 60)
    tail = WORD.findall(ctx.text, low, verb_start)[-5:-1]  # the words the loop reads
    if ctx.lex.relatives.isdisjoint([word.lower() for word in tail]):
        return None  # most verbs: no relative pronoun there, no match objects built
    words = list(WORD.finditer(ctx.text, low, verb_start))
    for index in range(len(words) - 2, max(-1, len(words) - 6), -1):
        if words[index].group().lower() not in ctx.lex.relatives:
            continue
        if words[index + 1].group().lower() not in ctx.lex.articles:
            return None
        phrase = noun_phrase(ctx, words[index + 1].start(), verb_start)
        if phrase is None or ctx.text[phrase.end : verb_start].strip():
            return None
        return phrase
    return None


def pronoun_before(ctx: Context, sent_start: int, verb_start: int) -> Speaker | None:
    """A subject pronoun right before the verb (past auxiliaries), resolved later."""
    words = list(WORD.finditer(ctx.text, max(sent_start, verb_start - 40), verb_start))
    while words and words[-1].group().lower() in ctx.lex.auxiliaries:
        words.pop()
    if words and ctx.text[words[-1].end() : verb_start].strip() == ",":
        opening = _pronoun_then_aside(ctx, sent_start, verb_start)
        if opening is not None:
            return opening  # "Ella, en cambio, habló de …"
    if not words or "," in ctx.text[words[-1].end() : verb_start]:
        return None
    lower = words[-1].group().lower()
    if lower not in ctx.lex.pronouns and lower not in ctx.lex.thing_pronouns:
        return None
    return mention(ctx, words[-1].start(), words[-1].end())


_ASIDE = re.compile(r"\s*,[^,.;:«»“”\"]{1,30},\s*$")


def _pronoun_then_aside(ctx: Context, sent_start: int, verb_start: int) -> Speaker | None:
    """A subject pronoun opening the sentence, then a short aside closed by commas ("Ella,
    en cambio, habló", "He, however, said"): the pronoun is the verb's subject."""
    first = WORD.search(ctx.text, sent_start, verb_start)
    if first is None or first.group().lower() not in ctx.lex.pronouns:
        return None
    if ctx.text[sent_start : first.start()].strip(" «“\"—"):
        return None
    if _ASIDE.match(ctx.text, first.end(), verb_start) is None:
        return None
    return mention(ctx, first.start(), first.end())


def joins_clauses(ctx: Context, word: str) -> bool:
    """A function word that joins clauses: no article, determiner, pronoun or
    preposition ("and", "but", "y", "pero")."""
    lower = word.lower()
    lex = ctx.lex
    closed = (lex.articles, lex.indefinites, lex.pronouns, lex.prepositions, lex.determiners)
    return (lower in lex.function_words or lower in lex.connectors) and not any(
        lower in words for words in closed
    )


_QUE_VERB = re.compile(r"(?<!\w)(?:que|which)\s+([^\W\d_]+)\s+$", re.IGNORECASE)


def inverted_relative(ctx: Context, entity: Entity) -> bool:
    """``Fuentes del departamento que dirige Carlos Cuerpo insistieron``: a name right
    after ``que`` and a verb is that relative clause's subject, not the main clause's."""
    found = _QUE_VERB.search(ctx.text, max(0, entity.start - 30), entity.start)
    if found is None or found.group(1).lower() in ctx.lex.determiners:
        return False  # "…, mientras que la Asociación X advirtió": an article, no verb
    return found.group(1).islower() and not ctx.lex.is_reporting(found.group(1))


_CAPITALISED_OPENING = re.compile(
    r"((?:[A-ZÁÉÍÓÚÑ][\w'’&.-]*)(?:\s+(?:de|del|y|de la|de los)?\s*[A-ZÁÉÍÓÚÑ][\w'’&.-]*){0,3})"
    r"(?:,[^,;:«»“”\"]{3,60},)?\s*$"
)


def unrecognised_name(ctx: Context, pos: int, verb_start: int) -> Speaker | None:
    """``Oceana, en un comunicado, recordó …``: capitalised words opening the clause right
    before its verb (past an apposition) that the recogniser missed: a name, the subject."""
    if ctx.entities_in(pos, verb_start):
        return None
    found = _CAPITALISED_OPENING.match(ctx.text, pos, verb_start)
    if found is None:
        return None
    words = WORD.findall(found.group(1))
    lex = ctx.lex
    if any(w in lex.sentence_openers or w.lower() in lex.function_words for w in words[:1]):
        return None
    return mention(ctx, found.start(1), found.end(1), found.group(1))


def inside_source_clause(ctx: Context, verbs: list[re.Match[str]], start: int) -> bool:
    """A "según" phrase after the main verb, and a reporting verb after the one "según"
    brings: the quotation hangs on the source's own clause."""
    lowered = lower_in_place(ctx.text[verbs[0].end() : start])
    if spaced(ctx.lex.according).search(lowered) is None:
        return False  # most clauses: no "según" at all, no phrase is looked for again
    at = max((lowered.rfind(" " + p + " ") for p in ctx.lex.according), default=-1)
    if at < 0:
        return False
    source = verbs[0].end() + at
    later = [v for v in verbs if v.start() > source]
    return len(later) >= 2


def org_list(ctx: Context, entity: Entity) -> Speaker | None:
    """``Las federaciones de CCOO y UGT … anunciaron``: the last of two organisations joined
    by "y" speaks with the first; the pair is the speaker ("CCOO y UGT"). A longer list
    ("ELA, LAB, CCOO y UGT", commas before the "y") speaks whole, from its first name
    that no preposition governs ("según Reuters, CCOO y UGT" is the pair)."""
    if entity.label != "ORG":
        return None
    found = ctx.entities_in(max(0, entity.start - 160), entity.start)
    if not found or found[-1].label != "ORG":
        return None
    index = len(found) - 1
    if ctx.text[found[index].end : entity.start].strip().lower() not in ("y", "e", "and", "&"):
        return None
    while index > 0 and found[index - 1].label == "ORG" and (
        ctx.text[found[index - 1].end : found[index].start].strip() == ","
        and not after_preposition(ctx, found[index - 1])
    ):
        index -= 1
    first = found[index]
    name = ctx.text[first.start : entity.end]
    return mention(ctx, first.start, entity.end, name)


def in_host_apposition(ctx: Context, sent_start: int, entity: Entity) -> bool:
    """``X, a trader at Lagos's Balogun market, said``: a name inside an apposition that
    opens with an article right after a named person is no subject; the person is."""
    comma = ctx.text.rfind(",", sent_start, entity.start)
    if comma < 0:
        return False
    opener = WORD.match(ctx.text, skip_space(ctx.text, comma + 1, entity.start), entity.start)
    lex = ctx.lex
    lower = opener.group().lower() if opener is not None else ""
    if lower not in lex.articles and lower not in lex.indefinite_articles:
        return False
    host = [e for e in ctx.entities_in(sent_start, comma) if e.end == comma]
    return bool(host) and host[0].label == "PER"


def in_relative(ctx: Context, sent_start: int, entity: Entity) -> bool:
    """The entity stands in a relative clause opened after a comma ("…, que preside X,")."""
    comma = ctx.text.rfind(",", sent_start, entity.start)
    if comma < 0:
        return False
    words = WORD.findall(ctx.text, comma + 1, entity.start)
    if words and words[0].lower() in ctx.lex.possessive_relatives:
        return True  # "Fenwick Rail, whose chairman X resigned, said": never the subject
    if not opens_relative(ctx, comma + 1, entity.start):
        # "…, a la que acompañaba el concejal de Urbanismo, X,": the name in apposition
        # inside the relative clause, one comma further back
        comma = ctx.text.rfind(",", sent_start, comma)
        if comma < 0 or not opens_relative(ctx, comma + 1, entity.start):
            return False
    # only when the clause hangs on an organisation, which speaks for itself ("La
    # acusación particular, que ejerce la abogada X, sostiene": X speaks for the party),
    # or on a noun phrase that names nobody ("La alcaldesa, a la que acompañaba X,")
    lead = [w.lower() for w in WORD.findall(ctx.text, sent_start, comma)]
    body = any(w in ctx.lex.org_words or w in ctx.lex.org_nouns for w in lead)
    named = ctx.entities_in(sent_start, comma)
    person = any(w in ctx.lex.role_nouns or w in ctx.lex.kin_nouns for w in lead[:3])
    # "X, who heads Nippon Marine's Asian operations, said": nothing inside a clause on
    # a named host is the subject either; the host is
    return body or person or bool(named)


def opens_relative(ctx: Context, start: int, end: int) -> bool:
    """A relative clause opens at ``start``: its relative word, after a preposition and
    an article if any ("que preside", "a la que acompañaba", "al que", "con quien")."""
    words = [w.lower() for w in WORD.findall(ctx.text, start, min(end, start + 40))][:4]
    lex = ctx.lex
    while words and (words[0] in lex.prepositions or words[0] in lex.articles) and len(words) > 1:
        words.pop(0)
    return bool(words) and words[0] in lex.relatives


def through_channel(ctx: Context, sent_start: int, verb_start: int) -> Speaker | None:
    """``El gobierno, a través de la Secretaría de Infraestructura, respondió …``, ``Vox,
    por boca de su secretario general, X, calificó …``: the body or person the subject
    speaks through (``channels``), set off by commas before the verb, speaks."""
    lowered = lower_in_place(ctx.text[sent_start:verb_start])
    if after_comma(ctx.lex.channels).search(lowered) is None:
        return None  # most clauses: no channel phrase at all
    for phrase in ctx.lex.channels:
        at = lowered.find(", " + phrase + " ")
        if at < 0:
            continue
        start = sent_start + at + len(phrase) + 3
        found = [e for e in ctx.entities_in(start, verb_start) if e.label in ("PER", "ORG")]
        person = next((e for e in found if e.label == "PER"), None)
        chosen = person or (found[0] if found else None)
        if chosen is not None and ctx.text.rfind(",", chosen.end, verb_start) >= 0:
            return mention(ctx, chosen.start, chosen.end, chosen.canonical)
    return None


_RELATIVE_AFTER = re.compile(r"\s+(?:que|quien|who)\s+([^,.;:«»“”\"]{3,160})")


def role_in_relative(ctx: Context, speaker: Speaker) -> str:
    """``La mujer que cuidó a un anciano y que está acusada de … defendió …``: an unnamed
    person whose relative clause gives a questioned role (``questioned_roles``) is the
    person the article names with that role ("la acusada, Milagros Heredia"), before or
    after."""
    words = WORD.findall(speaker.text.lower())
    if len(words) != 2 or words[0] not in ctx.lex.articles:
        return ""
    clause = _RELATIVE_AFTER.match(ctx.text, speaker.end)
    if clause is None:
        return ""
    roles = {w for w in WORD.findall(clause.group(1).lower()) if w in ctx.lex.questioned_roles}
    if not roles:
        return ""
    for entity in ctx.entities:
        if entity.label != "PER" or speaker.start <= entity.start < clause.end():
            continue
        before = WORD.findall(ctx.text[max(0, entity.start - 30) : entity.start].lower())[-3:]
        if roles & set(before):
            return entity.canonical
    return ""


_APPOSED = re.compile(r",\s+")


def apposed_name(ctx: Context, speaker: Speaker) -> str:
    """``—razonó la interventora, Casilda Urquijo—``: a name right after a person's role
    and its comma, closed by a comma, a dash or the sentence, is that person, even when
    the recogniser typed it an organisation."""
    gap = _APPOSED.match(ctx.text, speaker.end)
    entity = ctx.entity_starting(gap.end()) if gap is not None else None
    if entity is None or entity.label not in ("PER", "ORG"):
        return ""
    if ctx.text[entity.end : entity.end + 1] not in (",", "—", ".", ")", ";"):
        return ""
    words = WORD.findall(speaker.text.lower())
    lex = ctx.lex
    person = any(w in lex.role_nouns or w in lex.workers for w in words)
    return entity.canonical if person and len(entity.text.split()) >= 2 else ""


def in_relay_aside(ctx: Context, sent_start: int, entity: Entity, verb_start: int) -> bool:
    """``Dirigentes de los pescadores, citados por el diario X, señalaron …``: the outlet
    named in an aside that relays (``relayed``) or attributes (``according``) the words,
    closed by a comma before the verb, is the channel, not the subject."""
    comma = ctx.text.rfind(",", sent_start, entity.start)
    if comma < 0 or ctx.text.find(",", entity.end, verb_start) < 0:
        return False
    lead = " ".join(WORD.findall(ctx.text, comma + 1, entity.start)).lower() + " "
    return lead.startswith(heads(ctx.lex.relayed)) or lead.startswith(heads(ctx.lex.according))


def before_relay(ctx: Context, pos: int, verb_start: int) -> int:
    """``y fuentes del ministerio citadas por la agencia indicaron``: where a relaying
    participle (``relayed``) after the subject starts, so the subject still ends next to
    its verb; ``verb_start`` when there is none."""
    lowered = lower_in_place(ctx.text[pos:verb_start])
    found = spaced(ctx.lex.relayed).search(lowered)  # the first phrase of any
    return pos + found.start() if found is not None else verb_start


def in_prepositional_aside(ctx: Context, sent_start: int, entity: Entity) -> bool:
    """``El abogado, X, del gabinete jurídico del sindicato LAB, explicó``: an organisation
    in an aside that opens with a preposition, after a comma, is where the subject works,
    not the subject."""
    if entity.label == "PER":
        return False
    comma = ctx.text.rfind(",", sent_start, entity.start)
    if comma < 0:
        return False
    first = WORD.match(ctx.text, skip_space(ctx.text, comma + 1, entity.start), entity.start)
    if first is None or first.group().lower() not in ctx.lex.prepositions:
        return False
    return any(e.label == "PER" for e in ctx.entities_in(sent_start, comma))


def in_participle_aside(ctx: Context, sent_start: int, entity: Entity) -> bool:
    """``Owen Prothero, defending Bramwell, said``, ``X, representando a Y, dijo``: a name
    in an aside that opens with a gerund or participle, after a person named before its
    comma, is that clause's object; the person before the comma is the subject."""
    comma = ctx.text.rfind(",", sent_start, entity.start)
    if comma < 0:
        return False
    first = WORD.match(ctx.text, skip_space(ctx.text, comma + 1, entity.start), entity.start)
    if first is None:
        return False
    word = first.group().lower()
    if len(word) <= 5 or not word.endswith(tuple(ctx.lex.non_finite_endings)):
        return False
    return any(e.label == "PER" and e.end <= comma for e in ctx.entities_in(sent_start, comma))
