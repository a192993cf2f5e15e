"""Counts in messages, with the noun in the right number ("1 annotation", "2 annotations")."""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``number`` and the noun agreeing with it; ``plural`` defaults to ``singular + "s"``."""
    noun = singular if number == 1 else (plural or singular + "s")
    return f"{number} {noun}"
