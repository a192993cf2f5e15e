"""Helpers shared by the subcommands: the database path, and output made safe to print.

Stored annotations come from imports and articles, so any field (a claim, a file name)
may hold escape sequences, C1 controls, bidi overrides or zero-width marks. Three rules
keep them off the user's terminal:

- ``terminal_line``: a one-line message (errors, reports) with every such character shown
  as a visible stand-in;
- ``terminal_text``: several lines of text for a terminal (CSV written to one), the same
  stand-ins, newlines kept;
- ``escape_json``: JSON text with those characters written as ``\\uXXXX`` escapes, which is
  the same JSON value, so JSON output is escaped everywhere (terminal, pipe or file).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from reader.core.text import for_display, printable_line

UNSAFE_IN_JSON = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u061c\u200b\u200e\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]"
)
"""Every character ``for_display`` changes (controls, C1, bidi, zero-width), plus the line
and paragraph separators; ZWJ and ZWNJ stay, as in the article view (emoji need them).
Tab, newline and carriage return are JSON whitespace between values (``json.dumps``
already escapes them inside strings), so they are left alone."""


def resolve_db_path(flag: str | None) -> Path:
    """The annotation database: ``--db``, else ``CLAIMDESK_DB``, else the user data folder."""
    if flag:
        return Path(flag).expanduser()
    env = os.environ.get("CLAIMDESK_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("claimdesk", appauthor=False) / "annotations.json"


def terminal_line(message: object) -> str:
    """One line safe for a terminal: undecodable bytes, controls, bidi and zero-width
    marks all shown as visible stand-ins."""
    return for_display(printable_line(str(message)))


def terminal_text(text: str) -> str:
    """Multi-line text safe for a terminal: newlines (and CRLF) kept, everything else that
    would act on the terminal or reorder the line shown as a visible stand-in."""
    return for_display(text.replace("\r\n", "\n"))


def escape_json(text: str) -> str:
    """JSON text with control, C1, bidi and zero-width characters as ``\\uXXXX`` escapes.

    Outside strings JSON is ASCII, so every such character is inside a string, where the
    escape means the same character: the value read back is unchanged.
    """
    return UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
