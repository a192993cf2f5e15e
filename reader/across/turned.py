"""Figures in a sentence turned round its attribution: "Within five years, 25% of buses
must run on hydrogen, the authority said on Monday" / "The authority said on Monday that
one in three buses must run on hydrogen within five years".

The longest shared run of such a pair can be the attribution itself: the claim then lies
before it in one text and after it in the other, and ``compare.py`` counts the words both
have there as moved, never judging the rest. A figure among the rest would slip through:
so when the two texts keep their outside words on opposite edges (one only before the
shared stretch, the other only after it), the figures of the two texts are compared by
value, wherever they stand (a share by its value: "25%" = "one in four", ``shares.py``):
figures that differ are two claims (``number``). A figure in one text only ("en UNA
entrevista") is context the other cut, as elsewhere.
"""

from __future__ import annotations

from fractions import Fraction

from reader.across.lexicon import figure_value
from reader.across.normalise import Token
from reader.across.shares import fractions, percent_words, ratio_words, share_value


def turned_figures(q: list[Token], c: list[Token], q_span: tuple[int, int],
                   c_span: tuple[int, int]) -> bool:
    """Whether the texts, aligned on ``q[q_span]`` and ``c[c_span]`` (start, end), keep
    their outside words on opposite edges and the figures there differ."""
    q_head, q_tail = q_span[0] > 0, q_span[1] < len(q)
    c_head, c_tail = c_span[0] > 0, c_span[1] < len(c)
    if not ((q_head and not q_tail and c_tail and not c_head)
            or (q_tail and not q_head and c_head and not c_tail)):
        return False
    q_values, c_values = _values(q, range(len(q))), _values(c, range(len(c)))
    return bool(q_values and c_values) and sorted(q_values) != sorted(c_values)


def _values(words: list[Token], ids: range) -> list[Fraction]:
    """The value of each figure among ``ids``: a run of figure, fraction, ratio and
    percent words, and the function words between them ("tres DE CADA diez"), is one
    figure; a figure no value is read from counts as -1."""
    kinds = fractions().keys() | ratio_words() | {w for p in percent_words() for w in p}
    values: list[Fraction] = []
    run: list[int] = []
    for i in [*ids, None]:
        if i is not None and (words[i].key in ("number", "function") or words[i].form in kinds):
            run.append(i)
            continue
        if any(words[j].key == "number" and words[j].form not in kinds for j in run):
            share = share_value(words, run)
            figure = figure_value([words[j].form for j in run if words[j].key == "number"])
            values.append(share if share is not None else figure or Fraction(-1))
        run = []
    return values
