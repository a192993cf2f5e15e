"""Named entities (PER, ORG, LOC, MISC) from capitalisation, word lists and gazetteers.

Pipeline: capitalised groups (``candidates``) → segments (function words, titles, months
and weak connectors split off) → typed by evidence with a strength → document-level
consolidation (``linking``): mention linking and one sense per document, and removal of
sentence-opening words that have no evidence of being a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis import gazetteer
from reader.analysis.candidates import Group, find_groups
from reader.analysis.lexicon import Lexicon
from reader.analysis.names import GIVEN_NAMES
from reader.analysis.orgs import KNOWN_MULTI, KNOWN_ORGS
from reader.analysis.wordlist import words

_ACRONYM = re.compile(r"^(?:[A-ZÁÉÍÓÚÑ]{2,6}s?|(?:[A-Z]{1,2}\.){2,}[A-Z]?\.?|[A-Z]{1,4}-?\d+)$")
_NOT_NAMES = frozenset(
    words(
        """
        PIB GDP IVA VAT CEO CFO IPC PDF ADN DNA ARN RNA UTC GMT KM EUR USD OK TV PM AM GPS
        USB SMS
        """
    )
)
_ROMAN = re.compile(r"^[IVXLC]{2,}$")
_CODE = re.compile(r"^[A-Z]{1,2}\d{1,2}[a-z]?$")
_PREV_WORDS = re.compile(r"[\w\-]+\.?|,|[:;(“«\"]")
_PERSON_PARTICLES = frozenset(
    words(
        """
        de del la las los van von der den da das do dos di du le bin ibn al el
        """
    )
)


# Last words that make a place of a name ("Ridge Ave.", "Orange County").
_LOC_TAILS = frozenset(
    words(
        """
        prefecture prefectura oblast governorate canton municipality
        street st avenue ave road rd boulevard blvd square park bridge river lake mountain
        mountains island islands bay valley county province district heights beach sea
        ocean gulf strait channel peninsula desert hills falls coast airport station
        mar océano golfo estrecho canal península desierto aeropuerto estación
        """
    )
)
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


def find_mentions(text: str, sentences: tuple[tuple[int, int], ...], lex: Lexicon) -> list[Mention]:
    """Typed mentions of one article (before document-level consolidation)."""
    mentions: list[Mention] = []
    for group in find_groups(text, sentences, lex.connectors):
        for segment, weak, cue in _segments(text, group, lex):
            mention = _typed(text, segment, weak, cue, group.sentence_start, lex)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _segments(
    text: str, group: Group, lex: Lexicon
) -> list[tuple[list[tuple[int, int]], bool, str]]:
    """Split a group into name segments; return (tokens, weak, cue) triples."""
    out: list[tuple[list[tuple[int, int]], bool, str]] = []
    current: list[tuple[int, int]] = []
    weak = group.weak_first
    cue = ""
    for index, span in enumerate(group.tokens):
        word = text[span[0] : span[1]]
        lower = word.lower().rstrip(".").replace("’", "'")
        gap = group.gaps[index - 1] if index else ""
        first = not current
        if (
            first
            and _dropped_opener(lower, weak, lex)
            and not _place_with_article(text, span, group, index)
        ):
            weak = False  # what follows a dropped opener is capitalised on its own
            continue
        if lower in lex.skip_words or word == "I":
            _flush(out, current, weak, cue)
            current, cue, weak = [], "", False
            continue
        if (
            lower in lex.cap_titles
            and index + 1 < len(group.tokens)
            and not _gap_after(group, index)
        ):
            if not _all_keywords(text, current, lex):
                _flush(out, current, weak, cue)
            current, cue, weak = [], "PER", False
            continue
        if (
            current
            and not gap
            and word in GIVEN_NAMES
            and not any(text[s:e] in GIVEN_NAMES for s, e in current)
            and (
                len(current) > 1
                or gazetteer.is_place(text[current[0][0] : current[0][1]])
                or text[current[0][0] : current[0][1]].isupper()
            )
            and not gazetteer.is_place(text[current[0][0] : _right_end(group, span)])
        ):
            # "por Michigan Karen O'Donnell", "de Medio Ambiente Rubens Abreu": a name starts
            _flush(out, current, weak, cue)
            current, cue, weak = [], "", False
        if word in lex.demonyms and not _org_follows(text, group, index, lex):
            if not all(text[s:e] in _COMPASS for s, e in current):
                _flush(out, current, weak, cue)
                current = []
            out.append(([*current, span], False, "MISC"))  # "Russian", "South Korean"
            current, cue, weak = [], "", False
            continue
        if current and gap and not _connector_ok(text, current, gap, span, group, lex):
            _flush(out, current, weak, cue)
            current, cue, weak = [], "", False
        current.append(span)
    _flush(out, current, weak, cue)
    return out


_COMPASS = frozenset(["South", "North", "East", "West", "Central", "Middle", "Latin", "New"])


def _dropped_opener(lower: str, weak: bool, lex: Lexicon) -> bool:
    """A grammar word capitalised only because it opens a sentence (either language), or
    an English ``The`` inside a sentence, which newswire conventions leave out of names."""
    if weak:
        return lower in lex.function_words or lower in lex.other_function_words
    return lower in lex.function_words and lower not in lex.name_articles


def _org_follows(text: str, group: Group, index: int, lex: Lexicon) -> bool:
    """``British Antarctic Survey``: a demonym opening an organisation's name."""
    return any(is_keyword(text[s:e], lex.org_words) for s, e in group.tokens[index + 1 : index + 8])


