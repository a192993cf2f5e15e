"""A sentence turned passive keeps its doer and its verb: "The council APPROVED the plan"
/ "The plan was APPROVED by the council". When the alignment rests on the object ("the
plan …"), the active text's subject and verb lie before the shared stretch, trimmed like
context, and the passive text's verb and agent lie inside a changed run; the words that
move across (``moved.py``) cost little. What does not move is a change all the same:

- the agent after the marker ("by", "por": ``passive_markers.txt``) against the active
  text's opening that did not move: "the driver was arrested by PARAMEDICS" / "POLICE
  arrested the driver" is another doer (``subject``) unless the two are one (a family,
  one word in two forms, a body and a generic noun for it: "by officers" / "Police");
- the participle before the marker against that opening: a HARD conflict there (another
  pole: "the plan was REJECTED by the council" / "The council APPROVED the plan", a
  negation, a figure) is the texts' conflict. Another verb merely (rule 5b's soft
  ``word``) is left to the costs: a newsroom turning a sentence round often picks its
  verb anew ("intercepted a drone" / "a drone was brought down by")."""

from __future__ import annotations

from reader.across.bodies import generic_referents, kind_fits
from reader.across.decision import Assessment, assess
from reader.across.inflection import one_word
from reader.across.lexicon import passive_markers, synonyms
from reader.across.moved import Across
from reader.across.near_swaps import particles
from reader.across.normalise import Token
from reader.across.restyled import SOFT

Runs = list[tuple[list[int], list[int]]]
KEYS = ("", "name")
"""The words a doer or a verb is made of."""


def passive_turn_conflict(q: list[Token], c: list[Token], runs: Runs, across: Across,
                          q_span: tuple[int, int], c_span: tuple[int, int]) -> str:
    """The conflict between a passive run's unmoved words (a changed run inside the
    stretch, or the words after it: "… Bicester WAS REJECTED BY THE COUNCIL, officials
    said") and the other text's unmoved opening ("" if none or no passive run)."""
    q_out = {q[i].form for i in (*range(q_span[0]), *range(q_span[1], len(q)))}
    c_out = {c[j].form for j in (*range(c_span[0]), *range(c_span[1], len(c)))}
    regions = [(q_ids, c_ids, across.inner_q, across.inner_c) for q_ids, c_ids in runs]
    q_tail = [i for i in range(q_span[1], len(q)) if q[i].form not in c_out]
    c_tail = [j for j in range(c_span[1], len(c)) if c[j].form not in q_out]
    regions.append((q_tail, c_tail, frozenset(), frozenset()))
    q_opening = [i for i in range(q_span[0]) if q[i].key in KEYS
                 and i not in across.outer_q and q[i].form not in c_out]
    c_opening = [j for j in range(c_span[0]) if c[j].key in KEYS
                 and j not in across.outer_c and c[j].form not in q_out]
    for q_ids, c_ids, q_moved, c_moved in regions:
        conflict = (_judged(q, q_ids, q_moved, c, c_opening, True)
                    or _judged(c, c_ids, c_moved, q, q_opening, False))
        if conflict:
            return conflict
    return ""


def _judged(words: list[Token], ids: list[int], moved: frozenset[int], other: list[Token],
            opening: list[int], passive_first: bool) -> str:
    """One passive run against the other text's opening (module docstring)."""
    at = next((k for k, i in enumerate(ids) if words[i].form in passive_markers()), None)
    if at is None or not opening:
        return ""
    verb = [i for i in ids[:at] if words[i].key in KEYS and i not in moved]
    agent = _agent(words, ids[at + 1:], moved)
    if agent and not any(_one(words[i], other[j]) for i in agent for j in opening):
        return "subject"
    if verb:
        found = (assess(words, verb, other, opening) if passive_first
                 else assess(other, opening, words, verb))
        if found.conflict and found.conflict not in SOFT:
            return found.conflict
        if found.conflict == "word" and _senses_differ(
                *((words, other) if passive_first else (other, words)), found, passive_first):
            return "word"
    return ""


def _senses_differ(q: list[Token], c: list[Token], found: Assessment,
                   passive_first: bool) -> bool:
    """Whether a soft one-verb swap pairs two verbs of known, disjoint sense families
    (module docstring), neither of them the head of a phrasal verb."""
    if len(found.left_q) != 1 or len(found.left_c) != 1:
        return False
    passive, at = (q, found.left_q[0]) if passive_first else (c, found.left_c[0])
    if at + 1 >= len(passive) or passive[at + 1].form not in passive_markers():
        return False  # only the participle right before "by"/"por" is the turned verb
    families = []
    for words, i in ((q, found.left_q[0]), (c, found.left_c[0])):
        if i + 1 < len(words) and words[i + 1].form in particles():
            return False
        families.append({label for label, size in synonyms().starting([words[i].form], 0)
                         if size == 1})
    return all(families) and not families[0] & families[1]


def _agent(words: list[Token], after: list[int], moved: frozenset[int]) -> list[int]:
    """The agent's words: the first noun phrase after the marker, its first word that is
    a name or a content word and the words of one name run on from it ("por el
    PARLAMENTO EUROPEO"), not what the run says after it ("por un rayo la noche del
    sábado y el PARQUE"). Empty when that word moved (the same doer)."""
    for k, i in enumerate(after):
        if words[i].key not in KEYS:
            continue
        if i in moved:
            return []
        run = [i]
        for j in after[k + 1:]:
            if j != run[-1] + 1 or words[j].key != "name" or words[i].key != "name":
                break
            run.append(j)
        return [j for j in run if j not in moved]
    return []


def _one(one: Token, other: Token) -> bool:
    """Whether two words name one doer: one word, one family, or a name and a generic
    noun for a body ("by the regulator" / "Ofgem")."""
    a, b = one.form, other.form
    if one_word(a, b):
        return True
    if (one.key == "name" and other.key == "" and b in generic_referents()
            and kind_fits([a], b)) or (other.key == "name" and one.key == ""
                                       and a in generic_referents() and kind_fits([b], a)):
        return True
    labels = {label for label, _ in synonyms().starting([a], 0)}
    return bool(labels) and bool(labels & {label for label, _ in synonyms().starting([b], 0)})
