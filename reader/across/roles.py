"""Two names (or nouns) that swap places around the same verb: "Spain beat France" /
"France beat Spain", "Israel accused Iran" / "Iran accused Israel", "el PP acusa al
PSOE" / "el PSOE acusa al PP", "the landlord must pay the tenant's costs" / "the tenant
must pay the landlord's costs". Every word is shared, so the word alignment sees two
words moved (cheap); a fact-checker sees the roles of the claim reversed: a different
claim (``roles``). A passive names the same doer the other way round ("police arrested
the suspect" / "the suspect was arrested BY police", ``passive_markers.txt``): no swap.

Names with their titles around them ("la diputada de Compromís Marta Olivar acusó al
senador Joaquín Rey" / "el senador Joaquín Rey acusó a la diputada …") are looked for a few
words either side of the verb (``NAME_REACH``): the names before it in one text are after
it in the other, and none stays on its side.

Otherwise the pattern is tight on purpose: each name stands next to the shared content word between
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
    return any(_names_swapped(q, q_at[word], c, c_at[word]) for word in shared
               if q[q_at[word]].key == "" and c[c_at[word]].key == "")


NAME_REACH = 6
"""Words before or after the verb in which the names of its two sides are looked for ("La
diputada de Compromís Marta OLIVAR acusó al senador Joaquín REY")."""


def _names(words: list[Token], at: int, step: int) -> set[str]:
    """The names within ``NAME_REACH`` words of ``words[at]`` on one side, up to the
    nearest punctuation; none after a passive marker ("arrested BY police")."""
    found: set[str] = set()
    k = at
    for _ in range(NAME_REACH):
        nearer, k = k, k + step
        if not 0 <= k < len(words) or (words[nearer] if step < 0 else words[k]).clause_before:
            break
        if words[k].form in passive_markers():
            return set()
        if words[k].key == "name":
            found.add(words[k].form)
    return found


def _names_swapped(q: list[Token], i: int, c: list[Token], j: int) -> bool:
    """The names before the verb in one text are after it in the other, and the other
    way round, with none on the same side in both (a name with its title or party around
    it: "la diputada Olivar acusó al senador Rey" / "el senador Rey acusó a la diputada
    Olivar")."""
    q_before, q_after = _names(q, i, -1), _names(q, i, 1)
    c_before, c_after = _names(c, j, -1), _names(c, j, 1)
    return bool(q_before & c_after and q_after & c_before
                and not q_before & c_before and not q_after & c_after)


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
