"""Who speaks an untagged line of a dialogue or an interview.

``Q:``/``A:`` labels, a raya question nobody tagged and its answer, the narration
paragraph before a dialogue line (``El fiscal X abrió el interrogatorio.``): the asker,
the one asked, the one interviewed. Split from ``speakers`` (which orders the cues and
keeps the dialogue's state); ``dialogue_turns`` reads the tags of single turns
and ``dialogue_narration`` the narration around them.
"""

from __future__ import annotations

import bisect

from reader.analysis.clause_subject import clause_subject
from reader.analysis.dialogue_narration import asked_by, inverted_opening, inverted_person
from reader.analysis.phrases import appositive_person
from reader.analysis.quotes import interview_label
from reader.analysis.speaker_context import WORD, Context, after_preposition, mention, skip_space
from reader.analysis.speaker_resolve import narrated_subject, resolve_speaker
from reader.core.model import Speaker

_DIALOGUE_MEMORY = 20  # lines looked back: a dialogue has few voices; junk stays linear


def interview_turn(ctx: Context, start: int) -> str:
    """The Q&A label opening the quotation's paragraph, or ""."""
    block_start, block_end = ctx.block_of[start]
    if block_start >= start or start - block_start > 14:
        return ""
    labels = ctx.lex.question_labels | ctx.lex.answer_labels
    return interview_label(ctx.text, block_start, block_end, labels)


def interviewed(
    ctx: Context, last: Speaker | None, answered: Speaker | None = None
) -> Speaker | None:
    """Who answers an untagged question: the last speaker when a person was named for
    them; a group quoted in the lead ("los hoteleros, que la consideran «…»") is not
    the one interviewed, the person the lead is about is; so is the one answering when
    nobody spoke before ("La fiscal abrió el interrogatorio." "—¿…?" "—No.")."""
    if last is not None and named_person(ctx, last.name):
        return last
    # after a company's statement quoted between two questions, the one who answered
    # the earlier questions is still the one interviewed
    return answered or interviewee(ctx) or last


def named_person(ctx: Context, name: str) -> bool:
    """``name`` is a person's the article names (not a phrase or an organisation)."""
    return ctx.names_person(name)


def interviewee(ctx: Context) -> Speaker | None:
    """Whom a Q&A interview questions: the person the lead sentence is about, else the
    first person the article names."""
    if ctx.sentence_starts:
        subject = clause_subject(ctx, ctx.sentence_starts[0], ctx.sentence_ends[0])
        named = ctx.entity_starting(subject.start) if subject is not None else None
        if named is not None and named.label == "PER":
            return subject
    for entity in ctx.entities:
        if entity.label == "PER":
            return mention(ctx, entity.start, entity.end, entity.canonical)
    if ctx.sentence_starts and subject is not None and named is None:
        return _role_subject(ctx, subject)  # "La consejera de Sanidad atendió a …"
    return None


def _role_subject(ctx: Context, subject: Speaker) -> Speaker | None:
    """``La consejera de Sanidad atendió a los periodistas``, ``El entrenador del Betis
    compareció``: with nobody named, a definite role phrase the lead is about is the one
    questioned, named by the phrase; never the press (``asking_words``)."""
    words = WORD.findall(subject.text.lower())
    lex = ctx.lex
    if len(words) < 2 or words[0] not in lex.articles or words[0] in lex.indefinites:
        return None
    if any(w in lex.asking_words for w in words) or words[1] not in lex.role_nouns:
        return None
    return Speaker(subject.start, subject.end, subject.text, subject.text[len(words[0]) :].strip())


def answerer(
    ctx: Context,
    speakers: list[Speaker | None],
    asker: Speaker,
    start: int,
    spans: list[tuple[int, int]],
) -> Speaker | None:
    """In a dialogue an untagged line after a question belongs to whoever spoke before
    the question was asked, a voice of an earlier turn first (not the judge whose words
    the narration quotes between two examinations); with nobody, to the person named
    last before the exchange who is not the asker (the accused a prosecutor questions,
    the one interviewed)."""
    first = max(0, len(speakers) - _DIALOGUE_MEMORY)
    earlier = [
        (speakers[i], ctx.text[spans[i][0]] == "—") for i in range(len(speakers) - 1, first - 1, -1)
    ]
    for turn_only in (True, False):
        for voice, turn in earlier:
            if voice is not None and voice.name != asker.name and (turn or not turn_only):
                return voice
    for entity in reversed(ctx.entities_in(max(0, start - 1500), start)):
        if (
            entity.label == "PER"
            and entity.canonical != asker.name
            and not after_preposition(ctx, entity)
            and not ctx.in_quote(entity.start)
        ):
            return mention(ctx, entity.start, entity.end, entity.canonical)
    return None


