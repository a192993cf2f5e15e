"""Who made a claim: the suggestion that pre-fills the form's claimant field.

The guess is deliberately simple and explainable, since the user sees it and can change it:
the speaker of a quotation that overlaps the target; otherwise the sentence's subject,
taken as the person or organisation named closest before the sentence's first reporting
verb (``Nicolás Maduro dijo que…``, ``Putin expresó…``), or else the first person or
organisation named in the sentence; otherwise nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.model import Analysis, Entity

_CLAIMANT_LABELS = ("PER", "ORG")

# Reporting verbs in the forms news uses (past and present, third person), Spanish and
# English. A small closed list: it only decides which named subject is preferred.
_VERBS = """
    dijo dice afirmó afirma aseguró asegura señaló señala declaró declara explicó explica
    indicó indica añadió añade agregó agrega subrayó subraya destacó destaca informó informa
    aseveró asevera advirtió advierte reiteró reitera sostuvo sostiene manifestó manifiesta
    expresó expresa comentó comenta denunció denuncia insistió insiste confirmó confirma
    anunció anuncia admitió admite reconoció reconoce negó niega precisó precisa apuntó
    apunta recordó recuerda respondió responde criticó critica defendió defiende alertó
    aclaró aclara calificó califica prometió promete estimó estima
    said says told tells stated states added adds claimed claims announced announces
    argued argues insisted insists noted notes warned warns explained explains confirmed
    confirms denied denies admitted admits wrote writes asserted asserts reported reports
    acknowledged acknowledges maintained maintains suggested suggests declared declares
"""
_REPORTING_VERBS = frozenset(_VERBS.split())
_WORD = re.compile(r"\w+")


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _name(entity: Entity) -> str:
    return (entity.canonical or entity.text).strip()


def _speaker_of_overlapping_quote(start: int, end: int, analysis: Analysis) -> str:
    """The speaker's name of the quotation overlapping the target most, or ""."""
    best = ""
    best_overlap = 0
    for quote in analysis.quotes:
        if quote.speaker is None:
            continue
        overlap = _overlap(start, end, quote.start, quote.end)
        if overlap > best_overlap:
            name = (quote.speaker.name or quote.speaker.text).strip()
            if name:
                best, best_overlap = name, overlap
    return best


def _sentence_of(start: int, end: int, sentences: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The sentence containing the target's start, or the target itself when none does."""
    for s_start, s_end in sentences:
        if s_start <= start < s_end:
            return s_start, s_end
    return start, end


def _first_reporting_verb(text: str, start: int, end: int) -> int | None:
    for match in _WORD.finditer(text, start, end):
        if match.group().lower() in _REPORTING_VERBS:
            return match.start()
    return None


def subject_of_sentence(text: str, start: int, end: int, analysis: Analysis) -> str:
    """The person or organisation the sentence ``[start, end)`` is most likely about."""
    named = sorted(
        (e for e in analysis.entities if e.label in _CLAIMANT_LABELS and start <= e.start < end),
        key=lambda e: e.start,
    )
    if not named:
        return ""
    verb = _first_reporting_verb(text, start, end)
    if verb is not None:
        before = [e for e in named if e.end <= verb]
        if before:
            return _name(before[-1])
    return _name(named[0])


def suggest_claimant(text: str, start: int, end: int, analysis: Analysis) -> str:
    """The claimant to pre-fill for the target ``[start, end)`` (``""`` when no guess)."""
    speaker = _speaker_of_overlapping_quote(start, end, analysis)
    if speaker:
        return speaker
    s_start, s_end = _sentence_of(start, end, analysis.sentences)
    return subject_of_sentence(text, s_start, s_end, analysis)


def claimant_choices(analysis: Analysis) -> list[str]:
    """Names to complete the claimant field with, most mentioned first.

    The article's persons and organisations by canonical name, then quotation speakers
    not already listed; de-duplicated ignoring case, keeping the first spelling.
    """
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for entity in analysis.entities:
        if entity.label in _CLAIMANT_LABELS and _name(entity):
            counts[_name(entity)] += 1
            first_seen.setdefault(_name(entity), entity.start)
    names = sorted(counts, key=lambda n: (-counts[n], first_seen[n]))
    names += [q.speaker.name.strip() for q in analysis.quotes if q.speaker and q.speaker.name]
    seen: set[str] = set()
    unique: list[str] = []
    for name in names:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            unique.append(name)
    return unique
