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
    (built once at import, a few milliseconds, in C but for the run loop)."""
    runs: list[list[int]] = []
    for code in map(ord, re.findall(f"[{body}]", _PLANE)):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in runs)


# Exactly ``\d``: a character of the plane that is no digit fails on the bitmap.
DIGIT_CLASS = "[^" + _bmp(r"\D") + r"\D]"
# Exactly ``[^\W\d_a-zß-ÿ]`` (a letter, not a lower-case Latin one): the same way.
CAPITAL_CLASS = "[^" + _bmp(r"\W\d_a-zß-ÿ") + r"\W\d_]"
# The letters of the plane (``[^\W\d_]`` up to U+FFFF) as one bitmap: a word found by
# ``LETTER`` asks Unicode's tables of each of its letters, one found by this class none.
# Exact for a text with no character beyond U+FFFF (``ASTRAL``), and for its lower case:
# no character of the plane lowers to one beyond it.
PLANE_WORDS = re.compile("[" + _bmp(r"^\W\d_") + "]+")
ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def same_letters(letters: str) -> str:
    """Every character of the plane the engine matches to one of ``letters`` ignoring
    case ("k" also matches the Kelvin sign), for a class that names the characters a
    case-blind pattern opens with (case pairs beyond the plane do not reach the Latin
    letters the lexicon's words open with)."""
    return "".join(re.findall(f"[{re.escape(letters)}]", _PLANE, re.IGNORECASE))
