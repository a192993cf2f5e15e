"""The matcher's word lists are data files beside the code: one reader for all of them.

A file is lines of words; ``#`` starts a comment line, and a line ending in ``:`` opens a
named section ("endings:", "fragments:") that holds the lines after it."""

from __future__ import annotations

from importlib.resources import files


def data_lines(name: str) -> list[str]:
    """The stripped lines of ``reader/across/<name>``, without blanks and comments."""
    raw = files("reader.across").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def data_sections(name: str) -> dict[str, list[str]]:
    """The lines of ``name`` by section ("" for those before the first heading)."""
    found: dict[str, list[str]] = {}
    current = ""
    for line in data_lines(name):
        if line.endswith(":"):
            current = line[:-1]
            continue
        found.setdefault(current, []).append(line)
    return found
