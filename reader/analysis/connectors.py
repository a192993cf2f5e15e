"""Whether a connector (``de``, ``y``, ``of``, ``&``, ``'s``) joins two capitalised runs
into one name, or separates two names (``el Gobierno de Pedro Sánchez``, ``Ortega de
Nicaragua``, ``Villafranca de los Barros``, ``Olumide Díaz de Mera``). Split from
``entities``, which walks the runs and asks this at every connector.
"""

from __future__ import annotations

from reader.analysis import gazetteer
from reader.analysis.candidates import Group
from reader.analysis.evidence import is_keyword
from reader.analysis.lexicon import Lexicon
from reader.analysis.name_shapes import patronymic_particle
from reader.analysis.name_splits import compound_surname, repeated_surname
from reader.analysis.name_splits import right_end as _right_end
from reader.analysis.name_types import toponym_context
from reader.analysis.names import GIVEN_NAMES
from reader.analysis.org_before import department_context, org_noun_before
from reader.analysis.orgs import KNOWN_MULTI, KNOWN_ORGS


def connector_ok(
    text: str,
    current: list[tuple[int, int]],
    gap: str,
    span: tuple[int, int],
    group: Group,
    lex: Lexicon,
) -> bool:
    """Whether a connector (``de``, ``y``, ``of``) joins the name on both sides."""
    if gap == "con":  # "Confederación de Personas con Discapacidad"; else two names
        return _with_complement(text, current, lex)
    left = text[current[0][0] : current[-1][1]]
    right_end = _right_end(group, span)
    joined = text[current[0][0] : right_end]
    if joined in KNOWN_MULTI or gazetteer.is_place(joined):
        return True
    head = text[current[0][0] : current[0][1]].lower()
    if text[current[-1][0] : current[-1][1]].lower() in lex.legal_forms:
        return False  # "Brightwater LLC and Ostrander PLC": a legal form closes the name
    if gap == "&" or gap in lex.foreign_of:
        return True  # "Corriere della Sera": a foreign name's own "of the" always joins
    if gap in _SEAT_GAPS:  # "Delegación del Gobierno en Andalucía": the body, then its place
        place = gazetteer.is_place(text[span[0] : right_end])
        return place == (head in lex.located_heads) and (place or _field(text, current, lex))
    right = text[span[0] : right_end]
    if (
        right.split()[0] in GIVEN_NAMES
        and not gazetteer.is_place(right)
        and gap in _OF_GAPS
        and text[current[-1][0] : current[-1][1]] not in lex.saint_words  # "Virgen del Rocío"
        and (" " in right or not is_keyword(head, lex.org_words))  # "Secretaría de Marina"
        and not _surname_given_name(text, current, right, lex)
    ):
        return False  # "el Gobierno de Pedro Sánchez": an organisation, then a person
    if gap in ("y", "e", "and") and right.split()[0] in GIVEN_NAMES and " " in right:
        return False  # "la Consejería de Educación y Ana Torres": a body, then a person
    if gap in lex.non_name_gaps:
        return False  # Spanish "al", "el" between names: prepositions, not the Arabic article
    right_head = text[span[0] : span[1]]
    parts = gap.split()  # split once: every rule below reads the connector's words
    if _second_institution(text, current, parts, right_head, lex):
        return False  # "el Departamento de Sanidad | del Gobierno de Aragón": two bodies
    if _second_company(text, parts, span[0], right_end, lex):
        return False  # "Hanul F&B and Gyeongnam Meat Industry Co.": two companies
    if _paired_keywords(text, current, parts, span, right_end, lex):
        return True  # "Securities and Exchange Commission": one body
    if (
        parts[0] in ("y", "e", "and")
        and (is_keyword(right_head, lex.org_words) or right_head.lower() in lex.capital_org_words)
        and not (len(parts) == 1 and _has_of(group, current))
        and not (len(parts) == 1 and right_end == span[1] and department_context(text, group.start))
    ):
        # "el Ministerio X y la Universidad Y": two organisations; but "Department of
        # Health and Social Care" and "ministro de Hidrocarburos y Energías" are one
        # (a bare "and" inside an "of" complement or a portfolio)
        return False
    if parts[0] in ("y", "e", "and") and right_head.isupper() and len(right_head) > 1:
        return False  # "el Colegio X y el CRA Y": a list of two names
    first_token = text[current[0][0] : current[0][1]]
    if (
        gap in ("de", "del")
        and len(current) == 1
        and first_token.isupper()
        and len(first_token) > 1
    ):
        return True  # "CRA de La Marina": an acronym named after a place
    if (
        len(current) == 1
        and left.startswith(lex.toponym_starts)
        and gap in ("de", "del", "de la", "de los", "de las")
    ):
        return True  # "Villafranca de los Barros": a town named after its land
    if gap.startswith(","):
        listing = group.listing_after[group.position[span] - 1]
        return listing and (
            is_keyword(head, lex.org_words) or department_context(text, group.start)
        )
    if gap in ("'s", "’s", "'", "’"):  # "Professional Footballers' Association" too
        tail = text[span[0] : right_end].rsplit(" ", 1)[-1]
        if is_keyword(tail, lex.misc_words) and right_end - span[0] > len(tail):
            return True  # "Women's World Cup": an event named with a possessive
        person = " " in left and left.split()[0] in GIVEN_NAMES  # "Narendra Modi's Party"
        return not person and not gazetteer.is_place(left) and is_keyword(tail, lex.org_words)
    coordinated_of = len(parts) > 1 and parts[1] in ("de", "del", "of")
    if _paired_fields(text, current, parts, span, right_end, lex):
        return True  # "Horse Racing and Gaming Corporation", "Agriculture and Agri-Food Canada"
    if (
        parts[0] in ("y", "e", "and")
        and len(current) > 1
        and is_keyword(text[current[-1][0] : current[-1][1]], lex.org_words)
        and " " in text[span[0] : right_end]
        and not (_has_of(group, current) and is_keyword(head, lex.org_words))
    ):
        # "General Motors and Ford Motor Co": a whole name, then another; but a body's
        # "of" complement goes on ("Ministry of Energy and Mineral Resources")
        return False
    if parts[0] in ("y", "e", "and") and (
        (
            is_keyword(text[span[0] : right_end].rsplit(" ", 1)[-1], lex.org_words)
            and not coordinated_of  # "de Inditex y de Acciona Energía": two names
        )
        or department_context(text, group.start)
    ):
        return True
    if coordinated_of and not _has_of(group, current):
        return False  # "del Partido X y de Nueva Y": the repeated "de" lists two names
    if _two_places(text, current, parts, span, right_end):
        return False  # "the United States and China": two countries, not one body
    org_head = is_keyword(head, lex.org_words) or head in lex.capital_org_words
    if org_head or head in lex.loc_words or head in lex.misc_words:
        return parts[0] not in ("y", "e", "and") or org_head
    inner_org = any(is_keyword(text[s:e], lex.org_words) for s, e in current)
    if inner_org and gap in _ORG_GAPS:
        return True
    if inner_org and _last_of_complement(text, current, parts, span, group, lex):
        return True  # "Department of Forestry and Fire Protection": one complement
    if gap in ("de", "del", "de la", "of") and org_noun_before(text, group.start, lex):
        return True  # "el consorcio Ferrovías del Sur"
    if parts == ["y"] and _surnames_joined_by_y(text, current, span, right_end, lex):
        return True  # "Ana Belén Gutiérrez-Cossío y Bustamante,": one person's surnames
    if parts[0] in ("y", "e", "and", "of", "for", "on", "upon", "para", "sobre", "contra"):
        return False
    particle = parts[0]
    if particle not in lex.name_particles:
        return False
    if particle not in lex.person_particle_gaps:
        return not gazetteer.is_place(left)  # "Joost van der Linden", "Marloes de Groot"
    if len(parts) > 1 and left.split()[0] in GIVEN_NAMES:
        return True  # "Jaime de los Santos": a place never takes the lower-case article
    if repeated_surname(text, current, gap, span, group, lex):
        return True  # "Anselmo Bermúdez de Castro" … "dijo Bermúdez de Castro"
    if len(current) == 1 and left in lex.saint_words:
        return True  # "Virgen del Rocío", "Virgen de los Dolores": an advocation
    if _town_name(text, current, span, group, lex):
        return True  # "en Arenas de San Pedro", "el municipio de Xinzo de Limia"
    if gazetteer.is_place(text[span[0] : right_end]):
        # "Ortega de Nicaragua": a person, then a place; but a given name and a surname
        # then "de" and one word, no comma, is a compound surname ("Martín Olivera de
        # León", "Íñigo Méndez de Vigo"): wire copy sets an origin off with a comma
        full = len(current) >= 2 and gap in ("de", "del")
        words = [text[s:e] for s, e in current]
        named = words[0] in GIVEN_NAMES or patronymic_particle(words, lex)
        return full and named and right_end == span[1] and len(current) <= 3
    return left.split()[0] in GIVEN_NAMES or compound_surname(text, current, gap, span, group, lex)


