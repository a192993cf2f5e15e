"""Speakers named by taking up an earlier phrase.

``Las mismas fuentes indicaron que «…»``: a source phrase that takes up one named before
(``same_words``) speaks as that earlier phrase (``Fuentes de la investigación``), not as
"mismas fuentes", which names nobody. ``Los guardaparques … cuentan …, y uno de ellos lo
resumió así: «…»``: one of a group (``one_of_them``) speaks as one member of it
(``guardaparque``). ``Los sindicatos anunciaron … «…», advierten``: a plural verb with
its subject dropped goes back to the plural group.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.anonymous import anonymous_phrase
from reader.analysis.coref import role_holder
from reader.analysis.noun_words import plural_people
from reader.analysis.phrases import noun_phrase
from reader.analysis.speaker_context import WORD, Context, mention
from reader.analysis.speaker_cues import recent_reporter
from reader.core.model import Speaker

_WINDOW = 2000  # characters searched back for the phrase taken up
_TRIES = 12  # earlier mentions of the head word looked at, nearest first
_VERB_AFTER = re.compile(r"[\s,.;:]*(?:[—–-]\s*)?(?:se\s+)?([^\W\d_]+)")


def same_source(ctx: Context, speaker: Speaker | None) -> Speaker | None:
    """``speaker`` named as the earlier phrase it takes up, when it is one."""
    if speaker is None:
        return None
    words = WORD.findall(speaker.text.lower())
    lead = WORD.findall(ctx.text[max(0, speaker.start - 12) : speaker.start].lower())[-1:]
    if not words or not any(w in ctx.lex.same_words for w in lead + words[:-1]):
        return speaker  # "dichas fuentes", "the same officials", "las mismas fuentes"
    head = words[-1]
    pattern = re.compile(rf"(?<!\w){re.escape(head)}(?!\w)", re.IGNORECASE)
    found = list(pattern.finditer(ctx.text, max(0, speaker.start - _WINDOW), speaker.start))
    for match in reversed(found[-_TRIES:]):
        if ctx.in_quote(match.start()):
            continue
        earlier = _phrase_at(ctx, match.start())
        if earlier is None or not earlier.name:
            continue
        if any(w in ctx.lex.same_words for w in WORD.findall(earlier.text.lower())):
            continue  # another "mismas fuentes": look further back
        return Speaker(speaker.start, speaker.end, speaker.text, earlier.name)
    return speaker


def _phrase_at(ctx: Context, pos: int) -> Speaker | None:
    """The phrase the head word opens, or that its article, indefinite or number opens
    ("las fuentes …", "two officials at …")."""
    limit = min(ctx.sentence_end(pos), pos + 200)  # a phrase is short; junk stays cheap
    before = list(WORD.finditer(ctx.text, max(0, pos - 12), pos))
    starts = [pos]
    lex = ctx.lex
    opener = before[-1].group().lower() if before else ""
    if opener in lex.articles or opener in lex.indefinites or opener in lex.number_words:
        starts.insert(0, before[-1].start())
    for start in starts:
        phrase = anonymous_phrase(ctx, start, limit) or noun_phrase(ctx, start, limit)
        if phrase is not None and phrase.start <= pos < phrase.end:
            return phrase
    return None


_GROUP = re.compile(
    r"(?<!\w)(?:los|las|otros|otras|varios|varias|algunos|algunas|muchos|muchas|the|other|"
    r"some|several|many)\s+([^\W\d_]+s)(?!\w)",
    re.IGNORECASE,
)


def one_of_them(ctx: Context, start: int, end: int) -> Speaker | None:
    """``…, y uno de ellos, que pidió no ser nombrado, lo resumió: «…»``, ``«…», comentaba
    uno de ellos``: one of a group speaks; the speaker is one member of the plural group
    named last before it in the sentence or the one before (in the singular)."""
    sent_start = ctx.sentence_of[start][0]
    lowered = ctx.text[sent_start:start].lower()
    found = max((lowered.rfind(p) for p in ctx.lex.one_of_them), default=-1)
    at = sent_start + found if found >= 0 else _in_tag(ctx, end)
    if at < 0:
        return None
    floor = max(0, ctx.text.rfind("\n\n", 0, min(at, start)), min(at, start) - 400)
    groups = [
        g
        for g in _GROUP.finditer(ctx.text, floor, min(at, start))
        if not ctx.in_quote(g.start()) and g.group(1).islower() and _opens_clause(ctx, g.start())
    ]
    said = ctx.text[at : at + 40].lower()
    phrase = next((p for p in ctx.lex.one_of_them if said.startswith(p)), "")
    text = ctx.text[at : at + len(phrase)]
    sources = _sources_opening(ctx, floor, min(at, start))
    if sources is not None:  # "Fuentes del mercado … «…», resumió una de ellas"
        return Speaker(at, at + len(phrase), text, sources)
    if not groups:  # "hoteleros consultados …": the group has no article; the phrase names
        return Speaker(at, at + len(phrase), text, text)
    noun = _one(groups[-1].group(1).lower(), ctx)
    return Speaker(at, at + len(phrase), text, noun)


def _sources_opening(ctx: Context, floor: int, at: int) -> str | None:
    """``Fuentes del mercado consultadas …``: a plural source noun opening a sentence,
    with no article, is the group; its phrase up to a participle or verb names it."""
    for match in _BARE_SOURCES.finditer(ctx.text, floor, at):
        if ctx.in_quote(match.start()) or not _opens_clause(ctx, match.start()):
            continue
        if match.group(1).lower() in ctx.lex.source_nouns | ctx.lex.workers:
            return match.group(0).strip()
    return None


_BARE_SOURCES = re.compile(
    r"([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+s)(?:\s+(?:de|del|de la|de los)\s+[a-záéíóúñ]+)?"
)


_TAG_VERB = re.compile(r"[\s,]*[^\W\d_]+\s+")


def _in_tag(ctx: Context, end: int) -> int:
    """Where "uno de ellos" stands right after the quotation's tag verb, or -1."""
    verb = _TAG_VERB.match(ctx.text, end, end + 30)
    if verb is None or "," not in ctx.text[end : end + 2]:
        return -1
    said = ctx.text[verb.end() : verb.end() + 40].lower()
    return verb.end() if any(said.startswith(p) for p in ctx.lex.one_of_them) else -1


