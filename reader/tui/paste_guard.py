"""A bracketed paste that holds escape sequences is pasted text, never keys.

Textual's input parser (8.2) reads an ESC inside a bracketed paste as the start of a
sequence: it collects up to 32 characters, recognises none, and re-issues them as key
presses ahead of the paste. Text copied from a terminal (colours, bold, a hyperlink)
therefore *ran as commands*: pasting ``see \\x1b[1mu\\x1b[0m`` on the article screen
undid the last edit and saved that, ``\\x1b[1mxy`` on the desk marked an article and asked
to remove a feed, and in a form the pasted words arrived scrambled around the keys.

The guard sits in front of the parser: inside a paste, every ESC other than the one
opening the end marker (``ESC [ 2 0 1 ~``) is handed to the parser as a private-use stand-in,
which the parser keeps in the paste like any character; the paste is then posted with its
ESCs back, and the fields' rules (``typed_text``) remove the sequences as for any paste.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual import events
from textual._xterm_parser import XTermParser
from textual.drivers import linux_driver
from textual.drivers.linux_driver import LinuxDriver

START = "\x1b[200~"
END = "\x1b[201~"
STAND_IN = "\ue01b"
"""Stands for an ESC inside a paste between the guard and the posted paste (private use)."""


class PasteGuard:
    """Rewrites the terminal's input stream, chunk by chunk, as described above."""

    def __init__(self) -> None:
        self.inside = False
        self.held = ""  # inside a paste: a chunk's end that may open the end marker
        self.tail = ""  # outside: the last characters, for a start marker cut in two

    def feed(self, data: str) -> str:
        """``data`` as the parser should read it (an end-marker prefix may be held back)."""
        data, self.held = self.held + data, ""
        out: list[str] = []
        at = 0
        while at < len(data):
            if not self.inside:
                seen = self.tail + data[at:]
                found = seen.find(START)
                if found < 0:
                    out.append(data[at:])
                    self.tail = seen[-(len(START) - 1):]
                    break
                end = at + found - len(self.tail) + len(START)
                out.append(data[at:end])
                at, self.inside, self.tail = end, True, ""
            else:
                at = self._inside(data, at, out)
        return "".join(out)

    def _inside(self, data: str, at: int, out: list[str]) -> int:
        """Copy paste content from ``at``, ESCs as stand-ins, up to and past the end marker."""
        escape = data.find("\x1b", at)
        if escape < 0:
            out.append(data[at:])
            return len(data)
        out.append(data[at:escape])
        rest = data[escape:]
        if rest.startswith(END):
            out.append(END)
            self.inside = False
            return escape + len(END)
        if END.startswith(rest):  # perhaps the end marker, cut by the chunk: wait for more
            self.held = rest
            return len(data)
        out.append(STAND_IN)
        return escape + 1


class GuardedParser(XTermParser):
    """Textual's parser with the guard in front and the paste's ESCs given back."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.guard = PasteGuard()

    def feed(self, data: str) -> Iterable[Any]:  # type: ignore[override]
        guarded = self.guard.feed(data) if data else data
        if data and not guarded:
            return  # all held back (a possible end marker): "" would mean end of input
        for event in super().feed(guarded):
            if isinstance(event, events.Paste) and STAND_IN in event.text:
                event = events.Paste(event.text.replace(STAND_IN, "\x1b"))
            yield event


class GuardedLinuxDriver(LinuxDriver):
    """The Linux driver reading its input through ``GuardedParser``."""

    def run_input_thread(self) -> None:
        # The driver builds its parser from this module-level name when its thread starts.
        linux_driver.XTermParser = GuardedParser  # type: ignore[misc]
        super().run_input_thread()
