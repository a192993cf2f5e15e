"""Subjects after a reporting verb: names, pronouns and noun phrases.

``dijo X``, ``said the spokeswoman for Acme, Ana Ruiz``, ``señala el comunicado``,
``según fuentes policiales``, ``explicó a EFE el portavoz de la empresa, Juan Paz``: the
mention that did the saying, found after the verb past time, place and addressee phrases.
A bare role noun ("la ministra") is returned without a name, to be resolved later.
"""

from __future__ import annotations

import re

from reader.analysis.appositions import appositive_body, appositive_person
from reader.analysis.article_titles import title_nouns
from reader.analysis.coref import group_of_orgs, org_antecedent
from reader.analysis.noun_words import (
    age_phrase,
    agreeing_adjective,
    is_modifier,
    known_noun,
    known_person,
    org_by_head,
    past_adjective,
    plural_people,
    role_form,
    singular,
    takes_infinitive,
)
from reader.analysis.speaker_context import (
    WORD,
    Context,
    mention,
    skip_space,
)
from reader.core.model import Entity, Speaker


def noun_phrase(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """``el comunicado``, ``la ministra``, ``a Foreign Office spokesman``, ``the statement``.

    A bare role noun refers back to a person (resolved later); with a name inside it
    ("a Downing Street spokesman") or for a document ("el comunicado") the phrase itself
    is the speaker's name. A name in apposition wins ("the spokeswoman for Acme, Ana
    Ruiz"); a plural source needs no article ("según fuentes policiales"). Remembered per
    article: several cues read the same phrase.
    """
    key = (pos, limit)
    if key not in ctx.phrases:
        ctx.phrases[key] = _noun_phrase(ctx, pos, limit)
    return ctx.phrases[key]


def _noun_phrase(ctx: Context, pos: int, limit: int) -> Speaker | None:
    article = ctx.lex.noun_opener.match(ctx.text, pos, limit)
    possessor = None if article else _possessor(ctx, pos, limit)
    article = article or possessor  # "Israel's military", "China's foreign ministry"
    cursor = article.end() if article else pos
    modifiers = 0
    capitalised = True  # every modifier capitalised: "the Republican governor"
    word = WORD.match(ctx.text, cursor, limit)
    if article and word is not None and known_person(ctx, word) and not _noun_after(ctx, word):
        return mention(ctx, article.start(), word.end(), "")  # "the Dane", "el italiano"
    age = age_phrase(ctx, cursor, limit) if article and word is None else None
    if age is not None:  # "the 36-year-old said", "said the 27-year-old, who …"
        return mention(ctx, article.start(), age.end(), "")
    while article and word is not None and modifiers < 4 and is_modifier(ctx, word):
        cursor, modifiers = skip_space(ctx.text, word.end(), limit), modifiers + 1
        capitalised = capitalised and word.group()[:1].isupper()
        word = WORD.match(ctx.text, cursor, limit)
    if article is None and word is not None:
        following = WORD.match(ctx.text, skip_space(ctx.text, word.end(), limit), limit)
        if following is not None and plural_people(ctx, following.group()):
            word = following  # "Opposition councillors shouted", "Striking dockers said"
    if word is None:
        return None
    if article is not None:
        word = past_adjective(ctx, word, limit)  # "el máximo tribunal", "the former mayor"
        word = _compound_role(ctx, word, limit)  # "the chief executive", "chief … officer"
    noun = singular(role_form(word.group().lower(), ctx.lex), ctx.lex)
    group = word.group().lower() in ctx.lex.group_nouns or plural_people(
        ctx, word.group()
    )  # "analysts at X", "traders said", "los operadores señalaron": the group speaks
    if article is None and not (noun in ctx.lex.source_nouns and noun.endswith("s")) and not group:
        return None
    body = _body_after_noun(ctx, word, noun, limit)
    if body is not None:  # "the port authority", "the health board": the body is the head
        word, noun = body, singular(body.group(), ctx.lex)
    role = _role_after_body(ctx, word, noun, limit)
    if role is not None:  # "the council president", "the union leader": the person
        word, noun = role, singular(role_form(role.group().lower(), ctx.lex), ctx.lex)
    bodies = word.group().lower() in ctx.lex.plural_bodies  # "las tres centrales"
    source = (
        noun in ctx.lex.source_nouns
        or (article is not None and (noun in ctx.lex.org_nouns or noun in ctx.lex.org_words))
        or (article is not None and bodies)
        or group
    )  # "the statement", "the company", "the hospital trust", "el ayuntamiento"
    person = noun in ctx.lex.role_nouns or (
        article is not None
        and (
            noun in ctx.lex.workers
            or noun in ctx.lex.kin_nouns
            or noun in ctx.lex.peer_nouns
            or noun in title_nouns(ctx)
            or noun in ctx.lex.informant_nouns  # "the person said", taken up later
        )
    )  # "el portavoz", "the analyst", "su vecino"
    if person and modifiers and article is not None:
        holder = _name_before_title(ctx, article.end(), word.start())
        if holder is not None:  # "the party's Jane Roe MLA": the member herself
            return holder
    possessed = article is not None and article.group().strip().lower() in ctx.lex.possessives
    if not person and possessed:
        person = len(noun) > 5 and noun.endswith(ctx.lex.person_ends)  # "su preparador"
    if not person and not source:
        named = org_by_head(ctx, pos, word.group()) if article is not None else ""
        if not named:
            return None
        return mention(ctx, article.start(), word.end(), named)  # "the pantry said"
    end = word.end()
    adjective = WORD.match(ctx.text, skip_space(ctx.text, end, limit), limit)
    if (
        adjective
        and (ctx.lex.flags["adjective_after_noun"] or known_noun(ctx, adjective.group()))
        and not adjective.group().endswith(tuple(ctx.lex.verb_endings))  # "vecinos cortaron"
        and adjective.group().islower()
        and adjective.group() not in ctx.lex.prepositions
        and adjective.group() not in ctx.lex.function_words  # "the government would"
        and not ctx.lex.is_reporting(adjective.group())
        and adjective.group() not in ("read", "reads")
        and _agrees(ctx, word.group(), adjective, limit)
        and not takes_infinitive(ctx, adjective.end(), limit)
    ):
        end = adjective.end()
    appositive = appositive_person(ctx, end, limit, role=noun in ctx.lex.role_nouns)
    if appositive is None and source:
        appositive = appositive_body(ctx, end, limit)  # "la patronal del sector, Asedas,"
    if appositive is not None:
        return appositive
    if person:  # "dijo la vecina Carmen Gil", "contó su hijo Pablo": the name it introduces
        holder = ctx.entity_starting(skip_space(ctx.text, end, limit))
        if holder is not None and holder.label == "PER" and holder.start < limit:
            return mention(ctx, holder.start, holder.end, holder.canonical)
    head_end = end
    after_of = _past_preposition(ctx, end, limit)
    entity = ctx.entity_at(after_of)
    if source and (entity is None or entity.label != "ORG"):
        entity = ctx.entity_starting(after_of)
    of_entity = entity is not None and _of(ctx, end, entity.start)
    if entity is not None and noun in ctx.lex.role_nouns and not modifiers:
        if entity.label == "PER" and of_entity:
            # "the lawyers of Aaron Wells": several people acting for one, not that one
            first = article.start() if article else word.start()
            return mention(ctx, first, entity.end, ctx.text[word.start() : entity.end])
        if entity.label == "PER":
            return mention(ctx, entity.start, entity.end, entity.canonical)
        if not of_entity and entity.label == "ORG" and _addressed_to(ctx, end, entity):
            return mention(ctx, start_of(article, word), word.end(), "")  # "… a Notimex"
        end = entity.end  # "el presidente del Gobierno": a person, resolved later
        holder = ctx.entity_starting(skip_space(ctx.text, end, limit))
        if holder is not None and holder.label == "PER":  # "el economista de Funcas Raúl X"
            return mention(ctx, holder.start, holder.end, holder.canonical)
        if entity.label == "ORG" and of_entity and word.group().lower() != noun:
            # "los analistas de Bankinter": its staff speak for it, nobody named before
            return mention(ctx, word.start(), end, entity.canonical)
    start = article.start() if article else word.start()
    named = entity is not None and entity.start == skip_space(ctx.text, end, limit)
    if source and entity is not None and entity.label == "PER" and _sent_by(ctx, end, entity):
        # "the message from X, the hospital's director,": the person who sent it
        return mention(ctx, entity.start, entity.end, entity.canonical)
    if source and entity is not None and entity.label == "ORG" and (of_entity or named):
        # "la patronal Confebask": the organisation's own name right after its noun
        # "a statement from Acme": the organisation
        return mention(ctx, start, entity.end, _sources_of(ctx, noun, start, entity))
    indefinite = article is not None and article.group().strip().lower() in ctx.lex.indefinites
    role_group = group and noun in ctx.lex.role_nouns  # "los cuatro magistrados del …"
    if (source or indefinite) and entity is None and not role_group:
        end = _complement_end(ctx, end, limit)  # "fuentes del ministerio", "un técnico del …"
    plural = bodies or (word.group().lower() != noun and noun in ctx.lex.org_nouns)
    if plural and article is not None and entity is None and not indefinite:
        group = group_of_orgs(ctx, start)  # "las tres organizaciones": those just listed
        if group:
            return mention(ctx, start, end, group)
    # "un delegado de UGT" is nobody named before; "the Braga keeper", "the Republican
    # governor": a definite role noun after a name's adjective is the person named before
    team_role = not indefinite and (
        noun in ctx.lex.team_roles or (capitalised and noun in ctx.lex.role_nouns)
    )
    named = (modifiers and not team_role) or source or indefinite
    name_start = article.end() if article else start
    counted = WORD.match(ctx.text, name_start, end)
    if counted is not None and counted.group().lower() in ctx.lex.number_words:
        name_start = skip_space(ctx.text, counted.end(), end)  # "los cuatro magistrados"
    name = ctx.text[name_start:end] if named else ""
    if possessor is not None and named:
        return mention(ctx, start, end, ctx.text[start:end])  # "Israel's military"
    if named and not indefinite and not modifiers and article is not None:
        head = _issuing_body(ctx, noun, head_end, limit) or ctx.text[cursor:head_end]
        name = org_antecedent(ctx, start, head) or name
    return mention(ctx, start, end, name)


def _name_before_title(ctx: Context, start: int, title: int) -> Speaker | None:
    """``the party's William Roe MLA``, ``Labour's Jane Doe MP``: a person's name right
    before the role noun that closes the phrase (a title written after the name, as
    British and Irish members are) is who the phrase means, not the whole phrase."""
    for entity in ctx.entities_in(start, title):
        if entity.label == "PER" and not ctx.text[entity.end : title].strip():
            return mention(ctx, entity.start, entity.end, entity.canonical)
    return None


_POSSESSIVE_S = re.compile(r"['’]s ")


def _possessor(ctx: Context, pos: int, limit: int) -> re.Match[str] | None:
    """A place or body named with a possessive before a common noun ("Israel's", "Acme's"):
    it determines the noun as an article would; the match ends after the "'s "."""
    entity = ctx.entity_starting(pos)
    if entity is None or entity.label not in ("LOC", "ORG"):
        return None
    if _POSSESSIVE_S.match(ctx.text, entity.end, limit) is None:
        return None
    return re.compile(re.escape(entity.text) + _POSSESSIVE_S.pattern).match(ctx.text, pos, limit)


def _compound_role(ctx: Context, word: re.Match[str], limit: int) -> re.Match[str]:
    """``the chief executive``, ``the chief financial officer``: a role noun right before
    another (past at most one lower-case adjective) is the first word of a compound
    role; the compound's last noun is the head."""
    lex = ctx.lex
    if lex.flags["adjective_after_noun"] or singular(word.group().lower(), lex) not in (
        lex.role_nouns
    ):
        return word
    cursor = word.end()
    for _ in range(2):
        following = WORD.match(ctx.text, cursor + 1, limit)
        if following is None or following.start() != cursor + 1:
            return word
        lower = following.group()
        if not lower.islower() or lower in lex.function_words or lex.is_reporting(lower):
            return word
        if lower in lex.role_nouns or lower in lex.workers:
            return following
        cursor = following.end()
    return word


def _noun_after(ctx: Context, word: re.Match[str]) -> bool:
    """``the Irish finance minister``: a nationality before a noun is its adjective."""
    spaced = ctx.text[word.end() : word.end() + 1] == " "
    following = WORD.match(ctx.text, word.end() + 1) if spaced else None
    if following is None or not following.group().islower():
        return False
    lower = following.group()
    return not (
        ctx.lex.is_reporting(lower)
        or lower in ctx.lex.function_words
        or lower in ctx.lex.auxiliaries
        or lower.endswith(tuple(ctx.lex.verb_endings))
    )


_OF_BODY = re.compile(r" (?:de la|del|de los|de las) ([a-záéíóúñ]{4,})\b")


def _issuing_body(ctx: Context, noun: str, head_end: int, limit: int) -> str:
    """``concluye el comunicado de la empresa``, ``según la nota del sindicato``: a
    document whose complement names its issuer by a body's common noun speaks for the
    body that noun takes up (not the nearest organisation); "" otherwise."""
    if noun not in ctx.lex.document_nouns:
        return ""
    body = _OF_BODY.match(ctx.text, head_end, limit)
    if body is None or body.group(1) not in ctx.lex.standalone_org_nouns:
        return ""
    return body.group(1)


_COMPLEMENT = re.compile(r" (?:de|del|de la|de los|de las) ([a-záéíóúñ]{4,})\b")


def _agrees(ctx: Context, noun: str, adjective: re.Match[str], limit: int) -> bool:
    """A word after a noun is its adjective only if it agrees in number ("según los
    manifestantes deja": a verb) and opens no clause of its own (a participle with its
    complement: "el comunicado difundido tras la reunión", "analistas consultados por")."""
    if noun.endswith("s") and not adjective.group().endswith("s"):
        return False  # a plural noun's adjective is plural ("francés" agrees with a singular)
    if not adjective.group().endswith(tuple(ctx.lex.non_finite_endings)):
        return True
    following = WORD.match(ctx.text, skip_space(ctx.text, adjective.end(), limit), limit)
    return following is None or following.group().lower() not in ctx.lex.prepositions


def _role_after_body(
    ctx: Context, word: re.Match[str], noun: str, limit: int
) -> re.Match[str] | None:
    """A role noun right after an organisation noun ("council president", "union
    leader", "company spokesman"): the role is the head of the phrase."""
    bodies = (ctx.lex.org_nouns, ctx.lex.org_words, ctx.lex.source_nouns)
    if not any(noun in body for body in bodies):
        return None
    following = WORD.match(ctx.text, skip_space(ctx.text, word.end(), limit), limit)
    if following is None or not following.group().islower():
        return None
    role = singular(role_form(following.group(), ctx.lex), ctx.lex)
    return following if role in ctx.lex.role_nouns else None


def _body_after_noun(
    ctx: Context, word: re.Match[str], noun: str, limit: int
) -> re.Match[str] | None:
    """In a language whose nouns take nouns before them ("port authority", "health
    board"), an organisation noun right after a noun no list knows is the head."""
    if ctx.lex.flags["adjective_after_noun"] or noun in ctx.lex.role_nouns:
        return None
    if known_noun(ctx, noun) or not word.group().islower():
        return None
    following = WORD.match(ctx.text, skip_space(ctx.text, word.end(), limit), limit)
    if following is None or not following.group().islower():
        return None
    head = singular(following.group(), ctx.lex)
    return following if head in ctx.lex.org_nouns or head in ctx.lex.org_words else None


def _complement_end(ctx: Context, end: int, limit: int) -> int:
    """End of a lower-case ``de`` complement that says whose sources they are, with the
    complement of its own noun ("fuentes del equipo de gobierno")."""
    for _ in range(2):
        match = _COMPLEMENT.match(ctx.text, end, limit)
        if match is None or match.group(1) in ctx.lex.function_words:
            break
        end = agreeing_adjective(ctx, match.group(1), match.end(), limit)
    return end


_OF = frozenset(
    ["de", "del", "de la", "de los", "of", "of the", "from", "from the", "for", "at", "at the"]
)


_SENT_BY = frozenset(["from", "by", "de parte de"])


def _sent_by(ctx: Context, end: int, entity: Entity) -> bool:
    """Only "from"/"by" between a document noun and the person after it ("a letter from
    X"): the person who wrote or sent it."""
    return ctx.text[end : entity.start].strip().lower() in _SENT_BY


def start_of(article: re.Match[str] | None, word: re.Match[str]) -> int:
    """Where a noun phrase starts: its article, else its noun."""
    return article.start() if article else word.start()


def _addressed_to(ctx: Context, end: int, entity: Entity) -> bool:
    """``dijo el dirigente a Notimex``: the preposition of the one spoken to
    (``addressee_prepositions``), alone before a name after the role noun, opens the
    verb's complement, not the noun's; the role noun alone is the subject."""
    gap = ctx.text[end : entity.start].strip().lower()
    return gap in ctx.lex.addressee_prepositions


def _of(ctx: Context, end: int, entity_start: int) -> bool:
    """Only "of"-like words between a noun and the organisation after it."""
    return ctx.text[end:entity_start].strip().lower() in _OF


def _past_preposition(ctx: Context, pos: int, limit: int) -> int:
    """Past ``for``/``de``/``of the`` after a role noun, to the organisation it names."""
    word = WORD.match(ctx.text, skip_space(ctx.text, pos, limit), limit)
    while word is not None and (
        word.group().lower() in ctx.lex.prepositions or word.group().lower() in ctx.lex.articles
    ):
        pos = word.end()
        word = WORD.match(ctx.text, skip_space(ctx.text, pos, limit), limit)
    return skip_space(ctx.text, pos, limit)


def _sources_of(ctx: Context, noun: str, start: int, entity: Entity) -> str:
    """The name for a source phrase before an organisation: ``fuentes del Ministerio de
    Defensa`` are unnamed people close to the body (``source_people``), not the body
    speaking, so the whole phrase names them; ``el comunicado de Acme``, ``la patronal
    Confebask`` are the body's own voice and take its name."""
    if noun in ctx.lex.source_people:
        return ctx.text[start : entity.end]
    return entity.canonical
