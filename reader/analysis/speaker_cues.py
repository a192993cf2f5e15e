"""Speaker cues found before a quotation or in its sentence.

A colon (``X: «…»``), a reporting verb earlier in the sentence (``X afirmó que «…»``,
``quoted X as saying``), the sentence's subject or an opening phrase, ``según X`` /
``according to X``, a reporter named in the paragraph; the subject before a verb is
``subject_before``'s to find, the person a "quote" verb names ``cue_quoted``'s. Turning a
pronoun, a role noun or a dropped subject into a name is ``speaker_resolve``'s job;
ordering the cues is ``speakers``'.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.antecedent import antecedent, person_mention
from reader.analysis.clause_subject import clause_subject
from reader.analysis.coref import org_antecedent
from reader.analysis.cue_quoted import quoted_object, quoted_person
from reader.analysis.lowercase import lower_in_place
from reader.analysis.main_subject import later_subject, main_subject
from reader.analysis.phrase_search import after_comma, first_words, tails
from reader.analysis.phrases import noun_phrase
from reader.analysis.relay_clauses import words_author
from reader.analysis.sentence_subject import sentence_subject
from reader.analysis.speaker_clauses import inside_source_clause
from reader.analysis.speaker_context import (
    WORD,
    Context,
    after_preposition,
    colon_before,
    mention,
    past_dateline,
    skip_space,
)
from reader.analysis.subject_after import subject_after
from reader.analysis.subject_before import cue_subject_before
from reader.core.model import Speaker


def recent_reporter(ctx: Context, start: int, last_end: int) -> Speaker | None:
    """``X said the plan would fail. "We need time."``: a quotation with no cue of its
    own, after a sentence of its paragraph (or the one before) whose subject reported
    something since the last quotation, belongs to that subject."""
    block_start = ctx.block_of[start][0]
    floor = max(last_end, start - 400, 0)
    if ctx.text.count("\n\n", floor, block_start) > 1:
        # no further back than the paragraph before the quotation's own; a raya turn
        # only its own (the narration before a turn is ``after_narration``'s to read)
        before = ctx.text.rfind("\n\n", floor, max(floor, block_start - 2)) + 2
        floor = block_start if ctx.text[start] in "—–" else before
    verbs = ctx.reporting_in(floor, start)
    if not verbs:
        return None
    verb = verbs[-1]
    index = bisect.bisect_right(ctx.sentence_starts, verb.start()) - 1
    sent_start = ctx.sentence_starts[index] if index >= 0 else 0
    main = [
        word
        for word in ctx.reporting_in(max(sent_start, floor), verb.start())
        if not _relative_verb(ctx, ctx.text, word)  # "One nurse, who asked not to be named,"
    ]
    if main:
        verb = main[0]  # the main clause's verb: "X declaró … que vio …"
    subject, _ = cue_subject_before(ctx, max(sent_start, floor), verb.start())
    if subject is None:
        subject = subject_after(ctx, verb.end(), min(start, ctx.sentence_end(verb.start())))
    return subject


def cue_colon(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    """``X: «…»``: a person or organisation right before the colon."""
    colon, sent_start = colon_before(ctx, start)
    if colon < 0:
        return None, False
    found = ctx.entities_in(sent_start, colon)
    if found and colon - found[-1].end <= 1:
        entity = found[-1]
        if (
            entity.label in ("PER", "ORG")
            and not after_preposition(ctx, entity)
            and _opens_clause(ctx, sent_start, entity.start)
        ):  # not "… en una entrevista en la Cadena SER: «…»"
            return mention(ctx, entity.start, entity.end, entity.canonical), False
    return None, False


def cue_colon_loose(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    """``X, que …, lo resumió así en Europa: «…»``: the subject of the clause."""
    colon, sent_start = colon_before(ctx, start)
    if colon < 0:
        return None, False
    subject = sentence_subject(ctx, sent_start, colon) or _past_opening(ctx, sent_start, colon)
    subject = subject or _pronoun_opening(ctx, sent_start, colon)  # "She was blunt:"
    if subject is not None and not _opens_clause(ctx, sent_start, subject.start):
        # "Sobre la expulsión de su lateral X, fue tajante: «…»": X is spoken about;
        # the clause's subject is dropped
        return None, True
    return subject, False


def _pronoun_opening(ctx: Context, sent_start: int, colon: int) -> Speaker | None:
    """``She is plain about the future:`` ¶ ``"…"``: the pronoun opening the colon's
    sentence is its subject, resolved as in '"…," she said'."""
    first = WORD.match(ctx.text, skip_space(ctx.text, sent_start, colon), colon)
    if first is None or first.group().lower() not in ctx.lex.pronouns:
        return None
    return mention(ctx, first.start(), first.end())


def _past_opening(ctx: Context, sent_start: int, colon: int) -> Speaker | None:
    """``En un extenso comunicado difundido tras …, el sindicato explica así sus motivos:``
    the subject after a prepositional opening phrase."""
    first = WORD.search(ctx.text, sent_start, colon)
    if first is None or first.group().lower() not in ctx.lex.prepositions:
        return None
    return clause_subject(ctx, sent_start, colon)


def _opens_clause(ctx: Context, sent_start: int, pos: int) -> bool:
    """Only an article or capitalised title words stand between the clause's start
    (the sentence's or a comma's) and ``pos``; no preposition governs it."""
    comma = ctx.text.rfind(",", sent_start, pos)
    clause = past_dateline(ctx.text, comma + 1 if comma >= 0 else sent_start, pos)
    words = [w.lower() for w in WORD.findall(ctx.text, clause, pos)]
    if (
        2 < len(words) <= 6
        and words[0] in ctx.lex.determiners
        and words[1] in ctx.lex.titles
        and not ctx.entities_in(clause, pos)
    ):
        return True  # "El concejal de la oposición X": the role's complement, X its name
    return not any(w in ctx.lex.prepositions for w in words)


def cue_verb_before(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    text = ctx.text
    sent_start = ctx.sentence_of[start][0]
    verbs = []
    relative = None
    for word in ctx.reporting_in(sent_start, start):
        if _relative_verb(ctx, text, word):
            relative = word
            continue  # "Otro comprador, que pidió el anonimato, fue …": no main verb
        if _nominal(ctx, text, word):
            continue
        verbs.append(word)
        quoted = quoted_person(ctx, word) or quoted_object(ctx, word)  # "quoted him as"
        if quoted is not None:
            return quoted, False
    if not verbs:
        if relative is not None and "," not in text[relative.end() : start]:
            return antecedent(ctx, sent_start, relative.start()), False
        return None, False
    if _parenthetical(text, verbs[-1]):
        # "X dijo que …, en una zona donde, subrayó, los pozos «…»": an aside of the
        # sentence's speaker, whose subject is dropped; but the sentence's only verb
        # right before the quotation is its main one ("Smith, who spoke to reporters,
        # added, "…"")
        if len(verbs) > 1:
            verbs.pop()
        elif WORD.search(text, verbs[-1].end(), start) is not None:
            return None, True
    if relative is not None and relative.start() > verbs[-1].start():
        # "La agencia recogió las palabras del alcalde, X, que afirmó que «…»": the
        # quotation hangs on the last relative clause, whose person antecedent speaks;
        # not a thing's ("defendió la oferta del Ejecutivo, que calificó de «…»")
        host = antecedent(ctx, sent_start, relative.start())
        if host is not None and person_mention(ctx, host):
            return host, False
    opening = WORD.findall(text[max(sent_start, verbs[0].start() - 40) : verbs[0].start()].lower())
    while opening and opening[-1] in ctx.lex.auxiliaries:
        opening.pop()
    lead = " " + " ".join(opening)
    if opening and lead.endswith(tails(ctx.lex.according)):
        relayed = [v for v in verbs[1:] if text.find(",", verbs[0].end(), v.start()) >= 0]
        if not relayed:
            return None, False  # "según ha informado X": the according rule names X
        # "según recoge la agencia, X afirmó «…»": X speaks, not the outlet
        clause = text.find(",", verbs[0].end(), relayed[0].start()) + 1
        speaker, _ = cue_subject_before(ctx, clause, relayed[0].start())
        opener = WORD.search(text, clause, relayed[0].start())
        relative = opener is not None and opener.group().lower() in ctx.lex.relatives
        # "según informó X, que señaló …": no new subject, the according rule names X
        return speaker, speaker is None and not relative
    opener = WORD.match(text, skip_space(text, sent_start, start), start)
    if opener is not None and opener.group().lower() in first_words(ctx.lex.according):
        comma = text.find(",", opener.end(), verbs[0].start())
        if comma > 0:  # "Según recogió la agencia TASS, el jefe del Kremlin dijo …"
            sent_start = comma + 1
    if inside_source_clause(ctx, verbs, start):
        return None, False  # "…, según informó X en una nota en la que aseguraba que «…»"
    author = words_author(ctx, verbs)
    if author is not None:
        return author, False  # "RTVE recoge unas declaraciones del ministro X en las que afirma"
    clause, later = _past_contrast(ctx, sent_start, verbs)
    closed = _COORDINATED.search(text, clause, verbs[-1].start()) is not None
    if WORD.search(text, clause, later[0].start()) is not None and not closed:
        # "…, aunque el sindicato reclama …, y acusó a X de «…»": the coordinated verb
        # closes the contrast clause and goes back to the main subject
        sent_start, verbs = clause, later  # "…, aunque precisaron …": no subject of its own
    passive = _passive_speaker(ctx, verbs[0], start) if _passive(ctx, verbs[0]) else None
    if passive is not None:
        return passive, False  # "Parents were told in a letter", "was announced by X"
    if _verb_first(ctx, sent_start, verbs[0]):
        # "Said Harlequins coach Declan Foyle, speaking …: «…»": the verb opens the
        # sentence and the name of its subject follows it
        inverted = subject_after(ctx, verbs[0].end(), start) or _adverbial_then_person(
            ctx, verbs[0]
        )
        if inverted is not None:
            return inverted, False
    own = _own_clause_subject(ctx, verbs) or later_subject(ctx, sent_start, verbs, end)
    if own is not None:
        return own, False  # "X dijo que era «justa» y el sindicato respondió que …"
    # The main clause's verb comes first ("X añadió que … pidió …"); its subject wins.
    first = main_subject(ctx, sent_start, verbs[0], start)  # "X, …, y aseguró"
    if first is not None:
        return first, False
    verb = verbs[-1]
    between = text[max(sent_start, verb.start() - 8) : verb.start()]
    if re.search(r"[”»\"],?\s+(?:y|e|and)\s+$", between):
        return None, True  # "..., y aseveró que": the same speaker as before
    return cue_subject_before(ctx, sent_start, verb.start())


# ", y acusó", ", y además acusó": a verb coordinated after a comma, no subject of its own
_COORDINATED = re.compile(
    r",\s+(?:y|e|and)\s+(?:(?:también|además|luego|después|also|then|later)\s+)?$"
)

# a closed quotation, then a conjunction that may open a clause of its own (not "y que
# …", "and that …": a second clause the first verb reports)
_AFTER_QUOTE = re.compile(r"[”»\"],?\s+(?:y|e|pero|and|but)\s+(?!(?:que|that)\b)")


def _own_clause_subject(ctx: Context, verbs: list[re.Match[str]]) -> Speaker | None:
    """``X dijo que la oferta era «justa» y el sindicato respondió que era «…»``, ``Brown
    said it was "fair" and Green said it was "…"``: after a closed quotation a conjunction
    opens a new clause whose own subject stands before the last reporting verb; that
    subject speaks, not the first clause's. With no subject of its own (``«…», y aseveró``)
    the verb goes on with the first one's."""
    if len(verbs) < 2:
        return None
    verb = verbs[-1]
    joints = list(_AFTER_QUOTE.finditer(ctx.text, verbs[-2].end(), verb.start()))
    if not joints:
        return None
    clause = joints[-1].end()
    speaker, _ = cue_subject_before(ctx, clause, verb.start())
    if speaker is None or speaker.start < clause:
        return None
    return speaker


