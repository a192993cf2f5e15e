"""Who an indirect speaker mention stands for: a dropped subject, a pronoun, a role noun.

``«…», añadió`` with no subject, ``she said``, ``the mayor added``, ``it said``: the cue
found a verb but no name. A dropped subject goes to the plural group or the unnamed
reporter of the paragraph, the person opening the sentence before, else the nearest
person; a pronoun to the nearest subject that agrees in gender (``coref``); a role noun to
the person given that role. Split from ``speakers`` (which orders the cues) and
``speaker_cues`` (which finds them); the subject of a sentence is ``clause_subject``'s,
and the pronouns ``pronoun_resolve``'s.
"""

from __future__ import annotations

import bisect

from reader.analysis.antecedent import earlier_unnamed
from reader.analysis.appositions import appositive_person
from reader.analysis.clause_subject import a_person, clause_subject
from reader.analysis.companions import accompanies
from reader.analysis.coref import (
    apposed_role_words,
    entity_gender,
    group_name,
    introduced_after,
    named_in_apposition,
    role_holder,
    unlisted_role,
)
from reader.analysis.cue_according import according_opening
from reader.analysis.gender import compatible, name_gender, phrase_gender
from reader.analysis.pronoun_resolve import resolve_pronoun
from reader.analysis.speaker_clauses import apposed_name, role_in_relative, titled_otherwise
from reader.analysis.speaker_context import WORD, Context, after_preposition, mention, skip_space
from reader.analysis.speaker_cues import recent_reporter
from reader.analysis.subject_after import closing_reporter
from reader.core.model import Entity, Speaker


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
    """``La patronal CEOE fue más cauta. En una nota, advirtió de que «…»``, ``Un militante
    veterano … fue menos diplomático. «…», aseguró``: a dropped subject continues the
    subject of the sentence before (a person, an organisation or an unnamed person), when
    that sentence came after the last quotation, in the same or the previous paragraph."""
    index = bisect.bisect_right(ctx.sentence_starts, start) - 1
    if index < 0:
        return None
    own = ctx.sentence_starts[index]
    if WORD.search(ctx.text, own, start) is not None:  # "El senador X fue más lejos: «…»"
        subject = clause_subject(ctx, own, start)
        if subject is not None:
            return subject if subject.name else resolve_speaker(ctx, subject, last, start)
    if index < 1:
        return None
    prev_start = ctx.sentence_starts[index - 1]
    prev_end = min(ctx.sentence_ends[index - 1], start)
    if ctx.text.count("\n\n", prev_start, start) > 1:
        return None
    if prev_start < last_end:
        # the sentence before held the last quotation: its main subject, if a person
        # named there, else the last speaker goes on
        subject = clause_subject(ctx, prev_start, prev_end)
        named = ctx.entity_starting(subject.start) if subject is not None else None
        return subject if named is not None and named.label == "PER" else last
    subject = (
        according_opening(ctx, prev_start, prev_end)
        or closing_reporter(ctx, prev_start, prev_end)
        or clause_subject(ctx, prev_start, prev_end)
    )
    if subject is None:
        return None
    if subject.name == "":
        return resolve_speaker(ctx, subject, last, start)
    return subject


