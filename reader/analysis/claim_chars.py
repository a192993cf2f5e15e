"""Character classes of the check-worthy patterns, each tested in one step per character.

``\\d`` asks Unicode's tables of every character it tests (is it a decimal digit?), and
``[^\\W\\d_a-z]`` asks three tables of every lower-case letter. A digit search runs
several times over every sentence (``claims._reasons``), and the capital that opens a
name before a number over every sentence with a digit (``claim_numbers.NAME_NUMBER``).
As in ``letters``, the characters of the Basic Multilingual Plane the class rejects are
listed first, as one bitmap the engine reads in one step; the categories stay for the
rest (characters beyond U+FFFF): same matches, fewer steps.
"""

from __future__ import annotations

import re

_PLANE = "".join(map(chr, range(0x10000)))


def _bmp(body: str) -> str:
    """The class body of every character up to U+FFFF that ``[body]`` matches, as ranges
    (built once at import from the runs the engine finds, in C)."""
    return "".join(
        f"\\u{a:04x}" if b - a == 1 else f"\\u{a:04x}-\\u{b - 1:04x}"
        for a, b in (run.span() for run in re.finditer(f"[{body}]+", _PLANE))
    )


# Exactly ``\d``: a character of the plane that is no digit fails on the bitmap.
DIGIT_CLASS = "[^" + _bmp(r"\D") + r"\D]"
# Exactly ``[^\W\d_a-zß-ÿ]`` (a letter, not a lower-case Latin one): the same way.
CAPITAL_CLASS = "[^" + _bmp(r"\W\d_a-zß-ÿ") + r"\W\d_]"


def same_letters(letters: str) -> str:
    """Every character of the plane the engine matches to one of ``letters`` ignoring
    case ("k" also matches the Kelvin sign), for a class that names the characters a
    case-blind pattern opens with (case pairs beyond the plane do not reach the Latin
    letters the lexicon's words open with)."""
    return "".join(re.findall(f"[{re.escape(letters)}]", _PLANE, re.IGNORECASE))