def _parenthetical(text: str, verb: re.Match[str]) -> bool:
    """``…, subrayó, …``: a verb alone between two commas, its subject dropped: an aside
    of the sentence's speaker, not a new clause with a subject of its own."""
    before = text[max(0, verb.start() - 2) : verb.start()]
    return before == ", " and text[verb.end() : verb.end() + 1] == ","


def _passive(ctx: Context, verb: re.Match[str]) -> bool:
    """``Parents were told …``: a passive reporting verb, whose subject was spoken to."""
    before = ctx.text[max(0, verb.start() - 12) : verb.start()].split()
    return bool(before) and before[-1].lower() in ctx.lex.passive_auxiliaries


_IN_DOCUMENT = re.compile(r"\b(?:in|en) (?:an?|un|una|the|el|la) ([^\W\d_]+)")
_AGENT = re.compile(r"\s+(?:by|por)\s+")


def _passive_speaker(ctx: Context, verb: re.Match[str], start: int) -> Speaker | None:
    """Who said it when the verb is passive: the agent after "by"/"por", else the body
    behind the document the sentence names ("told in a letter"); None leaves the usual
    subject rules to decide."""
    agent = _AGENT.match(ctx.text, verb.end(), start)
    if agent is not None:
        return subject_after(ctx, agent.end(), start)
    return _document_issuer(ctx, verb, start)


