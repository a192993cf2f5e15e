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

from reader.across.lexicon import noun_markers, passive_markers, symbol_words
from reader.across.normalise import Token

ROLE_GAP = 2
"""Function words allowed between a name and the verb it is subject or object of."""
ROLE_WORDS = 3
"""Words a side of a role holds at most ("Nadia Okafor", "four kayakers"): two longer
runs trading places are two clauses turned round ("Con un presupuesto de 2,4 millones,
… anunció la Junta" / "La Junta anunció que … con un presupuesto de 2,4 millones")."""
ROLE_KEYS = ("name", "")
"""Names and content words can hold a role; the verb between them is a content word."""


def swapped_roles(q: list[Token], c: list[Token]) -> bool:
    """Whether two words hold each other's place around one shared content word (linear
    in the words: each shared word is tried as the verb, its neighbours as the roles)."""
    q_at, c_at = _once(q), _once(c)
    shared = q_at.keys() & c_at.keys()
    for word in shared:
        i, j = q_at[word], c_at[word]
        if q[i].key != "" or c[j].key != "" or _in_noun_phrase(q, i) or _in_noun_phrase(c, j):
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
    for word in shared:
        i, j = q_at[word], c_at[word]
        if q[i].key != "" or c[j].key != "" or _in_noun_phrase(q, i) or _in_noun_phrase(c, j):
            continue
        q_left, q_right = _phrase(q, i, -1), _phrase(q, i, 1)
        if q_left and q_right and q_left != q_right and (q_left, q_right) == (
                _phrase(c, j, 1), _phrase(c, j, -1)):
            return True  # "LIFEGUARDS have pulled TWO SWIMMERS" / "TWO SWIMMERS … LIFEGUARDS"
    return any(_names_swapped(q, q_at[word], c, c_at[word]) for word in shared
               if q[q_at[word]].key == "" and c[c_at[word]].key == "")


def _phrase(words: list[Token], at: int, step: int) -> frozenset[str]:
    """The words of the phrase beside ``words[at]`` (names, content words and figures in
    a row, across at most ``ROLE_GAP`` function words from it and no punctuation nor
    passive marker), or nothing."""
    near = _neighbour(words, at, step, ROLE_KEYS + ("number",))
    if near is None:
        return frozenset()
    found = [near]
    k = near + step
    while (0 <= k < len(words) and words[k].key in ROLE_KEYS + ("number",)
           and not (words[k + 1] if step < 0 else words[k]).clause_before):
        found.append(k)
        k += step
    return frozenset(words[k].form for k in found)


def _in_noun_phrase(words: list[Token], i: int) -> bool:
    """Whether ``words[i]`` stands right after a preposition or an article, so names a
    thing, not an action: "prices OF HOUSES in London" / "London HOUSE prices" reorders a
    noun phrase around "houses", no verb with roles."""
    if i == 0 or words[i].clause_before:
        return False
    markers = noun_markers()
    before = words[i - 1].form
    if markers.infinitive_after(before, words[i].form):
        return False  # "a INDEMNIZAR al trabajador": an infinitive is a verb
    return before in markers.prepositions or before in markers.determiners


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
    if (q_before & c_after and q_after & c_before
            and not q_before & c_before and not q_after & c_after):
        return True
    return _phrases_swapped(q, i, c, j)


PHRASE_WORDS = 2
"""Content words of one noun phrase that must cross the verb, each way, for two phrases
without names to have swapped roles ("la empresa TECNOLÓGICA Nubalia demandó a su antiguo
SOCIO CHINO" / "el antiguo SOCIO CHINO demandó a la empresa TECNOLÓGICA Nubalia")."""


def _phrases_swapped(q: list[Token], i: int, c: list[Token], j: int) -> bool:
    """Subject and object phrases that cross the verb both ways: the words nearest the
    verb on each side (names or content words), ``PHRASE_WORDS`` at least, are on its
    other side in the other text; what follows them (shared context: "over unpaid
    bills") may stay where it is."""
    q_before = _role_words(q, i, -1)
    if len(q_before) < PHRASE_WORDS:
        return False  # asked first: most shared words have no phrase before them
    c_after = _role_words(c, j, 1)
    if _crossing(q_before, set(c_after)) < PHRASE_WORDS:
        return False
    q_after, c_before = _role_words(q, i, 1), _role_words(c, j, -1)
    return all(_crossing(near, set(other)) >= PHRASE_WORDS for near, other in (
        (q_after, c_before), (c_before, q_after), (c_after, q_before)))


def _crossing(near: list[str], other_side: set[str]) -> int:
    """How many of the words nearest the verb (in order) the other text has on the
    verb's other side, up to the first it does not."""
    count = 0
    for word in near:
        if word not in other_side:
            break
        count += 1
    return count


def _role_words(words: list[Token], at: int, step: int) -> list[str]:
    """The names and content words within ``NAME_REACH`` words of ``words[at]`` on one
    side, nearest first, up to the nearest punctuation; none after a passive marker
    right beside the verb ("was sued BY the company"), and the phrase ends at a passive
    marker after it ("demandó a su antiguo socio chino POR robar")."""
    found: list[str] = []
    k = at
    for _ in range(NAME_REACH):
        nearer, k = k, k + step
        if not 0 <= k < len(words) or (words[nearer] if step < 0 else words[k]).clause_before:
            break
        if words[k].form in passive_markers():
            return found
        if words[k].key in ROLE_KEYS:
            found.append(words[k].form)
    return found


