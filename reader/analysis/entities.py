"""Named entities (PER, ORG, LOC, MISC) from capitalisation, word lists and gazetteers.

Pipeline: capitalised groups (``candidates``) → segments (function words, titles, months
and weak connectors split off) → typed by evidence with a strength → document-level
consolidation (``linking``): mention linking and one sense per document, and removal of
sentence-opening words that have no evidence of being a name.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis import gazetteer
from reader.analysis.candidates import Group, find_groups
from reader.analysis.connectors import connector_ok
from reader.analysis.evidence import (
    Mention,
    is_keyword,
    typed,
)
from reader.analysis.lexicon import Lexicon
from reader.analysis.name_edges import dateline_place, with_capital_the, with_number
from reader.analysis.name_splits import (
    given_name_first,
    person_after_employer,
    person_after_party,
    person_after_title,
    place_follows,
    role_of_before,
    verb_opening,
)
from reader.analysis.name_splits import (
    right_end as _right_end,
)
from reader.analysis.name_titles import (
    places_in_title,
    title_closes,
    title_run,
    title_with_complement,
    title_word_set,
)
from reader.analysis.name_types import retyped
from reader.analysis.names import GIVEN_NAMES
from reader.analysis.orgs import KNOWN_MULTI


def find_mentions(text: str, sentences: tuple[tuple[int, int], ...], lex: Lexicon) -> list[Mention]:
    """Typed mentions of one article (before document-level consolidation)."""
    mentions: list[Mention] = []
    for group in find_groups(
        text,
        sentences,
        lex.connectors,
        lex.region_abbreviations | lex.kept_abbreviations,
        lex.misc_words,
        lex.located_heads,
    ):
        for segment, weak, cue in _segments(text, group, lex):
            mention = typed(text, segment, weak, cue, group.sentence_start, lex)
            if mention is not None:
                mention = dateline_place(text, with_number(text, mention, lex))
                mentions.append(with_capital_the(text, mention, lex))
    return retyped(text, mentions, lex)


def _segments(
    text: str, group: Group, lex: Lexicon
) -> list[tuple[list[tuple[int, int]], bool, str]]:
    """Split a group into name segments; return (tokens, weak, cue) triples."""
    out: list[tuple[list[tuple[int, int]], bool, str]] = []
    current: list[tuple[int, int]] = []
    weak = group.weak_first
    cue = ""
    skip_to = 0
    title_words = title_word_set(lex)
    for index, span in enumerate(group.tokens):
        if index < skip_to:
            continue
        word = text[span[0] : span[1]]
        lower = word.lower().rstrip(".").replace("’", "'")
        gap = group.gaps[index - 1] if index else ""
        first = not current
        # the run must open with a title word: ask only then (``lower`` differs from the
        # run's own lower-casing only by the apostrophe it normalises)
        maybe_title = lower in title_words or "’" in word
        title_end = title_run(text, group, index, lex) if maybe_title else 0
        if maybe_title and not title_end:
            title_end = title_with_complement(text, group, index, lex)
        if title_end:
            # "Chief Executive Jane Roe", "Assistant U.S. Attorney X": the title goes
            if not _all_keywords(text, current, lex):
                # "U.S. Treasury Secretary Janet Yellen": what comes before a title and
                # its holder is whom the holder works for, not a person
                employer = "EMPLOYER" if title_end < len(group.tokens) and not cue else cue
                _flush(out, current, weak, employer)
            current, weak = [], False
            cue = "PER" if title_end < len(group.tokens) else ""
            skip_to = title_end
            places_in_title(text, group.tokens[index:title_end], out)
            continue
        if (
            first
            and _dropped_opener(lower, weak, lex)
            and not _place_with_article(text, span, group, index)
            and not _capital_article(word, text, group, index)
            and not _title_before_name(lower, group, index, lex)
            and not _opens_body(text, weak, group, index, lex)
            and not given_name_first(text, word, group, index, lex)  # "Segundo Tituaña"
        ):
            weak = False  # what follows a dropped opener is capitalised on its own
            continue
        if first and weak and _source_noun_opening(text, group, index, lex):
            weak = False  # "Fuentes de la Presidencia consultadas …": sources, no surname
            continue
        storm_end = _storm_designation(text, group, index, lex) if first else 0
        if storm_end:
            skip_to, cue, weak = storm_end, "MISC", False  # "Typhoon Dalisay": "Dalisay"
            continue
        if first and weak and verb_opening(word, group, index, lex):
            weak = False  # "Said Harlequins coach Declan Foyle:": the verb before its subject
            continue
        if first and weak and _question_verb(text, span, group, index, lex):
            weak = False  # "—¿Llegará Urrutia al partido?": the verb opens the question
            continue
        short_date = (
            lower.split("-")[0] in lex.short_dates
            and (_dated(text, span[1]) or _day_before(text, span[0]))
            and not (current and gap[:1].isalpha())  # "Consellería do Mar.": a name word
        )  # "Oct. 12", "Sept 28" (wire style drops the period)
        signoff = word.isupper() and _SIGNOFF.match(text, span[1]) is not None  # "MDV/gja"
        if lower in lex.skip_words or word == "I" or short_date or signoff:
            _flush(out, current, weak, cue)
            current, cue, weak = [], "", False
            continue
        if (
            lower in lex.cap_titles
            and index + 1 < len(group.tokens)
            and not _gap_after(group, index)
            and not is_keyword(text[slice(*group.tokens[index + 1])], lex.org_words)
            and text[slice(*group.tokens[-1])].lower() not in lex.company_tails  # "Air Lines"
            and not _adjective_in_body(text, current, group, index, lex)
            and not _title_as_surname(text, current, group, index)
        ):
            if not _all_keywords(text, current, lex):
                _flush(out, current, weak, cue or "EMPLOYER")  # "Acme President Jane Roe"
            current, cue, weak = [], "PER", False
            continue
        if (
            current
            and not gap
            and (
                person_after_party(text, group, current, span, gap, lex)
                or person_after_employer(text, group, current, span, gap, lex)
                or person_after_title(text, group, current, span, gap, lex)
            )
        ):
            # "La senadora del PNV Amaia Etxeberria": a party's acronym, then a person
            _flush(out, current, weak, cue)
            current, cue, weak = [], "PER", False
        if (
            current
            and not gap
            and word in GIVEN_NAMES
            and not (cue == "PER" and len(current) == 1)  # "Mayor Quinton Lucas"
            and not any(text[s:e] in GIVEN_NAMES for s, e in current)
            and text[current[-1][0] : current[-1][1]].lower() not in lex.articles
            and text[current[-1][0] : current[-1][1]] not in lex.saint_words
            and (
                len(current) > 1
                or gazetteer.is_place(text[current[0][0] : current[0][1]])
                or text[current[0][0] : current[0][1]].isupper()
                or is_keyword(text[current[0][0] : current[0][1]], lex.org_words)
                or role_of_before(text, current[0][0], lex)
                or (weak and _person_noun_opening(text, current, lex))
            )  # "del Gobierno Teresa Ribera": an organisation, then a person
            and not gazetteer.is_place(text[current[0][0] : _right_end(group, span)])
            and not _named_after(text, current, group, lex)
        ):
            # "por Michigan Karen O'Donnell", "de Medio Ambiente Rubens Abreu": a name starts
            _flush(out, current, weak, cue)
            current, cue, weak = [], "", False
        inside_org = bool(current) and is_keyword(text[slice(*current[0])], lex.org_words)
        if (
            current
            and not gap
            and len(current) >= 2
            and is_keyword(text[slice(*current[0])], lex.org_words)
            and gazetteer.is_place(text[slice(*current[-1])])
            and _right_end(group, span) > span[1]
        ):
            # "del Principado de Asturias Genaro Alonso": an institution of a place, then
            # a full name, even one no list of given names knows
            _flush(out, current, weak, cue)
            current, cue, weak = [], "", False
        previous = text[slice(*current[-1])] if current else ""
        if (
            current
            and not gap
            and len(word) > 1
            and word.isalpha()
            and word.isupper()
            and not previous.isupper()
            and not is_keyword(previous, lex.org_words)
            and previous.lower() not in lex.cap_titles
            and word.lower() not in lex.legal_forms  # "Larchmont Senior Living LLC"
            and not is_keyword(word, lex.org_words)  # "Sevilla FC", "Real Oviedo CF"
            and text[current[0][0] : span[1]] not in KNOWN_MULTI  # "Segunda RFEF"
        ):
            # "los sindicatos de Renfe CCOO, UGT …": an acronym after a name is another
            _flush(out, current, weak, cue)
            current, cue, weak = [], "", False
        if (
            word in lex.demonyms
            and not inside_org
            and not _org_follows(text, group, index, lex)
            and not given_name_first(text, word, group, index, lex)
            and not place_follows(text, group, index, lex)
        ):
            if not all(text[s:e] in lex.compass_words for s, e in current):
                _flush(out, current, weak, cue)
                current = []
            out.append(([*current, span], False, "MISC"))  # "Russian", "South Korean"
            current, cue, weak = [], "", False
            continue
        if current and (
            len(current) >= _LONGEST_NAME
            or (gap and not connector_ok(text, current, gap, span, group, lex))
        ):
            _flush(out, current, weak, cue)
            current, cue, weak = [], "", False
        current.append(span)
    if title_closes(text, current, lex):
        # "Minnesota Gov. Tim Walz": the abbreviated title's period ends the group; the
        # name before it is the holder's state or employer, the title no part of it
        current.pop()
        _flush(out, current, weak, cue or "EMPLOYER")
        return out
    _flush(out, current, weak, cue)
    return out




# No name runs to more capitalised words than this; the bound also keeps a page of
# "Fuentes de Fuentes de …" from being joined word by word in quadratic time.
_LONGEST_NAME = 16
_SIGNOFF = re.compile(r"/[a-z]{2,4}\b")  # an editor's initials ending a wire ("MDV/gja")


def _day_before(text: str, start: int) -> bool:
    """A day number right before a month's short form ("7 DIC -", "07-DIC-26")."""
    return text[start - 1 : start] in (" ", "-") and text[start - 2 : start - 1].isdigit()


