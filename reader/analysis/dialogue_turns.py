"""Raya dialogue alternates: each ``—`` paragraph of an exchange is a new turn, and a
turn answers the one before it, so it is not that turn's speaker.

After the cues have named what they can, a turn that names nobody itself (untagged, or
tagged by a role noun or a dropped subject: ``—respondió el acusado``) and came out as
the previous turn's voice, or as nobody, is given the other voice of the exchange: the
speaker two turns back, or, for the first answer, the nearest person named before the
exchange who is not the one who spoke (``… dirigiéndose a la alcaldesa, Amparo Lluch``).
A turn tagged with a name keeps it; one tagged by a role noun changes only when it
answers a question of the voice it came out as.

Also the raya's own cues (``raya_cue``: the aside names the speaker) and the one a
question is put to (``addressee``). What the narration around a turn says of it (``asked_by``,
``debate_turn``, ``told_to``) is ``dialogue_narration``'s.
"""

from __future__ import annotations

import re

from reader.analysis.phrases import noun_phrase
from reader.analysis.press_turns import press_follow_up
from reader.analysis.sentence_subject import sentence_subject
from reader.analysis.speaker_context import (
    WORD,
    Context,
    mention,
    skip_space,
)
from reader.analysis.subject_after import subject_after
from reader.core.model import Entity, Speaker

_LOOK_BACK = 1500  # characters before the exchange searched for the other voice


def alternate(
    ctx: Context,
    spans: list[tuple[int, int]],
    speakers: list[Speaker | None],
    cued: list[bool],
) -> list[Speaker | None]:
    """The speakers with the turns of every raya exchange alternated where no name
    says otherwise."""
    for index in range(1, len(spans)):
        if not _follows(ctx, spans, index) or _named_tag(ctx, spans[index], speakers[index]):
            continue
        prev, cur = speakers[index - 1], speakers[index]
        if prev is None and _answers_unnamed_question(ctx, spans, speakers, index):
            speakers[index] = speakers[index - 2]
            continue
        if prev is None or not prev.name:
            continue
        start, end = spans[index][0], ctx.block_of[spans[index][0]][1]  # tag and all
        same = cur is not None and cur.name == prev.name
        asked = "?" in ctx.text[spans[index - 1][0] : spans[index - 1][1]]
        tagged = "—" in ctx.text[start + 1 : end]
        role = tagged and cur is not None and start <= cur.start < end
        if (role and same and asked) or (not role and (cur is None or same)):
            other = _other_voice(ctx, spans, speakers, index)
            if cur is None and other is not None and press_follow_up(ctx, spans[index], other):
                continue  # "—¿Y los dos fallecidos?": any of the reporters in the room
            if cur is None and _unnamed_asker(ctx, spans, speakers, index):
                continue  # two answers in a row (two voices), then the interviewer again
            if other is not None or not tagged:
                speakers[index] = other if other is not None else cur
    return _sandwiched(ctx, spans, speakers, cued)


def _unnamed_asker(
    ctx: Context, spans: list[tuple[int, int]], speakers: list[Speaker | None], index: int
) -> bool:
    """``—¿Por qué ahora?`` ``—… —dice Anselmo—.`` ``—… —tercia su hermana.`` ``—¿Y …?``:
    after two answers, an untagged question is the last question's unnamed asker's."""
    text = ctx.text
    if text[spans[index][1] - 1] != "?" or index < 2 or text[spans[index - 2][1] - 1] == "?":
        return False
    for back in range(index - 1, -1, -1):
        if back < index - 1 and not _follows(ctx, spans, back + 1):
            return False  # the exchange opened after that turn
        if text[spans[back][1] - 1] == "?":
            return speakers[back] is None
    return False


def _answers_unnamed_question(
    ctx: Context, spans: list[tuple[int, int]], speakers: list[Speaker | None], index: int
) -> bool:
    """``—No se sustituye. ` ` —¿Y la portería? ` ` —Está en buenas manos —contestó, y
    señaló a …``: an answer to a question nobody is named for, itself named by nobody in
    its own aside (untagged, or a dropped subject that fell on someone named in the
    narration), is the voice of the answer before the question."""
    if index < 2 or not _follows(ctx, spans, index - 1):
        return False
    back, cur = speakers[index - 2], speakers[index]
    if back is None or not back.name or (cur is not None and cur.name == back.name):
        return False
    text = ctx.text
    if text[spans[index - 1][1] - 1] != "?" or text[spans[index - 2][1] - 1] == "?":
        return False  # the turn before is no question, or the one two back is no answer
    if text[spans[index][1] - 1] == "?":
        return False  # a question itself: the asker's, not the answerer's
    start, end = spans[index][0], ctx.block_of[spans[index][0]][1]
    return cur is None or not start <= cur.start < end


