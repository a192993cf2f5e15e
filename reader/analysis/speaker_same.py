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

from reader.analysis.phrases import anonymous_phrase, noun_phrase
from reader.analysis.speaker_context import WORD, Context, mention
from reader.analysis.speaker_cues import recent_reporter
from reader.core.model import Speaker

_WINDOW = 2000  # characters searched back for the phrase taken up
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
    for match in reversed(found):
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
    limit = ctx.sentence_end(pos)
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


_GROUP = re.compile(r"(?<!\w)(?:los|las|the)\s+([^\W\d_]+s)(?!\w)", re.IGNORECASE)


def one_of_them(ctx: Context, start: int) -> Speaker | None:
    """``…, y uno de ellos, que pidió no ser nombrado, lo resumió: «…»``: the clause before
    the quotation opens with one of a group; the speaker is one member of the plural
    group named last before it in the sentence or the one before (in the singular)."""
    sent_start = ctx.sentence_of[start][0]
    lowered = ctx.text[sent_start:start].lower()
    found = max((lowered.rfind(p) for p in ctx.lex.one_of_them), default=-1)
    if found < 0:
        return None
    at = sent_start + found
    floor = max(0, ctx.text.rfind("\n\n", 0, at), at - 400)
    groups = [
        g
        for g in _GROUP.finditer(ctx.text, floor, at)
        if not ctx.in_quote(g.start()) and g.group(1).islower() and _opens_clause(ctx, g.start())
    ]
    if not groups:
        return None
    noun = _one(groups[-1].group(1))
    end = at + len(next(p for p in ctx.lex.one_of_them if lowered.startswith(p, found)))
    return Speaker(at, end, ctx.text[at:end], noun)


def _opens_clause(ctx: Context, pos: int) -> bool:
    """The group opens its sentence or a clause ("Los vendimiadores …", "…; los pilotos"):
    a subject, not an object ("el retraso de los pagos")."""
    before = ctx.text[max(0, pos - 3) : pos].rstrip(" ")
    return before == "" or before[-1] in ".;:\n" or pos == 0


def _one(plural: str) -> str:
    """``guardaparques`` → ``guardaparque``, ``trabajadores`` → ``trabajador``,
    ``firefighters`` → ``firefighter``."""
    if plural.endswith("es") and len(plural) > 4 and plural[-3] in "rlndjz":
        return plural[:-2]
    return plural[:-1]


def plural_subject(ctx: Context, start: int, end: int, last_end: int) -> Speaker | None:
    """``Los sindicatos anunciaron … «…», advierten.``: a plural reporting verb with its
    subject dropped goes back to the plural group that reported last, not to a person."""
    verb = _VERB_AFTER.match(ctx.text, end, end + 40)
    if verb is None or not ctx.lex.is_reporting(verb.group(1)) or verb.group(1)[-1] != "n":
        return None
    reporter = recent_reporter(ctx, start, last_end)
    if reporter is None:
        return _plural_opening(ctx, start, last_end)
    if not reporter.text.endswith("s") or ctx.entity_starting(reporter.start) is not None:
        return None
    return reporter


_PLURAL_NP = re.compile(
    r"(?:(?:Para|For|Según|According to)\s+(?:los|las|the)|Los|Las|The)\s+"
    r"([a-záéíóúñ]+s(?:\s+(?:de|del|de la|de los|of the|of)\s+[a-záéíóúñ]+)?)[\s,]"
)
# "Para los analistas de Renta 4,": the body the group belongs to, up to the comma
_OF_BODY = re.compile(r"\s+(?:de|del|of|at|from)\s+((?:[A-Z0-9ÁÉÍÓÚÑ&][\w&.-]*\s?){1,4}),")


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
