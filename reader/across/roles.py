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
    """Whether two words hold each other's place around one shared content word (linear
    in the words: each shared word is tried as the verb, its neighbours as the roles)."""
    q_at, c_at = _once(q), _once(c)
    shared = q_at.keys() & c_at.keys()
    for word in shared:
        i, j = q_at[word], c_at[word]
        if q[i].key != "" or c[j].key != "":
            continue
        left, right = _neighbour(q, i, -1), _neighbour(q, i, 1)
        if left is None or right is None:
            continue
        a, b = q[left].form, q[right].form
        if a == b or a not in shared or b not in shared:
            continue
        c_left, c_right = _neighbour(c, j, -1), _neighbour(c, j, 1)
        if c_left == c_at[b] and c_right == c_at[a]:
            return True
    return False


def _once(words: list[Token]) -> dict[str, int]:
    """Each folded word found once in ``words``, with its position."""
    counts = Counter(t.form for t in words)
    return {t.form: i for i, t in enumerate(words) if counts[t.form] == 1}


def _neighbour(words: list[Token], at: int, step: int) -> int | None:
    """The nearest word before (``step`` -1) or after (+1) ``words[at]`` that can hold a
    role, across at most ``ROLE_GAP`` function words and no punctuation nor passive
    marker; None when there is none."""
    k = at
    for _ in range(ROLE_GAP + 1):
        nearer, k = k, k + step
        if not 0 <= k < len(words):
            return None
        if (words[nearer] if step < 0 else words[k]).clause_before:
            return None  # punctuation between: a phrase moved, not a role
        token = words[k]
        if token.key in ROLE_KEYS:
            return k
        if token.key != "function" or token.form in passive_markers():
            return None
    return None
