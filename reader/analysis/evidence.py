"""Typing a candidate name by evidence: gazetteers, word lists, titles and context cues.

Each rule returns a label and a strength (3 = a list or gazetteer says so, 2 = a strong
context cue, below 1 = a default guess); the document-level pass (``linking``) lets the
strongest evidence win for all mentions of one name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis import gazetteer, name_shapes
from reader.analysis.geography import NATURAL_PLACES
from reader.analysis.lexicon import Lexicon
from reader.analysis.name_before import (
    after_article,
    context_cue,
    place_preposition,
    region_slot,
    words_before,
)
from reader.analysis.name_context import (
    after_cue,
    is_keyword,
    org_context,
    role_headed_apposition,
    role_with_complement,
)
from reader.analysis.name_shapes import married_surname, name_word, particle_surname, plural_noun
from reader.analysis.names import GIVEN_NAMES
from reader.analysis.org_before import department_context, org_noun_before, org_noun_heads
from reader.analysis.orgs import KNOWN_MULTI, KNOWN_ORGS
from reader.analysis.teams import scored_team, team_context, unknown_team

# An acronym, or two joined by a slash ("UPV/EHU"), dotted initials, a code with a number.
_ACRONYM = re.compile(
    r"^(?:[A-ZÁÉÍÓÚÑ]{2,6}s?(?:/[A-ZÁÉÍÓÚÑ]{2,6})?|(?:[A-Z]{1,2}\.){2,}[A-Z]?\.?|[A-Z]{1,4}-?\d+)$"
)
_ROMAN = re.compile(r"^[IVXLC]{2,}$")
_CODE = re.compile(r"^[A-Z]{1,2}\d{1,2}[a-z]?$")


# A dateline: "RIVERTON, Ohio — ", "MADRID (EFE) -", "LONDON —".
_DATELINE = re.compile(r"(?:,\s*[\w. ]{2,20})?\s*(?:\([\w ]{2,20}\)\s*)?[—–-]\s")


@dataclass(slots=True)
class Mention:
    """An entity mention before consolidation."""

    start: int
    end: int
    label: str
    strength: float
    weak: bool
    words: tuple[str, ...]
    text: str
    canonical: str = ""
    context: str = ""  # a few characters before the mention


def caps_title(name: str, lex: Lexicon) -> str:
    """``SANTA CRUZ DE TENERIFE`` → ``Santa Cruz de Tenerife``: an all-capital dateline
    written as the same place is written in running text."""
    return " ".join(
        w.lower() if w.lower() in lex.connectors else w.capitalize() for w in name.split()
    )


# A dateline's credit: a date, the agency in brackets, then the dash that opens the story.
_DATE_BEFORE = re.compile(r"\d(?: [^\W\d_]{3,4}\.?)? ?\($")
_CREDIT_AFTER = re.compile(r"\) ?\.?(?:--|[—–-]) ")


def _credit(text: str, start: int, end: int) -> bool:
    """``KATHMANDU, Oct 21 (Kyodo) --``, ``LIMA, 3 jun (Andina).-``: the name in brackets
    between a dateline's date and its dash is the agency that filed the story."""
    return bool(
        _CREDIT_AFTER.match(text, end) and _DATE_BEFORE.search(text, max(0, start - 9), start)
    )