def person_narrated_before(ctx: Context, start: int, last_end: int) -> Speaker | None:
    """``The third candidate, X, mostly talked about potholes. "Fix the roads …"``: a
    quotation with no cue at all that opens a sentence right after a sentence of its own
    paragraph about a person (named, or unnamed but a person), told since the last
    quotation, is that person's. A sentence that reports is left to ``recent_reporter``."""
    index = bisect.bisect_right(ctx.sentence_starts, start) - 1
    if index < 1 or ctx.sentence_starts[index] != start:
        return None
    prev_start = ctx.sentence_starts[index - 1]
    prev_end = min(ctx.sentence_ends[index - 1], start)
    if prev_start < last_end:
        return None
    block = ctx.block_of[start][0]
    if prev_start < block and (block != start or ctx.text.count("\n\n", prev_end, start) > 1):
        return None  # a quotation filling its paragraph may follow the paragraph before
    reacting = _reacting_pronoun(ctx, prev_start, prev_end)
    if reacting is not None:
        return reacting  # "Asked …, she laughed. "…"": the pronoun, resolved as one
    subject = clause_subject(ctx, prev_start, prev_end)
    if subject is None:
        return None
    entity = ctx.entity_starting(subject.start)
    if not subject.name:  # a role noun: only the person named in its apposition
        person = appositive_person(ctx, subject.end, prev_end, role=True) or _apposed_person(
            ctx, subject.end, prev_end
        )
    elif entity is not None:
        person = subject if entity.label == "PER" and not group_name(entity.text) else None
    elif a_person(ctx, subject.name):
        # "The third candidate, retired Air Force colonel X, mostly talked …": the person
        # named at the end of the apposition
        person = (
            appositive_person(ctx, subject.end, prev_end, role=True)
            or _apposed_person(ctx, subject.end, prev_end)
            or subject
        )
    else:
        return None
    if person is None or ctx.reporting_in(max(person.end, subject.end), prev_end):
        return None  # a reporting sentence before: its subject is the reporter's to find
    return person


def _reacting_pronoun(ctx: Context, sent_start: int, sent_end: int) -> Speaker | None:
    """``Asked whether she would sell, she laughed. "Ask me in 10 years."``: the sentence
    before ends in a short clause (a pronoun and at most three words: a laugh, a shrug)
    whose subject is a singular person pronoun (``pronouns``), opening the sentence or
    following its last comma, and that clause reports nothing (the question before it
    may: "Asked …"); the quotation is that person's answer. The pronoun comes back
    unnamed, to be resolved as one."""
    comma = ctx.text.rfind(",", sent_start, sent_end)
    pos = skip_space(ctx.text, comma + 1 if comma >= 0 else sent_start, sent_end)
    words = list(WORD.finditer(ctx.text, pos, sent_end))
    if not 2 <= len(words) <= 4 or words[0].start() != pos:
        return None
    lower = words[0].group().lower()
    if lower not in ctx.lex.pronouns or lower in ctx.lex.plural_pronouns:
        return None
    if ctx.reporting_in(pos, sent_end):
        return None  # "…, she said.": a reporting clause is the cues' to read
    return Speaker(words[0].start(), words[0].end(), words[0].group(), "")


