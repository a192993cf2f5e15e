"""Converse verbs: one event told from either party ("Leeds BEAT Norwich 3-1" / "Norwich
LOST 3-1 TO Leeds", "Vodafone SOLD the unit TO Zegona" / "Zegona BOUGHT the unit FROM
Vodafone"). Word by word the two verbs are two poles or two words ("opposite", "word"),
and the parties stand on the wrong sides: another claim. ``converse`` rewrites the
candidate as the query tells it, when the query has a verb of one side of a pair in
``converses.txt``, the candidate a verb of the other side, and the candidate's named
parties (the name run before its verb, and the first after it or after its marker of the
other party: "to", "ante") are the query's exchanged: the parties change places, the verb
takes the query's form, the marker is dropped (or becomes the query's). Every rule of the
comparison then judges the rewrite (a figure, a place, a date). Parties left in place are
no converse: "Leeds beat Norwich" / "Leeds lost to Norwich" stays two claims.
Words keep their offsets, so a diff still points into the candidate."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from reader.across.data_files import data_lines
from reader.across.lexicon import Pattern
from reader.across.normalise import Token, fold_word

Side = tuple[tuple[Pattern, str], ...]
"""The verb forms of one side, each with its marker of the other party ("" if none)."""


@cache
def converse_pairs() -> tuple[tuple[Side, Side], ...]:
    """The pairs of ``converses.txt``."""
    pairs = []
    for line in data_lines("converses.txt"):
        left, _, right = line.partition(">")
        pairs.append((_side(left), _side(right)))
    return tuple(pairs)


def _side(text: str) -> Side:
    found = []
    for entry in text.split("|"):
        words = [fold_word(word) if not word.endswith("*") else fold_word(word[:-1]) + "*"
                 for word in entry.split()]
        if words:
            found.append((Pattern(tuple(words[:-1] if len(words) > 1 else words)),
                          words[-1] if len(words) > 1 else ""))
    return tuple(found)


def converse(q: list[Token], c: list[Token]) -> list[Token] | None:
    """The candidate told from the query's party (module docstring), or None when the two
    texts hold no verbs of one pair's two sides, or the candidate's verb lacks a named
    party on either hand."""
    for one, other in converse_pairs():
        for q_side, c_side in ((one, other), (other, one)):
            q_at = _verb(q, q_side)
            c_at = _verb(c, c_side)
            if q_at is None or c_at is None or _verb(c, q_side) is not None:
                continue
            if _parties(q, q_at) != _parties(c, c_at)[::-1]:
                continue  # parties in place: the converse tells the opposite claim
            turned = _exchanged(c, c_at, q[q_at[0]], q_at[2])
            if turned is not None:
                return turned
    return None


def _parties(words: list[Token], found: Found) -> tuple[frozenset[str], ...]:
    """The names of the party before the verb and of the party after it (empty if not
    found: then no two texts' parties agree)."""
    at, end, marker = found
    spans = (_name_run(words, range(at - 1, -1, -1)), _name_run(words, range(end, len(words)),
                                                               marker))
    if None in spans:
        return (frozenset({"?"}), frozenset({"!"}))
    return tuple(frozenset(words[i].form for i in range(*span)) for span in spans)


Found = tuple[int, int, str]
"""Where a verb form starts, where it ends, and its marker of the other party."""


def _verb(words: list[Token], side: Side) -> Found | None:
    """The first verb form of the side in ``words``."""
    forms = [t.form for t in words]
    for i in range(len(words)):
        for pattern, marker in side:
            if pattern.matches_at(forms, i):
                return i, i + len(pattern.words), marker
    return None


def _exchanged(c: list[Token], found: Found, verb: Token, told: str) -> list[Token] | None:
    """``c`` with the named parties around its verb exchanged, the verb in ``verb``'s
    form and its marker dropped (or written as the query's marker ``told``, the party then
    after what stands between)."""
    at, end, marker = found
    before = _name_run(c, range(at - 1, -1, -1))
    after = _name_run(c, range(end, len(c)), marker)
    if before is None or after is None:
        return None
    b_start, b_end = before
    a_start, a_end = after
    between = [c[i] for i in range(end, a_start) if c[i].form != marker or not marker]
    marked = [replace(c[i], form=told, norm=told) for i in range(end, a_start)
              if marker and told and c[i].form == marker][:1]
    head = c[:b_start] + c[a_start:a_end] + c[b_end:at] + [
        replace(c[at], form=verb.form, norm=verb.norm)]
    if told:  # "Zegona SOLD the unit TO Vodafone": the party after the thing
        return head + between + marked + c[b_start:b_end] + c[a_end:]
    return head + c[b_start:b_end] + between + c[a_end:]  # "Leeds BEAT Norwich 3-1"


def _name_run(words: list[Token], ids: range, marker: str = "") -> tuple[int, int] | None:
    """The span of the run of names nearest the verb walking ``ids`` (left or right),
    within its clause; to the right, the run right after the side's marker when the
    clause has one ("sold ITS SPANISH unit TO Zegona"). None when a content word of the
    text's own or a figure comes first to the left ("The team beat"), or a content word
    to the right without a marker ("beat a weakened Norwich")."""
    step = ids.step
    ids = _clause(words, ids)
    if marker and step > 0:
        at = next((k for k, i in enumerate(ids) if words[i].form == marker), None)
        if at is None:
            return None
        ids = ids[at + 1:]
    run: list[int] = []
    for i in ids:
        if words[i].key == "name":
            run.append(i)
        elif run:
            break
        elif words[i].key == "" or (step < 0 and words[i].key == "number"):
            return None
    return (min(run), max(run) + 1) if run else None


def _clause(words: list[Token], ids: range) -> list[int]:
    """``ids`` up to the first punctuation between two words."""
    kept = []
    for i in ids:
        if (words[i].clause_before if ids.step > 0 else words[i + 1].clause_before):
            break
        kept.append(i)
    return kept
