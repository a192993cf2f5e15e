"""What an import of another format could not carry over, said once per kind of thing.

Web Annotation, Hypothesis and ClaimReview documents hold things an annotation has no
place for (the author of a Hypothesis note, the publisher of a review) and can lack
things it needs (a quotation to anchor on). Each mapper notes them here; the report
counts repeats so that 500 annotations with a ``creator`` give one line, not 500.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reader.core.annotation import Annotation
from reader.core.annotation_migrations import utc_now
from reader.core.annotation_rules import CLAIM_LIMIT, canonical_id, claim_advice
from reader.core.verdicts import VERDICTS

IMPORT_NAMESPACE = uuid.UUID("6f1f3d0e-6a55-4f3e-9a59-1c1aa0c1de11")
_BY_LABEL = {v.label.casefold(): v.value for v in VERDICTS} | {
    v.value: v.value for v in VERDICTS}


@dataclass(slots=True)
class ImportReport:
    """Records made from a file, and one counted line per thing that was not mapped."""

    records: list[Any] = field(default_factory=list)  # record dicts, or typed annotations
    notes: Counter[str] = field(default_factory=Counter)
    advice: Counter[str] = field(default_factory=Counter)
    skipped: int = 0

    def note(self, message: str) -> None:
        self.notes[message] += 1

    def skip(self, message: str) -> None:
        self.skipped += 1
        self.note(message + "; skipped")

    def lines(self) -> list[str]:
        """What was not mapped, most frequent first: ``message (N items)``."""
        return _counted(self.notes)

    def advice_lines(self) -> list[str]:
        """The form's advice about imported values (a claim summary too long)."""
        return _counted(self.advice)

    def advise(self) -> None:
        """Give, for the imported records, the advice the form gives while typing."""
        for record in self.records:
            claim = record.claim if isinstance(record, Annotation) else record.get("claim", "")
            if claim_advice(str(claim)):
                self.advice[f"claim summaries over {CLAIM_LIMIT} characters: ClaimReview "
                            "prefers shorter ones (edit them in the form)"] += 1


def _counted(counter: Counter[str]) -> list[str]:
    return [message if count == 1 else f"{message} ({count} items)"
            for message, count in counter.most_common()]


def stable_id(raw: object, kind: str) -> str:
    """The annotation id for a foreign id: a UUID in any spelling as itself, anything
    else a UUID derived from it, so importing the same file again finds the same record."""
    if isinstance(raw, str) and raw.strip():
        return canonical_id(raw) or str(uuid.uuid5(IMPORT_NAMESPACE, f"{kind}:{raw.strip()}"))
    return str(uuid.uuid4())


def timestamp(value: object) -> str | None:
    """An ISO 8601 timestamp as given, or None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return None
    return value


def verdict_of(text: object) -> str | None:
    """The scale value for a verdict's value or label (``Mostly false``), else None."""
    if not isinstance(text, str):
        return None
    key = " ".join(text.split()).casefold()
    return _BY_LABEL.get(key) or _BY_LABEL.get(key.replace(" ", "-").replace("_", "-"))


def text_of(value: object) -> str:
    """A string value, or the first string of a list (JSON-LD allows both)."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    return value if isinstance(value, str) else ""


def as_list(value: object) -> list[Any]:
    """JSON-LD's one-or-many: a list as is, anything else as a list of it (None: [])."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def orphan_anchor() -> dict[str, Any]:
    """The anchor of a record whose place in the article is not known yet: the first
    opening of the article re-anchors it by its quotation."""
    return {"status": "orphan", "score": 0.0, "checked_at": utc_now()}