def _sandwiched(
    ctx: Context,
    spans: list[tuple[int, int]],
    speakers: list[Speaker | None],
    cued: list[bool],
) -> list[Speaker | None]:
    """``—… ` ` —Los hoteleros dicen que … ` ` —Eso se dijo en Barcelona —responde la
    alcaldesa—``: an untagged turn between two turns of one voice, the second tagged
    with that voice again, is the other voice's (a follow-up put as a statement): the
    voice two turns back, or nobody named (an interviewer) when that turn was nobody's."""
    for index in range(1, len(spans) - 1):
        if not (_follows(ctx, spans, index) and _follows(ctx, spans, index + 1)):
            continue
        prev, cur, nxt = speakers[index - 1], speakers[index], speakers[index + 1]
        if cued[index] or not cued[index + 1] or cur is None or prev is None or nxt is None:
            continue
        start = spans[index][0]
        if "—" in ctx.text[start + 1 : ctx.block_of[start][1]]:
            continue  # the turn has a tag of its own
        if not cur.name or not prev.name == cur.name == nxt.name:
            continue
        back = speakers[index - 2] if index >= 2 and _follows(ctx, spans, index - 1) else None
        speakers[index] = back if back is not None and back.name != cur.name else None
    return speakers


def _follows(ctx: Context, spans: list[tuple[int, int]], index: int) -> bool:
    """The turn opens the paragraph right after another turn of the same exchange."""
    prev_start, start = spans[index - 1][0], spans[index][0]
    prev_end = max(spans[index - 1][1], ctx.block_of[prev_start][1])  # past its tag
    text = ctx.text
    if text[start] != "—" or text[prev_start] != "—":
        return False
    between = text[prev_end:start]
    if between.strip() == "":
        return between.count("\n") >= 1
    return _goes_on(ctx, prev_end, start)


def _goes_on(ctx: Context, prev_end: int, start: int) -> bool:
    """One plain paragraph between two turns that names nobody and reports nothing (``En
    2021 autoricé más de 3.000 escrituras.``, ``La sala quedó en silencio.``): the turn
    before going on, or a pause; the exchange and its alternation go on."""
    text = ctx.text
    gap = text[prev_end:start]
    para_start = prev_end + len(gap) - len(gap.lstrip())
    para_end = len(text[:start].rstrip())
    body = text[para_start:para_end]
    if not body or "\n" in body or not body[0].isupper():
        return False
    return not ctx.entities_in(para_start, para_end) and not ctx.reporting_in(
        para_start, para_end
    )


def _named_tag(ctx: Context, span: tuple[int, int], speaker: Speaker | None) -> bool:
    """The turn's own aside names a person (``—insistió Hernán Valdivieso—``, or after
    the words: ``—Soterrarla —respondió Jaime Pons.``, past the span)."""
    if speaker is None or not span[0] <= speaker.start < ctx.block_of[span[0]][1]:
        return False
    entity = ctx.entity_starting(speaker.start)
    return entity is not None and entity.label == "PER"


def _other_voice(
    ctx: Context, spans: list[tuple[int, int]], speakers: list[Speaker | None], index: int
) -> Speaker | None:
    """Two turns back within the exchange; for the first answer (never a question), the
    nearest person named before the exchange who is not the one who just spoke."""
    prev = speakers[index - 1]
    if index >= 2 and _follows(ctx, spans, index - 1):
        back = speakers[index - 2]
        return back if back is not None and prev is not None and back.name != prev.name else None
    first, end = spans[index - 1][0], spans[index][1]
    if ctx.text[end - 1] == "?":
        return None  # an untagged question opening the exchange: an unnamed interviewer
    return other_person(ctx, first, prev) if prev is not None else None


def other_person(ctx: Context, first: int, prev: Speaker) -> Speaker | None:
    """The nearest person named before ``first`` who is not ``prev``, one named with a
    role of one questioned first."""
    people = [
        e
        for e in reversed(ctx.entities_in(max(0, first - _LOOK_BACK), first))
        if e.label == "PER" and e.canonical != prev.name
    ]
    # the one questioned is the accused or the witness the narration named, not whoever
    # was named last ("… el ingreso del anciano, Anselmo Ruiz, en una residencia")
    chosen = next((e for e in people if _questioned(ctx, e)), people[0] if people else None)
    return mention(ctx, chosen.start, chosen.end, chosen.canonical) if chosen else None


def _questioned(ctx: Context, entity: Entity) -> bool:
    """The person is named with a role of one questioned (``questioned_roles``): "la
    acusada, X", "el testigo X"."""
    words = WORD.findall(ctx.text[max(0, entity.start - 30) : entity.start].lower())[-3:]
    return any(w in ctx.lex.questioned_roles for w in words)


