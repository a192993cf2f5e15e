"""Speakers nobody names: ``one dealer``, ``a metals trader in Shanghai``, ``uno de
los rescatados``, ``several brokers``, ``a person familiar with the matter``.

The noun phrase itself is the speaker; its name runs from after the determiner to the head
noun, with whom the speaker works for (``un analista de Bankinter``) and a person named in
apposition winning (``An analyst at Jefferies, Brent Thill,``). Split from ``phrases``.
"""

from __future__ import annotations

import re

from reader.analysis.appositions import appositive_person
from reader.analysis.noun_words import NUMBER_COMPOUND, person_noun, plural_people, singular
from reader.analysis.speaker_context import WORD, Context, mention, skip_space
from reader.core.model import Entity, Speaker

_PARTITIVE = re.compile(r" (?:de los|de las|of the|of|de) ")
_STOP_AFTER = re.compile(r"[,.;:!?«»“”\"()—]")
_PARTICIPLE = re.compile(r"(?:ed|ado|ada|ido|ida|ados|adas|idos|idas)$")


def anonymous_phrase(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """``one dealer``, ``a metals trader in Shanghai``, ``un corredor de aceite``,
    ``several brokers``: a speaker nobody names is the noun phrase itself; its name is
    the words from after the determiner to the head noun (``metals trader``)."""
    pos = skip_space(ctx.text, pos, limit)
    det = WORD.match(ctx.text, pos, limit)
    if det is None or det.group().lower() not in ctx.lex.indefinites:
        return None
    cursor = det.end()
    partitive = _PARTITIVE.match(ctx.text, cursor, limit)
    if partitive is not None:
        cursor = partitive.end() - 1  # "uno de los rescatados", "one of the pilots"
    words: list[re.Match[str]] = []
    compound = NUMBER_COMPOUND.match(ctx.text, skip_space(ctx.text, cursor, limit), limit)
    if compound is not None:  # "a 45-year-old shopkeeper", "one top-20 shareholder"
        words.append(compound)
        cursor = compound.end()
    while len(words) < 4:
        word = WORD.match(ctx.text, skip_space(ctx.text, cursor, limit), limit)
        if word is None or word.start() > cursor + 1:
            break
        lower = word.group().lower()
        if (
            lower in ctx.lex.prepositions
            or (
                lower in ctx.lex.function_words
                and lower not in ctx.lex.workers
                and not _ordinal_before_person(ctx, word, limit)  # "a second trader"
            )
            or ctx.lex.is_reporting(lower)
            or (words and _PARTICIPLE.search(lower) and word.group().islower())
            or (words and _finite_verb(ctx, word))  # "una enfermera esperaba"
        ):
            break
        words.append(word)
        cursor = word.end()
        if _STOP_AFTER.match(ctx.text, cursor) or plural_people(ctx, word.group()):
            break  # "Some strategists see value": the plural head ends the phrase
        head = lower in ctx.lex.workers or lower in ctx.lex.role_nouns
        if head and not ctx.lex.flags["adjective_after_noun"] and not _noun_after(ctx, word):
            break  # "One official put it bluntly": the head noun ends the phrase
    if not words and partitive is not None:
        return _one_of_them(ctx, det, cursor, limit)
    named = _named_in_phrase(ctx, det.end(), limit)
    if named is not None:
        return named  # "a visibly angry Fernandez told reporters": the person named
    while words and not words[-1].group().islower():
        words.pop()  # the head is a common noun ("one Chicago broker", not "a Reuters")
    if len(words) > 1 and _complemented(ctx, words, limit):
        words.pop()  # "a source familiar with", "una fuente cercana a": the head is the noun
    head = words[-1].group() if words else ""
    if head.lower() in ctx.lex.time_nouns:
        return None  # "repitió varias veces durante su intervención la abogada": how often
    thing = head in ctx.lex.source_nouns and head not in ctx.lex.workers  # not "a source"
    if not words or (thing and partitive is None and head[-1] != "s"):
        return None  # "un comunicado"; but "uno de los manifestantes", "two workers" speak
    first, end = words[0], words[-1].end()
    affiliation = _AFFILIATION.match(ctx.text, end, limit)
    if affiliation is not None:
        employer = ctx.entity_starting(affiliation.end()) or _body_named(
            ctx, affiliation.end(), limit
        )
        speaks_for = affiliation.group().strip().startswith("for")  # "for Delmar Foods"
        # "una vecina de Yanque", "un productor de Gualeguay": a place after a noun of
        # trade or residence says where they are from, not whom they speak for; a role
        # ("un técnico de Hacienda") belongs to the body however it was typed
        origin = employer is not None and employer.label == "LOC" and not _role(ctx, words)
        if employer is not None and (employer.label != "PER" or speaks_for) and not origin:
            end = employer.end  # "un analista de Bankinter": whom the speaker works for
            owned = _POSSESSIVE.match(ctx.text, end, limit)
            body = ctx.entity_starting(owned.end()) if owned is not None else None
            if body is not None and body.label == "ORG":
                end = body.end  # "a spokeswoman for Norway's Ministry of Energy"
            elif owned is not None:
                end = _owned_body(ctx, owned.end(), limit) or end  # "Indonesia's energy ministry"
            noun = WORD.match(ctx.text, skip_space(ctx.text, end, limit), limit)
            if noun is not None and noun.start() == end + 1 and _body_noun(ctx, noun.group()):
                end = noun.end()  # "a spokesperson for the Tennessee hospital"
    named = appositive_person(ctx, end, limit)
    if named is not None:
        return named  # "An analyst at Jefferies, Brent Thill, said": the person named
    # "One nurse at St. Olaf Children's Hospital": a count (not a bare article) before a
    # phrase that says where the speaker works stays in the name, as wires write it
    counted = det.group().lower() not in ctx.lex.indefinite_articles
    member = partitive is not None and _of_a_group(partitive.group())
    name_start = det.start() if member or (counted and end > words[-1].end()) else first.start()
    return Speaker(det.start(), end, ctx.text[det.start() : end], ctx.text[name_start:end])


_ADJECTIVES_THEN_NAME = re.compile(r"(?:\s+[a-z][\w\-]*){1,3}\s+(?=[A-Z])")


def _owned_body(ctx: Context, pos: int, limit: int) -> int:
    """``Indonesia's energy ministry``: up to three lower-case words after a possessive,
    the last an organisation noun; where the body's phrase ends, or 0."""
    end = 0
    for count, word in enumerate(WORD.finditer(ctx.text, pos, limit)):
        if count > 2 or not word.group().islower() or word.start() > (end or pos) + 1:
            break
        if _body_noun(ctx, word.group()):
            end = word.end()
            break
        pos = word.end()
    return end


def _noun_after(ctx: Context, word: re.Match[str]) -> bool:
    """Another person noun right after a head noun ("a coast guard official", "a
    security guard supervisor"): the compound goes on to it."""
    following = WORD.match(ctx.text, word.end() + 1)
    if following is None or following.start() != word.end() + 1:
        return False
    lower = following.group()
    return lower.islower() and (lower in ctx.lex.workers or lower in ctx.lex.role_nouns)


def _body_noun(ctx: Context, word: str) -> bool:
    """A lower-case organisation noun after a place ("the Tennessee hospital")."""
    lower = singular(word, ctx.lex)
    return word.islower() and (lower in ctx.lex.org_nouns or lower in ctx.lex.org_words)


def _role(ctx: Context, words: list[re.Match[str]]) -> bool:
    """The phrase's head is a role noun (held in a body), not a trade or residence."""
    return singular(words[-1].group().lower(), ctx.lex) in ctx.lex.role_nouns


def _named_in_phrase(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """A person's name after lower-case adjectives in an indefinite phrase ("a visibly
    angry Fernandez"): the phrase describes that person."""
    adjectives = _ADJECTIVES_THEN_NAME.match(ctx.text, pos, limit)
    if adjectives is None:
        return None
    lex = ctx.lex
    for word in WORD.findall(adjectives.group()):
        if (
            word in lex.prepositions
            or word in lex.function_words
            or word in lex.articles
            or word in lex.workers
            or word in lex.role_nouns
            or lex.is_reporting(word)
            or person_noun(ctx, word)
        ):
            return None  # "a shipping analyst at X", "un analista de X": no adjectives
    entity = ctx.entity_starting(adjectives.end())
    if entity is None or entity.label not in ("PER", "ORG"):
        return None  # a lone surname no rule typed may have been left a body
    after = WORD.match(ctx.text, skip_space(ctx.text, entity.end, limit), limit)
    if after is not None and after.group().islower() and not (
        lex.is_reporting(after.group()) or after.group() in lex.function_words
    ):
        return None  # "a senior EU official": the name only qualifies the head noun
    return mention(ctx, entity.start, entity.end, entity.canonical)


def _finite_verb(ctx: Context, word: re.Match[str]) -> bool:
    """A lower-case word with a verb ending after the first word is the clause's verb;
    a capitalised one is part of a place ("one New York-based trader": "York-based" is
    the compound adjective, not a verb in "-ed")."""
    lower = word.group().lower()
    return word.group() == lower and lower.endswith(tuple(ctx.lex.verb_endings))


def _ordinal_before_person(ctx: Context, word: re.Match[str], limit: int) -> bool:
    """An ordinal right before a noun for a person (``a second trader``)."""
    lower = word.group().lower()
    if lower not in ctx.lex.number_words and lower not in ctx.lex.superlative_words:
        return False
    following = WORD.match(ctx.text, skip_space(ctx.text, word.end(), limit), limit)
    if following is None or not following.group().islower():
        return False
    noun = singular(following.group(), ctx.lex)
    return (
        noun in ctx.lex.workers
        or noun in ctx.lex.role_nouns
        or (len(noun) > 4 and noun.endswith(ctx.lex.person_ends))  # "a third broker"
    )


def _body_named(ctx: Context, pos: int, limit: int) -> Entity | None:
    """``de la consultora Equilibra``, ``at the bank Nordea``: an organisation noun in
    lower case, then the organisation's name."""
    noun = WORD.match(ctx.text, pos, limit)
    if noun is None or not noun.group().islower():
        return None
    head = singular(noun.group(), ctx.lex)
    if head not in ctx.lex.org_nouns and head not in ctx.lex.org_words:
        return None
    body = ctx.entity_starting(skip_space(ctx.text, noun.end(), limit))
    return body if body is not None and body.label == "ORG" else None


_THEN_COMMA = re.compile(r"\s*,\s*")


def _of_a_group(partitive: str) -> bool:
    """`` de los ``, `` of the ``: one member of a definite plural group ("uno de los
    jornaleros", "one of the pilots") speaks; the whole partitive names that one person,
    where the bare plural ("jornaleros") would name the group."""
    return partitive.strip() in ("de los", "de las", "of the")


def _one_of_them(ctx: Context, det: re.Match[str], cursor: int, limit: int) -> Speaker | None:
    """``one of them, a volunteer from Izmir``, ``uno de ellos, un bombero``: the group is
    a pronoun; the unnamed person in apposition names the speaker."""
    pronoun = WORD.match(ctx.text, skip_space(ctx.text, cursor, limit), limit)
    if pronoun is None or pronoun.group().lower() not in ctx.lex.plural_pronouns:
        return None
    comma = _THEN_COMMA.match(ctx.text, pronoun.end(), limit)
    if comma is None:
        return None
    inner = anonymous_phrase(ctx, comma.end(), limit)
    if inner is None:
        # "one of them, at an export house in Rosario, said": only where the member works
        # follows; the phrase itself names the speaker
        where = WORD.match(ctx.text, comma.end(), limit)
        if where is None or where.group().lower() not in ctx.lex.prepositions:
            return None
        phrase = ctx.text[det.start() : pronoun.end()]
        return Speaker(det.start(), pronoun.end(), phrase, phrase)
    return Speaker(det.start(), inner.end, ctx.text[det.start() : inner.end], inner.name)


def _complemented(ctx: Context, words: list[re.Match[str]], limit: int) -> bool:
    """The last word is an adjective with its own complement after a person noun."""
    after = WORD.match(ctx.text, skip_space(ctx.text, words[-1].end(), limit), limit)
    noun = words[-2].group().lower()
    person = noun in ctx.lex.workers or noun in ctx.lex.role_nouns
    person = person or noun in ctx.lex.informant_nouns  # "a person familiar with"
    return person and after is not None and after.group().lower() in ctx.lex.prepositions


_POSSESSIVE = re.compile(r"['’]s ")
_AFFILIATION = re.compile(
    r" (?:de la|de los|de las|del|de|of the|of|at the|at|from the|from|for the|for) "
)