# Connectors that continue an organisation's name ("Court for the Northern District of X",
# "Comisión Económica para América Latina").
_ORG_GAPS = frozenset(
    [
        "of",
        "of the",
        "de",
        "del",
        "de la",
        "de lo",
        "de los",
        "de las",
        "for",
        "for the",
        "on",
        "por",
        "por el",
        "para",
        "para el",
        "para la",
        "para los",
        "para las",
    ]
)
_SEAT_GAPS = frozenset(["en"])  # joined only after a located head (candidates.py)
_OF_GAPS = frozenset(["de", "del", "of", "of the", "for", "para", "por", "sobre"])


def _with_complement(text: str, current: list[tuple[int, int]], lex: Lexicon) -> bool:
    """``Confederación de Asociaciones de Personas con Discapacidad Física``: "con" stays
    inside a body's name only after the people it gathers (``with_heads``: Personas,
    Familias, Pacientes) in a name that opens with an organisation's word; elsewhere it
    joins two names' holders ("la reunión de Sánchez con Feijóo")."""
    if len(current) < 2:
        return False
    last = text[current[-1][0] : current[-1][1]].lower()
    head = text[current[0][0] : current[0][1]]
    return last in lex.with_heads and is_keyword(head, lex.org_words)


def _field(text: str, current: list[tuple[int, int]], lex: Lexicon) -> bool:
    """``Grupo de Rescate e Intervención en Montaña``, ``Centro de Investigación en Red``:
    a body's name whose last word is an action noun goes on with ``en`` and the field it
    acts in (not a place: "la Federación en Andalucía" is the body, then its place)."""
    last = text[current[-1][0] : current[-1][1]].lower()
    inner_org = any(is_keyword(text[s:e], lex.org_words) for s, e in current[:-1])
    return inner_org and last.endswith(lex.noun_name_ending_tuple)