def addressee(ctx: Context, start: int, end: int, last: Speaker | None) -> Speaker | None:
    """``—¿Y usted qué opina? —le preguntó el juez a la testigo.``: the one a dialogue
    question is put to, named after ``addressee_prepositions`` in its tag; None when the
    tag names nobody so."""
    from reader.analysis.speaker_resolve import resolve_speaker  # resolve needs the cues

    vocative = _vocative(ctx, start, end)
    if vocative is not None:  # "—¿Con qué se paga ese superávit, ministro?"
        return resolve_speaker(ctx, vocative, last, start) if not vocative.name else vocative
    block_end = ctx.block_of[start][1]
    if "—" not in ctx.text[end:block_end]:
        return None
    for word in WORD.finditer(ctx.text, end, block_end):
        if word.group().lower() not in ctx.lex.addressee_prepositions:
            continue
        pos = skip_space(ctx.text, word.end(), block_end)
        entity = ctx.entity_starting(pos)
        if entity is not None:
            return mention(ctx, entity.start, entity.end, entity.canonical) if (
                entity.label == "PER"
            ) else None
        phrase = noun_phrase(ctx, pos, block_end) or _bare_role(ctx, pos, block_end)
        if phrase is None:
            return None
        return resolve_speaker(ctx, phrase, last, start) if not phrase.name else phrase
    return None


def _bare_role(ctx: Context, pos: int, block_end: int) -> Speaker | None:
    """``al concejal Ramiro Soto``, ``al concejal``: after a preposition that swallowed
    its article, a role noun in lower case, then the person's name if one follows."""
    role = WORD.match(ctx.text, pos, block_end)
    if role is None or role.group() not in ctx.lex.role_nouns:
        return None
    person = ctx.entity_starting(skip_space(ctx.text, role.end(), block_end))
    if person is not None and person.label == "PER":
        return mention(ctx, person.start, person.end, person.canonical)
    return Speaker(role.start(), role.end(), role.group(), "")


def _vocative(ctx: Context, start: int, end: int) -> Speaker | None:
    """The one a question calls on by name or role after a comma, right before its
    question mark ("¿…, ministro?", "¿…, señora Paz?"): a person, or an unnamed role."""
    mark = ctx.text.find("?", start, end)
    while mark > 0:
        comma = ctx.text.rfind(",", start, mark)
        words = list(WORD.finditer(ctx.text, comma + 1, mark)) if comma > 0 else []
        if 0 < len(words) <= 3:
            for entity in ctx.entities_in(comma + 1, mark):
                if entity.label == "PER":
                    return mention(ctx, entity.start, entity.end, entity.canonical)
            role = next((w for w in words if w.group().lower() in ctx.lex.role_nouns), None)
            if role is not None and all(w.group().islower() for w in words):
                return Speaker(role.start(), role.end(), role.group(), "")
        mark = ctx.text.find("?", mark + 1, end)
    return None


def raya_cue(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    """``«A —dijo X— B»`` and dialogue ``—A —cuenta X—. B``: the aside names the speaker.
    In a dialogue paragraph any verb may open the aside (``—bromea``, ``—cuenta``)."""
    text = ctx.text
    dialogue = text[start] == "—"
    dash = text.find("—", start + dialogue, end)
    if dash < 0:
        return None, False
    word = WORD.match(text, dash + 1 + (text[dash + 1 : dash + 2] == " "), end)
    if word is not None and dialogue and word.group().lower() in ctx.lex.clitics:
        word = WORD.match(text, skip_space(text, word.end(), end), end)  # "—se queja—"
    if word is None or not (
        ctx.lex.is_tag_verb(word.group())
        or (dialogue and word.group().islower() and word.group() not in ctx.lex.function_words)
    ):
        named = ctx.entity_starting(word.start()) if dialogue and word is not None else None
        if named is not None and named.label == "PER" and text.find("—", named.end, end) > 0:
            # "—Es una vergüenza —Marta Gil, dueña de una mercería, no se calla—."
            return mention(ctx, named.start, named.end, named.canonical), False
        return None, False
    close = text.find("—", word.end(), end)
    limit = close if close > 0 else end
    subject = subject_after(ctx, word.end(), limit)
    if subject is None:
        # "La autora lo explicó así: «… —comentó— …»": the subject of the same sentence
        sent_start = ctx.sentence_of[start][0]
        if WORD.search(text, sent_start, start):
            subject = sentence_subject(ctx, sent_start, start)
    return subject, subject is None


_ASIDE_GAP = re.compile(r"\s*[—–]\s*[^\W\d_][^—–\n«»“”\"]{0,80}?[—–]\s*[,;]?\s*")


def aside_between(ctx: Context, last_end: int, start: int) -> bool:
    """``«El mercado ya ha descontado la cosecha» —decía—, «lo que no …»``: only a raya
    aside (its verb's subject dropped or named) stands between two quotations, so the
    second goes on with the first one's speaker."""
    if last_end < 0 or start - last_end > 90 or last_end >= start:
        return False
    match = _ASIDE_GAP.fullmatch(ctx.text, last_end, start)
    return match is not None
