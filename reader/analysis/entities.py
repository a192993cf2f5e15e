"""Named entities (PER, ORG, LOC, MISC) from capitalisation, word lists and gazetteers.

Pipeline: capitalised groups (``candidates``) → segments (function words, titles, months
and weak connectors split off) → typed by evidence with a strength → document-level
consolidation (``linking``): mention linking and one sense per document, and removal of
sentence-opening words that have no evidence of being a name. Whether a run's first word
opens the name or is cut off is asked of ``name_openers``.
"""

from __future__ import annotations

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
from reader.analysis.name_edges import (
    dateline_place,
    press_credit,
    with_brand_s,
    with_capital_the,
    with_number,
)
from reader.analysis.name_openers import (
    capital_article,
    dropped_opener,
    gap_after,
    lone_openers,
    opens_body,
    place_with_article,
    question_verb,
    royal_place,
    source_noun_opening,
    storm_designation,
    team_epithet,
    title_before_name,
)
from reader.analysis.name_splits import (
    father_name_last,
    given_name_first,
    person_after_employer,
    person_after_outlet,
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
    occupation_title,
    places_in_title,
    title_closes,
    title_of_office,
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
        lex.noun_name_ending_tuple,
        lone_openers(lex),  # "El", "Según" alone opening a sentence: no group built
    ):
        for segment, weak, cue in _segments(text, group, lex):
            mention = typed(text, segment, weak, cue, group.sentence_start, lex)
            if mention is not None and not _discipline(text, mention, lex):
                mention = dateline_place(text, with_number(text, mention, lex))
                mention = with_brand_s(text, mention, lex)  # "Moody's warned"
                mention = press_credit(text, mention, lex)  # "PA Wales Correspondent"
                mentions.append(with_capital_the(text, mention, lex))
    return retyped(text, mentions, lex)


_ACADEMIC_OF = re.compile(r"([^\W\d_]+) (?:de|en|of|in) $")


def _discipline(text: str, mention: Mention, lex: Lexicon) -> bool:
    """``catedrática de Geografía Humana``, ``profesor de Historia Contemporánea``: a
    field of study after an academic's noun names no person, place or body."""
    first = mention.words[0] if mention.words else ""
    if first.lower() not in lex.disciplines:
        return False
    before = _ACADEMIC_OF.search(text, max(0, mention.start - 30), mention.start)
    return before is not None and before.group(1).lower() in lex.academic_nouns


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
        if not title_end and weak and index == 0 and len(group.tokens) > 2:
            title_end = occupation_title(text, group, index, lex)  # "Farmer Ines Kolb"
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
            and dropped_opener(lower, weak, lex)
            and not place_with_article(text, span, group, index)
            and not capital_article(word, text, group, index)
            and not title_before_name(lower, group, index, lex)
            and not opens_body(text, weak, group, index, lex)
            and not given_name_first(text, word, group, index, lex)  # "Segundo Tituaña"
        ):
            weak = False  # what follows a dropped opener is capitalised on its own
            continue
        if first and weak and source_noun_opening(text, group, index, lex):
            weak = False  # "Fuentes de la Presidencia consultadas …": sources, no surname
            continue
        if first and weak and team_epithet(text, group, index, lex):
            weak = False  # "Hosts Switzerland play Finland": the side's standing, no name
            continue
        # a designation needs a name after it in the group: a last word opens none
        last = index + 1 == len(group.tokens)
        storm_end = storm_designation(text, group, index, lex) if first and not last else 0
        if storm_end:
            skip_to, cue, weak = storm_end, "MISC", False  # "Typhoon Dalisay": "Dalisay"
            continue
        if first and weak and verb_opening(word, group, index, lex):
            weak = False  # "Said Harlequins coach Declan Foyle:": the verb before its subject
            continue
        if first and weak and question_verb(text, span, group, index, lex):
            weak = False  # "—¿Llegará Urrutia al partido?": the verb opens the question
            continue
        short_date = (
            (lower.split("-")[0] if "-" in lower else lower) in lex.short_dates
            and (_dated(text, span[1]) or _day_before(text, span[0]))
            and not (current and gap[:1].isalpha())  # "Consellería do Mar.": a name word
        )  # "Oct. 12", "Sept 28" (wire style drops the period)
        signoff = word.isupper() and _SIGNOFF.match(text, span[1]) is not None  # "MDV/gja"
        if lower in lex.skip_words or word == "I" or short_date or signoff:
            if _ordinal_day(text, current, gap, lex):
                current, cue = [*current, span], "MISC"  # "Fourth of July": a named day
            _flush(out, current, weak, cue)
            current, cue, weak = [], "", False
            continue
        if (
            lower in lex.cap_titles
            and index + 1 < len(group.tokens)
            and not gap_after(group, index)
            and not is_keyword(text[slice(*group.tokens[index + 1])], lex.org_words)
            and text[slice(*group.tokens[-1])].lower() not in lex.company_tails  # "Air Lines"
            and not _adjective_in_body(text, current, group, index, lex)
            and not _title_as_surname(text, current, group, index)
            and not title_of_office(text, group, index, lex)
            and not royal_place(text, group, index, lex)  # "Prince Edward Island"
        ):
            if not _all_keywords(text, current, lex):
                _flush(out, current, weak, cue or "EMPLOYER")  # "Acme President Jane Roe"
            current, cue, weak = [], "PER", False
            continue
        if (
            current
            and not gap
            and group.run_end[index] > span[1]  # each needs a name word after this one
            and (
                person_after_party(text, group, current, span, gap, lex)
                or person_after_employer(text, group, current, span, gap, lex)
                or person_after_title(text, group, current, span, gap, lex)
                or person_after_outlet(text, group, current, span, gap, lex)
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
            and not father_name_last(text, current, group, index, lex)
            and not royal_place(text, group, group.position[current[0]], lex)
        ):
            # "por Michigan Karen O'Donnell", "de Medio Ambiente Rubens Abreu": a name starts
            _flush(out, current, weak, cue)
            current, cue, weak = [], "", False
        head = current[0] if current else None  # the run's head, before an acronym splits it
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
            and not (head is not None and is_keyword(text[slice(*head)], lex.org_words))
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


def _title_as_surname(text: str, current: list[tuple[int, int]], group: Group, index: int) -> bool:
    """A title word between given names and a surname is a surname ("Inmaculada Reina
    Bocanegra", "Ana Rey Castro"): a title goes before a whole name, not inside one."""
    if not current or any(text[s:e] not in GIVEN_NAMES for s, e in current):
        return False
    if gazetteer.is_place(text[slice(*current[0])]) or group.gaps[index - 1]:
        return False  # "Jordan King Abdullah": a country, then its king
    following = text[slice(*group.tokens[index + 1])]
    return following not in GIVEN_NAMES and not group.gaps[index]


def _ordinal_day(text: str, current: list[tuple[int, int]], gap: str, lex: Lexicon) -> bool:
    """``Fourth of July``, ``Primero de Mayo``: one ordinal word (``ordinal_words``) and
    "of" before a month (the skip word being read) name a day kept as a holiday."""
    return (
        len(current) == 1
        and gap in lex.genitive_prepositions
        and text[slice(*current[0])].lower() in lex.ordinal_words
    )


def _flush(out: list, current: list[tuple[int, int]], weak: bool, cue: str) -> None:
    if current:
        out.append((list(current), weak, cue))
