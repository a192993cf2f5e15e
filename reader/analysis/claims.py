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
from functools import lru_cache

from reader.analysis.claim_shapes import (
    DATELINE_LEAD,
    MONEY,
    PERCENT,
    WORDS,
    about_several,
    before_quotes,
    introduces,
    without_background,
)
from reader.analysis.lexicon import Lexicon
from reader.core.model import Claim, Entity

THRESHOLD = 0.45
_NUMBER = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONEY_CHARS = frozenset("$€£¥")
# A dateline's credit, with a dash ("MADRID, 3 mar (EFE).-") or an agency in capitals
# without one ("MADRID, 07 (SERVIMEDIA) La…").
_DATELINE = re.compile(
    r"^[^\n()]{0,60}?\([^()\n]{2,30}\)\s*(?:\.-|-|—|–)\s"
    r"|^[^\W\d_a-z]{3,}[^\n()]{0,50}?\([^\W\d_a-z]{3,}[^()\n\w]{0,3}\)\s"
)
# A number inside a name is no count: roads, models, groups ("A-4", "F-16", "G-20", "Covid-19").
_NAMED_NUMBER = re.compile(r"\b[^\W\d_]{1,6}-\d{1,4}\b")
# An age ("un hombre de 29 años", "a sus 80 años"), not a term: "una pena de 12 años de
# prisión" and "un plazo de 10 años para pagar" are durations, checkable figures.
_AGE = re.compile(
    r"\b(?:de\s(?:entre\s)?|a\ssus\s)\d{1,3}(?:\sy\s\d{1,3})?\s+años\b"
    r"(?!\s+(?:de(?!\s+edad\b)|para|por)\b)|,\s\d{1,3},"
    r"|\baged\s(?:between\s)?\d{1,3}(?:\s(?:and|to)\s\d{1,3})?\b|\b\d{1,3}-year-old\b",
    re.IGNORECASE,
)
_WEIGHTS = {
    "percentage": 0.55,
    "money": 0.5,
    "figure": 0.45,
    "comparison": 0.3,
    "superlative": 0.3,
    "date": 0.25,
    "calendar-date": 0.2,
    "attribution": 0.15,
    "reported-statement": 0.1,
    "several-entities": 0.05,
    "reported-fact": 0.45,
    "relayed-statement": 0.3,
    "dated-event": 0.1,
    "entity+factual-verb": 0.25,
    "quantity-word": 0.25,
    "quoted-figure": 0.15,
    "quoted-amount": 0.15,
    "quoted-percentage": 0.3,
    "entity": 0.15,
    "lead": 0.1,
}


def _uncounted(text: str, months: set[str], lex: Lexicon) -> str:
    """``text`` without the numbers that only say when or name something: a day of a
    month ("12 de junio", "July 1", "jueves 12"), a year, a person's age ("de 41 años",
    "Voss, 71,") and a number inside a name ("la A-4"). What is left was counted."""
    text = _AGE.sub(" ", text)
    if "-" in text:
        text = _NAMED_NUMBER.sub(" ", text)
    if months:
        text = lex.day_of_month.sub(" ", text)
    return _YEAR.sub(" ", text)


# A number right after a capitalised word inside the sentence: part of a name ("Renta 4",
# "Antena 3", "el Zamora Basket 2014", "BBC Radio 4") unless an amount follows it.
_NAME_NUMBER = re.compile(
    r"(?<=[\w,] )([^\W\d_a-zß-ÿ][^\W\d_]+)\s\d{1,4}\b(?![.,:/-]?\d|\s?%)(\s+[^\W\d_]+)?"
)


def _unnamed(text: str, lex: Lexicon) -> str:
    """``text`` without the numbers that end a name ("la gestora Renta 4 advierte"): no
    count and no year. A month ("March 5", "Sept 28") or an amount or a span of years
    after the number ("fined Harbourline Bank 42 million pounds", "the United States 25
    years ago") keeps it."""

    def strip(match: re.Match[str]) -> str:
        name, after = match.group(1), (match.group(2) or "")
        if not name[0].isupper() or name.lower() in lex.months | lex.short_dates:
            return match.group()
        amounts = lex.number_words | lex.money_words | lex.percent_words | lex.tenure_words
        if after.strip().lower() in amounts:  # "en Estados Unidos 25 años después"
            return match.group()
        return f"{name} {after}"

    return _NAME_NUMBER.sub(strip, text)


