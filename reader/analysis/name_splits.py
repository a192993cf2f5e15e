"""Where one name ends and the next begins in a run of capitalised words, when no list
of given names knows the person: an employer then its employee (``la senadora del PNV
Amaia Etxeberria``, ``el redactor de Canal Sur Kwame Mbappé``) and a surname joined by
its particle (``Olumide Díaz de Mera``). Split from ``entities``, which walks the runs.

Most people in the news have a given name no list holds; these rules read the shape of
the run and the words around it instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis import gazetteer
from reader.analysis.candidates import Group
from reader.analysis.evidence import is_keyword
from reader.analysis.lexicon import Lexicon
from reader.analysis.name_shapes import patronymic_particle
from reader.analysis.names import GIVEN_NAMES
from reader.analysis.orgs import KNOWN_MULTI, KNOWN_ORGS

# "de"/"of", and "for" ("Minister for Trade X", "Vice Minister for International Affairs X")
_ROLE_OF = re.compile(r"(?:([^\W\d_]+) )?([^\W\d_]+) (?:del|de la|de|of the|of|for) $")
_ROLE_OF_TAILS = (" del ", " de la ", " de ", " of the ", " of ", " for ")
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))+")


def right_end(group: Group, span: tuple[int, int]) -> int:
    """End of the plain-space run of tokens that starts at ``span``."""
    return group.run_end[group.position[span]]


def role_of_before(text: str, start: int, lex: Lexicon) -> bool:
    """A noun for a person's job and "de"/"of" right before ``start`` ("El analista de
    Granar …", "el sismólogo del IGN …"): what follows names the employer, then possibly
    the person. The noun is listed (``role_nouns``, ``workers``), has a job's ending, or
    follows an article."""
    if not text.endswith(_ROLE_OF_TAILS, max(0, start - 40), start):
        return False  # the pattern ends in one of these: most names have none before them
    role = _ROLE_OF.search(text, max(0, start - 40), start)
    if role is None:
        return False
    noun = role.group(2).lower()
    if noun in lex.role_nouns or noun in lex.workers or noun.endswith(lex.job_endings):
        return True
    # any common noun after an article ("el tesorero de …", "the treasurer of …"): a name
    # right after it and "de" is its employer or seat, then possibly its holder
    article = (role.group(1) or "").lower()
    return article in lex.articles and role.group(2).islower()


def person_after_party(
    text: str,
    group: Group,
    current: list[tuple[int, int]],
    span: tuple[int, int],
    gap: str,
    lex: Lexicon,
) -> bool:
    """An acronym alone, after a role noun and "de"/"of" ("la senadora del PNV", "the
    chairman of the SEC"), then two or more capitalised words: they name the person who
    holds the role, not a longer organisation."""
    if len(current) != 1 or gap or span != group.tokens[group.position[current[0]] + 1]:
        return False
    acronym = text[current[0][0] : current[0][1]]
    word = text[span[0] : span[1]]
    if not (acronym.isupper() and acronym.isalpha() and len(acronym) > 1 and word.istitle()):
        return False
    if is_keyword(word, lex.org_words) or is_keyword(word, lex.loc_words):
        return False  # "of the SEC Enforcement Division": still the organisation
    if right_end(group, span) <= span[1]:
        return False  # "del PP Madrid": one word after, no full name
    return role_of_before(text, current[0][0], lex)


def person_after_employer(
    text: str,
    group: Group,
    current: list[tuple[int, int]],
    span: tuple[int, int],
    gap: str,
    lex: Lexicon,
) -> bool:
    """``el exalcalde de Arona Siddharth Zubizarreta``, ``la economista de Funcas Itziar
    Nwosu``: after a job noun and "de", a plain run of three or more capitalised words
    ending in two name-shaped ones that type nothing is the employer (or the place), then
    the person's given name and surname. ``span`` is the given name: the one token after
    it ends the run."""
    if not current or gap:
        return False
    position = group.position[span]
    if position + 1 >= len(group.tokens) or group.gaps[position]:
        return False
    surname = group.tokens[position + 1]
    if right_end(group, span) != surname[1] or right_end(group, current[-1]) != surname[1]:
        return False  # the run goes on ("de Villanueva del Campo X Y" may join before)
    if any(text[s:e] in GIVEN_NAMES for s, e in current):
        return False
    if (
        position + 2 < len(group.tokens)
        and group.gaps[position + 1].strip(" ,")
        and not _surname_particle(text, group, position + 2, lex)
    ):
        return False  # "Federación Empresarial Hotelera de Mallorca": a connector goes on
    employer = [text[s:e] for s, e in current]
    if len(employer) == 1 and (
        is_keyword(employer[0], lex.org_words) or employer[0].lower() in lex.loc_words
    ):
        # "Federación", "Parque" alone name nothing: the run is one organisation or place
        # ("del Parque Nacional Doñana", "de la Sierra Norte Guadarrama")
        return False
    person = [text[span[0] : span[1]], text[surname[0] : surname[1]]]
    if not all(_name_shaped(word, lex) for word in person):
        return False
    if gazetteer.is_place(" ".join(person)) or gazetteer.is_place(person[1]):
        return False
    if person[1].lower() in lex.company_tails:
        return False  # "a spokesman for Delta Air Lines": a trade closes a company's name
    return role_of_before(text, current[0][0], lex)  # the one pattern search: asked last


def person_after_title(
    text: str,
    group: Group,
    current: list[tuple[int, int]],
    span: tuple[int, int],
    gap: str,
    lex: Lexicon,
) -> bool:
    """``Senate Republican Leader Olumide Yupanqui``: a capitalised job title ending in a
    title head (``title_heads``: Leader, Minister, Director) inside a run, then two
    name-shaped words that end it: the title, then the person, whatever the given name."""
    if not current or gap:
        return False
    head = text[current[-1][0] : current[-1][1]].lower()
    if head not in lex.title_heads:
        return False
    position = group.position[span]
    if position + 1 >= len(group.tokens) or group.gaps[position]:
        return False
    surname = group.tokens[position + 1]
    if right_end(group, span) != surname[1]:
        return False
    if position + 2 < len(group.tokens) and group.gaps[position + 1].strip(" ,"):
        return False  # a connector goes on: "Leader Price of Boston"
    person = [text[span[0] : span[1]], text[surname[0] : surname[1]]]
    return all(_name_shaped(word, lex) for word in person) and not gazetteer.is_place(
        " ".join(person)
    )


_KNOWN_UPPER = frozenset(name.upper() for name in KNOWN_ORGS) | frozenset(
    name.upper() for name, label in KNOWN_MULTI.items() if label == "ORG"
)
_ADDRESSEE = re.compile(r"([^\W\d_]+)(?: [^\W\d_]+){0,2} (?:a|to) $")


def person_after_outlet(
    text: str,
    group: Group,
    current: list[tuple[int, int]],
    span: tuple[int, int],
    gap: str,
    lex: Lexicon,
) -> bool:
    """``contó a ANSA Giacomo Bertola``, ``aseguró a Prensa Latina Yoandy Cárdenas``: a
    known outlet or body told the words (after a reporting verb and "a"/"to"), then the
    person who said them, in one capitalised run; ``span`` opens the person's name."""
    if not current or gap or right_end(group, span) <= span[1]:
        return False  # the person needs a given name and a surname
    if text[current[0][0] : current[-1][1]].upper() not in _KNOWN_UPPER:
        return False
    addressee = _ADDRESSEE.search(text, max(0, current[0][0] - 40), current[0][0])
    if addressee is None or not lex.is_reporting(addressee.group(1)):
        return False
    words = text[span[0] : right_end(group, span)].split()
    return len(words) <= 4 and all(_name_shaped(word, lex) for word in words)


def _surname_particle(text: str, group: Group, position: int, lex: Lexicon) -> bool:
    """The token at ``position`` follows a person's particle (``de``, ``de la``) and, with
    at most one more surname after it, ends the group or a comma: the end of a compound
    surname (``Díaz de Mera``, ``Bermúdez de Castro Nguyen``), not a place's name that
    goes on."""
    gap = group.gaps[position - 1].strip()
    token = group.tokens[position]
    end = right_end(group, token)
    if gap.split()[0] not in lex.person_particle_gaps:
        return False
    words = text[token[0] : end].split()
    if len(words) > 2 or not all(_name_shaped(word, lex) for word in words):
        return False
    last = group.position.get((end - len(words[-1]), end), -1)
    following = group.gaps[last] if 0 <= last < len(group.gaps) else ""
    if last < 0 or following.strip(" ,"):
        return False
    return len(words) == 1 or not gazetteer.is_place(" ".join(words))  # "de Castilla León"


def _name_shaped(word: str, lex: Lexicon) -> bool:
    """A capitalised word that could be a given name or a surname: letters (with inner
    apostrophes and hyphens), not all capitals, no keyword, title or demonym."""
    if not _NAME_WORD.fullmatch(word) or word.isupper() or not word[0].isupper():
        return False
    lower = word.lower()
    return not (
        lower in lex.keywords
        or lower in lex.title_words
        or is_keyword(word, lex.org_words)
        or word in lex.demonyms
    )


def compound_surname(
    text: str,
    current: list[tuple[int, int]],
    gap: str,
    span: tuple[int, int],
    group: Group,
    lex: Lexicon,
) -> bool:
    """``Olumide Díaz de Mera``, ``Fernández de la Vega``: a surname joined by its particle,
    whatever the given name (most are in no list). The name before it has two plain words
    (or the particle has its article), and one or two follow (``Ruiz de Azúa Nwosu``);
    none of them types a name."""
    right = text[span[0] : right_end(group, span)].split()
    left = [text[s:e] for s, e in current]
    joined = patronymic_particle(left, lex)  # "Ruiz de Azúa Al-Hashimi": hyphens are names
    if len(right) > (3 if joined else 2):
        return False  # a longer name follows: no surname ("Ruiz de Azúa Ochoa Gil" is one)
    words = left + right
    if len(current) < 2 and len(gap.split()) < 2:
        return False  # "Betis de Pellegrini": a club and its coach
    if len(current) > 3 and len(current) - _last_particle(group, current, lex) > 2:
        return False
    if all(_name_shaped(word, lex) and (joined or "-" not in word) for word in words):
        return True
    return _closing_surname(text, left, right, span, lex)


def _closing_surname(
    text: str, left: list[str], right: list[str], span: tuple[int, int], lex: Lexicon
) -> bool:
    """``Justina Huanca de Copa``, ``Rocío Jiménez de la Iglesia``: a given name and a
    surname, then the particle and one word closing the name before a comma or a stop, is
    a married name or a compound surname even when that word is also a common noun of
    names (a cup, a church): a body's name never opens with a given name."""
    if len(left) != 2 or len(right) != 1 or text[span[1] : span[1] + 1] not in (",", "."):
        return False
    last = right[0]
    if not last.istitle() or last.lower() in lex.title_words or last in lex.demonyms:
        return False
    return left[0] in GIVEN_NAMES and _name_shaped(left[1], lex)


def _last_particle(group: Group, current: list[tuple[int, int]], lex: Lexicon) -> int:
    """Index in ``current`` of the first word after its last person's particle (0 when it
    has none): ``Telmo Díaz de Mera Ruiz`` → 2 (``Mera Ruiz``). A name whose first surname
    is already compound may take a second one (``Díaz de Mera Ruiz de Azúa``, ``Fernández
    de la Vega Sanz de Ugarte``): what counts is the run since that particle."""
    for index in range(len(current) - 1, 0, -1):
        gap = group.gaps[group.position[current[index]] - 1]
        if gap and gap.split()[0] in lex.person_particle_gaps:
            return index
    return 0


def repeated_surname(
    text: str,
    current: list[tuple[int, int]],
    gap: str,
    span: tuple[int, int],
    group: Group,
    lex: Lexicon,
) -> bool:
    """``Anselmo Bermúdez de Castro`` … ``respondió Bermúdez de Castro``: a surname and
    its particle phrase written together twice in the article is one surname, even when
    the last word is also a place ("Castro") or the surname stands alone. A person and
    where they come from ("Ortega de Nicaragua") is not repeated so."""
    right = text[span[0] : right_end(group, span)].split()
    if len(right) > 2 or not all(_name_shaped(word, lex) for word in right):
        return False
    surname = text[current[-1][0] : current[-1][1]]
    if not _name_shaped(surname, lex):
        return False
    return _written_twice(text, " ".join([surname, gap, *right]))


@lru_cache(maxsize=32)
def _written_twice(text: str, joined: str) -> bool:
    """Memoised per article text (a string's hash is computed once), so a page repeating
    one phrase thousands of times is scanned once per phrase, not once per word; a small
    cache, since it keeps the texts it was asked about alive."""
    if text.count(joined) < 2:  # most surnames: one C scan, no pattern built
        return False
    phrase = re.escape(joined)
    return len(re.findall(rf"(?<![\w-]){phrase}(?![\w-])", text)) >= 2


def verb_opening(word: str, group: Group, index: int, lex: Lexicon) -> bool:
    """A reporting verb opening a sentence before the name of its subject ("Said Harlequins
    coach Declan Foyle", "Dijo Sánchez"): no part of the name."""
    return (
        index + 1 < len(group.tokens)
        and not group.gaps[index]
        and word[1:].islower()
        and word not in GIVEN_NAMES
        and lex.is_reporting(word)
    )


def given_name_first(text: str, word: str, group: Group, index: int, lex: Lexicon) -> bool:
    """``Christian Lindner``: a demonym that is also a given name, right before a word no
    list knows, opens a person's name ("Christian Democrats" has a party word after)."""
    if word not in GIVEN_NAMES or index + 1 >= len(group.tokens) or group.gaps[index]:
        return False
    following = text[slice(*group.tokens[index + 1])]
    return not (
        following in lex.demonyms
        or is_keyword(following, lex.keywords)
        or following.lower() in lex.party_words
    )


def place_follows(text: str, group: Group, index: int, lex: Lexicon) -> bool:
    """``Western Australia``, ``Northern Ireland``, ``Eastern Samar``: a demonym-like word
    that opens the name of a place the gazetteer knows, or a bearing's adjective before
    a known place (a province named after its part of the island)."""
    if index + 1 >= len(group.tokens) or group.gaps[index]:
        return False
    start, end = group.tokens[index]
    following = group.tokens[index + 1]
    if gazetteer.is_place(text[start : following[1]]):
        return True
    bearing = text[start:end].startswith(lex.compass_tuple)
    return bearing and gazetteer.is_place(text[following[0] : following[1]])


def father_name_last(
    text: str, current: list[tuple[int, int]], group: Group, index: int, lex: Lexicon
) -> bool:
    """``Mwanahawa Juma Ali``, ``Abdirahman Yusuf Omar``: in East African and Arabic
    naming the father's and grandfather's given names follow one's own, so a known given
    name that closes a run of plain name words ends a person's name; an employer before a
    person ("del Gobierno Teresa Ribera") has the person's surname after the given name."""
    if index + 1 < len(group.tokens) and not group.gaps[index]:
        return False
    return len(current) > 1 and not any(
        text[s:e].isupper()
        or is_keyword(text[s:e], lex.org_words)
        or gazetteer.is_place(text[s:e])
        or text[s:e].lower() in lex.articles
        for s, e in current
    )