def narration_asker(
    ctx: Context, start: int, last: Speaker | None, last_end: int
) -> Speaker | None:
    """The named subject of the narration paragraph right before a dialogue question,
    when that paragraph tells of asking or intervening (``asking_words``)."""
    if not after_narration(ctx, start, last_end):
        return None
    block_start = ctx.block_of[start][0]
    before = ctx.text.rfind("\n\n", 0, max(0, block_start - 2))
    agent = asked_by(ctx, before + 2 if before >= 0 else 0, block_start)
    if agent is not None:  # "Preguntado por un periodista de X …, fue más duro."
        return agent
    words = WORD.findall(ctx.text, before + 2 if before >= 0 else 0, block_start)
    if not any(word.lower() in ctx.lex.asking_words for word in words):
        return None
    if _answers_questions(ctx, [w.lower() for w in words]):
        return None  # "X e Y respondieron preguntas de los periodistas": the press asks
    subject = narrated_subject(ctx, start, last, last_end)
    paragraph = before + 2 if before >= 0 else 0
    if subject is None or ctx.entity_starting(subject.start) is None:
        # "Abrió el turno de preguntas la portavoz de IF, X.": the subject after the verb
        subject = inverted_person(ctx, paragraph, block_start) or subject
    if subject is None:  # "Abrió ella el interrogatorio.": the pronoun after the verb
        # (the paragraph's last sentence when narration runs on: "La fiscal, X, pide …
        # Abrió ella el interrogatorio.")
        closing = ctx.sentence_starts[bisect.bisect_right(ctx.sentence_starts, block_start - 2) - 1]
        pronoun = inverted_pronoun(ctx, paragraph, block_start) or inverted_pronoun(
            ctx, max(paragraph, closing), block_start
        )
        return resolve_speaker(ctx, pronoun, last, start) if pronoun is not None else None
    named = ctx.entity_starting(subject.start)  # "una periodista preguntó": nobody named
    if named is None:  # "Una periodista de Radio Ferrol, Antía Rei, le recordó …"
        person = appositive_person(ctx, subject.end, ctx.sentence_end(subject.end))
        return person or _identified(ctx, subject)
    return subject if named.label == "PER" else None


_ANSWER_REACH = 4  # words from "respondieron" to its object "preguntas"


def _answers_questions(ctx: Context, words: list[str]) -> bool:
    """The narration has its subject answer the questions it names (``respondieron
    preguntas de los periodistas``, ``atendió las preguntas de la prensa``): the subject
    is the one questioned, so the untagged questions after it are unnamed reporters'."""
    lex = ctx.lex
    return any(
        word in lex.answering_words
        and any(w in lex.asking_words for w in words[n + 1 : n + 1 + _ANSWER_REACH])
        for n, word in enumerate(words)
    )


def _identified(ctx: Context, subject: Speaker) -> Speaker | None:
    """``El abogado de los sobrinos … le preguntó``: an unnamed but identified asker (a
    definite role phrase) is named by the phrase; a reporter ("una periodista") is not."""
    words = WORD.findall(subject.text.lower())
    lex = ctx.lex
    if len(words) < 2 or words[0] not in lex.articles or words[0] in lex.indefinites:
        return None
    head = words[-1]
    if head in lex.asking_words or head not in lex.role_nouns or head in lex.function_words:
        return None  # "la periodista": the press asks; "la primera pregunta": nobody
    return Speaker(subject.start, subject.end, subject.text, subject.text[len(words[0]) :].strip())


def narrated_person(
    ctx: Context, start: int, last: Speaker | None, last_end: int
) -> Speaker | None:
    """The named person the narration paragraph right before a dialogue line is about."""
    if not after_narration(ctx, start, last_end):
        return None
    subject = narrated_subject(ctx, start, last, last_end)
    if subject is None or not subject.name:
        return inverted_opening(ctx, start)
    named = ctx.entity_starting(subject.start)
    person = named is not None and named.label == "PER"
    if person or named_person(ctx, subject.name):
        return subject
    return inverted_opening(ctx, start) or inverted_narration(ctx, start)


def inverted_narration(ctx: Context, start: int) -> Speaker | None:
    """``Intervino entonces Di Pietro.``, ``Tomó después la palabra la consejera, X.``: a
    narration paragraph opening with its verb (any verb: "quiso intervenir"), then a few
    words in lower case, then the person who takes the floor for the next dialogue line."""
    block_start = ctx.block_of[start][0]
    before = ctx.text.rfind("\n\n", 0, max(0, block_start - 2))
    paragraph = before + 2 if before >= 0 else 0
    verb = WORD.match(ctx.text, paragraph, block_start)
    if verb is None or ctx.entity_starting(verb.start()) is not None:
        return None
    if verb.group().lower() in ctx.lex.function_words or not verb.group()[1:].islower():
        return None
    limit = min(block_start, ctx.sentence_end(verb.end()))
    for entity in ctx.entities_in(verb.end(), limit):
        between = ctx.text[verb.end() : entity.start]
        if any(c in between for c in ",.;:«»“”\"") or _content_words(ctx, between) > 4:
            return None
        if entity.label != "PER" or after_preposition(ctx, entity):
            return None
        return mention(ctx, entity.start, entity.end, entity.canonical)
    return None


def _content_words(ctx: Context, between: str) -> int:
    """The words between the opening verb and the name, articles not counted: "tomó la
    palabra la vulcanóloga" is three ("Enseguida tomó la palabra la vulcanóloga X")."""
    return sum(w.lower() not in ctx.lex.determiners for w in WORD.findall(between))


def after_narration(ctx: Context, start: int, last_end: int) -> bool:
    """The paragraph before a dialogue line is narration, not another line."""
    block_start = ctx.block_of[start][0]
    before = ctx.text.rfind("\n\n", 0, max(0, block_start - 2))
    previous = before + 2 if before >= 0 else 0
    return ctx.text[previous : previous + 1] != "—" and last_end < previous


def inverted_pronoun(ctx: Context, start: int, end: int) -> Speaker | None:
    """``Abrió ella el interrogatorio.``: a narration sentence opening with its verb, its
    subject a pronoun right after it (resolved by the caller)."""
    verb = WORD.match(ctx.text, start, end)
    if verb is None or not ctx.lex.is_tag_verb(verb.group().lower()):
        return None
    pronoun = WORD.match(ctx.text, skip_space(ctx.text, verb.end(), end), end)
    if pronoun is None or pronoun.group().lower() not in ctx.lex.pronouns:
        return None
    if pronoun.group().lower() in ctx.lex.plural_pronouns:
        return None
    return mention(ctx, pronoun.start(), pronoun.end())
