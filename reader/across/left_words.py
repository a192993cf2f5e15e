"""Rules 5b and 5c of ``decision.py``: what the content words a changed run has left
after every pairing say: one word of the claim swapped for another (``word``), an
adjective agreeing with its new noun (one word), or other content altogether."""

from __future__ import annotations

from reader.across.inflection import two_genders
from reader.across.near_swaps import one_verb
from reader.across.normalise import Token


def one_word_swapped(q: list[Token], q_left: list[int], c: list[Token], c_left: list[int]
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


def agreeing(q: list[Token], q_left: list[int], c: list[Token], c_left: list[int]) -> bool:
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


def other_content(q: list[Token], q_left: list[int], c: list[Token], c_left: list[int]
                   ) -> bool:
    """Rule 5c: a run in which nothing pairs (no synonym, inflection, pole, figure) and
    each side has ``OTHER_CONTENT`` content words or more says something else ("the
    ceasefire was HOLDING" / "SANCTIONS would be TIGHTENED" after one shared
    attribution): a different claim (``content``), however much context is shared."""
    return (sum(q[i].key == "" for i in q_left) >= OTHER_CONTENT
            and sum(c[j].key == "" for j in c_left) >= OTHER_CONTENT)
