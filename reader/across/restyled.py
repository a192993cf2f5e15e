"""A sentence restyled all through is one claim: when a word swap alone is another claim
and when it is one more rewrite among several.

``decision.judge`` calls one content word swapped for another (rule 5b, ``word``) or a
content word of a noun phrase swapped (rule 5, ``subject``) a different claim: "the railway
will be ELECTRIFIED" / "PRIVATISED" is word for word the same sentence but for the one word
that carries the claim. No list can hold every rewrite a newsroom writes, though, and a
newsroom restyling a wire story changes several words, not one: "La Guardia Civil DETUVO
… a tres hombres que PRESUNTAMENTE ocultaban" / "APRESÓ … SUPUESTAMENTE". So these two
conflicts are SOFT: they stand when the swap is the only UNLISTED change in the sentence
(``ALONE``: one swap beside listed rewordings is just what a look-alike looks like), and
turn into an ordinary cost (what the words would cost unpaired) when two soft changes or
more are found and the text is restyled elsewhere too:

- another change whose words the rules PAIRED as one meaning, with a word chosen anew
  (a synonym or paraphrase family, the same pole of a scale, a collocation: a clean
  rewording) shows the other text is a restyled copy; a phrase that is merely different
  ("to ENTER the centre" / "to LEAVE THEIR CARS OUTSIDE the centre") shows nothing; one
  word in another form (an inflection, a house spelling, a typo) is no choice and no
  such evidence ("organised"/"organized" beside "welders"/"plumbers"),
  nor is a reworded reporting frame ("officials SAID" / "STATED", "ASEGURÓ que" /
  "AFIRMÓ que": ``reporting_words.txt``): who said it is not what was said;
- or ``MANY_SWAPS`` content words or more swapped in two soft changes or more, apart: a
  look-alike written to say something else changes the one word that matters, not three.
  (One change of several words a side, "rehabilitar las piscinas" / "ampliar la red de
  carriles", is one other phrase: alone it never softens.)

A HARD conflict anywhere (another figure, name, negation, hedge, pole of a scale such as
a weekday or "rose"/"fell", other content) keeps the two texts two claims whatever else is
restyled: what a fact-checker checks (figure, who, where, when, yes or no) never softens.
The similarity threshold still bounds how much restyling one text may carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import Levenshtein

from reader.across.attribution import cues
from reader.across.data_files import data_sections
from reader.across.decision import Assessment
from reader.across.inflection import STEM, TYPO_MIN, inflected, one_word
from reader.across.normalise import Token
from reader.across.spelling import same_spelling

SOFT = frozenset({"word", "subject"})
"""The conflicts of ``decision.judge`` that a restyled sentence softens into a cost."""
ALONE = 2
"""Soft changes from which a sentence may be restyled: ONE swapped word never softens,
however the rest of the sentence is reworded. A look-alike written to say something else
rewords a word or two AND changes the one that matters ("Police QUESTIONED two teenagers
after a FIRE" / "Officers CHARGED two teenagers after a BLAZE"): one listed rewording beside
one unlisted swap is exactly what both a restyled copy and another claim look like, and a
false "same" (the article view saying "Already checked" about another claim) is the worst
error for a fact-checker. Only two swaps or more, apart, each unlisted, show a newsroom
choosing its own words all through; a single rewrite a list misses is the list's to learn
("the pair is known")."""
MANY_SWAPS = 3
"""Content words swapped in soft changes (two changes at least) from which, even with no
clean change beside them, the sentence is restyled ("GROUNDED the jets … AGEING …
CRACKED" / "PARKED … ELDERLY … FRACTURED")."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """One judged change: its cost, its conflict ("" for a rewrite) and whether it
    rewords content (``reworded``: only such changes are evidence of restyling)."""

    cost: float
    conflict: str
    content: bool
    swaps: int = 1
    """Content words a side a soft change swaps ("el INCENDIO se ORIGINÓ" / "el FUEGO se
    INICIÓ", one change of two swaps around "se")."""


def verdict(found: Assessment, q: list[Token], q_ids: list[int], c: list[Token],
            c_ids: list[int]) -> Verdict:
    """The verdict on the change of ``q_ids`` for ``c_ids`` that ``decision.assess``
    judged: a clean change is evidence when words in it were paired as another word of
    one meaning (``decision.Assessment.paired_q``); a soft one of one
    swapped word when words inside it, apart from that word, were paired as another word of
    one meaning ("ARRESTARON al sospechoso" / "DETUVIERON al presunto autor": two changes
    one function word apart, which ``compare`` judges as one)."""
    if found.conflict in SOFT:
        q_paired, c_paired = sorted(found.paired_q), sorted(found.paired_c)
        evidence = (found.conflict == "word" and found.swaps == 1
                    and reworded(q, q_paired, c, c_paired)
                    and _apart(q_paired, found.left_q) and _apart(c_paired, found.left_c)
                    and not framing(q, q_paired) and not framing(c, c_paired))
        return Verdict(found.cost, found.conflict, evidence, max(found.swaps, 1))
    q_paired, c_paired = sorted(found.paired_q), sorted(found.paired_c)
    return Verdict(found.cost, found.conflict, reworded(q, q_paired, c, c_paired)
                   and not framing(q, q_paired) and not framing(c, c_paired))


def _apart(paired: list[int], swapped: tuple[int, ...]) -> bool:
    """Whether no paired word stands right beside a swapped one: "ARRESTARON al
    SOSPECHOSO" are two changes a function word apart; "HOMELESS people" / "EMPTY homes"
    is one phrase, whatever a list paired inside it."""
    return all(abs(i - j) > 1 for i in paired for j in swapped)


@cache
def _reporting() -> tuple[frozenset[str], frozenset[str]]:
    """The reporting words (``attribution_cues.txt`` and ``reporting_words.txt``) and
    the links after a reporting verb ("that", "que")."""
    sections = data_sections("reporting_words.txt")
    words = {word for line in sections.get("words", ()) for word in line.split()}
    links = {word for line in sections.get("links", ()) for word in line.split()}
    return frozenset(words) | cues(), frozenset(links)


def framing(words: list[Token], ids: list[int]) -> bool:
    """Whether the changed words ``ids`` of one text are its reporting frame: every
    content word among them a reporting word, or the change right before a link
    ("warned THAT")."""
    content = [i for i in ids if words[i].key == ""]
    reporting, links = _reporting()
    if content and all(words[i].form in reporting for i in content):
        return True
    after = max(ids, default=-1) + 1
    return 0 < after < len(words) and words[after].form in links


def reworded(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> bool:
    """Whether both sides of a change have content words and some content word of
    either side is no form of a content word of the other (inflected, respelled,
    mistyped): a word chosen anew, not the same word written another way."""
    q_words = [q[i].form for i in q_ids if q[i].key == ""]
    c_words = [c[j].form for j in c_ids if c[j].key == ""]
    if not q_words or not c_words:
        return False
    return (any(not any(_one(a, b) for b in c_words) for a in q_words)
            or any(not any(_one(a, b) for a in q_words) for b in c_words))


def _one(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one word in two forms."""
    return (a == b or (a[:STEM] == b[:STEM] and inflected(a, b)) or one_word(a, b)
            or same_spelling(a, b, one_word)
            or (min(len(a), len(b)) >= TYPO_MIN
                and Levenshtein.distance(a, b, score_cutoff=1) <= 1))


def settle(inner: list[Verdict], edge: list[Verdict]) -> tuple[float, str, str]:
    """The extra cost of softened swaps, and the conflict left inside the aligned
    stretch and at its edges ("" each when none or all softened)."""
    verdicts = inner + edge
    hard = any(v.conflict and v.conflict not in SOFT for v in verdicts)
    soft = [v for v in verdicts if v.conflict in SOFT]
    evidence = any(v.content and (not v.conflict or v.conflict in SOFT) for v in verdicts)
    many = sum(v.swaps for v in soft) >= MANY_SWAPS
    if len(soft) >= ALONE and not hard and (evidence or many):
        return sum(v.cost for v in soft), "", ""
    return (0.0, next((v.conflict for v in inner if v.conflict), ""),
            next((v.conflict for v in edge if v.conflict), ""))