def _dated(text: str, end: int) -> bool:
    """A period or a day number right after a month's short form ("Oct. 12", "Sept 28")."""
    return text[end : end + 1] == "." or text[end : end + 2].strip().isdigit()


def _dropped_opener(lower: str, weak: bool, lex: Lexicon) -> bool:
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






def _source_noun_opening(text: str, group: Group, index: int, lex: Lexicon) -> bool:
    """A plural source noun opening the sentence before "de" and a body ("Fuentes de la
    Presidencia"), unless the whole run is a known place ("Fuentes de Andalucía")."""
    word = text[slice(*group.tokens[index])]
    if index + 1 >= len(group.tokens) or group.gaps[index] not in ("de", "del", "de la"):
        return False
    if word.lower() not in lex.source_nouns or not word.lower().endswith("s"):
        return False
    return not gazetteer.is_place(text[group.tokens[index][0] : group.end])


def _storm_designation(text: str, group: Group, index: int, lex: Lexicon) -> int:
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


def _opens_body(text: str, weak: bool, group: Group, index: int, lex: Lexicon) -> bool:
    """``the Mine Safety and Health Administration``: inside a sentence, a capitalised
    grammar word that opens a run of capitalised words ending in an organisation keyword
    is the body's first word."""
    if weak or index or len(group.tokens) < 3 or group.gaps[0]:
        return False
    lower = text[slice(*group.tokens[0])].lower()
    if lower in lex.prepositions or lower in lex.articles or lower in lex.determiners:
        return False  # "In The Army Air Corps": title case, not a name's word
    return is_keyword(text[slice(*group.tokens[-1])], lex.org_words)


