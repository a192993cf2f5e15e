"""How a common noun's organisation is told from the bodies around it: a ruling speaks
for the court (``document_issuers``).

Split from ``speaker_bodies`` (which reads these from ``org_antecedent``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.analysis.speaker_context import Context

WORD = re.compile(r"[^\W\d_]+")
WINDOW = 1500


def issuing_kind(ctx: Context, nouns: list[str], start: int) -> str:
    """``señala el fallo``, ``the ruling said``: a document only one kind of body issues
    (``document_issuers``) speaks for the nearest body of that kind named before (the
    court), not for a body the story names in passing ("alta en la Seguridad Social")."""
    kinds: set[str] = set()
    for line in ctx.lex.document_issuers:
        documents, _, issuers = line.partition("|")
        if any(n in documents.split() for n in nouns):
            kinds.update(issuers.split())
    if not kinds:
        return ""
    for entity in reversed(ctx.entities_in(max(0, start - WINDOW), start)):
        if entity.label == "ORG" and any(w in kinds for w in WORD.findall(entity.text.lower())):
            return entity.canonical
    return ""

