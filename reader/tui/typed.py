"""What Textual's input parser can leave of a terminal escape sequence in a text field.

``typed_text`` removes whole escape sequences and every control character; but a field
never sees the ESC of a sequence Textual did not understand. The parser re-issues such a
sequence as ordinary keys: inside a bracketed paste, ``ESC [ 3 1 m`` arrives as the keys
``^ [ 3 1 m`` (its ESC shown as ``^``), ahead of the paste; an unknown or cut sequence
outside a paste arrives as ``[ 1 ; 5 X`` or ``] 5 2 ; c ; …``; an ESC delivered on its own
(a slow link, ``tmux send-keys`` one key at a time) is the escape key, and what follows
is typed. Once typed, these are text: only fragments no person types in a claim, a note
or a tag are removed here, when a field is saved:

* the ``^``-for-ESC form of a CSI or OSC sequence (``^[31m``, ``^[200~``, ``^]52;c;…``);
* bracketed-paste markers ``[200~`` and ``[201~``;
* a CSI with ``;``-separated numbers and a letter or ``~`` (``[1;5X``, ``[38;5;196m``,
  ``[<0;10;5M``), and a mouse report cut short (``[<0;10``);
* an OSC of a known kind (title, colours, hyperlink, clipboard: ``]52;c;aGk=``).

Left as typed, because a person may mean them: two-character fragments such as ``[A``
(an arrow key cut after its ESC) or ``[I`` (a focus report), a bare colour code such as
``[31m`` (a note says "[10m people displaced]": a paste's colours come with their ``^``
and go), a sequence cut before its
last character (``[12``: a citation looks the same), the words of an OSC title after its
first space, and a lone ``^P``. The order
of a paste that held escape sequences is not restored (the text after the first sequence
arrives before the paste); nothing of it is lost.
"""

from __future__ import annotations

import re

_FRAGMENTS = re.compile(
    r"\^\[[0-?]*[ -/]*[@-~]"  # CSI whose ESC became "^"
    r"|\^\][^\s^]*"  # OSC whose ESC became "^" (its BEL or ST never reaches a field)
    r"|\[20[01]~"  # bracketed-paste markers
    r"|\[<?\d+(?:;\d+)+[A-Za-z~]"  # CSI with ;-separated numbers: keys, colours, mouse
    r"|\[<\d+;[\d;]*[Mm]?"  # a mouse report, also cut short (after its first ;)
    r"|\](?:0|1|2|4|7|8|10|11|12|52|104|112|133|1337);[^\s]*"  # a known OSC
)


def without_fragments(text: str) -> str:
    """``text`` without fragments of terminal escape sequences (see the module doc)."""
    return _FRAGMENTS.sub("", text)
