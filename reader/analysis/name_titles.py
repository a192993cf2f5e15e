"""Titles before a name ("Prime Minister", "Vice Finance Minister for International Affairs"):
where a run of title words ends and the person's name begins, and the places a title holds
("Assistant U.S. Attorney"). Split from ``entities`` so each reads at once.
"""

from __future__ import annotations

from functools import lru_cache

from reader.analysis import gazetteer
from reader.analysis.candidates import Group
from reader.analysis.evidence import is_keyword
from reader.analysis.lexicon import Lexicon
from reader.analysis.names import GIVEN_NAMES


@lru_cache(maxsize=4)
def title_word_set(lex: Lexicon) -> frozenset[str]:
    return lex.title_words  # built once per lexicon (this runs for every token)


# No title runs longer than this ("Deputy Assistant Secretary of State"); the bound keeps a
# page of title words from being re-read from every word in quadratic time.
_LONGEST_TITLE = 8


def title_run(text: str, group: Group, index: int, lex: Lexicon) -> int:
    """End index of a run of two or more title words before a name (0 if none); a run
    of title words that ends the group is dropped too ("the Prime Minister")."""
    tokens = group.tokens
    title_words = title_word_set(lex)
    first = text[tokens[index][0] : tokens[index][1]].lower().rstrip(".")
    if first not in title_words:
        return 0
    end = index
    while end < len(tokens) and end - index < _LONGEST_TITLE:
        lower = text[tokens[end][0] : tokens[end][1]].lower().rstrip(".")
        gap = group.gaps[end - 1] if end > index else ""
        state = gap == "of" and lower == "state"  # "Secretary of State"
        if lower not in title_words or (gap and not state):
            break
        end += 1
    last = text[tokens[end - 1][0] : tokens[end - 1][1]].lower().rstrip(".") if end > index else ""
    state = last == "state" and end - index > 2  # "Secretary of State"
    head = last in lex.title_heads or last in lex.cap_titles or state
    if end - index < 2 or not head:
        single = end - index == 1 and last in lex.title_heads and last not in lex.cap_titles
        named = end < len(tokens) and text[tokens[end][0] : tokens[end][1]] in GIVEN_NAMES
        if not (single and (last == "co-author" or named)):
            return 0  # "Economist Mark Paris": a role word before a given name
    if end < len(tokens):
        following = text[tokens[end][0] : tokens[end][1]]
        if group.gaps[end - 1] or is_keyword(following, lex.org_words):
            return 0  # "General Motors", "Prime Minister's Office"
    return end


def title_of_office(text: str, group: Group, index: int, lex: Lexicon) -> bool:
    """``Attorney General's Office``, ``Inspector General's Office``: a title whose
    holder's office is named with a possessive is part of the body's name, no title
    before a person."""
    tokens, gaps = group.tokens, group.gaps
    end = index + 1
    while end < len(tokens) and not gaps[end - 1]:
        if text[slice(*tokens[end])].lower().rstrip(".") not in lex.title_words:
            return False
        end += 1
    if end >= len(tokens) or gaps[end - 1] not in ("'s", "’s"):
        return False
    return is_keyword(text[slice(*tokens[end])], lex.org_words)


def occupation_title(text: str, group: Group, index: int, lex: Lexicon) -> int:
    """``Businessman Dale Ostrander said``, ``Farmer Ines Kolb``: a noun for a person's
    trade or standing (``person_titles``, ``workers``, ``role_nouns``), capitalised only
    because it opens the sentence, right before a given name and a surname (two or three
    name words, none a body's or a place's keyword, joined by spaces or by a surname's
    particles: ``Volunteer Ana Ruiz de la Vega``), is no part of the name; the index where
    the name starts, or 0."""
    tokens = group.tokens[: _name_run_end(group, index, lex)]  # "… of the University of X"
    gaps = group.gaps[index : len(tokens) - 1]
    if not 3 <= len(tokens) - index <= 4 or not _name_gaps(gaps, lex):
        return 0
    word = text[slice(*tokens[index])]
    lower = word.lower()
    listed = lower in lex.person_titles or lower in lex.workers or lower in lex.role_nouns
    if not listed and not _job_shaped(word, lex):
        return 0
    names = [text[slice(*token)] for token in tokens[index + 1 :]]
    if any(not n[:1].isupper() or n.isupper() or is_keyword(n, lex.keywords) for n in names):
        return 0  # "General Motors Corp", "Chief Keef": no given name and surname
    return index + 1


def _name_run_end(group: Group, index: int, lex: Lexicon) -> int:
    """Where the person's name ends: at the first connector that is no surname particle
    ("Biologist Ana Ruiz of the University of X": the employer follows the name)."""
    for position in range(index + 1, len(group.tokens)):
        gap = group.gaps[position - 1]
        if gap and not all(w in lex.name_particles for w in gap.split()):
            return position
    return len(group.tokens)


def _job_shaped(word: str, lex: Lexicon) -> bool:
    """``Clarinetist``, ``Oceanographer``, ``Seismologist``: a trade no list holds, by
    its job's ending (``role_endings``), and no given name ("Salvador", "Amador")."""
    return word not in GIVEN_NAMES and word[1:].islower() and word.lower().endswith(lex.job_endings)


def _name_gaps(gaps: list[str], lex: Lexicon) -> bool:
    """Plain spaces after the opening noun, then spaces or name particles (``de la``)."""
    if gaps and gaps[0]:
        return False
    return all(w in lex.name_particles for gap in gaps[1:] for w in gap.split())


_COMPLEMENT_GAPS = frozenset(["for", "of", "for the", "of the"])


def title_with_complement(text: str, group: Group, index: int, lex: Lexicon) -> int:
    """``Vice Finance Minister for International Affairs Hiroshi Kanda``: a title, its
    ``for``/``of`` complement and then a full name; the index where the name starts."""
    tokens, gaps = group.tokens, group.gaps
    end = index  # the title's head, at most three words in ("Vice Finance Minister")
    while text[slice(*tokens[end])].lower().rstrip(".") not in lex.title_heads:
        end += 1
        if end >= min(index + 3, len(tokens)) or gaps[end - 1]:
            return 0
    end += 1
    if end >= len(tokens) or gaps[end - 1] not in _COMPLEMENT_GAPS:
        return 0
    if any(gaps[end:]) or len(tokens) - end > 6:
        return 0  # the complement and the name are joined by plain spaces only
    for name in range(end + 1, len(tokens) - 1):
        if text[slice(*tokens[name])] in GIVEN_NAMES:
            return name
    # no listed given name: a complement of two words, then a name of two
    return len(tokens) - 2 if len(tokens) - end >= 4 else 0


def places_in_title(text: str, tokens: list[tuple[int, int]], out: list) -> None:
    """``Assistant U.S. Attorney``: a country inside a title is a place of its own."""
    for span in tokens:
        if text[span[0] : span[1]].isupper() and gazetteer.is_place(text[span[0] : span[1]]):
            out.append(([span], False, ""))


def title_closes(text: str, current: list[tuple[int, int]], lex: Lexicon) -> bool:
    """The group ends with an abbreviated title right before a capitalised name."""
    if len(current) < 2:
        return False
    start, end = current[-1]
    if text[end : end + 2] != ". " or not text[end + 2 : end + 3].isupper():
        return False  # the cheap test first: most groups end otherwise
    return text[start:end].lower() in lex.cap_titles