def _apposed_person(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """A person whose name closes the apposition right after ``pos`` (``, retired Air
    Force colonel Miriam Sethi,``)."""
    if ctx.text[pos : pos + 2] != ", ":
        return None
    close = ctx.text.find(",", pos + 2, min(limit, pos + 80))
    if close < 0:
        return None
    found = [e for e in ctx.entities_in(pos + 2, close) if e.end == close]
    if not found or found[0].label != "PER":
        return None
    return mention(ctx, found[0].start, found[0].end, found[0].canonical)


def _previous_holder(ctx: Context, role: Speaker, start: int, last: Speaker | None) -> str:
    """The subject of the sentence before, when a bare noun takes it up: an unnamed person
    with the same head ("A senior official …" → "the official"), or a person named there
    when the noun tells only an age or a nationality ("the 36-year-old", "the Dane")."""
    index = bisect.bisect_right(ctx.sentence_starts, min(start, role.start)) - 1
    if index < 1:
        return ""
    prev_start = ctx.sentence_starts[index - 1]
    if prev_start < (last.end if last is not None else -1):
        return ""
    if ctx.text.count("\n\n", prev_start, start) > 1:
        return ""
    subject = clause_subject(ctx, prev_start, min(ctx.sentence_ends[index - 1], start))
    if subject is None:
        return ""
    heads = [w.lower() for w in WORD.findall(role.text)]
    if not subject.name:  # "The daughter of one passenger said …" → "the daughter said"
        same = len(heads) == 2 and subject.text.lower().endswith(" " + heads[-1])
        return _bare(ctx, subject.text) if same else ""
    entity = ctx.entity_starting(subject.start)
    if entity is None:
        named = [w.lower() for w in WORD.findall(subject.name)]
        if heads and heads[-1] in named:
            return subject.name
        informants = ctx.lex.informant_nouns  # "one of the people …" → "the person said"
        same = heads and heads[-1] in informants and informants & {*named}
        return subject.text if same else ""
    lex = ctx.lex
    nouns = [
        w
        for w in heads
        if w in lex.role_nouns
        or w in lex.workers
        or (unlisted_role(ctx, w) and w not in lex.nationality_nouns)  # "el tesorero"
    ]
    if entity.label != "PER" or nouns:
        return ""  # a role noun: the person given that role, found by the rules after
    return subject.name


def resolve_speaker(ctx: Context, speaker: Speaker, last: Speaker | None, start: int) -> Speaker:
    """``_resolve``, remembering whom a definite role noun named (``role_names``)."""
    resolved = _resolve(ctx, speaker, last, start)
    first = WORD.match(speaker.text)
    if first is not None and first.group().lower() in ctx.lex.articles:
        bare = _bare(ctx, speaker.text).lower()
        if resolved.name.lower() != bare and ctx.names_person(resolved.name):
            ctx.role_names[bare] = resolved.name
    return resolved


def _held_before(ctx: Context, speaker: Speaker, last: Speaker | None) -> str:
    """``«…», afirmó el juez`` (taken as Quisbert) … ``El juez remarcó …``: the same role
    noun names the same person again, not the last voice ("", when it named nobody
    yet or named the last speaker)."""
    first = WORD.match(speaker.text)
    if first is None or first.group().lower() not in ctx.lex.articles:
        return ""
    name = ctx.role_names.get(_bare(ctx, speaker.text).lower(), "")
    return name if last is None or last.name != name else ""


def _resolve(ctx: Context, speaker: Speaker, last: Speaker | None, start: int) -> Speaker:
    """Give a pronoun or role-noun mention the name of the person it refers to.

    A pronoun points to the nearest person in a subject position that agrees in gender
    (``coref``); a role noun ("la ministra chilena") to the last speaker, since the
    nearest name is often the one spoken about.
    """
    if last is not None and last.name and (last.start, last.end) == (speaker.start, speaker.end):
        # '"…," it said, adding that the dam had "already proved" …': the mention that
        # tagged the quotation before is already resolved; a second quotation it
        # introduces speaks with the same voice
        return Speaker(speaker.start, speaker.end, speaker.text, last.name)
    lower = speaker.text.lower()
    if lower in ctx.lex.thing_pronouns or lower in ctx.lex.pronouns:
        return resolve_pronoun(ctx, speaker, last, start)
    titled = (
        apposed_name(ctx, speaker)
        or named_in_apposition(ctx, speaker)
        or role_holder(ctx, speaker)
        or role_in_relative(ctx, speaker)
    )
    if titled:
        return Speaker(speaker.start, speaker.end, speaker.text, titled)
    if _kin_taken_up(ctx, speaker):
        # "… junto a su hija. «…», dijo la hija": the relative just mentioned, unnamed
        return Speaker(speaker.start, speaker.end, speaker.text, _bare(ctx, speaker.text))
    if _possessed(ctx, speaker.text):
        # "Su hija relató que …", "his lawyer said": someone related to the person
        # named before, never that person; nobody named holds the relation
        peer = _peer(ctx, speaker, last)
        return Speaker(speaker.start, speaker.end, speaker.text, peer or _bare(ctx, speaker.text))
    previous = _previous_holder(ctx, speaker, start, last) or earlier_unnamed(ctx, speaker, start)
    if previous:  # "A senior official … was less hopeful. "…," the official said."
        return Speaker(speaker.start, speaker.end, speaker.text, previous)
    wanted = phrase_gender(speaker.text)
    if any(w.lower() in ctx.lex.also_words for w in WORD.findall(speaker.text)):
        # "La también ministra de Hacienda": a person already named, under another role
        for entity in reversed(ctx.entities_in(max(0, speaker.start - 1500), speaker.start)):
            if entity.label == "PER" and compatible(wanted, entity_gender(ctx, entity)):
                return Speaker(speaker.start, speaker.end, speaker.text, entity.canonical)
    since = last.end if last is not None else max(0, speaker.start - 1500)
    for entity in reversed(ctx.entities_in(since, speaker.start)):
        # "el testimonio del alcalde, Julián Caballero … «…», declaró el regidor": a
        # person introduced after the last speaker is whom the role noun points to
        if (
            entity.label == "PER"
            and not after_preposition(ctx, entity)
            and compatible(wanted, entity_gender(ctx, entity))
            and not titled_otherwise(ctx, entity, speaker)
            and not accompanies(ctx, entity, speaker)
        ):
            return Speaker(speaker.start, speaker.end, speaker.text, entity.canonical)
    if last is not None and last.name and _another_voice(ctx, speaker, last):
        # "—¿Cuándo? —preguntó un periodista." "—En marzo —contestó el consejero.": the
        # role names someone other than the unnamed voice before; nobody named holds it
        return Speaker(speaker.start, speaker.end, speaker.text, _bare(ctx, speaker.text))
    if last is not None and last.name and last.text.lower() == speaker.text.lower():
        # "El titular de Hacienda explicó que … «…» y que … «…»": the same mention again
        return Speaker(speaker.start, speaker.end, speaker.text, last.name)
    if _of_a_body(ctx, speaker):
        # "el director de Renfe en Galicia respondió": nobody named holds that post; the
        # post is the speaker, not whoever spoke last
        return Speaker(speaker.start, speaker.end, speaker.text, _bare(ctx, speaker.text))
    body = last is not None and any(
        e.label == "ORG" and e.canonical == last.name for e in ctx.entities_in(last.start, last.end)
    )  # "Renfe replicó …" then "La responsable del sector …": a person, not the company
    held = _held_before(ctx, speaker, last)
    if held:  # "afirmó el juez" … "El juez remarcó": the judge again, not the last voice
        return Speaker(speaker.start, speaker.end, speaker.text, held)
    if last is not None and last.name and not body and compatible(wanted, name_gender(last.name)):
        return Speaker(speaker.start, speaker.end, speaker.text, last.name)
    for entity in reversed(ctx.entities_in(max(0, speaker.start - 1500), speaker.start)):
        if (
            entity.label == "PER"
            and compatible(wanted, entity_gender(ctx, entity))
            and not _questioned_otherwise(ctx, entity, speaker)
        ):
            return Speaker(speaker.start, speaker.end, speaker.text, entity.canonical)
    if last is None:
        # "Un vecino … declaró … «…», aseguró el testigo": the one who reported before
        reporter = recent_reporter(ctx, start, -1)
        relays = reporter is not None and _relays(ctx, reporter, speaker)
        if reporter is not None and reporter.name and reporter.start < speaker.start and not relays:
            return Speaker(speaker.start, speaker.end, speaker.text, reporter.name)
    if last is None:
        # "El acusado … aseguró «…»." then "El procesado, Rubén Gil, …": named later
        later = introduced_after(ctx, speaker.end)
        if later:
            return Speaker(speaker.start, speaker.end, speaker.text, later)
    person = last is not None and last.name and not body
    fallback = last.name if person else _bare(ctx, speaker.text)  # type: ignore[union-attr]
    return Speaker(speaker.start, speaker.end, speaker.text, fallback)


def _relays(ctx: Context, reporter: Speaker, speaker: Speaker) -> bool:
    """``Según informó el diario, el ministro dijo …``: the reporter is the outlet of an
    opening "según …" clause closed by a comma before the role noun, in the same
    sentence: it relays the role's words and is never whom the role names."""
    index = bisect.bisect_right(ctx.sentence_starts, speaker.start) - 1
    sent_start = ctx.sentence_starts[index] if index >= 0 else 0
    if reporter.start < sent_start or "," not in ctx.text[reporter.end : speaker.start]:
        return False
    lowered = ctx.text[sent_start : reporter.start].lower()
    return any(lowered.lstrip(' «“"').startswith(p + " ") for p in ctx.lex.according)


def _questioned_otherwise(ctx: Context, entity: Entity, speaker: Speaker) -> bool:
    """``la declaración del acusado, X`` then ``—preguntó el abogado de la acusación``: the
    party questioned at a trial or hearing (``questioned_roles``) is never whom another
    role names, even as the last person left; other roles may be one person's two ("El
    papa Francisco" … "el pontífice")."""
    left = WORD.findall(ctx.text[max(0, entity.start - 40) : entity.start].lower())[-4:]
    roles = set(left) | set(apposed_role_words(ctx, entity.start)[-3:])
    if not roles & ctx.lex.questioned_roles:
        return False
    return titled_otherwise(ctx, entity, speaker)


def _kin_taken_up(ctx: Context, speaker: Speaker) -> bool:
    """``la hija`` after ``su hija`` earlier in the paragraph: an article and a kin noun
    (``kin_nouns``) taking up the relative the paragraph mentioned with a possessive."""
    words = WORD.findall(speaker.text.lower())
    if len(words) != 2 or words[0] not in ctx.lex.articles or words[1] not in ctx.lex.kin_nouns:
        return False
    para = ctx.text.rfind("\n\n", 0, speaker.start) + 1
    before = [w.lower() for w in WORD.findall(ctx.text, para, speaker.start)]
    pairs = zip(before, before[1:], strict=False)
    return any(a in ctx.lex.possessives and b == words[1] for a, b in pairs)


def _another_voice(ctx: Context, speaker: Speaker, last: Speaker) -> bool:
    """The last speaker is an unnamed phrase ("un periodista") whose head is not the
    role noun now speaking ("el consejero"): two different people."""
    if ctx.entity_starting(last.start) is not None or last.text.lower() in ctx.lex.pronouns:
        return False
    heads = [w.lower() for w in WORD.findall(speaker.text)]
    role = next((w for w in reversed(heads) if w in ctx.lex.role_nouns), "")
    return bool(role) and role not in last.name.lower() and role not in last.text.lower()


def _of_a_body(ctx: Context, speaker: Speaker) -> bool:
    """A role phrase whose complement names a body or a place ("el director de Renfe",
    "el alcalde de Lugo"): a post, held by someone the article has not named."""
    return any(e.label != "PER" for e in ctx.entities_in(speaker.start, speaker.end))


def _peer(ctx: Context, speaker: Speaker, last: Speaker | None) -> str:
    """``«…», explicó Gómez, mientras su colega subrayó …``: a peer noun (``peer_nouns``)
    is the nearest other person named before, not the one who just spoke."""
    words = WORD.findall(speaker.text.lower())
    if last is None or not last.name or not words or words[-1] not in ctx.lex.peer_nouns:
        return ""
    for entity in reversed(ctx.entities_in(max(0, speaker.start - 600), speaker.start)):
        if entity.label == "PER" and entity.canonical != last.name:
            return entity.canonical
    return ""


def _possessed(ctx: Context, text: str) -> bool:
    """The phrase opens with a possessive ("su hija", "his lawyer")."""
    first = WORD.match(text)
    return first is not None and first.group().lower() in ctx.lex.possessives


def _bare(ctx: Context, text: str) -> str:
    """A phrase without its leading article or possessive ("el consejero" → "consejero",
    "su hija" → "hija")."""
    first = WORD.match(text)
    lower = first.group().lower() if first is not None else ""
    if first is not None and (lower in ctx.lex.articles or lower in ctx.lex.possessives):
        return text[first.end() :].strip()
    return text
