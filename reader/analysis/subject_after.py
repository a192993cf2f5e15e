"""The subject named right after a reporting verb: ``dijo X``, ``said the spokeswoman``.

``«…», advierten desde CCOO``, ``said Brazil coach Fernando Diniz``, ``dijo este lunes a
EFE la ministra de X, Ana Paz``: past time, place and addressee phrases to the mention
that did the saying. Split from ``phrases`` (which reads the noun phrases themselves).
"""

from __future__ import annotations

import re

from reader.analysis.anonymous import anonymous_phrase
from reader.analysis.article_titles import title_nouns, titled_with_complement
from reader.analysis.gender import name_gender
from reader.analysis.lexicon import Lexicon
from reader.analysis.phrases import noun_phrase
from reader.analysis.speaker_context import (
    WORD,
    Context,
    after_preposition,
    mention,
    skip_space,
)
from reader.core.model import Entity, Speaker


def subject_after(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """An entity, a pronoun or a noun phrase right after a reporting verb."""
    side = _FROM_SIDE.match(ctx.text, pos, limit)
    if side is not None:  # "«…», advierten desde CCOO": the organisation speaks
        voice = ctx.entity_starting(side.end())
        if voice is not None and voice.label == "ORG":
            return mention(ctx, voice.start, voice.end, voice.canonical)
    entity = ctx.entity_at(pos)
    if entity is not None and entity.start < limit:
        # "said Brazil coach Fernando Diniz"; a team or firm typed a person by mistake
        # is no holder either: a role word and a person's name after it win
        person = role_then_name(ctx, entity.end, limit)
        if person is not None:
            return person
        return mention(ctx, entity.start, entity.end, entity.canonical)
    while pos < limit and ctx.text[pos] == " ":
        pos += 1
    word = WORD.match(ctx.text, pos, limit)
    if word is None:
        return None
    if word.group().lower() in ctx.lex.pronouns:
        return mention(ctx, word.start(), word.end())
    anonymous = anonymous_phrase(ctx, pos, limit)
    if anonymous is not None:
        return anonymous
    phrase = noun_phrase(ctx, pos, limit)
    if phrase is not None:
        return _holder_named_after(ctx, phrase, limit) or phrase
    return _scan_subject(ctx, pos, limit) or _unlisted_person(ctx, word, limit)


# "(Copeco), X" or "(PLR) X": after the body's acronym the comma may be left out
_ACRONYM_THEN_COMMA = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*,?|,)\s+")


def _holder_named_after(ctx: Context, phrase: Speaker, limit: int) -> Speaker | None:
    """``el comisionado de la Comisión X (Copeco), Wilmer Zelaya,``, ``el diputado del
    Partido X (PLR) Gonzalo Ferrán``: a role at a body, past the body's acronym in
    brackets, then the person who holds it."""
    words = WORD.findall(phrase.text.lower())
    lex = ctx.lex
    if not any(w in lex.role_nouns or w in lex.workers for w in words[:3]):
        return None
    gap = _ACRONYM_THEN_COMMA.match(ctx.text, phrase.end, limit)
    person = ctx.entity_starting(gap.end()) if gap is not None else None
    if person is None or person.label != "PER":
        return None
    return mention(ctx, person.start, person.end, person.canonical)


def _unlisted_person(ctx: Context, article: re.Match[str], limit: int) -> Speaker | None:
    """``—respondió el interventor entre aplausos``: a definite article and a noun with a
    person's ending that no list holds, right after the verb; resolved to its holder."""
    if article.group().lower() not in ctx.lex.articles:
        return None
    noun = WORD.match(ctx.text, skip_space(ctx.text, article.end(), limit), limit)
    if noun is None or not noun.group().islower() or len(noun.group()) <= 5:
        return None
    if not noun.group().endswith(ctx.lex.person_ends) and not (
        noun.group() in title_nouns(ctx) or titled_with_complement(ctx, noun.group())
    ):
        return None  # "la catedrática", titled so before a name in the article
    return mention(ctx, article.start(), noun.end())


_FROM_SIDE = re.compile(r"\s*desde\s+(?:(?:el|la|los|las)\s+)?")


