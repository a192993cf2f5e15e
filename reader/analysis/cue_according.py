"""Cues with no reporting verb: ``según X`` / ``according to X``, ``a su juicio``, and a
partial quotation in a sentence whose subject opens it.

``según el portavoz, X,``, ``en palabras del capitán, Álvaro Morata,``, ``Para X, …``
(``next_sentence.opinion_holder``), ``The pilots' union blamed the outage on "…"``.
Split from ``speaker_cues`` (the cues found around a reporting verb).
"""

from __future__ import annotations

import re

from reader.analysis.coref import org_antecedent, role_holder
from reader.analysis.lowercase import lower_in_place
from reader.analysis.next_sentence import opinion_holder
from reader.analysis.phrase_search import heads
from reader.analysis.sentence_subject import sentence_subject
from reader.analysis.speaker_context import WORD, Context, mention, past_dateline
from reader.analysis.subject_after import subject_after
from reader.core.model import Speaker

_ROLE_COMMA = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+,\s+")


def cue_according(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    sent_start, sent_end = ctx.sentence_of[start]
    lead = ctx.text[sent_start:start].lower()
    if any(lead.startswith(view) for view in ctx.lex.own_views):
        return None, True  # "A su juicio, el castigo es «exagerado»": whoever spoke last
    # a semicolon closes the quotation's clause: "…obedece a «…»; según los datos de X, …"
    semi = ctx.text.rfind(";", sent_start, start)
    low = semi + 1 if semi >= 0 else sent_start
    semi = ctx.text.find(";", end, sent_end)
    sent_end = semi if semi >= 0 else sent_end
    lowered = lower_in_place(ctx.text[low:sent_end])
    # the first attribution of the sentence holds the view: "En opinión de X, … «…»,
    # según un comunicado …" is X's
    found = sorted(
        (lowered.find(phrase), -len(phrase), phrase)
        for phrase in ctx.lex.according
        if lowered.find(phrase) >= 0
    )
    for index, _, phrase in found:
        if index >= 0:
            relay = any(lowered.startswith(relay, index) for relay in ctx.lex.relayed)
            document = _document_relays(ctx, low + index, sent_end) if relay else None
            if document is not None:
                return document, False  # the record speaks (as the one that spoke before)
            if relay:
                # "X fue más allá en la radio, según recoge el portal: «…»": X speaks
                subject = sentence_subject(ctx, sent_start, low + index)
                if subject is not None and subject.name:
                    return subject, False
            pos = low + index + len(phrase)
            named = _named_in_apposition(ctx, pos, sent_end)
            if named is not None:
                return named, False  # "en palabras del capitán, Álvaro Morata,"
            subject = subject_after(ctx, pos + 1, sent_end) or _body_noun(ctx, pos, sent_end)
            if subject is None:
                found = [
                    e
                    for e in ctx.entities_in(pos, min(sent_end, pos + 80))
                    if not ctx.in_quote(e.start)  # no name inside the quotation itself
                ]
                if found:
                    e = found[0]
                    subject = mention(ctx, e.start, e.end, e.canonical)
            if subject is not None:
                return _document_author(ctx, subject) or subject, False
    return opinion_holder(ctx, sent_start, start), False


def _document_relays(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """``…, pero, según recoge el fallo, no aportó «…»``: a document that records the
    words (``document_nouns``) is their source, named by its noun (``same_document``
    gives it the document that spoke before); an outlet relays someone else's words."""
    words = list(WORD.finditer(ctx.text, pos, min(limit, pos + 40)))[2:4]
    for word in words:
        if word.group().lower() in ctx.lex.document_nouns:
            return Speaker(word.start(), word.end(), word.group(), word.group().lower())
    return None


_AUTHOR = re.compile(r"\s+(?:de|del|of)\s+((?:la|el|los|las|the)\s+)?([^\W\d_]+)")


def _document_author(ctx: Context, phrase: Speaker) -> Speaker | None:
    """``según el escrito de la fiscal``: a document written by a person speaks as that
    person (the one who holds the role, else the role itself)."""
    words = WORD.findall(phrase.text.lower())
    head = next((w for w in words if w in ctx.lex.document_nouns), "")
    if not head:
        return None
    at = lower_in_place(phrase.text).find(head) + len(head)
    author = _AUTHOR.match(phrase.text, at)
    if author is None:
        return None
    start = phrase.start + author.start(1 if author.group(1) else 2)
    end = phrase.start + author.end(2)
    person = ctx.entity_starting(phrase.start + author.start(2))
    if person is not None:
        return mention(ctx, person.start, person.end, person.canonical) if (
            person.label == "PER"
        ) else None
    noun = author.group(2).lower()
    if noun not in ctx.lex.role_nouns:
        return None
    role = Speaker(start, end, ctx.text[start:end], "")
    return Speaker(start, end, role.text, role_holder(ctx, role) or noun)


def according_opening(ctx: Context, sent_start: int, sent_end: int) -> Speaker | None:
    """The source of a sentence that opens with ``según X,`` (``Según la investigadora,
    que …, el hielo ha pasado …``): whom a following ``Añade que «…»`` continues."""
    sent_start = past_dateline(ctx.text, sent_start, sent_end)
    lowered = ctx.text[sent_start : sent_start + 30].lower()
    for phrase in ctx.lex.according:
        if lowered.startswith(phrase + " "):
            pos = sent_start + len(phrase)
            named = _named_in_apposition(ctx, pos, sent_end)
            return named or subject_after(ctx, pos + 1, sent_end)
    return None


def cue_in_clause(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    """``The pilots' union, the X, blamed the outage on "decades of …"``: a partial
    quotation inside a sentence with no reporting verb belongs to the sentence's subject
    when the sentence opens with it."""
    sent_start = ctx.sentence_of[start][0]
    if len(WORD.findall(ctx.text, sent_start, start)) < 3:
        return None, False
    subject = sentence_subject(ctx, sent_start, start)
    if subject is None or subject.start - sent_start > 60:
        return None, False
    return subject, False


_ARTICLE_NOUN = re.compile(r"\s+([^\W\d_]+)\s+([^\W\d_]+)")


def _body_noun(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """``según la gremial``, ``según la minera``: an article and a noun that stands for
    the organisation named before (``standalone_org_nouns``): that organisation."""
    words = _ARTICLE_NOUN.match(ctx.text, pos, limit)
    if words is None or words.group(1).lower() not in ctx.lex.articles:
        return None
    noun = words.group(2)
    if not noun.islower() or noun not in ctx.lex.standalone_org_nouns:
        return None
    name = org_antecedent(ctx, words.start(1), noun)
    return mention(ctx, words.start(1), words.end(2), name) if name else None


def _named_in_apposition(ctx: Context, pos: int, limit: int) -> Speaker | None:
    """A role in lower case, a comma and a person: the person ("del capitán, X,")."""
    gap = _ROLE_COMMA.match(ctx.text, pos, limit)
    if gap is None or not WORD.findall(gap.group())[-1].islower():
        return None
    person = ctx.entity_starting(gap.end())
    if person is None or person.label != "PER":
        return None
    return mention(ctx, person.start, person.end, person.canonical)


def cue_according_after(ctx: Context, start: int, end: int) -> tuple[Speaker | None, bool]:
    """``El Gobierno cree que la huelga es «injustificada», según su portavoz, X``: a
    ``según`` right after the quotation names who said it, before the sentence's verb
    names the body; only a person counts (a document after it is the verb's source)."""
    gap = ctx.text[end : end + 3]
    if not gap.startswith(","):
        return None, False
    pos = end + 1 + (len(gap) > 1 and gap[1] == " ")
    lowered = ctx.text[pos : pos + 30].lower()
    if not lowered.startswith(heads(ctx.lex.according)):
        return None, False
    speaker, _ = cue_according(ctx, start, end)
    if speaker is None:
        return None, False
    named = ctx.entity_starting(speaker.start)
    person = named is not None and named.label == "PER"
    return (speaker, False) if person and speaker.start > end else (None, False)
