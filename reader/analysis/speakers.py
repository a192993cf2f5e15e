"""Who said each quotation: cues around the quotation, resolved to the fullest name.

Cues, tried in order: a reporting verb in a raya inside the quotation (``«A —dijo X— B»``);
a reporting verb right after it (``«…», dijo X``, ``"…," he said``, ``"…," X said``,
``…”, señala el comunicado``); a colon before it (``X: «…»``); a reporting verb earlier in
its sentence (``X afirmó que “…”``, ``citó a X``); ``según X`` / ``according to X``; the
next sentence (``Así lo aseguró X``) or an opening ``Para X,`` (``next_sentence``). A
dropped subject (``«…», añadió``) resolves to the subject of the same sentence or the
nearest earlier person; a pronoun to the nearest subject that agrees in gender, a role
noun (``the mayor``) to the person given that role (``coref``). A quotation with no cue
goes to the subject of a reporting sentence just before it, else continues the previous
speaker in the same or the previous paragraph. A quoted title gets no speaker. A phrase
that takes up an earlier one (``las mismas fuentes``, ``uno de ellos``, ``añade el
texto``) speaks as that phrase (``speaker_same``). Untagged dialogue and interview lines
go to the asker, the one asked or the one interviewed (``dialogue_voices``).
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.cue_according import cue_according, cue_according_after, cue_in_clause
from reader.analysis.cue_after import cue_after, cue_closing_tag
from reader.analysis.dialogue_narration import debate_turn, told_to
from reader.analysis.dialogue_turns import (
    addressee,
    alternate,
    aside_between,
    other_person,
    raya_cue,
)
from reader.analysis.dialogue_voices import (
    after_narration,
    answerer,
    interview_turn,
    interviewed,
    interviewee,
    inverted_narration,
    named_person,
    narrated_person,
    narration_asker,
)
from reader.analysis.exchange_parties import two_parties
from reader.analysis.handover import handed_to
from reader.analysis.phrases import noun_phrase
from reader.analysis.relative_cues import cue_relative_subject
from reader.analysis.speaker_context import (
    WORD,
    Context,
    past_dateline,
    skip_space,
)
from reader.analysis.speaker_cues import (
    cue_colon,
    cue_colon_loose,
    cue_verb_before,
    recent_reporter,
)
from reader.analysis.speaker_resolve import (
    dropped_subject,
    narrated_subject,
    person_narrated_before,
    resolve_speaker,
)
from reader.analysis.speaker_same import (
    one_of_them,
    person_for_role,
    plural_subject,
    same_document,
    same_source,
)
from reader.analysis.subject_before import cue_subject_before
from reader.core.model import Speaker


def attribute(
    ctx: Context, spans: list[tuple[int, int]], speech: list[bool]
) -> list[Speaker | None]:
    """The speaker of every quotation span, in order.

    A quoted term or title (``speech`` False) gets a speaker only from a cue right next
    to it (``denuncia como una “amenaza”``), never by continuation.
    """
    speakers: list[Speaker | None] = []
    cued: list[bool] = []  # a cue of its own named (or dropped) the speaker
    last: Speaker | None = None
    asker: Speaker | None = None  # who asked the question a dialogue line answers
    asked_of: Speaker | None = None  # whom its tag says it was put to
    handed: Speaker | None = None  # whom a statement's tag turns to: the next voice
    asked = False  # the previous line was an untagged question
    answered: Speaker | None = None  # the named person who answered such a question
    told: Speaker | None = None  # the person the narration before that question is about
    last_end = -1
    for (start, end), is_speech in zip(spans, speech, strict=True):
        if not is_speech:
            joined = speakers and _joined_terms(ctx, spans[len(speakers) - 1][1], start)
            # "… considera «bien encaminado» pero «pequeño»": one speaker for both
            speakers.append(speakers[-1] if joined else _term_speaker(ctx, start, end))
            cued.append(True)
            continue
        turn = interview_turn(ctx, start)
        if turn:  # "Q: …" is the interviewer's, "A: …" the interviewee's
            speaker = interviewee(ctx) if turn in ctx.lex.answer_labels else None
            speakers.append(speaker)
            cued.append(True)
            if speaker is not None:
                last, last_end = speaker, end
            continue
        speaker, dropped = _find(ctx, start, end)
        previous = speakers[-1] if speakers else None
        if previous is not None and _joined_terms(ctx, spans[len(speakers) - 1][1], start):
            # "… considera «bien encaminado» pero «pequeño»": the first one's speaker,
            # unless a tag after the second names its own ("«A» y «B», dijeron X")
            own, _ = cue_after(ctx, start, end)
            speaker, dropped = own or previous, False
        if last is not None and aside_between(ctx, last_end, start):
            speaker, dropped = last, False  # "«A» —decía—, «B»": B goes on A's words
        if speaker is None and last is not None and _interrupted(ctx, last, last_end, start):
            # '"…," said X, the Irish finance minister, "but …"': the tag between the two
            # parts of one quotation names the speaker of both
            speaker, dropped = last, False
        speaker = same_source(ctx, speaker)  # "las mismas fuentes": the earlier phrase
        speaker = person_for_role(ctx, speaker)  # "El comisionado pidió": not the body
        if speaker is None:
            speaker = one_of_them(ctx, start, end)  # "…, y uno de ellos lo resumió: «…»"
            dropped = dropped and speaker is None
        cued.append(speaker is not None or dropped)
        heading = ctx.block_of[start] in ctx.headings
        dialogue = ctx.text[start] == "—"
        if speaker is None and not dropped and dialogue and ctx.text[end - 1] == "?":
            # an interviewer's untagged question: nobody named, unless the narration just
            # before has its subject ask ("El fiscal X abrió el interrogatorio.")
            debater = debate_turn(ctx, start, end)  # "—De los 38 millones, cuatro. ¿Eso es …?"
            speakers.append(
                narration_asker(ctx, start, last, last_end)
                or (narrated_person(ctx, start, last, last_end) if debater else None)
            )
            cued[-1] = True
            # "X, jefe de la brigada, relató la extinción." "—¿Cómo fue?" "—Mala.": the
            # person the narration before is about answers an unnamed asker
            told = None if speakers[-1] else narrated_person(ctx, start, last, last_end)
            asked = True
            continue
        if speaker is None and dialogue and asked:
            # the answer to an untagged question, untagged or tagged with a dropped
            # subject ("—Está en buenas manos —contestó"): the one questioned
            speaker = told or interviewed(ctx, last, answered)
            questioner = speakers[-1]
            if speaker is not None and questioner is not None and speaker.name == questioner.name:
                # "El interrogatorio del fiscal, X, al exalcalde, Y, …" "—¿…?" "—…": the
                # one who asked does not answer; the person named before who is not them
                speaker = other_person(ctx, spans[len(speakers) - 1][0], questioner) or speaker
            if speaker is not None and named_person(ctx, speaker.name):
                answered = speaker
        if speaker is None and not dropped and asker is not None and dialogue:
            # "—¿Y las ayudas? —preguntó X." "—Llegan…"
            speaker = asked_of or answerer(ctx, speakers, asker, start, spans)
        if speaker is None and not dropped and handed is not None and dialogue:
            # "—… —contestó, y miró al director general—." "—Se tomaron muestras …"
            speaker = handed
        asked = False
        if speaker is None and dropped and not heading:
            speaker = (
                plural_subject(ctx, start, end, last_end)
                or narrated_subject(ctx, start, last, last_end)
                or dropped_subject(ctx, last, start)
            )
        elif speaker is None and not heading:
            # "X stood by his field. "…"": the person the sentence before is about, else
            # whoever reported last
            speaker = None if dialogue else person_narrated_before(ctx, start, last_end)
            speaker = speaker or _document_before(ctx, start)
            speaker = speaker or recent_reporter(ctx, start, last_end)
            if speaker is None and dialogue and after_narration(ctx, start, last_end):
                # "En la barra, Teodoro Gil interviene.\n\n—Lo que aquí hace falta …"
                speaker = narrated_subject(ctx, start, last, last_end)
                if speaker is None or not speaker.name:  # "Intervino entonces X."
                    speaker = inverted_narration(ctx, start) or speaker
            other = (last or interviewee(ctx)) if dialogue and speaker is not None else None
            if speaker is not None and other is not None and other.name != speaker.name:
                # "Una periodista le recordó que …" ¶ "—Entonces no …": the one told answers
                speaker = other if told_to(ctx, start, speaker) else speaker
            if speaker is None and _continues(ctx, last_end, start):
                speaker = last
            elif speaker is None and dialogue and last is None:
                speaker = dropped_subject(ctx, None, start)  # "El alcalde … \n\n—Esto …"
            elif speaker is not None and speaker.name == "":
                speaker = resolve_speaker(ctx, speaker, last, start)
        elif speaker is not None and speaker.name == "":
            speaker = resolve_speaker(ctx, speaker, last, start)
        speaker = same_document(ctx, speaker, last)  # "«…», añade el texto"
        speakers.append(speaker)
        # a turn that asks, even when a statement follows its question ("—¿Con qué se
        # paga ese superávit, ministro? Las jubilaciones perdieron un 6 %.")
        question = ctx.text[start] == "—" and "?" in ctx.text[start:end]
        asker = speaker if question else None
        asked_of = addressee(ctx, start, end, last) if question else None
        handed = None if question or not dialogue else handed_to(ctx, start, speaker)
        if speaker is not None:
            last, last_end = speaker, end
    turns = two_parties(ctx, spans, _alternate_turns(ctx, spans, speakers, cued))
    return _run_on_speakers(ctx, spans, turns, cued)


def _alternate_turns(
    ctx: Context,
    spans: list[tuple[int, int]],
    speakers: list[Speaker | None],
    cued: list[bool],
) -> list[Speaker | None]:
    """The raya turns alternated with an answer's unmarked second paragraph (a span that
    opens its paragraph with no mark, right after a turn) left out: it is no turn of its
    own, and speaks with the voice of the turn it carries on."""
    carried = [
        index > 0
        and ctx.text[spans[index - 1][0]] == "—"
        and ctx.block_of[spans[index][0]][0] == spans[index][0]
        and ctx.text[spans[index][0]].isalpha()
        for index in range(len(spans))
    ]
    if not any(carried):
        return alternate(ctx, spans, speakers, cued)
    kept = [index for index, flag in enumerate(carried) if not flag]
    turns = alternate(
        ctx, [spans[i] for i in kept], [speakers[i] for i in kept], [cued[i] for i in kept]
    )
    result = list(speakers)
    for index, speaker in zip(kept, turns, strict=True):
        result[index] = speaker
    for index, flag in enumerate(carried):
        if flag:
            result[index] = result[index - 1]
    return result


def _interrupted(ctx: Context, last: Speaker, last_end: int, start: int) -> bool:
    """The quotation goes on after a tag that named the last speaker inside the same
    sentence, ending with a comma: ``"…," said X, …, "…"``."""
    if not last_end <= last.start < start or start - last_end > 200:
        return False
    gap = ctx.text[last_end:start]
    if "\n" in gap or not gap.rstrip().endswith(","):
        return False
    if any(ctx.lex.is_reporting(w) for w in WORD.findall(ctx.text, last.end, start)):
        return False  # '"Yes," said X, while Y replied, "No."': another voice's tag
    if any(e.label == "PER" for e in ctx.entities_in(last.end, start)):
        return False
    return ctx.sentence_of[start][0] <= last_end


def _run_on_speakers(
    ctx: Context,
    spans: list[tuple[int, int]],
    speakers: list[Speaker | None],
    cued: list[bool],
) -> list[Speaker | None]:
    """A quotation left open at the end of its paragraph runs on into the next one
    (wire copy reopens the mark on each paragraph); when it had no cue of its own it
    takes the speaker the next paragraph's tag names."""
    for index in range(len(spans) - 2, -1, -1):
        start, end = spans[index]
        following = spans[index + 1][0]
        if cued[index] or speakers[index + 1] is None or ctx.text[end - 1] in _CLOSERS:
            continue
        if ctx.text[start] in "—–-" or ctx.text[start].isalpha():
            continue  # a raya turn, or an answer's unmarked paragraph, ends with it
        if ctx.text[end:following].strip() == "" and "\n" in ctx.text[end:following]:
            speakers[index] = speakers[index + 1]
    return speakers