def _opens_clause(ctx: Context, pos: int) -> bool:
    """The group opens its sentence or a clause ("Los vendimiadores …", "…; los pilotos"):
    a subject, not an object ("el retraso de los pagos")."""
    before = ctx.text[max(0, pos - 3) : pos].rstrip(" ")
    return before == "" or before[-1] in ".;:\n" or pos == 0


def _one(plural: str, ctx: Context) -> str:
    """``guardaparques`` → ``guardaparque``, ``trabajadores`` → ``trabajador``,
    ``patrones`` → ``patrón`` (a listed noun), ``firefighters`` → ``firefighter``."""
    known = ctx.lex.role_nouns | ctx.lex.workers
    if plural.endswith("ones") and plural[:-4] + "ón" in known:
        return plural[:-4] + "ón"
    if plural.endswith("es") and len(plural) > 4 and plural[-3] in "rlndjz":
        return plural[:-2]
    return plural[:-1]


def plural_subject(ctx: Context, start: int, end: int, last_end: int) -> Speaker | None:
    """``Los sindicatos anunciaron … «…», advierten.``: a plural reporting verb with its
    subject dropped goes back to the plural group that reported last, not to a person."""
    verb = _VERB_AFTER.match(ctx.text, end, end + 40)
    if verb is None or verb.group(1)[-1] != "n":
        return None
    if not ctx.lex.is_reporting(verb.group(1)):
        # "«¡Ni un despido!», corearon": an unlisted tag verb, only a plural group of
        # people named in the sentence before can have said it
        return _plural_people_before(ctx, start, last_end) if ctx.lex.is_tag_verb(
            verb.group(1)
        ) else None
    reporter = recent_reporter(ctx, start, last_end)
    if reporter is None:
        return _plural_opening(ctx, start, last_end) or _plural_people_before(
            ctx, start, last_end
        )
    if not reporter.text.endswith("s") or ctx.entity_starting(reporter.start) is not None:
        # "El alcalde pidió silencio al público, entre el que había trabajadores …
        # «…», corearon": the singular reporter did not chant it; a plural group did
        return _plural_people_before(ctx, start, last_end)
    return reporter


