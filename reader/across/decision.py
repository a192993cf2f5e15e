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
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.across.acronyms import acronym_pairs
from reader.across.asides import ASIDE_COST, dropped_aside
from reader.across.bodies import body_pairs
from reader.across.collocations import collocation_pairs
from reader.across.durations import duration, duration_words
from reader.across.inflection import STEM, Pairs, inflected, stem_pairs, two_genders
from reader.across.lexicon import (
    figure_value,
    light_swaps,
    opposite_prefixes,
    poles,
    symbol_words,
    synonyms,
)
from reader.across.multiples import multiple
from reader.across.near_swaps import head_pairs, one_verb
from reader.across.normalise import FUNCTION_WORDS, Token
from reader.across.noun_phrase import opens_noun
from reader.across.polarity import added_clause, polarity_conflict, prefix_negation
from reader.across.scopes import restriction_dropped, scope_conflict
from reader.across.shares import share_value, share_words
from reader.across.spelling import respelled

REST = 4
"""What follows two opposite prefixes is one word when it is at least this long
("over|charged"/"under|charged"; "in|to"/"out|to" is no word)."""
LIGHT_KEYS = ("function", "")
"""The words ``light_swaps.txt`` may pair: its lists hold function words only."""
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


REWORDING = frozenset({"_synonym_pairs", "_pole_pairs", "collocation_pairs", "head_pairs"})
"""The pairings whose words are another word of one meaning (evidence of restyling)."""


