"""Two names (or nouns) that swap places around the same verb: "Spain beat France" /
"France beat Spain", "Israel accused Iran" / "Iran accused Israel", "el PP acusa al
PSOE" / "el PSOE acusa al PP", "the landlord must pay the tenant's costs" / "the tenant
must pay the landlord's costs". Every word is shared, so the word alignment sees two
words moved (cheap); a fact-checker sees the roles of the claim reversed: a different
claim (``roles``). A passive names the same doer the other way round ("police arrested
the suspect" / "the suspect was arrested BY police", ``passive_markers.txt``): no swap.

The pattern is tight on purpose: each name stands next to the shared content word between
them (only function words in between, ``ROLE_GAP`` at most) in BOTH texts. Names merely
listed ("Spain and France agreed" / "France and Spain agreed": no content word between)
or an attribution moved ("«Madrid crea empleo», dijo Ayuso" / "Ayuso dijo que Madrid
crea empleo": "Madrid" is not beside "dijo" in the first) are no swap, nor are words
with punctuation between them ("En el pleno, el alcalde presumió": a phrase moved).
"""

from __future__ import annotations

from collections import Counter

from reader.across.lexicon import passive_markers
from reader.across.normalise import Token

ROLE_GAP = 2
"""Function words allowed between a name and the verb it is subject or object of."""
ROLE_KEYS = ("name", "")
"""Names and content words can hold a role; the verb between them is a content word."""


def swapped_roles(q: list[Token], c: list[Token]) -> bool:
    """Whether two names hold each other's place around one shared content word."""
    q_at, c_at = _once(q), _once(c)
    names = [n for n in q_at.keys() & c_at.keys() if q[q_at[n]].key in ROLE_KEYS
             and c[c_at[n]].key in ROLE_KEYS]
    if len(names) < 3:  # two that swap and the verb between them
        return False
    for a in names:
        for b in names:
            if not (q_at[a] < q_at[b] and c_at[b] < c_at[a]):
                continue
            for word in names:
                if q[q_at[word]].key != "" or c[c_at[word]].key != "" or word in (a, b):
                    continue
                if (_beside(q, q_at[a], q_at[word], q_at[b])
                        and _beside(c, c_at[b], c_at[word], c_at[a])):
                    return True
    return False


def _once(words: list[Token]) -> dict[str, int]:
    """Each folded word found once in ``words``, with its position."""
    counts = Counter(t.norm for t in words)
    return {t.norm: i for i, t in enumerate(words) if counts[t.norm] == 1}


def _beside(words: list[Token], left: int, middle: int, right: int) -> bool:
    """``left < middle < right`` with only a few function words between each."""
    if not left < middle < right:
        return False
    return _function_gap(words, left, middle) and _function_gap(words, middle, right)


def _function_gap(words: list[Token], start: int, end: int) -> bool:
    between = words[start + 1:end]
    return (len(between) <= ROLE_GAP and all(t.key == "function" for t in between)
            and not any(t.norm in passive_markers() for t in between)
            and not any(t.clause_before for t in words[start + 1:end + 1]))