def _months(text: str, words: set[str], lex: Lexicon) -> set[str]:
    """The month and weekday names of a sentence; a name that is also a function word
    ("the board may revisit them") counts only when capitalised ("in May")."""
    found = words & lex.months
    for word in found & lex.function_words:
        if word.capitalize() not in text:
            found.discard(word)
    return found


@lru_cache(maxsize=8)
def _glue(lex: Lexicon) -> frozenset[str]:
    """Words that may stand between a reporting verb and the day it dates."""
    return lex.prepositions | lex.determiners | lex.articles


def _dates_the_saying(lowered: str, months: set[str], lex: Lexicon) -> bool:
    """Whether every weekday or month named dates only the reporting verb next to it
    ("said on Tuesday", "aseguró este jueves", "told reporters on Monday" is not caught):
    when something was said is no event. Only prepositions, articles and determiners
    may stand between ("dijo que en abril pasó…" dates what happened)."""
    words = WORDS.findall(lowered)
    glue = _glue(lex)
    for i, word in enumerate(words):
        if word not in months:
            continue
        before = next((w for w in reversed(words[max(0, i - 3) : i]) if w not in glue), "")
        after = words[i + 1] if i + 1 < len(words) else ""
        if before not in lex.own_reporting and after not in lex.own_reporting:
            return False
    return True


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
    if (own_words & lex.tenure_words or own_words & lex.since_words) and ", " in own:
        own = without_background(own, lex)
        lowered = own.lower()
        own_words = set(WORDS.findall(lowered))
    reasons: list[str] = []
    if ("%" in own or own_words & lex.percent_words) and PERCENT.search(own):
        reasons.append("percentage")
    if (own_words & lex.money_words and _counts(own, own_words, lex)) or (
        _MONEY_CHARS.intersection(own) and MONEY.search(own)
    ):
        reasons.append("money")  # a sum: a currency with an amount, not "the yen's fall"
    # A dateline's day ("MADRID, 3 mar (EFE).-") is no figure and no dated event.
    undated = _DATELINE.sub(" ", own, count=1) if "(" in own[:62] else own
    if _NUMBER.search(undated) and _NAME_NUMBER.search(undated):
        undated = _unnamed(undated, lex)  # "la gestora Renta 4", "ante el Zamora Basket 2014"
    dated_words = own_words if undated is own else set(WORDS.findall(undated.lower()))
    months = _months(undated, dated_words, lex)
    numbered = _NUMBER.search(undated) is not None
    counted = _uncounted(undated, months, lex) if numbered else undated
    digits = numbered and _NUMBER.search(counted) is not None
    if digits and not reasons:
        reasons.append("figure")
    if not reasons and inside and _quoted_number(inside, lex):
        embedded = sentence.lstrip()[:1] not in _OPENING_MARKS
        if _quoted_share(inside, lex):
            reasons.append("quoted-percentage")
        elif embedded and _quoted_amount(inside, lex):
            reasons.append("quoted-amount")
        else:
            reasons.append("quoted-figure")
    if months and not numbered and _dates_the_saying(lowered, months, lex):
        months = set()
    if months and not numbered and months <= lex.weekdays and _scheduled(lowered, months, lex):
        months = set()  # "El juicio continuará el lunes": the story's next step, no event
    if months or (numbered and _YEAR.search(undated)):
        reasons.append("date")
    if months and numbered and lex.day_of_month.search(undated):
        reasons.append("calendar-date")  # "on July 1", "el 20 de octubre": a precise day
    if not digits and own_words & lex.number_words and not _only_clock(lowered, own_words, lex):
        reasons.append("quantity-word")
    compared = own_words & lex.comparative
    if compared and (numbered or own_words & lex.number_words or compared - lex.bare_degree):
        reasons.append("comparison")
    if own_words & lex.superlative_words and _ranked(own, lex):
        reasons.append("superlative")
    phrases = _phrase_index(lex)
    according = _has_phrase(lowered, own_words, phrases["according"])
    if according and not has_quote:
        reasons.append("reported-fact")  # "según el atestado, …": a sourced statement
    elif has_quote or own_words & lex.reporting or according:
        reasons.append("attribution")
    if _has_phrase(lowered, own_words, phrases["relayed"]):
        reasons.append("relayed-statement")  # "X quoted Y as saying", "según recoge X"
    factual = own_words & lex.factual_verbs
    if factual and inside and factual <= before_quotes(sentence, lex):
        factual = set()  # "said the offer was «fair»": the quoted words are the predicate
    if entity_count and factual:
        reasons.append("entity+factual-verb")
    elif entity_count:
        reasons.append("entity")
    if entity_count and "date" in reasons:
        reasons.append("dated-event")  # "X plays Y on Tuesday"
    return reasons


