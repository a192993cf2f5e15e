"""Shapes that no person's name takes, applied to names typed a person only by default.

A multi-word name typed PER by a weak guess (no given name first, no title, no list) is
most often something else when its shape says so: Spanish names of people never open with
an article (``Los Olivos``, ``El Oro``: places), a saint's word opens a place name
(``Sant Llorenç``, ``Santa Eulalia``), an abstract noun opens the name of an office
(``Migración Colombia``, ``Protección Civil``), and a known place as the first word is the place an
organisation, party or event is named after (``Teruel Existe``, ``Zamora Primero``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.analysis import gazetteer
from reader.analysis.evidence import Mention, is_keyword
from reader.analysis.lexicon import Lexicon
from reader.analysis.name_context import job_noun, role_with_complement
from reader.analysis.names import GIVEN_NAMES
from reader.analysis.org_before import party_adjective
from reader.analysis.orgs import KNOWN_MULTI

_GUESS = 2.0  # below this strength a PER label is a default guess, not evidence
_WORDS_BEFORE = re.compile(r"[^\W\d_]+")


def toponym_context(text: str, start: int, lex: Lexicon) -> bool:
    """A town's name is expected at ``start``: after ``en``/``desde`` (and an article)
    or after a place noun and ``de`` (``el municipio de``, ``el municipio ourensano de``)."""
    before = [w.lower() for w in _WORDS_BEFORE.findall(text, max(0, start - 40), start)[-3:]]
    if not before or text[start - 1 : start] != " ":
        return False
    last = before[-1]
    if last in lex.place_preps:
        return True
    if len(before) < 2:
        return False
    if last in lex.articles:
        return before[-2] in lex.place_preps
    # "el municipio de", "el municipio ourensano de": a place noun, perhaps its adjective;
    # "el alcalde de": the head of a town, whose complement is the town
    if last not in ("de", "del"):
        return False
    return any(w in lex.loc_nouns for w in before[:-1]) or before[-2] in lex.town_heads


def retyped(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """The article's mentions, each with a label its shape supports when PER was only
    a guess."""
    alone = {m.words[0] for m in mentions if len(m.words) == 1}
    return [_retyped(text, m, alone, lex) for m in mentions]


def _retyped(text: str, mention: Mention, alone: set[str], lex: Lexicon) -> Mention:
    words = mention.words
    if party_adjective(text, words, mention.end, lex):
        return replace(mention, label="MISC", strength=3.0)  # "Liberal MLA X", "Green members"
    if (
        mention.label == "ORG"
        and mention.strength <= 0
        and len(words) > 1
        and mention.text.split()[1] in ("de", "del")
        and toponym_context(text, mention.start, lex)
    ):
        return replace(mention, label="LOC", strength=1.5)  # "en Xinzo de Limia"
    if (
        mention.label == "ORG"
        and mention.strength <= 0
        and (_person_after(text, mention, lex) or _job_noun_before(text, mention, lex))
    ):
        # a name typed a body only for its "de"/"of" ("Radek Ruiz de Azúa, who runs …",
        # "Lucía de la Fuente, 34,", "la demógrafa Chiara Etxeberria de Txapartegi"): an
        # age or "who" after it, or a job noun right before it, says a person
        return replace(mention, label="PER", strength=1.5)
    if mention.label == "LOC" and len(words) == 1 and _body_with_article(mention, lex):
        return replace(mention, label="ORG")  # "el Cabildo", a town's name too
    weak_place = mention.label == "LOC" and mention.strength < 3  # "en la Superliga X"
    if (mention.label == "ORG" or weak_place) and _competition(text, mention, lex):
        return replace(mention, label="MISC", strength=2.5)  # "la Liga Asobal", "Nations League"
    if mention.label == "LOC" and _region_government(mention, lex):
        return replace(mention, label="ORG", strength=3.5)  # "de la Comunidad de Madrid"
    if mention.label == "PER" and mention.strength < 3 and _after_place_noun(mention, lex):
        return replace(mention, label="LOC", strength=2.5)  # "el estadio Benito Villamarín"
    if mention.label != "MISC" and mention.strength < 3 and _after_thing_noun(mention, lex):
        return replace(mention, label="MISC", strength=2.5)  # "los huracanes Eta y Iota"
    if _acronym_first(mention):
        return replace(mention, label="ORG", strength=_GUESS)  # "NHS Wales", "BBC Breakfast"
    if mention.label != "PER" or mention.strength >= _GUESS:
        return mention
    if len(words) == 1 and _bracketed_capitals(text, mention):
        return replace(mention, label="ORG", strength=_GUESS)  # "(SERVIMEDIA)", "(NOTIMEX)"
    if len(words) < 2:
        return mention
    first = words[0]
    if first in GIVEN_NAMES:
        return mention
    if first.lower() in lex.name_articles or first in lex.saint_words:
        return replace(mention, label="LOC", strength=_GUESS)
    if len(first) > 5 and first.lower().endswith(lex.noun_name_ending_tuple):
        return replace(mention, label="ORG", strength=1.5)  # "Migración Colombia"
    if (
        gazetteer.is_place(first)
        and words[-1] not in alone
        and not words[-1].endswith(lex.surname_ending_tuple)
        and not _after_role(text, mention, lex)
        and not _person_after(text, mention, lex)
    ):
        # not "Mira Ivanova" … "Ivanova" (a given name spelt like a town, then a surname
        # the article uses on its own), "Rivera Hernández" (two surnames) nor "la
        # interventora, Casilda Urquijo" (a name in apposition to a role)
        return replace(mention, label="ORG", strength=1.5)
    return mention


_AGE_OR_WHO = re.compile(r",\s+(?:\d{1,3},|who\b|quien\b)")
_APPOSED_NOUN = re.compile(r",\s+(?:an?|the|un|una|el|la)\s+(?:[a-z\-]+\s+){0,2}?([a-z]+)\b")


def _person_after(text: str, mention: Mention, lex: Lexicon) -> bool:
    """``Amara Nwosu, 52,``, ``…, who …``, ``…, a tailor at …``: what follows the name
    says a person (an age, a relative pronoun for people, a person's trade or role)."""
    if _AGE_OR_WHO.match(text, mention.end) or _age_after(text, mention.end, lex):
        return True
    noun = _APPOSED_NOUN.match(text, mention.end)
    if noun is None:
        return False
    word = noun.group(1)
    return word in lex.person_titles or word in lex.role_nouns or word in lex.kin_nouns


_AGE = re.compile(r",?\s+([^\W\d_]+)\s+\d{1,3}(?:\s+([^\W\d_]+)|(?=,))")


def _age_after(text: str, end: int, lex: Lexicon) -> bool:
    """``Ana Ruiz de la Fuente tiene 46 años``, ``…, de 34 años,``, ``…, aged 46,``: a
    name joined to an age by a link only ages take (``age_links``) is a person's; a body
    "lleva 40 años" or "cumple 40 años" too, so those verbs are not links."""
    age = _AGE.match(text, end)
    if age is None or age.group(1).lower() not in lex.age_links:
        return False
    return age.group(2) is None or age.group(2).lower() in lex.age_units


def _after_role(text: str, mention: Mention, lex: Lexicon) -> bool:
    """``la interventora, Casilda Urquijo``: a name in apposition to a role noun is the
    person holding the role, even when the given name is also a town's."""
    before = _WORDS_BEFORE.findall(text, max(0, mention.start - 40), mention.start)
    if before and before[-1].lower() in lex.role_nouns:
        return True
    return role_with_complement(before, lex)


def _job_noun_before(text: str, mention: Mention, lex: Lexicon) -> bool:
    """``la demógrafa Chiara Etxeberria de Txapartegi``, ``the geographer X de Y``: an
    article, then a lower-case noun for a person's job (listed, or with a job's ending),
    right before the name: the name is its holder's, however unknown its words. A body
    after a job noun is joined by "de" ("el economista de Funcas") and never touches it."""
    before = _WORDS_BEFORE.findall(text, max(0, mention.start - 40), mention.start)[-2:]
    if len(before) < 2 or text[mention.start - 1 : mention.start] != " ":
        return False
    noun = before[-1]
    return noun.islower() and before[0].lower() in lex.articles and job_noun(noun, lex)


def _bracketed_capitals(text: str, mention: Mention) -> bool:
    """A word in capitals alone in brackets (an agency's credit or an acronym) names a
    body, whatever its length."""
    start, end = mention.start, mention.end
    return (
        len(mention.text) > 2
        and mention.text.isupper()
        and text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
    )


def _body_with_article(mention: Mention, lex: Lexicon) -> bool:
    """``el Cabildo``, ``la Junta``: an organisation word after an article names the body,
    even where the gazetteer knows a town of that name."""
    before = mention.context.rstrip(" ").rsplit(" ", 1)[-1].lower()
    return (
        mention.context.endswith(" ")
        and before in lex.org_articles | lex.name_articles
        and is_keyword(mention.text, lex.org_words)
    )


_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")


def _competition(text: str, mention: Mention, lex: Lexicon) -> bool:
    """``Liga Europea``, ``Premier League``: a league named in a sports report is the
    competition (a thing); with no other sports word near (``la Liga Árabe``, ``the Arab
    League``) it is a body."""
    words = mention.words
    if len(words) < 2:
        return False
    word = words[0] if words[0].lower() in lex.competition_words else words[-1]
    if word.lower() not in lex.competition_words:
        return False
    # the sentence around it, within 300 characters each way (linear on a page of names)
    low, high = max(0, mention.start - 300), min(len(text), mention.end + 300)
    start = max(text.rfind(". ", low, mention.start), text.rfind("\n", low, mention.start), low)
    ends = (text.find(". ", mention.end, high), text.find("\n", mention.end, high))
    sentence = text[start : min([i for i in ends if i >= 0], default=high)]
    if _SCORE.search(sentence):
        return True
    found = {w.lower() for w in _WORDS_BEFORE.findall(sentence)} - {word.lower()}
    return not found.isdisjoint(lex.sport_words)


def _region_government(mention: Mention, lex: Lexicon) -> bool:
    """``la Comunidad de Madrid``: a region whose name also names its government is the
    body after an article, and the land only after a place preposition (``en la …``)."""
    if len(mention.words) < 2 or mention.words[0] not in lex.region_governments:
        return False
    before = mention.context.rstrip(" ").split(" ")
    return (
        mention.context.endswith(" ")
        and len(before) > 1
        and before[-1].lower() in lex.org_articles
        and before[-2].lower() not in lex.place_prepositions
    )


def _acronym_first(mention: Mention) -> bool:
    """``NHS Wales``, ``BBC Breakfast``, ``ICE Futures U.S.``: a name opened by an acronym
    of three or more capitals (no place) is an organisation or one of its services."""
    first = mention.words[0]
    return (
        len(mention.words) > 1
        and mention.label != "ORG"
        and mention.strength < 3
        and len(first) > 2
        and first.isalpha()
        and first.isupper()
        and not mention.text.isupper()
        and not gazetteer.is_place(first)
        and KNOWN_MULTI.get(first) != "MISC"  # "STOXX Europe 600": an index
    )


def _after_place_noun(mention: Mention, lex: Lexicon) -> bool:
    """``el estadio Benito Villamarín``, ``el hospital Virgen del Rocío``: a place named
    after a person or a saint follows its common noun written in lower case."""
    if not mention.context.endswith(" "):
        return False
    noun = mention.context.rstrip(" ").rsplit(" ", 1)[-1]
    return noun.isalpha() and noun.islower() and noun in lex.loc_nouns


def _after_thing_noun(mention: Mention, lex: Lexicon) -> bool:
    """``el huracán Otis``, ``la borrasca Filomena``: a storm, a law or a book named
    right after its common noun in lower case is a thing, not a person."""
    if not mention.context.endswith(" "):
        return False
    noun = mention.context.rstrip(" ").rsplit(" ", 1)[-1]
    return noun.isalpha() and is_keyword(noun, lex.misc_nouns)
