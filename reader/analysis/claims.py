"""Check-worthy sentences: a score in [0, 1] and the reasons behind it.

A sentence is a candidate when it asserts something a checker can verify: figures,
percentages, money, dates with events, comparisons and superlatives, statements
attributed to someone, and factual statements about named entities. Each cue adds weight;
the reasons are shown to the user, so the score is explainable, never a verdict.
Headings and captions are never candidates; neither are questions and sentences about
the reporting itself (``procedural`` phrases). The reporter's narration is what counts:
a figure inside a quotation weighs little, and numbers that only date or name something
(a year, "July 1", an age, "la A-4") are no figures. At most half of an article's
body sentences are kept (issue 10: candidates were too generous).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from reader.analysis.claim_cap import at_most_half
from reader.analysis.claim_features import OPENING_MARKS, hidden_cues, told_cues
from reader.analysis.claim_gates import bare_tag, has_phrase, not_a_claim, phrase_index
from reader.analysis.claim_numbers import (
    NAME_NUMBER,
    YEAR,
    counted_in_words,
    uncounted,
    unnamed,
)
from reader.analysis.claim_quotes import (
    DIGIT,
    has_money_char,
    quoted_amount,
    quoted_number,
    quoted_share,
    split_quotes,
)
from reader.analysis.claim_shapes import (
    DATELINE_LEAD,
    MONEY,
    PERCENT,
    WORDS,
    about_several,
    before_quotes,
    introduces,
    without_asides,
    without_background,
)
from reader.analysis.claim_times import (
    clock_time,
    dates_the_saying,
    months_of,
    only_clock,
    scheduled,
    told_ahead,
    unscheduled,
)
from reader.analysis.claim_witness import presents_witness
from reader.analysis.lexicon import Lexicon
from reader.analysis.lowercase import lower_in_place
from reader.core.model import Claim, Entity

# A fixed threshold in place of the language's learned one (None: the learned one); the
# tests set 0.0 to read the reasons of every sentence, whatever its score.
THRESHOLD: float | None = None
# A dateline's credit, with a dash ("MADRID, 3 mar (EFE).-") or an agency in capitals
# without one ("MADRID, 07 (SERVIMEDIA) La…").
_DATELINE = re.compile(
    r"^[^\n()]{0,60}?\([^()\n]{2,30}\)\s*(?:\.-|-|—|–)\s"
    r"|^[^\W\d_a-z]{3,}[^\n()]{0,50}?\([^\W\d_a-z]{3,}[^()\n\w]{0,3}\)\s"
)

_NONE: frozenset[str] = frozenset()  # an empty answer, no set built for it


def _reasons(
    sentence: str,
    entity_count: int,
    has_quote: bool,
    lex: Lexicon,
    outside: str | None = None,
    inside: str = "",
    seen: tuple[str, set[str]] | None = None,
) -> list[str]:
    """The checkable cues of one sentence; cheap set tests first, regexes only if needed.

    ``outside`` is the sentence without its quotations, ``inside`` the quoted words. The
    narration's figures, dates, counts and comparisons are the reporter's assertions; the
    same inside a quotation are mostly the speaker's rhetoric ("in under three minutes",
    "we have invested heavily since 2021"): a quoted number, percentages included, is a
    weaker cue of its own (``quoted-figure``; in the wire gold most quoted figures were not
    marked). A factual verb counts only in the narration too (in "“This is a betrayal,”
    she said" the "is" is quoted). ``seen`` is the narration's lower-case text and words
    when the caller has them already."""
    own = sentence if outside is None else outside
    if introduces(outside):
        own, seen = "", None
    lowered, own_words = seen if seen is not None else (own.lower(), None)
    if own_words is None:
        own_words = set(WORDS.findall(lowered))
    # ``not isdisjoint``: the truth of ``own_words & X`` without building the set
    aside = not (own_words.isdisjoint(lex.tenure_words) and own_words.isdisjoint(lex.since_words))
    if aside and ", " in own:
        background = without_background(own, lex)
        if background != own:  # most such sentences have no aside: their words stand
            own = background
            lowered = own.lower()
            own_words = set(WORDS.findall(lowered))
    reasons: list[str] = []
    if ("%" in own or not own_words.isdisjoint(lex.percent_words)) and PERCENT.search(own):
        reasons.append("percentage")
    if (not own_words.isdisjoint(lex.money_words) and _counts(own, own_words, lex)) or (
        has_money_char(own) and MONEY.search(own)
    ):
        reasons.append("money")  # a sum: a currency with an amount, not "the yen's fall"
    # A dateline's day ("MADRID, 3 mar (EFE).-") is no figure and no dated event.
    undated = _DATELINE.sub(" ", own, count=1) if "(" in own[:62] else own
    numbered = DIGIT.search(undated) is not None
    if numbered and NAME_NUMBER.search(undated):
        undated = unnamed(undated, lex)  # "la gestora Renta 4", "ante el Zamora Basket 2014"
        numbered = DIGIT.search(undated) is not None
    dated_words = own_words if undated == own else set(WORDS.findall(undated.lower()))
    months = months_of(undated, dated_words, lex)
    counted = uncounted(undated, months, lex, dated_words) if numbered else undated
    if numbered and lex.clock_openers and clock_time(lex).search(counted):
        counted = unscheduled(counted, lex)  # "El partido comenzará a las 18.45"
    digits = numbered and DIGIT.search(counted) is not None
    if digits and not reasons:
        reasons.append("figure")
    if not reasons and inside and quoted_number(inside, lex):
        embedded = sentence.lstrip()[:1] not in OPENING_MARKS
        if quoted_share(inside, lex):
            reasons.append("quoted-percentage")
        elif embedded and quoted_amount(inside, lex):
            reasons.append("quoted-amount")
        else:
            reasons.append("quoted-figure")
    if months and not numbered and dates_the_saying(lowered, months, lex):
        months = set()
    if months and not numbered and months <= lex.weekdays and scheduled(lowered, months, lex):
        months = set()  # "El juicio continuará el lunes": the story's next step, no event
    if months or (numbered and YEAR.search(undated)):
        reasons.append("date")
    if months and numbered and lex.day_of_month.search(undated):
        reasons.append("calendar-date")  # "on July 1", "el 20 de octubre": a precise day
    in_words = not own_words.isdisjoint(lex.number_words)
    if not digits and in_words and not only_clock(lowered, own_words, lex):
        reasons.append("quantity-word")
        if counted_in_words(counted.lower(), lex):
            reasons.append("counted-in-words")  # "pide cinco años": a figure, in words
    compared = _NONE if own_words.isdisjoint(lex.comparative) else own_words & lex.comparative
    if compared and (numbered or in_words or compared - lex.bare_degree):
        reasons.append("comparison")
    if not own_words.isdisjoint(lex.superlative_words) and _ranked(own, lex):
        reasons.append("superlative")
    phrases = phrase_index(lex)
    according = has_phrase(lowered, own_words, phrases["according"])
    if according and not has_quote:
        reasons.append("reported-fact")  # "según el atestado, …": a sourced statement
    elif has_quote or not own_words.isdisjoint(lex.reporting) or according:
        reasons.append("attribution")
    if has_phrase(lowered, own_words, phrases["relayed"]):
        reasons.append("relayed-statement")  # "X quoted Y as saying", "según recoge X"
    factual = not own_words.isdisjoint(lex.factual_verbs)  # no set built for most
    if factual and inside and own_words & lex.factual_verbs <= before_quotes(sentence, lex):
        factual = False  # "said the offer was «fair»": the quoted words are the predicate
    if entity_count and factual:
        reasons.append("entity+factual-verb")
    elif entity_count:
        reasons.append("entity")
    if not own_words.isdisjoint(lex.forecast_modals) and "attribution" in reasons:
        head = _before_forecast(own, lex)
        if head is not None:
            kept = _reasons(sentence, entity_count, has_quote, lex, head, inside)
            reasons = _forecast(reasons, kept)
    if entity_count and "date" in reasons:
        reasons.append("dated-event")  # "X plays Y on Tuesday"
    return reasons


# What a reported forecast's own words add: when, how many, more or less than what. A
# figure, a sum or a rate the speaker gives stays (a forecast in figures is checked
# against the record later).
_FORECAST_CUES = frozenset(
    ["date", "calendar-date", "quantity-word", "counted-in-words", "comparison", "superlative"]
)
_MEASURED = frozenset(["percentage", "money", "figure"])


def _forecast(reasons: list[str], head: list[str]) -> list[str]:
    """The cues of an attributed sentence whose narration goes on in a modal of prediction
    ("Forecasters said the storm would bring heavy rain through Saturday", "Analysts said
    the result would make it the third country this year to…"): what someone expects may
    happen, not a fact a checker can verify today. The dates, counts and comparisons
    after the modal describe the expectation, so only those of the ``head`` (the
    narration before it: "Copper fell on Monday after traders said Chile would…") count;
    a measured figure keeps them all (a forecast in figures is checked later)."""
    if _MEASURED.intersection(reasons):
        return reasons
    if "entity+factual-verb" in reasons and "entity+factual-verb" not in head:
        reasons = ["entity" if r == "entity+factual-verb" else r for r in reasons]
    return [r for r in reasons if r not in _FORECAST_CUES or r in head]


def _before_forecast(own: str, lex: Lexicon) -> str | None:
    """The narration before its first modal of prediction (``forecast_modals``)."""
    for match in WORDS.finditer(lower_in_place(own)):
        if match.group() in lex.forecast_modals:
            return own[: match.start()]
    return None


def _counts(text: str, words: set[str], lex: Lexicon) -> bool:
    """Whether the text holds an amount: digits or a number word ("millones", "three")."""
    return DIGIT.search(text) is not None or bool(words & lex.number_words)


def _ranked(text: str, lex: Lexicon) -> bool:
    """An article and a superlative or an ordinal ("the largest", "la décima"), the
    ordinal not inside a name ("the Ninth District Court", "la Sexta"), the superlative
    not of a manner ("fue el más duro de la oposición": an evaluation)."""
    padded = " " + text  # the pattern opens with the non-word character before the article
    for match in lex.superlative.finditer(padded):
        if not match.group(1).rsplit(None, 1)[-1][0].islower():
            continue
        following = _NEXT_WORD.match(padded, match.end())
        if following is None or following.group(1).lower() not in lex.manner_words:
            return True
    return False


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def score_sentences(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    excluded: list[tuple[int, int]],
    entities: tuple[Entity, ...],
    quotes: list[tuple[int, int]],
    lex: Lexicon,
) -> tuple[Claim, ...]:
    """Score every sentence outside headings and captions with the language's learned
    weights (``claim_weights.json``); keep those whose probability reaches the learned
    threshold, at most half of the article (``at_most_half``). The reasons stay the
    explanation shown to the user; the hidden cues only weigh."""
    weights = lex.claim_weights
    threshold = weights.threshold if THRESHOLD is None else THRESHOLD
    claims: list[Claim] = []
    body = 0
    for start, end, reasons, hidden in sentence_cues(
        text, sentences, excluded, entities, quotes, lex
    ):
        body += 1  # the cap counts the article's sentences, questions included
        if reasons is None:
            continue
        probability = weights.of(reasons, hidden)
        if probability >= threshold:
            claims.append(Claim(start, end, round(probability, 2), tuple(reasons)))
    return at_most_half(claims, body)


def sentence_cues(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    excluded: list[tuple[int, int]],
    entities: tuple[Entity, ...],
    quotes: list[tuple[int, int]],
    lex: Lexicon,
) -> Iterator[tuple[int, int, list[str] | None, list[str]]]:
    """Every body sentence (outside headings and captions) with its reasons and its
    hidden cues (``claim_features.hidden_cues``: a quotation runs into it, …;
    ``told_cues``: the story is told in quotations, the narration announces, …;
    ``presents_witness``: an unnamed source, a person placed by a fronted place); the
    reasons are ``None`` for a sentence that is no claim at all (a question, a
    procedural sentence). The scorer and the weight fitter
    (``benchmarks/fit_claim_weights.py``) read the same cues."""
    starts = [e.start for e in entities]
    people = frozenset(e.start for e in entities if e.label == "PER")
    body = _body(sentences, excluded, quotes)
    # A story told in its people's words: half its body sentences or more hold a quotation.
    in_quotes = 2 * sum(1 for *_, has_quote in body if has_quote) >= len(body)
    scored = 0
    for start, end, near, has_quote in body:
        sentence = text[start:end]
        count = bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)
        outside, inside = split_quotes(text, start, end, near) if has_quote else (None, "")
        lowered = (sentence if outside is None else outside).lower()
        words = set(WORDS.findall(lowered))
        if not_a_claim(sentence, lowered, words, lex):
            yield start, end, None, []
            continue
        hidden = hidden_cues(sentence, has_quote)
        narration = outside
        scored += 1
        seen = (lowered, words)
        if outside is not None and bare_tag(text, start, near, words, lex):
            outside, seen = "", None  # '"…," X wrote in a 42-page ruling': the quote speaks
        reasons = _reasons(sentence, count, has_quote, lex, outside, inside, seen)
        if scored == 1 and DATELINE_LEAD.match(sentence):
            reasons.append("lead")  # a datelined story's first sentence states the news
        if count >= 3 and about_several(sentence, start, starts, count, lex):
            reasons.append("several-entities")  # a statement about several named actors
            if not has_quote and "attribution" in reasons:
                reasons.append("reported-statement")  # "X dijo a Y que …"
        hidden += told_cues(narration, inside, reasons, in_quotes, told_ahead(words, lex, lowered))
        if presents_witness(text, (start, end), lowered, words, people, lex):
            hidden.append("witness")  # "En Charata, Eduardo B. empezó a cosechar el sábado"
        measured = outside != "" and _MEASURES.intersection(reasons)
        related = not (words.isdisjoint(lex.relatives) and words.isdisjoint(lex.relative_adverbs))
        measured = measured and related  # no relative word: no aside (a set test, no regex)
        if measured and _in_asides(sentence, count, has_quote, lex, outside, inside):
            hidden.append("aside-only")
        yield start, end, reasons, hidden


# The cues that measure or date something: what a relative aside may hold alone.
_MEASURES = frozenset(["percentage", "money", "figure", "date", "quantity-word"])


def _in_asides(
    sentence: str, count: int, has_quote: bool, lex: Lexicon, outside: str | None, inside: str
) -> bool:
    """Whether every figure, date and count of the narration stands in a relative aside
    about someone ("La asociación Adeco, que presentó la demanda en 2020, celebró la
    resolución", "the union, which represents 1,700 examiners, said it was
    disappointed"): background on who acts, while the sentence tells something else
    (the ``aside-only`` cue; the weights tell how often the gold still marks it)."""
    own = sentence if outside is None else outside
    if ", " not in own:
        return False
    rest = without_asides(own, lex)
    if rest == own:
        return False
    return not _MEASURES.intersection(_reasons(sentence, count, has_quote, lex, rest, inside))


def _body(
    sentences: tuple[tuple[int, int], ...],
    excluded: list[tuple[int, int]],
    quotes: list[tuple[int, int]],
) -> list[tuple[int, int, list[tuple[int, int]], bool]]:
    """The body sentences (outside headings and captions), each with the quotations near
    it and whether one opens in it or runs into it (the second sentence of a raya reply,
    of a multi-sentence quotation). Read before any is scored: a story's share of
    quoted sentences is a cue of each (``told-in-quotes``)."""
    excluded = sorted(excluded)
    quote_starts = [q[0] for q in quotes]
    body = []
    for start, end in sentences:
        index = bisect.bisect_right(excluded, (start, 10**12)) - 1
        if index >= 0 and excluded[index][0] <= start < excluded[index][1]:
            continue
        first_inside = bisect.bisect_left(quote_starts, start)
        near = quotes[max(0, first_inside - 1) : bisect.bisect_left(quote_starts, end)]
        has_quote = False
        for q_start, q_end in near:  # mostly none or one: no generator built per sentence
            if q_end > start and q_start < end:
                has_quote = True
                break
        body.append((start, end, near, has_quote))
    return body