_SCHEDULE_REACH = 6  # words before a weekday that may hold the verb it dates


def _scheduled(lowered: str, days: set[str], lex: Lexicon) -> bool:
    """Whether every weekday named dates a verb in the future or a schedule just before
    it ("continuará el lunes", "se instalará el sábado", "is scheduled to resume on
    Thursday", "are expected to ease by Wednesday"): the next step of the story (the
    trial goes on, the funeral is held), announced, not yet a fact to check. A calendar
    day or a year still dates it ("entrará en vigor el 1 de enero"); a past verb nearer
    the day ("el Gobierno, que aprobará el plan, se reunió el lunes") is an event."""
    words = WORDS.findall(lowered)
    found = False
    for i, word in enumerate(words):
        if word in days:
            if not _future_before(words[max(0, i - _SCHEDULE_REACH) : i], lex):
                return False
            found = True
    return found


def _future_before(words: list[str], lex: Lexicon) -> bool:
    """Whether the nearest verb among ``words`` (read backwards) is a future or a word of
    a schedule; a past form (``verb_endings``: "reunió", "cayeron") met first is not."""
    past = _past_endings(lex)
    for word in reversed(words):
        if _future(word, lex):
            return True
        if len(word) > 3 and word.endswith(past):
            return False
    return False


@lru_cache(maxsize=8)
def _past_endings(lex: Lexicon) -> tuple[str, ...]:
    """The past-tense endings as a tuple, for ``str.endswith``."""
    return tuple(sorted(lex.verb_endings))


def _future(word: str, lex: Lexicon) -> bool:
    """A word of the future or of a schedule ("will", "prevista", "continuará")."""
    if word in lex.future_words:
        return True
    endings = _endings(lex)
    return bool(endings) and len(word) > 4 and word.endswith(endings)


@lru_cache(maxsize=8)
def _endings(lex: Lexicon) -> tuple[str, ...]:
    """The future endings as a tuple, for ``str.endswith``."""
    return tuple(sorted(lex.future_endings))


@lru_cache(maxsize=8)
def _clock(lex: Lexicon) -> re.Pattern[str]:
    """A number word telling the time of day ("las once de la noche", "seven in the
    morning"): ``number_words`` followed by one of ``clock_phrases``."""
    numbers = "|".join(sorted(map(re.escape, lex.number_words), key=len, reverse=True))
    phrases = "|".join(sorted(map(re.escape, lex.clock_phrases), key=len, reverse=True))
    return re.compile(rf"\b(?:{numbers})\s+(?:{phrases})(?!\w)")


def _only_clock(lowered: str, words: set[str], lex: Lexicon) -> bool:
    """Whether every number word of the narration tells the time of day ("Pasadas las
    once de la noche, la candidata salió al balcón"): the hour colours the scene, it
    counts nothing. A sentence with any other number word still has a quantity."""
    if not lex.clock_phrases:
        return False
    timeless = _clock(lex).sub(" ", lowered)
    if timeless == lowered:
        return False
    return not set(WORDS.findall(timeless)) & lex.number_words


def _counts(text: str, words: set[str], lex: Lexicon) -> bool:
    """Whether the text holds an amount: digits or a number word ("millones", "three")."""
    return _NUMBER.search(text) is not None or bool(words & lex.number_words)


def _ranked(text: str, lex: Lexicon) -> bool:
    """An article and a superlative or an ordinal ("the largest", "la décima"), the
    ordinal not inside a name ("the Ninth District Court", "la Sexta")."""
    return any(m.group().rsplit(None, 1)[-1][0].islower() for m in lex.superlative.finditer(text))


