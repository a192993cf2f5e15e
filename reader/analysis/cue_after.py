"""The speaker tag right after a quotation: ``«…», dijo X``, ``"…," he said``.

``"…," X said``, ``…”, señala el comunicado``, ``"…," a port official said``, ``"…," it
said in a statement``, ``«…», ha espetado Montero``, a new sentence after the closing mark
(``Así lo aseguró X``, ``next_sentence``). Split from ``speakers``, which orders the cues;
which body "it" stands for is ``body_pronoun``'s.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis.anonymous import anonymous_phrase
from reader.analysis.body_pronoun import organisation_before
from reader.analysis.cue_quoted import passive_subject, quoted_person, quoted_pronoun
from reader.analysis.inverted_tag import inverted_subject
from reader.analysis.next_sentence import so_said
from reader.analysis.phrase_search import heads
from reader.analysis.phrases import noun_phrase
from reader.analysis.speaker_context import (
    WORD,
    Context,
    after_preposition,
    mention,
    past_dateline,
    skip_space,
)
from reader.analysis.subject_after import subject_after
from reader.core.model import Entity, Speaker

_AFTER = re.compile(r"[\s,.;:]*(?:[—–-]\s*)?")


def cue_after(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    text = ctx.text
    block_end = ctx.block_of[start][1]
    gap = _AFTER.match(text, end, block_end)
    pos = gap.end() if gap else end
    block_start = ctx.block_of[start][0]
    if pos >= block_end and past_dateline(text, block_start, start) == start:
        # «…» ¶ "Con esas palabras despedía X …"; a lead quotation after its dateline too
        # ('SYDNEY (AAP) - "…" ¶ So said councillor X')
        return _next_paragraph(ctx, block_end)
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


def cue_closing_tag(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    """``It was "too early to say" whether the cases were linked, Dr. Haddad said.``: a
    quotation inside a reported clause whose sentence closes with the tag after its last
    comma (a name, a pronoun or a noun phrase, then the verb and at most a short
    adverbial)."""
    sent_end = min(ctx.sentence_end(start), ctx.block_of[start][1])
    comma = ctx.text.rfind(",", end, sent_end)
    if comma < 0 or sent_end - comma > 90:
        return None, False
    tail = ctx.text[comma + 1 : sent_end]
    if any(mark in tail for mark in _QUOTE_MARKS) or ctx.next_quote(end) < sent_end:
        return None, False  # another quotation in the sentence: its tag, not this one's
    pos = skip_space(ctx.text, comma + 1, sent_end)
    word = WORD.match(ctx.text, pos, sent_end)
    if word is None or not word.group()[:1].isupper() and word.group() not in ctx.lex.pronouns:
        return None, False  # "…, he said", "…, Dr. Haddad said": a name or a pronoun opens it
    speaker, _ = _after_cue(ctx, pos, word, sent_end)
    if speaker is None:
        return None, False
    rest = [w.lower() for w in WORD.findall(ctx.text, speaker.end, sent_end)]
    if len(rest) > 6 or any(w in ctx.lex.complementizers for w in rest):
        return None, False  # "…, X said that …": a reported clause of its own
    return speaker, False


_QUOTE_MARKS = ('"', "“", "”", "«", "»")


def _next_paragraph(ctx: Context, block_end: int) -> tuple[Speaker | None, bool]:
    """A quotation that is a paragraph of its own, then a paragraph that says whose words
    they were ("Con esas palabras despedía a la librería el escritor X", "Así lo explicó
    X"): that paragraph's cue."""
    text = ctx.text
    pos = block_end
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos >= len(text) or pos - block_end > 4:
        return None, False
    end = text.find("\n", pos)
    return so_said(ctx, pos, end if end >= 0 else len(text))


_TAG_END = re.compile(r"\s*[.,;]")  # a speech tag closes: punctuation after the verb


def _new_sentence_after(text: str, end: int, speaker: Speaker) -> bool:
    """'"…in its current form." Ward said the plan …': a new sentence, not a speech tag."""
    if text[end - 2 : end - 1] not in ".!?" or _lower_tag_verb(text, end, speaker):
        return False
    verb = WORD.search(text, speaker.end, speaker.end + 30)
    if verb is not None and text[verb.end() : verb.end() + 1] == ":":
        return True  # "… slogans." Her manager, X, added: "…": the tag opens the next one
    closed = re.match(r"\s*(?:[.,;]|$)", text[speaker.end : speaker.end + 12])
    if closed is not None and closed.group().strip() == ",":
        # '…." Okabe, asked about the decision, said he had …': past the apposition, the
        # verb must close the tag as well, or a new sentence reports on its own
        aside = _TO_VERB.match(text, speaker.end)
        verb = WORD.match(text, aside.end()) if aside is not None else None
        if verb is not None and verb.start() > speaker.end + 2:
            return not re.match(r"\s*(?:[.,;:]|$)", text[verb.end() : verb.end() + 4])
    tag_ends = closed or _TAG_END.match(text, _verb_end(text, speaker))  # no copy of the rest
    return not tag_ends


def _lower_tag_verb(text: str, end: int, speaker: Speaker) -> bool:
    """'"…?" said X, 59, who …': a lower-case word between the closing mark and the
    speaker opens no sentence, so the verb before the name is the tag's, whatever follows
    the name's apposition."""
    word = WORD.search(text, end, speaker.start)
    return word is not None and word.group().islower()


def _verb_end(text: str, speaker: Speaker) -> int:
    """End of the word after the speaker mention (``Ward said``)."""
    word = WORD.match(text, speaker.end + 1, speaker.end + 30)
    return word.end() if word else speaker.end


def _after_cue(
    ctx: Context, pos: int, word: re.Match[str], block_end: int
) -> tuple[Speaker | None, bool]:
    """The speaker named right after a quotation: ``, dijo X``, ``, X said``, ``he said``."""
    text = ctx.text
    limit = min(block_end, word.end() + 130, ctx.sentence_end(pos))
    # '"…," said X'; '"…?" asked X', '"…!" shouted X': a question or an exclamation
    # closes without a comma, and the lower-case word after it is still the tag's verb
    tagged = any(mark in text[max(0, pos - 4) : pos] for mark in ",—?!")
    following = text[pos : pos + 20].lower()
    if following.startswith(heads(ctx.lex.contrasts)):
        return None, False  # "«…», mientras que la patronal X advierte": X's own clause
    clitic = word.group().lower() in ctx.lex.clitics and tagged
    if clitic:  # "—le pregunta un vecino"
        document = _read_in(ctx, word, limit)
        if document is not None:
            return document, False  # "«…», se lee en el comunicado difundido por CCOO"
        word = WORD.match(text, skip_space(text, word.end(), limit), limit) or word
        if not ctx.lex.is_reporting(word.group()) and verb_soon(ctx, word.end(), limit):
            # "«…», se limitó a decir": the subject is dropped, unless it follows the
            # infinitive ("se limitó a decir el alcalde, X")
            said = next(
                w for w in WORD.finditer(text, word.end(), limit) if ctx.lex.is_reporting(w.group())
            )
            subject = subject_after(ctx, said.end(), limit)
            if subject is not None and subject.start >= said.end():
                return subject, False
            return None, True
    relay = _relay_verb(ctx, pos, limit) if tagged else None
    passive = passive_subject(ctx, pos, relay) if relay is not None else None
    if passive is not None:
        return passive, False  # '"…," she was quoted as saying'
    if relay is not None and quoted_pronoun(ctx, relay):
        return None, True  # '"…," the agency quoted him as saying': the last speaker
    quoted = quoted_person(ctx, relay) or _role_person(ctx, relay, limit) if relay else None
    if quoted is not None:
        return quoted, False  # '"…," KCNA quoted leader Kim Jong Un as saying'
    aside = "—" in text[max(0, pos - 3) : pos] and word.group().islower()
    tag_verb = tagged and (
        ctx.lex.is_tag_verb(word.group())  # "«…», razonó X"
        or inverted_subject(ctx, word, limit)  # "«…», razona la empresa"
    )
    if tag_verb or (aside and word.group() not in ctx.lex.function_words):
        if word.group().lower() in ctx.lex.outlet_verbs and _speaker_before(ctx, pos):
            return None, False  # "X dijo que «…», informa Europa Press": the outlet relays X
        subject = subject_after(ctx, word.end(), limit)
        asked = "?" in text[max(0, pos - 5) : pos] and "—" in text[max(0, pos - 3) : pos]
        if subject is None and clitic and asked:
            return None, False  # "—¿Y el portero? —le preguntaron.": asked of, not by, X
        return subject, subject is None
    anonymous = anonymous_phrase(ctx, pos, limit)
    if anonymous is not None and (
        verb_soon(ctx, anonymous.end, limit)
        or _verb_follows(ctx, anonymous.end, limit)
        or _verb_past_complement(ctx, anonymous.end, limit)
    ):
        return anonymous, False  # '"…," a port official said', '"…," one of them, a …, said'
    if word.group().lower() in ctx.lex.thing_pronouns and _verb_follows(ctx, word.end(), limit):
        return organisation_before(ctx, pos, word), False  # '"…," it said in a statement'
    entity = ctx.entity_at(pos)
    if entity is None and word.group().lower() in ctx.lex.articles:
        # '"…," the White House said': a seat of power typed as a place speaks for it
        seat = ctx.entity_starting(skip_space(text, word.end(), limit))
        entity = seat if seat is not None and seat.label == "LOC" else None
    first = entity or (word if word.group().lower() in ctx.lex.pronouns else None)
    if first is not None and _verb_follows(ctx, _past_employer(ctx, _end(first), limit), limit):
        if entity is not None:
            return mention(ctx, entity.start, entity.end, entity.canonical), False
        return mention(ctx, word.start(), word.end()), False
    subject = noun_phrase(ctx, pos, limit)
    if subject is not None and _verb_follows(ctx, subject.end, limit):
        return subject, False
    held = _of_person(ctx, subject, limit) if subject is not None else None
    if held is not None:
        return held, False  # '"…," the family of Aaron Wells said': the family
    clause_end = text.find(",", pos, limit)
    for entity in ctx.entities_in(pos, clause_end if clause_end > 0 else limit):
        # '"…," chief financial officer X said', '"…," Dutch gas company Gasunie said',
        # '"…," lead author X, an ecologist at Y, told UPI': past the apposition too
        if _subordinate(ctx, pos, entity.start):
            break  # "«…» y que la Comunidad garantizará …": a reported clause goes on
        after = WORD.match(text, entity.end + 1, limit)
        reports = after is not None and ctx.lex.is_reporting(after.group())
        if entity.label == "PER" and not reports and text[entity.end : entity.end + 1] == ",":
            reports = _role_words(ctx, pos, entity.start) and _verb_follows(ctx, entity.end, limit)
        if entity.label in ("PER", "ORG") and reports and not after_preposition(ctx, entity):
            return mention(ctx, entity.start, entity.end, entity.canonical), False
    return None, False


def _subordinate(ctx: Context, pos: int, name_start: int) -> bool:
    """A complementizer between the quotation and a name (``«…» y que la Comunidad
    garantizará``, ``"…" and that the council agreed``): the name is the subject of a
    clause the earlier verb reports, never a tag's; a tag holds no "que"/"that"."""
    words = WORD.findall(ctx.text, pos, name_start)
    return any(w.lower() in ctx.lex.complementizers for w in words)


def _role_words(ctx: Context, pos: int, name_start: int) -> bool:
    """At most four lower-case words, none a function word, from ``pos`` to a name: a
    role before it ("lead author", "head coach"), not a clause of its own."""
    words = WORD.findall(ctx.text, pos, name_start)
    return len(words) <= 4 and all(w.islower() and w not in ctx.lex.function_words for w in words)


def _of_person(ctx: Context, phrase: Speaker, limit: int) -> Speaker | None:
    """``the family of Aaron Wells said``: a noun phrase, "of" and a person, then the
    verb: the phrase with its complement speaks (never the person inside it)."""
    link = _OF_ORG.match(ctx.text, phrase.end, limit)
    person = ctx.entity_starting(link.end()) if link is not None else None
    if person is None or person.label != "PER" or not _verb_follows(ctx, person.end, limit):
        return None
    words = WORD.findall(phrase.text)
    opener = words[0].lower() in ctx.lex.articles if words else False
    first = phrase.start + (phrase.text.find(words[1]) if opener and len(words) > 1 else 0)
    text = ctx.text[phrase.start : person.end]
    return Speaker(phrase.start, person.end, text, ctx.text[first : person.end])


_READ_IN = re.compile(r"\s+[^\W\d_]+\s+(?:en|in)\s+")


def _read_in(ctx: Context, clitic: re.Match[str], limit: int) -> Speaker | None:
    """``«…», se lee en el comunicado``, ``se afirma en el informe``: an impersonal verb,
    then "en" and a document: the document (named as its issuer when one is known)."""
    if clitic.group().lower() != "se":
        return None
    verb = _READ_IN.match(ctx.text, clitic.end(), limit)
    if verb is None:
        return None
    phrase = noun_phrase(ctx, verb.end(), limit)
    if phrase is None:
        return None
    words = WORD.findall(phrase.text.lower())
    if not any(w in ctx.lex.document_nouns for w in words):
        return None
    return phrase if phrase.name else Speaker(phrase.start, phrase.end, phrase.text, words[-1])


def _speaker_before(ctx: Context, pos: int) -> bool:
    """A reporting verb earlier in the quotation's sentence (outside quotations): the
    words were someone's before the outlet that relays them is named."""
    opened = bisect.bisect_right(ctx.quotes, (pos, len(ctx.text) + 1)) - 1
    quote_start = ctx.quotes[opened][0] if opened >= 0 else pos
    sent_start = ctx.sentence_of[quote_start][0]
    return bool(ctx.reporting_in(sent_start, quote_start))


def _relay_verb(ctx: Context, pos: int, limit: int) -> re.Match[str] | None:
    """A relaying verb ("quoted", "citó") among the tag's first words: the outlet quoted
    the speaker, who comes after it."""
    for count, word in enumerate(WORD.finditer(ctx.text, pos, limit)):
        if count > 7:
            return None
        lower = word.group().lower()
        if lower.startswith(("quot", "cit")) and ctx.lex.is_reporting(lower):
            return word
    return None


_LOWER_WORDS = re.compile(r"(?:\s+[a-z][\w\-]*){1,3}\s+")


def _role_person(ctx: Context, verb: re.Match[str], limit: int) -> Speaker | None:
    """``quoted leader Kim Jong Un``: a role in lower case, then the person holding it."""
    words = _LOWER_WORDS.match(ctx.text, verb.end(), limit)
    if words is None:
        return None
    person = ctx.entity_starting(words.end())
    if person is None or person.label != "PER":
        return None
    return mention(ctx, person.start, person.end, person.canonical)


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


_TO_VERB = re.compile(r"(?:,[^,.;:«»“”\"]{1,90}?(?=,))?,?\s+")


def _verb_follows(ctx: Context, pos: int, limit: int) -> bool:
    """A reporting verb right after ``pos``, past an apposition ("Roe, 54, told")."""
    gap = _TO_VERB.match(ctx.text, pos, limit)
    if gap is None:
        return False
    word = WORD.match(ctx.text, gap.end(), limit)
    for _ in range(3):  # '"…," X has said', '"…," X later told', '"…," X had also said'
        if word is None or (
            word.group().lower() not in ctx.lex.auxiliaries
            and word.group() not in ctx.lex.tag_adverbs
        ):
            break
        word = WORD.match(ctx.text, word.end() + 1, limit)
    if word is not None and word.group().lower() in ("read", "reads"):
        return True  # '"…," the statement read': only right after a quotation
    return word is not None and ctx.lex.is_tag_verb(word.group())  # '"…," X quipped'


_COMPLEMENT = re.compile(r"[^,.;:!?«»“”\"()—]{1,60}(?=,)")


def _verb_past_complement(ctx: Context, pos: int, limit: int) -> bool:
    """``an official at the coast guard, who was not authorised to speak, told AFP``: the
    phrase's complement, then an aside, then the verb."""
    complement = _COMPLEMENT.match(ctx.text, pos, limit)
    if complement is None or verb_soon(ctx, pos, complement.end()):
        return False
    return _verb_follows(ctx, complement.end(), limit)


def _end(item: Entity | re.Match[str]) -> int:
    return item.end if isinstance(item, Entity) else item.end()


_STOP_AFTER = re.compile(r"[,.;:!?«»“”\"()—]")


def verb_soon(ctx: Context, pos: int, limit: int) -> bool:
    """A reporting verb within a few words after ``pos`` and before any punctuation
    (``a passenger stranded in Denver told``)."""
    stop = _STOP_AFTER.search(ctx.text, pos, limit)
    end = stop.start() if stop else limit
    for count, word in enumerate(WORD.finditer(ctx.text, pos, end)):
        if count > 5:
            return False
        if ctx.lex.is_reporting(word.group()):
            return True
    return False
