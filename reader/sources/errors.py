"""The one error type the loaders raise.

Every failure to read an article, whatever its cause (missing file, FIFO, bad bytes, bad
JSON), becomes a ``SourceError`` whose ``str()`` is one clean line: the command line prints
it as is and the library lists it, so a hostile file name or reason can never carry a
control sequence to the terminal.
"""

from __future__ import annotations

from reader.core.text import clean_inline, printable_line


def display_path(path: str) -> str:
    """A path made safe to print: undecodable bytes (surrogate escapes) shown as U+FFFD,
    control characters neutralised, one line. The path itself is never changed."""
    return printable_line(path)


class SourceError(Exception):
    """An article that could not be read, with the path as given and a one-line reason."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = str(path)
        self.reason = clean_inline(reason) or "could not be read"
        super().__init__(self.path, self.reason)

    def __str__(self) -> str:
        return f"{display_path(self.path)}: {self.reason}"