_CLOSERS = frozenset('”»"’›“')


def _document_before(ctx: Context, start: int) -> Speaker | None:
    """``El texto, firmado por la ejecutiva, arranca con una pregunta.`` then ``«¿Qué queda
    …?»``: a quotation opening its paragraph after a sentence about a document is the
    document's (named as its issuer when one is known)."""
    block_start = ctx.block_of[start][0]
    index = bisect.bisect_right(ctx.sentence_starts, start) - 2
    if start != block_start or index < 0:
        return None
    sent_start = ctx.sentence_starts[index]
    if ctx.text.count("\n\n", sent_start, start) > 1:
        return None
    pos = skip_space(ctx.text, past_dateline(ctx.text, sent_start, start), start)
    subject = noun_phrase(ctx, pos, ctx.sentence_ends[index])
    if subject is None or subject.start != pos:
        return None
    words = WORD.findall(subject.text.lower())
    if not any(w in ctx.lex.document_nouns for w in words):
        return None
    return subject if subject.name else Speaker(subject.start, subject.end, subject.text, words[-1])


def _term_speaker(ctx: Context, start: int, end: int) -> Speaker | None:
    """Who used a quoted term: only a reporting verb a few words before it counts, and
    only for a word in lower case ("denuncia como una “amenaza”"); a capitalised
    quotation that is no speech is a name or a title, which nobody "says"."""
    first = WORD.search(ctx.text, start, end)
    if first is None or first.group()[0].isupper():
        return None
    relative, _ = cue_relative_subject(ctx, start, end)
    if relative is not None:  # "un mercado que los operadores describen como «parado»"
        return relative
    sent_start = ctx.sentence_of[start][0]
    words = list(WORD.finditer(ctx.text, max(sent_start, start - 60), start))[-7:]
    for word in reversed(words):
        if ctx.lex.is_reporting(word.group()):
            # "which one analyst called": the relative clause was asked above (no subject)
            subject, _ = cue_subject_before(ctx, sent_start, word.start())
            if subject is not None and subject.name:
                return subject
            return None
    return None