def _org_follows(text: str, group: Group, index: int, lex: Lexicon) -> bool:
    """``British Antarctic Survey``: a demonym opening an organisation's name."""
    names = lex.org_words | lex.misc_words
    if any(is_keyword(text[s:e], names) for s, e in group.tokens[index + 1 : index + 8]):
        return True
    # "Western Power": a trade closing the run (not "Egyptian Water Resources Minister")
    last = group.tokens[-1]
    return index + 1 < len(group.tokens) and text[last[0] : last[1]].lower() in lex.company_tails


def _all_keywords(text: str, current: list[tuple[int, int]], lex: Lexicon) -> bool:
    """A title phrase ("Council Member", "Police Chief") in front of a name."""
    keywords = lex.title_skip  # the keywords and capitalised titles, built once
    return all(text[s:e].lower().rstrip(".") in keywords for s, e in current)


def _named_after(text: str, current: list[tuple[int, int]], group: Group, lex: Lexicon) -> bool:
    """``Hospital Universitario Miguel Servet``: an institution named after a person, when
    the keyword and its adjective are joined by plain spaces only."""
    head = text[current[0][0] : current[0][1]].lower()
    plain = all(not group.gaps[group.position[s] - 1] for s in current[1:])
    return head in lex.named_after_heads and plain and len(current) <= 2


