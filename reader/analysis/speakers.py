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
speaker in the same or the previous paragraph. A quoted title gets no speaker.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.next_sentence import so_said
from reader.analysis.phrases import (
    anonymous_phrase,
    noun_phrase,
    sentence_subject,
    subject_after,
    verb_soon,
)
from reader.analysis.speaker_context import (
    WORD,
    Context,
    after_preposition,
    mention,
    skip_space,
)
from reader.analysis.speaker_cues import (
    cue_according,
    cue_colon,
    cue_colon_loose,
    cue_in_clause,
    cue_subject_before,
    cue_verb_before,
    recent_reporter,
)
from reader.analysis.speaker_resolve import (
    dropped_subject,
    narrated_subject,
    plural_subject,
    resolve_speaker,
)
from reader.core.model import Entity, Speaker

_AFTER = re.compile(r"[\s,.;:]*(?:[—–-]\s*)?")


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
    asked = False  # the previous line was an untagged question
    last_end = -1
    for (start, end), is_speech in zip(spans, speech, strict=True):
        if not is_speech:
            speakers.append(_term_speaker(ctx, start, end))
            cued.append(True)
            continue
        speaker, dropped = _find(ctx, start, end)
        cued.append(speaker is not None or dropped)
        heading = ctx.block_of[start] in ctx.headings
        dialogue = ctx.text[start] == "—"
        if speaker is None and not dropped and dialogue and ctx.text[end - 1] == "?":
            speakers.append(None)  # an interviewer's untagged question: nobody named
            cued[-1] = True
            asked = True
            continue
        if speaker is None and not dropped and dialogue and asked:
            speaker = last  # the answer to an untagged question: the one interviewed
        if speaker is None and not dropped and asker is not None and dialogue:
            # "—¿Y las ayudas? —preguntó X." "—Llegan…"
            speaker = _answerer(ctx, speakers, asker, start)
        asked = False
        if speaker is None and dropped and not heading:
            speaker = (
                plural_subject(ctx, start, end, last_end)
                or narrated_subject(ctx, start, last, last_end)
                or dropped_subject(ctx, last, start)
            )
        elif speaker is None and not heading:
            speaker = recent_reporter(ctx, start, last_end)
            if speaker is None and dialogue and _after_narration(ctx, start, last_end):
                # "En la barra, Teodoro Gil interviene.\n\n—Lo que aquí hace falta …"
                speaker = narrated_subject(ctx, start, last, last_end)
            if speaker is None and _continues(ctx, last_end, start):
                speaker = last
            elif speaker is None and dialogue and last is None:
                speaker = dropped_subject(ctx, None, start)  # "El alcalde … \n\n—Esto …"
            elif speaker is not None and speaker.name == "":
                speaker = resolve_speaker(ctx, speaker, last, start)
        elif speaker is not None and speaker.name == "":
            speaker = resolve_speaker(ctx, speaker, last, start)
        speakers.append(speaker)
        question = ctx.text[start] == "—" and ctx.text[end - 1] == "?"
        asker = speaker if question else None
        if speaker is not None:
            last, last_end = speaker, end
    return _run_on_speakers(ctx, spans, speakers, cued)


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
        if ctx.text[start] in "—–-":
            continue  # a raya turn has no closing mark: it ends with its paragraph
        if ctx.text[end:following].strip() == "" and "\n" in ctx.text[end:following]:
            speakers[index] = speakers[index + 1]
    return speakers


_CLOSERS = frozenset("”»\"’›“")


def _answerer(
    ctx: Context, speakers: list[Speaker | None], asker: Speaker, start: int
) -> Speaker | None:
    """In a dialogue an untagged line after a question belongs to whoever spoke before
    the question was asked; with nobody, to the person named last before the exchange
    who is not the asker (the accused a prosecutor questions, the one interviewed)."""
    for earlier in reversed(speakers[-_DIALOGUE_MEMORY:]):
        if earlier is not None and earlier.name != asker.name:
            return earlier
    for entity in reversed(ctx.entities_in(max(0, start - 1500), start)):
        if (
            entity.label == "PER"
            and entity.canonical != asker.name
            and not after_preposition(ctx, entity)
            and not ctx.in_quote(entity.start)
        ):
            return mention(ctx, entity.start, entity.end, entity.canonical)
    return None


def _after_narration(ctx: Context, start: int, last_end: int) -> bool:
    """The paragraph before a dialogue line is narration, not another line."""
    block_start = ctx.block_of[start][0]
    before = ctx.text.rfind("\n\n", 0, max(0, block_start - 2))
    previous = before + 2 if before >= 0 else 0
    return ctx.text[previous : previous + 1] != "—" and last_end < previous