def _scan_subject(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """``dijo este lunes a EFE la ministra de X, Ana Paz``: past time and place phrases
    and the addressee, the first person or role phrase that can be the subject; an
    organisation ("según ha informado la Guardia Civil") only when no person follows."""
    text = ctx.text
    stop = min(limit, ctx.sentence_end(pos))
    organisation = None
    previous = ""
    governed_phrase = False  # inside "a la emisora local X": its names are no subject
    if not ctx.in_quote(pos):  # «A —razonó la interventora, X— B»: the aside is inside
        stop = min(stop, ctx.next_quote(pos))  # a quotation is what was said, not who
    for count, word in enumerate(WORD.finditer(text, pos, stop)):
        if count > 14 or _full_stop(ctx, pos, word.start()):
            break
        entity = ctx.entity_at(word.start())
        if entity is not None and entity.start == word.start():
            if (
                after_preposition(ctx, entity)
                or _named_thing(ctx, previous, entity)
                or (governed_phrase and entity.label != "PER")
            ):
                previous, governed_phrase = "", False  # "relató a EFE un corredor"
                continue
            previous = ""
            if entity.label == "PER":
                return mention(ctx, entity.start, entity.end, entity.canonical)
            if entity.label == "ORG" and organisation is None and count <= 5:
                organisation = mention(ctx, entity.start, entity.end, entity.canonical)
            continue
        lower = word.group().lower()
        if lower in ctx.lex.subordinators:
            break  # "zanjó cuando los simpatizantes …": their clause, not the tag's subject
        governed = previous in ctx.lex.prepositions  # "en un comunicado": no subject
        # "corearon al acabar el pleno": the object of an infinitive after a preposition
        governed = governed or (
            governed_phrase
            and bool(ctx.lex.infinitive_endings)
            and previous.endswith(tuple(ctx.lex.infinitive_endings))
        )
        definite = lower in ctx.lex.articles and not governed
        fresh = lower in ctx.lex.indefinites and not governed
        if definite or (fresh and _fresh(ctx, word, organisation)):
            phrase = noun_phrase(ctx, word.start(), stop) or (
                _unnamed_person(ctx, word.start(), stop) if fresh else None
            )  # "relató a EFE un corredor de aceite": an unnamed speaker after the addressee
            if phrase is not None:
                return _holder_named_after(ctx, phrase, stop) or phrase
        previous = lower  # "a la salida de la sala": no subject after a preposition
        if lower in ctx.lex.prepositions:
            governed_phrase = True
        elif definite or fresh or text[word.end() : word.end() + 1] == ",":
            governed_phrase = False
    return organisation


_WORD_AT_END = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")


def _full_stop(ctx: Context, pos: int, end: int) -> bool:
    """A full stop between ``pos`` and ``end`` that is not an abbreviated title's
    ("said state Sen. Joan Tuck": the title's stop ends no sentence)."""
    dot = ctx.text.find(".", pos, end)
    while dot >= 0:
        word = _WORD_AT_END.search(ctx.text, max(pos, dot - 8), dot)
        if word is None or word.group().lower() not in ctx.lex.titles:
            return True
        dot = ctx.text.find(".", dot + 1, end)
    return False


def _named_thing(ctx: Context, previous: str, entity: Entity) -> bool:
    """``dijo a su salida del edificio Justus Lipsius``: a name right after a noun that a
    preposition governs names that thing (a building, a ship), not the speaker; but not
    a person known as one (``respondió a esta agencia Ferrer``, ``cuenta en conversación
    telefónica Eulalia Prieto``): a given name, or a person the article named before."""
    lex = ctx.lex
    start = entity.start
    if entity.label == "PER" and (name_gender(entity.canonical) or _named_before(ctx, entity)):
        return False
    if ctx.text[max(0, start - 2) : start] == ", ":
        return False  # "la interventora de Salud municipal, Luz Dary Ocampo": apposition
    words = WORD.findall(ctx.text[max(0, start - 50) : start])[-3:]
    if len(words) < 2 or words[-1] != previous or not previous.islower():
        return False  # a common noun in lower case, not a word of a name before
    if previous in lex.prepositions or previous in lex.articles or previous in lex.role_nouns:
        return False
    if previous.endswith(lex.person_ends):
        return False  # "a la portavoz Ana Paz", "al entrenador X"
    return _determined_noun(words, lex)


def _determined_noun(words: list[str], lex: Lexicon) -> bool:
    """``a la salida del hotel Bristol Palace``, ``desde el buque X``: the noun before the
    name is governed by a preposition and has its article, as a particular thing bearing
    a name has. A bare noun after a preposition is a manner or means (``por teléfono``,
    ``en conversación telefónica``, ``en rueda de prensa``): no thing is named after it, so
    the name that follows is the speaker's, whatever list knows the given name."""
    lowered = [w.lower() for w in words[:-1]]
    for index in range(len(lowered) - 1, -1, -1):
        word = lowered[index]
        if word in lex.article_prepositions:
            return True
        if word in lex.prepositions:
            return index + 1 < len(lowered) and lowered[index + 1] in lex.determiners
    return False


def _named_before(ctx: Context, entity: Entity) -> bool:
    return any(
        other.canonical == entity.canonical and other.start < entity.start
        for other in ctx.entities
    )


def _unnamed_person(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """``un corredor de aceite``: an indefinite phrase whose head is a person's noun
    (listed, or with a person's ending), not ``a shoulder problem``."""
    phrase = anonymous_phrase(ctx, pos, limit)
    if phrase is None:
        return None
    lex = ctx.lex
    words = _past_partitive(ctx, WORD.findall(phrase.name.lower()))
    cut = next((i for i, w in enumerate(words) if w in lex.prepositions), len(words))
    head = words[:cut][-1:]  # before its complement: "mayorista de X", "metals trader in X"
    person = bool(head) and (
        head[0] in lex.role_nouns or head[0] in lex.workers or head[0].endswith(lex.person_ends)
    )
    return phrase if person else None


def _past_partitive(ctx: Context, words: list[str]) -> list[str]:
    """``una de las manifestantes``, ``one of the tenants``: the group's noun after the
    partitive is the head, not the count before it."""
    if len(words) > 2 and words[0] in ctx.lex.indefinites and words[1] in ctx.lex.prepositions:
        words = words[2:]
        return words[1:] if words[0] in ctx.lex.determiners else words
    return words


def _fresh(ctx: Context, word: re.Match[str], organisation: Speaker | None) -> bool:
    """``resumía ayer un técnico``: an indefinite subject, not ``en un comunicado``
    after a named organisation."""
    before = WORD.findall(ctx.text[max(0, word.start() - 20) : word.start()])
    return organisation is None and not (before and before[-1].lower() in ctx.lex.prepositions)


# one to three words of a role ("coach", "General Secretary"), by their number
# "coach", "General Secretary", "Rep." (an abbreviated title keeps its full stop)
_ROLE_WORDS = {n: re.compile(rf"(?:\s+[a-zA-Z][\w\-]*\.?){{{n}}}\s+") for n in (1, 2, 3)}


def role_then_name(ctx: Context, end: int, limit: int) -> Speaker | None:
    """``Brazil coach Fernando Diniz``, ``RCN general secretary Pat Cullen``: a role after
    an organisation or a place, then the person who holds it. The role is a listed one or,
    by its shape, a job noun in lower case closing the words before the name (``Rabobank
    broker X``, ``OCBC rates strategist X``): no list holds every trade."""
    pos = skip_space(ctx.text, end, limit) - 1
    roles = ctx.lex.role_nouns
    for size in range(1, 4):  # "coach", "General Secretary", "head of research"
        gap = _ROLE_WORDS[size].match(ctx.text, pos, limit)
        if gap is None:
            return None
        words = WORD.findall(gap.group())
        if not any(w.lower() in roles for w in words) and not _job_shaped(ctx, words):
            continue
        person = ctx.entity_starting(gap.end())
        if person is not None and person.label == "PER":
            return mention(ctx, person.start, person.end, person.canonical)
    return None


def _job_shaped(ctx: Context, words: list[str]) -> bool:
    """Lower-case words, none a function word, the last with a person's ending and not a
    thing's (``broker``, ``rates strategist``; not ``agreement``)."""
    lex = ctx.lex
    return all(w.islower() and w not in lex.function_words for w in words) and (
        lex.person_shaped(words[-1])
    )


_CLOSING_VERB = re.compile(r",\s+(\w+)\s+")


def closing_reporter(ctx: Context, sent_start: int, sent_end: int) -> Speaker | None:
    """``Las dos víctimas murieron al caer el techo, confirmó a la prensa el alcalde, X.``:
    a sentence closed by a reporting verb with its subject after it was said by that
    subject, not by the phrase the sentence opens with (a dropped subject in the next
    sentence, ``«…», lamentó``, continues it)."""
    found = None
    for verb in _CLOSING_VERB.finditer(ctx.text, sent_start, sent_end):
        if ctx.lex.is_reporting(verb.group(1)):
            found = verb
    if found is None:
        return None
    if found.group(1)[-1] == "n" or ctx.text[sent_end - 1 : sent_end] not in (".", ""):
        return None  # plural verbs go to groups (speaker_same); a question or a quotation
    comma = found.start()
    if any(e.label == "PER" and e.end == comma for e in ctx.entities_in(sent_start, comma)):
        return None  # "La alcaldesa, X, confirmó el corte": the apposed name is the subject
    subject = subject_after(ctx, found.end(), sent_end)
    if subject is None or subject.start < found.end() or not WORD.search(subject.text):
        return None
    tail = ctx.text[subject.end : sent_end].strip(" .")
    return subject if not tail else None  # the subject closes the sentence
