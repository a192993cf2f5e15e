"""A restrictive clause dropped: "Pensioners WHO LIVE ALONE will receive the payment" /
"Pensioners will receive the payment", "los vecinos QUE TENGAN MÁS DE 65 AÑOS recibirán
la ayuda" / "los vecinos recibirán la ayuda". The clause, with no comma before it, tells
which pensioners; the other text says all of them: a different claim (``scope``), however
little else differs. A clause set off by commas is an aside (``asides.py``) a rewrite may
trim; a clause rewritten on both sides is judged word by word as usual.

Found on the words themselves, not on the alignment (which may cut a one-word anchor such
as "Pensioners" off as a chance meeting): in one text a content word or name, then a
relative word of ``relative_openers.txt`` right after it, then ``MIN_CLAUSE`` words or
more; in the other text the same word followed straight by the two words the first text
resumes with after the clause, and the clause's content words not said elsewhere in it.
"""

from __future__ import annotations

from functools import cache

from reader.across.data_files import data_lines
from reader.across.inflection import stems
from reader.across.normalise import Token

MIN_CLAUSE = 2
"""Words a clause has at least after its relative word ("who LIVE ALONE"): "said THAT
the …" dropping "that" alone is no clause."""
MAX_CLAUSE = 14
"""Words after which a run is no clause restricting one noun (and a hostile text costs
no more than this a word)."""
RESUME = 2
"""Words both texts share right after the clause: the sentence goes on as one."""
MAX_RESUME = 4
"""Words looked at for that resumption when the first are function words ("will be …")."""


@cache
def relative_openers() -> frozenset[str]:
    """The relative words of ``relative_openers.txt``."""
    return frozenset(word for line in data_lines("relative_openers.txt")
                     for word in line.split())


def restriction_clause_dropped(q: list[Token], c: list[Token]) -> bool:
    """Whether either text has a restrictive clause the other drops (module docstring)."""
    return _dropped(q, c) or _dropped(c, q)


def _dropped(long: list[Token], short: list[Token]) -> bool:
    openers = relative_openers()
    after: dict[str, list[int]] = {}
    for j, token in enumerate(short[:-RESUME]):
        if token.key in ("", "name"):
            after.setdefault(token.form, []).append(j)
    for i in range(1, len(long) - MIN_CLAUSE - 1):
        opener, head = long[i], long[i - 1]
        if (opener.form not in openers or opener.clause_before
                or head.key not in ("", "name") or head.form not in after):
            continue
        for j in after[head.form]:
            following = _resumption(short, j + 1)
            resume = [t.form for t in following]
            if not resume or resume[0] == opener.form:
                continue  # the other text keeps the clause, or ends
            end = _resumes(long, i + 1, i + 1 + MIN_CLAUSE, resume)
            if end and not _kept_elsewhere(long[i + 1:end], short):
                return True
    return False


def _resumption(short: list[Token], start: int) -> list[Token]:
    """The words ``short`` goes on with after the noun: ``RESUME`` words, or more up to
    its first content word ("will be OFFERED", not "will be"); none when no content word
    comes within ``MAX_RESUME`` words (a run of "de la" resumes nothing)."""
    taken = short[start:start + RESUME]
    at = start + RESUME
    while (taken and all(t.key == "function" for t in taken) and at < len(short)
           and len(taken) < MAX_RESUME):
        taken.append(short[at])
        at += 1
    if len(taken) < RESUME or all(t.key == "function" for t in taken):
        return []
    return taken


def _kept_elsewhere(clause: list[Token], short: list[Token]) -> bool:
    """Whether the other text says the clause another way: most of its content words
    (in any form: ``inflection.stems``) stand somewhere in it ("Workers WHO JOINED THE
    STRIKE lost …" / "Workers lost … after JOINING THE STRIKE")."""
    content = [t.form for t in clause if t.key != "function"]
    found = {stem for t in short if t.key != "function" for stem in stems(t.form)}
    return bool(content) and 2 * sum(not found.isdisjoint(stems(word)) for word in content
                                     ) > len(content)


def _resumes(long: list[Token], clause: int, start: int, resume: list[str]) -> int:
    """Whether ``long`` goes on with the words ``resume`` somewhere from ``start`` within
    ``MAX_CLAUSE`` words of the clause opening at ``clause``, no punctuation inside or
    closing it (a comma makes the run another construction: "the people that came, and
    …"). Returns where it resumes (0 if it does not)."""
    size = len(resume)
    for at in range(clause, min(len(long) - size, clause + MAX_CLAUSE) + 1):
        if long[at].clause_before:
            return 0
        if at >= start and [t.form for t in long[at:at + size]] == resume:
            return at
    return 0
