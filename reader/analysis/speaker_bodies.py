"""Which organisation a common noun or a document speaks for: ``the airline said``, ``la
empresa sostiene``, ``señala el comunicado``, ``las tres organizaciones``.

Split from ``coref`` (people: pronouns and role nouns); ``coref`` re-exports
``org_antecedent`` and ``group_of_orgs`` for the modules that import them from there.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from reader.analysis.body_descriptions import (
    according_subject,
    described_object,
    introducing,
    issued_with,
    issuing_kind,
    names_after,
)
from reader.analysis.gender import name_gender
from reader.analysis.near_roles import orgs_introduced
from reader.analysis.phrase_search import spaced
from reader.analysis.speaker_context import after_preposition, skip_space
from reader.core.model import Entity

if TYPE_CHECKING:
    from reader.analysis.speaker_context import Context

_WORD = re.compile(r"[^\W\d_]+")
_WINDOW = 1500
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
# closed by a comma or a stop that is no decimal mark ("una subida del 2,5 %" goes on)
_APPOSITION = re.compile(r", [^,.;:()\n]{1,50}(?=[,.;)](?!\d))")


def _possessive(ctx: Context, entity: Entity) -> bool:
    return ctx.text[entity.end : entity.end + 2] in ("'s", "’s")


def org_antecedent(ctx: Context, start: int, phrase: str, depth: int = 0) -> str:
    """``the airline said``, ``la empresa sostiene``, ``the bureau said``: the organisation
    named before that the common noun stands for (or that issued the document: "señala
    el comunicado"). One whose name holds the noun
    ("Southwest Airlines", "Unification Ministry") or that the noun introduced ("la
    empresa concesionaria, Avanza", "SovEcon, a consultancy") wins; then the body a
    nearer common noun stood for ("The bank said …" before "the lender said"); else the
    nearest organisation in a subject position: no news agency credited in brackets or
    addressed ("told Reuters"), no object of a preposition ("con el Ministerio"), no
    possessive, none introduced as another kind of body ("los sindicatos X" is no
    "patronal"). "" for a document noun nobody issued."""
    nouns = [w for w in _WORD.findall(phrase.lower()) if w not in ctx.lex.function_words]
    lex = ctx.lex
    heads = lex.org_nouns | lex.org_words | lex.document_nouns | lex.standalone_org_nouns
    if not nouns or not any(n in heads for n in nouns):
        return ""
    # "the company said", "señala el comunicado": the nearest organisation stands behind
    speaks_for = ctx.lex.standalone_org_nouns | ctx.lex.document_nouns
    standalone = any(n in speaks_for for n in nouns)
    document = any(n in ctx.lex.document_nouns for n in nouns)
    if document:
        issuer = _issuer(ctx, start)
        if issuer:
            return issuer
    fallback, fallback_at = "", -1
    kinds = _same_kind(ctx, nouns)
    for entity in reversed(ctx.entities_in(max(0, start - _WINDOW), start)):
        if entity.label == "PER" and document and not fallback:
            standalone = False  # "El juez X ha rechazado … zanja el auto": the judge's
        if entity.label != "ORG":
            continue
        name = entity.text.lower()
        written = ctx.text[max(0, entity.start - 40) : entity.start]
        before = written.lower()
        if any(n in name or (len(n) > 4 and n[:-1] in name) for n in nouns):
            return entity.canonical
        if kinds and any(k in _WORD.findall(name) for k in kinds):
            return entity.canonical  # "the watchdog said": the Financial … Authority
        # as written: a noun that introduces a name is in lower case ("the union X", "la
        # patronal X"); "Truckers Union says X" ends another name and introduces nothing
        introduced = introducing(ctx, written, nouns, kinds)
        if any(n in introduced or n + "s" in introduced or n + "es" in introduced for n in nouns):
            return entity.canonical  # "la patronal X", "los sindicatos UGT y CCOO"
        if _described_as(ctx, entity, nouns):
            return entity.canonical  # "SovEcon, a consultancy based in Moscow,"
        if standalone and not fallback and _stands_for(ctx, entity, before, document):
            fallback, fallback_at = entity.canonical, entity.start
    introduced = _introduced_earlier(ctx, nouns, start - _WINDOW)
    if introduced:  # "condenó a la aseguradora Mutua X" far back, then "La aseguradora …"
        return introduced
    if depth == 0 and standalone and not document:
        body = _previous_body(ctx, max(fallback_at, start - 700), start)
        if body is not None:  # "The bank said …" then "the lender said": the same body
            resolved = org_antecedent(ctx, body.start(), body.group(2), 1)
            return resolved or fallback or body.group(2)
    if fallback and document:  # "alta en la Seguridad Social … señala el fallo": the court
        return issuing_kind(ctx, nouns, start) or fallback
    return fallback


def _same_kind(ctx: Context, nouns: list[str]) -> frozenset[str]:
    """The other nouns the copy uses in turn for the same kind of body as ``nouns``
    (``body_synonyms``: "watchdog" takes up an "Authority" or a "Commission")."""
    found: set[str] = set()
    for line in ctx.lex.body_synonyms:
        group = line.split()
        if any(n in group for n in nouns):
            found.update(group)
    return frozenset(found - set(nouns))


def _introduced_earlier(ctx: Context, nouns: list[str], before: int) -> str:
    """The organisation the noun introduced before ``before`` ("la aseguradora X"): one
    introduction holds for the whole article."""
    # a substring test first (one search per article): no noun in it, no noun as a word
    for entity, window in reversed(orgs_introduced(ctx, nouns, max(0, before))):
        words = _WORD.findall(window)[-2:]
        if any(n in words for n in nouns):
            return entity.canonical
    return ""


def _described_as(ctx: Context, entity: Entity, nouns: list[str]) -> bool:
    """An apposition right after the name that opens with a determiner and the noun
    ("Garbiker, la concesionaria,", "SovEcon, a consultancy based in …")."""
    apposition = _APPOSITION.match(ctx.text, entity.end, entity.end + 60)
    if apposition is None:
        return False
    words = _WORD.findall(apposition.group().lower())[:3]
    determiners = ctx.lex.articles | ctx.lex.indefinites
    return bool(words) and words[0] in determiners and any(n in words[1:] for n in nouns)


def _stands_for(ctx: Context, entity: Entity, before: str, document: bool) -> bool:
    """Whether an organisation may be what a common noun stands for: named in a subject
    position, not credited in brackets, addressed, possessed or of another kind."""
    if ctx.text[entity.start - 1 : entity.start] == "(" or _possessive(ctx, entity):
        return False
    verb = _LAST_WORD.search(before)
    if verb is not None and ctx.lex.is_reporting(verb.group(1)):
        return False  # "told Reuters"
    if _addressed(ctx, before):
        return False  # "replicó a la radio RPP", "told the broadcaster NHK"
    if document:
        return True  # "fuentes del Ministerio … señala el comunicado": whoever spoke
    if after_preposition(ctx, entity) and not _agent(before, ctx) and not _source(ctx, before):
        return False  # "un contrato con el Ministerio de Defensa"
    if described_object(ctx, before):
        return False  # "el pedido de dos ferris para la naviera noruega Fjordlinje"
    # "Los sindicatos ELA, LAB y CCOO": a member of a group is no body a singular noun
    # ("la patronal") stands for
    return not _listed(ctx, entity)


def _addressed(ctx: Context, before: str) -> bool:
    """A reporting verb, then a preposition, then at most two words before the name: the
    one spoken to ("dijo a la agencia", "replicó a la radio")."""
    words = _WORD.findall(before.split(".")[-1].lower())[-5:]
    for index, word in enumerate(words[:-1]):
        if ctx.lex.is_reporting(word) and words[index + 1] in ctx.lex.prepositions:
            return len(words) - index - 2 <= 2
    return False


def _source(ctx: Context, before: str) -> bool:
    """``Según la Defensoría del Pueblo, …``: a body given as the source of what follows
    speaks, though a preposition governs it."""
    words = _WORD.findall(before.split(".")[-1].lower())
    lead = " " + " ".join(words[-4:])
    if spaced(ctx.lex.according).search(lead + " ") is not None:
        return True
    # "Según el reporte matutino del Centro X": the body that issued the document cited
    lead = " " + " ".join(words[-7:]) + " "
    for phrase in ctx.lex.according:
        at = lead.find(f" {phrase} ")
        if at >= 0:
            rest = lead[at + len(phrase) + 2 :].split()
            return any(w in ctx.lex.document_nouns for w in rest)
    return False


# "presentado este lunes por la Unión …": a time phrase may stand between the two
_PARTICIPLE_BY = re.compile(
    r"(?:ad[oa]s?|id[oa]s?|ed)(?:\s+[^\W\d_]+){0,3}?\s+(?:por|by)\s+(?:(?:el|la|the)\s+)?$"
)


def _agent(before: str, ctx: Context) -> bool:
    """``gestionada por APM Terminals``, ``run by Acme``: the agent of a passive acts."""
    return _PARTICIPLE_BY.search(before) is not None


_LIST_GAPS = frozenset([",", "y", "e", "and", ", and", "&"])
_AND = frozenset(["y", "e", "and", ", and", "&"])


def _listed(ctx: Context, entity: Entity) -> bool:
    """The organisation is one of several named together ("ELA, LAB y CCOO"): a chain of
    organisations joined by commas that a conjunction closes ("En el Ibex, Navalia" is
    no list)."""
    index = bisect.bisect_left(ctx.entity_starts, entity.start)
    conjunction = False
    for step in (-1, 1):
        here = index
        while 0 <= here + step < len(ctx.entities) and abs(here + step - index) <= 6:
            near = ctx.entities[here + step]
            left, right = (near, ctx.entities[here]) if step < 0 else (ctx.entities[here], near)
            gap = ctx.text[left.end : right.start].strip().lower()
            if near.label != "ORG" or gap not in _LIST_GAPS:
                break
            conjunction = conjunction or gap in _AND
            here += step
    return conjunction


_BODY = re.compile(r"\b(the|la|el)\s+([a-záéíóúñ]+)\b", re.IGNORECASE)


def _previous_body(ctx: Context, floor: int, start: int) -> re.Match[str] | None:
    """The last ``the bank``/``la compañía`` (a standalone organisation noun) that reported
    something before ``start`` and after ``floor``, outside quotations; none when a name
    follows it ("La consultora Safras & Mercado": the entity rules find that name)."""
    found = None
    for match in _BODY.finditer(ctx.text, max(0, floor), start):
        if match.group(2).lower() not in ctx.lex.standalone_org_nouns:
            continue
        if ctx.in_quote(match.start()):
            continue
        named = ctx.entity_at(match.end())
        if named is not None and named.start - match.end() <= 1:
            found = None
            continue
        following = _WORD.findall(ctx.text, match.end(), min(len(ctx.text), match.end() + 40))
        if names_after(ctx, match.end(), following):
            continue  # "la naviera noruega Fjordlinje": a description of a name
        if any(ctx.lex.is_reporting(w) for w in following[:3]):
            found = match  # "The bank said …": a body that spoke, not an object
    return found


# "In a filing with the U.S. Bankruptcy Court for the District of Delaware, the company
# said": the document's complement may hold a court or a body and an abbreviation's dots
_ISSUED_IN = re.compile(
    r"(?:En|In) (?:un|una|su|a|its|their) ([^\W\d_]+)(?:[^,.;:]|(?<=[A-Z])\.){0,90},\s*"
)
_STANDALONE_BODY = re.compile(r"(?:the|its|la|el)\s+([^\W\d_]+)\b", re.IGNORECASE)


def _issuer(ctx: Context, start: int) -> str:
    """``En un comunicado conjunto, las dos centrales acusan … «…», señala el texto``: the
    document speaks for the subject of the sentence that announced it, within 600
    characters, paragraphs apart too ("In a filing …, the bank said …" ¶ "The filing
    said «…»")."""
    author = _filed_by(ctx, start) or _author_of(ctx, start) or _on_behalf(ctx, start)
    if author:
        return author
    found = None
    for match in _ISSUED_IN.finditer(ctx.text, max(start - 600, 0), start):
        if match.group(1).lower() in ctx.lex.document_nouns and not ctx.in_quote(match.start()):
            found = match
    if found is not None:
        return _subject_body(ctx, found.end(), found.start())
    subject = according_subject(ctx, start)
    if subject >= 0:
        return _subject_body(ctx, subject, subject)
    return issued_with(ctx, start)  # "El comité replicó con una nota …": its subject


def _subject_body(ctx: Context, subject: int, anchor: int) -> str:
    """The body a document's issuing subject at ``subject`` names: an organisation, the
    one a standalone noun takes up ("the company"), or a group ("ambas organizaciones"),
    looked for before ``anchor`` (before the phrase that named the document)."""
    entity = ctx.entity_starting(subject)
    if entity is not None and entity.label == "ORG":
        return entity.canonical
    body = _STANDALONE_BODY.match(ctx.text, subject)
    if body is not None and body.group(1).lower() in ctx.lex.standalone_org_nouns:
        # "In a filing …, the company said": the body the noun takes up issued it
        return org_antecedent(ctx, anchor, body.group(1), 1)
    plural = _BODY_PLURAL.match(ctx.text, subject)
    return group_of_orgs(ctx, anchor) if plural is not None else ""


_FILED_BY = re.compile(
    r"\b([^\W\d_]+) (?:filed|issued|submitted|lodged|brought|released|published) "
    r"(?:[^.;:()\"“”«»]{0,60}? )?by (?:the )?",
    re.IGNORECASE,
)


def _filed_by(ctx: Context, start: int) -> str:
    """``a criminal complaint filed by the X Prosecutor's Office``, ``a report published
    by Y``: a document noun, then its filer after "by": the last one before ``start``
    in the 600 characters before, outside quotations."""
    found = None
    for match in _FILED_BY.finditer(ctx.text, max(0, start - 600), start):
        if match.group(1).lower() in ctx.lex.document_nouns and not ctx.in_quote(match.start()):
            found = match
    if found is None:
        return ""
    filer = ctx.entity_starting(found.end())
    return filer.canonical if filer is not None and filer.label in ("ORG", "PER") else ""


_ON_BEHALF = re.compile(r"\bon (?:(his|her|their) behalf|behalf of)\b", re.IGNORECASE)


def _on_behalf(ctx: Context, start: int) -> str:
    """``Ashe read a statement on her behalf``, ``a statement on behalf of X``: the
    document speaks for the person it was issued for (the one named after "of", else the
    last person named before "his"/"her"), in the paragraph or the one before."""
    floor = max(0, start - 600)
    found = None
    for match in _ON_BEHALF.finditer(ctx.text, floor, start):
        if not ctx.in_quote(match.start()):
            found = match
    if found is None:
        return ""
    if found.group(1) is None:
        person = ctx.entity_starting(skip_space(ctx.text, found.end(), start))
        return person.canonical if person is not None and person.label != "LOC" else ""
    wanted = "f" if found.group(1).lower() == "her" else "m" if found.group(1) == "his" else ""
    for entity in reversed(ctx.entities_in(floor, found.start())):
        if entity.label != "PER":
            continue
        gender = ctx.genders.get(entity.canonical) or name_gender(entity.canonical)
        if not wanted or not gender or gender == wanted:
            return entity.canonical
    return ""


_BODY_THEN_DOCUMENT = re.compile(r"\s*,\s*(?:en|in)\s+(?:un|una|su|a|its)\s+([^\W\d_]+)")


def _author_of(ctx: Context, start: int) -> str:
    """``La Sala de lo Civil, en una sentencia fechada …, revoca …`` then ``La sentencia
    es tajante``: the body that a comma and "en una <document>" follow issued it (the
    last such body in the paragraph or the one before)."""
    floor = max(0, start - 1200)
    for entity in reversed(ctx.entities_in(floor, start)):
        if entity.label != "ORG":
            continue
        issued = _BODY_THEN_DOCUMENT.match(ctx.text, entity.end, start)
        if issued is not None and issued.group(1).lower() in ctx.lex.document_nouns:
            return entity.canonical
        if _issued_object(ctx, entity, start):
            return entity.canonical
    return ""


_OBJECT_DOCUMENT = re.compile(r"(?<!\w)(?:un|una|su|a|its)\s+(?:[^\W\d_]+\s+)?([^\W\d_]+)")


def _issued_object(ctx: Context, entity: Entity, start: int) -> bool:
    """``El SAD … difundió este lunes un extenso comunicado en el que …``: a body opening
    its sentence whose verb's object is a document issued it; no other name between."""
    if after_preposition(ctx, entity) or ctx.text[entity.start - 1 : entity.start] == "(":
        return False
    stop = min(start, ctx.sentence_end(entity.start), entity.end + 160)
    for match in _OBJECT_DOCUMENT.finditer(ctx.text, entity.end, stop):
        if match.group(1).lower() in ctx.lex.document_nouns:
            between = ctx.entities_in(entity.end, match.start())
            return not any(
                e.label in ("PER", "ORG")
                and e.canonical != entity.canonical
                and ctx.text[e.start - 1 : e.start] != "("  # its acronym: "X (SAD)"
                and not after_preposition(ctx, e)  # "mayoritario … del Principado"
                for e in between
            )
    return False


_BODY_PLURAL = re.compile(
    r"(?:los|las|ambos|ambas|the|both)\s+(?:[^\W\d_]+\s+)?[^\W\d_]+s\b", re.IGNORECASE
)


def group_of_orgs(ctx: Context, start: int) -> str:
    """``las tres organizaciones``, ``the two unions``: the organisations last named
    together in a list ("CCOO, UGT y CGT"); the first of them names the group."""
    found = ctx.entities_in(max(0, start - _WINDOW), start)
    for index in range(len(found) - 1, 0, -1):
        left, right = found[index - 1], found[index]
        if left.label != "ORG" or right.label != "ORG":
            continue
        gap = ctx.text[left.end : right.start].strip().lower()
        if gap in _LIST_GAPS:
            first = index - 1
            while first > 0 and found[first - 1].label == "ORG" and ctx.text[
                found[first - 1].end : found[first].start
            ].strip() in (",",):
                first -= 1
            return found[first].canonical
    return ""
