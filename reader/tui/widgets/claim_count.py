"""The annotation form's claim length against ClaimReview's limit, always readable.

One line, in the longest wording that fits the width it is given: the form is 90% of
the screen and the count shares a row with the label column, so at 60 columns it had
about 39 cells and "240/75 characters · ClaimReview prefers under 75" was cut after
"prefers". The count itself (``240/75``) is always the start, never cut.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static


def count_wordings(length: int, limit: int) -> list[str]:
    """From the fullest wording to the shortest."""
    return [
        f"{length}/{limit} characters · ClaimReview prefers under {limit}",
        f"{length}/{limit} characters (ClaimReview: under {limit})",
        f"{length}/{limit} · ClaimReview: under {limit}",
        f"{length}/{limit} characters",
        f"{length}/{limit}",
    ]


def fitted_count(length: int, limit: int, width: int) -> str:
    """The longest wording at most ``width`` cells wide (the shortest when none is)."""
    wordings = count_wordings(length, limit)
    return next((w for w in wordings if cell_len(w) <= width), wordings[-1])


class ClaimCount(Static):
    """``length/limit characters …``, re-worded for its width on every draw."""

    length: reactive[int] = reactive(0)

    def __init__(self, length: int, limit: int, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.limit = limit
        self.set_reactive(ClaimCount.length, length)
        self.set_class(length > limit, "-over")

    def render(self) -> Content:
        width = self.content_size.width or 10**6  # not laid out yet: the fullest
        return Content(fitted_count(self.length, self.limit, width))

    def watch_length(self, length: int) -> None:
        self.set_class(length > self.limit, "-over")