def _document_issuer(ctx: Context, verb: re.Match[str], start: int) -> Speaker | None:
    """The body behind the document the passive names ("told in a letter"), if any."""
    document = _IN_DOCUMENT.search(ctx.text, verb.end(), start)
    if document is None or document.group(1).lower() not in ctx.lex.document_nouns:
        return None
    name = org_antecedent(ctx, document.start(), document.group(1))
    if not name:
        return None
    return mention(ctx, document.start(1), document.end(1), name)


def _verb_first(ctx: Context, sent_start: int, verb: re.Match[str]) -> bool:
    """A capitalised reporting verb opening the sentence, right before a name (not a
    dropped subject: "Insistió en que …", "Asked whether …")."""
    text = ctx.text
    before = WORD.findall(text, sent_start, verb.start())
    if before and len(before) <= 2 and all(w.lower() in ctx.lex.clitics for w in before):
        # "Le respondió horas después X: «…»": clitics before the verb, an adverbial after
        return before[0][:1].isupper() and _adverbial_then_person(ctx, verb) is not None
    if not verb.group()[:1].isupper() or before:
        return False
    after = verb.end()
    if text[after : after + 1] != " ":
        return False
    if text[after + 1 : after + 2].isupper():
        return True
    following = WORD.match(text, after + 1)  # "Said one European diplomat: «…»"
    if following is None:
        return False
    if following.group() in ctx.lex.articles and following.group().islower():
        # "Sostiene la patronal, en cambio, que …": the subject after the verb, when the
        # phrase names someone (a role, a body, a source); "Dijo el martes que" does not
        phrase = noun_phrase(ctx, following.start(), ctx.sentence_end(after))
        named = ctx.entity_starting(skip_space(text, following.end(), len(text)))
        end = phrase.end if phrase is not None else named.end if named is not None else -1
        if end < 0 or (phrase is None and named is not None and named.label == "LOC"):
            return False
        tail = WORD.match(text, skip_space(text, end, len(text)))
        if tail is not None and tail.group() in ctx.lex.prepositions:  # "Insiste X en que"
            tail = WORD.match(text, skip_space(text, tail.end(), len(text)))
        return text[end : end + 1] == "," or (
            tail is not None and tail.group() in ctx.lex.complementizers
        )  # "Defendió el texto desde la tribuna la ministra": the object comes first
    return following.group() in ctx.lex.indefinites