def _surnames_joined_by_y(
    text: str, current: list[tuple[int, int]], span: tuple[int, int], end: int, lex: Lexicon
) -> bool:
    """``Álvaro Sánchez-Llorente y Mora,``: a given name and a joined double surname, then
    "y" and one more surname closing an apposition (the old formal style of two surnames).
    Two people would both be named in full ("Pedro Gómez-Acebo y Luis Ruiz")."""
    if not 2 <= len(current) <= 3 or text[end : end + 1] != "," or span[1] != end:
        return False
    words = [text[s:e] for s, e in current]
    right = text[span[0] : span[1]]
    if words[0] not in GIVEN_NAMES or "-" not in words[-1] or right in GIVEN_NAMES:
        return False
    return right.istitle() and right.lower() not in lex.keywords


def _surname_given_name(
    text: str, current: list[tuple[int, int]], right: str, lex: Lexicon
) -> bool:
    """``Remedios Gil-Albarellos de Miguel``, ``Luis Gil de Miguel``: a person's given name
    and surname, then ``de`` and one word that is also a given name, close one compound
    surname (a body or its head never opens with a given name: "el Gobierno de Pedro")."""
    if " " in right or not 2 <= len(current) <= 3:
        return False
    words = [text[s:e] for s, e in current]
    if words[0] not in GIVEN_NAMES or words[-1] in GIVEN_NAMES:
        return False  # "Juan de Dios", "María José de Ana": no surname before the particle
    return not any(is_keyword(w, lex.org_words) or w.lower() in lex.keywords for w in words)


def _town_name(
    text: str, current: list[tuple[int, int]], span: tuple[int, int], group: Group, lex: Lexicon
) -> bool:
    """A one-word name joined by ``de`` where a town is expected is one town's name
    (``Cangas de Onís``), not a surname and its place: nothing before it types a person."""
    first = text[current[0][0] : current[0][1]]
    saint = len(current) == 2 and first in lex.saint_words  # "San Isidro de El General"
    if len(current) != 1 and not saint:
        return False
    if first in GIVEN_NAMES or group.position[span] + 3 < _clause_length(group, span):
        return False
    return toponym_context(text, group.start, lex)


def _clause_length(group: Group, span: tuple[int, int]) -> int:
    """Tokens of the group up to the first comma after ``span``: an apposition after the
    town ("el alcalde de Hoyos del Espino, Juan Pedro Blázquez,") is no part of its name."""
    for index in range(group.position[span], len(group.gaps)):
        if group.gaps[index].startswith(","):
            return index + 1
    return len(group.tokens)