def typed(
    text: str,
    tokens: list[tuple[int, int]],
    weak: bool,
    cue: str,
    sent_start: int,
    lex: Lexicon,
) -> Mention | None:
    start, end = tokens[0][0], tokens[-1][1]
    name = text[start:end]
    words = tuple([text[s:e].rstrip(".") for s, e in tokens])  # a list builds faster
    if len(name) < 2 and not name.isupper():
        return None
    bracketed = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
    if len(words) == 1 and name[0] in "IVXLC" and _ROMAN.match(name):
        return None  # "siglo XX"
    if weak and len(words) == 1 and _first_person_verb(name, lex):
        return None  # "«Llevamos tres años …»": a verb opening the sentence
    if name.isupper() and name.lower() in lex.sport_words:
        return None  # "TENNIS - RESULTS …": a wire's sports slug, no place
    if len(words) == 1 and (
        (len(name) <= 5 and _CODE.match(name) and not bracketed)  # a code is short
        or name in lex.not_names
        or (name.lower() in lex.credit_words and text[end : end + 4] == " by ")
        or words[0].lower() in lex.cap_titles
    ):
        return None  # "A2", "PIB", "Prof.": codes, common acronyms and titles are no names
    label, strength = _evidence(text, name, words, start, end, sent_start, cue, lex)
    if bracketed and _credit(text, start, end):
        label, strength = "ORG", 3.0  # "TOKYO, Oct 21 (Kyodo) --": the wire's credit
    if cue == "EMPLOYER" and label == "PER" and strength < 2.5 and words[0] not in GIVEN_NAMES:
        if not any(_named_part(w) for w in words):
            return None  # "Water Resources Minister X", "Housing Minister Y": a portfolio
        label, strength = "ORG", 2.0  # "U.S. Treasury Secretary X": the body, not a person
    return Mention(
        start, end, label, strength, weak, words, name, "", text[max(0, start - 12) : start]
    )


def _org_word(words: tuple[str, ...], lex: Lexicon) -> bool:
    """A word of the name is an organisation's keyword, except a surname written as the
    plural of one closing a name that opens with a given name ("Pablo Iglesias", "Ana
    Gancedo Salas"): an organisation's plural head comes first ("Juntas Generales")."""
    last = len(words) - 1
    surname = last > 0 and words[0] in GIVEN_NAMES and words[last].lower() not in lex.org_words
    keywords = lex.org_words
    for word in words[:last] if surname else words:  # noqa: SIM110 (no generator: most names)
        if is_keyword(word, keywords):
            return True
    return False


def _first_person_verb(word: str, lex: Lexicon) -> bool:
    """A capitalised word with a first-person plural verb's ending ("Llevamos",
    "Queremos"), longer than the surnames so spelt ("Ramos", "Lemos")."""
    return (
        len(word) > 6
        and word[1:].islower()
        and word.endswith(lex.first_person_tuple)
        and word not in GIVEN_NAMES
        and not gazetteer.is_place(word)
    )


def _named_part(word: str) -> bool:
    """A word that names something in a title's complement: a place or an acronym
    ("U.S. Treasury", "NHS Trust"), not a portfolio's common noun ("Water Resources")."""
    return gazetteer.is_place(word) or (len(word) > 1 and word.replace(".", "").isupper())