def is_keyword(word: str, keywords: frozenset[str]) -> bool:
    """``word`` (or its singular: ``Consejos`` → ``consejo``) is in ``keywords``."""
    lower = word.lower().rstrip(".")
    if lower in keywords:
        return True
    return len(lower) > 4 and (
        lower[:-1] in keywords or (lower.endswith("es") and lower[:-2] in keywords)
    )


_DEPARTMENT = re.compile(
    r"\b(?:ministro|ministra|ministerio|secretario|secretaria|secretaría|consejero|consejera|"
    r"consejería|cartera|titular|viceministro|viceministra|minister|secretary)\s+(?:de|del|of)\s+$",
    re.IGNORECASE,
)


def department_context(text: str, start: int) -> bool:
    """``ministro de Economía y Finanzas``: the name of a ministry follows."""
    return bool(_DEPARTMENT.search(text, max(0, start - 40), start))


def _all_keywords(text: str, current: list[tuple[int, int]], lex: Lexicon) -> bool:
    """A title phrase ("Council Member", "Police Chief") in front of a name."""
    keywords = lex.keywords | lex.cap_titles
    return all(text[s:e].lower().rstrip(".") in keywords for s, e in current)


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
    return end == group.end and gazetteer.is_place(text[span[0] : end])


def _connector_ok(
    text: str,
    current: list[tuple[int, int]],
    gap: str,
    span: tuple[int, int],
    group: Group,
    lex: Lexicon,
) -> bool:
    """Whether a connector (``de``, ``y``, ``of``) joins the name on both sides."""
    left = text[current[0][0] : current[-1][1]]
    right_end = _right_end(group, span)
    joined = text[current[0][0] : right_end]
    if joined in KNOWN_MULTI or gazetteer.is_place(joined):
        return True
    head = text[current[0][0] : current[0][1]].lower()
    if gap == "&":
        return True
    right = text[span[0] : right_end]
    if right.split()[0] in GIVEN_NAMES and not gazetteer.is_place(right) and gap in _OF_GAPS:
        return False  # "el Gobierno de Pedro Sánchez": an organisation, then a person
    if lex.code == "es" and gap in ("al", "el"):
        return False  # Spanish prepositions, not the Arabic article
    right_head = text[span[0] : span[1]]
    if gap.split()[0] in ("y", "e", "and") and is_keyword(right_head, lex.org_words):
        return False  # "el Ministerio X y la Universidad Y": two organisations
    if gap == ",":
        listing = group.listing_after[group.position[span] - 1]
        return listing and (
            is_keyword(head, lex.org_words) or department_context(text, group.start)
        )
    if gap in ("'s", "’s"):
        return not gazetteer.is_place(left) and is_keyword(
            text[span[0] : right_end].rsplit(" ", 1)[-1], lex.org_words
        )
    if gap.split()[0] in ("y", "e", "and") and (
        is_keyword(text[span[0] : right_end].rsplit(" ", 1)[-1], lex.org_words)
        or department_context(text, group.start)
    ):
        return True
    if is_keyword(head, lex.org_words) or head in lex.loc_words or head in lex.misc_words:
        return gap.split()[0] not in ("y", "e", "and") or is_keyword(head, lex.org_words)
    inner_org = any(is_keyword(text[s:e], lex.org_words) for s, e in current)
    if inner_org and gap in ("of", "of the", "de", "del", "de la", "for", "on", "por", "por el"):
        return True
    if gap in ("de", "del", "de la", "of") and _org_noun_before(text, group.start, lex):
        return True  # "el consorcio Ferrovías del Sur"
    if gap.split()[0] in ("y", "e", "and", "of", "for", "on", "upon", "para", "sobre", "contra"):
        return False
    particle = gap.split()[0]
    if particle not in _PERSON_PARTICLES:
        return False
    if lex.code == "en" or particle not in ("de", "del", "la", "las", "los", "y", "e"):
        return not gazetteer.is_place(left)  # "Joost van der Linden", "Marloes de Groot"
    if gazetteer.is_place(text[span[0] : right_end]):
        return False  # "Maduro de Venezuela"
    return left.split()[0] in GIVEN_NAMES