_PLURAL_NP = re.compile(
    r"(?:(?:Para|For|Según|According to)\s+(?:los|las|the)|Los|Las|The)\s+"
    r"([a-záéíóúñ]+s(?:\s+(?:de|del|de la|de los|of the|of)\s+[a-záéíóúñ]+)?)[\s,]"
)
# "Para los analistas de Renta 4,": the body the group belongs to, up to the comma
_OF_BODY = re.compile(r"\s+(?:de|del|of|at|from)\s+((?:[A-Z0-9ÁÉÍÓÚÑ&][\w&.-]*\s?){1,4}),")


def _plural_people_before(ctx: Context, start: int, last_end: int) -> Speaker | None:
    """The last plural noun for people in the sentence before ("… se encontraban una
    veintena de trabajadores de la limpieza, que reclaman …"), after the last quotation."""
    index = bisect.bisect_right(ctx.sentence_starts, start) - 2
    if index < 0 or ctx.sentence_starts[index] < max(last_end, 0):
        return None
    found = None
    low = max(ctx.sentence_starts[index], start - 600)  # junk text stays cheap
    for word in WORD.finditer(ctx.text, low, ctx.sentence_ends[index]):
        lower = word.group().lower()
        if not word.group()[1:].islower() or ctx.in_quote(word.start()):
            continue
        if lower.endswith(tuple(ctx.lex.non_finite_endings)) and lower not in ctx.lex.workers:
            continue  # "consultadas por esta agencia": a participle, no people
        if not word.group().islower() and lower not in ctx.lex.source_nouns:
            continue  # a capital opens the sentence: only "Fuentes …" is a group
        if plural_people(ctx, lower) or (lower.endswith("s") and lower in ctx.lex.source_nouns) or (
            lower.endswith("s") and len(lower) > 6 and lower.endswith(ctx.lex.person_ends)
        ):
            found = word
    if found is None:
        return None
    return mention(ctx, found.start(), found.end(), found.group())


def _plural_opening(ctx: Context, start: int, last_end: int) -> Speaker | None:
    """ "Los estibadores del puerto anunciaron …": the plural group opening the sentence
    before, when no list knows its noun."""
    floor = max(last_end, start - 400, 0)
    index = bisect.bisect_right(ctx.sentence_starts, start) - 2
    if index < 0 or ctx.sentence_starts[index] < floor:
        return None
    group = _PLURAL_NP.match(ctx.text, ctx.sentence_starts[index])
    if group is None:
        return None
    body = _OF_BODY.match(ctx.text, group.end(1), group.end(1) + 60)
    end = body.end(1) if body is not None else group.end(1)
    end -= len(ctx.text[group.end(1) : end]) - len(ctx.text[group.end(1) : end].rstrip())
    return mention(ctx, group.start(1), end, ctx.text[group.start(1) : end])


def same_document(ctx: Context, speaker: Speaker | None, last: Speaker | None) -> Speaker | None:
    """``«…», añade el texto`` after ``La sentencia … concluye que «…»``: a bare document
    noun that names no issuer takes up the document that spoke just before."""
    if speaker is None or last is None or not last.name:
        return speaker
    nouns = ctx.lex.document_nouns
    if speaker.name.lower() not in nouns:
        return speaker
    if not any(w in nouns for w in WORD.findall(last.text.lower())):
        return speaker
    return Speaker(speaker.start, speaker.end, speaker.text, last.name)


def person_for_role(ctx: Context, speaker: Speaker | None) -> Speaker | None:
    """``El comisionado pidió …`` named as the body it works for: a person's role takes
    up the person given it (``coref.role_holder``), never the organisation."""
    if speaker is None or not speaker.name:
        return speaker
    words = WORD.findall(speaker.text.lower())
    lex = ctx.lex
    opener = words[0] in lex.articles or words[0] in lex.determiners  # "el", "su"
    if len(words) != 2 or not opener or words[1] not in lex.role_nouns:
        return speaker
    if not any(e.label == "ORG" and e.canonical == speaker.name for e in ctx.entities):
        return speaker
    holder = role_holder(ctx, Speaker(speaker.start, speaker.end, speaker.text, ""))
    return Speaker(speaker.start, speaker.end, speaker.text, holder) if holder else speaker
