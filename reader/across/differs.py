"""What to call a look-alike that the rules judge another claim, in words a user reads.

"Seen before" lists nearly the same wording even when a figure or a word makes it another
claim (a changed quotation is what a fact-checker looks for), so the reason is shown
beside it. One table, the conflicts of ``compare``/``decision``; an unknown one is shown
plainly rather than hidden."""

from __future__ import annotations

DIFFERS: dict[str, str] = {
    "number": "a different figure",
    "name": "a different name",
    "negation": "negated",
    "hedge": "hedged",
    "opposite": "the opposite",
    "subject": "a different subject",
    "word": "a different word",
    "content": "different words",
    "roles": "roles swapped",
    "scope": "a different scope",
    "direction": "a different direction",
}


def differs_label(conflict: str) -> str:
    """``"another claim: a different figure"`` for a conflict; "" for the same claim."""
    if not conflict:
        return ""
    return f"another claim: {DIFFERS.get(conflict, 'a different claim')}"
