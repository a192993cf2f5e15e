"""Text from articles and files, made safe to draw: never markup, nothing invisible.

``Text`` is never parsed as markup; ``for_display`` makes bidi overrides, zero-width and
control characters visible (one for one). Every string that came from outside the
program passes through ``shown`` before it reaches a widget.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from reader.core.text import for_display


def plain(value: str) -> str:
    """One line of outside text, safe to draw: whitespace folded, hidden marks shown."""
    return for_display(" ".join(value.split()))


def shown(value: str, style: str = "", limit: int | None = None) -> Text:
    """``value`` as a Text (never markup), clipped to ``limit`` characters with an ellipsis."""
    text = plain(value)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return Text(text, style=style)


OPENING_MARKS = "“«„‚‘\"'‹「『"
CLOSING_MARKS = "”»“’‘\"'›」』"


def quoted(value: str) -> str:
    """``value`` between quotation marks, adding only the marks it does not already have
    (an annotated quotation keeps its own: never ``““We will appeal,””``)."""
    text = value.strip()
    opening = "" if text[:1] and text[:1] in OPENING_MARKS else "“"
    closing = "" if text[-1:] and text[-1:] in CLOSING_MARKS else "”"
    return f"{opening}{text}{closing}"


ELLIPSIS = "…"
_TRAILING = " ·,;:–—-"
"""What a cut line does not end on before its ellipsis (a dangling separator)."""


def _fitting(plain: str, room: int) -> int:
    """How many characters of ``plain`` fit in ``room`` cells (wide characters count 2)."""
    used = 0
    for index, char in enumerate(plain):
        used += cell_len(char)
        if used > room:
            return index
    return len(plain)


def cut_words(text: Text, width: int) -> Text:
    """``text`` in at most ``width`` cells: whole when it fits, else cut after the last
    whole word that fits and ended with "…" (one word longer than the line is cut by
    cells). Styles are kept; widths are terminal cells, never characters."""
    if width <= 0 or text.cell_len <= width:
        return text
    plain = text.plain
    end = _fitting(plain, width - 1)
    part = plain.rfind(" · ", 0, end + 1)  # a status line's parts: cut between two
    space = part if part >= width // 2 else plain.rfind(" ", 0, end + 1)
    if space > 0:
        end = space
    while end > 0 and plain[end - 1] in _TRAILING:
        end -= 1
    cut = text[:end] if end > 0 else text[:_fitting(plain, width - 1)]
    cut.append(ELLIPSIS)
    return cut


def wrap_words(plain: str, width: int) -> list[str]:
    """``plain`` (one paragraph) broken into lines of at most ``width`` cells between
    words; a word longer than a line is broken by cells."""
    lines: list[str] = []
    line = ""
    for word in plain.split():
        candidate = f"{line} {word}" if line else word
        if cell_len(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while cell_len(word) > width:
            split = max(1, _fitting(word, width))
            lines.append(word[:split])
            word = word[split:]
        line = word
    if line:
        lines.append(line)
    return lines


def clamp_lines(plain: str, width: int, most: int) -> str:
    """``plain`` wrapped to ``width`` cells in at most ``most`` lines; when it does not
    fit, the last line ends in "…" after a whole word, so a cut is never silent."""
    lines = wrap_words(plain, width)
    if len(lines) <= most:
        return "\n".join(lines)
    last = cut_words(Text(" ".join(lines[most - 1:])), width).plain
    return "\n".join([*lines[: most - 1], last])
