"""Text from articles and files, made safe to draw: never markup, nothing invisible.

``Text`` is never parsed as markup; ``for_display`` makes bidi overrides, zero-width and
control characters visible (one for one). Every string that came from outside the
program passes through ``shown`` before it reaches a widget.
"""

from __future__ import annotations

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