def _org_noun_before(text: str, start: int, lex: Lexicon) -> bool:
    words = _PREV_WORDS.findall(text, max(0, start - 40), start)
    return any(w.lower() in lex.org_nouns for w in words[-3:])


_OF_GAPS = frozenset(["de", "del", "of", "of the", "para", "por", "sobre"])


def _right_end(group: Group, span: tuple[int, int]) -> int:
    """End of the plain-space run of tokens that starts at ``span``."""
    return group.run_end[group.position[span]]


def _typed(
    text: str,
    tokens: list[tuple[int, int]],
    weak: bool,
    cue: str,
    sent_start: int,
    lex: Lexicon,
) -> Mention | None:
    start, end = tokens[0][0], tokens[-1][1]
    name = text[start:end]
    words = tuple(text[s:e].rstrip(".") for s, e in tokens)
    if len(name) < 2 and not name.isupper():
        return None
    bracketed = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
    if len(words) == 1 and _ROMAN.match(name):
        return None  # "siglo XX"
    if len(words) == 1 and (
        (_CODE.match(name) and not bracketed)
        or name in _NOT_NAMES
        or words[0].lower() in lex.cap_titles
    ):
        return None  # "A2", "PIB", "Prof.": codes, common acronyms and titles are no names
    label, strength = _evidence(text, name, words, start, end, sent_start, cue, lex)
    return Mention(
        start, end, label, strength, weak, words, name, "", text[max(0, start - 12) : start]
    )


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
    if gazetteer.is_place(name):
        titled = cue == "PER" or _context_cue(_words_before(text, sent_start, start), lex) == (
            "PER-strong"
        )
        return ("PER", 3.0) if titled else ("LOC", 3.0)
    if (
        name.isupper()
        and len(name) > 2
        and (_DATELINE.match(text, end) or gazetteer.is_place(name.title()))
    ):
        return "LOC", 3.0  # "RIVERTON, Ohio —", "MADRID, 11 (EFE)"
    if department_context(text, start):
        return "ORG", 2.5
    if cue in ("PER", "MISC"):
        return cue, 3.0
    head, tail = words[0].lower(), words[-1].lower()
    if name in KNOWN_ORGS or any(is_keyword(w, lex.org_words) for w in words):
        return "ORG", 3.0
    if len(words) > 1 and head in lex.loc_words:
        return "LOC", 3.0
    if (
        head in lex.misc_words
        or tail in lex.misc_words
        or (len(words) == 1 and "-" in name and name.rsplit("-", 1)[1] in lex.demonyms)
        or name in lex.demonyms
        or (len(words) > 1 and words[-1] in lex.demonyms)
    ):
        return "MISC", 3.0
    if len(words) == 1 and _ACRONYM.match(name):
        return "ORG", 2.0
    if tail in _LOC_TAILS and len(words) > 1:
        return "LOC", 3.0
    before = _words_before(text, sent_start, start)
    closed = text[end : end + 1] in (",", ".", ")", ";")  # an apposition ends here
    context = _context_cue(before, lex, closed)
    if context == "PER-strong" or words[0] in GIVEN_NAMES:
        return "PER", 2.5 if len(words) > 1 or context else 2.0
    if context:
        return context, 2.0
    place = _place_preposition(before, lex)
    if place and (len(words) == 1 or words[0] not in GIVEN_NAMES):
        return "LOC", place  # "en el Capitolio", "at Olkaria"
    after = _after_cue(text, end, lex)
    if after:
        return after, 2.0
    if lex.reporting_after(text, end):
        return "PER", 1.5
    if len(words) == 1:
        if before and before[-1].lower() in lex.articles:
            return "ORG", 0.5
        return "PER", 0.0
    if _org_noun_before(text, start, lex):
        return "ORG", 2.0  # "la empresa estatal Obras Sanitarias del Estado"
    if any(w in ("de", "del", "of") for w in name.split()):
        return "ORG", 0.0
    return ("PER", 0.5) if len(words) <= 4 else ("MISC", 0.0)


