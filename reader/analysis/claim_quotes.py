"""What the quoted words of a sentence hold: a share, an amount, a number.

Check-worthiness weighs the reporter's narration; a figure inside a quotation counts only in
the shapes these tests recognise (a quoted percentage, a relayed sum), and the split of a
sentence into narration and quotation is made here once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.claim_shapes import MONEY, PERCENT, WORDS
from reader.analysis.lexicon import Lexicon

DIGIT = re.compile(r"\d")
MONEY_CHARS = frozenset("$€£¥")


def has_money_char(text: str) -> bool:
    """Whether the text holds a currency sign (``MONEY_CHARS``): one substring test per
    sign, each a memchr in C (a sign wider than the string's characters is not looked
    for at all); a class of the signs made the engine test every character."""
    return "$" in text or "€" in text or "£" in text or "¥" in text  # no generator made


def quoted_share(inside: str, lex: Lexicon) -> bool:
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


def quoted_amount(inside: str, lex: Lexicon) -> bool:
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
    return bool(MONEY_CHARS.intersection(inside) and MONEY.search(inside))


def quoted_number(inside: str, lex: Lexicon) -> bool:
    """Whether the quoted words hold an amount, a count or a date (the words are read only
    when no digit answers)."""
    if DIGIT.search(inside):
        return True
    # The list of words asked against one set: no set built of them, none intersected.
    return not _amount_words(lex).isdisjoint(WORDS.findall(inside.lower()))


@lru_cache(maxsize=8)
def _amount_words(lex: Lexicon) -> frozenset[str]:
    """The money and number words together, once per lexicon."""
    return lex.money_words | lex.number_words


def split_quotes(
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
