"""Shapes of names that say their type without a gazetteer entry.

A plural common noun opening a company or union name ("Talleres Urdaibai", "Comisiones
Obreras"): people's names rarely start so. The nouns and endings are the language's
``plural_name_heads`` and ``plural_name_endings`` lists (empty where the shape says
nothing).
"""

from __future__ import annotations

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