_DIALOGUE_MEMORY = 20  # lines looked back: a dialogue has few voices; junk stays linear








def _term_speaker(ctx: Context, start: int, end: int) -> Speaker | None:
    """Who used a quoted term: only a reporting verb a few words before it counts, and
    only for a word in lower case ("denuncia como una “amenaza”"); a capitalised
    quotation that is no speech is a name or a title, which nobody "says"."""
    first = WORD.search(ctx.text, start, end)
    if first is None or first.group()[0].isupper():
        return None
    sent_start = ctx.sentence_of[start][0]
    words = list(WORD.finditer(ctx.text, max(sent_start, start - 60), start))[-7:]
    for word in reversed(words):
        if ctx.lex.is_reporting(word.group()):
            subject, _ = cue_subject_before(ctx, sent_start, word.start())
            if subject is not None and subject.name:
                return subject
            return None
    return None


def _continues(ctx: Context, last_end: int, start: int) -> bool:
    """A quotation with no cue right after a previous one continues its speaker."""
    if last_end < 0:
        return False
    between = ctx.text[last_end:start]
    return between.count("\n\n") <= 1 and len(between) < 400


def _find(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    """Speaker from the cues; the flag says a cue was found with its subject dropped."""
    cues = (cue_verb_before, cue_colon, cue_colon_loose, cue_according, cue_in_clause)
    for rule in (_raya, _after, *cues):
        speaker, dropped = rule(ctx, start, end)
        if speaker is not None or dropped:
            return speaker, dropped
    return None, False


def _raya(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
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
        ctx.lex.is_reporting(word.group())
        or (dialogue and word.group().islower() and word.group() not in ctx.lex.function_words)
    ):
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


def _after(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    text = ctx.text
    block_end = ctx.block_of[start][1]
    gap = _AFTER.match(text, end, block_end)
    pos = gap.end() if gap else end
    if gap and "." in gap.group() and "," not in gap.group():
        return so_said(ctx, pos, block_end)  # a new sentence starts after the quotation
    word = WORD.match(text, pos, block_end)
    if word is None:
        return None, False
    if word.group().lower() in ctx.lex.auxiliaries:  # "«…», ha espetado Montero"
        word = WORD.match(text, word.end() + 1, block_end) or word
    speaker, dropped = _after_cue(ctx, pos, word, block_end)
    if speaker is not None and _new_sentence_after(text, end, speaker):
        return None, False
    return speaker, dropped


def _new_sentence_after(text: str, end: int, speaker: Speaker) -> bool:
    """'"…in its current form." Ward said the plan …': a new sentence, not a speech tag."""
    if text[end - 2 : end - 1] not in ".!?":
        return False
    verb = WORD.search(text, speaker.end, speaker.end + 30)
    if verb is not None and text[verb.end() : verb.end() + 1] == ":":
        return True  # "… slogans." Her manager, X, added: "…": the tag opens the next one
    tag_ends = re.match(r"\s*(?:[.,;]|$)", text[speaker.end : speaker.end + 12]) or re.match(
        r"\s*[.,;]", text[_verb_end(text, speaker) :]
    )
    return not tag_ends


def _verb_end(text: str, speaker: Speaker) -> int:
    """End of the word after the speaker mention (``Ward said``)."""
    word = WORD.match(text, speaker.end + 1, speaker.end + 30)
    return word.end() if word else speaker.end


def _after_cue(
    ctx: Context, pos: int, word: re.Match[str], block_end: int
) -> tuple[Speaker | None, bool]:
    """The speaker named right after a quotation: ``, dijo X``, ``, X said``, ``he said``."""
    text = ctx.text
    limit = min(block_end, word.end() + 80)
    tagged = any(mark in text[max(0, pos - 4) : pos] for mark in ",—")
    following = text[pos : pos + 20].lower()
    if any(following.startswith(phrase + " ") for phrase in ctx.lex.contrasts):
        return None, False  # "«…», mientras que la patronal X advierte": X's own clause
    clitic = word.group().lower() in ctx.lex.clitics and tagged
    if clitic:  # "—le pregunta un vecino"
        word = WORD.match(text, skip_space(text, word.end(), limit), limit) or word
        if not ctx.lex.is_reporting(word.group()) and verb_soon(ctx, word.end(), limit):
            return None, True  # "«…», se limitó a decir": the subject is dropped
    aside = "—" in text[max(0, pos - 3) : pos] and word.group().islower()
    if ctx.lex.is_reporting(word.group()) or (aside and word.group() not in ctx.lex.function_words):
        subject = subject_after(ctx, word.end(), limit)
        asked = "?" in text[max(0, pos - 5) : pos] and "—" in text[max(0, pos - 3) : pos]
        if subject is None and clitic and asked:
            return None, False  # "—¿Y el portero? —le preguntaron.": asked of, not by, X
        return subject, subject is None
    anonymous = anonymous_phrase(ctx, pos, limit)
    if anonymous is not None and (
        verb_soon(ctx, anonymous.end, limit) or _verb_follows(ctx, anonymous.end, limit)
    ):
        return anonymous, False  # '"…," a port official said', '"…," one of them, a …, said'
    if word.group().lower() in ctx.lex.thing_pronouns and _verb_follows(ctx, word.end(), limit):
        return _organisation_before(ctx, pos, word), False  # '"…," it said in a statement'
    entity = ctx.entity_at(pos)
    first = entity or (word if word.group().lower() in ctx.lex.pronouns else None)
    if first is not None and _verb_follows(ctx, _past_employer(ctx, _end(first), limit), limit):
        if entity is not None:
            return mention(ctx, entity.start, entity.end, entity.canonical), False
        return mention(ctx, word.start(), word.end()), False
    subject = noun_phrase(ctx, pos, limit)
    if subject is not None and _verb_follows(ctx, subject.end, limit):
        return subject, False
    clause_end = text.find(",", pos, limit)
    for entity in ctx.entities_in(pos, clause_end if clause_end > 0 else limit):
        # '"…," chief financial officer X said', '"…," Dutch gas company Gasunie said'
        after = WORD.match(text, entity.end + 1, limit)
        if entity.label in ("PER", "ORG") and after and ctx.lex.is_reporting(after.group()):
            return mention(ctx, entity.start, entity.end, entity.canonical), False
    return None, False


def _organisation_before(ctx: Context, pos: int, word: re.Match[str]) -> Speaker:
    """``"…," it said``: "it" is an organisation, never a person; the body whose statement
    the paragraph (or the one before) last reported, else the nearest organisation named."""
    opened = bisect.bisect_right(ctx.quotes, (pos, len(ctx.text) + 1)) - 1  # starts <= pos
    quote_start = ctx.quotes[opened][0] if opened >= 0 else pos
    reporter = recent_reporter(ctx, quote_start, -1)
    named = ctx.entity_starting(reporter.start) if reporter is not None else None
    body = named is None or named.label == "ORG"  # no person: "the port authority said"
    if reporter is not None and reporter.name and body and not _pronoun(ctx, reporter):
        return Speaker(word.start(), word.end(), word.group(), reporter.name)
    for entity in reversed(ctx.entities_in(max(0, pos - 1500), quote_start)):
        if entity.label == "ORG" and not after_preposition(ctx, entity):
            return Speaker(word.start(), word.end(), word.group(), entity.canonical)
    return Speaker(word.start(), word.end(), word.group(), word.group())  # never a person


def _pronoun(ctx: Context, speaker: Speaker) -> bool:
    return speaker.text.lower() in ctx.lex.pronouns


_OF_ORG = re.compile(r"\s+(?:of|at|from|for|de|del)\s+(?:(?:the|la|el)\s+)?")


def _past_employer(ctx: Context, pos: int, limit: int) -> int:
    """Past "of the Fourth Circuit Court" after a name ('"…," Judge X of the Y Court said')."""
    link = _OF_ORG.match(ctx.text, pos, limit)
    if link is None:
        return pos
    employer = ctx.entity_starting(link.end())
    if employer is None or employer.label != "ORG":
        return pos
    seat = _IN_PLACE.match(ctx.text, employer.end, limit)  # "of the High Court in Nairobi"
    place = ctx.entity_starting(seat.end()) if seat is not None else None
    return place.end if place is not None and place.label == "LOC" else employer.end


_IN_PLACE = re.compile(r"\s+(?:in|en|de)\s+")


_TO_VERB = re.compile(r"(?:,[^,.;:«»“”\"]{1,50}?(?=,))?,?\s+")


def _verb_follows(ctx: Context, pos: int, limit: int) -> bool:
    """A reporting verb right after ``pos``, past an apposition ("Roe, 54, told")."""
    gap = _TO_VERB.match(ctx.text, pos, limit)
    if gap is None:
        return False
    word = WORD.match(ctx.text, gap.end(), limit)
    if word is not None and word.group().lower() in ctx.lex.auxiliaries:
        word = WORD.match(ctx.text, word.end() + 1, limit)
    if word is not None and word.group().lower() in ("read", "reads"):
        return True  # '"…," the statement read': only right after a quotation
    return word is not None and ctx.lex.is_reporting(word.group())


def _end(item: Entity | re.Match[str]) -> int:
    return item.end if isinstance(item, Entity) else item.end()
































# The apposition of a group subject that names the body speaking for it.