def _second_company(text: str, parts: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """A bare "and" before a name that closes with a legal form (``Toyota and Honda Motor
    Co.``): the form closes the second company only; a company whose own name holds a
    conjunction writes it "&" (``Procter & Gamble Co.``)."""
    if len(parts) != 1 or parts[0] not in ("and", "y", "e"):
        return False
    words = text[start:end].split()
    return len(words) > 1 and words[-1].lower() in lex.legal_forms


def _second_institution(
    text: str, current: list[tuple[int, int]], parts: list[str], right: str, lex: Lexicon
) -> bool:
    """A body named in full (a head and its own complement or adjective: ``Sala de lo
    Civil``, ``Instituto Geofísico``), then ``de``/``del`` and an institution that stands on
    its own (``del Tribunal Supremo``, ``de la Escuela Politécnica Nacional``): two names.
    ``Delegación del Gobierno`` (a bare head) stays one."""
    if len(current) < 2 or parts[0] not in ("de", "del"):
        return False
    if right.lower() not in lex.institution_heads:
        return False
    return is_keyword(text[current[0][0] : current[0][1]], lex.org_words)


def _last_of_complement(
    text: str,
    current: list[tuple[int, int]],
    parts: list[str],
    span: tuple[int, int],
    group: Group,
    lex: Lexicon,
) -> bool:
    """A bare ``and``/``y`` inside a body's ``of`` complement, before the last one or two
    words of the group, continues the complement (``Society of Locomotive Engineers and
    Firemen``), unless a person's given name follows."""
    if len(parts) != 1 or parts[0] not in ("y", "e", "and") or not _has_of(group, current):
        return False
    index = group.position[span]
    if len(group.tokens) - index > 2 or any(group.gaps[index:]):
        return False
    return text[span[0] : span[1]] not in GIVEN_NAMES


def _paired_keywords(
    text: str,
    current: list[tuple[int, int]],
    parts: list[str],
    span: tuple[int, int],
    right_end: int,
    lex: Lexicon,
) -> bool:
    """``Securities and Exchange Commission``: a bare "and" between two keywords, the
    first no body's head noun (``org_nouns``: not "Transport Ministry and Finance
    Ministry") and the second going on to a head of its own, pairs two fields of one
    body's name."""
    left_last = text[current[-1][0] : current[-1][1]]
    return (
        len(parts) == 1
        and parts[0] in ("and", "y", "e")
        and right_end > span[1]
        and left_last.lower() not in lex.org_nouns
        and is_keyword(left_last, lex.org_words)
        and is_keyword(text[span[0] : span[1]], lex.org_words)
    )


def _two_places(
    text: str, current: list[tuple[int, int]], parts: list[str], span: tuple[int, int], end: int
) -> bool:
    """A place, a bare "and" and another place list two places ("the United States and
    China"); a country so named ("Trinidad and Tobago") was joined before, as a whole."""
    if len(parts) != 1 or parts[0] not in ("and", "y", "e"):
        return False
    left = text[current[0][0] : current[-1][1]]
    return gazetteer.is_place(left) and gazetteer.is_place(text[span[0] : end])


def _has_of(group: Group, current: list[tuple[int, int]]) -> bool:
    """The name so far has a ``de`` complement ("Industria del Hierro y del Acero")."""
    return any(group.gaps[group.position[s] - 1] in _OF_GAPS for s in current[1:])


def _paired_fields(
    text: str,
    current: list[tuple[int, int]],
    parts: list[str],
    span: tuple[int, int],
    right_end: int,
    lex: Lexicon,
) -> bool:
    """A bare "and" before one field word and the name's head (an organisation word that
    is no legal form, or a country) pairs two fields of one body: ``Kentucky Horse Racing
    and Gaming Corporation``, ``Agriculture and Agri-Food Canada``. Neither side may stand
    alone as a name: the left does not end in a body's head noun (``Transport Ministry
    and Finance Ministry``) and no part is a place, a given name or a known body, so
    ``Procter & Gamble and Unilever`` and ``Harlow Motors and Brisk Freight Co`` stay two."""
    if len(parts) != 1 or parts[0] not in ("and", "y", "e"):
        return False
    words = text[span[0] : right_end].split()
    if len(words) != 2:
        return False
    head = words[-1]
    country = gazetteer.is_country(head)
    if not country and (not is_keyword(head, lex.org_words) or head.lower() in lex.legal_forms):
        return False
    left_words = [text[s:e] for s, e in current]
    left_last = left_words[-1].lower().rstrip(".")
    if left_last in lex.org_nouns or left_last == head.lower() or (country and len(current) > 1):
        return False
    singles = (
        left_words[1:] + words[:1] if gazetteer.is_place(left_words[0]) else left_words + words[:1]
    )
    return not any(
        w in GIVEN_NAMES or w in KNOWN_ORGS or gazetteer.is_place(w) for w in singles
    ) and not gazetteer.is_place(text[current[0][0] : current[-1][1]])