def _adverbial_then_person(ctx: Context, verb: re.Match[str]) -> Speaker | None:
    """The person named after a verb and a short lower-case adverbial ("respondió horas
    después X", "contestó al día siguiente X"), not governed by a preposition ("dijo
    luego a X"): the inverted subject."""
    text = ctx.text
    limit = min(len(text), verb.end() + 80)
    for entity in ctx.entities_in(verb.end(), limit):
        words = WORD.findall(text, verb.end(), entity.start)
        if len(words) > 4 or any(not w.islower() for w in words):
            return None
        if any(c in text[verb.end() : entity.start] for c in ",.;:«“\""):
            return None
        if entity.label != "PER" or after_preposition(ctx, entity):
            return None
        return mention(ctx, entity.start, entity.end, entity.canonical)
    return None


def _past_contrast(
    ctx: Context, sent_start: int, verbs: list[re.Match[str]]
) -> tuple[int, list[re.Match[str]]]:
    """``X consideran que …, mientras que la gestora Y advierte de que «…»``: a clause
    opened by a contrast has its own subject; the quotation after its verb is Y's."""
    lowered = lower_in_place(ctx.text[sent_start : verbs[-1].start()])
    if after_comma(ctx.lex.contrasts, "".join(_CLOSING_MARKS)).search(lowered) is None:
        return sent_start, verbs  # most sentences: no contrast after a comma
    best = -1
    quoted = any("," + mark in lowered for mark in _CLOSING_MARKS)
    for phrase in ctx.lex.contrasts:
        at = lowered.rfind(", " + phrase + " ")
        best = max(best, at + len(phrase) + 3 if at >= 0 else -1)
        # '… was "no longer safe," while the lawyer, Y, said …': the comma inside the
        # quotation's closing mark opens the contrast the same way
        for mark in _CLOSING_MARKS if quoted else ():
            at = lowered.rfind("," + mark + " " + phrase + " ")
            best = max(best, at + len(phrase) + 4 if at >= 0 else -1)
    if best < 0:
        return sent_start, verbs
    clause = sent_start + best
    later = [v for v in verbs if v.start() >= clause]
    return (clause, later) if later else (sent_start, verbs)