def assess(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> Assessment:
    """``judge`` with what ``restyled.py`` weighs: the reworded pairs and the swaps."""
    reworded_q: set[int] = set()
    reworded_c: set[int] = set()
    cost = 0.0
    content_words = sum(q[i].key == "" for i in q_ids) + sum(c[j].key == "" for j in c_ids)
    if q_ids and c_ids and _opposite_unpaired([q[i] for i in q_ids], [c[j] for j in c_ids]):
        return Assessment(0.0, "opposite")
    if q_ids and c_ids:
        # synonyms first: "el Ejecutivo"/"el Gobierno" are one name, not two
        paired_q, paired_c, pairs = _synonym_pairs(q, q_ids, c, c_ids)
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
    conflict = _hard_conflict(q_words, c_words)
    if conflict == "hedge" and added_clause(q_words, c_words):
        conflict = ""  # "…, AND THAT COULD TAKE YEARS, the commissioner said": a comment
    if not conflict and restriction_dropped(q, q_ids, c, c_ids):
        conflict = "scope"  # "ONLY British citizens" / "British citizens"
    if conflict:
        return Assessment(0.0, conflict)
    if q_words and c_words and _opposite(q_words, c_words):
        return Assessment(0.0, "opposite")
    q_left, c_left = list(q_ids), list(c_ids)
    if q_words and c_words:
        for pair in (_pole_pairs, _negation_pairs, stem_pairs, collocation_pairs, head_pairs,
                     body_pairs, _swap_pairs):
            paired_q, paired_c, pairs = pair(q, q_left, c, c_left)
            if pair.__name__ in REWORDING:
                reworded_q |= paired_q
                reworded_c |= paired_c
            cost += 2 * PAIRED_COST * pairs
            q_left = [i for i in q_left if i not in paired_q]
            c_left = [j for j in c_left if j not in paired_c]
        if content_words > 2 and _agreeing(q, q_left, c, c_left):
            cost += 2 * PAIRED_COST  # "largAS retenciones" / "largOS atascos"
            q_left = [i for i in q_left if q[i].key != ""]
            c_left = [j for j in c_left if c[j].key != ""]
        left_cost = cost + sum(_word_cost(q[i]) for i in q_left) + sum(
            _word_cost(c[j]) for j in c_left)
        swaps = min(sum(q[i].key == "" for i in q_left), sum(c[j].key == "" for j in c_left))
        surety = sorted((opens_noun(q, q_left), opens_noun(c, c_left)))
        soft = ("subject" if surety[0] >= 1 and surety[1] == 2
                else "word" if _one_word_swapped(q, q_left, c, c_left) else "")
        if soft:
            return Assessment(left_cost, soft, frozenset(reworded_q), frozenset(reworded_c),
                              swaps, tuple(i for i in q_left if q[i].key == ""),
                              tuple(j for j in c_left if c[j].key == ""))
        if not cost and _other_content(q, q_left, c, c_left):
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


def _hard_conflict(q_words: list[Token], c_words: list[Token]) -> str:
    """Rules 1 and 2: a figure or a name on each side; negations that do not agree; rule
    2b, another scope or direction ("ONLY"/"ALSO", "INTO"/"OUT OF": ``scopes.py``)."""
    for key in ("number", "name"):
        if any(t.key == key for t in q_words) and any(t.key == key for t in c_words):
            return key
    if prefix_negation(q_words, c_words, STEM):
        return "negation"
    return polarity_conflict(q_words, c_words) or scope_conflict(q_words, c_words)


def _pole_labels(words: list[Token]) -> set[int]:
    table, _names = poles()
    norms = [t.form for t in words]
    return {label for at in range(len(norms)) for label, _ in table.starting(norms, at)}


def _opposite_unpaired(q_words: list[Token], c_words: list[Token]) -> bool:
    """Rule 3 on a whole run before any pairing, for a side that holds both poles of a
    scale where the other holds one: "was approved" / "was REFUSED approval" would pair
    the two approvals and leave the refusal a mere added word. Rules 1 and 2 keep their
    say first ("el DOBLE" / "el TRIPLE" is another figure)."""
    _table, names = poles()
    q_poles = {names[label] for label in _pole_labels(q_words)}
    c_poles = {names[label] for label in _pole_labels(c_words)}
    for one, other in ((q_poles, c_poles), (c_poles, q_poles)):
        for scale in {scale for scale, _ in one}:
            both = {p for s, p in one if s == scale}
            single = {p for s, p in other if s == scale}
            if len(both) > 1 and len(single) == 1 and single < both:
                return not _hard_conflict(q_words, c_words)
    return False


def _opposite(q_words: list[Token], c_words: list[Token]) -> bool:
    """Rule 3: a scale whose poles differ between the two sides, or one word with two
    opposite prefixes."""
    if _prefix_opposite(q_words, c_words):
        return True
    _table, names = poles()
    q_poles = {names[label] for label in _pole_labels(q_words)}
    c_poles = {names[label] for label in _pole_labels(c_words)}
    for scale in {scale for scale, _ in q_poles} & {scale for scale, _ in c_poles}:
        if {p for s, p in q_poles if s == scale} != {p for s, p in c_poles if s == scale}:
            return True
    return False


def _prefix_opposite(q_words: list[Token], c_words: list[Token]) -> bool:
    """Rule 3's prefixes: "overcharged"/"undercharged" (the same rest after each)."""
    q_forms = [t.form for t in q_words if t.key in ("", "name")]
    c_forms = [t.form for t in c_words if t.key in ("", "name")]
    for one, other in opposite_prefixes():
        for a in q_forms:
            for b in c_forms:
                for x, y in ((a, b), (b, a)):
                    rest = x[len(one):]
                    if (x.startswith(one) and y.startswith(other) and len(rest) >= REST
                            and rest == y[len(other):]):
                        return True
    return False


LEAD = 2
"""Shared content words before a changed word from which a list's phrase may begin
("power STATION" / "power PLANT")."""


def _runs(
    words: list[Token], ids: list[int], table_starting: Callable[[list[str], int], list]
) -> dict[int, set[int]]:
    """Label → the positions (indices into ``words``) its patterns cover, over the
    content words (function words are skipped, as in the data files). A pattern covers a
    word of ``ids`` and may reach into the words both texts share, after it ("RAMPED up"
    / "STEPPED up") or up to ``LEAD`` words before it ("power STATION" / "power PLANT")."""
    wanted = set(ids)
    content = [i for i in range(len(words)) if words[i].form not in FUNCTION_WORDS or
               words[i].key == "negation"]
    norms = [words[i].form for i in content]
    found: dict[int, set[int]] = {}
    starts = {at - back for at in range(len(norms)) if content[at] in wanted
              for back in range(LEAD + 1) if at - back >= 0}
    for at in sorted(starts):
        starting = [(label, size) for label, size in table_starting(norms, at)
                    if wanted.intersection(content[at:at + size])]
        word = norms[at]
        for variant in () if starting else respelled(word, 1) - {word}:
            # the lists spell one way ("neighbour*"), the text the other ("neighborhood")
            norms[at] = variant
            starting += table_starting(norms, at) if content[at] in wanted else []
        norms[at] = word
        for label, size in starting:
            found.setdefault(label, set()).update(content[at:at + size])
    return found


_inflected = inflected  # the name the tests have long used

def _synonym_pairs(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> Pairs:
    """Rule 4: the words of one synonym group found on both sides (a phrase for a
    word counts once: "stood up for" for "defended"). The groups covering most words
    pair first: "presidente del Gobierno"/"jefe del Ejecutivo" is one office, not
    "Gobierno"/"Ejecutivo" and two other words."""
    q_found = _runs(q, q_ids, synonyms().starting)
    c_found = _runs(c, c_ids, synonyms().starting)
    paired_q: set[int] = set()
    paired_c: set[int] = set()
    pairs = 0
    shared = q_found.keys() & c_found.keys()
    for label in sorted(shared, key=lambda k: (-len(q_found[k]) - len(c_found[k]), k)):
        if q_found[label] & paired_q or c_found[label] & paired_c:
            continue
        q_norms = {q[i].form for i in q_found[label]}
        c_norms = {c[j].form for j in c_found[label]}
        if q_norms == c_norms or _one_prefix_two_words(q_norms, c_norms, label):
            continue
        paired_q |= q_found[label]
        paired_c |= c_found[label]
        pairs += 1
    return paired_q, paired_c, pairs


def _one_prefix_two_words(q_norms: set[str], c_norms: set[str], label: int) -> bool:
    """Two words one prefix entry caught ("invest*": "investment"/"investigation") that
    share a stem without being one word inflected: two words, not synonyms. Two words the
    family writes out whole ("spokesman | spokesperson") are its own pair."""
    if len(q_norms) != 1 or len(c_norms) != 1:
        return False
    a, b = next(iter(q_norms)), next(iter(c_norms))
    if synonyms().listed(a, label) and synonyms().listed(b, label):
        return False
    return a[:STEM] == b[:STEM] and not inflected(a, b)


def _pole_pairs(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> Pairs:
    """Rule 3's other half: two words on the same pole ("cut"/"reduced")."""
    table, _names = poles()
    q_found = _runs(q, q_ids, table.starting)
    c_found = _runs(c, c_ids, table.starting)
    paired_q: set[int] = set()
    paired_c: set[int] = set()
    pairs = 0
    for label in sorted(q_found.keys() & c_found.keys()):
        if q_found[label] & paired_q or c_found[label] & paired_c:
            continue
        paired_q |= q_found[label]
        paired_c |= c_found[label]
        pairs += 1
    return paired_q, paired_c, pairs


def _negation_pairs(
    q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]
) -> Pairs:
    """Negations on both sides, as many as agree ("nunca"/"jamás")."""
    q_neg = [i for i in q_ids if q[i].key == "negation"]
    c_neg = [j for j in c_ids if c[j].key == "negation"]
    size = min(len(q_neg), len(c_neg))
    return set(q_neg[:size]), set(c_neg[:size]), size


def _swap_pairs(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> Pairs:
    """Rule 4: function words of one group of ``light_swaps.txt`` ("this"/"the"), also
    when one is the verb before a figure ("HAS 40,000" / "HAD 40,000", normalise.py)."""
    groups = light_swaps()
    free: dict[int, list[int]] = {}
    for j in c_ids:
        if c[j].key in LIGHT_KEYS and c[j].form in groups:
            free.setdefault(groups[c[j].form], []).append(j)
    paired_q: set[int] = set()
    paired_c: set[int] = set()
    for i in q_ids:
        found = free.get(groups.get(q[i].form, -1)) if q[i].key in LIGHT_KEYS else None
        if found:
            paired_q.add(i)
            paired_c.add(found.pop(0))
    return paired_q, paired_c, len(paired_q)


def _one_word_swapped(q: list[Token], q_left: list[int], c: list[Token], c_left: list[int]
                      ) -> bool:
    """Rule 5b: after every pairing (synonyms and paraphrase families, inflections,
    typos, poles), ONE content word left on each side is one word of the claim swapped
    for another ("the railway will be ELECTRIFIED" / "PRIVATISED", "ampliará" /
    "retrasará"): another action or another thing, a different claim. Function words
    beside it do not count; two words or more a side are a rewritten phrase, judged by
    their cost."""
    q_content = [i for i in q_left if _claim_word(q, i) and not one_verb(q, i, q_left)]
    c_content = [j for j in c_left if _claim_word(c, j) and not one_verb(c, j, c_left)]
    return len(q_content) == 1 and len(c_content) == 1


def _claim_word(words: list[Token], i: int) -> bool:
    """What rule 5b counts as one word of the claim: a content word, or a name inside
    the sentence ("la FISCALÍA pide" / "la DEFENSA pide": a body swapped for another
    party; two names are rule 1's). A capital opening the text or a clause may be no name
    at all ("«PODEMOS ganar»" / "dijo que PODRÍAN ganar")."""
    token = words[i]
    return token.key == "" or (token.key == "name" and i > 0 and not token.clause_before)


def _agreeing(q: list[Token], q_left: list[int], c: list[Token], c_left: list[int]) -> bool:
    """One content word left a side that differ only in their gender ending ("largas"/
    "largos", "prevista"/"previsto") in a run whose other content words all paired (a
    noun and its synonym of the other gender: "retenciones"/"atascos"): the adjective
    agrees with its new noun, one word. Alone ("el caso"/"la casa") they are two nouns."""
    q_content = [i for i in q_left if q[i].key == ""]
    c_content = [j for j in c_left if c[j].key == ""]
    return (len(q_content) == 1 and len(c_content) == 1
            and two_genders(q[q_content[0]].form, c[c_content[0]].form))


OTHER_CONTENT = 2
"""Content words a side, none paired, from which a changed run is other content."""


def _other_content(q: list[Token], q_left: list[int], c: list[Token], c_left: list[int]
                   ) -> bool:
    """Rule 5c: a run in which nothing pairs (no synonym, inflection, pole, figure) and
    each side has ``OTHER_CONTENT`` content words or more says something else ("the
    ceasefire was HOLDING" / "SANCTIONS would be TIGHTENED" after one shared
    attribution): a different claim (``content``), however much context is shared."""
    return (sum(q[i].key == "" for i in q_left) >= OTHER_CONTENT
            and sum(c[j].key == "" for j in c_left) >= OTHER_CONTENT)