def _by_first_word(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """A phrase list (lower case) indexed by the first word of each phrase."""
    index: dict[str, list[str]] = {}
    for phrase in phrases:
        first = WORDS.match(phrase)
        if first is not None:
            index.setdefault(first.group(), []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


@lru_cache(maxsize=8)
def _phrase_index(lex: Lexicon) -> dict[str, dict[str, tuple[str, ...]]]:
    """The "according", "relayed" and "procedural" phrase lists by first word, once per
    lexicon."""
    return {
        "according": _by_first_word(lex.according),
        "relayed": _by_first_word(lex.relayed),
        "procedural": _by_first_word(lex.procedural),
    }


def _has_phrase(lowered: str, words: set[str], index: dict[str, tuple[str, ...]]) -> bool:
    """Whether the lower-case text holds one of the indexed phrases, its first word as a
    whole word ("cited", not "excited"; "citó a", not "felicitó a"). A set lookup
    first: one pattern of every phrase cost a regex scan of every sentence."""
    for word in words.intersection(index):
        if any(phrase in lowered for phrase in index[word]):
            return True
    return False


_OPENING_MARKS = frozenset("\"'«“‘‹—–-")


def _quoted_share(inside: str, lex: Lexicon) -> bool:
    """Whether the quoted words give a percentage ("un 14 % menos de anuncios", "el 60 %
    de nuestros clientes"): a rate or a share is a measured statistic, the figure a
    speaker is checked on first, wherever the quotation stands in the sentence. Not
    when the quotation opens with a condition ("Si bajan de ese 4,5 %, firmamos"): a
    hypothesis is no measurement."""
    lowered = inside.lower()
    words = set(WORDS.findall(lowered)) if "%" not in inside else set()
    if not ("%" in inside or words & lex.percent_words) or not PERCENT.search(inside):
        return False
    first = WORDS.search(lowered)
    return first is None or first.group() not in lex.conditionals


def _quoted_amount(inside: str, lex: Lexicon) -> bool:
    """Whether the quoted words give a percentage or a sum of money. Only asked of a
    partial quotation inside the narration ("informó del «crecimiento … del 9 % este
    año»"): there the reporter relays the speaker's own figure, the claim a
    fact-checker checks first; a sentence that opens with the quotation is rhetoric
    more often (``quoted-figure``)."""
    words = set(WORDS.findall(inside.lower()))
    if ("%" in inside or words & lex.percent_words) and PERCENT.search(inside):
        return True
    if words & lex.money_words:
        return True
    return bool(_MONEY_CHARS.intersection(inside) and MONEY.search(inside))


def _quoted_number(inside: str, lex: Lexicon) -> bool:
    """Whether the quoted words hold an amount, a count or a date."""
    words = set(WORDS.findall(inside.lower()))
    return bool(_NUMBER.search(inside) or words & lex.money_words or words & lex.number_words)


def _split_quotes(
    text: str, start: int, end: int, quotes: list[tuple[int, int]]
) -> tuple[str, str]:
    """The parts of ``start..end`` outside quotations, and those inside."""
    parts, quoted, cursor = [], [], start
    for q_start, q_end in quotes:
        if q_end <= start or q_start >= end:
            continue
        parts.append(text[cursor : max(cursor, q_start)])
        quoted.append(text[max(start, q_start, cursor) : min(end, q_end)])
        cursor = max(cursor, q_end)
    parts.append(text[cursor:end])
    return " ".join(parts), " ".join(quoted)


_CONTENT = frozenset(
    [
        "percentage", "money", "figure", "date", "quantity-word", "superlative",
        "relayed-statement", "quoted-amount", "quoted-percentage",
    ]
)


def _score(reasons: list[str], has_quote: bool) -> float:
    """Sum of the cue weights. A sentence with a quotation whose only cues are who said
    it, a name and a comparison is opinion more often than fact (rhetoric): it weighs
    less than one with figures, dates or a factual verb about a named entity."""
    score = sum(_WEIGHTS[r] for r in reasons)
    plain = not _CONTENT.intersection(reasons) and "entity+factual-verb" not in reasons
    if has_quote and plain:
        score -= 0.15 + (0.15 if "comparison" in reasons else 0.0)
    return max(0.0, min(1.0, score))


def score_sentences(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    excluded: list[tuple[int, int]],
    entities: tuple[Entity, ...],
    quotes: list[tuple[int, int]],
    lex: Lexicon,
) -> tuple[Claim, ...]:
    """Score every sentence outside headings and captions; keep those above the threshold."""
    excluded = sorted(excluded)
    starts = [e.start for e in entities]
    quote_starts = [q[0] for q in quotes]
    claims: list[Claim] = []
    scored = body = 0
    for start, end in sentences:
        index = bisect.bisect_right(excluded, (start, 10**12)) - 1
        if index >= 0 and excluded[index][0] <= start < excluded[index][1]:
            continue
        body += 1  # the cap counts the article's sentences, questions included
        sentence = text[start:end]
        count = bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)
        first_inside = bisect.bisect_left(quote_starts, start)
        near = quotes[max(0, first_inside - 1) : bisect.bisect_left(quote_starts, end)]
        # A quotation opens in the sentence, or one opened before runs into it (the second
        # sentence of a raya reply, of a multi-sentence quotation).
        has_quote = any(q_end > start and q_start < end for q_start, q_end in near)
        outside, inside = _split_quotes(text, start, end, near) if has_quote else (None, "")
        lowered = (sentence if outside is None else outside).lower()
        words = set(WORDS.findall(lowered))
        if _not_a_claim(sentence, lowered, words, lex):
            continue
        scored += 1
        reasons = _reasons(sentence, count, has_quote, lex, outside, inside, (lowered, words))
        if scored == 1 and DATELINE_LEAD.match(sentence):
            reasons.append("lead")  # a datelined story's first sentence states the news
        if count >= 3 and about_several(sentence, start, starts, count, lex):
            reasons.append("several-entities")  # a statement about several named actors
            if not has_quote and "attribution" in reasons:
                reasons.append("reported-statement")  # "X dijo a Y que …"
        score = round(_score(reasons, has_quote), 2)  # no float noise at the threshold
        if score >= THRESHOLD:
            claims.append(Claim(start, end, score, tuple(reasons)))
    return _at_most_half(claims, body)


def _not_a_claim(sentence: str, lowered: str, words: set[str], lex: Lexicon) -> bool:
    """A question asks, it does not assert; a procedural sentence ("asked why the city
    had waited", "declined to comment") reports the reporting, not a fact; a line with
    no word of four letters or more, capitals aside, states nothing (a wire's sign-off,
    "(SERVIMEDIA) 07-DIC-26 MDV/gja"; "He was 88."). ``lowered`` and ``words`` are the
    narration's (the sentence without its quotations)."""
    if len(sentence) < _SHORT and not _has_a_word(sentence):
        return True
    narration = lowered.strip()
    if narration.endswith("?") or narration.startswith("¿"):
        return True
    return _has_phrase(lowered, words, _phrase_index(lex)["procedural"])


# A word of four letters or more: the shortest word a statement needs (not "He was 88.").
_WORDY = re.compile(r"[^\W\d_]{4,}")
_SHORT = 80  # a sign-off line is short; a longer sentence is not tested


def _has_a_word(sentence: str) -> bool:
    """Whether a sentence holds a word of four letters or more, not all in capitals."""
    return any(not word.group().isupper() for word in _WORDY.finditer(sentence))


_STRONG = frozenset(["percentage", "money", "figure", "quoted-percentage", "reported-fact"])
_CAP_FROM = 2  # a one-sentence brief is what it is


def _at_most_half(claims: list[Claim], scored: int) -> tuple[Claim, ...]:
    """Candidates guide the eye: when more than half of an article's ``scored`` body
    sentences (questions and procedural ones included: half of what the reader reads)
    pass, only half are kept (in text order): sentences with a figure (a percentage, an
    amount of money, a count; a quoted percentage too) or a sourced fact ("según el
    atestado, …") first, then the better scored. A brief of fewer than ``_CAP_FROM``
    sentences may be all facts and is left alone."""
    limit = max(1, scored // 2)
    if len(claims) <= limit or scored < _CAP_FROM:
        return tuple(claims)
    strong = [c for c in claims if _STRONG.intersection(c.reasons)]
    others = sorted(
        (c for c in claims if not _STRONG.intersection(c.reasons)),
        key=lambda c: (-c.score, c.start),
    )
    ranked = sorted(strong, key=lambda c: (-c.score, c.start)) + others
    kept = ranked[:limit]
    return tuple(sorted(kept, key=lambda c: c.start))