def _evidence(
    text: str,
    name: str,
    words: tuple[str, ...],
    start: int,
    end: int,
    sent_start: int,
    cue: str,
    lex: Lexicon,
) -> tuple[str, float]:
    """The label with the strongest evidence, and that strength (0 = default guess)."""
    if name in KNOWN_MULTI:
        return KNOWN_MULTI[name], 3.0
    if name.endswith("+"):
        return "ORG", 3.0  # "OPEC+", "Canal+": an alliance or a service named with a plus
    if name in lex.region_abbreviations:
        return "LOC", 3.0  # "SACRAMENTO, Calif.": a state after a dateline
    if cue == "MISC" and len(words) == 1:
        return "MISC", 3.0  # "Hurricane Milton": a storm's name, even one a town shares
    if gazetteer.is_place(name) or name in NATURAL_PLACES:
        titled = cue == "PER" or context_cue(words_before(text, sent_start, start), lex) == (
            "PER-strong"
        )
        team = 0.0 if titled else team_context(text, start, end, sent_start, lex)
        if team:
            return "ORG", team  # "el Getafe venció al Alavés", "Brazil coach X": teams
        return ("PER", 3.0) if titled else ("LOC", 3.0)
    if (
        name.isupper()
        and len(name) > 2
        and (_DATELINE.match(text, end) or gazetteer.is_place(caps_title(name, lex)))
    ):
        return "LOC", 3.0  # "RIVERTON, Ohio —", "MADRID, 11 (EFE)"
    if department_context(text, start) or name_shapes.served_country(name, words, lex):
        return "ORG", 2.5  # "Fisheries and Oceans Canada": fields, then the country served
    if cue in ("PER", "MISC"):
        return cue, 3.0
    head, tail = words[0].lower(), words[-1].lower()
    placed = len(words) > 1 and (
        tail in lex.loc_tails or head in lex.loc_words or any(map(gazetteer.is_place, words))
    )
    if (
        placed
        and words[0] not in GIVEN_NAMES
        and scored_team(text, start, end, sent_start, lex)
        and not role_with_complement(words_before(text, sent_start, start), lex)
    ):
        return "ORG", 3.1  # "Bayern Munich beat Borussia Dortmund 3-1", "Severn Valley"
    if (
        len(words) == 2
        and words[0] in GIVEN_NAMES
        and tail in lex.surname_tails
        and not place_preposition(words_before(text, sent_start, start), lex)
    ):
        return "PER", 2.5  # "Linda Park", "Tom Hill": a given name, then a surname
    if len(words) > 1 and tail in lex.street_tails:
        return "LOC", 3.0  # "Front Street", "Bank Road": a street, whatever its first word
    if text[end : end + 1] in (",", ".") and name_shapes.closing_surname(name, lex):
        return "PER", 2.5  # "Justina Huanca de Copa,": a married name, not a body
    if name in KNOWN_ORGS or _org_word(words, lex):
        return "ORG", 3.0
    if len(words) > 1 and (
        tail in lex.legal_forms
        or (  # "Memphis International Airport": a place's last word wins over the middle
            tail not in lex.loc_tails
            and not lex.industry_words.isdisjoint(map(str.lower, words[1:]))
        )
    ):
        return "ORG", 3.0  # "Nordvang Gas Processing", "Halvorsen Freight ASA": a company
    if len(words) > 1 and head in lex.loc_words:
        return "LOC", 3.0
    if len(words) == 2 and words[0] in lex.compass_words and words[1] not in GIVEN_NAMES:
        return "LOC", 2.0  # "South Plains", "East Anglia": a region named by its bearing
    if len(words) == 2 and words[0].startswith(lex.compass_tuple) and gazetteer.is_place(words[1]):
        return "LOC", 3.0  # "Western Australia", "Eastern Samar": part of a known place
    if len(words) > 1 and plural_noun(words[0], lex):
        return "ORG", 2.5  # "Talleres Urdaibai", "Comisiones Obreras": a common noun leads
    if head in lex.misc_words and org_noun_heads(text, start, lex):
        return "ORG", 3.0  # "la patronal Foro Marítimo del Cantábrico": an appositive body
    if (
        head in lex.misc_words
        or tail in lex.misc_words
        or (len(words) == 1 and "-" in name and name.rsplit("-", 1)[1] in lex.demonyms)
        or name in lex.demonyms
        or (name[-1:] == "s" and name[:-1] in lex.demonyms)  # "Kenyans", "Australians"
        or (len(words) > 1 and words[-1] in lex.demonyms)
    ):
        return "MISC", 3.0
    if len(words) == 1 and _ACRONYM.match(name):
        return "ORG", 2.0
    if tail in lex.loc_tails and len(words) > 1:
        return "LOC", 3.0
    if len(words) > 1 and words[0] in KNOWN_ORGS and words[1] not in GIVEN_NAMES:
        return "ORG", 2.5  # "Nasdaq Composite", "Meta Platforms": a known body's own name
    before = words_before(text, sent_start, start)
    closed = text[end : end + 1] in (",", ".", ")", ";")  # an apposition ends here
    context = context_cue(before, lex, closed)
    if (
        context != "PER-strong"
        and len(before) > 1
        and before[-1].lower() in lex.org_articles
        and before[-2].lower() in lex.place_preps
    ):
        return "LOC", 2.0  # "en el Santiago Bernabéu": a person takes no article
    if (
        context == "PER-strong"
        or words[0] in GIVEN_NAMES
        or particle_surname(name, lex)
        or (married_surname(name, lex) and not after_article(before, lex))
        or (closed and role_headed_apposition(text, sent_start, start, lex))
    ):
        return "PER", 2.5 if len(words) > 1 or context else 2.0
    if context:
        return context, 2.0
    if org_context(text, end, before, lex):
        return "ORG", 2.0
    after = after_cue(text, end, lex, start)
    if after == "ORG":
        return after, 2.0  # "in DownBeat magazine": the noun after it wins over "in"
    place = place_preposition(before, lex)
    if place and after == "PER" and len(words) > 1 and _role_apposition(text, end, lex):
        return "PER", 2.0  # "came from Quentin Abelard, the chief executive": a person
    if place and (len(words) == 1 or words[0] not in GIVEN_NAMES) and not _surnamed(words, lex):
        return "LOC", place  # "en el Capitolio", "at Olkaria"
    if after:
        return after, 2.0
    if org_noun_before(text, start, lex, end):
        return "ORG", 2.0  # "la patronal agraria Asaja calificó"
    if lex.reporting_after(text, end):
        if before and before[-1].lower() in lex.articles:
            return "ORG", 1.5  # "the Treasury said": a person takes no article
        return "PER", 1.5
    if len(words) == 1:
        if unknown_team(text, start, end, sent_start, before, lex):
            # "un gol del Osasuna (2-1)": an unknown club, no place; a player's surname
            # ("before Okafor scored") still links to the person named in full
            return "ORG", 2.4
        if words[0].lower() in lex.compass_regions and region_slot(before, lex):
            return "LOC", 1.0  # "across the Midwest and South": a region, no body
        if before and before[-1].lower() in lex.articles:
            return "ORG", 0.5
        return "PER", 0.0
    if org_noun_before(text, start, lex):
        return "ORG", 2.0  # "la empresa estatal Obras Sanitarias del Estado"
    if _camel_case(words):
        return "ORG", 1.5  # "JPMorgan", "PayPal", "BlackRock": brand spelling
    if not lex.party_words.isdisjoint(map(str.lower, words)):
        return "ORG", 1.5  # "Nueva Izquierda Cántabra": the vocabulary of party names
    if len(words) > 1 and words[0].startswith(lex.toponym_starts):
        return "LOC", 2.0  # "Villafranca de los Barros", "Puebla de Sanabria"
    if before and before[-1].lower() in lex.org_articles:
        return "ORG", 1.0  # "el Real Oviedo": Spanish names of people take no article
    if any(w in ("de", "del", "of") for w in name.split()):
        return "ORG", 0.0
    return ("PER", 0.5) if len(words) <= 4 else ("MISC", 0.0)