def _once(words: list[Token]) -> dict[str, int]:
    """Each folded word found once in ``words``, with its position."""
    counts = Counter(t.form for t in words)
    return {t.form: i for i, t in enumerate(words) if counts[t.form] == 1}


def _neighbour(words: list[Token], at: int, step: int,
               keys: tuple[str, ...] = ROLE_KEYS) -> int | None:
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
        if token.key in keys:
            return k
        if token.key != "function" or token.form in passive_markers():
            return None
    return None


def passive_in_place(q: list[Token], c: list[Token], ops: list) -> bool:
    """Whether one text turns the claim passive without moving its words: "police
    arrested three teenagers" / "police were arrested BY three teenagers". A passive
    marker that one text alone adds (with function words at most: "by", "por el"),
    right before a word both texts have in the same place, makes that word the doer
    where the other text has it done to: the roles reversed; so does a marker ending a
    change whose other side has the verb in another form ("la policía DETUVO a tres
    jóvenes" / "la policía FUE DETENIDA POR tres jóvenes"). A true passive moves the doer
    ("three teenagers were arrested by police" aligns no word after "by"); "passed IN
    parliament" / "passed BY parliament" changes no verb; "fell BY 1.2%" / "dropped 1.2
    per cent" names no doer: a figure after the marker is an amount."""
    markers = passive_markers()
    q_span: list[int] = []
    c_span: list[int] = []
    for op in ops:
        if op.tag != "equal":  # neighbouring inserts and deletes are one change
            q_span += range(op.src_start, op.src_end)
            c_span += range(op.dest_start, op.dest_end)
            continue
        if (q_span or c_span) and q[op.src_start].key != "function" and not _amount(
                q, op.src_start) and (
                _made_passive(q, q_span, c, c_span, markers)
                or _made_passive(c, c_span, q, q_span, markers)):
            return True
        q_span, c_span = [], []
    return False


def _amount(words: list[Token], i: int) -> bool:
    """Whether ``words[i]`` is a figure that is an amount, not a count of doers: a share
    ("by 1.2%"), or a figure before a symbol word, a function word or the end ("by 1.2
    PER CENT", "by 5,000 IN March"); "by three TEENAGERS" counts doers."""
    if words[i].key != "number":
        return False
    at = i + 1
    while at < len(words) and words[at].key == "number":
        at += 1
    return (words[i].percent or at == len(words) or words[at].key == "function"
            or words[at].form in symbol_words())


def _made_passive(words: list[Token], span: list[int], other: list[Token],
                  other_span: list[int], markers: frozenset[str]) -> bool:
    """Whether ``words[span]`` ends in a passive marker the other side's change lacks,
    where the other side adds nothing or changes a verb ("DETUVO a" / "FUE DETENIDA
    POR")."""
    if not span or words[span[-1]].form not in markers:
        return False
    if any(other[k].form in markers for k in other_span):
        return False
    if not other_span:
        return all(words[k].key == "function" for k in span)
    return any(other[k].key == "" for k in other_span)


def names_exchanged(q: list[Token], c: list[Token],
                    runs: list[tuple[list[int], list[int]]]) -> bool:
    """Whether two changed runs trade their names ("barrister NADIA OKAFOR was elected
    after her rival, SIMON ASHDOWN, withdrew" / "barrister SIMON ASHDOWN was elected after
    his rival, NADIA OKAFOR, withdrew"; "COASTGUARDS have rescued FOUR KAYAKERS" / "FOUR
    KAYAKERS have rescued COASTGUARDS"): each stands where the other text has the other,
    with a shared content word between the two places, so the two traded what the claim
    says of them. A list turned round ("Spain and France" / "France and
    Spain") has no content word between and stays a rewrite, and so does a passive that
    names the doer the other way round ("rescued BY coastguards", ``passive_markers.txt``)."""
    markers = passive_markers()
    found = [(_run_names(q, q_ids), _run_names(c, c_ids), q_ids) for q_ids, c_ids in runs
             if not any(q[i].form in markers for i in q_ids)
             and not any(c[j].form in markers for j in c_ids)]
    for k, (q_one, c_one, one_ids) in enumerate(found):
        if (not q_one or not c_one or q_one == c_one
                or max(len(q_one), len(c_one)) > ROLE_WORDS):
            continue
        for q_two, c_two, two_ids in found[k + 1:]:
            if q_two == c_one and c_two == q_one and _content_between(q, one_ids, two_ids,
                                                                         runs):
                return True
    return False


def _run_names(words: list[Token], ids: list[int]) -> frozenset[str]:
    """The names, content words and figures of a run (what can hold a role)."""
    return frozenset(words[i].form for i in ids if words[i].key in ("name", "", "number"))


def _content_between(q: list[Token], one: list[int], two: list[int],
                     runs: list[tuple[list[int], list[int]]]) -> bool:
    """Whether a content word both texts share stands between two runs of the query."""
    if not one or not two:
        return False
    changed = {i for q_ids, _c_ids in runs for i in q_ids}
    return any(q[i].key == "" and i not in changed for i in range(max(one) + 1, min(two)))

