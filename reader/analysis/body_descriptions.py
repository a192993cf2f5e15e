"""How a common noun's organisation is told from the bodies around it: a ruling speaks
for the court (``document_issuers``), and a body described inside a prepositional phrase
("para la naviera noruega Fjordlinje") is no subject a later "la empresa" takes up.

Split from ``speaker_bodies`` (which reads these from ``org_antecedent``).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from reader.analysis.speaker_context import after_preposition

if TYPE_CHECKING:
    from reader.analysis.speaker_context import Context

WORD = re.compile(r"[^\W\d_]+")
WINDOW = 1500


def issuing_kind(ctx: Context, nouns: list[str], start: int) -> str:
    """``señala el fallo``, ``the ruling said``: a document only one kind of body issues
    (``document_issuers``) speaks for the nearest body of that kind named before (the
    court), not for a body the story names in passing ("alta en la Seguridad Social")."""
    kinds: set[str] = set()
    for line in ctx.lex.document_issuers:
        documents, _, issuers = line.partition("|")
        if any(n in documents.split() for n in nouns):
            kinds.update(issuers.split())
    if not kinds:
        return ""
    for entity in reversed(ctx.entities_in(max(0, start - WINDOW), start)):
        if entity.label == "ORG" and any(w in kinds for w in WORD.findall(entity.text.lower())):
            return entity.canonical
    return ""


_DESCRIBED = re.compile(
    r"(?<!\w)([^\W\d_]+)\s+([^\W\d_]+)\s+[a-záéíóúñü]+(?:\s+[a-záéíóúñü]+)?\s+$"
)


def described_object(ctx: Context, before: str) -> bool:
    """``para la naviera noruega Fjordlinje``, ``with the shipping group Maersk``: a
    preposition, a determiner and a lower-case description (a noun and its adjective)
    before the name: the object of the preposition, no subject a common noun takes up."""
    return bool(_object_preposition(ctx, before))


def _object_preposition(ctx: Context, before: str) -> str:
    """The preposition of ``described_object``'s phrase ("para"), else ""."""
    match = _DESCRIBED.search(before)
    if match is None:
        return ""
    preposition, determiner = match.group(1).lower(), match.group(2).lower()
    if preposition in ctx.lex.prepositions and determiner in ctx.lex.determiners:
        return preposition
    return ""


def introducing(ctx: Context, before: str, nouns: list[str], kinds: frozenset[str]) -> list[str]:
    """The last three words before a name, when one is the noun or a noun of its kind
    (``body_synonyms``: "la concesionaria Terminal X" … "La empresa"), that one given as
    the noun itself. A noun of the kind counts only with no preposition but a genitive
    before it ("el plan de la concesionaria X", not "para la naviera noruega X")."""
    if not any(n in before for n in [*nouns, *kinds]):
        return []
    words = WORD.findall(before)[-3:]
    preposition = _object_preposition(ctx, before.lower()) if kinds & set(words) else ""
    if preposition and preposition not in ctx.lex.genitive_prepositions:
        return words
    return [nouns[0] if w in kinds else w for w in words]


def names_after(ctx: Context, end: int, following: list[str]) -> bool:
    """A lower-case adjective, then a name, right after the body noun ("la naviera
    noruega Fjordlinje"): the noun describes that name."""
    if len(following) < 2 or not following[0].islower() or not following[1][:1].isupper():
        return False
    named = ctx.entity_at(ctx.text.find(following[1], end))
    return named is not None and named.label == "ORG"


_IN_DOCUMENT = re.compile(
    r"\s+(?:en|in)\s+(?:un|una|su|sus|a|its|their)\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?"
)


def according_subject(ctx: Context, start: int) -> int:
    """``Según informaron ambas organizaciones en un comunicado, … «…», señala el texto``:
    an attribution phrase (``according``), a reporting verb, its subject and "en un
    <document>": the document speaks for that subject. The subject's offset (the last
    such phrase in the 600 characters before ``start``, outside quotations), else -1."""
    floor = max(0, start - 600)
    lowered = ctx.text[floor:start].lower()
    found = -1
    for phrase in ctx.lex.according:
        opener = re.compile(r"(?<!\w)" + re.escape(phrase) + r"\s+([^\W\d_]+)\s+")
        for match in opener.finditer(lowered):
            subject = floor + match.end()
            if not ctx.lex.is_reporting(match.group(1)) or ctx.in_quote(subject):
                continue
            gap = ctx.text.find(",", subject, start)
            document = _IN_DOCUMENT.search(ctx.text, subject, gap if gap > 0 else start)
            if document is not None and subject < document.start() <= subject + 80:
                nouns = {(document.group(n) or "").lower() for n in (1, 2)}
                if nouns & ctx.lex.document_nouns:
                    found = max(found, subject)
    return found



def issued_with(ctx: Context, start: int) -> str:
    """``El comité replicó con una nota conjunta en la que … «…», resume el texto``,
    ``La empresa Tabacuba indicó en una nota que …``: a document brought in by a
    preposition and an indefinite or possessive inside a sentence speaks for the body
    that sentence opens with (the last such sentence in the 600 characters before
    ``start``, outside quotations); "" when none is found."""
    lex = ctx.lex
    openers = lex.indefinite_articles | lex.possessives
    found = None
    floor = max(0, start - 600)
    words = list(WORD.finditer(ctx.text, floor, start))
    for index in range(2, len(words)):
        noun = words[index]
        if noun.group().lower() not in lex.document_nouns or ctx.in_quote(noun.start()):
            continue
        if words[index - 1].group().lower() not in openers:
            continue
        if words[index - 2].group().lower() in lex.prepositions:
            found = noun
    if found is None:
        return ""
    sentence = bisect.bisect_right(ctx.sentence_starts, found.start()) - 1
    opening = ctx.sentence_starts[sentence] if sentence >= 0 else 0
    comma = ctx.text.find(",", opening, found.start())
    return _opening_body(ctx, opening, comma if comma > 0 else found.start())


def _opening_body(ctx: Context, opening: int, end: int) -> str:
    """The body a sentence opens with, up to ``end`` (its first comma or the document):
    the last organisation named there outside a prepositional phrase (a name's
    acronym in brackets, the head of a name cut in two), else the common noun after its
    article (``El comité``: "comité")."""
    for entity in reversed(ctx.entities_in(opening, end)):
        if entity.label == "ORG" and not after_preposition(ctx, entity):
            return entity.canonical
    words = WORD.findall(ctx.text, opening, end)[:2]
    if len(words) < 2 or words[0].lower() not in ctx.lex.articles:
        return ""
    return words[1] if words[1] in ctx.lex.org_nouns else ""
