"""What the words right before a candidate name say about it: a title or role noun (a
person), an organisation's or a place's noun, a place preposition, an article. Split from
``evidence``, which types a name and asks these while doing so.
"""

from __future__ import annotations

import re

from reader.analysis.lexicon import Lexicon
from reader.analysis.name_context import noun_cue

# The words (and the marks that close an apposition or open a quotation) before a name.
_PREV_WORDS = re.compile(r"[\w\-]+\.?|,|[:;(“«\"]")


def after_article(before: list[str], lex: Lexicon) -> bool:
    """An article right before the name: Spanish names of people take none."""
    return bool(before) and before[-1].lower() in lex.org_articles


def region_slot(before: list[str], lex: Lexicon) -> bool:
    """After an article ("the South"), or after a name and a joining word ("the Midwest
    and South"): where a compass word names a region."""
    if not before:
        return False
    last = before[-1].lower()
    if last in lex.articles:
        return True
    return len(before) > 1 and last in lex.function_words and before[-2][:1].isupper()


def place_preposition(before: list[str], lex: Lexicon) -> float:
    """Strength of a place reading from ``en``/``in``/``at`` (+ article) before a name."""
    lowered = [w.lower() for w in before[-2:]]
    if lowered and lowered[-1] in lex.place_preps:
        return 1.0
    if len(lowered) == 2 and lowered[-1] in lex.articles and lowered[0] in lex.place_preps:
        return 0.8
    return 0.0


def words_before(text: str, sent_start: int, start: int) -> list[str]:
    return _PREV_WORDS.findall(text, max(sent_start, start - 80), start)[-8:]


def context_cue(before: list[str], lex: Lexicon, closed: bool = True) -> str:
    """Role, organisation or place nouns right before a name, or before its comma."""
    if not before:
        return ""
    last = before[-1].lower().rstrip(".")  # the other words only when the last says so
    if last in lex.titles or last == "by" and len(before) > 1 and before[-2].lower() in (
        lex.credit_words  # "(Reporting by X; Editing by Y)": a wire's staff
    ):
        return "PER-strong"
    if last in lex.org_nouns:
        return "ORG"
    if last in lex.loc_nouns:
        # "la empresa municipal Aguas de Sevilla": an adjective that is also a place noun
        # ("término municipal") qualifies the organisation noun before it
        body = len(before) > 1 and before[-2].lower().rstrip(".") in lex.org_nouns
        return "ORG" if body else "LOC"
    if last in lex.misc_nouns:
        return "MISC"  # "el proyecto Arazatí", "Operation X"
    of = last in ("de", "del", "of") and len(before) > 1
    if of and any(before[-2].lower().rstrip(".") in s for s in (lex.loc_nouns, lex.town_heads)):
        return "LOC"
    if last != "," or not closed:
        return ""
    window: list[str] = []
    for word in reversed([w.lower().rstrip(".") for w in before[-7:-1]]):
        if word in (",", ":", "“", "«", '"', "(") or lex.is_reporting(word):
            break  # "VnExpress quoted a local resident, X": the apposition opens past the verb
        window.append(word)
    return noun_cue(window[::-1], lex)