def _person_noun_opening(text: str, current: list[tuple[int, int]], lex: Lexicon) -> bool:
    """``Volunteer Gloria Saenz``, ``Clarinetist Jerome Fontenot`` opening a sentence: a
    noun for a person, capitalised only there, before a given name."""
    if len(current) != 1:
        return False
    word = text[current[0][0] : current[0][1]]
    lower = word.lower()
    if word in GIVEN_NAMES or not word[1:].islower():
        return False
    return (
        lower in lex.role_nouns
        or lower in lex.workers
        or lower.endswith(tuple(lex.person_endings))
    )


def _title_before_name(lower: str, group: Group, index: int, lex: Lexicon) -> bool:
    """``Mayor Quinton Lucas`` opening a sentence: a title right before a name, even
    when another language's grammar word is spelt the same (Spanish "mayor")."""
    return (
        lower in lex.cap_titles
        and lower not in lex.function_words
        and index + 1 < len(group.tokens)
        and not _gap_after(group, index)
    )


def _adjective_in_body(
    text: str, current: list[tuple[int, int]], group: Group, index: int, lex: Lexicon
) -> bool:
    """``Hospital General Universitario de Elche``: a title word inside a body's name,
    followed by one more word and the name's complement, is an adjective ("Council
    President Teresa Lindqvist" has a name after it)."""
    if not current or not is_keyword(text[slice(*current[0])], lex.org_words):
        return False
    after = index + 2
    return after >= len(group.tokens) or bool(group.gaps[after - 1])




def _question_verb(
    text: str, span: tuple[int, int], group: Group, index: int, lex: Lexicon
) -> bool:
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


def _capital_article(word: str, text: str, group: Group, index: int) -> bool:
    """``LAS PALMAS``, ``(EL HIERRO)``: an article written in capitals with the capital
    name it opens, as datelines write places, belongs to the name."""
    if not word.isupper() or index + 1 >= len(group.tokens) or group.gaps[index]:
        return False
    following = text[slice(*group.tokens[index + 1])]
    return len(following) > 1 and following.isupper()


def _title_as_surname(text: str, current: list[tuple[int, int]], group: Group, index: int) -> bool:
    """A title word between given names and a surname is a surname ("Inmaculada Reina
    Bocanegra", "Ana Rey Castro"): a title goes before a whole name, not inside one."""
    if not current or any(text[s:e] not in GIVEN_NAMES for s, e in current):
        return False
    if gazetteer.is_place(text[slice(*current[0])]) or group.gaps[index - 1]:
        return False  # "Jordan King Abdullah": a country, then its king
    following = text[slice(*group.tokens[index + 1])]
    return following not in GIVEN_NAMES and not group.gaps[index]


def _gap_after(group: Group, index: int) -> str:
    return group.gaps[index] if index < len(group.gaps) else ""


def _flush(out: list, current: list[tuple[int, int]], weak: bool, cue: str) -> None:
    if current:
        out.append((list(current), weak, cue))


def _place_with_article(text: str, span: tuple[int, int], group: Group, index: int) -> bool:
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
