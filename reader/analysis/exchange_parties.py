"""A raya examination or interview is two parties taking turns: one asks, one answers.

``El fiscal, X, la interrogó.`` then ``—¿…?`` ``—…`` ``—Pero usted no llamó.`` ``—Llamé a mi
jefe —contestó la testigo.`` ``—¿Quién…?``: once the questions of an exchange all fall on
every other turn, the turns keep that rhythm. The questioner is the voice the questions
came out as (nobody, for an unnamed interviewer), the examined the voice the answers came
out as; a turn whose own tag names no person takes the party of its place: the
questioner's follow-up put as a statement, the answer tagged by a role noun that the
resolution gave to the one asking. A turn its tag names a person for keeps that person,
and so does one a role names a third party for (``—intervino la magistrada``).

Runs after ``dialogue_turns.alternate``, which settles each turn from its neighbours; this
pass looks at the whole exchange.
"""

from __future__ import annotations

from collections import Counter

from reader.analysis.press_turns import press_follow_up
from reader.analysis.speaker_context import Context
from reader.core.model import Speaker

_MIN_TURNS = 4  # an exchange shorter than this has no rhythm to trust
_MIN_QUESTIONS = 2


def two_parties(
    ctx: Context, spans: list[tuple[int, int]], speakers: list[Speaker | None]
) -> list[Speaker | None]:
    """The speakers with every strict question-and-answer raya exchange put in rhythm."""
    for run in _exchanges(ctx, spans):
        if sum(i >= 0 for i in run) >= _MIN_TURNS:
            _in_rhythm(ctx, spans, speakers, run)
    return speakers


def _exchanges(ctx: Context, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Runs of raya turns, each opening the paragraph right after the one before; a
    quoted paragraph with no raya right after a turn goes on with it (a negative index:
    ``–Porque empieza la cosecha …`` then ``Y no es solo el precio. …``)."""
    runs: list[list[int]] = []
    text = ctx.text
    for index, (start, _end) in enumerate(spans):
        if ctx.block_of[start][0] != start:
            continue
        follows = bool(runs) and abs(runs[-1][-1]) == index - 1
        follows = follows and _adjacent(ctx, spans[index - 1][0], start)
        if text[start] in _RAYAS:
            if follows:
                runs[-1].append(index)
            else:
                runs.append([index])
        elif follows and (text[start].isalpha() or text[start] == "»"):
            runs[-1].append(-index)
    return runs


_RAYAS = "—–"


def _adjacent(ctx: Context, prev_start: int, start: int) -> bool:
    """Nothing but blank lines between the previous turn's paragraph and this one."""
    between = ctx.text[ctx.block_of[prev_start][1] : start]
    return between.strip() == ""


def _asks(ctx: Context, span: tuple[int, int]) -> bool:
    """The turn is a question: it opens with one or its words end on one."""
    words = ctx.text[span[0] + 1 : span[1]].rstrip(" ." + _RAYAS)
    return words.startswith("¿") or words.endswith("?")


def _in_rhythm(
    ctx: Context, spans: list[tuple[int, int]], speakers: list[Speaker | None], whole: list[int]
) -> None:
    run = [i for i in whole if i >= 0]  # the turns; a continuation keeps its turn's voice
    place = {turn: n for n, turn in enumerate(run)}
    questions = [i for i in run if _asks(ctx, spans[i])]
    parities = {place[i] % 2 for i in questions}
    if len(questions) < _MIN_QUESTIONS or len(parities) != 1:
        return  # no questions, or two in a row: not a strict examination
    asking = parities.pop()
    answers = [run[place[i] + 1] for i in questions if place[i] + 1 < len(run)]
    questioner = _voice(speakers, questions)
    if questioner is False:
        return
    asker = questioner.name if isinstance(questioner, Speaker) else None
    named = [speakers[i] for i in answers if speakers[i] is not None]
    counts = Counter(s.name for s in named if s.name and s.name != asker)  # type: ignore[union-attr]
    if not counts:
        return
    examined_name, count = counts.most_common(1)[0]
    if count * 2 < len(answers):
        return
    examined = next(s for s in named if s.name == examined_name)  # type: ignore[union-attr]
    parties = {asker, examined_name}
    for i in run:
        cur = speakers[i]
        if _person_tag(ctx, spans[i], cur):
            if cur is not None and cur.name not in parties:
                return  # a third person speaks in the exchange: no two-party rhythm
            continue
    for i in run:
        cur = speakers[i]
        if _person_tag(ctx, spans[i], cur):
            continue
        if cur is not None and cur.name not in parties and _own_tag(ctx, spans[i], cur):
            continue  # a role its tag names a third party for
        if cur is None and i in questions and not _a_person(ctx, questioner):
            continue  # "—¿…?" then "—¿…? —le pregunta un periodista": maybe another one
        if cur is None and i in questions and press_follow_up(ctx, spans[i], questioner):
            continue  # a reporter's question, then an untagged one: anyone in the room
        wanted = questioner if place[i] % 2 == asking else examined
        speakers[i] = wanted if isinstance(wanted, Speaker) else None
    for n, i in enumerate(whole[1:], 1):
        if i >= 0 or whole[n - 1] < 0:
            continue
        own = speakers[-i]
        if own is None or not _own_tag(ctx, spans[-i], own):  # not "«…», replicó X"
            speakers[-i] = speakers[whole[n - 1]]  # "Y no es solo el precio. …": goes on


def _voice(speakers: list[Speaker | None], questions: list[int]) -> Speaker | None | bool:
    """The one voice the questions came out as: a named one the others do not contradict,
    None when none was named (an unnamed interviewer), False when they disagree."""
    named = [speakers[i] for i in questions if speakers[i] is not None and speakers[i].name]  # type: ignore[union-attr]
    names = {s.name for s in named}  # type: ignore[union-attr]
    if len(names) > 1:
        return False
    if not named:
        return None
    return named[0] if len(named) * 2 >= len(questions) else False


def _a_person(ctx: Context, voice: Speaker | None | bool) -> bool:
    """The voice is a person the article names (one examiner), not an unnamed role."""
    if not isinstance(voice, Speaker) or not voice.name:
        return False
    return any(e.label == "PER" and e.canonical == voice.name for e in ctx.entities)


def _own_tag(ctx: Context, span: tuple[int, int], speaker: Speaker) -> bool:
    """The speaker was found in the turn's own paragraph (its tag)."""
    start, end = ctx.block_of[span[0]]
    return start <= speaker.start < end


def _person_tag(ctx: Context, span: tuple[int, int], speaker: Speaker | None) -> bool:
    """The turn's own tag names a person (``—insistió Hernán Valdivieso—``)."""
    if speaker is None or not _own_tag(ctx, span, speaker):
        return False
    entity = ctx.entity_starting(speaker.start)
    return entity is not None and entity.label == "PER"
