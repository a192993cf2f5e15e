"""Shapes of names that say their type without a gazetteer entry.

A given name before a word that is also a place head ("Linda Park"), a street suffix
("Front Street"), a Spanish plural common noun opening a company or union name
("Talleres Urdaibai", "Comisiones Obreras"), the vocabulary of party names and the
prefixes of Spanish town names ("Villafranca de los Barros"). Found on the dev set
(tests/gold_dev); the lists are generic words, never names from an article.
"""

from __future__ import annotations

from reader.analysis.names import GIVEN_NAMES
from reader.analysis.wordlist import words

SURNAME_TAILS = frozenset(words("park hill field wood woods lake ford bridge"))
STREET_TAILS = frozenset(words("street avenue road boulevard st ave rd blvd"))
_PLURAL_ENDINGS = ("ciones", "siones")
TOPONYM_PREFIXES = ("Villa", "Puebla", "Valde", "Castel")
PARTY_WORDS = frozenset(
    words(
        """
        izquierda derecha socialista socialistas comunista comunistas republicana republicano
        republicanos demócrata demócratas democrático democrática ecologista ecologistas
        nacionalista nacionalistas regionalista regionalistas independentista
        """
    )
)


def plural_noun(word: str) -> bool:
    """A Spanish plural common noun (``Construcciones``, ``Talleres``, ``Aceros``) opening
    a name: people's names rarely start so, companies and unions often do."""
    lower = word.lower()
    return (
        len(word) > 5
        and word not in GIVEN_NAMES
        and (lower.endswith(_PLURAL_ENDINGS) or lower in _PLURAL_NOUNS)
    )


_PLURAL_NOUNS = frozenset(
    words(
        """
        aceros talleres transportes construcciones comisiones obras servicios productos
        industrias hermanos laboratorios autobuses astilleros bodegas cervezas conservas
        muebles tejidos hierros metales plásticos papeles
        """
    )
)
