"""A body's name and its initials are one name: "the Office for National Statistics" /
"the ONS", "el Instituto Nacional de Estadística" / "el INE", "la Organización Mundial de
la Salud" / "la OMS". Rule 1 of ``decision.py`` calls a name on each side of a change
two names; these are one, paired before it (at a synonym's cost).

An acronym is one name word of ``MIN_LETTERS`` to ``MAX_LETTERS`` letters; the other side
has, starting inside the change, a run of name words (function words between them
skipped: "for", "de la") whose first letters spell it. The run may go on past the change
(the alignment may have matched its last word)."""

from __future__ import annotations

from reader.across.inflection import Pairs
from reader.across.normalise import Token

MIN_LETTERS = 2
MAX_LETTERS = 6
"""Letters of an acronym ("UN" … "UNESCO"); longer capitals are words."""
MAX_RUN = 24
"""Words a change may have a side to be looked at: a name and its initials are a short
change, and a hostile text of a thousand capitals costs nothing here."""


def acronym_pairs(q: list[Token], q_ids: list[int], c: list[Token], c_ids: list[int]
                  ) -> Pairs:
    """The acronyms of one side paired with the names they abbreviate on the other."""
    paired_q: set[int] = set()
    paired_c: set[int] = set()
    if len(q_ids) > MAX_RUN or len(c_ids) > MAX_RUN:
        return paired_q, paired_c, 0
    for words, ids, other, other_ids, mine, theirs in ((q, q_ids, c, c_ids, paired_q, paired_c),
                                                       (c, c_ids, q, q_ids, paired_c, paired_q)):
        for i in ids:
            form = words[i].form
            if (words[i].key != "name" or i in mine or not form.isalpha()
                    or not MIN_LETTERS <= len(form) <= MAX_LETTERS):
                continue
            run = _spelling(other, other_ids, form)
            if run:
                mine.add(i)
                theirs.update(j for j in run if j in other_ids)
    return paired_q, paired_c, min(len(paired_q), len(paired_c))


def _spelling(words: list[Token], ids: list[int], acronym: str) -> list[int]:
    """The positions of a run of names starting among ``ids`` whose initials spell
    ``acronym`` (function words between its names are part of the run), or []."""
    for start in ids:
        if words[start].key != "name" or words[start].form[0] != acronym[0]:
            continue
        run: list[int] = []
        letters = ""
        at = start
        while at < len(words) and len(letters) < len(acronym):
            token = words[at]
            if token.key == "name" and token.form[:1] == acronym[len(letters)]:
                letters += token.form[0]
                run.append(at)
            elif token.key == "function" and run:
                run.append(at)
            else:
                break
            at += 1
        if letters == acronym and words[run[-1]].key == "name":
            return run
    return []