_CLOSING_MARKS = ('"', "”", "»", "’")


def _relative_verb(ctx: Context, text: str, verb: re.Match[str]) -> bool:
    """A reporting verb in a relative clause set off by a comma (``X, que pidió …,``,
    ``X, who asked not to be named,``): it says nothing about who speaks."""
    before = text[max(0, verb.start() - 30) : verb.start()]
    comma = before.rfind(",")
    if comma < 0:
        return False
    words = WORD.findall(before[comma + 1 :].lower())
    return bool(words) and words[0] in ctx.lex.relatives and len(words) <= 2


def _nominal(ctx: Context, text: str, verb: re.Match[str]) -> bool:
    """A participle used as a noun after a determiner ("En un comunicado conjunto")."""
    before = WORD.findall(text, max(0, verb.start() - 12), verb.start())
    if not before:
        return False
    word = before[-1].lower()
    plural = word.endswith("s") or word in ctx.lex.number_words  # "varios dijeron"
    if word in ctx.lex.articles or (word in ctx.lex.indefinites and not plural):
        return True
    # "El jefe de obra acusado de dos homicidios …, X, aseguró": a participle right after
    # a noun describes it; only an auxiliary before it ("ha acusado") makes it a verb
    participle = verb.group().lower().endswith(tuple(ctx.lex.non_finite_endings))
    adjacent = text[verb.start() - len(word) - 1 : verb.start()] == before[-1] + " "
    return participle and adjacent and before[-1].islower() and word not in ctx.lex.auxiliaries
