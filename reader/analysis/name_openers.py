"""The first word of a capitalised run: whether it opens the name or is cut off.

A sentence capitalises its first word, so the segmenter (``entities``) asks these cues
before keeping that word: a grammar word, a source noun, a storm designation or a
question verb is dropped; an article of a place ("El Salvador"), a dateline written in
capitals, a title before a name or the opening word of a body stays.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from reader.analysis import gazetteer
from reader.analysis.candidates import Group
from reader.analysis.evidence import is_keyword
from reader.analysis.lexicon import Lexicon
from reader.analysis.name_splits import right_end as _right_end
from reader.analysis.name_titles import title_word_set
from reader.analysis.names import GIVEN_NAMES
from reader.analysis.orgs import KNOWN_MULTI


def dropped_opener(lower: str, weak: bool, lex: Lexicon) -> bool:
    """A grammar word capitalised only because it opens a sentence (either language), or
    an English ``The`` inside a sentence, which newswire conventions leave out of names."""
    if weak:
        return lower in lex.function_words or lower in lex.other_function_words
    # inside a sentence a capitalised organisation word opens a name ("el Frente Cívico")
    return (
        lower in lex.function_words
        and lower not in lex.name_articles
        and lower not in lex.org_words
    )


@lru_cache(maxsize=4)
def lone_openers(lex: Lexicon) -> frozenset[str]:
    """Grammar words that ``_segments`` drops when one opens a sentence alone: a lone
    token has no name after it for a title, an article or a given name to open, so only
    a title word (read by ``title_run``) or an apostrophe can keep it."""
    words = lex.function_words | lex.other_function_words
    return frozenset(w for w in words - title_word_set(lex) if "’" not in w and "." not in w)


def place_with_article(text: str, span: tuple[int, int], group: Group, index: int) -> bool:
    """``El Salvador``, ``La Paz``, ``Los Ángeles``: the article belongs to the place."""
    if index + 1 >= len(group.tokens) or group.gaps[index]:
        return False
    end = _right_end(group, group.tokens[index + 1])
    # "El Banco de México" is no place even though a town is called "El Banco".
    name = text[span[0] : end]
    last = bisect.bisect_left(group.tokens, end, key=lambda token: token[1])  # ends ascend
    if last >= len(group.tokens) or group.tokens[last][1] != end:
        last = len(group.tokens) - 1
    listed = last < len(group.gaps) and group.gaps[last].split()[0] in ("y", "e", "and", ",")
    whole = end == group.end or listed  # "El Salvador y El Paso"
    return whole and (gazetteer.is_place(name) or name in KNOWN_MULTI)


def capital_article(word: str, text: str, group: Group, index: int) -> bool:
    """``LAS PALMAS``, ``(EL HIERRO)``: an article written in capitals with the capital
    name it opens, as datelines write places, belongs to the name."""
    if not word.isupper() or index + 1 >= len(group.tokens) or group.gaps[index]:
        return False
    following = text[slice(*group.tokens[index + 1])]
    return len(following) > 1 and following.isupper()


def title_before_name(lower: str, group: Group, index: int, lex: Lexicon) -> bool:
    """``Mayor Quinton Lucas`` opening a sentence: a title right before a name, even
    when another language's grammar word is spelt the same (Spanish "mayor")."""
    return (
        lower in lex.cap_titles
        and lower not in lex.function_words
        and index + 1 < len(group.tokens)
        and not gap_after(group, index)
    )


def opens_body(text: str, weak: bool, group: Group, index: int, lex: Lexicon) -> bool:
    """``the Mine Safety and Health Administration``: inside a sentence, a capitalised
    grammar word that opens a run of capitalised words ending in an organisation keyword
    is the body's first word."""
    if weak or index or len(group.tokens) < 3 or group.gaps[0]:
        return False
    lower = text[slice(*group.tokens[0])].lower()
    if lower in lex.prepositions or lower in lex.articles or lower in lex.determiners:
        return False  # "In The Army Air Corps": title case, not a name's word
    return is_keyword(text[slice(*group.tokens[-1])], lex.org_words)


def source_noun_opening(text: str, group: Group, index: int, lex: Lexicon) -> bool:
    """A plural source noun opening the sentence before "de" and a body ("Fuentes de la
    Presidencia"), unless the whole run is a known place ("Fuentes de Andalucía")."""
    word = text[slice(*group.tokens[index])]
    if index + 1 >= len(group.tokens) or group.gaps[index] not in ("de", "del", "de la"):
        return False
    if word.lower() not in lex.source_nouns or not word.lower().endswith("s"):
        return False
    return not gazetteer.is_place(text[group.tokens[index][0] : group.end])


def team_epithet(text: str, group: Group, index: int, lex: Lexicon) -> bool:
    """``Hosts Switzerland play Finland``, ``Holders Spain meet Italy``: a sports report
    opens a sentence with the side's standing (``team_epithets``) before its name, which
    is no part of it; a run closed by an event's or a body's word stays whole
    ("Champions League", "Champions Hockey League")."""
    word = text[slice(*group.tokens[index])]
    if index + 1 >= len(group.tokens) or group.gaps[index] or word.lower() not in lex.team_epithets:
        return False
    last = text[slice(*group.tokens[-1])]
    return not is_keyword(last, lex.misc_words) and not is_keyword(last, lex.org_words)


def storm_designation(text: str, group: Group, index: int, lex: Lexicon) -> int:
    """End index of a storm's designation ("Tropical Storm", "Typhoon") right before its
    name in the same group, or 0."""
    end = index
    while end < len(group.tokens) - 1 and not (end > index and group.gaps[end - 1]):
        if text[slice(*group.tokens[end])].lower() not in lex.storm_words:
            break
        end += 1
    if end == index or end >= len(group.tokens) or group.gaps[end - 1]:
        return 0
    last = text[slice(*group.tokens[end - 1])].lower()
    if last not in lex.misc_nouns:
        return 0  # "Super Lig", "Tropical Fish": no storm noun closes the designation
    if is_keyword(text[slice(*group.tokens[-1])], lex.org_words):
        return 0  # "Storm Prediction Center": a body named after storms
    return end


def question_verb(text: str, span: tuple[int, int], group: Group, index: int, lex: Lexicon) -> bool:
    """An unknown word right after ``¿`` and before a name is the question's verb."""
    if index or text[span[0] - 1 : span[0]] != "¿" or len(group.tokens) < 2 or group.gaps[0]:
        return False
    word = text[span[0] : span[1]]
    return not (
        word in GIVEN_NAMES
        or gazetteer.is_place(word)
        or word.isupper()
        or is_keyword(word, lex.org_words)
        or word.lower() in lex.title_words
    )


def gap_after(group: Group, index: int) -> str:
    return group.gaps[index] if index < len(group.gaps) else ""


def royal_place(text: str, group: Group, index: int, lex: Lexicon) -> bool:
    """``Prince Edward Island``, ``King George Island``, ``Prince William Sound``: a royal
    title (``royal_titles``) opening a run that closes with a place's last word
    (``loc_tails``) names a place after a royal, not a title and its holder. Only royal
    titles: "Mayor Grace Park" is a mayor and her surname."""
    if text[slice(*group.tokens[index])].lower() not in lex.royal_titles:
        return False
    last = index
    while last + 1 < len(group.tokens) and not group.gaps[last]:
        last += 1  # the run joined by plain spaces ("King George Island on Monday")
    return last >= index + 2 and text[slice(*group.tokens[last])].lower() in lex.loc_tails
