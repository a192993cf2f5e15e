"""A name in apposition to a speaker's noun phrase: the person or body it names.

``the spokeswoman [for Acme], Ana Ruiz``, ``la patronal del sector, Asedas,``, ``su
presidente, el traumatólogo Jorge Paz``: past the comma that closes a role or body phrase,
to the name that says who it is. Split from ``phrases``; the unnamed-speaker rules
(``anonymous``) ask it too.
"""

from __future__ import annotations

import re

from reader.analysis.speaker_context import WORD, Context, mention, skip_space
from reader.core.model import Speaker

_APPOSITION_GAP = re.compile(r"[^,.;:«»“”\"()]{0,50}?, ")


def appositive_person(ctx: Context, pos: int, limit: int, role: bool = False) -> Speaker | None:
    """``the spokeswoman [for Acme], Ana Ruiz``, ``el portavoz de la empresa, Juan Paz``:
    the person named after the comma that closes the role phrase. After a role noun a
    name closed by a comma is that person even when typed a place ("La delegada del
    Gobierno, Mar Moreno,": "Mar" made it look like a sea)."""
    gap = _APPOSITION_GAP.match(ctx.text, pos, limit)
    if gap is None:
        return None
    inner = WORD.findall(gap.group())
    if inner and inner[0].lower() in ctx.lex.addressee_prepositions:
        return None  # "preguntó la jueza a la testigo, X": the one asked, not the role's
    lowercase = [w for w in inner if w.islower() and w not in ctx.lex.prepositions]
    if len(lowercase) > 3 or any(ctx.lex.is_reporting(w) for w in inner) or "que" in inner:
        return None
    person = ctx.entity_at(_past_role(ctx, gap.end(), limit))
    if person is None or person.start >= limit:
        return None
    named = role and person.label != "ORG" and len(person.text.split()) >= 2
    if person.label != "PER" and not (named and ctx.text[person.end : person.end + 1] == ","):
        return None
    return mention(ctx, person.start, person.end, person.canonical)


def appositive_body(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """``la patronal de la distribución, Asedas,``: the organisation named after the comma
    that closes an organisation noun's phrase."""
    gap = _APPOSITION_GAP.match(ctx.text, pos, limit)
    if gap is None or any(ctx.lex.is_reporting(w) for w in WORD.findall(gap.group())):
        return None
    pos = gap.end()
    article = WORD.match(ctx.text, pos, limit)
    if article is not None and article.group().lower() in ctx.lex.articles:
        pos = skip_space(ctx.text, article.end(), limit)  # "La patronal bodeguera, el X,"
    body = ctx.entity_starting(pos)
    if body is None or body.label != "ORG":
        return None
    return mention(ctx, body.start, body.end, body.canonical)


_ROLE_BEFORE_NAME = re.compile(r"(?:el|la|the)\s+(?:[a-záéíóúñ]+\s+){1,2}(?=[A-ZÁÉÍÓÚÑ])")
BARE_ROLE = re.compile(r"(?:[a-záéíóúñ-]+\s+){1,3}(?=[A-ZÁÉÍÓÚÑ])")


def _past_role(ctx: Context, pos: int, limit: int) -> int:
    """``su presidente, el traumatólogo Jorge Paz``: past a role phrase in lower case
    (an article and one or two words) to the name it introduces."""
    if ctx.entity_at(pos) is not None:
        return pos
    role = _ROLE_BEFORE_NAME.match(ctx.text, pos, limit)
    if role is not None:
        return role.end()
    bare = BARE_ROLE.match(ctx.text, pos, limit)  # "former tour player Piotr Nowak"
    if bare is not None and WORD.findall(bare.group())[-1] in ctx.lex.role_nouns:
        return bare.end()
    return pos