def _place_preposition(before: list[str], lex: Lexicon) -> float:
    """Strength of a place reading from ``en``/``in``/``at`` (+ article) before a name."""
    lowered = [w.lower() for w in before[-2:]]
    if lowered and lowered[-1] in lex.place_preps:
        return 1.0
    if len(lowered) == 2 and lowered[-1] in lex.articles and lowered[0] in lex.place_preps:
        return 0.8
    return 0.0


def _words_before(text: str, sent_start: int, start: int) -> list[str]:
    return _PREV_WORDS.findall(text, max(sent_start, start - 80), start)[-8:]


def _context_cue(before: list[str], lex: Lexicon, closed: bool = True) -> str:
    """Role, organisation or place nouns right before a name, or before its comma."""
    if not before:
        return ""
    words = [w.lower().rstrip(".") for w in before]
    last = words[-1]
    if last in lex.titles:
        return "PER-strong"
    if last in lex.org_nouns:
        return "ORG"
    if last in lex.loc_nouns:
        return "LOC"
    if last in lex.misc_nouns:
        return "MISC"  # "el proyecto Arazatí", "Operation X"
    if last in ("de", "del", "of") and len(words) > 1 and words[-2] in lex.loc_nouns:
        return "LOC"
    if last != "," or not closed:
        return ""
    window: list[str] = []
    for word in reversed(words[-7:-1]):
        if word in (",", ":", "“", "«", '"', "("):
            break
        window.append(word)
    return _noun_cue(window[::-1], lex)


def _noun_cue(window: list[str], lex: Lexicon) -> str:
    """The type an apposition's noun phrase gives a name (``window`` in reading order).

    A role noun anywhere makes a person ("el portavoz de la empresa"); otherwise the head
    noun decides ("la agencia de noticias" is an organisation); an organisation noun
    after "de"/"of" names whom a person works for ("la vocera de la asociación").
    """
    if any(w in lex.titles or w in lex.role_nouns for w in window):
        return "PER"
    index = 0
    while index < len(window) and window[index] in lex.determiners:
        index += 1
    orgs = lex.org_nouns | lex.org_words
    if index < len(window) and window[index] in orgs:
        return "ORG"
    for position in range(index + 1, len(window)):
        if window[position] in orgs:
            linked = any(w in ("de", "del", "of", "for") for w in window[index:position])
            return "PER" if linked else "ORG"
    return ""


_APPOSITION_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s+(?:the|a|an|its|his|her|their|el|la|los|las|un|una|su|sus)\s+([^,.;:()\"“”«»]{1,60})"
)
_NEXT_NOUN = re.compile(r"\s+([a-z][\w\-]*)")


def _after_cue(text: str, end: int, lex: Lexicon) -> str:
    """``Maersk, the Danish shipping group,``; ``the FNV union``: a noun after the name."""
    match = _APPOSITION_AFTER.match(text, end, end + 80)
    if match is not None:
        window = [w.lower() for w in re.findall(r"[\w\-]+", match.group(1))[:6]]
        cue = _noun_cue(window, lex)
        if cue:
            return cue
    noun = _NEXT_NOUN.match(text, end, end + 30)
    if noun is not None and noun.group(1) in lex.org_nouns:
        return "ORG"
    if noun is not None and noun.group(1) in lex.loc_nouns:
        return "LOC"  # "the Kōtō ward"
    return ""
