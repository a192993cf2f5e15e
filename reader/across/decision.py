"""What one difference between two texts means: a rewrite (and what it costs) or a
different claim (and why).

``judge`` looks at the words one side has where the other has others (a "changed run"
of the word alignment) and applies, in order, rules a fact-checker would state:

1. a different **figure** or **name** on each side: a different claim (``number``, ``name``),
   unless the figures are worth the same ("diez millones"/"10 millones",
   ``number_values.txt``);
2. a **negation** on one side more than on the other ("has"/"has not", "nadie"/"todos"),
   or a word on one side negated by a prefix on the other ("justified"/"UNjustified",
   "convoca"/"DESconvoca", ``negative_prefixes.txt``): a different claim (``negation``);
   "will not"/"won't" is the same; likewise a **hedge** on one side more than on the
   other ("will rise"/"COULD rise", ``hedges.txt``): a possibility is not a statement
   (``hedge``); these counts live in ``polarity.py``;
   2b. another **scope** or **direction** ("ONLY pensioners"/"pensioners ALSO", "INTO
   Poland"/"OUT OF Poland", ``scope_words.txt``, ``scopes.py``): a different claim;
3. two poles of one **scale** ("rose"/"fell", "highest"/"lowest", "pública"/"privada",
   ``opposites.txt``), or one word with two opposite prefixes ("OVERcharged"/
   "UNDERcharged", "IMport"/"EXport", ``opposite_prefixes.txt``): a different claim
   (``opposite``); the same pole ("cut"/"reduced") is a rewrite;
4. **synonyms** (``synonyms.txt``: "paro"/"desempleo", "defended"/"stood up for"; the
   broad news families of ``paraphrases.txt``: "slammed"/"lambasted", "aplazará"/
   "pospondrá"; verbs that are one beside their noun, ``collocations.txt``: "sealed"/
   "struck" a deal), function words of one group (``light_swaps.txt``: "this"/"the",
   "will"/"would"), **inflections** (``inflection.py``: a shared five-letter stem,
   "quedará"/"quedar"; endings and stem changes, "cuts"/"cut", "crezca"/"crecerá";
   ``irregular_forms.txt``, "took"/"taken") and **typos** (one letter apart) are
   rewrites that cost little;
5. a content word in a **noun phrase** on each side (after a determiner, a quantifier
   or a preposition: "our NURSES"/"our TEACHERS", "el precio de la LUZ"/"del GASÓLEO",
   or right after such a word: "new CARS", "las leyes SOCIALES"; or the object right after
   a verb: "to tackle AIR pollution", "will ban DIESEL cars", "the council banned DIESEL
   cars") is a different subject or object: a different claim (``subject``;
   ``noun_markers.txt``, ``noun_phrase.py``); a word after punctuation opens a clause,
   never a noun phrase;
   5b. any other ONE content word left on each side after rule 4 is one word of the claim
   swapped for another ("the railway will be ELECTRIFIED"/"PRIVATISED", "ampliará"/
   "retrasará"): another action or thing, a different claim (``word``); the rewrites are
   what rule 4's lists know; rules 5 and 5b are SOFT (``restyled.py``): in a sentence
   reworded elsewhere too they are only what the words cost (``judge`` returns that cost
   beside the conflict); 5c. a run in which nothing pairs with two content words or
   more a side says something else (``content``);
6. a word another newsroom writes as a symbol ("per cent"/"%") costs nothing; any
   other word costs 1 (0.5 for a function word): a phrase rewritten in two words or
   more a side is a rewrite only when the rest of the text is long enough.

This module applies the rules in order (``assess``); the rules of each kind live beside
it: the hard conflicts of rules 1 to 3 (``conflicts.py``), the pairings of rule 4 and
rule 3's same pole (``pairings.py``) and what the words left after them say, rules 5b
and 5c (``left_words.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.across.acronyms import acronym_pairs
from reader.across.asides import ASIDE_COST, dropped_aside
from reader.across.bodies import body_pairs
from reader.across.collocations import collocation_pairs
from reader.across.conflicts import hard_conflict, opposite, opposite_unpaired
from reader.across.durations import duration, duration_words
from reader.across.inflection import stem_pairs
from reader.across.left_words import agreeing, one_word_swapped, other_content
from reader.across.lexicon import figure_value, symbol_words
from reader.across.multiples import multiple
from reader.across.near_swaps import head_pairs
from reader.across.normalise import Token
from reader.across.noun_phrase import opens_noun
from reader.across.pairings import negation_pairs, pole_pairs, swap_pairs, synonym_pairs
from reader.across.polarity import added_clause
from reader.across.scopes import restriction_dropped
from reader.across.shares import share_value, share_words

PAIRED_COST = 0.25
"""What each side of a synonym, inflection, typo or same-pole pair costs."""


def judge(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> tuple[float, str]:
    """The cost of the words ``q[i] for i in q_ids`` standing where the candidate has
    ``c[j] for j in c_ids``, and the conflict that makes them two claims ("" if none)."""
    found = assess(q, q_ids, c, c_ids)
    return found.cost, found.conflict


@dataclass(frozen=True, slots=True)
class Assessment:
    """``judge``'s cost and conflict, the words paired as another word of the same
    meaning (synonyms, poles, collocations, compounds: not inflections) and, for a soft
    conflict, how many content words a side were left swapped (``restyled.py``)."""

    cost: float
    conflict: str
    paired_q: frozenset[int] = frozenset()
    paired_c: frozenset[int] = frozenset()
    swaps: int = 0
    left_q: tuple[int, ...] = ()
    left_c: tuple[int, ...] = ()
    """The content words a soft conflict left swapped."""


REWORDING = frozenset({"synonym_pairs", "pole_pairs", "collocation_pairs", "head_pairs"})
"""The pairings whose words are another word of one meaning (evidence of restyling)."""


def assess(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> Assessment:
    """``judge`` with what ``restyled.py`` weighs: the reworded pairs and the swaps."""
    reworded_q: set[int] = set()
    reworded_c: set[int] = set()
    cost = 0.0
    content_words = sum(q[i].key == "" for i in q_ids) + sum(c[j].key == "" for j in c_ids)
    if q_ids and c_ids and opposite_unpaired([q[i] for i in q_ids], [c[j] for j in c_ids]):
        return Assessment(0.0, "opposite")
    if q_ids and c_ids:
        # synonyms first: "el Ejecutivo"/"el Gobierno" are one name, not two
        paired_q, paired_c, pairs = synonym_pairs(q, q_ids, c, c_ids)
        reworded_q |= paired_q
        reworded_c |= paired_c
        cost += 2 * PAIRED_COST * pairs
        q_ids = [i for i in q_ids if i not in paired_q]
        c_ids = [j for j in c_ids if j not in paired_c]
        q_ids, c_ids, same_figure = _same_figure(q, q_ids, c, c_ids)
        cost += 2 * PAIRED_COST * same_figure
        paired_q, paired_c, pairs = acronym_pairs(q, q_ids, c, c_ids)  # "the ONS"
        cost += 2 * PAIRED_COST * pairs
        q_ids = [i for i in q_ids if i not in paired_q]
        c_ids = [j for j in c_ids if j not in paired_c]
    q_words = [q[i] for i in q_ids]
    c_words = [c[j] for j in c_ids]
    conflict = hard_conflict(q_words, c_words)
    if conflict == "hedge" and added_clause(q_words, c_words):
        conflict = ""  # "…, AND THAT COULD TAKE YEARS, the commissioner said": a comment
    if not conflict and restriction_dropped(q, q_ids, c, c_ids):
        conflict = "scope"  # "ONLY British citizens" / "British citizens"
    if conflict:
        return Assessment(0.0, conflict)
    if q_words and c_words and opposite(q_words, c_words):
        return Assessment(0.0, "opposite")
    q_left, c_left = list(q_ids), list(c_ids)
    if q_words and c_words:
        for pair in (pole_pairs, negation_pairs, stem_pairs, collocation_pairs, head_pairs,
                     body_pairs, swap_pairs):
            paired_q, paired_c, pairs = pair(q, q_left, c, c_left)
            if pair.__name__ in REWORDING:
                reworded_q |= paired_q
                reworded_c |= paired_c
            cost += 2 * PAIRED_COST * pairs
            q_left = [i for i in q_left if i not in paired_q]
            c_left = [j for j in c_left if j not in paired_c]
        if content_words > 2 and agreeing(q, q_left, c, c_left):
            cost += 2 * PAIRED_COST  # "largAS retenciones" / "largOS atascos"
            q_left = [i for i in q_left if q[i].key != ""]
            c_left = [j for j in c_left if c[j].key != ""]
        left_cost = cost + sum(_word_cost(q[i]) for i in q_left) + sum(
            _word_cost(c[j]) for j in c_left)
        swaps = min(sum(q[i].key == "" for i in q_left), sum(c[j].key == "" for j in c_left))
        surety = sorted((opens_noun(q, q_left), opens_noun(c, c_left)))
        soft = ("subject" if surety[0] >= 1 and surety[1] == 2
                else "word" if one_word_swapped(q, q_left, c, c_left) else "")
        if soft:
            return Assessment(left_cost, soft, frozenset(reworded_q), frozenset(reworded_c),
                              swaps, tuple(i for i in q_left if q[i].key == ""),
                              tuple(j for j in c_left if c[j].key == ""))
        if not cost and other_content(q, q_left, c, c_left):
            return Assessment(0.0, "content")
    elif dropped_aside(q, q_ids) or dropped_aside(c, c_ids):
        return Assessment(ASIDE_COST, "")  # ", which has spent a decade on it," trimmed
    for words, left in ((q, q_left), (c, c_left)):
        cost += sum(_word_cost(words[i]) for i in left)
    return Assessment(cost, "", frozenset(reworded_q), frozenset(reworded_c))


def _same_figure(
    q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]
) -> tuple[list[int], list[int], int]:
    """Rule 1's exception: one figure written two ways ("diez"/"10", "seven
    thousand"/"7,000"), one share ("half"/"50 per cent", ``shares.py``) or one duration
    ("12 months"/"a year", ``durations.py``) or one multiple ("el triple"/"tres veces",
    ``multiples.py``) is the same figure; its words are taken out as one pair."""
    span = duration(q, q_ids)
    if span is not None and span == duration(c, c_ids):  # "12 months" / "a year"
        q_span, c_span = duration_words(q, q_ids), duration_words(c, c_ids)
        return ([i for i in q_ids if i not in q_span], [j for j in c_ids if j not in c_span],
                1)
    q_times, c_times = multiple(q, q_ids), multiple(c, c_ids)
    if q_times and c_times and q_times[0] == c_times[0]:  # "el triple" / "tres veces"
        return ([i for i in q_ids if i not in q_times[1]],
                [j for j in c_ids if j not in c_times[1]], 1)
    q_num = [i for i in q_ids if q[i].key == "number"]
    c_num = [j for j in c_ids if c[j].key == "number"]
    if not q_num or not c_num:
        return q_ids, c_ids, 0
    value = figure_value([q[i].form for i in q_num])
    if value is not None and value == figure_value([c[j].form for j in c_num]):
        return ([i for i in q_ids if i not in q_num], [j for j in c_ids if j not in c_num], 1)
    share = share_value(q, q_ids)
    if share is None or share != share_value(c, c_ids):
        return q_ids, c_ids, 0
    q_share, c_share = share_words(q, q_ids), share_words(c, c_ids)
    return ([i for i in q_ids if i not in q_share], [j for j in c_ids if j not in c_share], 1)


def _word_cost(token: Token) -> float:
    if token.form in symbol_words():
        return 0.0  # "per cent" where the other side has "%"
    if token.key == "function":
        return 0.5
    if token.key == "negation":
        return PAIRED_COST  # the counts agree (rule 2): "not" beside "won't"
    return 1.0
