"""Who an indirect speaker mention stands for: a dropped subject, a pronoun, a role noun.

``«…», añadió`` with no subject, ``she said``, ``the mayor added``, ``it said``: the cue
found a verb but no name. A dropped subject goes to the plural group or the unnamed
reporter of the paragraph, the person opening the sentence before, else the nearest
person; a pronoun to the nearest subject that agrees in gender (``coref``); a role noun to
the person given that role. Split from ``speakers`` (which orders the cues) and
``speaker_cues`` (which finds them).
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.coref import entity_gender, introduced_after, pronoun_antecedent, role_holder
from reader.analysis.gender import compatible, name_gender, phrase_gender, pronoun_gender
from reader.analysis.phrases import sentence_subject
from reader.analysis.speaker_context import WORD, Context, after_preposition, mention
from reader.analysis.speaker_cues import paragraph_reporter, recent_reporter
from reader.core.model import Speaker

_VERB_AFTER = re.compile(r"[\s,.;:]*(?:[—–-]\s*)?(?:se\s+)?([^\W\d_]+)")


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


def dropped_subject(ctx: Context, last: Speaker | None, start: int) -> Speaker | None:
    """``«…», añadió``: the last person named as a subject, or the last speaker if later."""
    person = None
    for entity in reversed(ctx.entities_in(max(0, start - 1500), start)):
        if entity.label == "PER" and not after_preposition(ctx, entity):
            person = entity
            break
    if person is None or (last is not None and last.start > person.start):
        return last
    return mention(ctx, person.start, person.end, person.canonical)


def narrated_subject(
    ctx: Context, start: int, last: Speaker | None, last_end: int
) -> Speaker | None:
    """``La consellera volvió a pedir la palabra. «…», dijo.``: a quotation opening its
    sentence with its subject dropped belongs to the person who opens the sentence just
    before, when that sentence came after the last quotation."""
    index = bisect.bisect_right(ctx.sentence_starts, start) - 1
    if index < 1 or ctx.sentence_starts[index] < start - 1:
        return None
    prev_start = ctx.sentence_starts[index - 1]
    prev_end = ctx.sentence_ends[index - 1] if len(ctx.sentence_ends) > index - 1 else start
    if prev_start < last_end or ctx.text.count("\n\n", prev_start, start) > 1:
        return None
    subject = sentence_subject(ctx, prev_start, min(prev_end, start))
    if subject is None or subject.start - prev_start > 3:
        return None
    person = ctx.entity_starting(subject.start)
    if person is not None:
        return subject if person.label == "PER" else None
    heads = WORD.findall(subject.text.lower())
    if subject.name or not any(w in ctx.lex.role_nouns for w in heads):
        return None  # a phrase that names nobody: not a person
    return resolve_speaker(ctx, subject, last, start)


def _unnamed_reporter(
    ctx: Context, pronoun: Speaker, start: int, last: Speaker | None
) -> Speaker | None:
    """The unnamed person ("a spokeswoman for the ministry", "un portavoz") who reported
    something earlier in the paragraph, when a pronoun that agrees takes up the quotation
    and no named person came between."""
    reporter = paragraph_reporter(ctx, start, last.end if last is not None else -1)
    if reporter is None:
        return None
    heads = WORD.findall(reporter.text.lower())
    person = any(w in ctx.lex.role_nouns or w in ctx.lex.workers for w in heads)
    if pronoun.text.lower() in ctx.lex.plural_pronouns or not person:
        return None
    if not compatible(pronoun_gender(pronoun.text.lower()), phrase_gender(reporter.text)):
        return None
    return reporter


def resolve_speaker(ctx: Context, speaker: Speaker, last: Speaker | None, start: int) -> Speaker:
    """Give a pronoun or role-noun mention the name of the person it refers to.

    A pronoun points to the nearest person in a subject position that agrees in gender
    (``coref``); a role noun ("la ministra chilena") to the last speaker, since the
    nearest name is often the one spoken about.
    """
    pronoun = speaker.text.lower() in ctx.lex.pronouns
    if speaker.text.lower() in ctx.lex.thing_pronouns:  # "It said risks were …": a body
        return Speaker(speaker.start, speaker.end, speaker.text, _body_before(ctx, speaker))
    if pronoun:
        reporter = _unnamed_reporter(ctx, speaker, start, last)
        if reporter is not None:  # "A spokeswoman for X said … "…," she said."
            return Speaker(speaker.start, speaker.end, speaker.text, reporter.name)
        name = pronoun_antecedent(ctx, speaker, last)
        return Speaker(speaker.start, speaker.end, speaker.text, name)
    titled = role_holder(ctx, speaker)
    if titled:
        return Speaker(speaker.start, speaker.end, speaker.text, titled)
    wanted = phrase_gender(speaker.text)
    since = last.end if last is not None else max(0, speaker.start - 1500)
    for entity in reversed(ctx.entities_in(since, speaker.start)):
        # "el testimonio del alcalde, Julián Caballero … «…», declaró el regidor": a
        # person introduced after the last speaker is whom the role noun points to
        if (
            entity.label == "PER"
            and not after_preposition(ctx, entity)
            and compatible(wanted, entity_gender(ctx, entity))
        ):
            return Speaker(speaker.start, speaker.end, speaker.text, entity.canonical)
    if last is not None and last.name and _another_voice(ctx, speaker, last):
        # "—¿Cuándo? —preguntó un periodista." "—En marzo —contestó el consejero.": the
        # role names someone other than the unnamed voice before; nobody named holds it
        return Speaker(speaker.start, speaker.end, speaker.text, _bare(ctx, speaker.text))
    if last is not None and last.name and compatible(wanted, name_gender(last.name)):
        return Speaker(speaker.start, speaker.end, speaker.text, last.name)
    for entity in reversed(ctx.entities_in(max(0, speaker.start - 1500), speaker.start)):
        if entity.label == "PER" and compatible(wanted, entity_gender(ctx, entity)):
            return Speaker(speaker.start, speaker.end, speaker.text, entity.canonical)
    if last is None:
        # "Un vecino … declaró … «…», aseguró el testigo": the one who reported before
        reporter = recent_reporter(ctx, start, -1)
        if reporter is not None and reporter.name and reporter.start < speaker.start:
            return Speaker(speaker.start, speaker.end, speaker.text, reporter.name)
    if last is None:
        # "El acusado … aseguró «…»." then "El procesado, Rubén Gil, …": named later
        later = introduced_after(ctx, speaker.end)
        if later:
            return Speaker(speaker.start, speaker.end, speaker.text, later)
    fallback = last.name if last is not None and last.name else speaker.text
    return Speaker(speaker.start, speaker.end, speaker.text, fallback)


def _body_before(ctx: Context, speaker: Speaker) -> str:
    """The organisation "it" stands for: the nearest one named outside a prepositional
    phrase; "it" never stands for a person."""
    for entity in reversed(ctx.entities_in(max(0, speaker.start - 1500), speaker.start)):
        if entity.label == "ORG" and not after_preposition(ctx, entity):
            return entity.canonical
    return speaker.text


def _another_voice(ctx: Context, speaker: Speaker, last: Speaker) -> bool:
    """The last speaker is an unnamed phrase ("un periodista") whose head is not the
    role noun now speaking ("el consejero"): two different people."""
    if ctx.entity_starting(last.start) is not None or last.text.lower() in ctx.lex.pronouns:
        return False
    heads = [w.lower() for w in WORD.findall(speaker.text)]
    role = next((w for w in reversed(heads) if w in ctx.lex.role_nouns), "")
    return bool(role) and role not in last.name.lower() and role not in last.text.lower()


def _bare(ctx: Context, text: str) -> str:
    """A phrase without its leading article ("el consejero" → "consejero")."""
    first = WORD.match(text)
    if first is not None and first.group().lower() in ctx.lex.articles:
        return text[first.end() :].strip()
    return text
