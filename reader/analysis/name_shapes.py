"""Shapes of names that say their type without a gazetteer entry.

A plural common noun opening a company or union name ("Talleres Urdaibai", "Comisiones
Obreras"): people's names rarely start so. The nouns and endings are the language's
``plural_name_heads`` and ``plural_name_endings`` lists (empty where the shape says
nothing).
"""

from __future__ import annotations

from reader.analysis import gazetteer
from reader.analysis.lexicon import Lexicon
from reader.analysis.names import GIVEN_NAMES


def plural_noun(word: str, lex: Lexicon) -> bool:
    """A plural common noun (``Construcciones``, ``Talleres``, ``Aceros``) opening a name."""
    lower = word.lower()
    return (
        len(word) > 5
        and word not in GIVEN_NAMES
        and (
            lower in lex.plural_name_heads
            or any(lower.endswith(end) for end in lex.plural_name_endings)
        )
    )


def patronymic_particle(words: list[str], lex: Lexicon) -> bool:
    """``Telmo Ruiz de …``, ``Itziar García-Pelayo Bermúdez de …``: a given name (any,
    listed or not) then a patronymic surname (``surname_endings``: Ruiz, Díaz, Fernández)
    right before a person's particle. A patronymic followed by ``de`` and one more surname
    is the common shape of a compound surname (Pérez de Guzmán, Méndez de Vigo, Ortiz
    de Zárate, Fernández de la Vega), even when the word after the particle is also a
    place (Bermúdez de Castro); a body's name would open with its own noun."""
    return _patronymic_run(words, 2, lex)


def _patronymic_run(words: list[str], fewest: int, lex: Lexicon) -> bool:
    """``fewest`` to three name words, the last a patronymic surname, the first no
    article: a person's name never opens with one, a newspaper's or a town's does
    (``La Voz de Galicia``, ``El Diario de Ávila``, ``La Cruz de Caravaca``)."""
    if not fewest <= len(words) <= 3 or not words[-1].endswith(lex.surname_ending_tuple):
        return False
    if words[0].lower() in lex.name_articles:
        return False
    return all(name_word(word) and word.lower() not in lex.keywords for word in words)


def name_word(word: str) -> bool:
    """A word written as a name: capitalised parts of letters, joined by hyphens or an
    apostrophe (``Ruiz``, ``García-Pelayo``, ``O'Donnell``), not all capitals."""
    parts = word.replace("’", "-").replace("'", "-").split("-")
    return all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts)


def particle_surname(name: str, lex: Lexicon) -> bool:
    """The whole mention is a person's name with a compound surname (``Chiara Díaz de
    Mera``, ``Radek Fernández de la Vega``): the words before its first particle end in a
    patronymic (see ``patronymic_particle``) and one or two name words follow it. A lone
    patronymic will do when the particle has its article (``Fernández de la Vega``,
    ``Pérez de los Cobos``): a town so named is in the gazetteer."""
    parts = name.split()
    if len(parts) < 3:
        return False  # most names: one or two words, no particle between them
    first = next((i for i, p in enumerate(parts) if p in lex.person_particle_gaps), 0)
    article = first + 1 < len(parts) and parts[first + 1] in lex.person_particle_gaps
    if not first or not _patronymic_run(parts[:first], 1 if article else 2, lex):
        return False
    segments: list[list[str]] = [[]]  # the words after each particle ("de", "de la")
    for part in parts[first:]:
        if part not in lex.person_particle_gaps:
            segments[-1].append(part)
        elif segments[-1]:
            segments.append([])
    # a second compound surname ("Díaz de Mera Ruiz de Azúa"): a patronymic before it
    inner = all(s and s[-1].endswith(lex.surname_ending_tuple) for s in segments[:-1])
    tail = segments[-1]
    return (
        len(segments) <= 2
        and inner
        and all(len(s) <= 2 and all(map(name_word, s)) for s in segments)
        and len(tail) >= 1
    )


def married_surname(name: str, lex: Lexicon) -> bool:
    """``Petrona Ixcoy Tum de Chávez``, ``Rosa Quispe de Gutiérrez``: a given name and
    one or two surnames, then ``de`` and a patronymic (``surname_endings``) closing the
    name, the way a married woman's name is written in Latin America. A body's name
    opens with its own noun (a keyword) and a town so named is in the gazetteer."""
    parts = name.split()
    if not 2 <= len(parts) - 2 <= 3 or parts[-2] not in lex.person_particle_gaps:
        return False
    if parts[0].lower() in lex.name_articles:
        return False  # "La Voz de Cádiz": a person's name opens with no article
    if not parts[-1].endswith(lex.surname_ending_tuple) or not name_word(parts[-1]):
        return False
    return all(name_word(word) and word.lower() not in lex.keywords for word in parts[:-2])


def closing_surname(name: str, lex: Lexicon) -> bool:
    """``Justina Huanca de Copa``, ``Rocío Jiménez de la Iglesia``: two name words, the
    particle, and one word closing the name is a married name or a compound surname even
    when that word is also a noun of names (a cup, a church); the caller asks that a comma
    or a stop close it. A body's name opens with its own noun, never a given name."""
    parts = name.split()
    if len(parts) < 4 or parts[2] not in ("de", "del"):  # "y" may join two people
        return False
    if not all(p in lex.person_particle_gaps for p in parts[3:-1]) or not name_word(parts[-1]):
        return False
    if parts[0] not in GIVEN_NAMES:
        return False  # "Protección Civil de Liguria": a body's words, no given name
    return name_word(parts[1]) and parts[1].lower() not in lex.keywords


def served_country(name: str, words: tuple[str, ...], lex: Lexicon) -> bool:
    """``Fisheries and Oceans Canada``, ``Farm Credit Canada``, ``Export Development
    Canada``: fields of work, then the country a public body or crown company serves. Two
    or more field words (or an "and") before a country, none a place, a demonym, a
    bearing or a given name: "Atlantic Canada", "Western Australia" stay places."""
    if len(words) < 2 or not gazetteer.is_country(words[-1]):
        return False
    if " and " in name:
        return True
    return len(words) > 2 and not any(
        gazetteer.is_place(w)
        or w in lex.demonyms
        or w.startswith(lex.compass_tuple)
        or w in GIVEN_NAMES
        for w in words[:-1]
    )
