"""Word lists are written as whitespace-separated text: easy to read, review and extend."""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text``."""
    return tuple(text.split())