_JOINED = re.compile(r"\s*(?:,\s*)?(?:y|e|o|u|ni|pero|and|or|but|nor)\s+$|\s*,\s*$")


def _joined_terms(ctx: Context, previous_end: int, start: int) -> bool:
    """Two quoted terms joined by a conjunction or a comma (``«bien encaminado» pero
    «pequeño»``, ``"dead" and "buried"``): the second is the first one's speaker's."""
    if not 0 <= start - previous_end <= 8:
        return False
    return _JOINED.fullmatch(ctx.text, previous_end, start) is not None


def _continues(ctx: Context, last_end: int, start: int) -> bool:
    """A quotation with no cue right after a previous one continues its speaker."""
    if last_end < 0:
        return False
    between = ctx.text[last_end:start]
    return between.count("\n\n") <= 1 and len(between) < 400


def _find(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    """Speaker from the cues; the flag says a cue was found with its subject dropped."""
    cues = (
        # "una jornada que los operadores describían como «…»": the relative clause's own
        # subject, before the main verb's ("X anunció …, una medida que los Y consideran")
        cue_relative_subject,
        cue_according_after,  # "X cree que «…», según su portavoz, Y"
        cue_verb_before,
        cue_colon,
        cue_colon_loose,
        cue_according,
        cue_in_clause,
        cue_closing_tag,  # 'It was "too early" to say, Dr. Haddad said.'
    )
    for rule in (raya_cue, cue_after, *cues):
        speaker, dropped = rule(ctx, start, end)
        if speaker is not None or dropped:
            return speaker, dropped
    return None, False
