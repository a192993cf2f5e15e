"""The features a check-worthiness score weighs: the reasons, plus cues the user never sees.

The reasons (``claims._reasons``) explain a candidate to the user; the score also weighs
how the sentence is said: a quotation in it or leading it, its place in the article, its
length, and the interactions the hand-weighted score applied (a quotation whose only cues
are a name and a speaker is rhetoric more often than fact). The weights of every feature
are learned from the development gold (``benchmarks/fit_claim_weights.py``) and stored
per language as data (``claim_weights.py``).
"""

from __future__ import annotations

import re

# The reasons that give the sentence content of its own; a sentence with a quotation and
# none of them is said, not told ("plain").
CONTENT = frozenset(
    [
        "percentage", "money", "figure", "date", "quantity-word", "superlative",
        "relayed-statement", "quoted-amount", "quoted-percentage", "entity+factual-verb",
    ]
)
# The cues that give an amount; a comparison without one grades, it measures nothing.
AMOUNTS = frozenset(
    ["percentage", "money", "figure", "quantity-word", "quoted-percentage", "quoted-amount",
     "quoted-figure"]
)
_NARRATED = frozenset(["percentage", "money", "figure"])
_QUOTED = frozenset(["quoted-percentage", "quoted-amount", "quoted-figure"])
OPENING_MARKS = frozenset("\"'«“‘‹—–-")
_WORD = re.compile(r"[^\W\d_]")  # a letter: the lexicon's word pattern would import in a loop
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # ``claim_shapes.YEAR``, without the import loop
_LONG = 40  # words: a sentence this long carries several statements
_SHORT = 10  # words: a quoted sentence this short is a line of dialogue


def hidden_cues(sentence: str, has_quote: bool) -> list[str]:
    """The cues of how a sentence is said: a quotation runs into it, and leads it; it is
    long, or short with a quotation (a line of dialogue, not a short narrated fact).

    Cues tried and left out because the leave-one-folder-out fit gained nothing from them
    (``fit_claim_weights.py --drop``): modal verbs, hedges, evaluation words,
    the speaker's first person, past-tense endings, questions inside quotations, two or
    more entities, the first three sentences of the article. Session 23's second round
    (the Spanish false positives of gold_wire32 and the weak folders, each class counted
    marked/seen over the whole development gold first) kept one, ``witness``
    (``claim_witness``), and left out: a possessive relative aside ("X, cuyo padre
    falleció en 2021, …") counted as ``aside-only`` (3 sentences, the English gold marks
    its one); a speaker's tenure ("una tejedora con 28 años en la empresa": 0/5, no gain
    beside ``witness``); the next step of a trial or a negotiation ("El juicio continuará
    el miércoles": 7/17 marked); an ordinal that numbers a seat or a floor taken for no
    ranking ("desde la primera fila": 3 sentences; held-out es and en precision fell); a
    quoted number that leads the sentence, or in a story told in quotations (positive
    weights: the gold marks them more often). Session 24 (layout cues and the model,
    leave-one-folder-out, Spanish 0.867/0.817): no cue raised Spanish precision at a
    fixed recall by more than 0.006: the lede or the last paragraph, the last sentence,
    a raya turn, a sentence opening with a quotation mark, length buckets of 10/20/30
    words, a one-sentence paragraph, a narrated sentence in a paragraph with a
    quotation (English 0.895 -> 0.906 at recall 0.80, Spanish none), a sentence whose
    numbers all came earlier ("Los 140 millones irán a…": weights -0.22 es, -1.04 en;
    Spanish unchanged, English 0.870 -> 0.873, and 2 % more instructions in the stage),
    fifteen pairs of cues (a quoted number in a story told in quotations, …), a
    stronger L2 (3, 8, 16), and thresholds that maximise the median or the lower
    quartile of per-folder precision (Spanish 0.853 / 0.842 at recall >= 0.82). The
    Spanish false positives left fall in classes the gold splits across folders (a
    quoted number alone: 80 of 212 marked, 0/8 in one folder, 14/23 in another)."""
    cues: list[str] = []
    if has_quote:
        cues.append("quote")
        if sentence.lstrip()[:1] in OPENING_MARKS:
            cues.append("quote-first")  # '"…," she said': the speaker's words lead
    spaces = sentence.count(" ")
    if spaces >= _LONG:
        cues.append("long")
    elif spaces < _SHORT and has_quote:
        cues.append("short-quote")  # a line of dialogue ("«No voy a renunciar»")
    return cues


def told_cues(
    outside: str | None, inside: str, reasons: list[str], story_in_quotes: bool, ahead: bool
) -> list[str]:
    """How the sentence is told, for the sentences the learned weights overrated (the
    false positives of the leave-one-folder-out fit on the wire folders):

    - ``unnarrated``: a quotation runs through all of it, not a word of the reporter's
      (a later sentence of a multi-sentence quotation, of a raya turn: "Nosotros hemos
      reducido los residuos a la mitad en dos años."): the speaker's account goes on;
    - ``quoted-in-words``: its only number is a speaker's count in words ("necesita «dos
      o tres fichajes»", "condena a «miles de familias»"): a round count is rhetoric,
      where a figure the speaker measured is given in digits ("a 1.400 metros");
    - ``told-in-quotes``: it holds a quotation in a story told in its people's words
      (half its body sentences or more hold one: an interview, a feature), where the
      quoted lines carry the story's facts as well as its testimony: the weight, learned
      per language, tells how often (the Spanish gold marks them more often than a
      quotation in a narrated story, the English less often);
    - ``quoted-year``: its only quoted digits are a year ("Empecé en 2015", "—Eso se dijo
      con la ley de 2023"): the speaker dates a memory; in the narration a year is a date,
      not a figure, and the quotation's is no measurement either;
    - ``future``: the narration announces what is to come ("entrará en vigor el 1 de
      enero", "will reopen next year"): not yet a fact to check.

    ``outside`` is the narration (None: no quotation), ``inside`` the quoted words,
    ``ahead`` whether the narration has a word of the future (``claim_times.told_ahead``).
    """
    cues: list[str] = []
    if outside is not None:
        if _WORD.search(outside) is None:
            cues.append("unnarrated")
        if story_in_quotes:
            cues.append("told-in-quotes")
        if "quoted-figure" in reasons:
            if _DIGIT.search(inside) is None:
                cues.append("quoted-in-words")
            elif _DIGIT.search(_YEAR.sub(" ", inside)) is None:
                cues.append("quoted-year")
    if ahead:
        cues.append("future")
    return cues


def features(reasons: list[str], hidden: list[str]) -> list[str]:
    """Every feature of a sentence: its reasons, its hidden cues and their interactions."""
    found = reasons + hidden
    # A share or a sum is a number too: the rarer kinds borrow the strength of the
    # common one (in the English gold, quoted percentages are few).
    if _NARRATED.intersection(reasons):
        found.append("number")
    if _QUOTED.intersection(reasons):
        found.append("quoted-number")
    quoted = "quote" in hidden
    plain = not CONTENT.intersection(reasons)
    if quoted and plain:
        found.append("quote-plain")
        if "comparison" in reasons:
            found.append("quote-plain-comparison")
    elif "comparison" in reasons and not AMOUNTS.intersection(reasons):
        found.append("unmeasured-comparison")
    return found
