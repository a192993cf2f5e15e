"""The features a check-worthiness score weighs: the reasons, plus cues the user never sees.

The reasons (``claims._reasons``) explain a candidate to the user; the score also weighs
how the sentence is said: a quotation in it, a future or a modal (an expectation, not a
fact yet), the speaker's first person, a hedge, an evaluation word, and the interactions
the hand-weighted score applied (a quotation whose only cues are a name and a speaker is
rhetoric more often than fact). The weights of every feature are learned from the
development gold (``benchmarks/fit_claim_weights.py``) and stored per language as data.
"""

from __future__ import annotations

from reader.analysis.claim_shapes import WORDS
from reader.analysis.lexicon import Lexicon

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
_OPENING_MARKS = frozenset("\"'«“‘‹—–-")
_LONG = 40  # words: a sentence this long carries several statements


def hidden_cues(
    sentence: str, narration: set[str], inside: str, has_quote: bool, lex: Lexicon
) -> list[str]:
    """The cues of how a sentence is said, read from its narration's lower-case words
    (``narration``) and its quoted words (``inside``)."""
    cues: list[str] = []
    if has_quote:
        cues.append("quote")
        if sentence.lstrip()[:1] in _OPENING_MARKS:
            cues.append("quote-first")  # '"…," she said': the speaker's words lead
        quoted = set(WORDS.findall(inside.lower()))
        if quoted & lex.first_person_words or _ends(quoted, lex.first_person_tuple):
            cues.append("quoted-first-person")
    if narration & lex.future_words or _ends(narration, lex.future_tuple):
        cues.append("future")
    if narration & lex.forecast_modals or narration & lex.conditionals:
        cues.append("modal")
    if narration & lex.hedge_words:
        cues.append("hedge")
    if narration & lex.opinion_words:
        cues.append("opinion")
    if sentence.count(" ") >= _LONG:
        cues.append("long")
    return cues


def _ends(words: set[str], endings: tuple[str, ...]) -> bool:
    """Whether a lower-case word of more than four letters ends in one of ``endings``."""
    return bool(endings) and any(len(w) > 4 and w.endswith(endings) for w in words)


def features(reasons: list[str], hidden: list[str]) -> list[str]:
    """Every feature of a sentence: its reasons, its hidden cues and their interactions."""
    found = reasons + hidden
    quoted = "quote" in hidden
    plain = not CONTENT.intersection(reasons)
    if quoted and plain:
        found.append("quote-plain")
        if "comparison" in reasons:
            found.append("quote-plain-comparison")
    elif "comparison" in reasons and not AMOUNTS.intersection(reasons):
        found.append("unmeasured-comparison")
    return found
