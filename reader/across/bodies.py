"""A body named after an article ("LA Guardia Civil", "THE Coast Guard", "EL Ejército")
holds the place of a common noun: against another noun it is another subject or object
(rule 5 of ``decision.py``: "la Guardia Civil rescató" / "los BOMBEROS rescataron" are two
claims), against a generic noun for any body it is the same one named again ("the
Environment Agency" / "THE AGENCY", "el Ministerio de Sanidad" / "EL DEPARTAMENTO",
``generic_referents.txt``), when the noun is for its kind ("the Metropolitan Police" / "THE
FORCE", never "la Guardia Civil" / "LA EMPRESA": ``body_kinds.txt``). Its members ("la
Guardia Civil" / "los agentes") are the families' to pair (``paraphrases.txt``). A person's
or a place's name takes no article ("Sánchez", "en Gredos") and is rule 1's."""

from __future__ import annotations

from functools import cache

from reader.across.data_files import data_lines, data_sections
from reader.across.inflection import Pairs
from reader.across.lexicon import noun_markers
from reader.across.normalise import Token


@cache
def generic_referents() -> frozenset[str]:
    """The nouns of ``generic_referents.txt``."""
    return frozenset(word for line in data_lines("generic_referents.txt")
                     for word in line.split())


@cache
def _kinds() -> dict[str, frozenset[str]]:
    """Each word of ``body_kinds.txt`` with the kinds of body it shows or names."""
    found: dict[str, set[str]] = {}
    for kind, lines in data_sections("body_kinds.txt").items():
        for word in (word for line in lines for word in line.split()):
            found.setdefault(word, set()).add(kind)
    return {word: frozenset(kinds) for word, kinds in found.items()}


def kind_fits(name: list[str], noun: str) -> bool:
    """Whether a generic ``noun`` may stand for the body named by the folded words
    ``name``: a name of no known kind ("Ofgem") or a noun of no kind ("the body") fits any;
    otherwise the two share a kind ("Bank of England" / "the bank")."""
    noun_kinds = _kinds().get(noun)
    if noun_kinds is None:
        return True
    name_kinds = frozenset().union(*(_kinds().get(word, frozenset()) for word in name))
    return not name_kinds or bool(name_kinds & noun_kinds)


def body_name(words: list[Token], i: int) -> bool:
    """Whether ``words[i]`` is the first word of a name written after an article."""
    return (words[i].key == "name" and i > 0 and not words[i].clause_before
            and words[i - 1].form in noun_markers().determiners)


def body_pairs(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]) -> Pairs:
    """Rule 4: a body's name on one side and a generic noun for a body on the other pair
    as one subject (its name's words with the noun), once a side."""
    for words, ids, other, other_ids, flip in ((q, q_ids, c, c_ids, False),
                                               (c, c_ids, q, q_ids, True)):
        name = _name_run(words, ids)
        noun = next((j for j in other_ids if other[j].key == ""
                     and other[j].form in generic_referents()
                     and kind_fits([words[i].form for i in name], other[j].form)), None)
        if name and noun is not None:
            found = (set(name), {noun}) if not flip else ({noun}, set(name))
            return found[0], found[1], 1
    return set(), set(), 0


def _name_run(words: list[Token], ids: list[int]) -> list[int]:
    """The words of the first body name among ``ids`` ("Environment Agency")."""
    wanted = set(ids)
    for i in ids:
        if body_name(words, i):
            run = [i]
            while run[-1] + 1 in wanted and words[run[-1] + 1].key == "name":
                run.append(run[-1] + 1)
            return run
    return []