_ROLE_APPOSITION = re.compile(
    r",\s+([^\W\d_]+)\s+([^\W\d_]+(?:['’]s)?)(?:\s+([^\W\d_]+))?\s*[,.;]"
)


def _role_apposition(text: str, end: int, lex: Lexicon) -> bool:
    """``X, the chief executive,``: a short apposition closed by punctuation, an article
    and a title or role noun, no verb: the name before it is a person's."""
    match = _ROLE_APPOSITION.match(text, end, end + 60)
    if match is None or match.group(1).lower() not in lex.articles:
        return False
    nouns = [w.lower() for w in match.groups()[1:] if w]
    if nouns[-1].endswith(("'s", "’s")):
        return False  # "the hospital's": the role is still to come
    if any(lex.is_reporting(w) for w in nouns):
        return False  # "in Lyon, the mayor said": the tag of the sentence, no apposition
    return nouns[-1] in lex.titles or nouns[-1] in lex.role_nouns


def _surnamed(words: tuple[str, ...], lex: Lexicon) -> bool:
    """``outside Sigrun Hallgrimsdottir's greenhouse``, ``near Olek Wozniacki``: two or
    three name words ending in a surname's ending (``surname_endings``) are a person's
    name even after a place preposition, whose place reading is only a weak guess; a
    town so shaped (``Johnson City``, ``Port Hudson``) has its own noun and is typed
    before this."""
    return 2 <= len(words) <= 3 and words[-1].endswith(lex.surname_ending_tuple) and all(
        name_word(w) and w.lower() not in lex.keywords for w in words
    )


_CAMEL = re.compile(r"[a-z][A-Z]")


def _camel_case(words: tuple[str, ...]) -> bool:
    """A capital inside a word, not a surname prefix (McDonald, MacArthur, DeSantis)."""
    return any(
        _CAMEL.search(w) and not w.startswith(("Mc", "Mac", "De", "Di", "La", "Le", "Van", "O"))
        for w in words
    )
