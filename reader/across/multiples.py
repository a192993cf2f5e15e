"""One multiple written two ways: "el TRIPLE de lo permitido" / "TRES VECES más de lo
permitido", "TWICE as many" / "DOUBLE the number" / "TWO TIMES as many" are one figure
(rule 1's exception in ``decision._same_figure``); "el triple" / "el doble" stay two
figures. The words are data (``multiple_words.txt``)."""

from __future__ import annotations

from functools import cache

from reader.across.data_files import data_sections
from reader.across.lexicon import figure_value
from reader.across.normalise import Token


@cache
def _tables() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    sections = data_sections("multiple_words.txt")
    words = {}
    for line in sections.get("", ()):
        word, value = line.split()
        words[word] = int(value)
    times = frozenset(w for line in sections.get("times", ()) for w in line.split())
    less = frozenset(w for line in sections.get("less", ()) for w in line.split())
    return words, times, less


def multiple(words: list[Token], ids: list[int]) -> tuple[int, list[int]] | None:
    """The multiple the changed words ``ids`` state and the positions that state it, or
    None: a multiple word ("triple"), or a figure right before "times"/"veces"; one
    followed by "less"/"menos" is a fraction, no multiple."""
    table, times, less = _tables()
    for i in ids:
        if i + 1 < len(words) and words[i + 1].form in less:
            return None
        if words[i].form in table:
            return table[words[i].form], [i]
        if (words[i].form in times and i - 1 in ids and words[i - 1].key == "number"):
            value = figure_value([words[i - 1].form])
            if value is not None and value == int(value):
                return int(value), [i - 1, i]
    return None
